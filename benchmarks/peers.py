"""The benchmark's synthetic site written for other generators, to time them side by side.

``write(tool, root, events)`` writes the same events, figures and places that
``synthetic.write_site`` writes for us (same seed, so the same words, dates and links)
as a project of Hugo, Jekyll or MkDocs, with small templates of our own that make the
same kinds of pages: one per event (title, date, summary, its figures and place), one
per figure and per place listing their events, and a timeline page listing every
event with its summary. Each tool builds its own way (Hugo's taxonomies, Jekyll's
collections, MkDocs' Markdown pages); ``command`` says how each is run, and
``bench._edit`` changes one event's title in that tool's files.
"""

from __future__ import annotations

import os
import shutil
import sys

from benchmarks.synthetic import Synthetic, generate

TOOLS = ("hugo", "jekyll", "mkdocs")


def _program(tool: str) -> str | None:
    """The tool's program: on the PATH, or beside this Python (MkDocs installed in our venv)."""
    beside = os.path.join(os.path.dirname(sys.executable), tool)
    return shutil.which(tool) or (beside if os.access(beside, os.X_OK) else None)


def available(tool: str) -> bool:
    return _program(tool) is not None


def command(tool: str, root: str, *, incremental: bool = False) -> list[str]:
    """The command that builds ``tool``'s project in ``root`` (run with ``root`` as cwd)."""
    program = _program(tool) or tool
    if tool == "hugo":
        return [program, "--quiet", "--destination", "public"]
    if tool == "jekyll":
        return [program, "build", "--quiet", *(["--incremental"] if incremental else [])]
    return [program, "build", "--quiet", *(["--dirty"] if incremental else [])]


def event_file(tool: str, root: str, i: int) -> str:
    if tool == "hugo":
        return os.path.join(root, "content", "events", f"event-{i:05d}.md")
    if tool == "jekyll":
        return os.path.join(root, "_events", f"event-{i:05d}.md")
    return os.path.join(root, "docs", "events", f"event-{i:05d}.md")


def _put(path: str, text: str) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def write(tool: str, root: str, events: int) -> None:
    data = generate(events)
    {"hugo": _hugo, "jekyll": _jekyll, "mkdocs": _mkdocs}[tool](root, data)


def _front(title: str, fields: dict[str, str]) -> str:
    lines = [f'title: "{title}"', *(f"{k}: {v}" for k, v in fields.items())]
    return "---\n" + "\n".join(lines) + "\n---\n"


def _hugo(root: str, data: Synthetic) -> None:
    _put(os.path.join(root, "hugo.toml"), (
        'baseURL = "https://example.org/bench/"\ntitle = "Benchmark site"\n'
        'disableKinds = ["RSS"]\n[taxonomies]\nfigure = "figures"\nlocation = "locations"\n'
    ))  # fmt: skip
    for e in data.events:
        fields = {"date": e.date, "figures": f"[{', '.join(e.figures)}]", "locations": f"[{e.location}]"}
        _put(
            os.path.join(root, "content", "events", f"{e.id}.md"), _front(e.title, fields) + e.summary + "\n"
        )
    layouts = os.path.join(root, "layouts", "_default")
    _put(os.path.join(layouts, "baseof.html"), (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>'
        '<body><main>{{ block "main" . }}{{ end }}</main></body></html>\n'
    ))  # fmt: skip
    _put(os.path.join(layouts, "single.html"), (
        '{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Date.Format "2 January 2006" }}</p>{{ .Content }}'
        '<ul>{{ range .GetTerms "figures" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}'
        '{{ range .GetTerms "locations" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}'
        '</ul>{{ end }}\n'
    ))  # fmt: skip
    _put(os.path.join(layouts, "list.html"), (
        '{{ define "main" }}<h1>{{ .Title }}</h1><ol>{{ range .Pages.ByDate }}<li><a href="{{ .RelPermalink }}">'
        '{{ .Title }}</a> {{ .Date.Format "2 January 2006" }}{{ .Content }}</li>{{ end }}</ol>{{ end }}\n'
    ))  # fmt: skip
    _put(os.path.join(root, "layouts", "index.html"), (
        '{{ define "main" }}<h1>{{ .Site.Title }}</h1><ol>{{ range (where .Site.RegularPages "Section" "events").ByDate }}'
        '<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2 January 2006" }}{{ .Content }}</li>'
        '{{ end }}</ol>{{ end }}\n'
    ))  # fmt: skip


