"""The README and the editors' guide tell the truth: every YAML example of the guide,
pasted where it belongs in a small project, passes ``explainer check --strict``; the
sample problems they show are what ``explainer`` prints for the mistakes they describe;
the guide names every key of every file, saying which are required; the README shows
every command and option, and its table of the package every module where it is; each
module with code has the test module the README promises; and the lists they give
(media kinds, reserved names, the embed code) are the generator's.

What is compared is read from the documents themselves, so an edit to either document,
or to what the generator does, that makes them disagree fails here."""

from __future__ import annotations

import ast
import fnmatch
import importlib
import json
import re
import textwrap
import tomllib
from pathlib import Path

import pytest
from babel import Locale

from generator.cli import main
from generator.commands.build import build
from generator.content import fieldtypes, ids, media, schema
from generator.content.schema import SCHEMAS
from generator.i18n import languages
from generator.render import embed
from tests.conftest import REPO, SEED_STORY, TEMPLATES, seed_content

GUIDE = REPO / "docs" / "editing.md"
README = REPO / "README.md"
EVENTS = f"content/{SEED_STORY}/events"


def blocks(document: Path, language: str) -> list[str]:
    """The fenced blocks of ``language`` in ``document``, each without the indentation of
    the list item it stands in."""
    text = document.read_text(encoding="utf-8")
    fences = re.findall(rf"^( *)```{language}\n(.*?)^\1```", text, flags=re.MULTILINE | re.DOTALL)
    return [textwrap.dedent(body) for _, body in fences]


def top_level_keys(yaml: str) -> list[str]:
    return re.findall(r"^([a-z_]+):", yaml, flags=re.MULTILINE)


def replace_keys(base: str, fragment: str) -> str:
    """``base`` (a file's YAML) with each top-level key ``fragment`` gives taken out, then
    ``fragment`` added: a fragment pasted in place of what the file said."""
    given = set(top_level_keys(fragment))
    kept: list[str] = []
    dropping = False
    for line in base.splitlines(keepends=True):
        key = re.match(r"([a-z_]+):", line)
        if key or (line.strip() and not line[0].isspace()):
            dropping = key is not None and key.group(1) in given
        if not dropping:
            kept.append(line)
    return "".join(kept) + fragment


# Where a fragment of the guide (a block that is not a whole file) is pasted in the seed,
# by its first key. A new example with another first key needs a line here.
FRAGMENTS = {
    "summary": f"{EVENTS}/2010-04-15-bakiyev-takes-refuge-in-kazakhstan.yaml",
    "updates": f"content/{SEED_STORY}/story.yaml",
    "language": "content/site.yaml",
    "removed": f"{EVENTS}/2010-04-19-troops-sent-to-mayevka.yaml",
}


