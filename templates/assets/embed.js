// For an article that embeds an explainer timeline: fits each explainer <iframe> to the
// height its page reports, so the timeline shows whole without a scroll bar of its own.
// Optional: without it the iframe keeps its height attribute and scrolls.
// A message counts only if it comes from one of this page's iframes (its window) whose
// address, as pasted, is an explainer embed page (<story>/embed/ or <story>/embed/light/):
// no other frame can resize anything. (Where it was redirected to does not matter: a
// site given its own domain later answers the old address with a redirect.)
// Run late (held back by a consent tool), it asks each frame, and each that loads later.
(function () {
  "use strict";
  var MAX = 100000; // pixels: a sane bound on what a message may ask for
  var EMBED_PAGE = /\/embed\/(light\/)?(index\.html)?$/;
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
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "explainer:height") return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 0 || height > MAX) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow !== event.source) continue;
      if (isExplainer(frames[i])) frames[i].style.height = Math.ceil(height) + "px";
      return;
    }
  });
  document.addEventListener("load", function (event) {
    if (event.target.tagName === "IFRAME") ask(event.target);
  }, true);
  var frames = document.getElementsByTagName("iframe");
  for (var i = 0; i < frames.length; i++) ask(frames[i]);
})();
