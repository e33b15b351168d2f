"""A slide's media: a picture, a source the slide cites, or text.

- Media that is a picture at an ``https://`` address (or a file beside the timeline that
  its relative address names) becomes the slide's picture (``pictures.py``); other media
  (a video, a tweet, an article, a picture at an ``http://`` address) a source it cites
  (``sources.py``); HTML given as media (a quotation) is kept as text, its credit and
  caption after it.
- Addresses are written as a browser sends them (``https://`` for one without a scheme,
  a host name outside ASCII in its IDNA form, the rest percent-encoded), as the content
  format takes them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from html import escape, unescape
from urllib.parse import quote, unquote, urlsplit

import idna

from generator.content.addresses import BAD_HOST, credentials, secret_parameters, without_credentials
from generator.content.addresses import fault as address_fault
from generator.content.fieldtypes import names_picture
from generator.importers.html import to_markdown, to_text
from generator.importers.pictures import Picture, Pictures, beside
from generator.importers.slides import Report, Slide, in_a_list, shortened, text_at
from generator.importers.sources import Sources

URL_SAFE = ":/?#[]@!$&'()*+,;=%~"
"""What stays as it is in an address (the rest is percent-encoded)."""


def slide_media(
    slide: Slide, sources: Sources, pictures: Pictures, title: str, reports: list[Report]
) -> tuple[Picture | None, str | None, str]:
    """The slide's media as (picture, cited source id, Markdown of HTML media)."""
    url = text_at(slide, reports, "media", "url").strip()
    if not url:
        return None, None, ""
    text_at(slide, reports, "media", "link")  # a value that is no text is said; its address, in left_out
    caption_html = links_cleaned(
        text_at(slide, reports, "media", "caption"), slide.at("media", "caption"), reports
    )
    credit_html = text_at(slide, reports, "media", "credit")
    credit = to_text(credit_html)
    where = slide.at("media", "url")
    if url.startswith("<"):  # HTML as media: TimelineJS shows it as it is
        frame = re.search(r"<iframe\b[^>]*\bsrc=[\"']?((?:https?:)?//[^\"'\s>]+)", url, re.IGNORECASE)
        if frame is None:
            return None, None, _html_kept(url, credit_html, caption_html, where, reports)
        url = frame[1]
    read = _address_read(url, where, reports)
    if read is None:
        return None, None, ""
    url, site = read
    parts = urlsplit(url)
    path = unquote(parts.path)
    is_picture = names_picture(path)
    named_as_picture = names_picture(unquote(url))
    if not parts.scheme and not parts.netloc and not is_picture and named_as_picture:
        # A file beside the timeline whose name holds '#' or '?' ('pics/map #1.png'): the
        # name as written, not an address with a fragment.
        path, is_picture = unquote(url), True
    given_alt = to_text(text_at(slide, reports, "media", "alt")) or to_text(
        text_at(slide, reports, "media", "title")
    )
    alt = given_alt or to_text(caption_html) or title
    alt_given = bool(given_alt)
    if parts.scheme in ("http", "https") and parts.netloc:
        if is_picture and parts.scheme == "https":
            asked = Picture(url, alt, credit, to_markdown(caption_html), alt_given=alt_given)
            got = pictures.downloaded(asked, path)
            say_secret(url, where, reports, _downloaded_with(got) if got.address else SHOWN_FROM_ITS_ADDRESS)
            return got, None, ""
        if is_picture:
            reports.append(
                Report(where, "pages show pictures only from https:// addresses; linked as a source instead")
            )
        say_secret(url, where, reports, PUBLISHED)
        publisher = credit or site.removeprefix("www.")
        return None, sources.cite(url, publisher, to_text(caption_html)), ""
    if not parts.scheme and not parts.netloc and is_picture:
        picture = beside(path, pictures, where, reports)
        if picture is not None:
            caption = to_markdown(caption_html)
            return replace(picture, alt=alt, credit=credit, caption=caption, alt_given=alt_given), None, ""
        return None, None, ""
    if named_as_picture and (parts.scheme == "file" or len(parts.scheme) == 1):
        reports.append(Report(where, _on_one_computer(url)))
        return None, None, ""
    reports.append(Report(where, f"media '{url}' is not an http(s) address or a picture; left out"))
    return None, None, ""


