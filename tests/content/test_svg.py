"""SVG made safe: drawing kept, everything that runs or loads left out, hostile files refused."""

from __future__ import annotations

import re

import pytest

from generator.content.model import Drawing
from generator.content.svg import MAX_SVG_DEPTH, drawing_size, safe_svg
from tests.conftest import Project

HOSTILE_SVG = b"""<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)"
     viewBox="0 0 10 10">
  <script>alert(2)</script>
  <style>@import url(https://tracker.example/x.css);</style>
  <foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:alert(3)"/></foreignObject>
  <a href="javascript:alert(4)"><circle r="1"/></a>
  <image href="https://tracker.example/pixel.png"/>
  <use xlink:href="https://evil.example/s.svg#x"/>
  <use href="#dot"/>
  <circle id="dot" cx="5" cy="5" r="4" fill="url(#g)" style="fill: url(https://x.example/)" onclick="x()"/>
  <rect width="2" height="2" style="fill: red"/>
  <text x="1" y="9">Label &amp; more</text>
</svg>"""


def test_svg_keeps_drawing_and_loses_everything_that_runs_or_loads() -> None:
    safe = safe_svg(HOSTILE_SVG).decode()
    for bad in (
        "script",
        "alert",
        "onload",
        "onclick",
        "style>",
        "foreignObject",
        "iframe",
        "tracker",
        "evil",
        "<a ",
        "<image",
    ):
        assert bad not in safe, bad
    assert '<use href="#dot" />' in safe
    assert '<circle id="dot" cx="5" cy="5" r="4" fill="url(#g)" />' in safe
    assert '<rect width="2" height="2" style="fill: red" />' in safe
    assert "Label &amp; more</text>" in safe


@pytest.mark.parametrize(
    "style",
    [
        "background-image: image-set('https://evil.example/a.png' 1x)",  # a plain string, fetched
        "mask-image: -webkit-image-set('https://evil.example/b.png' 1x)",
        "cursor: image('https://evil.example/c.png'), auto",
        "border-image-source: cross-fade(url(#g), 'https://evil.example/d.png')",
        "list-style-image: src('https://evil.example/e.png')",
        "width: expression(alert(1))",
        "content: IMAGE-SET ('https://evil.example/f.png' 1x)",
        "background: -moz-element(#x)",
        "background: paint(worklet)",
    ],
)
def test_a_style_that_could_load_anything_is_left_out(style: str) -> None:
    svg = f'<svg xmlns="http://www.w3.org/2000/svg"><rect width="2" height="2" style="{style}"/></svg>'
    assert safe_svg(svg.encode()).decode().endswith('<rect width="2" height="2" /></svg>')


def test_the_colours_sums_turns_and_shapes_a_drawing_needs_stay() -> None:
    kept = (
        '<g transform="translate(2, 3) rotate(45) scale(1.5)">'
        '<rect width="2" height="2" fill="url(#g)" style="fill: rgb(10 20 30 / 50%); stroke: hsl(0, 0%, 0%);'
        ' stroke-width: calc(1px + 2px)" /></g>'
        '<rect width="5" height="5" style="fill: #c00; transform: skew(10deg) rotate3d(1, 1, 0, 5deg)" />'
        '<circle r="3" clip-path="circle(40%)" fill="color-mix(in srgb, red, blue)" />'
    )
    svg = f'<svg xmlns="http://www.w3.org/2000/svg">{kept}</svg>'
    assert kept in safe_svg(svg.encode()).decode()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"<html><body>hi</body></html>", "is not an SVG file"),
        (b"<svg><circle", "is not a valid SVG file"),
        (
            b'<!DOCTYPE svg [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg">&b;</svg>',
            r"^declares entities \(in '<!DOCTYPE svg \[ ... \]>'\) or refers to other files, which a picture may not",
        ),
        (  # one that would read a file of the machine: in plain words, not defusedxml's
            b'<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>',
            r"^declares entities (?!.*Forbidden)(?!.*system_id).*export it again as plain SVG, or as PNG$",
        ),
    ],
)
def test_what_is_not_svg_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        safe_svg(data)


def _nested(depth: int, children: int = 1) -> bytes:
    shapes = '<rect width="1" height="1"/>' * children
    return f'<svg xmlns="http://www.w3.org/2000/svg">{"<g>" * depth}{shapes}{"</g>" * depth}</svg>'.encode()


def test_an_svg_nested_as_deep_as_a_drawing_goes_is_cleaned_whole() -> None:
    deep = _nested(MAX_SVG_DEPTH - 2).replace(b"<rect", b'<rect onclick="x()"')
    cleaned = safe_svg(deep)
    assert cleaned.count(b"<g>") == MAX_SVG_DEPTH - 2 and b'<rect width="1" height="1" />' in cleaned
    assert b"onclick" not in cleaned


