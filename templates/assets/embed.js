// In an article: fits each explainer <iframe> (one whose address, as pasted, is an embed
// page) to the height its page tells; else it keeps its height and scrolls. It asks each
// on load, when this script runs (a consent tool held it back) and after a resize (a
// frame out of sight is not laid out: a phone turned).
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
  function edges(s) { // a border-box frame's height holds these too
    return s.boxSizing !== "border-box" ? 0 : parseFloat(s.paddingTop) + parseFloat(s.paddingBottom) +
      parseFloat(s.borderTopWidth) + parseFloat(s.borderBottomWidth);
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
      if (isExplainer(frames[i])) frames[i].style.height = Math.ceil(height + edges(getComputedStyle(frames[i]))) + "px";
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
