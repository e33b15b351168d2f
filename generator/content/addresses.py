"""The rules for web addresses, one place for each: what makes a text no usable http(s)
address (``fault``), a folder's address (``base_url``) holding what it must not, and a
site's address written without its 'https://', and an address on the reader's own
computer or network (``local_host``). Content files' addresses are checked with
them (``file_check.py``, ``lint/links.py``), as is ``--base-url`` on the command line."""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from enum import Enum
from urllib.parse import SplitResult, unquote, urlsplit

from generator.content import fieldtypes
from generator.patterns import later

SCHEME = r"[A-Za-z][A-Za-z0-9+.-]*"
"""The scheme an address may start with, before its ':' ('https', 'mailto', 'javascript'),
as RFC 3986 spells one: the lint's address that leads elsewhere (``lint/links.py``) and
the pages' link to another site (``render/links.py``) both tell it by this."""

URL = re.compile(fieldtypes.URL_CHAR_REGEX + "+")
"""An address made only of the characters an address may hold as they are."""


class AddressFault(Enum):
    """What makes a text no usable http(s) address (``fault``)."""

    NOT_HTTP = "not an http:// or https:// address"
    UNSAFE = "a character an address must not hold as it is"


BAD_HOST = (
    "has a host or port that no browser can read: '[' and ']' go around an IPv6 address only, "
    "a port is a number up to 65535; copy the address from the browser's address bar"
)
"""What ``fault`` says of an address whose host or port cannot be read (words that follow
its name)."""


def fault(text: str, *, directory: bool = False) -> AddressFault | str | None:
    """What is wrong with ``text`` as an http(s) address (of a folder, with
    ``directory``): an ``AddressFault``, or the words of ``folder_address_extra``; None
    when nothing is. The one rule for addresses, whether written in a content file or
    given on the command line (``--base-url``)."""
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 (read for its ValueError: a port that is no number, or past 65535)
    except ValueError:
        # '[' or ']' not around an IPv6 address, a port 'abc' or 99999, a host that
        # Unicode normalises into a '/' or ':': every later reading of the address
        # (urlsplit, a browser's) fails on it; it stopped check with a traceback.
        return BAD_HOST
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return AddressFault.NOT_HTTP
    if not URL.fullmatch(text):
        return AddressFault.UNSAFE
    if not directory:
        return None
    return folder_address_extra(text)


def as_folder(address: str) -> str:
    """A folder's address (``base_url``), which passed ``fault``, as the site's addresses
    are made from it: ending in '/', added where it was left out. GitHub shows a project
    site's address without it ('https://org.github.io/repo'), and Hugo, Zola and MkDocs
    take it so: an editor who copies it means the folder, not a file named 'repo'."""
    return address if address.endswith("/") else f"{address}/"


_BARE_DOMAIN = later(r"(?i)^(www\.|[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(/|$))")


def without_scheme(text: str) -> bool:
    """Whether ``text`` reads as a site's address written without its 'https://'
    ('www.reuters.com/world', 'apnews.com/'), as the browser's address bar shows it when
    copied by hand: the one rule for a source's address and for a link in a text (where a
    file's name, 'report.pdf', reads so too: ``markdown_links.names_a_file`` tells it apart)."""
    return "://" not in text and _BARE_DOMAIN().match(text) is not None


def path_alone_hint(text: str) -> str:
    """What to add to the words refusing ``text`` as a site's folder address (``base_url``,
    ``--base-url``) when it is a path alone ('/explicador/', as Jekyll's ``baseurl`` is
    written, for a site published under a sub-path); "" otherwise."""
    if not text.startswith("/") or text.startswith("//") or " " in text:
        return ""
    example = "https://your-org.github.io" + as_folder(text)
    return (
        f"; give the site's whole address, such as '{example}' (the pages work in any folder as they "
        "are: the address is for what needs it whole, such as feeds and the embed code)"
    )