def _jekyll(root: str, data: Synthetic) -> None:
    _put(os.path.join(root, "_config.yml"), (
        "title: Benchmark site\nurl: https://example.org\nbaseurl: /bench\nmarkdown: kramdown\n"
        "collections:\n  events:\n    output: true\n  figures:\n    output: true\n  locations:\n    output: true\n"
        "exclude: [public, site]\n"
    ))  # fmt: skip
    for e in data.events:
        fields = {"date": e.date, "figures": f"[{', '.join(e.figures)}]", "locations": f"[{e.location}]",
                  "layout": "event"}  # fmt: skip
        _put(os.path.join(root, "_events", f"{e.id}.md"), _front(e.title, fields) + e.summary + "\n")
    for fid, name, *_ in data.figures:
        _put(os.path.join(root, "_figures", f"{fid}.md"), _front(name, {"key": fid, "layout": "figure"}))
    for lid, name, *_ in data.locations:
        _put(os.path.join(root, "_locations", f"{lid}.md"), _front(name, {"key": lid, "layout": "location"}))
    base = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ page.title }}</title></head>'
        "<body><main>{{ content }}</main></body></html>\n"
    )
    _put(os.path.join(root, "_layouts", "base.html"), base)
    _put(os.path.join(root, "_layouts", "event.html"), (
        "---\nlayout: base\n---\n<h1>{{ page.title }}</h1><p>{{ page.date | date: '%-d %B %Y' }}</p>{{ content }}<ul>"
        "{% for f in page.figures %}<li><a href=\"{{ site.baseurl }}/figures/{{ f }}/\">{{ f }}</a></li>{% endfor %}"
        "{% for l in page.locations %}<li><a href=\"{{ site.baseurl }}/locations/{{ l }}/\">{{ l }}</a></li>{% endfor %}"
        "</ul>\n"
    ))  # fmt: skip
    for kind in ("figure", "location"):
        _put(os.path.join(root, "_layouts", f"{kind}.html"), (
            f"---\nlayout: base\n---\n<h1>{{{{ page.title }}}}</h1><ol>"
            f"{{% assign evs = site.events | where_exp: 'e', 'e.{kind}s contains page.key' %}}"
            "{% for e in evs %}<li><a href=\"{{ e.url | relative_url }}\">{{ e.title }}</a></li>{% endfor %}</ol>\n"
        ))  # fmt: skip
    _put(os.path.join(root, "index.html"), (
        "---\nlayout: base\ntitle: Benchmark site\n---\n<ol>{% for e in site.events %}<li><a href=\"{{ e.url | "
        "relative_url }}\">{{ e.title }}</a> {{ e.date | date: '%-d %B %Y' }}{{ e.content }}</li>{% endfor %}</ol>\n"
    ))  # fmt: skip


def _mkdocs(root: str, data: Synthetic) -> None:
    # MkDocs makes a page of each Markdown file and nothing else, so the lists a template
    # would compute are written out here, as a MkDocs user would have to.
    _put(os.path.join(root, "mkdocs.yml"), "site_name: Benchmark site\nsite_url: https://example.org/bench/\n"
                                           "site_dir: public\ntheme:\n  name: mkdocs\n")  # fmt: skip
    docs = os.path.join(root, "docs")
    names = {f[0]: f[1] for f in data.figures} | {loc[0]: loc[1] for loc in data.locations}
    for e in data.events:
        refs = [f"- [{names[f]}](../figures/{f}.md)" for f in e.figures]
        refs.append(f"- [{names[e.location]}](../locations/{e.location}.md)")
        _put(os.path.join(docs, "events", f"{e.id}.md"),
             f"# {e.title}\n\n{e.date}\n\n{e.summary}\n\n" + "\n".join(refs) + "\n")  # fmt: skip
    for fid, name, *_ in data.figures:
        listed = [f"1. [{e.title}](../events/{e.id}.md)" for e in data.events if fid in e.figures]
        _put(os.path.join(docs, "figures", f"{fid}.md"), f"# {name}\n\n" + "\n".join(listed) + "\n")
    for lid, name, *_ in data.locations:
        listed = [f"1. [{e.title}](../events/{e.id}.md)" for e in data.events if e.location == lid]
        _put(os.path.join(docs, "locations", f"{lid}.md"), f"# {name}\n\n" + "\n".join(listed) + "\n")
    timeline = [f"## [{e.title}](events/{e.id}.md)\n\n{e.date}\n\n{e.summary}\n" for e in data.events]
    _put(os.path.join(docs, "index.md"), "# Benchmark site\n\n" + "\n".join(timeline))