def test_every_yaml_example_of_the_guide_passes_check_strict_where_it_belongs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    seed_content(tmp_path / "content")
    examples = blocks(GUIDE, "yaml")
    assert len(examples) >= 5
    # A whole event file, named by its first line (`# events/<id>.yaml: ...`), goes into
    # a story of its own, with the sources it cites and the events it is placed after or
    # before (dated by the comment beside the id, else by the date the id starts with,
    # and citing a source of the test's own).
    story = Path("content/examples")
    whole: dict[str, str] = {}
    pasted: list[tuple[Path, str]] = []
    for example in examples:
        named = re.match(r"# events/([a-z0-9-]+)\.yaml", example)
        if named:
            whole[named.group(1)] = example
            continue
        first = top_level_keys(example)[0]
        assert first in FRAGMENTS, f"say in FRAGMENTS where this example goes:\n{example}"
        path = Path(FRAGMENTS[first])
        path.write_text(replace_keys(path.read_text(encoding="utf-8"), example), encoding="utf-8")
        pasted.append((path, example))
    assert whole, "the guide's examples of a whole event file are gone"
    cited = {
        s for e in whole.values() for m in re.findall(r"^sources: \[(.*)\]", e, re.M) for s in m.split(", ")
    }
    placed = re.findall(
        r"^(?:after|before): ([a-z0-9-]+)(?: +# dated (\S+))?", "\n".join(whole.values()), re.M
    )
    for id_, dated in placed:
        if id_ not in whole:
            date = dated or id_[:10]
            whole[id_] = f"title: {id_}\ndate: {date}\nsummary: What happened.\nsources: [example-news]\n"
    days = [d[:10] for e in whole.values() for d in re.findall(r"^date: (\S+)", e, re.M) if len(d) >= 10]
    sources = "".join(f"  {s}:\n    publisher: Example News\n" for s in sorted(cited | {"example-news"}))
    (story / "events").mkdir(parents=True)
    (story / "story.yaml").write_text(
        f"title: Examples\nsummary: The guide's examples.\npublished: {max(days)}\nsources:\n{sources}",
        encoding="utf-8",
    )
    for id_, text in whole.items():
        (story / "events" / f"{id_}.yaml").write_text(text, encoding="utf-8")

    status = main(["check", "--strict"])
    said = capsys.readouterr().err.splitlines()
    # The guide's times are on no site's clock here: said in a note, which --strict lets pass.
    notes = [line for line in said if re.match(r"(?:\S+:[0-9]+:[0-9]+: )?note: ", line)]
    assert all("site.yaml gives no time_zone" in note for note in notes)
    # The seed event the guide's 'removed:' is pasted into is taken out.
    ok = f"ok: 2 stories, {13 + len(whole)} events (1 taken out), no problems"
    assert (status, [line for line in said if line not in notes]) == (0, [ok])
    assert all(example in path.read_text(encoding="utf-8") for path, example in pasted)


def sample(document: Path, naming: str) -> list[str]:
    """The lines of the one sample output (a ```text block) of ``document`` that has
    ``naming`` in it."""
    found = [b for b in blocks(document, "text") if naming in b]
    assert len(found) == 1, f"no single sample naming {naming!r} in {document.name}"
    return found[0].splitlines()


def edit(path: str, old: str, new: str) -> None:
    text = Path(path).read_text(encoding="utf-8")
    assert old in text, (path, old)
    Path(path).write_text(text.replace(old, new, 1), encoding="utf-8")


RALLY = f"{EVENTS}/2010-04-19-jalalabad-rally.yaml"
FLEES = f"{EVENTS}/2010-04-08-bakiyev-flees-south.yaml"
REFUGE = f"{EVENTS}/2010-04-15-bakiyev-takes-refuge-in-kazakhstan.yaml"


