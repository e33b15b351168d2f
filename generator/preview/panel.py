"""The preview's panel of ``explainer check``'s warnings, added to each page it serves,
with its notes below them, more quietly (hints, not counted among the warnings; alone,
in a quieter panel that says nothing is wrong).

An editor keeps the preview open, not a terminal: a duplicated event, a missing source
or a coarse date shown in the wrong place must be seen where they look. The panel is
added to the served page, never to the built site. It sits at the top of the page, in
the flow of the page (so it covers nothing; its list scrolls past a few lines), as a
labelled region with a native disclosure, so it can be folded with the keyboard and
read by a screen reader. "Hide" hides it until the warnings change: the page reloads
on every rebuild that changes it, and a panel for the same warnings stays hidden for the
browser tab's session, while a new or changed warning brings it back.

A save's warnings are found once the open page, reloaded, has connected back (``serve``): a
page shown meanwhile, or open while a save changes the warnings alone, is given the new
panel through its reload socket, in place (``PANEL_UPDATES``), not reloaded a second time.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Sequence
from typing import NamedTuple

from generator.errors import Problem
from generator.report import counted, plural

PANEL_ID = "explainer-check-warnings"
STYLE_ID = f"{PANEL_ID}-style"

_STYLE = f"""\
#{PANEL_ID} {{ font: 0.875rem/1.4 system-ui, sans-serif; color: #1b1b1b; background: #fff4ce;
  border-bottom: 2px solid #8a6100; padding: 0.4rem 1rem; margin: 0; }}
#{PANEL_ID}[hidden] {{ display: none; }}
#{PANEL_ID} summary {{ cursor: pointer; font-weight: 600; }}
#{PANEL_ID} ol {{ margin: 0.4rem 0; padding-left: 1.5rem; max-height: 9rem; overflow: auto; }}
#{PANEL_ID} code {{ font: 0.8125rem/1.4 ui-monospace, monospace; white-space: pre-wrap;
  word-break: break-word; color: inherit; background: none; }}
#{PANEL_ID} p {{ margin: 0.2rem 0; }}
#{PANEL_ID} .notes {{ font-size: 0.8125rem; color: #4d4d4d; }}
#{PANEL_ID} .notes code {{ font-size: 0.75rem; }}
#{PANEL_ID}.only-notes {{ background: #f4f4f4; border-bottom: 1px solid #8c8c8c; }}
#{PANEL_ID}.only-notes summary {{ font-weight: normal; }}
#{PANEL_ID} button {{ font: inherit; color: inherit; background: transparent;
  border: 1px solid currentColor; border-radius: 3px; padding: 0 0.5rem; cursor: pointer; }}
