"""Regular expressions compiled when a build first uses them, not when their module loads.

Most of the package's expressions serve one language or script (a Lithuanian month, a
Hangul syllable), an error's hint, or content a story may not have; compiling all of
them as the modules loaded was a fifth of the time the command took to start, before
any file was read (``docs/performance.md``). ``later`` gives a function that compiles
its expression on its first call and returns that compiled expression ever after:
``_HAN = later("[...]")``, then ``_HAN().search(text)``.

A mistake in an expression shows when it is compiled, so late for one a build rarely
uses: ``MADE`` lists every one, and a test compiles them all.

An expression most builds use (a line break, an id, a tag in the pages' HTML), or one
too small to cost anything measurable, stays ``re.compile``'d as its module loads:
deferring it would save nothing, only add a call at each use. So ``later`` says "often
not needed", and ``re.compile`` "needed, or cheap".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import AnyStr

Compiled = Callable[[], re.Pattern[str]]
"""An expression compiled on first use: call it for the compiled expression."""

MADE: list[Callable[[], re.Pattern[str]] | Callable[[], re.Pattern[bytes]]] = []
"""Every expression ``later`` has made (each module's, as it loads)."""


def later(pattern: AnyStr, flags: int = 0) -> Callable[[], re.Pattern[AnyStr]]:
    """``pattern`` (text or bytes, with ``flags`` as ``re.compile`` takes them), compiled
    on the first call."""
    compiled: Callable[[], re.Pattern[AnyStr]] = functools.cache(
        functools.partial(re.compile, pattern, flags)
    )
    MADE.append(compiled)
    return compiled