@pytest.mark.parametrize(
    ("document", "naming", "mistakes", "command"),
    [
        # "Every problem is reported in one run": a day April has not, a misspelt key
        (README, "figurse", [(RALLY, "date: 2010-04-19", "date: 2010-04-31"), (RALLY, "figures:", "figurse:")],
         ["build", "--templates", TEMPLATES]),
        # "Fix the problems top to bottom": a figure's id misspelt
        (GUIDE, "bakiyev-loyalist'", [(RALLY, "[bakiyev-loyalists]", "[bakiyev-loyalist]")], ["check"]),
        # "Errors and warnings come in one run"
        (GUIDE, "no day 37", [(FLEES, "sources: [reuters-2010-04-19]\n", ""),
                              (REFUGE, "date: 2010-04-15", "date: 2010-04-37")], ["check"]),
    ],
)  # fmt: skip
def test_the_sample_problems_shown_are_what_explainer_prints(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    document: Path,
    naming: str,
    mistakes: list[tuple[str, str, str]],
    command: list[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    seed_content(tmp_path / "content")
    for path, old, new in mistakes:
        edit(path, old, new)
    assert main([*command, "--content", "content"]) == 1
    assert capsys.readouterr().err.splitlines() == sample(document, naming)


def named_words(document: Path, after: str, before: str) -> set[str]:
    """What ``document`` writes as code (`.jpg`, `assets`) between ``after`` and ``before``."""
    text = document.read_text(encoding="utf-8")
    start = text.index(after)
    return set(re.findall(r"`([^`]+)`", text[start + len(after) : text.index(before, start)]))


@pytest.mark.parametrize(
    ("document", "after", "before"),
    [
        (README, "**Only safe kinds of media.**", "recognised by their content"),
        (GUIDE, "Allowed kinds:", "checked by content"),
    ],
)
def test_the_media_kinds_listed_are_those_a_story_may_publish(
    document: Path, after: str, before: str
) -> None:
    assert named_words(document, after, before) == set(media.ALLOWED)


def test_the_story_names_the_readme_reserves_are_those_the_build_needs() -> None:
    named = named_words(README, "**Names the build needs are reserved:**", "\n-")
    assert named == ids.RESERVED_STORY_IDS


# The section of the guide that documents each kind of file.
SECTIONS = {
    "site": "site.yaml",
    "story": "story.yaml",
    "event": "events/&lt;id&gt;.yaml",
    "figure": "figures/&lt;id&gt;.yaml",
    "location": "locations/&lt;id&gt;.yaml",
}


def section(title: str) -> str:
    text = GUIDE.read_text(encoding="utf-8")
    start = text.index(f"\n## {title}\n")
    return text[start : text.index("\n## ", start + 1)]


def nested(record: fieldtypes.Record) -> list[fieldtypes.Record]:
    """The records ``record``'s fields hold (a story's sources, updates...), at any depth."""
    found = []
    for field in record.fields:
        kind: object = field.type
        kind = getattr(kind, "item", kind)  # a list of records
        kind = getattr(kind, "value", kind)  # records by id
        if isinstance(kind, fieldtypes.Record):
            found += [kind, *nested(kind)]
    return found


def names(text: str, key: str) -> bool:
    """Whether ``text`` names ``key`` as code: `key`, or `key: value`."""
    return f"`{key}`" in text or f"`{key}: " in text


def documented_as_required(text: str, name: str) -> bool | None:
    """What ``text`` says of key ``name``: required (a table's 'yes', or '(required' after
    it), not (a table's 'no'), or None when it says neither."""
    row = re.search(rf"^\| `{name}` \| (yes|no) \|", text, flags=re.MULTILINE)
    if row:
        return row.group(1) == "yes"
    return True if f"`{name}` (required" in text else None


@pytest.mark.parametrize("kind", sorted(schema.FILES))
def test_the_guide_documents_every_key_a_file_takes_and_whether_it_is_required(kind: str) -> None:
    record = schema.FILES[kind]
    text = section(SECTIONS[kind])
    for field in record.fields:
        assert names(text, field.name), f"{kind}: '{field.name}' is not in the guide"
        said = documented_as_required(text, field.name)
        assert said is not None or not field.required, f"{kind}: say that '{field.name}' is required"
        assert said in (None, field.required), (
            f"{kind}: '{field.name}' is{'' if field.required else ' not'} required"
        )
    # A table's keys are keys of the file, too.
    listed = re.findall(r"^\| `([a-z_]+)` \|", text, flags=re.MULTILINE)
    assert set(listed) <= {f.name for f in record.fields}
    # The keys of what a file holds (a story's sources, an event's quotes, a picture) are
    # in the guide's sections of the files, the required ones said to be so.
    every_section = "".join(section(title) for title in SECTIONS.values())
    for inner in nested(record):
        for field in inner.fields:
            assert names(every_section, field.name), f"{inner.name}: '{field.name}' is not in the guide"
            if field.required:
                assert f"`{field.name}` (required" in every_section, (
                    f"{inner.name}: say '{field.name}' is required"
                )


def helped(capsys: pytest.CaptureFixture[str], *words: str) -> str:
    """What ``explainer <words> --help`` prints."""
    with pytest.raises(SystemExit):
        main([*words, "--help"])
    return capsys.readouterr().out


def choices(help_text: str) -> list[str]:
    """The commands (or kinds) a --help lists under its positional arguments."""
    listed = help_text.split("positional arguments:")[1].split("options:")[0]
    return re.findall(r"^    (\w+)(?: |$)", listed, flags=re.MULTILINE)


def test_the_readme_shows_every_command_and_option_there_is(capsys: pytest.CaptureFixture[str]) -> None:
    text = README.read_text(encoding="utf-8")
    start = text.index("\n## Commands\n")
    block = text[text.index("```sh\n", start) : text.index("\n```\n", start)]
    shown: dict[str, str] = {}  # each verb's lines, the lines going on below it included
    for line in block.splitlines()[1:]:
        starts = re.match(r"explainer (\w+)", line)
        if starts:
            shown[starts.group(1)] = ""
        shown[list(shown)[-1]] += line
    verbs = choices(helped(capsys))
    assert set(shown) == set(verbs)
    for verb in verbs:
        kinds = choices(helped(capsys, verb)) if verb in ("new", "import") else []
        for words in [[verb, kind] for kind in kinds] or [[verb]]:
            options = set(re.findall(r"(--[a-z-]+)", helped(capsys, *words))) - {"--help"}
            assert options, words
            for option in options:
                assert option in shown[verb], f"'explainer {' '.join(words)} {option}' is not in the README"
            for kind in words[1:]:
                assert re.search(rf"(new|\||import) +{kind} ", shown[verb]), (
                    f"'explainer {verb} {kind}' is not in the README"
                )


def test_the_embed_code_in_the_guide_is_the_one_a_story_page_gives() -> None:
    (shown,) = blocks(GUIDE, "html")
    title = "Kyrgyzstan after the April 2010 uprising"
    assert f"title: {title}\n" in (REPO / "content" / SEED_STORY / "story.yaml").read_text(encoding="utf-8")
    site = (REPO / "content" / "site.yaml").read_text(encoding="utf-8")
    assert "\nlanguage: en-GB\n" in site  # the frame's lang, as the seed's pages give it
    assert (
        shown
        == embed.snippet(SEED_STORY, title, "https://org.github.io/explainers/", language="en-GB") + "\n"
    )


def test_the_editor_setting_in_the_guide_names_the_schemas_and_where_each_kind_of_file_is() -> None:
    # VS Code's yaml.schemas, for files without the first line 'new' writes: each schema
    # where 'explainer schema' writes it, matched to every seed file of its kind.
    [setting] = [json.loads(b) for b in blocks(GUIDE, "json") if "yaml.schemas" in b]
    globs = setting["yaml.schemas"]
    assert sorted(globs) == sorted(f"{SCHEMAS}/{kind}.schema.json" for kind in schema.FILES)
    folders = {"events": "event", "figures": "figure", "locations": "location"}
    for path in sorted(REPO.glob("content/**/*.yaml")):
        rel = path.relative_to(REPO).as_posix()
        parts = rel.split("/")
        kind = "site" if len(parts) == 2 else "story" if parts[2] == "story.yaml" else folders[parts[2]]
        matched = [name for name, pattern in globs.items() if fnmatch.fnmatch(rel, pattern)]
        assert matched == [f"{SCHEMAS}/{kind}.schema.json"], rel


def module_table() -> dict[str, set[str]]:
    """What the README's account of the package ("How it is built", its table and the
    speed-ups below it) names, by folder of ``generator/`` ('' for the package itself,
    'content/lint' for the rows under ``lint/``): a folder's modules are named in the rows
    below it, or in its own row when it has none below; any module anywhere by its path
    (``speed/later.py``), but for the tests'. A command is named by its verb (``imports``)."""
    text = README.read_text(encoding="utf-8")
    section = text[text.index("\n## How it is built\n") : text.index("\n### Dependencies, and why\n")]
    named: dict[str, set[str]] = {}
    above: list[str] = []  # the folder of each row the present one stands under
    for where, what in re.findall(r"^\| (.+?) \| (.+) \|$", section, flags=re.MULTILINE)[2:]:
        depth = where.count("&nbsp;&nbsp;")
        first = re.findall(r"`([\w./]+)`", where)
        del above[depth:]
        if depth == 0 and not first[0].startswith("generator/"):
            continue  # outside the package (benchmarks/)
        first[0] = first[0].removeprefix("generator/")
        if first[0].endswith("/"):  # a folder: its modules in its own row, or in the rows below
            above.append(first[0].rstrip("/").rpartition("/")[2])
            names = re.findall(r"`(\w+(?:\.py)?)`", what) if depth == 0 else []
        else:
            names = first
        named.setdefault("/".join(above), set()).update(names)
    for folder, name in re.findall(r"`(?!generator/|tests/|benchmarks/)((?:\w+/)+)(\w+\.py)`", section):
        named.setdefault(folder.rstrip("/"), set()).add(name)
    return named


def test_the_readme_names_every_module_of_the_package_where_it_is() -> None:
    # A newcomer finds each stage and each rule from the README's table: a module left out
    # of it is hidden from them, and one the table names that is not there misleads them.
    named = module_table()
    package = REPO / "generator"
    for path in sorted(package.rglob("*.py")):
        folder = path.parent.relative_to(package).as_posix().strip(".")
        if path.name != "__init__.py":
            assert path.name in named.get(folder, ()) or path.stem in named.get(folder, ()), (
                f"README's table does not name generator/{path.relative_to(package).as_posix()}"
            )
    for folder, names in named.items():
        for name in names:
            if name.endswith(".py"):
                assert (package / folder / name).is_file(), f"README's table names generator/{folder}/{name}"


# The English names the README gives a language where Babel's differ.
README_LANGUAGE_NAMES = {"bn": "Bengali"}


def test_the_languages_the_documents_list_are_those_shipped() -> None:
    # A language added or dropped changes both lists: the guide's by tag (Serbian's and
    # Chinese's scripts each a tag of their own), the README's by name.
    shipped = {tag.replace("_", "-") for tag in languages.available()}
    guide = re.search(
        r"The languages shipped are (.*?)\. A region may", GUIDE.read_text(encoding="utf-8"), re.DOTALL
    )
    assert guide is not None
    # Each language's own tag opens its brackets ('Hindi (`hi`)') or follows a ';'
    # ('; `sr-Latn` in Latin letters'); the other spellings read as it ('also `no`') do not.
    tags = re.findall(r"(?:\(|; )`([A-Za-z]+(?:-[A-Za-z]+)?)`(?= in |[,)])", guide.group(1))
    assert sorted(tags) == sorted(shipped)
    readme = re.search(r"catalogs for (.*?); translations", README.read_text(encoding="utf-8"), re.DOTALL)
    assert readme is not None
    listed = re.sub(r"\s*\([^)]*\)", "", " ".join(readme.group(1).split()))
    names = {
        re.sub(r"^(Simplified|Traditional)\b\s*", "", item) for item in re.split(r",\s*|\s+and\s+", listed)
    }
    expected = {
        README_LANGUAGE_NAMES.get(tag, Locale.parse(tag, sep="-").get_language_name("en")) for tag in shipped
    }
    assert names - {""} == expected


def _has_code(path: Path) -> bool:
    """Whether the module at ``path`` holds more than its docstring (and ``__future__``)."""
    body = ast.parse(path.read_text(encoding="utf-8")).body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]
    return any(not (isinstance(node, ast.ImportFrom) and node.module == "__future__") for node in body)


def test_every_module_with_code_has_the_test_module_the_readme_promises() -> None:
    # "Tests mirror the modules": generator/<folder>/<name>.py is tested in
    # tests/<folder>/test_<name>.py, a package's __init__.py in test_<package>.py of its
    # folder. A package's docstring alone needs none; __main__.py only calls start.run.
    package = REPO / "generator"
    missing = []
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package)
        if path.name == "__main__.py" or not _has_code(path):
            continue
        name = rel.parent.name if path.name == "__init__.py" else path.stem
        if (REPO / "tests" / rel.parent / f"test_{name}.py").is_file():
            continue
        missing.append(rel.as_posix())
    assert missing == []


