"""SVG made safe to publish: drawing elements and their presentation attributes only.

An SVG on the site's own origin can do whatever a page of the site can, so a story's
SVG is rewritten (``safe_svg``, for ``media.publishable`` and ``media.problem``) to what
draws, with nothing that runs or loads: no script, event handler, foreign HTML, style
sheet or link to another file. A file made to break the reading (nested thousands deep,
millions of elements) is refused while it is read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.content.model import Drawing
from generator.patterns import later

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

# defusedxml and xml.etree (and filetype, in media.py) are imported where a media file is
# looked at: most builds look at none, and importing them would cost every build 8 ms.

# SVG: drawing elements and their presentation attributes, nothing that runs or loads.
_SVG_NS = "http://www.w3.org/2000/svg"
_XLINK_NS = "http://www.w3.org/1999/xlink"
_XML_NS = "http://www.w3.org/XML/1998/namespace"
_ELEMENTS = frozenset(
    [
        "svg",
        "g",
        "path",
        "rect",
        "circle",
        "ellipse",
        "line",
        "polyline",
        "polygon",
        "text",
        "tspan",
        "textPath",
        "title",
        "desc",
        "defs",
        "symbol",
        "use",
        "linearGradient",
        "radialGradient",
        "stop",
        "clipPath",
        "mask",
        "pattern",
        "marker",
    ]
)
_ATTRIBUTES = frozenset(
    [
        "id",
        "class",
        "viewBox",
        "width",
        "height",
        "x",
        "y",
        "x1",
        "y1",
        "x2",
        "y2",
        "cx",
        "cy",
        "r",
        "rx",
        "ry",
        "fx",
        "fy",
        "d",
        "points",
        "dx",
        "dy",
        "rotate",
        "transform",
        "opacity",
        "fill",
        "fill-opacity",
        "fill-rule",
        "stroke",
        "stroke-width",
        "stroke-linecap",
        "stroke-linejoin",
        "stroke-dasharray",
        "stroke-dashoffset",
        "stroke-opacity",
        "stroke-miterlimit",
        "font-family",
        "font-size",
        "font-weight",
        "font-style",
        "text-anchor",
        "dominant-baseline",
        "alignment-baseline",
        "baseline-shift",
        "letter-spacing",
        "word-spacing",
        "textLength",
        "lengthAdjust",
        "offset",
        "stop-color",
        "stop-opacity",
        "gradientUnits",
        "gradientTransform",
        "spreadMethod",
        "clip-path",
        "clip-rule",
        "clipPathUnits",
        "mask",
        "maskUnits",
        "maskContentUnits",
        "patternUnits",
        "patternContentUnits",
        "patternTransform",
        "preserveAspectRatio",
        "markerWidth",
        "markerHeight",
        "refX",
        "refY",
        "orient",
        "markerUnits",
        "marker-start",
        "marker-mid",
        "marker-end",
        "visibility",
        "display",
        "color",
        "vector-effect",
        "paint-order",
        "shape-rendering",
        "text-rendering",
        "version",
        "role",
        "aria-label",
        "aria-hidden",
        "aria-labelledby",
        "aria-describedby",
        "focusable",
        "lang",
        "style",
    ]
)
_LINKS = frozenset({"href", f"{{{_XLINK_NS}}}href"})
_UNSAFE_VALUE = later(r"url\(\s*['\"]?\s*(?!#)|@import|javascript:|\\", re.IGNORECASE)
"""A link out of the drawing (``url()`` to anything but one of its parts), a style
sheet, a script address; or a backslash, with which CSS could spell any of them."""
_FUNCTION = later(r"([a-z0-9-]+)\s*\(", re.IGNORECASE)
_FETCHING = frozenset(["image-set", "image", "cross-fade", "src", "element", "paint", "expression"])
"""CSS functions that load something, or run it: ``image-set()`` fetches even a plain
string, ``image()``, ``cross-fade()`` and ``src()`` what they name, ``element()`` and
``paint()`` draw other things in; old browsers ran ``expression()``. (``url()`` is
``_UNSAFE_VALUE``'s: allowed to the drawing's own parts only.) Every other function a
drawing uses (colours, sums, transforms, shapes) stays."""


def _unsafe(value: str) -> bool:
    """Whether an attribute's value could load or run anything."""
    names = (re.sub(r"^-[a-z]+-", "", name.lower()) for name in _FUNCTION().findall(value))  # -webkit-...
    return bool(_UNSAFE_VALUE().search(value)) or any(name in _FETCHING for name in names)