def spaces_written(address: str) -> str | None:
    """``address`` (an http or https one an editor typed) with its spaces written as
    '%20', what it was meant to be; None where that would not be the address: a space in
    the site's name ('https://x y.org'), or a line break."""
    site = re.split(r"[/?#]", address.split("://", 1)[-1], maxsplit=1)[0]
    if " " in site or "\n" in address:
        return None
    return address.replace(" ", "%20")


def folder_address_extra(address: str) -> str | None:
    """What an http(s) address of a folder (``base_url``) has that it must not, in words
    that follow its name, or None: a user name or password (sent to whoever follows a
    link), a '?' or '#' part (every address of the site is made by adding to it)."""
    parts = urlsplit(address)
    if "@" in parts.netloc:
        return "must not hold a user name or password ('name@'); give the address alone"
    if "?" in address or "#" in address:
        return "must not hold a '?' or '#' part; give the address of the site's folder, ending in '/'"
    return None


def local_host(address: str) -> str | None:
    """The host of the http(s) ``address`` as written, when a browser would look for it
    on the reader's own computer or network, not on a public site: ``localhost``, a name
    kept for a network's own use (``LOCAL_ENDINGS``: ``printer.local``), a name of one
    label (``router``, which the network's own names complete), or an IP address that is
    not public (127/8, 10/8, 172.16/12, 192.168/16, 169.254/16, ::1, fc00::/7, fe80::/10
    and the like), written as browsers read one (``127.1``, ``0x7f000001``,
    ``%31%39%32.168.0.1``); None
    otherwise. Nothing is looked up: a public name that leads to a private address is
    not told apart."""
    try:
        host = urlsplit(address).hostname
    except ValueError:
        return None
    if not host:
        return None
    # As browsers read a name (the URL standard, then UTS 46): percent-decoded
    # ('%31%39%32.168.0.1'), without the characters UTS 46 drops (a soft hyphen, a
    # zero-width space: ``DROPPED_FROM_NAMES``), and with full-width digits and dots
    # ('１９２．１６８．１．１') and the ideographic full stop ('192。168。1。1') the ASCII ones.
    decoded = "".join(c for c in unquote(host) if c not in DROPPED_FROM_NAMES)
    name = unicodedata.normalize("NFKC", decoded).replace("\u3002", ".").lower().rstrip(".")
    ip = _ip_address(name)
    if ip is not None:
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        return None if ip.is_global else host
    if "." not in name or name == "localhost" or name.endswith(LOCAL_ENDINGS):
        return host
    return None


DROPPED_FROM_NAMES = frozenset("\u00ad\u034f\u1806\u180b\u180c\u180d\u200b\u200c\u200d\u2060\ufeff") | {
    chr(c) for c in range(0xFE00, 0xFE10)
}
"""The characters a browser drops from a site's name (stringprep's table B.1, 'commonly
mapped to nothing': a soft hyphen, zero-width spaces and joiners, variation selectors),
written out: importing ``stringprep`` for them cost every run of the program."""


LOCAL_ENDINGS = (
    ".localhost",
    ".local",
    ".internal",
    ".home.arpa",
    ".localdomain",
    ".lan",
    ".home",
    ".corp",
    ".intranet",
    ".private",
)
"""The ends of the names kept for a computer's or a network's own use, never a public
site's: this computer (``.localhost``, RFC 6761; ``localhost.localdomain``, which systems
name it in their hosts file), names a network gives its devices (``printer.local``, RFC
6762), names an organisation keeps inside (``wiki.internal``, kept by ICANN for private
use in 2024), a home network's (``router.home.arpa``, RFC 8375). And the ends routers
and companies give their own names though no standard keeps them, which no public site
has (RFC 6762's appendix G lists them): ``.lan`` (``router.lan``), ``.localdomain``,
``.intranet``, ``.private``, and ``.home`` and ``.corp``, which ICANN will not give out
for that reason (2018). A public name that merely holds one of these words
(``lan.example.com``) is no local one: only the name's end counts."""


