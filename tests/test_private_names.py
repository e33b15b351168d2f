"""No private name of any library: the generator, its tests, its benchmarks and the theme
use only what libraries publish."""

from __future__ import annotations

import ast
import importlib
import importlib.metadata
import inspect
import re
import sys
import tomllib
from collections.abc import Iterable, Iterator
from pathlib import Path

from tests.conftest import REPO

OURS = {"generator", "benchmarks", "tests"}
FOLDERS = ("generator", "tests", "benchmarks")

PUBLIC_UNDERSCORED = {"_exit", "_fields", "_replace", "_asdict", "_make", "_field_defaults"}
"""Names of the standard library that begin with '_' and are documented for use
(``os._exit``, a named tuple's ``_replace`` and its siblings)."""

ACCESSORS = {"getattr", "setattr", "hasattr", "delattr", "inspect.getattr_static", "getattr_static"}
"""Functions that read an attribute named by their second argument."""

NAMED_GETTERS = {"operator.attrgetter", "attrgetter", "operator.methodcaller", "methodcaller"}
"""Functions that make a reader of the attribute (or dotted path) named by their first argument."""


def _private(dotted: str) -> bool:
    return any(p.startswith("_") and not (p.startswith("__") and p.endswith("__")) for p in dotted.split("."))


def _third_party(module: str) -> bool:
    top = module.split(".")[0]
    return top not in OURS and top not in sys.stdlib_module_names and top != "__future__"


def member_names(sources: Iterable[str]) -> set[str]:
    """Every ``_``-prefixed name that ``sources`` define as a member of an object: a class's
    methods and the names its body assigns (its fields), and the attributes assigned on
    ``self`` or ``cls`` (``self._kept = 1``). Such a name read from an object is one of ours. Not a
    function, variable or parameter of the module: our ``def _compile`` says nothing of
    ``env._compile`` (Jinja's)."""
    names: set[str] = set()
    for source in sources:
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.ClassDef):
                names.update(_class_members(node))
            elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store) and _on_self(node):
                names.add(node.attr)
    return {name for name in names if _private(name)}


def _on_self(node: ast.Attribute) -> bool:
    """Whether ``node`` is an attribute of ``self`` or ``cls`` (an object's own member;
    one assigned on another object, ``env._compile = f``, may be the library's)."""
    return isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")


def _class_members(node: ast.ClassDef) -> Iterator[str]:
    """The names the body of the class ``node`` defines: methods, nested classes, and
    the names it assigns (``_x = 1``, ``_x: int``)."""
    for item in node.body:
        if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            yield item.name
        elif isinstance(item, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = item.targets if isinstance(item, ast.Assign) else [item.target]
            for target in targets:
                yield from (
                    n.id for n in ast.walk(target) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)
                )


