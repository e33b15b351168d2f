/* Timeline filters: show the events of one figure, place or topic.
   Progressive enhancement: without this script the controls stay hidden and every event
   is listed. The state is kept in the address (#figure=..., #location=..., #tag=...),
   so a filtered view can be shared. No framework, no network. */
(function () {
  "use strict";
  var box = document.getElementById("filters");
  var status = document.getElementById("filter-status");
  if (!box || !status || !window.history) return;
  var selects = Array.prototype.slice.call(box.querySelectorAll("select"));
  var events = Array.prototype.slice.call(document.querySelectorAll(".timeline > .event"));
  var PATTERN = /^#(figure|location|tag)=(.*)$/;

  function values(item, kind) {
    var raw = item.getAttribute("data-" + kind + "s") || "";
    return raw ? raw.split(kind === "tag" ? "|" : " ") : [];
  }

  function apply(kind, value, remember) {
    var shown = 0;
    events.forEach(function (item) {
      var match = !value || values(item, kind).indexOf(value) !== -1;
      item.hidden = !match;
      if (match) shown += 1;
    });
    selects.forEach(function (select) {
      select.value = select.name === kind ? value : "";
    });
    status.textContent = value
      ? "Showing " + shown + " of " + events.length + " events."
      : "";
    if (remember) {
      var address = value ? "#" + kind + "=" + encodeURIComponent(value) : window.location.pathname + window.location.search;
      window.history.replaceState(null, "", address);
    }
  }

  function fromAddress() {
    var match = PATTERN.exec(window.location.hash);
    if (match) {
      apply(match[1], decodeURIComponent(match[2]), false);
    } else if (!window.location.hash) {
      apply("figure", "", false);
    }
  }

  selects.forEach(function (select) {
    select.addEventListener("change", function () {
      apply(select.name, select.value, true);
    });
  });
  document.getElementById("filter-reset").addEventListener("click", function () {
    apply("figure", "", true);
  });
  window.addEventListener("hashchange", fromAddress);
  box.hidden = false;
  fromAddress();
})();
