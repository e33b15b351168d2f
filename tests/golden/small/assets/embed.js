// In an article: fits each explainer <iframe> to the height its page reports (without
// this script it keeps its height and scrolls). A message counts only from one of this
// page's iframes whose address, as pasted, is an explainer embed page (<story>/embed/,
// <story>/embed/light/), wherever it redirects: no other frame can resize anything.
// It asks each frame its height when it loads, when this script runs (held back by a
// consent tool), and after a resize: a frame out of sight is not laid out, so when a
// phone turned it kept its height until scrolled back to, then jumped.
(function () {
  "use strict";
  var MAX = 100000; // pixels: a sane bound for a message
  var EMBED_PAGE = /\/embed\/(light\/)?(index\.html)?$/;
  var frames = document.getElementsByTagName("iframe"); // live: later ones too
  var wait;
  function isExplainer(frame) {
    try {
      return EMBED_PAGE.test(new URL(frame.src, document.baseURI).pathname);
    } catch (e) {
      return false;
    }
  }
  function ask(frame) {
    if (frame.contentWindow && isExplainer(frame)) {
      frame.contentWindow.postMessage({ type: "explainer:ask-height" }, "*"); // tells nothing
    }
  }
  function askAll() {
    for (var i = 0; i < frames.length; i++) ask(frames[i]);
  }
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "explainer:height") return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 0 || height > MAX) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== event.source) continue;
      if (isExplainer(frames[i])) frames[i].style.height = Math.ceil(height) + "px";
      return;
    }
  });
  document.addEventListener("load", function (event) {
    if (event.target.tagName === "IFRAME") ask(event.target);
  }, true);
  window.addEventListener("resize", function () { // once the frames have their new width
    clearTimeout(wait);
    wait = setTimeout(askAll, 100);
  });
  askAll();
})();