def _html_kept(url: str, credit_html: str, caption_html: str, where: str, reports: list[Report]) -> str:
    """The Markdown of HTML media ``url`` (not a frame), its credit and caption after it;
    empty, and reported, when the HTML has no text to keep."""
    quoted = to_markdown(url)
    if not quoted:
        reports.append(Report(where, "the media is HTML with no text to keep; left out"))
        return ""
    # TimelineJS shows the credit (who said it) and then the caption under HTML
    # media as under a picture: kept after it, in that order, or readers lose them.
    return "\n\n".join(p for p in (quoted, to_markdown(credit_html), to_markdown(caption_html)) if p)


def _address_read(url: str, where: str, reports: list[Report]) -> tuple[str, str] | None:
    """The media address ``url`` as the import fetches or cites it, and its site as the
    timeline writes it ('пример.рф', not its encoded form); None, reported, when its host
    cannot be read."""
    if url.startswith("//"):
        # An address without its scheme, as older embed codes and sheets write them
        # ('//www.youtube.com/embed/...'): TimelineJS's page, served over https, used https.
        url = "https:" + url
    if address_fault(url) == BAD_HOST:  # '[' not around an IPv6 address, a port 'abc': urlsplit raises
        reports.append(Report(where, f"media '{url}' {BAD_HOST}; left out"))
        return None
    parts = urlsplit(url)
    if parts.scheme in ("http", "https"):
        url = parts.scheme + url[len(parts.scheme) :]  # 'HTTPS://' as 'https://', which the format takes
        url = _dropbox_picture(_wiki_picture(_as_requested(without_user(url, where, reports))))
    return url, parts.netloc.rpartition("@")[2]


def safe_address(url: str, where: str, reports: list[Report], what: str = "the address") -> str:
    """The http(s) address ``url`` of a cell or slide at ``where`` as a story may publish
    it: without the user name and password before its host (``without_user``); an address
    whose query carries a secret or a signature (``?access_token=``, ``X-Amz-Signature``)
    kept, as some are meant to be public (a map's API key), but said, naming the
    parameters (``say_secret``): published as it is, every reader gets it. ``what`` is
    how the report names it ('the link to ... in the text')."""
    url = without_user(url, where, reports, what)
    say_secret(url, where, reports, PUBLISHED, what)
    return url


def without_user(url: str, where: str, reports: list[Report], what: str = "the address") -> str:
    """The http(s) address ``url`` without the user name and password before its host
    ('https://ann:pw@host/x' is 'https://host/x'), which pages, feeds and exports would
    give every reader (and which check refuses), said at ``where`` with what was taken
    out (the password hidden)."""
    if (taken := credentials(url)) is not None:
        url = without_credentials(url)
        said = (
            f"{what} gave a user name{' and password' if ':' in taken else ''} ('{taken}' before its "
            f"host), taken out: pages would publish {'them' if ':' in taken else 'it'} to every reader; "
            f"imported as '{shortened(url)}'"
        )
        reports.append(Report(where, said))
    return url


PUBLISHED = (
    "imported as it is, every reader gets it, and the link breaks once it expires; give the public "
    "address of the page or file instead"
)
"""What becomes of an address the story publishes (a source's, a link's) that carries a
secret or a signature: ``say_secret``'s ``fate``."""

SHOWN_FROM_ITS_ADDRESS = (
    "the picture is shown from that address, so every reader's browser asks for it with it, and the "
    "picture breaks once it expires; save the picture beside the timeline, or into the story's media/ "
    "folder, and give its path instead"
)
"""What becomes of a picture's address with a secret or a signature that was not downloaded
(``--keep-remote-pictures``, or the download failed): the page shows it from there."""


