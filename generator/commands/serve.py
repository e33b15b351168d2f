"""``explainer serve``: the live preview (``generator/preview/``) started for a project."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import os
import signal
import socket
import sys
import threading
import time
import webbrowser
from collections.abc import Callable
from functools import partial

from tornado import ioloop

from generator.content import files
from generator.content.kinds import MEDIA_FOLDER
from generator.errors import UsageError
from generator.output import copying
from generator.preview import say
from generator.preview.http import allowed_hosts, application, quiet_logs, reload_pages, show_panel
from generator.preview.rebuild import TIME_LIMIT_SECONDS, Builder, Preview
from generator.preview.watch import ChangeWatcher
from generator.render import searchindex
from generator.report import plural


def reload_target(paths: list[str]) -> str:
    """What the open page reloads: a stylesheet saved alone, swapped in place by
    livereload.js; else the whole page. A stylesheet deleted reloads the page: the
    script, finding it gone, would keep the old rules and stack the next save's on them.
    A stylesheet is named as the build names one (``copying.is_stylesheet``: ``.css`` in
    any case, as livereload.js reads it too)."""
    if len(paths) == 1 and copying.is_stylesheet(paths[0]) and os.path.isfile(paths[0]):
        return paths[0]
    return "*"


def served_as_files(paths: list[str], templates: str, content: str) -> bool:
    """Whether a changed path may change what pages show without changing their HTML:
    a theme file (a stylesheet, a script, a template) or a story's media file (a picture
    replaced under the same name: ``<content>/<story>/media/...``)."""
    theme = os.path.join(os.path.abspath(templates), "")
    root = os.path.abspath(content)
    for path in map(os.path.abspath, paths):
        if path.startswith(theme):
            return True
        parts = os.path.relpath(path, root).split(os.sep)
        if len(parts) > 2 and parts[0] != os.pardir and parts[1] == MEDIA_FOLDER:
            return True
    return False


def _read_as_content(paths: list[str]) -> bool:
    """Whether a changed path is one an editor writes content in (a YAML file)."""
    return any(p.endswith((".yaml", ".yml")) for p in paths)


def _describe(paths: list[str]) -> str:
    # A file still there first: saved by way of a temporary file renamed onto it ('sed -i',
    # some editors), a save was named by that file ('sedOg8U9W'), which is gone.
    first = next((p for p in paths if os.path.lexists(p)), paths[0])
    return first if len(paths) == 1 else f"{first} and {len(paths) - 1} more"


def reload_open_pages(preview: Preview, paths: list[str]) -> None:
    """Tell the open pages to reload (or to swap a saved stylesheet in): each connected
    one is told; one that connects later sees it was served before a reload
    (``Preview.shown``). A stylesheet swapped in place is counted apart
    (``Preview.restyled``): a page that had it would otherwise reload when it next
    reconnects (after the computer sleeps), losing its place; one that missed it fetches
    its stylesheets again."""
    target = reload_target(paths)
    if target == "*":
        preview.shown += 1
    else:
        preview.restyled += 1
    reload_pages(target)


def serve(
    *,
    content: str,
    templates: str,
    host: str,
    port: int,
    open_browser: bool = False,
    time_limit: float = TIME_LIMIT_SECONDS,
) -> None:
    """Serve the site with drafts, rebuilding and reloading on every change, until Ctrl-C."""
    files.require_folder(templates, "templates")
    files.require_folder(content, "content")
    builder = Builder(content, templates, drafts=True, search=searchindex.available())
    preview = Preview(builder, time_limit=time_limit)
    allowed = allowed_hosts(host, port)
    if allowed is None:
        say(f"warning: listening on every network interface ({host or '0.0.0.0'}): "
             "anyone on your network can see the drafts")  # fmt: skip
    loop = ioloop.IOLoop.current()
    on_change = partial(_rebuild_after, preview, templates, content)
    watcher = ChangeWatcher({content: files.is_ignored, templates: files.is_ignored_in_theme}, on_change)
    # Watching starts before the first build: a save made while it runs is built next.
    watcher.start(loop)
    try:
        url, ready = _first_build(preview, host, port)
        _listen(preview, allowed, host, port)
        _when_running(loop, ready, url if open_browser else None)
        with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C is how the preview ends
            loop.start()
    finally:
        watcher.stop()
        preview.search.close()
        preview.builder.making.close()


def _rebuild_after(preview: Preview, templates: str, content: str, paths: list[str]) -> None:
    """Rebuild once ``paths`` have changed, say what it did, and reload the open pages
    if what they show may have changed."""
    preview.page_served()  # a rebuild before: its warnings are found first, and said
    shown = _messages(preview)
    preview.collector.hold()  # until the open page is shown and the rest rendered: ``_done``
    ok, took = preview.rebuild(when_asked=True)  # the pages changed are rendered once the open ones reload
    if not ok:
        _report_errors(preview, took, f"{_describe(paths)} changed")
        reload_open_pages(preview, paths)
        _done(preview)
        return
    # Pages changed: the open ones are told to reload at once, and check's warnings are
    # found once the first of them has been shown again, its reload socket connected back
    # (just answered, it is still being parsed and painted: ``http.ReloadSocket``), or
    # ``WARNINGS_WITHIN`` later if none connects. Its panel, meanwhile, is that of the
    # warnings found last, replaced in place if they changed.
    told = preview.builder.last_rendered > 0 or served_as_files(paths, templates, content)
    after = partial(_after_reload, preview, preview.builds, paths, shown, told)
    if not told:
        after()
        return
    reload_open_pages(preview, paths)
    preview.after_shown = after
    ioloop.IOLoop.current().call_later(WARNINGS_WITHIN, preview.page_served)


WARNINGS_WITHIN = 0.2
"""How long after the open pages are told to reload check's warnings are found if no page
has connected back by then (none is open, or the machine is slow)."""


def _after_reload(preview: Preview, build: int, paths: list[str], shown: Messages, told: bool) -> None:
    """Find check's warnings of the ``build``-th rebuild, after ``paths`` changed, and say
    what it did; the open pages, shown with the warnings found before (``shown``), are
    given the new panel in place if those changed (reloading again would lose the reader's
    place a second time), and reload if the errors they showed are gone (unless ``told``)."""
    if preview.builds != build:
        return  # a newer rebuild took over
    n = preview.builder.last_rendered
    ok = preview.find_warnings()
    took = preview.spent  # the warnings found too
    if not ok:  # a mistake of ours in finding them
        _report_errors(preview, took, f"{_describe(paths)} changed")
        reload_open_pages(preview, paths)
        _done(preview)
        return
    # A file no page is made from (a log, an editor's or a sync tool's own file)
    # changes nothing a reader sees: the open pages are not reloaded, which would lose
    # their scroll position and what was typed in them, over and over.
    now = _messages(preview)
    if told or now != shown or _read_as_content(paths):
        pages = plural(n, "page")
        ready = f"ready in {took * 1000:.0f} ms"  # the rebuild and its warnings: the rest may come after
        say(f"{_describe(paths)} changed: {pages} re-rendered, {ready}{_warnings(preview)}")
    if not told and now[0] != shown[0]:
        reload_open_pages(preview, paths)  # the error page open gives way to the page
    else:
        show_panel(preview.panel)  # to the open pages showing another; one connecting later, on its 'info'
    if preview.waiting:
        rest = partial(_render_rest, preview, preview.builds, paths, time.perf_counter() - took)
        ioloop.IOLoop.current().call_later(RENDER_REST_AFTER, rest)
    else:
        _done(preview)


def _done(preview: Preview) -> None:
    """The last rebuild's work is done (or stopped by a mistake): the cycle collector,
    held off meanwhile, resumes (``speed.CollectorHold``)."""
    preview.collector.release()


RENDER_REST_AFTER = 0.1
"""How long after a rebuild the pages it left to render are rendered (unless the browser
asks for one sooner): the open pages ask for theirs within this, once told to reload,
and are not kept waiting behind the others. At 1,000 events, the page shown after a save
painted 20 ms sooner than with every page rendered before the reload (``python -m
benchmarks.bench preview``)."""


def _render_rest(preview: Preview, build: int, paths: list[str], started: float) -> None:
    """Render the pages the rebuild after ``paths`` changed (the ``build``-th, begun at
    ``started``) left to render, one at each turn of the event loop, so that a request is
    answered between two; a template's mistake met meanwhile is said, and shown in the
    open pages, as a build's."""
    if preview.builds != build:
        return  # a newer rebuild took over (and said whatever it found)
    more = preview.render_next()
    if preview.errors:
        _report_errors(preview, time.perf_counter() - started, f"{_describe(paths)} changed")
        reload_open_pages(preview, paths)
    elif more:
        ioloop.IOLoop.current().add_callback(_render_rest, preview, build, paths, started)
        return
    _done(preview)