def private_names(source: str, ours: set[str] | None = None, everywhere: set[str] | None = None) -> list[str]:
    """Each use of a ``_``-prefixed (not dunder) name of a third-party library in
    ``source``: imports of one (also through ``importlib.import_module``, and looked up in
    ``sys.modules``), attribute chains from a name imported from one, and, where ``ours``
    is given, any other ``_``-prefixed name read from an object (``env._x``,
    ``getattr(m, "_func")``, ``vars(m)["_func"]``, ``attrgetter("_func")``) unless it is one of
    ``ours`` (``allowed_names``: the members of objects defined in the file, in the
    module a test file tests, or in a module of ours the file imports), or read straight
    from ``self`` or ``cls`` and a member somewhere in our code (``everywhere``, of
    ``member_names``; ``ours`` if not given), or read straight from a module of ours
    imported by name that the file does not assign (``maps._path``), or documented for use
    by the standard library (``PUBLIC_UNDERSCORED``; a private name of the standard library
    is refused too); any name of a library's module put together while running
    (``getattr(yaml, "_" + "yaml")``), which nothing can read; and, in a class made from a
    library's class, the private names of that class it reads or defines again
    (``_taken_from_library_classes``).

    So a name we define elsewhere, or as no member, does not pass a library's object: our
    ``_compile`` in one module does not let ``env._compile`` (Jinja's) through in another,
    nor ``self.env._compile``, nor a function ``_compile`` of the file's own."""
    tree = ast.parse(source)
    imported: dict[str, str] = {}  # local name -> dotted origin
    own_modules: set[str] = set()  # local names of modules of ours
    found: list[str] = []

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in OURS:
                    own_modules.add(alias.asname or alias.name.split(".")[0])  # always a module
                if _third_party(alias.name):
                    imported[alias.asname or alias.name.split(".")[0]] = (
                        alias.asname and alias.name
                    ) or alias.name.split(".")[0]
                    if _private(alias.name):
                        found.append(alias.name)
        elif (
            isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").split(".")[0] in OURS
        ):
            own_modules.update(
                alias.asname or alias.name
                for alias in node.names
                if _our_module(f"{node.module}.{alias.name}")
            )
        elif (
            isinstance(node, ast.ImportFrom) and node.module and node.level == 0 and _third_party(node.module)
        ):
            for alias in node.names:
                dotted = f"{node.module}.{alias.name}"
                imported[alias.asname or alias.name] = dotted
                if _private(dotted):
                    found.append(dotted)
    # A name the file also assigns may hold anything there, whatever it was imported as.
    own_modules -= {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    mine = everywhere if everywhere is not None else ours
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            chain = ast.unparse(node).split("(")[0]
            head = chain.split(".")[0]
            if head in imported and _private(chain):
                found.append(imported[head] + chain[len(head) :])
            elif (
                ours is not None
                and _private(node.attr)
                and _unknown(node.attr, ours)
                and not _read_from_ours(node.value, node.attr, own_modules, mine)
            ):
                found.append(f"{ast.unparse(node.value)}.{node.attr}")
        elif isinstance(node, ast.Call):
            found += _called(node, imported, ours, own_modules, mine)
        elif isinstance(node, ast.Subscript):
            found += _looked_up(node, ours)
    found += _taken_from_library_classes(tree, imported)
    names = set(found)
    return sorted(n for n in names if not any(other.startswith(n + ".") for other in names))  # whole chains


def _taken_from_library_classes(tree: ast.Module, imported: dict[str, str]) -> list[str]:
    """The private names a class of ``tree`` made from a library's class takes from it:
    one read through ``self``, ``cls`` or ``super()`` that neither the class nor a class
    of the file it derives from defines (a name of ours elsewhere says nothing of the
    library's class), and one it defines that the library's class has too (``def
    _parse``, ``self._finished = True``): both are the library's."""
    classes = {node.name: node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
    found: list[str] = []
    for node in classes.values():
        libraries, ours = _bases(node, classes, imported)
        if not libraries:
            continue
        own = _defined_by(node)
        inherited = set().union(*(_defined_by(base) for base in ours))
        for read in ast.walk(node):
            if (
                not (isinstance(read, ast.Attribute) and _private(read.attr))
                or read.attr in PUBLIC_UNDERSCORED
            ):
                continue
            through_super = isinstance(read.value, ast.Call) and ast.unparse(read.value.func) == "super"
            if (through_super and read.attr not in inherited) or (
                _on_self(read) and read.attr not in own | inherited
            ):
                found.append(f"{libraries[0]}.{read.attr}")
        found += [
            f"{library}.{name}"
            for name in own
            if _private(name)
            for library in libraries
            if _has(library, name)
        ]
    return found


def _bases(
    node: ast.ClassDef, classes: dict[str, ast.ClassDef], imported: dict[str, str]
) -> tuple[list[str], list[ast.ClassDef]]:
    """The libraries' classes ``node`` derives from, by their dotted names, and the
    classes of the file it derives from: through these too."""
    libraries: list[str] = []
    ours: list[ast.ClassDef] = []
    for base in node.bases:
        chain = ast.unparse(base)
        head = chain.split(".")[0]
        if head in imported:
            libraries.append(imported[head] + chain[len(head) :])
        elif chain in classes and classes[chain] is not node:
            ours.append(classes[chain])
            more, further = _bases(classes[chain], classes, imported)
            libraries += more
            ours += further
    return libraries, ours


def _defined_by(node: ast.ClassDef) -> set[str]:
    """The members the class ``node`` defines: in its body, and assigned on ``self`` or ``cls``."""
    assigned = {
        n.attr
        for n in ast.walk(node)
        if isinstance(n, ast.Attribute) and isinstance(n.ctx, ast.Store) and _on_self(n)
    }
    return set(_class_members(node)) | assigned


def _has(dotted: str, name: str) -> bool:
    """Whether the library's class ``dotted`` (``jinja2.Environment``), or a class it
    derives from, has a member ``name``: defined in its body, or assigned on ``self`` or
    ``cls`` in its source. One that cannot be found is taken to have it (nothing can
    tell it has not)."""
    module, _, rest = dotted.partition(".")
    try:
        found: object = importlib.import_module(module)
        for part in rest.split(".") if rest else []:
            try:
                found = getattr(found, part)
            except AttributeError:
                found = importlib.import_module(f"{module}.{part}")
            module = f"{module}.{part}"
    except ImportError:
        return True
    if not isinstance(found, type):
        return True
    for kind in inspect.getmro(found):
        if name in vars(kind):
            return True
        try:
            source = inspect.getsource(kind)
        except (OSError, TypeError):  # a class of compiled code, or of no file
            continue
        if re.search(rf"\b(?:self|cls)\.{re.escape(name)}\b", source):
            return True
    return False


def _looked_up(node: ast.Subscript, ours: set[str] | None) -> list[str]:
    """The private name a look-up by string reaches: a library's module in ``sys.modules``
    (``sys.modules['yaml._yaml']``), or an object's attribute in its namespace
    (``vars(env)['_parse']``, ``env.__dict__['_parse']``) unless it is one of ``ours``."""
    key = node.slice
    if not (isinstance(key, ast.Constant) and isinstance(key.value, str)):
        return []
    holder = ast.unparse(node.value)
    if holder == "sys.modules":
        return [key.value] if _third_party(key.value) and _private(key.value) else []
    in_namespace = (isinstance(node.value, ast.Call) and ast.unparse(node.value.func) == "vars") or (
        isinstance(node.value, ast.Attribute) and node.value.attr == "__dict__"
    )
    if in_namespace and _private(key.value) and (ours is None or _unknown(key.value, ours)):
        return [f"{holder}[{key.value!r}]"]
    return []


def _our_module(dotted: str) -> bool:
    """Whether ``dotted`` (``generator.render.maps``) is a module or package of ours."""
    path = REPO.joinpath(*dotted.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _read_from_ours(value: ast.expr, name: str, own_modules: set[str], mine: set[str] | None) -> bool:
    """Whether ``name`` is read straight from an object of ours: ``self`` or ``cls`` (and
    the name one our code defines: a library's base class may have its own), or a module
    of ours imported by name."""
    if not isinstance(value, ast.Name):
        return False  # self.env._x: env may be a library's object
    if value.id in ("self", "cls"):
        return mine is not None and name in mine
    return value.id in own_modules


def _unknown(name: str, ours: set[str]) -> bool:
    return name not in ours and name not in PUBLIC_UNDERSCORED


def _called(
    node: ast.Call,
    imported: dict[str, str],
    ours: set[str] | None,
    own_modules: set[str],
    mine: set[str] | None,
) -> list[str]:
    """The private names a call reaches by name: ``getattr`` and its siblings, and the
    imports of a module named by a string."""
    func = ast.unparse(node.func)
    if func in ("importlib.import_module", "import_module", "__import__") and node.args:
        module = node.args[0]
        if isinstance(module, ast.Constant) and isinstance(module.value, str):
            return [module.value] if _third_party(module.value) and _private(module.value) else []
        return []  # a module named at run time: ours (search) or checked where it is named
    if func in NAMED_GETTERS and node.args:
        named = node.args[0]
        if isinstance(named, ast.Constant) and isinstance(named.value, str):
            private = [
                p for p in named.value.split(".") if _private(p) and (ours is None or _unknown(p, ours))
            ]
            return [f"{func}({named.value!r})"] if private else []
        return []
    if func not in ACCESSORS or len(node.args) < 2:
        return []
    target, name = ast.unparse(node.args[0]), node.args[1]
    head = target.split(".")[0]
    if isinstance(name, ast.Constant) and isinstance(name.value, str):
        if head in imported and _private(name.value):
            return [f"{imported[head]}{target[len(head) :]}.{name.value}"]
        if ours is not None and _private(name.value) and _unknown(name.value, ours):
            return (
                []
                if _read_from_ours(node.args[0], name.value, own_modules, mine)
                else [f"{target}.{name.value}"]
            )
        return []
    if head in imported:
        return [f"{target}.<{ast.unparse(name)}>"]  # a name made at run time: cannot be told public
    return []


TEMPLATE_PRIVATE = re.compile(r"\.\s*_[A-Za-z]|\[\s*['\"]_[A-Za-z]|attr\(\s*['\"]_[A-Za-z]")
"""A ``_``-prefixed attribute read in a Jinja template (``x._y``, ``x['_y']``,
``x|attr('_y')``): Jinja hands such names through to the Python objects, its own too."""


def test_the_check_finds_private_names() -> None:
    source = (
        "import yaml\nfrom markupsafe._speedups import _escape_inner\nfrom jinja2 import runtime\n"
        "import os\nos._exit(0)\nyaml._yaml.CParser\nruntime.Macro._func\nyaml.__version__\n"
    )
    assert private_names(source) == [
        "jinja2.runtime.Macro._func",
        "markupsafe._speedups._escape_inner",
        "yaml._yaml.CParser",
    ]


def test_the_check_finds_private_names_reached_through_objects_and_strings() -> None:
    source = (
        "import importlib\nimport jinja2\nimport yaml\nfrom markupsafe import Markup\n"
        "env = jinja2.Environment()\nenv._load_template('x', None)\n"
        "Markup('a')._secret\n"
        "getattr(jinja2.runtime.Macro, '_func')\n"
        "getattr(yaml, '_' + 'yaml')\n"
        "importlib.import_module('markupsafe._speedups')\n"
        "class Ours:\n    def _helper(self) -> None:\n        self._kept = 1\n"
        "Ours()._helper()\nOurs()._kept\ngetattr(Ours(), '_helper')\n"
        "import collections\ncollections.namedtuple('P', 'x')(1)._replace(x=2)\n"
    )
    found = private_names(source, member_names([source]))
    assert found == [
        "Markup('a')._secret",
        "env._load_template",
        "jinja2.runtime.Macro._func",
        "markupsafe._speedups",
        "yaml.<'_' + 'yaml'>",
    ]


def _sources() -> dict[Path, str]:
    return {
        path: path.read_text(encoding="utf-8")
        for folder in FOLDERS
        for path in sorted((REPO / folder).rglob("*.py"))
    }


def module_under_test(path: Path) -> Path | None:
    """The module a test file tests, as tests mirror modules: ``tests/speed/test_pictures.py``
    tests ``generator/speed/pictures.py`` (``tests/speed/test_speed.py`` the package's
    ``__init__.py``; ``tests/benchmarks/...`` the benchmarks)."""
    rel = path.relative_to(REPO)
    if rel.parts[0] != "tests" or not rel.name.startswith("test_"):
        return None
    folder = REPO / ("benchmarks" if rel.parts[1:2] == ("benchmarks",) else "generator")
    inner = rel.parts[2:-1] if rel.parts[1:2] == ("benchmarks",) else rel.parts[1:-1]
    name = rel.name.removeprefix("test_")
    for candidate in (folder.joinpath(*inner, name), folder.joinpath(*inner, "__init__.py")):
        if candidate.exists() and (candidate.name == name or candidate.parent.name == name[:-3]):
            return candidate
    return None


def imported_modules(source: str) -> set[Path]:
    """The files of our modules ``source`` imports: ``generator/render/maps.py`` for
    ``from generator.render import maps``, ``import generator.render.maps`` or ``from
    generator.render.maps import Box`` (a package's ``__init__.py`` for a name of the
    package's own); whether each file is there is for the caller to see."""
    dotted: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            dotted.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            dotted.add(node.module)
            dotted.update(f"{node.module}.{alias.name}" for alias in node.names)
    found: set[Path] = set()
    for name in dotted:
        if name.split(".")[0] in OURS:
            path = REPO.joinpath(*name.split("."))
            found |= {path.with_suffix(".py"), path / "__init__.py"}
    return found


def allowed_names(path: Path, sources: dict[Path, str]) -> set[str]:
    """The ``_``-prefixed names ``path`` may read from any object: the members of objects
    (``member_names``) it defines, or the module it tests or a module of ours it imports
    defines."""
    source = sources[path]
    near = {path, *imported_modules(source)} | ({tested} if (tested := module_under_test(path)) else set())
    return member_names(sources[p] for p in sorted(near) if p in sources)


def test_the_generator_its_tests_and_benchmarks_use_no_private_name_of_any_library() -> None:
    sources = _sources()
    everywhere = member_names(sources.values())
    found = {
        str(path.relative_to(REPO)): names
        for path, source in sources.items()
        if (names := private_names(source, allowed_names(path, sources), everywhere))
    }
    assert found == {}


def test_a_name_we_define_elsewhere_does_not_pass_a_librarys_object() -> None:
    source = (
        "import jinja2\nfrom generator.render import maps\nfrom generator.render.renderer import SiteRenderer\n"
        "env = jinja2.Environment()\nenv._compile('x', 'y')\ngetattr(env, '_compile')\n"
        "maps._path([])\nSiteRenderer._zz\n"
        "class Ours(jinja2.Environment):\n    def _mine(self) -> None:\n        self._kept = 1\n"
        "        self._kept, self._mine, self.env._zz, self._zz, cls._zz\n"
    )
    here, elsewhere = REPO / "generator/render/x.py", REPO / "generator/speed/y.py"
    sources = {here: source, elsewhere: "def _compile() -> None: ...\n"}
    everywhere = member_names(sources.values())
    # `_compile` is a name of ours in another module, yet Jinja's is refused here; so are a
    # name read through an attribute of self, one read from self or cls that no code of
    # ours defines (a library base class's, named as that class's too), and one read from
    # a class (not a module) of ours. This file's own `_kept` and `_mine`, and a module of
    # ours by name, pass.
    assert private_names(source, allowed_names(here, sources), everywhere) == [
        "SiteRenderer._zz",
        "cls._zz",
        "env._compile",
        "jinja2.Environment._zz",
        "self._zz",
        "self.env._zz",
    ]
    assert private_names(source, member_names(sources.values())) == [
        "SiteRenderer._zz",
        "cls._zz",
        "env._compile",
        "jinja2.Environment._zz",
        "self._zz",
        "self.env._zz",
    ]  # nor does our function `_compile` anywhere: it is no member of an object
    # A module's name the file assigns holds something else there.
    shadowed = "import jinja2\nfrom generator.render import maps\nmaps = jinja2.Environment()\nmaps._zz\n"
    assert private_names(shadowed, set(), set()) == ["maps._zz"]
    assert module_under_test(REPO / "tests/speed/test_pictures.py") == REPO / "generator/speed/pictures.py"
    assert module_under_test(REPO / "tests/speed/test_speed.py") == REPO / "generator/speed/__init__.py"
    assert module_under_test(REPO / "tests/test_reliability.py") is None


def test_a_function_variable_or_parameter_of_the_file_does_not_pass_a_librarys_object() -> None:
    # A file with its own `def _compile` let Jinja's `env._compile` through, and so did a
    # variable or a parameter of the name: only members of objects (methods, fields,
    # attributes assigned) are names an object of ours can have.
    source = (
        "import jinja2\ndef _compile(_render: int) -> None: ...\n_load = 1\n"
        "env = jinja2.Environment()\nenv._compile('x', 'y')\nenv._render\nenv._load\n"
        "getattr(env, '_compile')\n"
    )
    here = REPO / "generator/render/x.py"
    assert private_names(source, allowed_names(here, {here: source})) == [
        "env._compile",
        "env._load",
        "env._render",
    ]


def test_a_member_passes_where_its_module_is_imported() -> None:
    ours = "class Cache:\n    _hits = 0\n    def _compile(self) -> None:\n        self._seen = 1\n"
    here, there = REPO / "generator/render/x.py", REPO / "generator/speed/y.py"
    uses = "from generator.speed.y import Cache\nc = Cache()\nc._compile()\nc._hits\nc._seen\n"
    assert private_names(uses, allowed_names(here, {here: uses, there: ours})) == []
    also = "from generator.speed import y\nc = y.Cache()\nc._compile()\n"
    assert private_names(also, allowed_names(here, {here: also, there: ours})) == []
    # Not imported, the module's members say nothing of the object read from.
    alone = "import jinja2\nc = jinja2.Environment()\nc._compile()\nc._hits\n"
    assert private_names(alone, allowed_names(here, {here: alone, there: ours})) == ["c._compile", "c._hits"]


def test_the_check_finds_private_names_reached_by_a_string() -> None:
    # Each reached a library's private name by a string that getattr's check never saw.
    source = (
        "import inspect\nimport operator\nimport sys\nfrom operator import attrgetter\nimport jinja2\n"
        "env = jinja2.Environment()\n"
        "sys.modules['yaml._yaml']\nvars(env)['_parse']\nenv.__dict__['_tokenize']\n"
        "operator.attrgetter('globals._x')(env)\nattrgetter('_generate')(env)\n"
        "operator.methodcaller('_compile', 'x')(env)\ninspect.getattr_static(env, '_load_template')\n"
        "sys.modules['yaml']\nvars(env)['globals']\noperator.attrgetter('globals')(env)\n"
    )
    assert private_names(source, set()) == [
        "attrgetter('_generate')",
        "env.__dict__['_tokenize']",
        "env._load_template",
        "operator.attrgetter('globals._x')",
        "operator.methodcaller('_compile')",
        "vars(env)['_parse']",
        "yaml._yaml",
    ]
    mine = "class Ours:\n    _kept = 1\nvars(Ours())['_kept']\n"
    assert private_names(mine, member_names([mine])) == []


def test_a_class_made_from_a_librarys_class_takes_none_of_its_private_names() -> None:
    # A subclass reached the library's private names through `self` and `super()`
    # wherever any class of ours had a member of the name (tornado's `_finished`, as our
    # parallel.py has one), and it replaced them by defining one (`def _parse`).
    ours = "class Claims:\n    def __init__(self) -> None:\n        self._finished = 1\n        self._parse = 2\n"
    source = (
        "import jinja2\nfrom tornado import web\n"
        "class Handler(web.RequestHandler):\n    def get(self) -> None:\n        self._finished\n"
        "class Theme(jinja2.Environment):\n"
        "    def _parse(self, source, name, filename):\n        return super()._parse(source, name, filename)\n"
        "class Kept(web.RequestHandler):\n    def prepare(self) -> None:\n        self._finished = True\n"
    )
    here, there = REPO / "generator/render/x.py", REPO / "generator/speed/y.py"
    sources = {here: source, there: ours}
    assert private_names(source, allowed_names(here, sources), member_names(sources.values())) == [
        "jinja2.Environment._parse",
        "tornado.web.RequestHandler._finished",
    ]
    # A member the subclass, or a class of the file it derives from, makes its own passes.
    own = (
        "import jinja2\nfrom tornado import web\n"
        "class Guarded(web.RequestHandler):\n    def _refuse(self) -> None:\n        self._seen = 1\n"
        "class Socket(Guarded):\n    def get(self) -> None:\n        self._refuse()\n        self._seen\n"
        "class Loader(jinja2.FileSystemLoader):\n"
        "    def get_source(self, environment, template):\n        return self._conflicts()\n"
        "    def _conflicts(self):\n        return None\n"
    )
    assert private_names(own, allowed_names(here, {here: own}), member_names([own])) == []


def test_the_theme_reads_no_private_name() -> None:
    assert TEMPLATE_PRIVATE.search("{{ loop._x }}") and TEMPLATE_PRIVATE.search("{{ m|attr('_func') }}")
    found = {
        str(path.relative_to(REPO)): TEMPLATE_PRIVATE.findall(text)
        for path in sorted((REPO / "templates").rglob("*"))
        if path.suffix in (".html", ".xml", ".txt")
        and TEMPLATE_PRIVATE.search(text := path.read_text("utf-8"))
    }
    assert found == {}


UNDOCUMENTED_MODULES = {
    "jinja2.filters",
    "jinja2.tests",
    "jinja2.compiler",
    "jinja2.optimizer",
    "jinja2.idtracking",
    "jinja2.debug",
}
"""Modules of a library with no '_' in their names that its documentation does not give
for use: Jinja's filters and tests are documented by their names in a template, and
reached through the environment (``env.call_filter("truncate", ...)``), not as the
functions that implement them (``jinja2.filters.do_truncate``), which a release may
rename or change."""


def undocumented_uses(source: str) -> list[str]:
    """Each use in ``source`` of a module of ``UNDOCUMENTED_MODULES``: imported, or reached
    as an attribute of the library (``jinja2.filters.do_truncate``)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if alias.name in UNDOCUMENTED_MODULES]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            dotted = {node.module} | {f"{node.module}.{alias.name}" for alias in node.names}
            found += sorted(dotted & UNDOCUMENTED_MODULES)
        elif isinstance(node, ast.Attribute):
            chain = ast.unparse(node).split("(")[0]
            if any(chain.startswith(module + ".") for module in UNDOCUMENTED_MODULES):
                found.append(chain)
    return sorted(set(found))


def test_the_check_finds_a_librarys_undocumented_modules() -> None:
    source = (
        "import jinja2\nfrom jinja2 import filters\nfrom jinja2.compiler import CodeGenerator\n"
        "jinja2.filters.do_truncate(env, 'x', 2)\nenv.call_filter('truncate', 'x')\njinja2.ext.Extension\n"
    )
    assert undocumented_uses(source) == ["jinja2.compiler", "jinja2.filters", "jinja2.filters.do_truncate"]


def test_the_generator_and_benchmarks_use_no_undocumented_module_of_a_library() -> None:
    found = {
        str(path.relative_to(REPO)): names
        for path, source in _sources().items()
        if path.relative_to(REPO).parts[0] != "tests" and (names := undocumented_uses(source))
    }
    assert found == {}


def _dependencies_import_names() -> dict[str, set[str]]:
    """Each runtime dependency of ``pyproject.toml`` installed here, by its distribution's
    name, with the top-level names it is imported by (a platform's own, ``tzdata`` on
    Windows, is left out where it is not installed)."""
    with (REPO / "pyproject.toml").open("rb") as f:
        wanted = tomllib.load(f)["project"]["dependencies"]
    names = {re.split(r"[<>=!~;\[ ]", requirement, maxsplit=1)[0].lower() for requirement in wanted}
    found: dict[str, set[str]] = {}
    for top, distributions in importlib.metadata.packages_distributions().items():
        for distribution in distributions:
            if distribution.lower() in names:
                found.setdefault(distribution.lower(), set()).add(top)
    return found


def test_the_check_covers_every_library_the_generator_depends_on() -> None:
    libraries = _dependencies_import_names()
    # Issue 15's list (its first line) and the libraries taken on since, openpyxl (a
    # workbook's import) and watchfiles (the preview) among them: every dependency, read
    # from pyproject.toml, is a library the check reads private names of.
    tops = set().union(*libraries.values())
    assert {"jinja2", "markupsafe", "yaml", "livereload", "markdown", "nh3", "babel", "PIL"} <= tops
    assert {"openpyxl", "watchfiles", "tornado", "bs4", "markdownify", "defusedxml"} <= tops
    unchecked = {}
    for distribution, names in sorted(libraries.items()):
        for top in sorted(names):
            if top.startswith("_"):  # a private module of its own (PyYAML's `_yaml`)
                expected = [top]
                source = f"import {top}\n"
            else:
                expected = [f"{top}._hidden", f"{top}._private_module.name", "thing._member"]
                source = (
                    f"import {top}\nfrom {top}._private_module import name\n"
                    f"{top}._hidden\nthing = {top}.Public()\nthing._member\n"
                )
            if private_names(source, set(), set()) != sorted(expected):
                unchecked[distribution] = top
    assert unchecked == {}, "libraries whose private names the check does not find"


def test_the_check_reads_the_generator_and_the_benchmarks() -> None:
    read = {path.relative_to(REPO).parts[0] for path in _sources()}
    assert {"generator", "benchmarks"} <= read
    assert REPO / "generator/importers/workbook.py" in _sources()  # openpyxl, imported in a function
