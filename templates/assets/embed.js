// In an article: fits each explainer <iframe> (its address, as pasted, an embed page) to
// the height its page tells, asking it on load, when this script runs (held back by a
// consent tool) and when its width changes (out of sight, a frame is not laid out).
(function () {
  "use strict";
  var MAX = 100000; // pixels: a bound for a message
  var EMBED_PAGE = /\/embed(\/light)?(\/(index\.html)?)?$/; // the last slash may be left out
  var frames = document.getElementsByTagName("iframe"); // live: later ones too
  var wait, widths = window.ResizeObserver && new ResizeObserver(function () {
    clearTimeout(wait);
    wait = setTimeout(askAll, 100);
  });
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
      if (widths) widths.observe(frame);
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
      var f = frames[i];
      if (isExplainer(f)) f.style.height = Math.ceil(height + edges(getComputedStyle(f))) + "px";
      return;
    }
  });
  document.addEventListener("load", function (event) {
    if (event.target.tagName === "IFRAME") ask(event.target);
  }, true);
  askAll();
})();
