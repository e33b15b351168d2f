"""What content code may remember from one build to the next, asked through one interface.

Checking, modelling and linting call a ``Memory`` unconditionally, and never learn whether
it remembers: ``FORGETFUL`` (every build but the preview's) works everything out each
time, and the speed package's ``Memo`` (``speed/incremental.py``) hands back what the last
build found while what it was found from is unchanged. Either way a build's output is the
same; only its time differs. So no content module imports the speed package.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from generator.content.file_check import FileResult, Values
    from generator.content.yamlnodes import Mapping

T = TypeVar("T")


class Memory(Protocol):
    """Everything content code asks of what a build remembers, and what each answer
    promises. Every method may simply work the answer out again: remembering is a
    shortcut, never a change of result."""

    def get(self, root: Mapping) -> FileResult | None:
        """The result of checking the very same parsed file (``root``) on its own, as
        ``keep`` was given it; None if there is none (then the caller checks it)."""
        ...

    def keep(self, root: Mapping, result: FileResult) -> None:
        """``result``, just found by checking ``root`` on its own, for ``get``."""
        ...

    def model(self, values: Values, extra: Any, make: Callable[..., T], *args: Any) -> T:
        """``make(*args)``, the model object made from checked ``values``; or the object
        it made before, while ``values`` are the very same and ``extra`` (what else the
        object is made from) is equal."""
        ...

    def derived(
        self, owner: object, make: Callable[[], T], inputs: tuple[object, ...] = (), what: str = ""
    ) -> T:
        """``make()``, what is found from ``owner`` (a parsed file) and ``inputs``; or what
        it found before, while ``owner`` is the very same object and ``inputs`` are
        equal. ``what`` names what is found, where several things are found from one
        owner (each is kept apart)."""
        ...

    def same(self, key: Hashable, inputs: object, make: Callable[[], T]) -> T:
        """``make()``, what is found for ``key`` from ``inputs`` alone; or what it found
        for ``key`` before, while ``inputs`` are equal."""
        ...

    def finish(self) -> None:
        """The end of a build's checks (``check.check``), whether or not they found a
        mistake."""
        ...

    def modelled(self) -> None:
        """The end of a build's model (``assemble.site``), which a build stopped by a
        mistake does not reach."""
        ...


class Forgetful:
    """A ``Memory`` that remembers nothing: each answer worked out anew, as a build with
    nothing before it (or with the speed-ups off) does."""

    def get(self, root: Mapping) -> FileResult | None:
        return None

    def keep(self, root: Mapping, result: FileResult) -> None:
        pass

    def model(self, values: Values, extra: Any, make: Callable[..., T], *args: Any) -> T:
        return make(*args)

    def derived(
        self, owner: object, make: Callable[[], T], inputs: tuple[object, ...] = (), what: str = ""
    ) -> T:
        return make()

    def same(self, key: Hashable, inputs: object, make: Callable[[], T]) -> T:
        return make()

    def finish(self) -> None:
        pass

    def modelled(self) -> None:
        pass


FORGETFUL: Memory = Forgetful()
"""The one ``Forgetful`` needed: it holds nothing, so every build may share it."""
