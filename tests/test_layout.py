"""The package's layout, as README's "Tests" says it: every module of ``generator/`` has
its test module, ``tests/x/test_y.py`` for ``generator/x/y.py`` (a package's
``__init__.py``, where it has code, in ``tests/x/test_x.py``),
and every test module that mirrors none is named in README, so a newcomer finds where a
feature is tested. Every module is named in README's "How it is built", and every module
it names is there, so its map of the package is the package; a name it gives with its
module or class (`pipeline.publish`, `Memo.same`) is defined there; its stages are
``pipeline.py``'s, each in the module that docstring says. And the stages' folders
import only what comes before them, as "How it is built" says: what check and the build
both read with is in packages of its own (``markdown/``, ``pictures/``, ``geometry/``),
which come first: they import nothing of the content, which imports them. And no function
is longer than a screen (60 lines) but those listed as not yet split."""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path

from tests.conftest import REPO

GENERATOR = REPO / "generator"
TESTS = REPO / "tests"


def _modules() -> set[str]:
    return {str(p.relative_to(GENERATOR).with_suffix("")) for p in GENERATOR.rglob("*.py")}


def _mirrored(test: Path) -> str:
    """The module ``test`` mirrors: tests/render/test_pages.py -> render/pages."""
    rel = test.relative_to(TESTS).with_suffix("")
    return str(rel.parent / rel.name.removeprefix("test_"))


def _has_code(module: str) -> bool:
    """Whether the module defines a function or a class (a package's ``__init__.py`` is
    often its docstring alone)."""
    tree = ast.parse((GENERATOR / f"{module}.py").read_text(encoding="utf-8"))
    return any(isinstance(node, (ast.FunctionDef, ast.ClassDef)) for node in tree.body)


def test_every_module_has_its_test_module() -> None:
    tested = {_mirrored(test) for test in TESTS.rglob("test_*.py")}
    missing = []
    for module in sorted(_modules()):
        folder, _, name = module.rpartition("/")
        if name == "__main__":
            continue  # 'python -m generator': start.run, tested in tests/test_start.py
        if name == "__init__":  # a package's own code: tests/speed/test_speed.py for speed/
            if _has_code(module) and f"{folder}/{folder.rpartition('/')[2]}" not in tested:
                missing.append(module)
        elif module not in tested:
            missing.append(module)
    assert not missing, f"modules without their tests/<folder>/test_<name>.py: {missing}"


def test_every_test_module_that_mirrors_no_module_is_named_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    modules = _modules() | {
        str(p.relative_to(REPO).with_suffix("")) for p in (REPO / "benchmarks").rglob("*.py")
    }
    unlisted = []
    for test in sorted(TESTS.rglob("test_*.py")):
        mirrored = _mirrored(test)
        folder, _, name = mirrored.rpartition("/")
        if mirrored in modules or f"{mirrored}/__init__" in modules or f"benchmarks/{name}" in modules:
            continue
        if folder and folder.rpartition("/")[2] == name and f"{folder}/__init__" in modules:
            continue  # tests/speed/test_speed.py: speed/__init__.py
        if test.name in readme:
            continue
        unlisted.append(str(test.relative_to(REPO)))
    assert not unlisted, f"test modules README's 'Tests' does not name: {unlisted}"


