// In a story's embed page (<story>/embed/): tell the page around the iframe how tall
// this page is, whenever that changes, so its embed.js can fit the iframe to it.
// The height is no secret, so any page may hear it; embed.js checks who sends it.
(function () {
  "use strict";
  if (window.parent === window) return; // opened on its own, not in an iframe
  var last = -1;
  function tell() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: "explainer:height", height: height }, "*");
  }
  if ("ResizeObserver" in window) new ResizeObserver(tell).observe(document.documentElement);
  window.addEventListener("load", tell);
  tell();
})();