@pytest.mark.parametrize(
    ("data", "message"),
    [
        # Thousands deep: once a RecursionError's traceback in check, build and the preview.
        # Broken past the limit, so a reader that read the whole file first would say so.
        (
            _nested(5000) + b"<<",
            "nests its elements more than 100 deep; simplify the drawing, or export it as PNG",
        ),
        (
            _nested(1, 200_000) + b"<<",
            "holds more than 100,000 elements; simplify the drawing, or export it as PNG",
        ),
    ],
    ids=["deep", "many"],
)
def test_an_svg_too_deep_or_too_big_to_read_is_refused_while_it_is_read(data: bytes, message: str) -> None:
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        safe_svg(data)


def test_a_deeply_nested_svg_is_an_error_at_its_image(project: Project) -> None:
    project.write("content/story-a/media/deep.svg", _nested(1000).decode())
    project.write(
        "content/story-a/events/e1.yaml",
        """\
        title: First event
        date: 2020-01-01
        summary: Something happened.
        image: {src: media/deep.svg, alt: A drawing}
        """,
    )
    assert project.problems() == [
        "content/story-a/events/e1.yaml:4:14: 'image.src': 'media/deep.svg' nests its elements more than"
        " 100 deep; simplify the drawing, or export it as PNG"
    ]


@pytest.mark.parametrize(
    ("attributes", "size"),
    [
        ('width="300" height="400"', Drawing(300, 400, sized=True)),
        (
            'width="300px" height=" 400 " viewBox="0 0 1 1"',
            Drawing(300, 400, sized=True),
        ),  # its own size wins
        ('width="1in" height="2.54cm"', Drawing(96, 96, sized=True)),
        ('width="72pt" height="6pc"', Drawing(96, 96, sized=True)),
        ('width="300" viewBox="0 0 3 4"', Drawing(300, 400, sized=True)),  # the other from the proportions
        ('height="40mm" viewBox="0,0,30,40"', Drawing(40 * 96 / 25.4 * 3 / 4, 40 * 96 / 25.4, sized=True)),
        ('viewBox="10 10 300 400"', Drawing(300, 400, sized=False)),  # proportions alone
        ('width="100%" height="50%" viewBox="0 0 3 4"', Drawing(3, 4, sized=False)),
        ('width="10em" height="20em"', None),  # as big as its text: nothing of its own
        ('width="100%"', None),
        ("", None),
        ('width="0" height="10"', None),
        ('viewBox="0 0 300"', None),
        ('viewBox="0 0 -3 4"', None),
        ('viewBox="0 0 nan 4"', None),
        ('width="1e999" height="10"', None),
    ],
)
def test_a_drawings_size_is_read_as_a_browser_reads_it_in_an_img(
    attributes: str, size: Drawing | None
) -> None:
    found = drawing_size(f'<svg xmlns="http://www.w3.org/2000/svg" {attributes}><rect/></svg>'.encode())
    if size is None:
        assert found is None
    else:
        assert found is not None and found.sized == size.sized
        assert (found.width, found.height) == pytest.approx((size.width, size.height))


@pytest.mark.parametrize(
    "data",
    [
        b"<html/>",
        b"not xml",
        b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg" width="&x;"/>',
    ],
)
def test_a_drawings_size_is_not_read_from_what_is_not_plain_svg(data: bytes) -> None:
    with pytest.raises(ValueError, match="SVG"):
        drawing_size(data)


@pytest.mark.parametrize(
    "attributes",
    [
        'width="1e300" viewBox="0 0 1e-300 1"',  # its height from them: infinite
        'width="1" viewBox="0 0 1e300 1e-300"',  # its height from them: 0
        'viewBox="0 0 1 1e-320"',  # proportions of infinity to one
        'width="1e-300" height="1e300"',
        'width="100000" height="1"',  # past the 1:10,000 a page's --ratio can say
    ],
)
def test_a_drawings_size_past_what_a_page_can_state_is_none(attributes: str) -> None:
    # Such sizes reached the pages' template: an infinite or zero side, or proportions of
    # 0 or infinity, were a traceback (OverflowError, ZeroDivisionError) in the build.
    assert drawing_size(f'<svg xmlns="http://www.w3.org/2000/svg" {attributes}/>'.encode()) is None


def test_a_drawing_as_narrow_as_a_page_can_state_keeps_its_size() -> None:
    found = drawing_size(b'<svg xmlns="http://www.w3.org/2000/svg" width="10000" height="1"/>')
    assert found == Drawing(10_000, 1, sized=True)
