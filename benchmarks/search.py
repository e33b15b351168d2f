"""What search costs: ``python -m benchmarks.search --sizes 1000,10000``.

For each size, the synthetic site (``synthetic.py``) is built from cold with search and
without it (Pagefind hidden from the build), rounds alternating so a slow spell of a
shared machine falls on both; then Pagefind alone is timed over the built pages, the
bundle is measured on disk, and the search page is opened in headless Chromium (Debian's,
through Playwright) to count the bytes a reader's first and second queries fetch.
"""

from __future__ import annotations

import argparse
import compileall
import contextlib
import os
import shutil
import statistics
import tempfile
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import generator
from benchmarks.bench import CHROMIUM_ARGS, Ours, Run
from benchmarks.synthetic import TEXTS, figure_name, text_of
from generator.render import searchindex

if TYPE_CHECKING:
    from playwright.sync_api import Browser


class Bytes(NamedTuple):
    """Bytes fetched by the search page, by kind (as served, uncompressed)."""

    page: int
    """The search page, the stylesheet, the icon and search.js."""
    code: int
    """Pagefind's script, its worker and the language's WebAssembly."""
    chunks: int
    """The entry, the language's metadata, the index chunks and filters the words need."""
    results: int
    """One fragment per result shown."""


def _kind(path: str) -> str:
    name = path.rsplit("/pagefind/", 1)[-1] if "/pagefind/" in path else ""
    if not name:
        return "page"
    if name.startswith(("pagefind.js", "pagefind-worker.js", "wasm.")):
        return "code"
    if name.startswith("fragment/"):
        return "results"
    return "chunks"


def query_bytes(
    site: str, first: str, second: str, browser: Browser | None = None
) -> tuple[Bytes, Bytes, int]:
    """The bytes of a first query (page and search code included) and of a second, and
    how many results the first found; in ``browser``, or one launched here."""
    from playwright.sync_api import sync_playwright

    handler = partial(QuietHandler, directory=site)
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        with contextlib.ExitStack() as stack:
            if browser is None:
                p = stack.enter_context(sync_playwright())
                browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
                stack.callback(browser.close)
            page = browser.new_page()
            stack.callback(page.close)
            sizes: list[tuple[str, int]] = []
            page.on("response", lambda r: sizes.append((r.url, len(r.body()))))

            def run(query: str) -> int:
                page.fill("#search-q", query)
                page.press("#search-q", "Enter")
                # Answered: the status says so, in the page's language (not 'Loading…').
                page.wait_for_function(
                    "(s => s.textContent && s.textContent !== s.dataset.loading)"
                    "(document.getElementById('search-status'))"
                )
                page.wait_for_load_state("networkidle")
                return int(page.evaluate("document.querySelectorAll('#search-results li').length"))

            def tally(start: int) -> Bytes:
                by: dict[str, int] = {"page": 0, "code": 0, "chunks": 0, "results": 0}
                for url, size in sizes[start:]:
                    by[_kind(url)] += size
                return Bytes(**by)

            page.goto(base + "search/index.html")
            page.wait_for_load_state("networkidle")
            found = run(first)
            one = tally(0)
            seen = len(sizes)
            run(second)
            two = tally(seen)
    finally:
        server.shutdown()
        server.server_close()
    return one, two, found


class QuietHandler(SimpleHTTPRequestHandler):
    """Files served with no line printed per request (the benchmarks' own servers)."""

    def log_message(self, format: str, *args: object) -> None:
        pass


def _median(values: list[float]) -> float:
    return statistics.median(values)


def queries(language: str | None) -> tuple[str, str]:
    """The first and second queries searched on the synthetic site in ``language``: the
    name of its thirteenth figure ('Figure 12'; a smaller site has it not), and two words
    of its text ('ministry budget')."""
    return figure_name(12, language), text_of(language).query


