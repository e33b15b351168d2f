"""The live preview: build in memory, serve, rebuild on every save, reload the browser.

A tornado application of our own: its reload socket (``http.ReloadSocket``) speaks the
LiveReload protocol 7 with livereload.js, the browser script that the livereload package
ships, which we serve and load into every page. Of that package we use nothing but that
file: its ``Server`` (the only Python interface it documents, with ``shell``) has
defaults that would hurt editors, and one would expose their drafts:

- its watcher polls, rebuilds once per changed file and drops any reload within 3 s of
  the previous one. Ours (``ChangeWatcher``) is told of changes by the operating system
  (through watchfiles), collects a burst of them and rebuilds once; the open pages are
  then told to reload (``http.reload_pages``); a burst that never settles is still built
  twice a second.
- its static file handler serves a folder. Ours (``PreviewHandler``) serves the last good
  build from memory, so a browser never sees a half-written site; when a rebuild fails it
  serves a page listing the errors instead; it serves the site's own 404 page, and the
  site under the path of ``base_url`` so links match what will be published.
- its handlers answer any ``Host`` and any WebSocket ``Origin``, so a page on another site
  could read the drafts (by DNS rebinding) or follow the edits. Ours answer only the
  names of the address the server listens on (``allowed_hosts``), and the socket only
  pages of the preview (``ReloadSocket.check_origin``).
- its logging prints a line per connection and reload; we print one line per rebuild.

Rebuilds run on the event loop's thread, the main one (the watcher only waits for changes
in a thread of its own), so a template that never ends would stop everything: each build
has a time limit (``time_limit``), a timer signal, after which it is abandoned, reported,
and the next save starts from a fresh ``Builder``.
"""

import time
import warnings

# livereload 2.7 (imported to find livereload.js) and tornado 6 call APIs that newer
# Pythons deprecate; the warnings are theirs, not the editor's. Silence exactly those
# modules, nothing else, before any module of this package imports them. The patterns
# are anchored at both ends: Python matches a warning filter's module at the start of
# the name only, so 'tornado' alone would silence 'tornadoes' too.
for _module in (r"livereload(\..*)?\Z", r"tornado(\..*)?\Z"):
    warnings.filterwarnings("ignore", category=DeprecationWarning, module=_module)


def say(message: str) -> None:
    """One line on the terminal, with the time: the preview's whole log."""
    print(f"{time.strftime('%H:%M:%S')} {message}", flush=True)