def test_the_sizes_the_readme_gives_of_the_seed_story_page_are_a_fresh_builds(tmp_path: Path) -> None:
    # "Light and private": what a reader's browser fetches for the seed story page, built
    # as the browser test that holds it within 100 KB builds it (no base_url). Each
    # figure is in KB of 1,000 bytes, to the precision the README writes it in.
    text = README.read_text(encoding="utf-8")
    said = re.search(
        r"the seed story page is ([\d.]+) KB in all \(HTML with its map and\s+overview ([\d.]+) KB, "
        r"CSS ([\d.]+) KB, scripts ([\d.]+) KB and ([\d.]+) KB;",
        text,
    )
    assert said, "the README no longer gives the seed story page's sizes in the words this test reads"
    out = tmp_path / "site"
    seed = seed_content(tmp_path / "content")
    build(content=str(seed), templates=TEMPLATES, out=str(out))
    page = out / SEED_STORY / "index.html"
    html = page.read_text(encoding="utf-8")
    styles = re.findall(r'<link rel="stylesheet" href="([^"?]+)', html)
    scripts = re.findall(r'<script src="([^"?]+)(?:\?v=\w+)?"', html)  # each by its version
    assert len(styles) == 1 and len(scripts) == 2, (styles, scripts)
    sizes = [page.stat().st_size] + [(page.parent / link).stat().st_size for link in styles + scripts]
    for figure, size in zip(said.groups(), [sum(sizes), *sizes], strict=True):
        decimals = len(figure.partition(".")[2])
        assert abs(float(figure) - size / 1000) <= 0.5 * 10**-decimals + 1e-9, (
            f"the README says {figure} KB where a fresh build of the seed has {size / 1000:.2f} KB"
        )