def _first_build(preview: Preview, host: str, port: int) -> tuple[str, str]:
    """Build the site for the first time (its errors, if any, are said at once); the
    preview's address, and the line that will announce it."""
    ok, took = preview.rebuild()
    url = f"http://{_address(host, port)}{preview.prefix}"
    if not ok:
        _report_errors(preview, took, "initial build")
        return url, f"serving {url} (showing the errors until they are fixed)"
    return url, f"built {len(preview.pages)} pages in {took * 1000:.0f} ms{_warnings(preview)}; serving {url}"


def _listen(preview: Preview, allowed: frozenset[str] | None, host: str, port: int) -> None:
    """Take ``host:port`` for the preview's server; UsageError, saying why and how to
    choose another, where it cannot."""
    quiet_logs()
    try:
        application(preview, allowed).listen(port, address=host)
    except OSError as exc:
        raise UsageError(_cannot_listen(exc, host, port)) from None


def _when_running(loop: ioloop.IOLoop, ready: str, open_url: str | None) -> None:
    """Once ``loop`` runs: stop on signals, announce ``ready``, and open ``open_url`` in
    the browser, if given.

    Done from the event loop, which runs only once the port is bound: whoever waits for
    "serving" can connect at once, and stop the preview with a signal (the loop takes
    them first)."""
    loop.add_callback(_stop_on_signals, loop)
    loop.add_callback(say, ready)
    if open_url is not None:
        loop.add_callback(
            lambda: threading.Thread(target=webbrowser.open, args=(open_url,), daemon=True).start()
        )