def _how_it_is_built() -> str:
    """README's "How it is built", its speed-ups' part ("Speed, behind one boundary") too."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    return readme[readme.index("\n## How it is built\n") : readme.index("\n### Dependencies, and why\n")]


_TOP_FOLDER = re.compile(r"`generator/(\w+)/`")
_SUB_FOLDER = re.compile(r"^`(\w+)/`")
_FILE = re.compile(r"`((?:\w+/)*)(\w+)\.py`")
_INDENT = "&nbsp;&nbsp;"


def _named_in_the_map() -> tuple[set[str], set[str]]:
    """The modules README's "How it is built" names, each with its folder (as
    ``_modules`` gives them: 'content/dates', 'i18n/dates'), and the commands its table
    names by their verbs ('commands/build').

    The table gives a folder in a row of its own (`generator/content/`) and its modules
    in the rows indented under it (`lint/`'s, twice indented, under that); a module
    named with its folder (`speed/later.py`) is that one wherever it is written. A name
    shared by several folders ('dates.py', 'pictures.py', 'links.py') counts for the
    folder of the row it is in only, so each of them must be named in its own."""
    files: set[str] = set()
    verbs: set[str] = set()
    top: str | None = ""
    sub = ""
    for line in _how_it_is_built().splitlines():
        if not line.startswith("| ") or line.startswith(("| where", "| ---")):
            files.update(f"{f.removeprefix('generator/')}{n}" for f, n in _FILE.findall(line) if f)
            continue
        where, what = line[2:].split(" | ", 1)
        depth = 0
        while where.startswith(_INDENT):
            where, depth = where[len(_INDENT) :], depth + 1
        if depth == 0:
            found = _TOP_FOLDER.match(where)
            top = found[1] if found else ("" if where.startswith("`generator/") else None)
            sub = ""
        elif depth == 1:
            found = _SUB_FOLDER.match(where)
            sub = found[1] if found else ""
        if top is None:  # benchmarks/, outside the package
            continue
        here = "/".join(p for p in (top, sub if depth >= 1 else "") if p)
        for folder, name in _FILE.findall(line):
            files.add(
                f"{folder.removeprefix('generator/')}{name}" if folder else f"{here}/{name}".lstrip("/")
            )
        if top == "commands":
            verbs.update(f"commands/{verb}" for verb in re.findall(r"`(\w+)`", what))
    return files, verbs


def test_every_module_is_named_in_the_readmes_map_of_the_package() -> None:
    files, verbs = _named_in_the_map()
    unnamed = [
        module
        for module in sorted(_modules())
        if module.rpartition("/")[2] != "__init__"  # the package's folder is named: 'lint/'
        and module not in files | verbs
    ]
    assert not unnamed, f"modules README's 'How it is built' does not name in their folder's rows: {unnamed}"


def test_every_module_the_readmes_map_names_is_there() -> None:
    files, _ = _named_in_the_map()
    there = _modules() | {
        str(p.relative_to(REPO).with_suffix(""))
        for folder in (REPO / "benchmarks", TESTS)
        for p in folder.rglob("*.py")
    }
    assert files - there == set(), "README's 'How it is built' names modules that are gone"


_DOTTED = re.compile(r"`((?:\w+[/.])*\w+)\.([A-Za-z_]\w*)(?:\(\))?`")
"""A name given with its module or class, as the map gives them: `pipeline.publish`,
`content/pictures.plan_site`, `content.remember.Memory`, `Memo.same`."""

_FILE_NAME = re.compile(r"\.(py|md|json|csv|yaml|html|js|css|txt|xml)$")


def _names_in(body: list[ast.stmt]) -> set[str]:
    """What a module's or a class's body defines: its functions, classes and assignments
    (not what it imports: the map gives a name with the module that has it)."""
    names: set[str] = set()
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for target in targets for t in ast.walk(target) if isinstance(t, ast.Name))
    return names


def _unfound(text: str) -> list[str]:
    """The names ``text`` gives with a module of the package (named with its folders or
    without, with '/' or '.') or with a class of it that are not defined there; a name
    given with a library's module (`gc.freeze`) is that library's, and a module neither
    the package nor Python has is unfound too."""
    trees = {
        module: ast.parse((GENERATOR / f"{module}.py").read_text(encoding="utf-8")) for module in _modules()
    }
    classes: dict[str, set[str]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                classes.setdefault(node.name, set()).update(_names_in(node.body))
    unfound = []
    for owner, name in _DOTTED.findall(text):
        if _FILE_NAME.search(f".{name}"):
            continue  # a file's name: `story.json`
        path = owner.replace(".", "/").removeprefix("generator/")
        modules = [
            m
            for m in trees
            if m in (path, f"{path}/__init__") or m.endswith((f"/{path}", f"/{path}/__init__"))
        ]
        if modules:
            found = any(name in _names_in(trees[m].body) for m in modules)
        elif owner in classes:
            found = name in classes[owner]
        else:
            found = _a_librarys(owner.replace("/", "."))
        if not found and not _a_librarys(f"{owner}.{name}"):  # `html.parser`, not importers/html.py
            unfound.append(f"{owner}.{name}")
    return unfound


def _a_librarys(module: str) -> bool:
    """Whether ``module`` is one Python can import (the standard library's, a library's)."""
    try:
        return importlib.util.find_spec(module) is not None
    except ImportError:
        return False


def test_every_name_the_readmes_map_gives_with_its_module_or_class_is_there() -> None:
    unfound = _unfound(_how_it_is_built())
    assert not unfound, f"README's 'How it is built' names what its module or class no longer has: {unfound}"


def test_a_name_gone_from_its_module_or_class_is_told() -> None:
    text = (
        "`pipeline.build`, `pipeline.published` (imported there, defined in content/published.py), "
        "`content/pictures.plan_site`, `Memo.same`, `Memo.sam`, `gc.freeze`, `html.parser`, "
        "`story.json`, `nosuchmodule.x`"
    )
    assert _unfound(text) == ["pipeline.published", "Memo.sam", "nosuchmodule.x"]


def test_a_name_two_folders_share_counts_only_in_its_own_folders_rows() -> None:
    # 'dates.py' named in the importers' rows alone left content/dates.py and
    # i18n/dates.py unnamed, where a search of the whole section by name found them.
    files, _ = _named_in_the_map()
    assert {"content/dates", "i18n/dates", "importers/dates"} <= files
    assert {"content/pictures", "importers/pictures", "content/lint/pictures"} <= files
    assert "render/lint/pictures" not in files and "content/links" not in files


def _imported(module: str) -> set[str]:
    """The modules of ``generator`` that ``module`` imports, anywhere in it (a function's
    own import included), as paths: 'markdown/markup'."""
    tree = ast.parse((GENERATOR / f"{module}.py").read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0 and node.module, (
                f"{module}: a relative import, which this test cannot follow"
            )
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    found = set()
    for name in names:
        parts = name.split(".")
        if parts[0] != "generator":
            continue
        for end in range(len(parts), 1, -1):  # 'generator.markdown.markup.X' -> markdown/markup
            path = "/".join(parts[1:end])
            if (GENERATOR / f"{path}.py").is_file() or (GENERATOR / path / "__init__.py").is_file():
                found.add(path)
                break
    return found


ABOVE_THE_STAGES = ("commands", "preview", "importers", "speed", "pipeline", "cli", "start")
"""What runs the stages (the commands, the preview, the speed-ups, the pipeline itself):
no stage imports any of these."""

SHARED = ("markdown", "pictures", "geometry")
"""What check and the build both read with, kept outside both so that check reads a text,
a picture or a place as the build will without reaching into ``render/`` (README, "How it
is built"); below the content, which imports them and which they import nothing of."""


def _imports(folders: tuple[str, ...], forbidden: Callable[[str], bool]) -> list[str]:
    """Each import, by a module in one of ``folders``, of a module ``forbidden`` names."""
    return [
        f"{module} imports {other}"
        for module in sorted(_modules())
        if module.split("/")[0] in folders
        for other in sorted(_imported(module))
        if forbidden(other)
    ]


def test_no_stage_imports_what_runs_it() -> None:
    stages = ("content", "render", "output", "i18n", *SHARED)
    wrong = _imports(stages, lambda m: m.split("/")[0] in ABOVE_THE_STAGES)
    assert not wrong, wrong


def _in(folder: str) -> Callable[[str], bool]:
    """Whether a module is ``folder`` (the package, imported whole) or in it."""
    return lambda module: module.split("/")[0] == folder


def test_the_content_imports_nothing_of_the_stages_after_it() -> None:
    # check borrowed seven modules of render/ (the Markdown converter, the picture
    # readers, the map's outlines, the cards): they are in the shared packages now.
    wrong = _imports(("content",), lambda m: _in("render")(m) or _in("output")(m))
    assert not wrong, wrong


def test_what_check_and_the_build_share_imports_nothing_of_the_content_the_pages_or_the_output() -> None:
    # markup.py took the tags a text may hold from content/schema.py and where a
    # paragraph ends from content/markdown_shown.py, and the picture modules the model
    # from content/model.py, while the content imported both for check: no loop of
    # modules, but one of packages, where a reader could not tell which comes first.
    # What both need is defined in the shared package (markdown/rules.py, the plan in
    # picture_plan.py) or handed to it as a plain value.
    wrong = _imports(SHARED, lambda m: _in("content")(m) or _in("render")(m) or _in("output")(m))
    assert not wrong, wrong
    used = {
        other.split("/")[0]
        for module in _modules()
        if module.startswith("content/")
        for other in _imported(module)
    }
    assert used >= set(SHARED)  # each is check's as well as the build's


def test_a_command_imports_no_other_command() -> None:
    # Nothing of one command is another's: what two share is in the module both belong to
    # (``schemas.py``, the JSON Schemas that ``schema`` and ``new site`` write; ``lint``, the
    # warnings ``check`` and ``deploy`` say; ``built_notes.py``, what ``build`` and
    # ``deploy`` say of the site the pipeline made).
    commands = {m for m in _modules() if m.startswith("commands/") and not m.endswith("__init__")}
    wrong = [
        f"{module} imports {other}"
        for module in sorted(commands)
        for other in sorted(_imported(module) & commands)
        if other != module
    ]
    assert not wrong, wrong


SPEED_DOORS = {
    "cli": {"speed"},  # speed.ending_process
    "start": {"speed"},  # speed.loaded
    "pipeline": {"speed"},  # Speed, Plain, Later: the boundary itself
    "commands/build": {"speed"},  # speed.for_content
    "commands/deploy": {"speed"},  # speed.for_content, for the pipeline deploy runs
    "preview/rebuild": {"speed", "speed/rendering", "speed/parallel"},  # PagesOnRequest; a helper
    "preview/pictures": {"speed/parallel"},  # a picture's renditions made in a helper process
}
"""What outside ``speed/`` imports of it, as README's "Speed, behind one boundary" says:
the package's door (``speed/__init__.py``) for what runs a build, and the two things
more of the preview's."""


def test_outside_the_speed_package_only_its_named_doors_are_imported() -> None:
    found: dict[str, set[str]] = {}
    for module in sorted(_modules()):
        if module.split("/")[0] != "speed" and (into := {m for m in _imported(module) if _in("speed")(m)}):
            found[module] = into
    assert found == SPEED_DOORS


def test_the_output_stage_and_render_import_nothing_of_each_other() -> None:
    wrong = _imports(("output",), _in("render")) + _imports(("render",), _in("output"))
    assert not wrong, wrong


def test_the_language_rules_the_content_uses_import_nothing_of_the_content() -> None:
    # The content's check reads languages.py (a tag's pattern and catalogs) and
    # typography.py (quotation marks): below it, they import none of its modules. They
    # did: languages.py took the tag's pattern from content/schema.py, which took the
    # list of catalogs from it, each in a function, where a reader found neither.
    # (patterns.py, which compiles their expressions when first used, imports nothing of ours.)
    below = ("i18n/languages", "i18n/typography", "i18n/catalogs")
    wrong = [
        f"{m} imports {o}"
        for m in below
        for o in sorted(_imported(m))
        if not o.startswith("i18n/") and o != "patterns"
    ]
    assert not wrong, wrong
    assert not _imported("patterns")


TOP_LEVEL = {
    ".ci", ".github", ".gitattributes", ".gitignore", "Makefile", "README.md", "benchmarks",
    "content", "docs", "generator", "pyproject.toml", "seeds", "templates", "tests",
}  # fmt: skip
"""What the project's top folder holds in git, as the developers' guide fixes it (``site/``,
the build's output, is ignored): a file a commit left there by mistake is not part of it."""


def test_the_top_folder_holds_only_the_projects_fixed_layout() -> None:
    tracked = subprocess.run(
        ["git", "-C", str(REPO), "ls-files"], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert tracked
    assert {path.split("/", 1)[0] for path in tracked} == TOP_LEVEL


PACKAGE_MAPS = ("content/lint", "geometry", "i18n", "importers", "markdown", "output", "pictures", "speed")
"""The packages whose docstring is their map: it names each of their modules
(``staging.py``) and says what it holds."""


def test_a_package_whose_docstring_is_its_map_names_every_module_in_it() -> None:
    unnamed = {}
    for package in PACKAGE_MAPS:
        folder = GENERATOR / package
        named = set(
            re.findall(
                r"``(\w+)\.py``", ast.get_docstring(ast.parse((folder / "__init__.py").read_text())) or ""
            )
        )
        if missing := sorted(
            p.stem for p in folder.glob("*.py") if p.stem != "__init__" and p.stem not in named
        ):
            unnamed[package] = missing
    assert unnamed == {}, f"modules a package's docstring, its map, does not name: {unnamed}"


_QUOTED_NAME = re.compile(r"``([\w./]+?)(?:\(\))?``")


def _every_name_in(tree: ast.AST) -> set[str]:
    """Every name ``tree`` defines, reads or imports (a function's, a class's, a
    variable's, an attribute's, a parameter's)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.alias):
            names.add(node.asname or node.name.rpartition(".")[2])
        for field in ("name", "id", "attr", "arg"):
            if isinstance(value := getattr(node, field, None), str):
                names.add(value)
    return names


def _stale_private_names() -> list[str]:
    """Each private name (``_x``) a module's docstrings or comments give in double
    backticks that is not in that module, or, given with a module (``maps._path``), not in
    one of that name: a function renamed or moved to another module leaves these behind."""
    names = {
        module: _every_name_in(ast.parse((GENERATOR / f"{module}.py").read_text(encoding="utf-8")))
        for module in _modules()
    }
    stale = []
    for module in sorted(names):
        text = (GENERATOR / f"{module}.py").read_text(encoding="utf-8")
        for row, line in enumerate(text.splitlines(), 1):
            for quoted in _QUOTED_NAME.findall(line):
                *owner, name = re.split(r"[./]", quoted)
                if not re.fullmatch(r"_[a-z]\w*[a-z0-9]", name):
                    continue  # a public name, a dunder, or none ('__init__', '_x_')
                # Given with a class or an object ('Fast._compiled'), it may be any module's.
                where = [m for m in names if owner and m.rpartition("/")[2] == owner[-1]] or (
                    list(names) if owner else [module]
                )
                if not any(name in names[m] for m in where):
                    stale.append(f"generator/{module}.py:{row}: {quoted}")
    return stale


def test_a_private_name_a_module_gives_in_its_text_is_where_it_says() -> None:
    # maps.py said its countries were drawn once for each copy of the world
    # ('_offsets'), a function that had moved to map_geometry.py as 'offsets'.
    assert _stale_private_names() == []


def test_the_data_files_the_package_reads_are_tracked_and_shipped_in_its_wheel() -> None:
    # The map's outlines are read beside their module at build time: a file left out of
    # git is missing from a fresh clone, and one the wheel leaves out from an install.
    from generator.geometry import map_geometry

    data = GENERATOR / "geometry" / "data"
    read = [data / name for name in (map_geometry.COARSE, map_geometry.FINE)]
    tracked = subprocess.run(
        ["git", "-C", str(REPO), "ls-files", "--", *map(str, read)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()
    assert sorted(tracked) == sorted(str(path.relative_to(REPO)) for path in read)
    ignored = subprocess.run(
        ["git", "-C", str(REPO), "check-ignore", "--no-index", *map(str, read)],
        capture_output=True,
        text=True,
    )
    assert ignored.stdout == ""  # hatchling leaves out what .gitignore names
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"] == ["generator"]
    # And nothing else: the 1:50m outlines are shipped packed only (``map_geometry.FINE``),
    # their TopoJSON, which the packed file is made from, kept for the tests.
    shipped = subprocess.run(
        ["git", "-C", str(REPO), "ls-files", "--", str(GENERATOR)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert sorted(f for f in shipped if f.rpartition("/")[2].startswith("countries-")) == sorted(tracked)


def _strings(tree: ast.AST) -> Iterator[str]:
    """The string constants of ``tree``'s code: not its docstrings, nor other text
    standing as a statement of its own."""
    said = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in said:
            yield node.value


def test_the_assets_folders_name_is_written_once() -> None:
    # The theme's assets/ and the site's, by one name (files.ASSETS): it was written out
    # in nine modules (the loader, the copying, the links, the preview, the speed-ups),
    # and the embed script's address in two (files.EMBED_SCRIPT). (A message may name
    # a file of it in words: "search.html and assets/search.js alone give no search box".)
    written = [
        module
        for module in sorted(_modules())
        for text in _strings(ast.parse((GENERATOR / f"{module}.py").read_text(encoding="utf-8")))
        if text == "assets" or text.startswith(("assets/", "../assets/"))
    ]
    assert written == ["content/files"]


def _media_folder_written_out(tree: ast.AST) -> Iterator[int]:
    """The lines of ``tree`` that write a story's media folder's name out: 'media' joined
    into a path, or compared with a part of one (a TimelineJS slide's "media" key is
    another thing, and is not looked for)."""

    def is_media(node: ast.expr) -> bool:
        if isinstance(node, ast.List) and len(node.elts) == 1:
            node = node.elts[0]
        return isinstance(node, ast.Constant) and node.value == "media"

    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and ast.unparse(node.func) == "os.path.join":
            if any(is_media(arg) for arg in node.args):
                yield node.lineno
        elif isinstance(node, ast.Compare) and any(is_media(n) for n in (node.left, *node.comparators)):
            yield node.lineno


def test_the_story_media_folders_name_is_written_once() -> None:
    # Loading asked `entry.name == "media"` beside kinds.STORY_FOLDERS, and ten more
    # modules (the checks, the pictures, the copying, the preview, the import) joined
    # "media" into their paths: one name, kinds.MEDIA_FOLDER.
    written = [
        f"{module}:{line}"
        for module in sorted(_modules())
        for line in _media_folder_written_out(
            ast.parse((GENERATOR / f"{module}.py").read_text(encoding="utf-8"))
        )
    ]
    assert written == []
    found = list(
        _media_folder_written_out(ast.parse('os.path.join(a, "media", b)\nif p[:-1] == ["media"]: pass'))
    )
    assert found == [1, 2]


def _stages(text: str) -> list[str]:
    """The stages of the first line in ``text`` that reads 'load -> check -> ...'."""
    line = next(line for line in text.splitlines() if line.strip().startswith("load -> check"))
    return [stage.strip() for stage in line.split("->")]


def test_the_readmes_stages_are_the_pipelines_and_each_is_where_it_says() -> None:
    pipeline = ast.get_docstring(ast.parse((GENERATOR / "pipeline.py").read_text(encoding="utf-8")))
    assert pipeline is not None
    # The docstring's first line may go on to the next: read its stages as one line.
    first = " ".join(pipeline.split("\n\n", 1)[0].split()).removeprefix("The build, top to bottom: ")
    stages = [stage.strip(" .") for stage in first.split("->")]
    assert _stages(_how_it_is_built()) == stages
    # "Where each stage is": every stage named with its module, and every module there.
    where = " ".join(pipeline[pipeline.index("Where each stage is:") :].split())
    placed = dict(re.findall(r"(?:^|; |: )(\w+) ``((?:\w+/)*\w+\.py)``", where))
    assert sorted(placed) == sorted(stages)
    assert [m for m in placed.values() if not (GENERATOR / m).is_file()] == []


LONGEST_FUNCTION = 60
"""Lines of the longest function (its docstring counted) the package is read in easily."""

LONG_FUNCTIONS = {
    "commands/deploy.py:deploy",
    "content/lint/changes.py:_changed_before_what_it_holds",
    "content/refhints.py:unknown_ref_hint",
    "importers/convert.py:convert",
    "importers/read.py:read_timeline",
    "pictures/cards.py:bidi_levels",
    "pictures/cards.py:_longest_fitting",
    "render/searchindex.py:elided_words",
}
"""The functions longer than ``LONGEST_FUNCTION`` not yet split into named steps."""


def test_no_function_is_longer_than_a_screen_but_those_not_yet_split() -> None:
    # A function of 124 lines (import_story) is read in pieces: its steps named, it reads
    # as what it does. The list is of those still long, and shrinks: one split is taken out.
    long = set()
    for path in GENERATOR.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                assert node.end_lineno is not None
                if node.end_lineno - node.lineno + 1 > LONGEST_FUNCTION:
                    long.add(f"{path.relative_to(GENERATOR).as_posix()}:{node.name}")
    assert long == LONG_FUNCTIONS