_IPV4_PART = later(r"(?i)0x([0-9a-f]*)|0([0-7]+)|(0|[1-9][0-9]*)")
"""A part of an IPv4 address as browsers read one: hexadecimal, octal or decimal."""


def _ipv4_number(part: re.Match[str]) -> int:
    """The number an ``_IPV4_PART`` is ('0x' alone is 0, as browsers read it)."""
    hexadecimal, octal, decimal = part.groups()
    if hexadecimal is not None:
        return int(hexadecimal or "0", 16)
    return int(octal, 8) if octal is not None else int(decimal)


def _ip_address(name: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The IP address the host ``name`` is, as a browser reads it, or None for a name:
    an IPv6 address, or an IPv4 one in any form the URL standard takes (``127.1``,
    ``2130706433``, ``0x7f.1``, ``0177.0.0.1``: its parts decimal, hexadecimal or octal,
    the last filling the bytes left). A name whose last label is such a number but is
    no address is none either: browsers refuse the address."""
    try:
        return ipaddress.ip_address(name.split("%", 1)[0])  # an IPv6 address's zone dropped
    except ValueError:
        pass
    parts = name.split(".")
    if len(parts) > 4 or not all(parts):
        return None
    numbers = [_IPV4_PART().fullmatch(part) for part in parts]
    if not all(numbers):
        return None
    *first, last = [_ipv4_number(m) for m in numbers if m]
    if any(n > 255 for n in first) or last >= 256 ** (5 - len(parts)):
        return None
    value = last
    for i, n in enumerate(first):
        value += n << (8 * (3 - i))
    return ipaddress.IPv4Address(value)


_SCHEME_AND_SLASHES = later(r"(?i)^(https?:)[/\\]*")
"""An http(s) address's scheme and the slashes after it, however many, '\\' for '/'."""


def as_browsers_read(address: str) -> str:
    """The http(s) ``address`` with '//' after its scheme, however many '/' or '\\' it was
    written with ('https:ann:pw@host', 'https:/host', 'https:\\\\host'): the URL standard
    reads what follows as the host (and the user name and password before it) all the
    same, for http and https, on a page of the other scheme, in a feed reader or an
    importer (on a page of its own scheme, a browser reads one without '//' as a path of
    that site). Any other address as it is."""
    if address[:4].lower() != "http":
        return address
    return _SCHEME_AND_SLASHES().sub(r"\1//", address, count=1)


def password_in(address: str) -> bool:
    """Whether the http(s) ``address`` carries a password ('https://ann:pw@host/', or
    'https:ann:pw@host/': ``as_browsers_read``): every page, feed and export that gives
    the address would publish it to every reader. One whose user name holds a
    percent-encoded ':' ('https://ann%3Apw@host/') does too: the URL standard splits the
    name from the password at a ':' as written only, so to a browser this is a user name
    alone, but the name it sends is 'ann:pw'."""
    parts = _with_user(address)
    if parts is None:
        return False
    return parts.password is not None or _ENCODED_COLON().search(parts.username or "") is not None


_ENCODED_COLON = later(r"%3[aA]")
"""A ':' percent-encoded, in a user name: the password's separator once decoded."""


def _with_user(address: str) -> SplitResult | None:
    """The parts of the http(s) ``address`` (``as_browsers_read``) when it carries a user
    name (and password) before its host; None for any other, or one that cannot be read."""
    try:
        parts = urlsplit(as_browsers_read(address))
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or "@" not in parts.netloc:
        return None
    return parts


def credentials(address: str) -> str | None:
    """The user name (and password) the http(s) ``address`` carries before its host, as a
    message may show them, the password hidden ('ann:…@', 'ann@'); None when it carries
    none. Never the password itself: messages end up in a workflow's public log."""
    parts = _with_user(address)
    if parts is None:
        return None
    user, _, password = parts.netloc.rpartition("@")[0].partition(":")
    encoded = _ENCODED_COLON().search(user)
    if encoded is not None:  # 'ann%3Apw': the name sent is 'ann:pw'
        return f"{user[: encoded.start()]}:…@"
    return f"{user}:…@" if password or parts.password is not None else f"{user}@"


_TAB_OR_LINE_BREAK = later(r"[\t\n\r]")
"""What the URL standard drops from an address wherever it is (``urlsplit`` too)."""


def without_credentials(address: str) -> str:
    """The http(s) ``address`` without the user name and password before its host
    ('https://ann:pw@host/x' is 'https://host/x'); any other as it is. One with them
    loses its tabs and line breaks too, as browsers (and ``urlsplit``) read it without
    them: cut by the length of the host as read, 'https://ann:pw\t@host/x' lost a
    character too few and became 'https://hhost/x'."""
    parts = _with_user(address)
    if parts is None:
        return address
    address = _TAB_OR_LINE_BREAK().sub("", as_browsers_read(address))
    start = address.index("//") + 2
    end = start + len(parts.netloc)
    return address[:start] + parts.netloc.rpartition("@")[2] + address[end:]


SECRET_PARAMETERS = frozenset(
    {
        "access_token", "token", "auth", "key", "api_key", "apikey", "sig", "signature", "password",
        "x-amz-signature", "x-amz-credential", "x-amz-security-token", "x-goog-signature",
        "x-goog-credential", "awsaccesskeyid",
    }
)  # fmt: skip
"""Names of query parameters (compared in lower case) that carry a secret or a signature:
an OAuth ``access_token``, an API ``key``, a signed address's ``sig`` (Azure's shared
access signatures), S3's and Google Cloud Storage's ``X-Amz-Signature``,
``X-Goog-Signature`` and their credentials. Such an address grants access for a while,
then breaks; some (a map's API ``key``) are meant to be public, so they are warned of,
not refused."""


def secret_parameters(address: str) -> list[str]:
    """The names of the query parameters of ``address`` that carry a secret or a signature
    (``SECRET_PARAMETERS``), as written, in order, each once."""
    query = address.partition("?")[2].partition("#")[0]
    names = [pair.partition("=")[0] for pair in query.split("&") if "=" in pair]
    return list(dict.fromkeys(n for n in names if unquote(n).lower() in SECRET_PARAMETERS))


def with_password(what: str, address: str) -> str:
    """What is said of ``what`` ("'url'", or words that end 'an address that'), the
    http(s) ``address`` that carries a password: the address to write instead, without
    showing the password."""
    return (
        f"{what} holds a password ('{credentials(address)}' before its host): an address with a password "
        "is never meant for readers, as every page, feed and export would publish it; write it without "
        f"them, '{without_credentials(address)}' (and change the password if the file was shared)"
    )


def with_secret(what: str, names: list[str], *, picture: bool = False) -> str:
    """What ``check`` warns of ``what`` ("'url'", or words that end 'an address that'),
    an address whose query carries the secret or signature ``names``
    (``secret_parameters``): published as it is, to every reader, and broken once it
    expires. A warning, not an error: some are meant to be public (a map's API key), and
    every file that builds keeps building."""
    listed = ", ".join(f"'{name}'" for name in names)
    if picture:
        published = (
            "every reader's browser asks for the picture with it, and the picture breaks once it "
            "expires; save the picture into the story's media/ folder and give its path instead"
        )
    else:
        published = (
            "the pages, the feed and the exports give it to every reader, and the link breaks once "
            "it expires; write the public address of the page or file instead"
        )
    return (
        f"{what} carries {listed} in its query, a secret or signature that grants access for a while "
        f"(a signed or private link): {published} (a key meant to be public, a map's, may stay)"
    )
