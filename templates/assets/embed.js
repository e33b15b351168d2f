// For an article that embeds an explainer timeline: fits each explainer <iframe> to the
// height its page reports, so the timeline shows whole without a scroll bar of its own.
// Optional: without it the iframe keeps its height attribute and scrolls.
// A message counts only if it comes from one of this page's iframes (its window), from
// the address that iframe shows (its origin), and that address is an explainer embed page
// (<story>/embed/, or <story>/embed/light/): no other frame or page can resize anything with it.
(function () {
  "use strict";
  var MAX = 100000; // pixels: a sane bound on what a message may ask for
  var EMBED_PAGE = /\/embed\/(light\/)?(index\.html)?$/; // only explainer embed pages are resized
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "explainer:height") return;
    var height = Number(data.height);
    if (!isFinite(height) || height < 0 || height > MAX) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var url;
      try {
        url = new URL(frame.src, document.baseURI);
      } catch (e) {
        return;
      }
      if (url.origin !== event.origin || !EMBED_PAGE.test(url.pathname)) return;
      frame.style.height = Math.ceil(height) + "px";
      return;
    }
  });
})();