def test_the_libraries_the_readme_says_decide_the_output_are_held_to_a_minor_release() -> None:
    # README's "Dependencies, and why" names them; a range wider than one minor release
    # (filetype's was <2) lets a machine set up later refuse other media files.
    readme = " ".join(README.read_text(encoding="utf-8").split())
    named = re.search(r"exact behaviour of (.+?), so `pyproject.toml` holds", readme)
    assert named, "README no longer says which libraries decide the output"
    libraries = [re.sub(r" \(.*", "", n).strip().lower() for n in re.split(r",|\band\b", named[1])]
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = {re.split(r"[<>=;\s]", d, maxsplit=1)[0].lower(): d for d in project["dependencies"]}
    for library in filter(None, libraries):
        # The next minor release, or a release of the same minor one a bug was found in
        # ('markdown>=3.11,<3.11.4').
        pin = re.fullmatch(r"[\w-]+>=(\d+)\.(\d+)[\d.]*,<(\d+)\.(\d+)(\.\d+)?", pins[library])
        assert pin, f"{library}: {pins[library]}"
        major, minor, below_major, below_minor = map(int, pin.groups()[:4])
        below = (major, minor) if pin[5] else (major, minor + 1)
        assert (below_major, below_minor) == below, f"{library}: {pins[library]}"