MAX_SVG_DEPTH = 100
"""How deep an SVG's elements may nest. Drawings made by hand or by chart and map tools
nest a few dozen levels at most; a file nested thousands deep is made to break the
programs that read it (each level costs a level of Python's stack)."""
MAX_SVG_ELEMENTS = 100_000
"""How many elements an SVG may hold: a detailed map has tens of thousands of shapes;
millions (possible within the size limit) would take gigabytes to read and clean."""


def safe_svg(data: bytes) -> bytes:
    """An SVG with only drawing elements and presentation attributes: no script, event
    handler, foreign HTML, style sheet, or link to anything but its own parts (``#id``).
    Raises ValueError for a file that is not SVG, or nests or holds too many elements
    (found while reading, so such a file costs no more than the limits allow)."""
    from xml.etree import ElementTree

    ElementTree.register_namespace("", _SVG_NS)  # written as the default namespace
    ElementTree.register_namespace("xlink", _XLINK_NS)
    root = _bounded_svg(data)
    if root.tag != f"{{{_SVG_NS}}}svg":
        raise ValueError('is not an SVG file: its root must be <svg xmlns="http://www.w3.org/2000/svg">')
    _clean(root)
    data_out: bytes = ElementTree.tostring(root, encoding="utf-8")
    return data_out


_CSS_PIXELS = {"": 1.0, "px": 1.0, "in": 96.0, "cm": 96 / 2.54, "mm": 96 / 25.4, "q": 96 / 101.6}
_CSS_PIXELS |= {"pt": 96 / 72, "pc": 16.0}
"""CSS pixels in each absolute unit an SVG's ``width`` and ``height`` may be given in (a
number alone is in pixels). A size in ``em``, ``ex`` or ``%`` depends on where the
drawing is shown: it says nothing of its own size."""
_LENGTH = later(r"\s*([0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?)\s*([a-zA-Z]*)\s*")
_SEPARATORS = later(r"[\s,]+")


def drawing_size(data: bytes) -> Drawing | None:
    """The size an SVG gives itself, as a browser reads it in an ``<img>``: its ``width``
    and ``height`` in CSS pixels, one of them with the proportions of its ``viewBox``
    (the other follows), or those proportions alone; None when it says neither (a size
    in ``%`` or ``em`` and no ``viewBox``). Only its root element is read, by defusedxml
    (no entities, no DTD fetched), so its size costs no more than its first few lines
    however large the drawing. Raises ValueError for a file that is not plain SVG."""
    import io
    from xml.etree import ElementTree

    from defusedxml import ElementTree as SafeElementTree
    from defusedxml.common import DefusedXmlException

    try:
        _, root = next(SafeElementTree.iterparse(io.BytesIO(data), events=("start",)))
    except (DefusedXmlException, ElementTree.ParseError, StopIteration):
        raise ValueError("is not a valid SVG file") from None
    if root.tag != f"{{{_SVG_NS}}}svg":
        raise ValueError('is not an SVG file: its root must be <svg xmlns="http://www.w3.org/2000/svg">')
    width, height = _css_pixels(root.get("width")), _css_pixels(root.get("height"))
    box = _view_box(root.get("viewBox"))
    if width and height:
        return _statable(Drawing(width, height, sized=True))
    if box is None:
        return None
    if width:
        return _statable(Drawing(width, width * box[1] / box[0], sized=True))
    if height:
        return _statable(Drawing(height * box[0] / box[1], height, sized=True))
    return _statable(Drawing(box[0], box[1], sized=False))


MAX_PROPORTION = 10_000
"""How many times longer than the other a drawing's side may be for its size to be
stated: a page writes its proportions (``--ratio``, width / height) to four decimals,
and 1:10,000 is the narrowest they say. No chart or map is near it."""


