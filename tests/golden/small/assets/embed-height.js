// In a story's embed page: tell the page around the iframe how tall this page is,
// whenever that changes, so its embed.js can fit the iframe to it.
// Any page may hear the height: embed.js checks who sends it.
//
// WordPress frames an unknown oEmbed provider in a sandbox (no embed.js, no link may
// open a tab or the window), its address ending in "#?secret=...". With that secret, this
// page also speaks WordPress's embed messages: its height, and each link followed but
// the skip link (WordPress's script opens it in the article's window).
(function () {
  "use strict";
  if (window.parent === window) return; // not in an iframe
  var secret = (/[#?&]secret=([A-Za-z0-9]+)/.exec(window.location.hash) || [])[1];
  var last = -1;
  function tell() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last || !height) return; // 0: not laid out yet
    last = height;
    window.parent.postMessage({ type: "explainer:height", height: height }, "*");
    if (secret) window.parent.postMessage({ message: "height", value: height, secret: secret }, "*");
  }
  if ("ResizeObserver" in window) new ResizeObserver(tell).observe(document.documentElement);
  window.addEventListener("load", tell);
  window.addEventListener("message", function (event) { // embed.js started late: tell again
    if (event.source !== window.parent || !event.data || event.data.type !== "explainer:ask-height") return;
    last = -1;
    tell();
  });
  tell();
  if (!secret) return;
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[href]") : null;
    if (!link || event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (link.target === "_self") return;
    event.preventDefault(); // the sandbox would refuse it: WordPress opens it instead
    window.parent.postMessage({ message: "link", value: link.href, secret: secret }, "*");
  });
})();