def test_the_type_stubs_mypy_reads_are_each_held_to_one_release() -> None:
    # A new release of a stub package may bring checks of its own: `make lint` would fail
    # on a machine set up later with the code unchanged.
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    stubs = [d for d in project["optional-dependencies"]["test"] if d.lower().startswith("types-")]
    assert stubs and all(re.fullmatch(r"types-[\w-]+==[\d.]+", d) for d in stubs), stubs


def test_the_memos_the_readme_names_outside_the_speed_boundary_are_memos() -> None:
    # "Plain keeps nothing of one build for the next" holds because what is remembered
    # outside speed/ is a pure function's answer: the names README gives must stay those.
    readme = " ".join(README.read_text(encoding="utf-8").split())
    said = re.search(r"pure functions remember their answers within a process (.+?) The theme is ", readme)
    assert said, "README no longer says which pure functions remember their answers"
    named = [n for n in re.findall(r"`(\w+)\.(\w+)`", said[1]) if n[0] != "functools" and n[1] != "py"]
    assert len(named) >= 5, said[1]
    for module_name, function in named:
        paths = [p for p in (REPO / "generator").rglob(f"{module_name}.py") if "speed" not in p.parts]
        modules = [
            importlib.import_module(".".join(p.relative_to(REPO).with_suffix("").parts)) for p in paths
        ]
        memos = [m for m in modules if hasattr(getattr(m, function, None), "cache_info")]
        assert memos, f"{module_name}.{function} is no function that remembers its answers"