def measure(
    events: int, repeats: int, workdir: str, browser: Browser | None = None, language: str | None = None
) -> None:
    top = tempfile.mkdtemp(prefix="explainer-bench-search-", dir=os.path.abspath(workdir))
    root = os.path.join(top, "site")  # the outputs set aside go beside it, into top
    try:
        ours = Ours(root, events, language)
        without_env = {"PAGEFIND_BINARY_PATH": os.path.join(root, "no-pagefind")}
        plain: list[Run] = []
        searched: list[Run] = []
        for _ in range(repeats):
            for runs, env in ((plain, without_env), (searched, {})):
                ours.clear(caches=True)
                saved = {k: os.environ.get(k) for k in env}
                os.environ.update(env)
                try:
                    runs.append(ours.build())
                finally:
                    for k, v in saved.items():
                        if v is None:
                            os.environ.pop(k, None)
                        else:
                            os.environ[k] = v
        bundle = Path(ours.out) / searchindex.BUNDLE
        files = [p for p in bundle.rglob("*") if p.is_file()]
        size = sum(p.stat().st_size for p in files)
        alone: list[float] = []
        for _ in range(repeats):
            started = time.perf_counter()
            searchindex.index_folder(ours.out)
            alone.append(time.perf_counter() - started)
        pages = sum(
            1
            for p in Path(ours.out).rglob("index.html")
            if searchindex.is_indexed(p.relative_to(ours.out).as_posix())
        )
        w0, w1 = _median([r.wall for r in plain]), _median([r.wall for r in searched])
        c0, c1 = _median([r.cpu for r in plain]), _median([r.cpu for r in searched])
        print(f"{events} events, {pages} pages indexed, median of {repeats}:")
        print(f"  cold build without search {w0:.2f} s (CPU {c0:.2f} s), with search {w1:.2f} s "
              f"(CPU {c1:.2f} s): +{w1 - w0:.2f} s (CPU +{c1 - c0:.2f} s)")  # fmt: skip
        print(f"  Pagefind alone over the built pages: {_median(alone):.2f} s")
        print(f"  bundle: {len(files)} files, {size / 1e6:.1f} MB "
              f"(the site without it: {_site_bytes(ours.out, exclude=bundle) / 1e6:.1f} MB)")  # fmt: skip
        if shutil.which("chromium"):
            first, second = queries(language)
            one, two, found = query_bytes(ours.out, first, second, browser)
            print(f"  first query ('{first}', {found} results shown): {sum(one) / 1000:.0f} KB: page "
                  f"{one.page / 1000:.0f} KB, Pagefind's code {one.code / 1000:.0f} KB, index "
                  f"{one.chunks / 1000:.0f} KB, results {one.results / 1000:.0f} KB")  # fmt: skip
            print(f"  second query ('{second}'): {sum(two) / 1000:.0f} KB: index "
                  f"{two.chunks / 1000:.0f} KB, results {two.results / 1000:.0f} KB")  # fmt: skip
    finally:
        shutil.rmtree(top, ignore_errors=True)


def _site_bytes(out: str, exclude: Path) -> int:
    return sum(p.stat().st_size for p in Path(out).rglob("*") if p.is_file() and exclude not in p.parents)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.search")
    parser.add_argument("--sizes", default="1000,10000", help="comma-separated event counts")
    parser.add_argument("--repeats", type=int, default=3, help="runs per measurement (median)")
    parser.add_argument("--workdir", default=".", help="where the synthetic sites are written")
    parser.add_argument(
        "--language",
        choices=sorted(TEXTS),
        help="write the site in this language and its script (default: English)",
    )
    args = parser.parse_args()
    if not searchindex.available():
        parser.error("Pagefind is not installed (pip install -e '.[search]')")
    compileall.compile_dir(os.path.dirname(os.path.abspath(generator.__file__)), quiet=1)
    for n in (int(s) for s in args.sizes.split(",")):
        measure(n, args.repeats if n < 10_000 else 1, args.workdir, language=args.language)


if __name__ == "__main__":
    main()