#{PANEL_ID} summary:focus-visible, #{PANEL_ID} button:focus-visible, #{PANEL_ID} ol:focus-visible
  {{ outline: 3px solid #0b5cad; outline-offset: 2px; }}
@media (prefers-color-scheme: dark) {{
  #{PANEL_ID} {{ color: #f3ead2; background: #2e2508; border-bottom-color: #c9a23a; }}
  #{PANEL_ID} .notes {{ color: #cfc6ae; }}
  #{PANEL_ID}.only-notes {{ color: #e4e4e4; background: #262626; border-bottom-color: #8c8c8c; }}
  #{PANEL_ID}.only-notes .notes {{ color: #c8c8c8; }}
  #{PANEL_ID} summary:focus-visible, #{PANEL_ID} button:focus-visible, #{PANEL_ID} ol:focus-visible
    {{ outline-color: #ffbf47; }}
}}
@media print {{ #{PANEL_ID} {{ display: none; }} }}"""

# Hidden for the tab's session once dismissed, until the warnings change (the
# fingerprint). The button is shown only where this script runs.
_SCRIPT = f"""\
(function () {{
  var panel = document.getElementById("{PANEL_ID}");
  var key = "explainer-warnings-hidden";
  var stored = null;
  try {{ stored = sessionStorage.getItem(key); }} catch (e) {{}}
  if (stored === panel.dataset.fingerprint) {{ panel.hidden = true; return; }}
  var button = panel.querySelector("button");
  button.hidden = false;
  button.addEventListener("click", function () {{
    try {{ sessionStorage.setItem(key, panel.dataset.fingerprint); }} catch (e) {{}}
    panel.hidden = true;
    var main = document.getElementById("main");
    if (main) {{ if (!main.hasAttribute("tabindex")) main.setAttribute("tabindex", "-1"); main.focus(); }}
  }});
}})();"""


class Panel(NamedTuple):
    """The panel, in its two parts: its style (for the page's head) and itself; and the
    fingerprint of what it says ('' for no panel), by which the server tells whether an
    open page shows it (``PANEL_UPDATES``)."""

    style: bytes
    body: bytes
    fingerprint: str = ""


NO_PANEL = Panel(b"", b"")


def code_items(lines: list[str]) -> str:
    """``lines`` (problems as ``check`` prints them) as the items of a list, each in code."""
    return "\n".join(f"<li><code>{html.escape(line)}</code></li>" for line in lines)


def panel(warnings: list[Problem], notes: Sequence[Problem] = ()) -> Panel:
    """The panel for ``warnings`` (as ``check`` prints them; its notes, hints, are not
    counted among them) and, below them and more quietly, ``notes``; NO_PANEL when there
    are neither."""
    warnings, notes = counted(warnings), list(notes)
    if not warnings and not notes:
        return NO_PANEL
    lines = [str(w) for w in warnings]
    said = [str(n) for n in notes]
    fingerprint = hashlib.sha256("\n".join([*lines, *said]).encode()).hexdigest()[:16]
    if not warnings:
        return _with_style(_notes_panel(said, fingerprint), fingerprint)
    n = len(lines)
    count = plural(n, "warning")
    items = code_items(lines)
    body = f"""<aside id="{PANEL_ID}" aria-label="Warnings from explainer check" \
data-fingerprint="{fingerprint}">
<details open>
<summary>{count} from <code>explainer check</code> (shown in the preview only)</summary>
<p>The site builds, but {"this is" if n == 1 else "these are"} probably not what you meant. \
<button type="button" hidden>Hide until they change</button></p>
<ol tabindex="0" aria-label="{count}">
{items}
</ol>
{_notes_list(said)}</details>
<script>
{_SCRIPT}
</script>
</aside>
"""
    return _with_style(body, fingerprint)


def _notes_list(said: list[str]) -> str:
    """The notes below the warnings ('' when none): hints, not problems, said so."""
    if not said:
        return ""
    count = plural(len(said), "note")
    return f"""<div class="notes">
<p>And {count}, hints of what to write, not problems:</p>
<ol tabindex="0" aria-label="{count}">
{code_items(said)}
</ol>
</div>
"""


def _notes_panel(said: list[str], fingerprint: str) -> str:
    """The panel's body when ``check`` has notes and no warning: quieter than one of warnings,
    and saying that nothing needs fixing."""
    count = plural(len(said), "note")
    return f"""<aside id="{PANEL_ID}" class="only-notes" aria-label="Notes from explainer check" \
data-fingerprint="{fingerprint}">
<details open>
<summary>{count} from <code>explainer check</code> (shown in the preview only)</summary>
<div class="notes">
<p>Hints of what to write; nothing is wrong. <button type="button" hidden>Hide until they change</button></p>
<ol tabindex="0" aria-label="{count}">
{code_items(said)}
</ol>
</div>
</details>
<script>
{_SCRIPT}
</script>
</aside>
"""


def _with_style(body: str, fingerprint: str) -> Panel:
    """The panel ``body`` with its style, which a page given a panel in place after it was
    served (``PANEL_UPDATES``) finds by its id: whether it has it already."""
    style = f'<style id="{STYLE_ID}">\n{_STYLE}\n</style>\n'
    return Panel(style.encode(), body.encode(), fingerprint)


PANEL_PATH = PANEL_ID
"""The ``path`` of the reload socket's message that brings an open page a new panel (the
message's ``panel``, ``style`` and ``fingerprint``). A page whose script does not take it
(``PANEL_UPDATES``) reloads, as livereload.js does for a path it cannot swap in."""
PLUGIN_ID = PANEL_ID
"""The name of ``PANEL_UPDATES`` among livereload.js's plugins: under it, the page says
which panel it shows (``panel``, its fingerprint) as it connects."""

# A livereload.js plugin (a window.LiveReloadPlugin* class, taken as livereload.js starts):
# it says the panel's fingerprint in the page's "info", and takes a message for PANEL_PATH
# in place of livereload.js, whose own handling would reload the page. The panel is
# replaced once the page has loaded (the browser, or KEEP_PLACE after the error page, puts
# the reader back where they were first); what the reader looks at stays where it is:
# below the top, the page is scrolled by the panel's change of height; at the top, it
# stays there. Scripts of a fragment made by createContextualFragment run when it is
# inserted: the panel's own (hidden for the tab's session if dismissed) runs as in a page
# served with it.
_UPDATES = f"""\
(function () {{
  function show(m) {{
    var old = document.getElementById("{PANEL_ID}");
    if ((old ? old.getAttribute("data-fingerprint") : "") === m.fingerprint) return;
    var x = scrollX, y = scrollY, before = old ? old.offsetHeight : 0;
    var folded = old && old.querySelector("details") && !old.querySelector("details").open;
    if (m.style && !document.getElementById("{STYLE_ID}"))
      document.head.insertAdjacentHTML("beforeend", m.style);
    var range = document.createRange();
    range.selectNodeContents(document.body);
    var made = range.createContextualFragment(m.panel);
    if (old) old.replaceWith(made); else document.body.prepend(made);
    var now = document.getElementById("{PANEL_ID}");
    if (now && folded) now.querySelector("details").open = false;
    var after = now ? now.offsetHeight : 0;
    scrollTo(x, y > 0 ? Math.max(0, y + after - before) : 0);
  }}
  function Updates(win) {{
    var live = win.LiveReload, perform = live.performReload;
    live.performReload = function (m) {{
      if (!m || m.path !== "{PANEL_PATH}" || typeof m.panel !== "string")
        return perform.apply(live, arguments);
      var later = function () {{ setTimeout(function () {{ show(m); }}, 0); }};
      if (document.readyState === "complete") later(); else addEventListener("load", later);
    }};
  }}
  Updates.identifier = "{PLUGIN_ID}";
  Updates.version = "1";
  Updates.prototype.analyze = function () {{
    var shown = document.getElementById("{PANEL_ID}");
    return {{ panel: shown ? shown.getAttribute("data-fingerprint") : "" }};
  }};
  window.LiveReloadPluginExplainerWarnings = Updates;
}})();"""
PANEL_UPDATES = f"<script>\n{_UPDATES}\n</script>\n".encode()
"""The script by which a page of the preview takes a new panel in place
(``http.show_panel``), added to each page that may show one."""


HEAD_END = re.compile(rb"</head\s*>", re.IGNORECASE)
"""Where a page's head ends: what the preview adds to the head goes before it."""
_BODY = re.compile(rb"<body\b[^>]*>", re.IGNORECASE)


def add_to_page(page: bytes, shown: Panel) -> bytes:
    """``page`` with the panel's style before ``</head>`` and the panel right after the
    ``<body>`` tag, where a reader meets it first; unchanged if it has no body tag."""
    if not shown.body:
        return page
    body = _BODY.search(page)
    if body is None:
        return page
    page = page[: body.end()] + b"\n" + shown.body + page[body.end() :]
    head = HEAD_END.search(page, 0, body.start())
    if head is None:
        return page
    return page[: head.start()] + shown.style + page[head.start() :]