def say_secret(url: str, where: str, reports: list[Report], fate: str, what: str = "the address") -> None:
    """Say at ``where`` that the http(s) address ``url`` carries a secret or a signature in
    its query, naming the parameters, and what becomes of it (``fate``): published
    (``PUBLISHED``, ``SHOWN_FROM_ITS_ADDRESS``), or only used to download a picture
    (``_downloaded_with``). Nothing when it carries none."""
    if secret := secret_parameters(url):
        names = in_a_list([f"'{name}'" for name in secret])
        said = (
            f"{what} carries {names} in its query, a secret or signature that grants access for a while "
            f"(a signed or private link): {fate}"
        )
        reports.append(Report(where, said))


def _downloaded_with(picture: Picture) -> str:
    """What became of the address with a secret or a signature of ``picture``, downloaded:
    it is written nowhere in the story (the event's ``src`` is the file in ``media/``, its
    credit the slide's words), so no reader gets it."""
    return (
        f"it was used only to download the picture into {picture.src}, which the pages show; the address "
        "is written nowhere in the story, so no reader gets it (once it expires, importing again cannot "
        "download the picture)"
    )


def links_cleaned(html: str, where: str, reports: list[Report]) -> str:
    """The HTML ``html`` of a slide's text or a sheet's text cell (at ``where``) with each
    http(s) address in it, a link's or one written out (which becomes a link), cleaned as
    a media address is (``safe_address``): its user name and password taken out, a
    secret or a signature in its query said; each said once. An address is read as
    browsers (and check) read it (``_link_read``): 'https:ann:pw@host',
    '//ann:pw@host' and 'https://ann:pw&#64;host' carry a password too, and check
    refused the imported story for them."""
    if not any(mark in html for mark in ("//", "@", "&#", "&commat")):
        return html  # no address with '//', no user name written or referred to
    cleaned_once: dict[str, str] = {}

    def cleaned(found: re.Match[str]) -> str:
        address = found[0]
        if address not in cleaned_once:
            cleaned_once[address] = _link_cleaned(address, where, reports)
        return cleaned_once[address]

    return _ADDRESS_IN_HTML.sub(cleaned, html)


def _link_read(address: str) -> str:
    """An http(s) ``address`` found in HTML (``_ADDRESS_IN_HTML``) as a browser reads it:
    its character references as their characters ('&#64;' is '@', '&amp;' is '&'), and one
    without its scheme ('//host/x') as an https one, as the story's pages are served."""
    read = unescape(address)
    return "https:" + read if read.startswith("//") else read


def _link_cleaned(address: str, where: str, reports: list[Report]) -> str:
    """The address ``address`` of a link in HTML at ``where`` as the story may publish it
    (``links_cleaned``), said in ``reports``."""
    read = _link_read(address)
    what = f"the link to '{shortened(without_credentials(read))}' in the text"
    if credentials(read) is None:
        say_secret(read, where, reports, PUBLISHED, what)
        return address
    kept = without_user(read, where, reports, what)
    say_secret(kept, where, reports, PUBLISHED, what)
    return escape(kept)


_ADDRESS_IN_HTML = re.compile(r"""(?i)(?:\bhttps?:[/\\]*|(?<![^\s(<"'=])//)[^\s<>"'`]+""")
"""An http(s) address in HTML, a link's ``href`` or one written out in its words: with
any number of '/' or '\\' after its scheme, or none ('https:ann:pw@host', which the URL
standard reads as a host: ``addresses.as_browsers_read``), or without its scheme where a
link's address starts ('href="//host/x"')."""


def _on_one_computer(url: str) -> str:
    """What is said of a picture ``url`` names on the computer the sheet was typed on
    ('C:\\Users\\ana\\dock.jpg', 'file:///home/ana/dock.jpg'), which no reader's browser (nor
    TimelineJS) can reach."""
    name = unquote(re.split(r"[/\\]", url)[-1])
    return (
        f"media '{url}' is a file on one computer, which readers cannot reach: copy the picture "
        f"beside the timeline and give its path from there ('pictures/{name}'); left out"
    )


