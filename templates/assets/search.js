/* The search page: a small interface over the Pagefind bundle the build makes.
   Progressive enhancement: without this script the page says search needs JavaScript
   and the site is whole. Nothing is fetched until the reader uses the form (or arrives
   with a query, from the box in every page's header); then Pagefind's script, its
   WebAssembly and the parts of the index the words need come from this site's own
   pagefind/ folder, never from anywhere else. The query and filters are kept in the
   address (?q=...&figure=...), so a search can be shared. The messages are read from
   the page, which the build translates. */
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  // The results in other languages than the page's, under their heading; a theme's
  // search page made before them has neither, and lists every result in the one list.
  var othersHeading = document.getElementById("search-others-heading");
  var others = othersHeading && document.getElementById("search-others");
  var more = document.getElementById("search-more");
  var off = document.getElementById("search-off");
  var respeltNote = document.getElementById("search-respelt");
  if (!form || !input || !status || !list || !more) return;
  if (!window.URL || !window.fetch || !window.Promise) {
    // A browser too old for the search: it is told so, as one without JavaScript is.
    form.hidden = true;
    if (off) off.hidden = false;
    return;
  }
  var FILTERS = ["story", "figure", "place", "tag", "year"];
  var PAGE = 10;
  var bundle = new URL(form.getAttribute("data-bundle"), document.baseURI).href;
  var root = new URL(form.getAttribute("data-root"), document.baseURI).pathname.replace(/index\.html$/, "");
  var engines = null;
  var filled = null;
  var results = [];
  var shown = 0;
  var generation = 0;
  var timer = 0;

  var DIGITS = status.getAttribute("data-digits") || "0123456789";

  /* A number (a count, a year) in the page's digits (Persian ۱۲), as its dates. */
  function native(number) {
    return String(number).replace(/\d/g, function (d) { return DIGITS[d]; });
  }

  var ERA = Number(status.getAttribute("data-era")) || 0;
  var ERA_NAME = status.getAttribute("data-era-name") || "";

  /* A year's filter value (the Common Era's, as every language's index has it) as the
     page's dates count it: a Thai page's in the Buddhist Era ('พ.ศ. 2568' for 2025). */
  function year(value) {
    return ERA ? ERA_NAME + "\u00a0" + native(Number(value) + ERA) : native(value);
  }

  function say(name, count) {
    status.textContent = (status.getAttribute("data-" + name) || "").replace("{count}", native(count));
  }

  /* Near spellings. A search that finds nothing is asked again with each of its words
     that no page has respelled as the nearest word of the names the index lists (its
     filters' choices: the stories' titles, the people, the places and the topics, which
     the page has loaded anyway), at most one letter away (two, in a word of eight letters
     or more), a swapped pair of letters counting as one: "Santaigo" is asked as
     "Santiago". A search of several words that finds something is asked again so when
     one of them that a name's word is near finds nothing alone: Pagefind leaves such a
     word out, and "Santaigo rescue" found every rescue (see unfound). When that finds
     something, the status says which words were asked ("Showing results for
     Santiago."), and a link below it searches the words as typed (?as=typed), which are
     then never respelled. Nothing is fetched for it but the index's parts for the words
     asked, and a theme whose search page has no message for it (data-respelt) respells
     nothing. */
  var asTyped = false;
  var knownWords = null;
  var knownList = null;  // its words, listed once: listing them again took half a search's time
  var MOST_RESPELT = 8;  // more words to look up are a sentence, not a name mistyped
  var NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

  /* The words of the filters' choices ({folded: [word as written, pages]}), of four
     letters or more, the one on most pages kept of those folded alike. */
  function known() {
    if (knownWords) return knownWords;
    knownWords = Object.create(null);  // with no "constructor" of its own, say
    ["story", "figure", "place", "tag"].forEach(function (name) {
      var counts = (totals && totals[name]) || {};
      Object.keys(counts).forEach(function (value) {
        (value.match(WORD) || []).forEach(function (word) {
          var key = folded(word);
          if (key.length < 4 || NO_SPACES.test(key) || !/\p{L}/u.test(key)) return;
          var had = knownWords[key];
          if (!had || had[1] < counts[value]) knownWords[key] = [word, (had ? had[1] : 0) + counts[value]];
          else had[1] += counts[value];
        });
      });
    });
    knownList = Object.keys(knownWords);
    return knownWords;
  }

  /* How many letters apart ``a`` and ``b`` are (inserted, left out, replaced, or two
     side by side swapped: the optimal string alignment distance), or ``most`` + 1 when
     they are more. */
  function apartBy(a, b, most) {
    if (Math.abs(a.length - b.length) > most) return most + 1;
    var before = [], row = [], next;
    for (var j = 0; j <= b.length; j++) row.push(j);
    for (var i = 1; i <= a.length; i++) {
      next = [i];
      var least = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var d = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
        next.push(d);
        least = Math.min(least, d);
      }
      if (least > most) return most + 1;
      before = row;
      row = next;
    }
    return row[b.length];
  }

  /* A word: its letters, marks and digits, and a Hebrew abbreviation's gershayim or
     geresh between its letters, typed or typeset ('ארה"ב', 'צה״ל'), as the index reads it
     (HEBREW_WORD of searchindex.py): split there, the name 'ארה"ב' was 'ארה' and 'ב', too
     short to be looked up, and 'ערה"ב' was never asked as it. */
  var WORD = /[\p{L}\p{M}\p{N}]+(?:(?<=[\u05d0-\u05ea\u0591-\u05c7])[\u05f3\u05f4'"](?=[\u05d0-\u05ea])[\p{L}\p{M}\p{N}]+)*/gu;

  /* Whether ``typed``, a word of a query, is one to look up among the names' words: of
     four letters or more, with a letter, in a script written with spaces, and none of
     theirs itself. */
  function looked(typed) {
    var key = folded(typed);
    return !(key.length < 4 || known()[key] || NO_SPACES.test(key) || !/\p{L}/u.test(key));
  }

  /* The word of the names nearest ``typed`` (as written), at most one letter away (two,
     in a word of eight letters or more), or null: kept for each word, which the next
     pause in the typing, the same words and one more, looks up again. */
  var nearby = Object.create(null);
  function nearest(typed) {
    var words = known();
    var key = folded(typed);
    if (key in nearby) return nearby[key];
    var most = key.length >= 8 ? 2 : 1;
    var best = null, closest = most + 1;
    knownList.forEach(function (word) {
      var d = apartBy(key, word, most);
      if (d < closest || (d === closest && best && words[word][1] > words[best][1])) {
        closest = d;
        best = word;
      }
    });
    return (nearby[key] = best === null || closest > most ? null : words[best][0]);
  }

  /* The words of ``query`` to look up (see looked), or null when there are more than
     MOST_RESPELT: each is compared with every word of the names, on the page's one
     thread (a link's ?q= of 1,000 such words held a page of 5,000 names for 18 s). */
  function lookedUp(query) {
    var words = (query.match(WORD) || []).filter(looked);
    return words.length > MOST_RESPELT ? null : words;
  }

  /* ``query`` with each word to look up that a name's word is near written as that
     word (only those of ``only``, folded, when given), or null when none is, or when
     there are too many to look up (see lookedUp). */
  function respell(query, only) {
    if (!lookedUp(query)) return null;
    var changed = false;
    var asked = query.replace(WORD, function (typed) {
      var near = looked(typed) && (!only || only.indexOf(folded(typed)) >= 0) ? nearest(typed) : null;
      if (near === null) return typed;
      changed = true;
      return near;
    });
    return changed ? asked : null;
  }

  /* The words of ``query`` (of two words or more, which found something) that a name's
     word is near and that find nothing alone, folded: Pagefind leaves out of a search a
     word none of its pages has, so "Santaigo rescue" found every rescue, and never said
     that the name was not found. Only a word near a name is asked alone (usually none:
     then nothing is asked), with the filters chosen; one that finds something is a word
     of the pages ("miners", beside the topic "mines"), and stays as typed. */
  function unfound(instances, query, filters) {
    var words = lookedUp(query) || [];
    if ((query.match(WORD) || []).length < 2) words = [];
    var seen = [];
    words = words.filter(function (typed) {
      var key = folded(typed);
      if (seen.indexOf(key) >= 0 || nearest(typed) === null) return false;
      seen.push(key);
      return true;
    });
    return Promise.all(words.map(function (typed) {
      return ask(instances, typed, filters).then(function (alone) {
        return anyFound(alone) ? null : folded(typed);
      });
    })).then(function (keys) {
      return keys.filter(Boolean);
    });
  }

  /* Whether any of the answers from ask has a result. */
  function anyFound(answers) {
    return answers.some(function (a) { return a.answer && a.answer.results && a.answer.results.length; });
  }

  /* The note on the search respelled (``asked``, for the words ``typed``), or none. */
  function noteRespelt(asked, typed, filters) {
    if (!respeltNote) return;
    respeltNote.textContent = "";
    respeltNote.hidden = !asked;
    if (!asked) return;
    var params = new URLSearchParams();
    params.set("q", typed);
    Object.keys(filters).forEach(function (name) { params.set(name, filters[name]); });
    params.set("as", "typed");
    var link = document.createElement("a");
    link.href = "?" + params.toString();
    link.textContent = (respeltNote.getAttribute("data-instead") || "").replace("{words}", function () {
      return typed;  // as typed: a text given to replace() reads "$&" as what it replaces
    });
    respeltNote.appendChild(link);
  }

  /* One Pagefind per language of the site. Pagefind searches the index of the language
     <html lang> names, with that language's stemming, so each is made while <html lang>
     names its language (the page's own is put back at once). Each is a module of its own
     (pagefind.js?<language>), with its own worker: instances of one module share their
     worker's WebAssembly, which holds one language's at a time. */
  function load() {
    if (!engines) {
      engines = fetch(bundle + "pagefind-entry.json").then(function (response) {
        if (!response.ok) throw new Error("no search index");
        return response.json();
      }).then(function (entry) {
        return Promise.all(Object.keys(entry.languages).sort().map(function (language) {
          return import(bundle + "pagefind.js?" + encodeURIComponent(language)).then(function (pagefind) {
            var html = document.documentElement;
            var own = html.getAttribute("lang");
            html.setAttribute("lang", language);
            try {
              return { language: language, pagefind: pagefind.createInstance({ baseUrl: root }) };
            } finally {
              html.setAttribute("lang", own);
            }
          });
        }));
      });
    }
    return engines;
  }

  /* Each filter's counts summed over the languages' answers ({story: {"A": 3}, ...}). */
  function sum(all) {
    var counts = {};
    FILTERS.forEach(function (name) {
      counts[name] = {};
      all.forEach(function (filters) {
        var values = (filters && filters[name]) || {};
        Object.keys(values).forEach(function (value) {
          counts[name][value] = (counts[name][value] || 0) + values[value];
        });
      });
    });
    return counts;
  }

  var totals = null;
  /* Each choice of the filters ``names`` labelled with how many results choosing it would
     leave ({story: {"A": 3}, ...}): its name first, which screen readers say first and the
     list's type-ahead finds, then the count. A choice that would leave nothing is
     disabled (screen readers say it is unavailable, the arrow keys pass it by), so that
     no one picks an empty list; the one chosen stays selectable whatever its count, so
     that it can be taken off. */
  function label(counts, names) {
    names.forEach(function (name) {
      Array.prototype.forEach.call(form.elements[name].options, function (option) {
        // (a value from the address that no page has is shown as it is: see restore)
        if (!option.value || option.hasAttribute("data-asked")) return;
        var count = (counts[name] || {})[option.value] || 0;
        option.textContent = (name === "year" ? year(option.value) : optionText(option.value)) + " (" + native(count) + ")";
        option.disabled = count === 0 && !option.selected;
      });
    });
  }

  /* A choice's name as its <option>'s text, laid out as a story page's menus lay out
     theirs, by the same rule (option_text in generator/markdown/markup.py): an option
     holds text only, which Chromium lays out in its list's direction, so "G7 2024" in a
     Hebrew or Arabic list read "2024 G7" and "BBC News" "News BBC". On a page written
     right to left each run of words written left to right is set apart between the
     invisible left-to-right isolate and its end (U+2066, U+2069); on one written left to
     right a name that reads right to left is set apart in its own direction (the
     first-strong isolate, U+2068), its runs inside it. The option's value stays the name. */
  var PAGE_RIGHT_TO_LEFT = document.documentElement.getAttribute("dir") === "rtl";
  function optionText(name) {
    if (PAGE_RIGHT_TO_LEFT) return runsMarked(name);
    return readsRightToLeft(name) ? "\u2068" + runsMarked(name) + "\u2069" : name;
  }

  function runsMarked(text) {
    return text.replace(MARKED_RUN, "\u2066$&\u2069");
  }

  /* Whether ``text``'s first letter of a definite direction is written right to left, as
     a browser's dir="auto" reads it (languages.reads_right_to_left): a right-to-left mark
     or a letter of RTL_LETTER's scripts before any other letter or left-to-right mark. */
  function readsRightToLeft(text) {
    var first = FIRST_STRONG.exec(text);
    return first !== null && (first[0] === "\u200f" || RTL_LETTER_ALONE.test(first[0]));
  }
  var FIRST_STRONG = /[\u200e\u200f\p{L}]/u;

  /* The runs a story page's menu sets apart, as the build finds them (markup.py's
     _LEFT_TO_RIGHT_RUN, there on the escaped text, here on the text itself): from a
     letter of a script written left to right (its _LTR_LETTERS), or a number and spaces
     before one, not inside a word, through letters, numbers, spaces and the punctuation
     inside a phrase ("AT&T", "U.S.", "3:0"), to the last letter or number. The build's
     character references (&amp;, &#39;...) stand for & ' " < >, which the run may go through. */
  var LTR_LETTERS = "A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02af\\u0370-\\u03ff" +
    "\\u0400-\\u052f\\u0531-\\u0587\\u0900-\\u0963\\u0966-\\u1fff\\u2c00-\\u2dff\\u3040-\\u9fff" +
    "\\uac00-\\ud7af\\uf900-\\ufaff\\uff21-\\uff3a\\uff41-\\uff5a";
  var NOT_IN_A_WORD = "(?<![A-Za-z0-9#])";
  var MARKED_RUN = new RegExp(
    NOT_IN_A_WORD + "(?:\\p{Nd}(?:[\\p{Nd}.,:/%\\u2013\\-]*\\p{Nd})?[ \\t]*)?" + NOT_IN_A_WORD + "[" + LTR_LETTERS + "]" +
    "(?:[" + LTR_LETTERS + "\\p{Nd}\\s.,:;'\\u2019/%+#@_\\u2010-\\u2014&\"<>\\-]*[" + LTR_LETTERS + "\\p{Nd}])?", "gu");

  /* The lists of ``names`` labelled with the counts of the search on the page. */
  function counted(counts, names) {
    label(counts, names);
    busy(names, false);
  }

  /* The lists of the filters ``names`` marked busy (aria-busy) while the counts of the
     search on the page are on their way, or unmarked. A busy list keeps the choices it
     had, counted for the search before, rather than claim a count it does not have yet;
     only its chosen choice is made selectable, as it always is (a choice from Back or an
     address may have been disabled by the search before). */
  function busy(names, on) {
    names.forEach(function (name) {
      var select = form.elements[name];
      if (!on) {
        select.removeAttribute("aria-busy");
        return;
      }
      select.setAttribute("aria-busy", "true");
      if (select.selectedIndex >= 0) select.options[select.selectedIndex].disabled = false;
    });
  }

  /* Each filter's choices as the build sorted them ({figure: {"Ari": 0, ...}}): their
     places in the list the page holds (search.html), in its language's alphabetical
     order, the story pages' own. An empty one when the page has none (a theme made
     before it had them) or it cannot be read. */
  function buildOrder() {
    var ranks = {};
    var data = document.getElementById("search-order");
    var lists = {};
    try {
      lists = data ? JSON.parse(data.textContent) || {} : {};
    } catch (e) {
      lists = {};
    }
    FILTERS.forEach(function (name) {
      ranks[name] = Object.create(null);  // with no "constructor" of its own, say
      var values = Array.isArray(lists[name]) ? lists[name] : [];
      values.forEach(function (value, at) {
        if (!(value in ranks[name])) ranks[name][value] = at;
      });
    });
    return ranks;
  }

  /* ``values``, the choices of the filter ``name``, in the order the build gave them
     (buildOrder), where the browser's collation may differ from the story pages' (no
     Icelandic in Chromium: 'Þingvellir' among the 'T's, not after 'Z'). A value the
     build did not list is put among the others by the page's language's localeCompare:
     the two lists, each sorted, are merged, which orders them all whatever the browser. */
  function ordered(values, name, ranks) {
    var lang = document.documentElement.lang;
    var rank = ranks[name];
    var compare = function (a, b) { return a.localeCompare(b, lang); };
    var known = values.filter(function (v) { return v in rank; }).sort(function (a, b) { return rank[a] - rank[b]; });
    var unknown = values.filter(function (v) { return !(v in rank); }).sort(compare);
    var merged = [];
    var i = 0, j = 0;
    while (i < known.length || j < unknown.length) {
      if (j >= unknown.length || (i < known.length && compare(known[i], unknown[j]) <= 0)) merged.push(known[i++]);
      else merged.push(unknown[j++]);
    }
    return merged;
  }

  /* The filters' choices, with how many pages each has, from every language's index,
     in the page's language's alphabetical order as the build sorts it (Turkish's "Cizre"
     before "Çanakkale", "ılgaz" before "İzmir"; Icelandic's "Þingvellir" after "Zeta"),
     not the browser's (see ordered); the years latest first. */
  function fillFilters() {
    if (!filled) {
      filled = load().then(function (instances) {
        return Promise.all(instances.map(function (i) { return i.pagefind.filters(); }));
      }).then(function (all) {
        totals = sum(all);
        var ranks = buildOrder();
        FILTERS.forEach(function (name) {
          var counts = totals[name];
          var values = name === "year"
            ? Object.keys(counts).sort(function (a, b) { return Number(b) - Number(a); })
            : ordered(Object.keys(counts), name, ranks);
          var select = form.elements[name];
          var chosen = select.value;
          values.forEach(function (value) {
            var option = document.createElement("option");
            option.value = value;
            select.appendChild(option);
          });
          select.value = chosen;
        });
        label(totals, FILTERS);
      });
    }
    return filled;
  }

  function chosenFilters() {
    var filters = {};
    FILTERS.forEach(function (name) {
      if (form.elements[name].value) filters[name] = form.elements[name].value;
    });
    return filters;
  }

  /* Pagefind's answers to the words and filters, one from each language's index (the
     Arabic one asked them without an "and" or "so" joined on: see unjoined); none
     from an index that does not have the words (see stray), its results and counts
     both left out, so that the counts stay those of the results shown. */
  function ask(instances, query, filters) {
    var words = unelided(query || "");
    var own = primary(document.documentElement.getAttribute("lang"));
    return Promise.all(instances.map(function (i) {
      return unjoined(i, words).then(function (asked) {
        return i.pagefind.search(asked || null, { filters: filters }).then(function (answer) {
          // The index of the page's own language, the reader's, is judged only by its
          // words of one letter: there a short word is as likely the stem of the word
          // searched ("go" of "going"), but "a" of a name ("Arcy") is none.
          if (primary(i.language) === own) {
            return stray(answer, asked, 1).then(function (astray) {
              return { language: i.language, answer: astray ? null : answer };
            });
          }
          return stray(answer, asked, 3).then(function (astray) {
            if (astray) return { language: i.language, answer: null };
            return missing(answer, asked).then(function (gone) {
              if (!gone.length) return { language: i.language, answer: answer };
              // Asked without them, as Pagefind asks an index without a word none of
              // its pages has; nothing, when no word is left.
              var rest = asked.split(/\s+/).filter(function (w) { return gone.indexOf(w) < 0; }).join(" ");
              if (!rest.trim()) return { language: i.language, answer: null };
              return i.pagefind.search(rest, { filters: filters }).then(function (again) {
                return { language: i.language, answer: again };
              });
            });
          });
        });
      });
    }));
  }

  /* A language tag's language alone ("en" of "en-GB"), as Pagefind's indexes and the
     page's <html lang> may write it otherwise. */
  function primary(tag) {
    return (tag || "").toLowerCase().split("-")[0];
  }

  /* The words that elide before a vowel, in French, Italian and Catalan (``ELIDED`` of
     generator/render/searchindex.py, which a test holds this to). */
  var ELIDED = "c|d|j|l|m|n|s|t|qu|jusqu|lorsqu|puisqu|quoiqu|quelqu|presqu|all|coll|dall|dell|nell|sull|un|quest|quell|nessun";
  var ELISION = new RegExp("(^|[^\\p{L}\\p{N}_])(?:" + ELIDED + ")['\\u2019\\u02BC](?=[\\p{L}\\p{N}_]{3})", "giu");

  /* The query with each word's elision taken off ("l'armée" is "armée", "d’Otunbayeva"
     "Otunbayeva"): the pages give the index the words they write after one by
     themselves (generator/render/searchindex.py, ELISION, whose rule this is), so the
     word alone finds them, and the pages that write it without one too. */
  function unelided(query) {
    return query.replace(ELISION, "$1");
  }

  /* An Arabic word of the query that may begin with "and" (و) or "so" (ف), which
     Arabic writes joined to the next word ("والجسر", "and the bridge"), and which
     Pagefind's Arabic stemming leaves on before "ال" ("the"): the letter, with any
     vowel mark written on it, then at least three letters more, all Arabic. */
  var JOINED = /^([\u0648\u0641]\p{M}*)(?=(?:\p{Script=Arabic}\p{M}*){3,}$)/u;

  /* Arabic's tatweel (a letter drawn long) and its vowel and doubling marks ("مُحَمَّد"):
     ``ARABIC_MARKS`` of generator/render/searchindex.py, which a test holds this to. A
     reader who types them ("الجسـر", "مدرسـه") is asked without them (see unmarked). */
  var ARABIC_MARKS = "\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed";
  var ARABIC_MARK = new RegExp("[" + ARABIC_MARKS + "]", "g");

  /* Hebrew's points and cantillation marks ("וּבִירוּשָׁלַיִם", "בְּרֵאשִׁ֖ית"): ``HEBREW_POINTS``
     of generator/render/searchindex.py, which a test holds this to. */
  var HEBREW_POINTS = "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7";
  var HEBREW_POINT = new RegExp("[" + HEBREW_POINTS + "]", "g");

  /* ``query`` without ARABIC_MARKS and HEBREW_POINTS: the pages give the index each word
     they write with them without them too, and Pagefind keeps a tatweel in a Persian or
     Urdu word ("مدرسـه" found no page writing "مدرسه"), and JOINED reads none in an Arabic
     one ("والجسـر" was asked with its "and", and found nothing), nor unprefixed any points
     in a Hebrew one ("בְּעַזָּה" was asked with its "in", and found nothing). */
  function unmarked(query) {
    // A hamza or madda typed as a mark of its own, on a letter that has a letter with
    // it, as that letter ("المسو" and a hamza above is "المسؤول"), as the pages give it.
    if (/[\u0653-\u0655]/.test(query)) query = query.normalize("NFC");
    // A verse's alef wasla ("ٱلۡحَمۡدُ") as the alef of the index's words (ALEF_WASLA of
    // generator/render/searchindex.py).
    return query.replace(ARABIC_MARK, "").replace(HEBREW_POINT, "").replace(/\u0671/g, "\u0627");
  }

  /* The letters Hebrew writes joined to the next word ("ובירושלים", "and in Jerusalem"):
     ``HEBREW_PREFIX`` of generator/render/searchindex.py, which a test holds this to. */
  var HEBREW_PREFIX = "(?:\u05d5)?(?:\u05e9|\u05db\u05e9|\u05de\u05e9|\u05dc\u05db\u05e9)?(?:\u05de\u05d4|[\u05d4\u05d1\u05db\u05dc\u05de])?";
  var HEBREW_JOINED = new RegExp("^" + HEBREW_PREFIX + "$");

  /* The end of a Tamil noun in "-ம்" in one of its cases, where that ending is "-த்த-"
     ("நாகப்பட்டினத்தில்", in Nagapattinam): ``TAMIL_OBLIQUE`` of
     generator/render/searchindex.py, which a test holds this to. The query's such word
     is asked as it is written alone ("நாகப்பட்டினம்") when that finds more than the word
     as typed (see tamil): Pagefind's Tamil stemming keeps the "-த்த-", and the pages give
     the index each such word so too. */
  var TAMIL_OBLIQUE = "\u0ba4\u0bcd\u0ba4(?:\u0bbf\u0bb2\u0bbf\u0bb0\u0bc1\u0ba8\u0bcd\u0ba4\u0bc1|\u0bbf\u0bb2\u0bcd|\u0bbf\u0ba9\u0bcd|\u0bc8|\u0bc1\u0b95\u0bcd\u0b95\u0bc1\u0bb3\u0bcd|\u0bc1\u0b95\u0bcd\u0b95\u0bc1|\u0bbf\u0bb1\u0bcd\u0b95\u0bc1|\u0bbe\u0bb2\u0bcd|\u0bcb\u0b9f\u0bc1|\u0bc1\u0b9f\u0ba9\u0bcd|\u0bbf\u0b9f\u0bae\u0bcd)(?:[\u0b95\u0b9a\u0ba4\u0baa]\u0bcd)?";
  var TAMIL_CASED = new RegExp("^([\\u0b80-\\u0bff]{2,}?)" + TAMIL_OBLIQUE + "$", "u");

  /* The case endings Tamil and Telugu news write on a name, as they follow its last
     letter: Tamil "-இல்" (in), "-இலிருந்து" (from), "-இன்" (of), "-க்கு" and "-உக்கு" (to),
     "-ஐ" (the object), "-ஆல்" (by), "-உடன்" (with), each vowel written as the sign it takes after
     a consonant ("பாகிஸ்தானில்"), after the "ய" or "வ" that joins it to a vowel
     ("சென்னையில்", "அமெரிக்காவில்"), or after a doubled last consonant ("குஜராத்தில்");
     Telugu "-లో" (in), "-కు" and "-కి" (to), "-ని" and "-ను" (the object), "-తో" (with),
     "-నుండి" and "-నుంచి" (from), and "-ానికి", the "to" of a name in "-ం"
     ("విశాఖపట్నానికి"). Longest first. */
  var NAME_CASES = {
    ta: ["ிலிருந்து", "ுக்கு", "க்கு", "ுடன்", "ில்", "ின்", "ால்", "ை"],
    te: ["ానికి", "నుండి", "నుంచి", "లో", "కు", "కి", "ని", "ను", "తో"]
  };
  var nameWords = null;

  /* The words of the names of people and places the filters list, as written: the
     bare forms a case ending may be taken off to reach (see caseless). None before the
     filters are loaded (a search waits for them). */
  function names() {
    if (nameWords) return nameWords;
    if (!totals) return Object.create(null);
    nameWords = Object.create(null);
    ["figure", "place"].forEach(function (name) {
      Object.keys((totals && totals[name]) || {}).forEach(function (value) {
        value.normalize("NFC").split(/[^\p{L}\p{M}\p{N}\u200c\u200d]+/u).forEach(function (word) {
          if (word) nameWords[word.replace(INDIC_JOINER, "")] = true;  // as the query's (see unjoined)
        });
      });
    });
    return nameWords;
  }

  /* What a Tamil or Telugu word may be once its case ending is taken off, leaving
     ``rest``: the rest, and the rest with its last vowel sign or joining letter undone
     ("பாகிஸ்தான" + "்", "சென்னைய" without "ய", "குஜராத்த" without its second "த",
     "தமிழ்நாட்ட" as "தமிழ்நாடு", "பிரான்ச" as "பிரான்ஸ்" (see tamil_with_s of searchindex.py),
     "హైదరాబాదు" as "హైదరాబాద్", "నాయుడి" as "నాయుడు", "విశాఖపట్న" + "ం"). */
  function bareForms(rest) {
    var last = rest.slice(-1);
    var forms = [rest, rest + "\u0bcd", rest + "\u0c02"];
    if ("\u0baf\u0bb5".indexOf(last) >= 0) forms.push(rest.slice(0, -1));  // Tamil's ய, வ
    if (rest.length > 2 && rest.slice(-2, -1) === "\u0bcd" && rest.slice(-3, -2) === last) {
      forms.push(rest.slice(0, -1), rest.slice(0, -2) + "\u0bc1");  // "குஜராத்", and "நாடு" of "நாட்ட"
    }
    if (last === "\u0b9a") forms.push(rest.slice(0, -1) + "\u0bb8\u0bcd");  // "பிரான்ஸ்" of "பிரான்ச"
    if (last === "\u0c41") forms.push(rest.slice(0, -1) + "\u0c4d");  // Telugu's -ు as -్
    if (last === "\u0c3f") forms.push(rest.slice(0, -1) + "\u0c41");  // -డి of a name in -డు
    return forms;
  }

  /* ``word`` of a query asked of the Tamil or Telugu (``language``) index, as the name
     the filters list that it writes with a case ending (see NAME_CASES): "சென்னையில்"
     as "சென்னை", "హైదరాబాద్‌లో" as "హైదరాబాద్", which Pagefind finds written alone and
     in every case, where the word as written found only the pages writing that case
     (and "குஜராத்தில்", taken for a noun in "-ம்", none). Only a name's: a word that
     merely ends so ("వరకు", until) is asked as written, where "వర" found "వరద" (flood)
     too. A word that is a name's as written stays so ("சென்னை"). */
  function caseless(word, language) {
    var ends = NAME_CASES[language];
    var known = names();
    var typed = word.normalize("NFC");
    if (!ends || known[typed]) return null;
    // Tamil doubles the first consonant of the word after "-க்கு" or "-ஐ" on the end of
    // this one ("சென்னைக்குச் சென்றார்"): not the name's.
    if (language === "ta") typed = typed.replace(/([\u0bc1\u0bc8])[\u0b95\u0b9a\u0ba4\u0baa]\u0bcd$/u, "$1");
    for (var i = 0; i < ends.length; i++) {
      var end = ends[i];
      if (typed.length < end.length + 2 || typed.slice(-end.length) !== end) continue;
      var forms = bareForms(typed.slice(0, -end.length));
      for (var j = 0; j < forms.length; j++) {
        if (known[forms[j]]) return forms[j];
      }
    }
    return null;
  }

  /* ``query`` with each Tamil word that ends in a case ending (see NAME_CASES) and that
     no page writes as typed written as the form without it that a page writes alone
     ("மதுரையில்", in Madurai, as "மதுரை"), or null when no word is (or the site has no
     Tamil pages). For a name the filters do not list (see caseless), found only in the
     text: Pagefind found the pages writing the case typed or its stem, not those writing
     another case ("மதுரைக்கு", to Madurai). The search then says it shows the results
     for the words so written, with a link to the words as typed, as for a near spelling
     (see respell): a word is changed only when no page writes it, and the reader is
     told. Each such word costs a search or more, only when the query has one. */
  function uncased(instances, query) {
    var tamilIndex = instances.filter(function (i) { return primary(i.language) === "ta"; })[0];
    var words = query.split(/\s+/);
    if (!tamilIndex || !words.some(function (w) { return bareCandidates(w).length; })) return Promise.resolve(null);
    return Promise.all(words.map(function (word) {
      var candidates = bareCandidates(word);
      if (!candidates.length) return word;
      return pageWrites(tamilIndex, word).then(function (written) {
        if (written) return word;
        return firstWritten(tamilIndex, candidates).then(function (bare) { return bare || word; });
      });
    })).then(function (asked) {
      var plain = asked.join(" ");
      return plain === words.join(" ") ? null : plain;
    });
  }

  /* The forms of a Tamil ``word`` without a case ending (see NAME_CASES and bareForms),
     of two letters or more, longest ending first; none for another word. */
  function bareCandidates(word) {
    var typed = word.normalize("NFC").replace(/([\u0bc1\u0bc8])[\u0b95\u0b9a\u0ba4\u0baa]\u0bcd$/u, "$1");
    if (!/^[\u0b80-\u0bff]+$/.test(typed)) return [];
    var found = [];
    NAME_CASES.ta.forEach(function (end) {
      if (typed.length < end.length + 2 || typed.slice(-end.length) !== end) return;
      bareForms(typed.slice(0, -end.length)).forEach(function (form) {
        if (/^[\u0b80-\u0bff]{2,}$/.test(form) && found.indexOf(form) < 0) found.push(form);
      });
    });
    return found;
  }

  /* The first of ``forms`` that a page of ``instance``'s index writes alone, or null. */
  function firstWritten(instance, forms) {
    if (!forms.length) return Promise.resolve(null);
    return pageWrites(instance, forms[0]).then(function (yes) {
      return yes ? forms[0] : firstWritten(instance, forms.slice(1));
    });
  }

  /* All the words ``page`` (a result's data) gives the index: its text, and the fields
     searched that it does not show there, the words after an elision ("elided") and an
     event's tags ("tags", kept out of the text an excerpt quotes). */
  function givenText(page) {
    var meta = page.meta || {};
    return [page.raw_content || "", meta.elided || "", meta.tags || ""].join(" ");
  }

  /* Whether the best result of ``form`` searched in ``instance``'s index writes it as a
     word of its own (its text, or the words it gives the index), not only a word it
     begins or is the stem of. */
  function pageWrites(instance, form) {
    var whole = function (w) { return w.normalize("NFC").replace(/[^\p{L}\p{M}\p{N}]/gu, ""); };
    var own = whole(form);
    return instance.pagefind.search(form).then(function (answer) {
      var best = answer && answer.results && answer.results[0];
      if (!best) return false;
      return best.data().then(function (page) {
        return givenText(page).split(/[\r\n\s]+/g).some(function (w) { return whole(w) === own; });
      }, function () { return false; });
    });
  }

  /* ``word`` as the Tamil index is asked it: the name the filters list that it writes
     with a case ending (see caseless); else, for a word that ends as a noun in "-ம்" does
     in one of its cases (TAMIL_CASED), the one of it as typed and as that noun
     ("மாவட்டத்தில்" and "மாவட்டம்") that finds more pages alone (not astray, see stray),
     the word as typed when they find as many; else the word as typed. Each finds the
     other's pages too: a page writing the noun in any case gives the index the noun
     (tamil_nominative of searchindex.py), which finds those writing it alone, where the word
     as typed finds only the pages writing it with "-த்த-" ("நினைவகத்தில்" did not find
     "நினைவகம்"); a name in "-த்" is found in any of its cases by the word as typed
     (Pagefind's Tamil stem), where the noun finds only the pages writing one of them
     ("குஜராத்தில்" asked as "குஜராம்" did not find a page writing "குஜராத்" alone). So
     the word as typed first, then the noun, as hebrew does, would have lost the pages of
     the noun whenever one page writes the case typed. */
  function tamil(instance, word) {
    var name = caseless(word, "ta");
    if (name) return Promise.resolve(name);
    var noun = word.replace(TAMIL_CASED, "$1\u0bae\u0bcd");
    if (noun === word) return Promise.resolve(word);
    return Promise.all([word, noun].map(function (form) {
      return instance.pagefind.search(form).then(function (answer) {
        var count = answer && answer.results ? answer.results.length : 0;
        if (!count) return 0;
        return stray(answer, form, 3).then(function (astray) { return astray ? 0 : count; });
      });
    })).then(function (counts) {
      return counts[1] > counts[0] ? noun : word;
    });
  }

  /* A Hebrew word of four letters or more, without points (see unmarked), an
     abbreviation's gershayim or a geresh between its letters ("לצה"ל", "לצה״ל"), as
     ``HEBREW_WORD`` of searchindex.py reads the pages' words. */
  var HEBREW_WORD = /^(?=(?:[^\u05d0-\u05ea]*[\u05d0-\u05ea]){4})[\u05d0-\u05ea]+(?:[\u05f3\u05f4'"][\u05d0-\u05ea]+)*$/;

  /* A Hebrew word (HEBREW_WORD) without each run of those letters at its start, three
     letters or more left, the shortest run first ("בירושלים", "ירושלים" of "ובירושלים"):
     as ``unprefixed`` of searchindex.py, which gives the index these of the pages' words. */
  function unprefixed(word) {
    if (!HEBREW_WORD.test(word)) return [];
    var found = [];
    for (var i = 1; i < Math.min(5, word.length - 2); i++) {
      if (HEBREW_JOINED.test(word.slice(0, i))) found.push(word.slice(i));
    }
    return found;
  }

  /* ``word`` as the Hebrew index (tagged "he", or "iw", Hebrew's old code) is asked it: as
     written if that finds something (not astray, see stray), else the first of
     ``unprefixed`` that does ("ובירושלים" finds a page writing "ירושלים" alone), else as
     written. A form found that begins with the article (ה) is asked without it too, and
     so when that finds something (see bareOfArticle). */
  function hebrew(instance, word) {
    var tries = [word].concat(unprefixed(word));
    if (tries.length === 1) return Promise.resolve(word);
    function next(i) {
      if (i >= tries.length) return Promise.resolve(word);
      return finds(instance, tries[i]).then(function (found) {
        if (!found) return next(i + 1);
        return i > 0 && tries[i + 1] === tries[i].slice(1) && tries[i][0] === "\u05d4"
          ? bareOfArticle(instance, tries[i], tries[i + 1]) : tries[i];
      });
    }
    return next(0);
  }

  /* Whether ``form`` finds something in the index of ``instance`` alone (not astray). */
  function finds(instance, form) {
    return instance.pagefind.search(form).then(function (answer) {
      if (!answer || !answer.results || !answer.results.length) return false;
      return stray(answer, form, 3).then(function (astray) { return !astray; });
    });
  }

  /* ``bare``, ``found`` (a form of a word typed with letters joined before it, which a
     page writes) without its article, when that finds something, else ``found``. Hebrew
     drops the article after "in", "to" and "as" ("בבצה", in the swamp) and keeps it after
     "from" and "that" ("מהבצה", from the swamp), so "מהבצה", written by no page, found
     only the pages writing "הבצה". The bare form finds those too, as every page gives the
     index its words without their joined letters (unprefixed), and Pagefind's results
     and counts for it are those of the two searches merged, without a merge. A word whose
     own first letter is ה ("מהסכם", from an agreement) is then asked as "סכם": a few more
     pages, never fewer. */
  function bareOfArticle(instance, found, bare) {
    return finds(instance, bare).then(function (also) { return also ? bare : found; });
  }

  /* A Korean word with a particle written on its end (Korean writes "the rescuers"
     "구조대가", "from the rescuers" "구조대에서"), at least two syllables left: the word
     without it, and the particle. Pagefind knows no Korean endings and finds a word by its
     start, so "구조대" finds "구조대가" and "구조대는", but "구조대에서" finds neither. */
  var PARTICLE = /^(\p{Script=Hangul}{2,}?)((?:으로서|으로써|에게서|으로|에서|에게|께서|부터|까지|처럼|보다|한테|이나|이랑|하고|로서|로써|은|는|이|가|을|를|의|에|와|과|도|만|로|랑)(?:은|는|도|만|의)?)$/u;

  /* ``word`` as the Korean index is asked it: as written if a page writes it so (the
     best result's words found begin with it), else without its particle (see PARTICLE):
     "구조대에서" finds the pages writing "구조대가", "구조대는" or "구조대". When no word
     of the index begins with the word searched, Pagefind searches the longest one it
     begins with ("구조대", where a page writes it alone), which found those pages only. */
  function korean(instance, word) {
    var bare = PARTICLE.exec(word);
    if (!bare) return Promise.resolve(word);
    return instance.pagefind.search(word).then(function (answer) {
      var best = answer && answer.results && answer.results[0];
      if (!best) return bare[1];
      return best.data().then(function (page) {
        var split = (page.raw_content || "").split(/[\r\n\s]+/g);  // as Pagefind counts the words it locates
        var own = folded(word);
        return (page.locations || []).some(function (at) {
          return folded(split[at] || "").indexOf(own) === 0;
        }) ? word : bare[1];
      }, function () { return word; });
    });
  }

  /* ``query`` as asked of the index of ``instance``: its digits in 0-9, or in the
     page's own where ``instance`` is of its language (see ascii); in every index,
     without Arabic's tatweel and vowel marks (see unmarked) and with
     the letters of spelt respelled (Turkish's dotless ı as i: Pagefind lowers "Ilıcak"
     to "ilıcak" where Turkish has "ılıcak", and "ILICAK" to "ilicak", and a reader of
     another language types "Diyarbakir" for "Diyarbakır": the pages give the index each
     word with ı written with i too, generator/render/searchindex.py); in the Persian
     index, with Persian's letters (see persian); in the Tamil one, a word with a case
     ending as the name it writes so, or as the one of its two forms that finds more (see
     tamil); in the Arabic index, each word
     that JOINED may begin with "and" or "so" and that finds nothing as it is written
     (Pagefind's answer to it alone, without filters, has no result, or only the short
     words of stray) is asked without that letter ("الجسر" for "والجسر"). A word that
     finds something stays as it is: many words begin with those letters ("وزير",
     minister). */
  function unjoined(instance, query) {
    query = unmarked(ascii(query || ""));
    if (primary(instance.language) === primary(document.documentElement.getAttribute("lang"))) {
      query = native(query);
    }
    if (primary(instance.language) === "fa") query = persian(query || "");
    if (primary(instance.language) === "ur") query = urduLetters(query || "");
    if (primary(instance.language) === "ar") query = arabicLetters(query || "");
    if (primary(instance.language) === "ja") query = katakanaRuns(query || "");
    query = spelt(query || "").replace(INDIC_JOINER, "");
    if (primary(instance.language) === "te") {
      query = (query || "").split(/\s+/).map(function (word) {
        return caseless(word, "te") || word;
      }).join(" ");
    }
    var words = (query || "").split(/\s+/);
    if (primary(instance.language) === "ta") {
      return Promise.all(words.map(function (word) { return tamil(instance, word); })).then(function (asked) {
        return asked.join(" ");
      });
    }
    if (["he", "iw"].indexOf(primary(instance.language)) >= 0 && words.some(function (w) { return unprefixed(w).length; })) {
      return Promise.all(words.map(function (word) { return hebrew(instance, word); })).then(function (asked) {
        return asked.join(" ");
      });
    }
    if (primary(instance.language) === "ur" && words.some(function (w) { return aspirates(w).length; })) {
      return Promise.all(words.map(function (word) { return urdu(instance, word); })).then(function (asked) {
        return asked.join(" ");
      });
    }
    if (primary(instance.language) === "ko" && words.some(function (w) { return PARTICLE.test(w); })) {
      return Promise.all(words.map(function (word) { return korean(instance, word); })).then(function (asked) {
        return asked.join(" ");
      });
    }
    if (primary(instance.language) !== "ar" || !words.some(function (w) { return JOINED.test(w); })) {
      return Promise.resolve(query);
    }
    return Promise.all(words.map(function (word) {
      if (!JOINED.test(word)) return word;
      return instance.pagefind.search(word).then(function (answer) {
        if (!answer || !answer.results || !answer.results.length) return word.replace(JOINED, "");
        return stray(answer, word, 3).then(function (astray) {
          return astray ? word.replace(JOINED, "") : word;
        });
      });
    })).then(function (asked) {
      return asked.join(" ");
    });
  }

  /* ``query`` with its digits of another script than 0-9 written 0-9 ("۲۰۱۰" is
     "2010"), as it is asked of the index of every language but the page's own, which
     is asked in the page's digits (``native``: its pages write theirs so, and are found
     with the words marked in their excerpts): the pages that write their numbers in
     other digits than 0-9 (Persian's) give the index their words in 0-9 too
     (generator/render/searchindex.py, OTHER_DIGITS). A script's ten digits follow one
     another in Unicode. */
  function ascii(query) {
    return query.replace(/(?![0-9])\p{Nd}/gu, function (digit) {
      var code = digit.codePointAt(0);
      var zero = code;
      while (/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
      return String((code - zero) % 10);
    });
  }

  /* A zero-width non-joiner or joiner beside a letter of an Indic script (Devanagari to
     Sinhala), which chooses how its letters are drawn ("హైదరాబాద్‌లో"), not which they
     are. Pagefind indexes a page's word without them, and looks a query's up with
     them: "ఎయిర్‌పోర్ట్" found no page writing "ఎయిర్పోర్ట్", nor "బస్‍స్టాండ్" (with a
     joiner) one writing "బస్‌స్టాండ్". */
  var INDIC_JOINER = /(?<=[\u0900-\u0DFF])[\u200C\u200D]|[\u200C\u200D](?=[\u0900-\u0DFF])/g;

  /* Thai's vowel sara am (ำ), which NFKC writes apart (nikhahit and sara aa), whole again
     with its tone mark before it: Pagefind drops the nikhahit, and "ถ้ำ" was asked as
     "ถ้า" ("if"), which finds no page writing "ถ้ำ" (``_THAI_SARA_AM`` of searchindex.py). */
  function thaiSaraAm(apart, toneAfter, toneBefore) {
    return (toneAfter || toneBefore || "") + "\u0E33";
  }

  /* ``query`` as every index is asked it (``spelt_apart`` of
     generator/render/searchindex.py, which a test holds this to): its compatibility
     characters as the characters they stand for (NFKC: "ﬁ" as "fi", full-width "Ｔｏｋｙｏ"
     as "Tokyo"), Turkish's dotless ı as i, German's ß and ẞ as ss, the letters of their own
     of Icelandic (ð as d, þ as th), Danish and Norwegian (ø as o, æ as ae), Polish (ł as
     l) and French (œ as oe) as English writes them, Ukrainian's apostrophe ʼ (U+02BC,
     a letter to Pagefind) as the typographic ’, which Pagefind reads as ' is read, and its Greek words in
     lower case as Greek writes them, with ς at a word's end (Pagefind lowers a query's
     capitals one by one: "ΣΊΣΥΦΟΣ" was asked as "σίσυφοσ", which missed "Σίσυφος").
     Every page gives the index its words so respelled too, and Pagefind folds none of
     them: "Diyarbakir" did not find "Diyarbakır", "strasse" "Straße", "final" "ﬁnal",
     "Thorsmork" "Þórsmörk", "Lodz" "Łódź". */
  function spelt(query) {
    return query.normalize("NFKC").replace(/\u0E4D([\u0E48-\u0E4B]?)\u0E32|([\u0E48-\u0E4B])\u0E4D\u0E32/g, thaiSaraAm)
      .replace(/\u0131/g, "i").replace(/\u00DF/g, "ss").replace(/\u1E9E/g, "SS")
      .replace(/\u00F0/g, "d").replace(/\u00D0/g, "D").replace(/\u00FE/g, "th").replace(/\u00DE/g, "Th")
      .replace(/\u00F8/g, "o").replace(/\u00D8/g, "O").replace(/\u00E6/g, "ae").replace(/\u00C6/g, "Ae")
      .replace(/\u0142/g, "l").replace(/\u0141/g, "L").replace(/\u0153/g, "oe").replace(/\u0152/g, "Oe")
      .replace(/\u02BC/g, "\u2019")
      .replace(/\p{Script=Greek}+/gu, function (word) { return word.toLowerCase(); });
  }

  /* ``query`` with each run of hiragana that the browser's dictionary cuts in pieces in
     katakana: "はやぶさ2" was asked as "は|や|ぶ|さ|2", which found a page only where a word
     began with each, and "ハヤブサ2" is asked as "ハヤブサ|2". Japanese pages give the
     index their hiragana in katakana too (hiragana_endings of
     generator/render/searchindex.py), from any point of a run, as a name stands after a
     verb's ending ("近づいたはやぶさ"). A run the browser keeps whole ("たどる") stays. */
  var HIRAGANA_RUN = /[\u3041-\u3096\u309d\u309e]{2,}/g;
  var japaneseWords = null;
  function katakanaRuns(query) {
    if (typeof Intl.Segmenter === "undefined") return query;
    return query.replace(HIRAGANA_RUN, function (run) {
      japaneseWords = japaneseWords || new Intl.Segmenter("ja", { granularity: "word" });
      if (Array.from(japaneseWords.segment(run)).length < 2) return run;
      return run.replace(/[\u3041-\u3096\u309d\u309e]/g, function (c) {
        return String.fromCharCode(c.charCodeAt(0) + 0x60);
      });
    });
  }

  /* ``query`` with the Arabic letters Persian writes otherwise in Persian's: Yeh (ي, and
     ى) as ی, Kaf (ك) as ک, and Urdu's heh goal (ہ) as the heh (ه) Persian writes. A reader
     whose keyboard is Arabic's or Urdu's types those, and the
     Persian index holds the words as Persian pages write them ("كرمان" is "کرمان"). */
  function persian(query) {
    return query.replace(/[\u064A\u0649]/g, "\u06CC").replace(/\u0643/g, "\u06A9").replace(/\u06C1/g, "\u0647");
  }

  /* ``query`` with the letters Urdu writes otherwise in Urdu's: Yeh and Kaf as Persian's
     (see persian), and Arabic's heh (ه) as Urdu's heh goal (ہ), as a reader on an Arabic
     or Persian keyboard types them ("جلسه" for "جلسہ"). The Urdu pages give the index
     each word written with Arabic's letters so too (``URDU_LETTERS`` of
     generator/render/searchindex.py). */
  function urduLetters(query) {
    return query.replace(/[\u064A\u0649]/g, "\u06CC").replace(/\u0643/g, "\u06A9").replace(/\u0647/g, "\u06C1");
  }

  /* ``query`` with the letters a Persian or Urdu keyboard types for Arabic's in
     Arabic's, as the Arabic index holds its pages' words: Persian's Yeh (ی) as Yeh (ي),
     Keheh (ک) as Kaf (ك), Urdu's heh goal (ہ) and heh doachashmee (ھ) as heh (ه), and its
     ta marbuta goal (ۃ) as ta marbuta (ة): "کتاب" found no page writing "كتاب". None of
     them is a letter of Arabic, so no Arabic word typed in Arabic's changes; a word's
     heh is not made its ta marbuta ("كتابه", his book, is not "كتابة", writing): Pagefind's
     Arabic stemming takes either off a word's end, and finds "المدرسة" for "مدرسہ". A
     page that writes the Persian letters gives the index its words so respelled
     (``RESPELT`` of generator/render/searchindex.py, which a test holds this to). */
  function arabicLetters(query) {
    return query.replace(/\u06CC/g, "\u064A").replace(/\u06A9/g, "\u0643").replace(/[\u06C1\u06BE]/g, "\u0647")
      .replace(/\u06C3/g, "\u0629");
  }

  /* The places in ``word`` (Urdu) of a heh (ہ or ھ) that may stand for the other: after
     a letter Urdu aspirates (ب پ ت ٹ ج چ د ڈ ر ڑ ک گ ل م ن), not at the word's end, where
     Urdu writes the heh doachashmee (ھ) of "بھارت" only. At most three. */
  function aspirates(word) {
    var found = [];
    for (var i = 1; i < word.length - 1 && found.length < 3; i++) {
      if (/[\u06C1\u06BE]/.test(word[i]) && /[\u0628\u067E\u062A\u0679\u062C\u0686\u062F\u0688\u0631\u0691\u06A9\u06AF\u0644\u0645\u0646]/.test(word[i - 1])) {
        found.push(i);
      }
    }
    return found;
  }

  /* Whether the best result of ``answer`` writes a word that begins with ``word``, in
     its text or in the words it gives the index (givenText): when no word of
     the index begins with the word searched, Pagefind answers with the longest one it
     begins with ("بہار", spring, for "بہارت"), which is no sign that it is written. */
  function writes(answer, word) {
    var best = answer && answer.results && answer.results[0];
    if (!best) return Promise.resolve(false);
    var own = folded(word);
    return best.data().then(function (page) {
      return givenText(page).split(/[\r\n\s]+/g).some(function (w) { return folded(w).indexOf(own) === 0; });
    }, function () { return false; });
  }

  /* ``word`` as the Urdu index is asked it: as typed if a page writes it so (see
     writes), else the first of it with one heh or more of ``aspirates`` written as the
     other (ہ as ھ, ھ as ہ) that a page writes, else as typed. A reader whose keyboard has
     no heh doachashmee types the aspirate of "بھارت" (India) with the heh it has
     ("بہارت", or "بهارت", which urduLetters writes so), and Pagefind found no page. The
     pages are not given the index such words with the other heh: "بہار" (spring) would
     then have found "بھارت" too, as the start of "بہارت". */
  function urdu(instance, word) {
    var places = aspirates(word);
    var tries = [word];
    for (var mask = 1; mask < (1 << places.length); mask++) {
      var chars = word.split("");
      places.forEach(function (at, i) {
        if (mask & (1 << i)) chars[at] = chars[at] === "\u06C1" ? "\u06BE" : "\u06C1";
      });
      tries.push(chars.join(""));
    }
    function next(i) {
      if (i >= tries.length) return Promise.resolve(word);
      return instance.pagefind.search(tries[i]).then(function (answer) {
        return writes(answer, tries[i]).then(function (written) {
          return written ? tries[i] : next(i + 1);
        });
      });
    }
    return tries.length > 1 ? next(0) : Promise.resolve(word);
  }

  /* A word as the words of a query and a page are compared below: in lower case, without
     accents, diacritics or punctuation ("«À" is "a", "بِشْكِيك" is "بشكيك", Hebrew's points
     too), nor Arabic's tatweel, a letter to \p{L} ("تهـران" is "تهران": a name written
     with it was two letters from "هتران", and no near spelling of it). */
  function folded(word) {
    return word.replace(/&lt;/g, "<").replace(/&gt;/g, ">").toLowerCase().normalize("NFD")
      .replace(/[^\p{L}\p{N}]|\u0640/gu, "");
  }

  /* Whether ``answer`` is one Pagefind made from a short word, of at most ``most``
     letters (3 in the index of a language other than the page's, 1 in the page's own:
     see ask), of an index that lacks the words: when no word of
     a language's index begins with a word searched for, Pagefind
     searches the longest word of that index the searched one begins with (Pagefind
     #793), so "unrest" found the French pages holding "un", and "legal" those with
     "le", among the real results of the other languages, often above them. Its best
     result tells: every word it matched has one to three letters, the first one or two
     of a searched word of four or more ("un" of "unrest", "des" of "democracy"). A
     word sharing three letters or more may be Pagefind's guess at a word mistyped
     ("otunbayeva" for "otunbayevaa"), and one sharing none its stem in a language
     whose stemmer takes off beginnings (Arabic's "عنف" for "بالعنف"): both stay.
     Text written without spaces (Chinese) is not judged. The best result is one of
     those shown, so its file is fetched once (Pagefind keeps it). */
  function stray(answer, query, most) {
    var words = (query || "").split(/\s+/).map(folded).filter(function (w) { return w.length >= 4; });
    var best = answer && answer.results && answer.results[0];
    if (!words.length || !best) return Promise.resolve(false);
    return best.data().then(function (page) {
      var text = page.raw_content || "";
      if (!page.locations || !page.locations.length || text.indexOf("\u200B") >= 0) return false;
      var split = text.split(/[\r\n\s]+/g);  // as Pagefind counts the words it locates
      return page.locations.every(function (at) {
        var word = folded(split[at] || "");
        return word.length >= 1 && word.length <= most && words.every(function (w) {
          var shared = 0;
          while (shared < word.length && word[shared] === w[shared]) shared++;
          return shared >= 1 && shared <= 2;
        });
      });
    }, function () { return false; });
  }

  /* The words of ``query``, one of several that ``answer`` (from the index of a language
     other than the page's) found, that its best result holds only as a short word they
     begin with (see stray): "avril" of "avril 2010", found in the English pages through
     "A", "laoghaire" and "dun" of "Dún Laoghaire" in the French pages through "la" and
     "du". Each word of three letters or more whose matches in that result, the words
     sharing its first letter, all have one to three letters and share one or two of
     its own. A query with a phrase in quotes is left as it is. */
  function missing(answer, query) {
    var tokens = (query || "").split(/\s+/).filter(Boolean);
    var best = answer && answer.results && answer.results[0];
    if (tokens.length < 2 || query.indexOf('"') >= 0 || !best) return Promise.resolve([]);
    return best.data().then(function (page) {
      var text = page.raw_content || "";
      if (!page.locations || !page.locations.length || text.indexOf("\u200B") >= 0) return [];
      var split = text.split(/[\r\n\s]+/g);  // as Pagefind counts the words it locates
      var found = page.locations.map(function (at) { return folded(split[at] || ""); });
      return tokens.filter(function (token) {
        var w = folded(token);
        if (w.length < 3) return false;
        var near = found.filter(function (word) { return shared(word, w) >= 1; });
        return near.length > 0 && near.every(function (word) {
          return word.length <= 3 && shared(word, w) <= 2;
        });
      });
    }, function () { return []; });
  }

  /* How many first letters ``a`` and ``b`` share. */
  function shared(a, b) {
    var n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  }

  /* The filters' counts in answers from ask (``which``: "filters" or "totalFilters"),
     summed over the languages. */
  function countsIn(answers, which) {
    return sum(answers.map(function (a) { return a.answer && a.answer[which]; }));
  }

  /* How many results each choice would leave, the words and the other filters chosen
     staying as they are. Pagefind counts every filter's values among the results of the
     search it ran ("filters"): right for a filter not chosen, whose choice would join the
     others. A chosen filter's choice would replace its value: alone, its choices are
     counted among the results of the words ("totalFilters"), or with no words in the
     whole index. These all come with the search's own answers (``answers``); a filter
     chosen beside others needs a search of its own (see countApart), and is left out. */
  function countsAnswered(query, filters, answers) {
    var counts = countsIn(answers, "filters");
    var chosen = Object.keys(filters);
    if (chosen.length === 1) {
      counts[chosen[0]] = query ? countsIn(answers, "totalFilters")[chosen[0]] : (totals && totals[chosen[0]]) || {};
    }
    return counts;
  }

  /* The filters whose choices need a search of their own to be counted: each one chosen
     beside others. (Only these: on a large site Pagefind takes a while to count.) */
  function apart(filters) {
    var chosen = Object.keys(filters);
    return chosen.length > 1 ? chosen : [];
  }

  /* The counts of the choices of ``name``, a filter chosen beside others ({name: {...}}):
     the words and the others searched without it. */
  function countApart(instances, query, filters, name) {
    var others = {};
    Object.keys(filters).forEach(function (other) { if (other !== name) others[other] = filters[other]; });
    return ask(instances, query, others).then(function (answers) {
      var counts = {};
      counts[name] = countsIn(answers, "filters")[name];
      return counts;
    });
  }

  /* The query and filters in the address. A search the reader asked for (Enter, a
     filter) keeps its history entry: the first change after it adds one, so Back returns
     to it; while typing, that new entry follows the words. The search arrived with keeps
     the entry it came in (its address tidied in place). */
  var asked = null;  // none yet: the search the reader arrives with takes its entry's place
  var onPage = null;  // the address of the search on the page
  function remember(query, filters, done) {
    var params = new URLSearchParams();
    if (query) params.set("q", query);
    Object.keys(filters).forEach(function (name) { params.set(name, filters[name]); });
    if (asTyped && query) params.set("as", "typed");
    var address = params.toString() ? "?" + params.toString() : "";
    if (address !== window.location.search) {
      var how = window.location.search === asked ? "pushState" : "replaceState";
      window.history[how](null, "", address || window.location.pathname);
    }
    if (done) asked = address;
    onPage = address;
  }

  /* The page's title names the search on it ("Otunbayeva · Bishkek · Search · ..."):
     it is what a screen reader says first of a page loaded again, what the history list
     of Back and Forward shows for each entry, and a tab's name; every search had the
     same one. */
  var untitled = document.title;
  function entitle(query, filters) {
    var parts = query ? [query] : [];
    FILTERS.forEach(function (name) { if (filters[name]) parts.push(filters[name]); });
    parts.push(untitled);
    document.title = parts.join(" · ");
  }

  function search(done, back) {
    window.clearTimeout(timer);
    var query = input.value.trim();
    var filters = chosenFilters();
    var mine = ++generation;
    searched = unelided(query).split(/\s+/).map(folded).filter(function (w) { return w.length >= 3; });
    remember(query, filters, done === true);
    entitle(query, filters);
    noteRespelt(null);
    if (!query && !Object.keys(filters).length) {
      if (totals) label(totals, FILTERS);
      busy(FILTERS, false);
      results = [];
      shown = 0;
      emptied();
      more.parentNode.hidden = true;
      status.textContent = "";
      return;
    }
    say("loading", 0);
    busy(FILTERS, true);
    // Pagefind counts a search's filters from the filter chunks its worker holds, and a
    // search loads only those of the filters chosen: the search waits for the choices,
    // which load them all, or its counts would miss the chunks still on their way.
    var respelt = null;
    fillFilters().catch(function () { return null; }).then(load).then(function (instances) {
      return ask(instances, query, filters).then(function (answers) {
        // Nothing found, or a word near a name found nothing alone: asked again with near
        // spellings of its words (see respell and unfound). First, a Tamil word no page
        // writes without the case ending it was typed with (see uncased).
        if (mine !== generation || !query || asTyped || !status.hasAttribute("data-respelt")) return answers;
        var bare = uncased(instances, query);
        return bare.then(function (plain) {
          if (!plain || mine !== generation) return null;
          return ask(instances, plain, filters).then(function (again) {
            if (!anyFound(again)) return null;
            respelt = plain;
            return again;
          });
        }).then(function (again) {
          if (again) return again;
          var words = anyFound(answers) ? unfound(instances, query, filters) : Promise.resolve(null);
          return nearSpelt(words);
        });
        function nearSpelt(words) { return words.then(function (only) {
          var near = !only || only.length ? respell(query, only) : null;
          if (!near || mine !== generation) return answers;
          return ask(instances, near, filters).then(function (again) {
            if (!anyFound(again)) return answers;
            respelt = near;
            return again;
          });
        }); }
      }).then(function (answers) {
        if (mine !== generation) return null;
        var asked = respelt || query;
        if (respelt) searched = unelided(respelt).split(/\s+/).map(folded).filter(function (w) { return w.length >= 3; });
        noteRespelt(respelt, query, filters);
        var pending = apart(filters);
        counted(countsAnswered(asked, filters, answers), FILTERS.filter(function (name) {
          return pending.indexOf(name) < 0;
        }));
        return show(answers, mine).then(function (done) {
          return done !== null && back ? resume(back, mine) : done;
        }).then(function (done) {
          if (done !== null) countLater(instances, asked, filters, pending, mine);
          return done;
        });
      });
    }).then(function (done) {
      if (done === null || mine !== generation) return;
      if (results.length) say("found", results.length);
      else say("none", 0);
      if (respelt) {
        var note = (status.getAttribute("data-respelt") || "").replace("{words}", function () {
          return respelt;  // as asked, "$&" and all (see noteRespelt)
        });
        // Japanese and Chinese put no space after a sentence's full stop ("。").
        status.textContent = note + (/[\u3002\uff01\uff1f]$/.test(note) ? "" : " ") + status.textContent;
      }
    }).catch(function () {
      if (mine !== generation) return;
      say("failed", 0);
      busy(FILTERS, false);
    });
  }

  /* The counts of the filters ``pending``, each by a search of its own, asked only once
     the results are shown: at 10,000 events these searches took the results from 1.1 s
     to 1.7 s when the results waited for them, and asked sooner they would hold up
     Pagefind's worker, which also loads the results' pages. Each list is labelled when
     its search answers, unless the reader has searched again since (``mine``): an answer
     to an older search never replaces the counts of a newer one. */
  function countLater(instances, query, filters, pending, mine) {
    pending.forEach(function (name) {
      countApart(instances, query, filters, name).then(function (counts) {
        if (mine === generation) counted(counts, [name]);
      }, function () {
        if (mine === generation) busy([name], false);
      });
    });
  }

  /* The results in Pagefind's answers, from every language: the page's own language's
     first, the best of them first, then the other languages', the best first. A story and
     its translation have the same names, so a French reader searching "Georgelin" met the
     French and English events side by side, in the order of scores no index weighs
     against another's; the page's language is the one its reader chose (the story's
     search box led there); the others follow, in a list of their own under "In other
     languages" (search.html), behind "Show more" when its own are many. */
  function show(answers, mine) {
    var own = primary(document.documentElement.getAttribute("lang"));
    var found = [];
    answers.forEach(function (a) {
      if (!a.answer || !a.answer.results) return;
      found = found.concat(a.answer.results.map(function (r) { return { language: a.language, result: r }; }));
    });
    var foreign = function (r) { return primary(r.language) === own ? 0 : 1; };
    results = found.sort(function (a, b) {
      return foreign(a) - foreign(b) || (b.result.score || 0) - (a.result.score || 0);
    });
    shown = 0;
    emptied();
    return showMore(mine, false);
  }

  /* The lists of results emptied, and hidden: no empty list for a screen reader. */
  function emptied() {
    list.textContent = "";
    list.hidden = true;
    if (!others) return;
    others.textContent = "";
    others.hidden = othersHeading.hidden = true;
  }

  /* The list a result in ``language`` goes in: the page's own language's, or the one
     under "In other languages". */
  function listFor(language) {
    var own = primary(document.documentElement.getAttribute("lang"));
    return others && primary(language) !== own ? others : list;
  }

  /* The results' links, in the order they are listed (both lists). */
  function resultLinks() {
    var found = Array.prototype.slice.call(list.querySelectorAll("h2 a"));
    return others ? found.concat(Array.prototype.slice.call(others.querySelectorAll("h2 a"))) : found;
  }

  /* The next results, each loaded as it is shown (Pagefind fetches one small file each). */
  function showMore(mine, focus) {
    var next = results.slice(shown, shown + PAGE);
    shown += next.length;
    return Promise.all(next.map(function (r) { return r.result.data(); })).then(function (data) {
      if (mine !== generation) return null;
      var first = null;
      data.forEach(function (page, i) {
        var item = entry(page, next[i].language);
        if (!first) first = item.querySelector("a");
        listFor(next[i].language).appendChild(item);
      });
      // The lists and "Show more" are hidden while empty: no empty list for a screen reader.
      list.hidden = !list.children.length;
      if (others) others.hidden = othersHeading.hidden = !others.children.length;
      more.parentNode.hidden = shown >= results.length;
      if (focus && first) first.focus();
      keep();
      return true;
    });
  }

  /* Where the reader was in the results of this history entry: how many were shown
     ("Show more" included) and how far down the page. A browser that did not keep the
     page whole loads it again on Back from a result, and its own scroll restoration then
     comes before the results, onto an empty list, so the reader landed at the top with
     the first ten. The page keeps both in the entry's state and puts them back itself
     (``resume``), once the results are there; and the result a reader of the keyboard
     had reached (the focus they see), who was sent back to the top of the page, with
     every link before it to pass again. */
  if ("scrollRestoration" in window.history) window.history.scrollRestoration = "manual";
  var keeping = 0;
  function keep() {
    window.clearTimeout(keeping);
    keeping = 0;
    var links = resultLinks();
    var active = document.activeElement;
    var seen = active && links.indexOf(active) >= 0 && focusVisible(active);
    try {
      window.history.replaceState(
        { shown: shown, scroll: window.scrollY, focus: seen ? links.indexOf(active) : -1 },
        "", window.location.href);
    } catch (e) {
      /* Safari refuses more than 100 changes of the history in 30 seconds: the place
         kept is then the last one it took, which is no reason to fail the search. */
    }
  }

  /* Whether the focus on ``element`` is shown (a keyboard's): browsers without
     ":focus-visible" (Safari before 15.4) throw on it, and then say no. */
  function focusVisible(element) {
    try {
      return element.matches(":focus-visible");
    } catch (e) {
      return false;
    }
  }

  /* The results shown and the scroll of ``back`` (a state kept by ``keep``) put back. */
  function resume(back, mine) {
    if (mine !== generation) return Promise.resolve(null);
    if (shown < back.shown && shown < results.length) {
      return showMore(mine, false).then(function (done) {
        return done === null ? null : resume(back, mine);
      });
    }
    var link = back.focus >= 0 ? resultLinks()[back.focus] : null;
    if (link) link.focus({ preventScroll: true });
    window.scrollTo(0, back.scroll);
    return Promise.resolve(true);
  }

  /* The title and excerpt of a page in another language than this one's say so (lang),
     so that screen readers speak them, and browsers hyphenate them, in their language;
     and each is in that language's direction (``isolated``). */
  function inLanguage(element, language) {
    if (language !== document.documentElement.getAttribute("lang")) {
      element.setAttribute("lang", language);
      element.setAttribute("dir", isolated(language));
    }
    return element;
  }

  /* The dir of a text in ``language`` set apart on this page, as the build writes it
     (languages.isolated_direction): the language's own where it or the page is right to
     left ("auto" took the first letter's: an Arabic title opening with "BBC" was laid out
     left to right, and a span of years, "2011–2012", drawn with 2011 on the left of an
     Arabic page), else "auto". The right-to-left languages are the build's list (data-rtl). */
  var RIGHT_TO_LEFT = list.hasAttribute("data-rtl") ? list.getAttribute("data-rtl").split(" ") : null;
  function isolated(language) {
    if (!RIGHT_TO_LEFT) return "auto"; // a theme's search page made before the list
    var own = RIGHT_TO_LEFT.indexOf(primary(language)) >= 0 ? "rtl" : "ltr";
    return own === "rtl" || document.documentElement.getAttribute("dir") === "rtl" ? own : "auto";
  }

  function entry(page, language) {
    var item = document.createElement("li");
    var heading = inLanguage(document.createElement("h2"), language);
    var link = document.createElement("a");
    link.href = page.url;
    link.textContent = (page.meta && page.meta.title) || page.url;
    heading.appendChild(link);
    item.appendChild(heading);
    var kind = /\/events\//.test(page.url) ? "event" : /\/figures\//.test(page.url) ? "figure" : "place";
    var via = document.createElement("p");
    via.className = "via";
    // The story's name is the page's story filter: as a meta field, Pagefind would index
    // it as words, and every page of a story would match any word of its title.
    var story = page.filters && page.filters.story && page.filters.story[0];
    [list.getAttribute("data-" + kind), page.meta && page.meta.date, story].filter(Boolean)
      .forEach(function (part, i) {
        if (i) via.appendChild(document.createTextNode(" · "));
        // Each part isolated in its own direction: an Arabic date or title beside the
        // page's words must not carry its neighbours along.
        var piece = document.createElement("bdi");
        piece.textContent = part;
        // The date and the story's name are the result's, in its language's direction
        // even on a page in that language: a <bdi> is "auto" unless told.
        if (i && isolated(language) !== "auto") piece.setAttribute("dir", isolated(language));
        via.appendChild(i ? inLanguage(piece, language) : piece);
      });
    item.appendChild(via);
    var excerpt = inLanguage(document.createElement("p"), language);
    appendExcerpt(excerpt, page.excerpt || "", language);
    item.appendChild(excerpt);
    return item;
  }

  /* Pagefind's excerpt is the page's text, escaped, with the words found in <mark>:
     copied as text and <mark> elements only, whatever it holds. Pagefind ends each block
     of the text without a full stop of its own (a headline, a date) with ". ": after
     Chinese or Japanese, on a page in one of them (``language``), that is their full
     stop, with no space ("襲う。午後", not "襲う. 午後"); an English page's headline
     that ends with a Japanese name keeps its ". ". On a Hindi page, one after a Devanagari
     word, or after a number before Devanagari (a date's year), is Hindi's danda:
     "टकराई। शालीमार", "सलाह दी। एस. जयशंकर", "2023। सीबीआई", not "टकराई. शालीमार"; an
     abbreviation's or an initial's stays ("डॉ. मनमोहन", "एम.एस. राव": HINDI_ABBREVIATIONS). On an Urdu page, one after a letter of the
     Arabic script, or after a number before one (a date's year), is Urdu's full stop:
     "ٹکرایا۔ طیارہ", "2020۔ طیارہ", not "ٹکرایا. طیارہ". On an Armenian page, one after an
     Armenian word of three letters or more, or after a number before one (a date's time),
     is Armenian's full stop: "Սպիտակը։ Տեղական", "11:41։ Երկրաշարժը", not "Սպիտակը. "
     ('.' is Armenian's colon); an abbreviation's stays ("1988 թ. դեկտեմբերի", "պրոֆ."). */
  function appendExcerpt(target, html, language) {
    var template = document.createElement("template");
    var before = "";
    var lastWord = "";
    var recent = "";  // the excerpt's last characters before this piece
    var wide = primary(language) === "zh" || primary(language) === "ja";
    var own = OWN_FULL_STOPS[primary(language)];
    var pieces = [];
    template.innerHTML = html;
    // The excerpt's whole text, to read what follows a dot that ends a piece: the word
    // found after a date ("2023. <mark>सुरंग</mark>") is in a piece of its own.
    var nodes = Array.prototype.slice.call(template.content.childNodes);
    var all = nodes.map(function (node) { return node.textContent || ""; }).join("");
    var offset = 0;
    nodes.forEach(function (node) {
      var whole = node.textContent || "";
      var text = whole.replace(/\. ?/g, function (stop, at) {
        var previous = at ? whole.charAt(at - 1) : before;
        if (wide && WIDE.test(previous)) return "\u3002";
        // A date's time ends its block too ("2014年12月3日 13:22. H-IIAロケット"): a number
        // after Chinese or Japanese is theirs, as a number in an English sentence is not.
        if (wide && stop === ". " && WIDE_THEN_NUMBER.test(recent + whole.slice(0, at))) return "\u3002";
        // Pagefind marks a word found with the dot after it ("<mark>Սպիտակը.</mark> Տեղական"):
        // where the script says so, a dot that ends a piece of the excerpt is one before a space.
        if (!own || (stop.length !== 2 && !(own.pieceEnd && at === whole.length - 1))) return stop;
        // A word of few letters before the dot is an abbreviation, whose dot the language
        // writes as English does: "डॉ. मनमोहन" (Dr.), "1947 ई." (AD), "պրոֆ.".
        // So is one of dotted letters ("एम.एस. राव"), whatever its length.
        var word = (lastWord + whole.slice(0, at)).split(/\s/).pop();
        var sentence = own.letter.test(previous) &&
          (word.match(own.letters) || []).length >= own.least &&
          word.indexOf(".") < 0 &&
          own.abbreviations.indexOf(word.toLowerCase()) < 0;
        var numbered = /[0-9]/.test(previous) && own.letter.test(all.charAt(offset + at + 2));
        return sentence || numbered ? own.stop + stop.slice(1) : stop;
      });
      before = text.slice(-1) || before;
      recent = (recent + whole).slice(-24);
      lastWord = (lastWord + whole).split(/\s/).pop();
      pieces.push({ text: text, marked: node.nodeName === "MARK" });
      offset += whole.length;
    });
    appendIsolated(target, pieces, language);
  }

  /* The pieces of an excerpt (its text, and whether Pagefind marked it), with each run of
     words in the other direction than the result's set apart in a <bdi> of that
     direction: an English phrase or a Latin unit in an Arabic result ("«2 steps forward
     for peace»", "40 km"), an Arabic or Hebrew one in a result written left to right.
     Pagefind's excerpt runs a page's blocks into one line, in the result's direction,
     where a number before English words was taken for Arabic's and drawn after them
     ("steps forward for peace 2«", "km 40"). A run starts at a letter of its direction
     (or a number before one) and ends at one (or a number), so the quotation marks and
     stops around it stay the result's. A mark it crosses is cut in two at its edge. Text
     only, as before: the <bdi> and <mark> elements are made here, never from the
     excerpt's HTML. */
  function appendIsolated(target, pieces, language) {
    var rtl = RIGHT_TO_LEFT ? RIGHT_TO_LEFT.indexOf(primary(language)) >= 0
      : document.documentElement.getAttribute("dir") === "rtl";
    var whole = pieces.map(function (piece) { return piece.text; }).join("");
    var runs = [];
    whole.replace(rtl ? LEFT_TO_RIGHT_RUN : RIGHT_TO_LEFT_RUN, function (run, offset) {
      runs.push([offset, offset + run.length]);
      return run;
    });
    var offset = 0, run = 0, box = null, boxed = -1;
    pieces.forEach(function (piece) {
      var from = 0, length = piece.text.length;
      while (from < length) {
        while (run < runs.length && runs[run][1] <= offset + from) run++;
        var inside = run < runs.length && runs[run][0] <= offset + from;
        var to = run < runs.length ? Math.min(length, runs[run][inside ? 1 : 0] - offset) : length;
        if (inside && boxed !== run) {
          box = document.createElement("bdi");
          box.setAttribute("dir", rtl ? "ltr" : "rtl");
          target.appendChild(box);
          boxed = run;
        }
        var part = piece.text.slice(from, to);
        // Of a mark cut in two, a part of no letter or number ("»" of "peace»") is left
        // unmarked: highlighted on its own, away from its word.
        var marked = piece.marked && (part.length === length || /[\p{L}\p{N}]/u.test(part));
        appendPiece(inside ? box : target, part, marked);
        from = to;
      }
      offset += length;
    });
  }

  function appendPiece(target, text, marked) {
    if (!text) return;
    if (marked) {
      var mark = document.createElement("mark");
      mark.textContent = text;
      target.appendChild(mark);
    } else {
      appendElided(target, text);
    }
  }

  /* The folded words of the search on the page, without their elisions, of three
     letters or more: those a word written after an elision in an excerpt is marked for. */
  var searched = [];

  /* ``text`` of an excerpt, with each word written after an elision that begins with a
     word searched marked ("l’ordre" for "ordre" or "l'ordre"): Pagefind found the page
     through the words it gives the index after an elision (a field of its own, see
     unelided), and marks only the words of its text, where "l’ordre" is one word,
     "lordre", so the excerpt showed no word of the reader's. */
  function appendElided(target, text) {
    var at = 0;
    text.replace(ELIDED_WORD, function (whole, before, word, after, offset) {
      var bare = folded(after);
      if (!searched.some(function (w) { return bare.indexOf(w) === 0; })) return whole;
      var start = offset + before.length;
      target.appendChild(document.createTextNode(text.slice(at, start)));
      var mark = document.createElement("mark");
      mark.textContent = word;
      target.appendChild(mark);
      at = start + word.length;
      return whole;
    });
    target.appendChild(document.createTextNode(text.slice(at)));
  }
  var ELIDED_WORD = new RegExp("(^|[^\\p{L}\\p{N}_])((?:" + ELIDED + ")['\\u2019\\u02BC]([\\p{L}\\p{N}_]{3,}))", "giu");
  /* Runs of words written in one direction inside a result written in the other
     (appendIsolated): from a letter of that direction, or a number and spaces before one,
     through its letters, numbers, marks, spaces and the punctuation inside a phrase
     ("U.S.", "don't", "Jean-Luc", "3:0", "45%"), to its last letter or number. Not through
     quotation marks or brackets, which are the result's: "«Hello», «World»" is two. The
     right-to-left letters are those of the scripts of RIGHT_TO_LEFT's languages. */
  var RTL_LETTER = "\\p{Script=Arabic}\\p{Script=Hebrew}\\p{Script=Syriac}\\p{Script=Thaana}\\p{Script=Nko}";
  var RTL_LETTER_ALONE = new RegExp("[" + RTL_LETTER + "]", "u");
  var INSIDE_A_PHRASE = "\\p{M}\\p{N}\\s.,:;'\\u2019&/%+#@_\\u2010-\\u2014-";
  var LEFT_TO_RIGHT_RUN = new RegExp("(?:\\p{N}(?:[\\p{N}.,:/%\\u2013-]*\\p{N})?\\s*)?(?:(?![" + RTL_LETTER + "])\\p{L})" +
    "(?:(?:(?![" + RTL_LETTER + "])[\\p{L}" + INSIDE_A_PHRASE + "])*(?:(?![" + RTL_LETTER + "])\\p{L}|\\p{N}))?", "gu");
  var RIGHT_TO_LEFT_RUN = new RegExp("(?:\\p{N}(?:[\\p{N}.,:/%\\u2013-]*\\p{N})?\\s*)?[" + RTL_LETTER + "]" +
    "(?:[" + RTL_LETTER + INSIDE_A_PHRASE + "\\u060c\\u061b]*[" + RTL_LETTER + "\\p{N}])?", "gu");
  /* A character of Chinese or Japanese: kana, a Han character, or their punctuation. */
  var WIDE = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60]/;
  /* A number (a time, "13:22"; a day, "3日") after a Chinese or Japanese character and a
     space at most, at the end of the text before a dot. */
  var WIDE_THEN_NUMBER = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60]\s?[0-9][0-9:.,]*$/;
  /* A letter of the Arabic script, as Urdu writes it (not its digits or punctuation). */
  var ARABIC_LETTER = /[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]/;
  /* A letter or sign of Devanagari (Hindi), but its danda and its digits. */
  var DEVANAGARI = /[\u0900-\u0963\u0971-\u097f]/;
  /* Devanagari's letters, not its signs: its independent vowels and consonants. */
  var DEVANAGARI_LETTERS = /[\u0904-\u0939\u0958-\u0961\u0972-\u097f]/g;
  /* The words Hindi news writes with a dot that is no full stop: the Latin letters' names,
     as initials ("एस. जयशंकर"), and the abbreviations of Dr, Prof, Mr, Mohd, late, AD and BC,
     page, edition, rupees, Ltd, Pvt, number, district. A sentence's or a headline's last
     word is as often of one or two letters ("सलाह दी", "बंद है", "सुबह 5:30 बजे"): the
     length of a word does not tell them apart, as it does in Armenian. */
  var HINDI_ABBREVIATIONS = [
    "ए", "बी", "सी", "डी", "ई", "एफ", "जी", "एच", "आई", "जे", "के", "एल", "एम", "एन", "ओ",
    "पी", "क्यू", "आर", "एस", "टी", "यू", "वी", "डब्ल्यू", "एक्स", "वाई", "जेड", "ज़ेड", "\u095bेड",
    "डॉ", "प्रो", "मि", "मो", "स्व", "पू", "पृ", "सं", "रु", "लि", "प्रा", "नं", "क्र", "जि"
  ];
  /* A letter of the Armenian script; its letters, counted; the abbreviations of three
     letters or more Armenian news writes with a dot (Mr, Mrs, Dr, Prof, million, billion,
     thousand, avenue, street). */
  var ARMENIAN_LETTER = /[\u0531-\u0556\u0561-\u0587]/;
  var ARMENIAN_LETTERS = /[\u0531-\u0556\u0561-\u0587]/g;
  var ARMENIAN_ABBREVIATIONS = ["պրն", "տկն", "դոկտ", "պրոֆ", "մլն", "մլրդ", "հազ", "պող", "փող"];
  /* The languages whose full stop is their own, for appendExcerpt: the stop; a letter (or
     sign) of the script, after which the dot is the stop; the script's letters, of which the
     word before it needs ``least`` (fewer: an abbreviation); its abbreviations of more;
     whether a dot that ends a piece of the excerpt counts. */
  var OWN_FULL_STOPS = {
    hi: { stop: "\u0964", letter: DEVANAGARI, letters: DEVANAGARI_LETTERS, least: 1,
          abbreviations: HINDI_ABBREVIATIONS, pieceEnd: true },
    ur: { stop: "\u06d4", letter: ARABIC_LETTER, letters: ARABIC_LETTER, least: 0, abbreviations: [], pieceEnd: false },
    hy: { stop: "\u0589", letter: ARMENIAN_LETTER, letters: ARMENIAN_LETTERS, least: 3,
          abbreviations: ARMENIAN_ABBREVIATIONS, pieceEnd: true }
  };

  function later() {
    asTyped = false;  // new words: respelled again, if they find nothing
    window.clearTimeout(timer);
    timer = window.setTimeout(search, 250);
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    search(true);
  });
  input.addEventListener("input", later);
  /* A filter chosen is a search asked for; but the arrow keys step through a list's
     choices one "change" at a time, and each step taking a history entry of its own made
     Back step through them all. The choices stepped through share one entry, which is
     settled (the next change adds one) when the list loses focus or a second after the
     last step. */
  var settling = null;
  function settle() {
    window.clearTimeout(settling);
    settling = null;
    asked = onPage;
  }
  FILTERS.forEach(function (name) {
    var select = form.elements[name];
    select.addEventListener("change", function () {
      search(false);
      window.clearTimeout(settling);
      settling = window.setTimeout(settle, 1000);
    });
    select.addEventListener("blur", function () { if (settling !== null) settle(); });
  });
  // The first use of the form loads the search code and the filters' choices.
  form.addEventListener("focusin", function () {
    fillFilters().catch(function () { say("failed", 0); });
  });
  more.addEventListener("click", function () {
    showMore(generation, true);
  });
  // Kept as the reader scrolls (a moment after, so as not to write at every step) and as
  // the page is left, whichever way.
  window.addEventListener("scroll", function () {
    window.clearTimeout(keeping);
    keeping = window.setTimeout(keep, 200);
  }, { passive: true });
  window.addEventListener("pagehide", keep);

  /* ``value`` chosen in ``select``, even if the search before disabled it (see label). */
  function choose(select, value) {
    select.value = value;
    if (select.selectedIndex >= 0) select.options[select.selectedIndex].disabled = false;
  }

  /* The search the address names: on arrival, and on Back or Forward to another. */
  function restore() {
    var params = new URLSearchParams(window.location.search);
    var state = window.history.state;
    var back = state && typeof state.shown === "number" && typeof state.scroll === "number" ? state : null;
    input.value = params.get("q") || "";
    asTyped = params.get("as") === "typed";
    FILTERS.forEach(function (name) {
      var select = form.elements[name];
      var value = params.get(name) || "";
      var known = Array.prototype.some.call(select.options, function (o) { return o.value === value; });
      if (!known) {
        // A value the choices lack (not loaded yet, or no page has it now): shown as it
        // is, so that the reader sees the filter and can take it off.
        var option = document.createElement("option");
        option.value = value;
        option.textContent = optionText(value);
        option.setAttribute("data-asked", "");
        select.appendChild(option);
      }
      choose(select, value);
    });
    if (!input.value && !Object.keys(chosenFilters()).length) {
      search(true);  // nothing asked: the results go
      return;
    }
    fillFilters().catch(function () { return null; }).then(function () {
      FILTERS.forEach(function (name) {
        var select = form.elements[name];
        var value = select.value;
        Array.prototype.slice.call(select.querySelectorAll("option[data-asked]")).forEach(function (asked) {
          var twin = Array.prototype.some.call(select.options, function (o) {
            return o !== asked && o.value === asked.value;
          });
          if (twin || asked.value !== value) select.removeChild(asked);  // the loaded choice stands in
        });
        choose(select, value);
      });
    });
    search(true, back);
  }

  window.addEventListener("popstate", function () {
    // Back or Forward to another search; a link to a part of this page ("#main") is none.
    if (window.location.search !== onPage) restore();
  });
  if (window.location.search) restore();
})();