def _statable(drawing: Drawing) -> Drawing | None:
    """``drawing`` if a page can state its size: both sides finite and above 0 (one side
    and a ``viewBox`` of numbers far apart, '1e300' and '1e-300', give one that is not),
    neither more than ``MAX_PROPORTION`` times the other. None otherwise, as for a
    drawing that says no size: the page lays it out by the file when it arrives."""
    width, height = drawing.width, drawing.height
    if not (0 < width < float("inf") and 0 < height < float("inf")):
        return None
    return drawing if max(width / height, height / width) <= MAX_PROPORTION else None


def _css_pixels(length: str | None) -> float | None:
    """A length of an SVG's root in CSS pixels; None unless it is positive and absolute."""
    found = _LENGTH().fullmatch(length or "")
    if found is None or found.group(2).lower() not in _CSS_PIXELS:
        return None
    pixels = float(found.group(1)) * _CSS_PIXELS[found.group(2).lower()]
    return pixels if 0 < pixels < float("inf") else None


def _view_box(value: str | None) -> tuple[float, float] | None:
    """The width and height of a ``viewBox`` ('0 0 300 400', '0,0,300,400'); None unless
    it has four numbers and a positive width and height."""
    numbers = _SEPARATORS().split((value or "").strip())
    if len(numbers) != 4:
        return None
    try:
        width, height = float(numbers[2]), float(numbers[3])
    except ValueError:
        return None
    finite = all(0 < n < float("inf") for n in (width, height))
    return (width, height) if finite else None


def _bounded_svg(data: bytes) -> Element:
    """The XML tree of ``data``, read with defusedxml (no entities, no DTD fetching),
    stopping with ValueError at ``MAX_SVG_DEPTH`` or ``MAX_SVG_ELEMENTS``."""
    import io
    from xml.etree import ElementTree

    from defusedxml import ElementTree as SafeElementTree
    from defusedxml.common import DefusedXmlException

    depth = count = 0
    root: Element | None = None
    try:
        for event, element in SafeElementTree.iterparse(io.BytesIO(data), events=("start", "end")):
            if event == "end":
                depth -= 1
                continue
            depth, count = depth + 1, count + 1
            root = element if root is None else root
            if depth > MAX_SVG_DEPTH:
                raise ValueError(
                    f"nests its elements more than {MAX_SVG_DEPTH} deep; simplify the drawing, "
                    "or export it as PNG"
                )
            if count > MAX_SVG_ELEMENTS:
                raise ValueError(
                    f"holds more than {MAX_SVG_ELEMENTS:,} elements; simplify the drawing, "
                    "or export it as PNG"
                )
    except DefusedXmlException:
        # defusedxml's own words name its classes ("EntitiesForbidden(name='x', ...)"):
        # what a file defines or fetches besides its drawing is refused, whatever it is.
        raise ValueError(
            "declares entities (in '<!DOCTYPE svg [ ... ]>') or refers to other files, which "
            "a picture may not; export it again as plain SVG, or as PNG"
        ) from None
    except ElementTree.ParseError as exc:
        raise ValueError(f"is not a valid SVG file ({exc})") from None
    if root is None:
        raise ValueError("is not a valid SVG file (no element found)")
    return root


def _clean(root: Element) -> None:
    """Take from ``root`` and the elements under it every attribute and element that is
    not plain drawing (one element after another: nesting costs no stack)."""
    todo = [root]
    while todo:
        element = todo.pop()
        for name in list(element.attrib):
            value = element.attrib[name]
            local = name.removeprefix(f"{{{_XML_NS}}}")
            if name in _LINKS:
                keep = value.strip().startswith("#")
            else:
                keep = (local in _ATTRIBUTES or name == f"{{{_XML_NS}}}space") and not _unsafe(value)
            if not keep:
                del element.attrib[name]
        for child in list(element):
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag.startswith(f"{{{_SVG_NS}}}") and tag[len(_SVG_NS) + 2 :] in _ELEMENTS:
                todo.append(child)
            else:
                element.remove(child)  # scripts, styles, foreignObject, images, other namespaces