def _free(host: str, port: int) -> bool:
    """Whether the preview could listen on ``host:port`` now (as its server would: an
    address another program listens on is refused)."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError:
            return False
    return True


def _cannot_listen(exc: OSError, host: str, port: int, free: Callable[[str, int], bool] = _free) -> str:
    """Why the preview cannot take ``host:port``, with the option that picks another: an
    address of this computer for an address that is not one; else the first port from
    the next one up (or the preview's own default, where the next cannot do: a port an
    administrator must open, or none after 65535) that ``free`` finds free."""
    asked = _address(host, port)
    if exc.errno == errno.EADDRNOTAVAIL:
        why, host, other = "is not an address of this computer", "127.0.0.1", port
    else:
        start = 8000 if exc.errno == errno.EACCES or port >= 65535 else port + 1
        other = next((p for p in range(start, min(start + 20, 65536)) if p != port and free(host, p)), start)
        if exc.errno == errno.EADDRINUSE:
            why = "is in use (another preview, or another server)"
        elif exc.errno == errno.EACCES:
            why = "may not be used by this user (ports below 1024 need an administrator)"
        else:
            why = f"cannot be used: {exc.strerror or exc}"
    make_host = "" if host == "127.0.0.1" else f"HOST={host} "  # the Makefile's HOST is 127.0.0.1
    return (
        f"{asked} {why}; choose another with --dev-addr {_address(host, other)} "
        f"(with make: make serve {make_host}PORT={other})"
    )


def _address(host: str, port: int) -> str:
    """``host:port`` as an address is written, an IPv6 host in brackets."""
    return f"[{host}]:{port}" if ":" in host else f"{host}:{port}"


def _stop_on_signals(loop: ioloop.IOLoop) -> None:
    """Being stopped (an editor's stop button, a closed terminal: SIGTERM, SIGHUP) ends the
    preview as Ctrl-C does, so that what it made (the search index's temporary folder,
    with the drafts' pages in it) is removed too. The loop stops between two of its
    callbacks: an exception raised wherever the signal fell could leave a lock held, and
    the cleanup waiting on it."""
    running = asyncio.get_running_loop()
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            with contextlib.suppress(NotImplementedError):  # not on Windows: there, as before
                running.add_signal_handler(getattr(signal, name), loop.stop)


Messages = tuple[tuple[str, ...], tuple[str, ...]]


def _messages(preview: Preview) -> Messages:
    """What the open pages show besides the pages themselves: the errors, and the warnings
    and notes."""
    return tuple(map(str, preview.errors)), tuple(map(str, [*preview.warnings, *preview.notes]))


def _warnings(preview: Preview) -> str:
    """', 2 warnings (shown in the page)' for the terminal line of a good build; '' for none."""
    n = len(preview.warnings)
    return f", {plural(n, 'warning')} (shown in the page)" if n else ""


def _report_errors(preview: Preview, took: float, what: str) -> None:
    """The terminal's lines for a failed build: how many errors (and warnings known in
    spite of them), then each, and the note when a syntax error stopped the reading of a
    file."""
    n = len(preview.warnings)
    warned = f", {plural(n, 'warning')}" if n else ""
    say(
        f"{what}: {plural(len(preview.errors), 'error')}{warned} in {took * 1000:.0f} ms "
        "(the browser shows them; the last good build is kept)"
    )
    for error in preview.errors:
        print(f"  {error}", file=sys.stderr, flush=True)
    for warning in preview.warnings:
        print(f"  {warning}", file=sys.stderr, flush=True)
    if preview.stopped_reading:  # as check and the error page say it
        print(
            "  note: YAML reads a file no further than its first syntax error; once you fix it and "
            "save, any mistake after it in the same file is listed",
            file=sys.stderr,
            flush=True,
        )