def _wiki_picture(url: str) -> str:
    """The address of the picture itself for the https address ``url`` of a Wikimedia page
    that shows one, as TimelineJS shows such a page's picture: a file's page
    (``https://commons.wikimedia.org/wiki/File:Dam.jpg``) or an article opened on it
    (``https://en.wikipedia.org/wiki/Dam#/media/File:Dam.jpg``). Asked for as it is, the
    page is HTML, not the picture: readers got a broken picture. The wiki's
    ``Special:FilePath`` address leads to the file, and ends in its name, which the
    picture is then named by. Any other address is ``url``."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.scheme != "https" or not host.endswith((".wikipedia.org", ".wikimedia.org")):
        return url
    # An article opened on a picture names it with the wiki's own word for a file
    # ('File:' in English, 'Archivo:' in Spanish, 'Datei:' in German), which TimelineJS
    # reads whatever it is; a file's own page, with 'File:'.
    media = parts.fragment.removeprefix("/media/") if parts.fragment.startswith("/media/") else ""
    page = parts.path.removeprefix("/wiki/") if parts.path.startswith("/wiki/") else ""
    for shown, name in ((media, media.partition(":")[2]), (page, page.removeprefix("File:"))):
        if name and name != shown and "/" not in name and names_picture(unquote(name)):
            return f"https://{parts.netloc}/wiki/Special:FilePath/{name}"
    return url


def _dropbox_picture(url: str) -> str:
    """The address of the picture itself for the https address ``url`` of a picture shared
    from Dropbox (``https://www.dropbox.com/s/abc/dock.jpg?dl=0``), as TimelineJS shows it:
    at Dropbox's host of files, ``dl.dropboxusercontent.com``, the rest of the address as it
    is. Asked for as it is, the address is Dropbox's page showing the picture, HTML:
    readers got a broken picture. Any other address is ``url``."""
    parts = urlsplit(url)
    if parts.scheme != "https" or (parts.hostname or "").lower() not in ("www.dropbox.com", "dropbox.com"):
        return url
    if not names_picture(unquote(parts.path)):
        return url  # a folder or a document shared: a page, cited as a source
    return parts._replace(netloc="dl.dropboxusercontent.com").geturl()


def _as_requested(url: str) -> str:
    """The http(s) address ``url`` as a browser sends it: a host name in letters outside
    ASCII ('bücher.de', 'пример.рф') in its IDNA form ('xn--bcher-kva.de'), the name
    looked up (percent-encoded, it was no name at all); spaces, quotes and letters outside
    ASCII in the rest percent-encoded (the content format takes addresses without
    spaces)."""
    parts = urlsplit(url)
    start = len(parts.scheme) + len("://")
    end = start + len(parts.netloc)
    if parts.netloc.isascii() or url[start:end] != parts.netloc:
        return quote(url, safe=URL_SAFE)
    user, at, host_port = parts.netloc.rpartition("@")
    host, colon, port = host_port.partition(":")  # not '[::1]': such a host is ASCII
    # A host no browser could name stays as written: fetching it says so.
    host = _idna(host) or host
    netloc = f"{quote(user, safe=URL_SAFE)}{at}{host}{colon}{quote(port, safe=URL_SAFE)}"
    return url[:start] + netloc + quote(url[end:], safe=URL_SAFE)


def _idna(host: str) -> str | None:
    """``host`` as browsers look it up (the URL Standard's 'domain to ASCII': UTS 46's
    mapping, without its transitional rules, so 'straße.de' keeps its 'ß' as
    'xn--strae-oqa.de'; each label outside ASCII in Punycode), or None when a browser
    would refuse it. Looser than IDNA 2008 as browsers are: '☃.net' is 'xn--n3h.net'."""
    try:
        mapped = idna.uts46_remap(host, std3_rules=False, transitional=False)
        labels = [
            label if label.isascii() else "xn--" + label.encode("punycode").decode("ascii")
            for label in mapped.split(".")
        ]
    except UnicodeError:  # a letter UTS 46 disallows (idna.IDNAError is one)
        return None
    if any(len(label) > 63 for label in labels):  # longer than DNS allows: never looked up
        return None
    return ".".join(labels)
