/* The Share button of a story's and an event's page: the device's own share sheet where
   the browser has one (phones, most computers), else a button that copies the page's
   address. Hidden without this script, and where the site's address is not known and
   the page was opened at an address no one else can open: from a file, or from this
   computer's own server (the preview, `explainer serve`). The page sends nothing
   anywhere: the reader chooses where the link goes. The address shared is the page's
   public one where the site's is known, with the part after its # as the reader has it
   (a filtered timeline, #figure=..., is shared filtered; an entry's #event-... leads to
   it). */
(function () {
  "use strict";
  var row = document.querySelector(".share");
  if (!row) return;
  var own = /^(localhost|.+\.localhost|127(\.\d+){3}|\[::1\])$/.test(location.hostname);
  var here = /^https?:$/.test(location.protocol) && !own ? location.href.split("#")[0] : "";
  var url = row.getAttribute("data-url") || here;
  var button = row.querySelector("button");
  var said = row.querySelector("[role=status]");
  if (!url) return;
  var copies = window.isSecureContext && navigator.clipboard;
  function copy() {
    said.textContent = "";  // emptied first, so that a second copy is read out again
    if (!copies) {
      said.textContent = row.getAttribute("data-failed");
      return;
    }
    navigator.clipboard.writeText(url + location.hash).then(function () {
      said.textContent = row.getAttribute("data-copied");
    }, function () {
      said.textContent = row.getAttribute("data-failed");
    });
  }
  if (navigator.share) {
    button.addEventListener("click", function () {
      navigator.share({ title: document.title, url: url + location.hash }).catch(function (why) {
        // Closing the sheet rejects (AbortError): the reader chose not to share, nothing
        // to say; nor while a sheet is open already. A sheet refused (a page framed
        // without leave to share, say) made the button do nothing: the link is copied.
        if (!why || (why.name !== "AbortError" && why.name !== "InvalidStateError")) copy();
      });
    });
  } else if (copies) {
    button.children[0].hidden = true;  // "Share" (the room of both is kept: style.css)
    button.children[1].hidden = false;  // "Copy link"
    button.addEventListener("click", copy);
  } else {
    return;
  }
  row.hidden = false;
})();
