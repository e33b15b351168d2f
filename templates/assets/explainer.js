/* The story page's one script (and a long story's year pages'), progressive enhancement
   only: without it every event is listed, and nothing here is needed to read the page.
   No framework, no network.

   Filters: show the events of one figure, place or topic. The controls stay hidden
   without this script; they fold behind one control, open from 900 px. The state is
   kept in the address (#figure=..., #location=..., #tag=...), so a filtered view can be
   shared.

   New marks: events added after the reader's last visit (data-added) get a "New" mark,
   in the timeline and among the key moments. The page remembers, in this browser's local
   storage only, which of those events the reader has been shown, and, for as long as
   the tab is open (session storage), which it marked: a reload keeps the marks, a later
   visit has none. Each page keeps its own record, by its folder. No cookie, nothing
   sent anywhere. */
(function () {
  "use strict";
  var box = document.getElementById("filters");
  var status = document.getElementById("filter-status");
  var events = Array.prototype.slice.call(document.querySelectorAll(".timeline > .event"));
  // A long story's year pages have no filters, and its page no timeline: the marks
  // (and, below, the Copy button) are for them too.
  if (box && status && window.history) filter();
  markNew();

  function filter() {
    var selects = Array.prototype.slice.call(box.querySelectorAll("select"));
    var PATTERN = /^#(figure|location|tag)=(.*)$/;
    var message = status.getAttribute("data-message") || "{shown} / " + events.length;
    // Only a long timeline skips drawing entries far out of sight (below): a skipped
    // entry's text is left out of innerText, which a shorter one gains nothing by.
    var skipping = events.length > 40;

    function values(item, kind) {
      var raw = item.getAttribute("data-" + kind + "s") || "";
      return raw ? raw.split(kind === "tag" ? "\n" : " ") : [];
    }

    function apply(kind, value, remember, say) {
      var shown = 0;
      // The address first: changing it brings the page's style up to date, at once, which
      // after the entries' changes below cost as much as the next frame's.
      if (remember) {
        var address = value ? "#" + kind + "=" + encodeURIComponent(value) : window.location.pathname + window.location.search;
        window.history.replaceState(null, "", address);
      }
      events.forEach(function (item) {
        var match = !value || values(item, kind).indexOf(value) !== -1;
        if (item.hidden === match) {
          item.hidden = !match; // an unchanged entry is left alone
          // Shown again: drawn only if in sight, which the browser decides before drawing.
          if (match && !value && skipping) item.classList.add("far");
        }
        if (match) shown += 1;
      });
      // A filter may bring into sight an entry kept undrawn, which would be shown without
      // its text for a frame: those that will be near the view are drawn. Where they will
      // be is read at once (the layout the next frame needs anyway, cheap while the others
      // are skipped), before any is changed, so it is laid out once.
      if (value) {
        var height = window.innerHeight;
        var top = Math.min(window.scrollY, document.documentElement.scrollHeight - height);
        events.filter(function (item) {
          if (item.hidden || !item.classList.contains("far")) return false;
          var place = item.getBoundingClientRect();
          return place.bottom + window.scrollY > top - height && place.top + window.scrollY < top + 2 * height;
        }).forEach(function (item) { item.classList.remove("far"); });
      }
      selects.forEach(function (select) {
        select.value = select.name === kind ? value : "";
      });
      // The gaps say how far an entry is from the one before it in the whole timeline,
      // which a filter may hide: they are left out of a filtered view.
      var list = document.querySelector(".timeline");
      if (list) list.classList.toggle("filtered", !!value);
      // The message comes from the page, in its language ("Showing {shown} of 17 events.").
      // Said after the reader's own choice, "Show all" too ("Showing 17 of 17 events."),
      // and as a link shows a hidden entry (say), not when the page opens unfiltered.
      // The count in the page's digits (Persian ۱۲), as its dates.
      var digits = status.getAttribute("data-digits") || "0123456789";
      var number = String(shown).replace(/\d/g, function (d) { return digits[d]; });
      status.textContent = value || remember || say ? message.replace("{shown}", number) : "";
      if (value) box.open = true;
    }

    function decoded(text) {
      try { return decodeURIComponent(text); } catch (e) { return ""; }
    }

    function fromAddress() {
      var match = PATTERN.exec(window.location.hash);
      if (match) {
        apply(match[1], decoded(match[2]), false);
      } else if (!window.location.hash) {
        apply("figure", "", false);
      } else {
        // A link to an entry (a key moment, the overview) that the filter hides shows all,
        // and says so: a screen reader heard nothing of the filter being dropped.
        var target = document.getElementById(decoded(window.location.hash.slice(1)));
        if (target && target.hidden) {
          apply("figure", "", false, true);
          target.scrollIntoView();
        }
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
    box.open = !window.matchMedia || window.matchMedia("(min-width: 900px)").matches; // folded on a phone
    box.classList.add("ready");
    // Wide, the filters have no control to open them (style.css): a phone turned on its
    // side, or a window widened, with them folded, shows them.
    if (window.matchMedia) {
      var wide = window.matchMedia("(min-width: 900px)");
      var widened = function () { if (wide.matches) box.open = true; };
      if (wide.addEventListener) wide.addEventListener("change", widened);
      else if (wide.addListener) wide.addListener(widened);
    }
    fromAddress();
    // A long timeline's filter redrew every entry, out of sight too: up to a second for
    // "Show all" of 200 with the processor slowed 4 times. Once drawn (two frames on), and so their heights
    // known (style.css), the entries far out of sight are skipped ("far") until scrolled
    // to; not those in sight, which would be left undrawn for a frame.
    var width = window.innerWidth;
    function skipFar() {
      requestAnimationFrame(function () {
        requestAnimationFrame(function () {
          var height = window.innerHeight;
          events.forEach(function (item) {
            var place = item.getBoundingClientRect();
            item.classList.toggle("far", !item.hidden && (place.bottom < -height || place.top > 2 * height));
          });
        });
      });
    }
    if (!skipping) return;
    skipFar();
    // Heights known at one width are wrong at another: all drawn again first. Only
    // then: a phone's address bar, shown and hidden as the reader scrolls, resizes too.
    window.addEventListener("resize", function () {
      if (window.innerWidth === width) return;
      width = window.innerWidth;
      events.forEach(function (item) { item.classList.remove("far"); });
      skipFar();
    });
  }

  function markNew() {
    var timeline = document.querySelector("[data-story]");
    var store;
    try {
      store = window.localStorage;
    } catch (e) {
      return; // storage switched off: no marks, nothing else changes
    }
    if (!timeline || !store) return;
    // By folder (/repo/story/): sites on one host (org.github.io) share the storage.
    var page = location.pathname.replace(/index\.html$/, "");
    var key = "explainer:seen:" + page;
    var added = events.filter(function (item) { return item.hasAttribute("data-added"); });
    var ids = added.map(function (item) { return item.id.replace(/^event-/, ""); });
    var seen = read(store, key);
    // Once kept by the story's name:
    if (seen === null) seen = read(store, "explainer:seen:" + timeline.getAttribute("data-story"));
    var visit = null;
    try {
      visit = window.sessionStorage;
    } catch (e) {
      visit = null;
    }
    var marked = lookup((visit && read(visit, "explainer:new:" + page)) || []);
    var shown = seen === null ? null : lookup(seen);
    // New: not shown before this visit (none on a first visit, when all would be), or
    // marked earlier in this one.
    var fresh = ids.filter(function (id) {
      return marked["#" + id] === true || (shown !== null && shown["#" + id] !== true);
    });
    var label = timeline.getAttribute("data-new-label") || "New";
    var moments = Array.prototype.slice.call(document.querySelectorAll("#key-moments [data-event]"));
    fresh.forEach(function (id) {
      var item = document.getElementById("event-" + id);
      var places = [item && item.querySelector(".event-title")];
      moments.forEach(function (moment) {
        if (moment.getAttribute("data-event") === id) places.push(moment.querySelector(".moment-title"));
      });
      places.forEach(function (place) {
        if (!place) return;
        var mark = document.createElement("strong");
        mark.className = "new-badge";
        mark.textContent = label;
        // Inside the entry's link, so that a reader going from link to link hears it too.
        (place.querySelector("a") || place).appendChild(mark);
      });
    });
    try {
      store.setItem(key, JSON.stringify(ids));
      if (visit) visit.setItem("explainer:new:" + page, JSON.stringify(fresh));
    } catch (e) {
      // storage full or refused: the marks are a courtesy
    }
  }

  /* The ids (strings) of ``list`` as the keys of an object, each as "#" + id, which no
     object has of itself: each event is looked up, not searched for. A long story's year
     page may list a thousand events and more, and searching the whole record for each of
     them (indexOf) grew with the square of their number: 50 ms on a slow phone at 3,000. */
  function lookup(list) {
    var found = {};
    list.forEach(function (id) {
      if (typeof id === "string") found["#" + id] = true;
    });
    return found;
  }

  /* The list kept under ``key`` in ``storage``, or null (none yet, or unreadable). */
  function read(storage, key) {
    try {
      var value = JSON.parse(storage.getItem(key) || "null");
      return Array.isArray(value) ? value : null;
    } catch (e) {
      return null;
    }
  }
})();

/* The embed code's Copy button: shown where the browser lets a page copy (a secure
   context: https, or this computer); a reader without it selects the code as before.
   Says what happened in a status line, which screen readers read out. */
(function () {
  "use strict";
  var row = document.querySelector(".embed-code .copy");
  var code = document.querySelector(".embed-code code");
  if (!row || !code || !window.isSecureContext || !navigator.clipboard) return;
  var said = row.querySelector("[role=status]");
  row.hidden = false;
  row.querySelector("button").addEventListener("click", function () {
    // Emptied first, so that a second copy is read out again: a screen reader says a
    // status line when its text changes, and "Copied." twice is no change.
    said.textContent = "";
    navigator.clipboard.writeText(code.textContent).then(function () {
      said.textContent = row.getAttribute("data-copied");
    }, function () {
      // Denied: the code is selected, for the reader to copy with the keyboard or a menu.
      var range = document.createRange();
      range.selectNodeContents(code);
      window.getSelection().removeAllRanges();
      window.getSelection().addRange(range);
      said.textContent = row.getAttribute("data-failed");
    });
  });
})();
