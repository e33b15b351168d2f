"""The rules for web addresses (``content/addresses.py``), which content files' addresses
and ``--base-url`` share; how check words each fault is tested in ``test_file_check.py``."""

from __future__ import annotations

import stringprep

import pytest

from generator.content.addresses import (
    DROPPED_FROM_NAMES,
    AddressFault,
    credentials,
    fault,
    folder_address_extra,
    local_host,
    password_in,
    path_alone_hint,
    secret_parameters,
    without_credentials,
    without_scheme,
)


@pytest.mark.parametrize(
    ("text", "directory", "found"),
    [
        ("https://example.org/a", False, None),
        ("http://example.org", False, None),
        ("ftp://example.org/a", False, AddressFault.NOT_HTTP),
        ("https:example.org/a", False, AddressFault.NOT_HTTP),  # no host: a browser guesses one
        ("example.org/a", False, AddressFault.NOT_HTTP),
        ("https://example.org/a b", False, AddressFault.UNSAFE),
        ('https://example.org/"a"', False, AddressFault.UNSAFE),
        ("https://example.org/a%20b", False, None),
        ("https://example.org/news/", True, None),
        ("https://example.org/news", True, None),  # the folder: as_folder adds its '/'
        ("https://example.org/?lang=en", True, folder_address_extra("https://example.org/?lang=en")),
        ("https://me:pw@example.org/", True, folder_address_extra("https://me:pw@example.org/")),
        ("https://example.org/@team/", True, None),  # an '@' in the path is a path
        ("https://[::1]:8080/a", False, None),
    ],
)
def test_fault(text: str, directory: bool, found: AddressFault | str | None) -> None:
    assert fault(text, directory=directory) == found


@pytest.mark.parametrize(
    "text",
    [
        "https://[example.org/a",  # a '[' not closed: urlsplit raised ValueError (a traceback)
        "https://example.org]/a",
        "https://[1.2.3.4]/a",
        "https://example.org:99999/a",  # no such port
        "https://example.org:abc/",
        "https://ex\uff0fample.org/",  # a full-width '/', a '/' once normalised
    ],
)
def test_a_host_or_port_no_browser_reads_is_a_fault_not_an_exception(text: str) -> None:
    for directory in (False, True):
        said = fault(text, directory=directory)
        assert isinstance(said, str) and said.startswith("has a host or port"), said


def test_a_folder_address_with_a_password_or_a_query_is_said_in_words() -> None:
    assert folder_address_extra("https://me:pw@example.org/") == (
        "must not hold a user name or password ('name@'); give the address alone"
    )
    assert folder_address_extra("https://example.org/#top") == (
        "must not hold a '?' or '#' part; give the address of the site's folder, ending in '/'"
    )
    assert folder_address_extra("https://example.org/news/") is None


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        ("www.reuters.com/world", True),
        ("apnews.com/", True),
        ("apnews.com", True),
        ("https://apnews.com/", False),
        ("report", False),
        ("events/e1.yaml", False),
        ("media/report.pdf", False),
    ],
)
def test_a_sites_address_written_without_its_scheme(text: str, bare: bool) -> None:
    assert without_scheme(text) is bare


@pytest.mark.parametrize(
    ("address", "host"),
    [
        ("https://localhost/a.png", "localhost"),
        ("https://LOCALHOST./a.png", "localhost."),
        ("https://app.localhost/a.png", "app.localhost"),
        ("https://printer.local/a.png", "printer.local"),
        # Names kept for a network's own use: by RFC 8375 (home.arpa), by ICANN for
        # private use (internal, 2024), never to be delegated (corp, home: ICANN 2018),
        # or given by routers and systems and in no public zone (lan, localdomain,
        # intranet, private: RFC 6762's appendix G).
        ("https://router.home.arpa/a.png", "router.home.arpa"),
        ("https://wiki.internal/a.png", "wiki.internal"),
        ("https://files.corp/a.png", "files.corp"),
        ("https://nas.home/a.png", "nas.home"),
        ("https://router.lan/a.png", "router.lan"),
        ("https://localhost.localdomain/a.png", "localhost.localdomain"),
        ("https://nas.localdomain/a.png", "nas.localdomain"),
        ("https://portal.intranet/a.png", "portal.intranet"),
        ("https://files.private/a.png", "files.private"),
        ("https://Router.LAN./a.png", "router.lan."),
        # Public names that only hold such a word.
        ("https://lan.example.com/a.png", None),
        ("https://internal.example.org/a.png", None),
        ("https://home.arpa.example.net/a.png", None),
        ("https://corp.example.com/a.png", None),
        ("https://example.homes/a.png", None),  # .homes is a public ending, not .home
        ("https://router/a.png", "router"),  # one label: the network's own names complete it
        ("https://user@router:8443/a.png", "router"),
        ("https://10.1.2.3/a.png", "10.1.2.3"),
        ("https://172.16.0.1/a.png", "172.16.0.1"),
        ("https://172.31.255.255/a.png", "172.31.255.255"),
        ("https://192.168.1.1:8443/a.png", "192.168.1.1"),
        ("https://127.0.0.1/a.png", "127.0.0.1"),
        ("https://169.254.169.254/a.png", "169.254.169.254"),
        ("https://0.0.0.0/a.png", "0.0.0.0"),
        ("https://[::1]/a.png", "::1"),
        ("https://[fd12:3456::1]/a.png", "fd12:3456::1"),
        ("https://[fe80::1%25eth0]/a.png", "fe80::1%25eth0"),
        ("https://[::ffff:192.168.0.1]/a.png", "::ffff:192.168.0.1"),
        # What browsers read as 127.0.0.1 too.
        ("https://127.1/a.png", "127.1"),
        ("https://2130706433/a.png", "2130706433"),
        ("https://0x7f000001/a.png", "0x7f000001"),
        ("https://0177.0.0.1/a.png", "0177.0.0.1"),
        ("https://0x/a.png", "0x"),
        ("https://10.0x.0/a.png", "10.0x.0"),
        # Full-width digits and dots: 192.168.1.1, as browsers read it.
        ("https://１９２．１６８．１．１/a.png", "１９２．１６８．１．１"),
        ("https://192。168。1。1/a.png", "192。168。1。1"),
        # Percent-encoded, or with a character browsers drop from a name (UTS 46's
        # ignored ones: a soft hyphen, a zero-width space, a byte order mark): the host
        # is read after both, as browsers read it (192.168.0.1, localhost, printer.local).
        ("https://%31%39%32.168.0.1/a.png", "%31%39%32.168.0.1"),
        ("https://127.0.0.1%2e/a.png", "127.0.0.1%2e"),
        ("https://192.168.1.1\u00ad/a.png", "192.168.1.1\u00ad"),
        ("https://printer.loc\u200bal/a.png", "printer.loc\u200bal"),
        ("https://loc%C2%ADalhost.example.local\ufeff/a.png", "loc%C2%ADalhost.example.local\ufeff"),
        ("https://8%2e8%2e8%2e8/a.png", None),  # 8.8.8.8, public: not one label
        ("https://upload.wikimedia.org/a.jpg", None),
        ("https://пример。рф/a.jpg", None),
        ("https://example.org./a.jpg", None),
        ("https://172.32.0.1/a.png", None),
        ("https://8.8.8.8/a.png", None),
        ("https://[2606:4700::1]/a.png", None),
        ("https://bücher.de/a.png", None),
        ("https://1.2.3.4.5/a.png", None),  # no address: browsers refuse it
        ("https://a.b.c.123/a.png", None),
    ],
)
def test_a_host_on_the_readers_own_network(address: str, host: str | None) -> None:
    assert local_host(address) == host


def test_the_characters_dropped_from_a_name_are_stringprep_table_b1() -> None:
    assert {chr(c) for c in range(0x110000) if stringprep.in_table_b1(chr(c))} == DROPPED_FROM_NAMES


@pytest.mark.parametrize(
    ("text", "example"),
    [
        ("/explicador/", "https://your-org.github.io/explicador/"),
        ("/explicador", "https://your-org.github.io/explicador/"),  # the folder, as base_url reads it
        ("/", "https://your-org.github.io/"),
        ("//cdn.example.org/", None),  # an address without its scheme, not a path
        ("explicador/", None),
        ("/a b/", None),  # no address could have it
    ],
)
def test_a_path_alone_is_answered_with_a_whole_address_to_give(text: str, example: str | None) -> None:
    hint = path_alone_hint(text)
    assert (f"such as '{example}'" in hint) if example else hint == ""


@pytest.mark.parametrize(
    ("address", "shown", "without", "password"),
    [
        ("https://ann:pw@wire.example/x?y=1", "ann:…@", "https://wire.example/x?y=1", True),
        ("https://ann@wire.example/x", "ann@", "https://wire.example/x", False),
        # A ':' percent-encoded in the user name is no separator to a browser (the URL
        # standard splits at a ':' as written), but the name it sends is 'ann:pw': a
        # password all the same, published to every reader.
        ("https://ann%3Apw@wire.example/x", "ann:…@", "https://wire.example/x", True),
        ("https://ann%3a@wire.example/x", "ann:…@", "https://wire.example/x", True),
        ("https://ann%40news@wire.example/x", "ann%40news@", "https://wire.example/x", False),
        ("https://wire.example:8080/a@b", None, "https://wire.example:8080/a@b", False),
        ("mailto:ann@wire.example", None, "mailto:ann@wire.example", False),
        # One or no '/' after 'https:' (or '\\' for '/'): a browser reads the authority all
        # the same (the URL standard, for http and https), on a page of the other scheme,
        # in a feed reader or an importer.
        ("https:ann:pw@wire.example/x", "ann:…@", "https://wire.example/x", True),
        ("HTTP:/ann:pw@wire.example/x", "ann:…@", "HTTP://wire.example/x", True),
        ("https:\\\\ann@wire.example/x", "ann@", "https://wire.example/x", False),
        ("https:wire.example/x", None, "https:wire.example/x", False),
    ],
)
def test_credentials_are_named_without_the_password_and_taken_out(
    address: str, shown: str | None, without: str, password: bool
) -> None:
    assert credentials(address) == shown
    assert without_credentials(address) == without
    assert password_in(address) is password


def test_parameters_that_carry_a_secret_are_named_as_written() -> None:
    signed = "https://b.s3.example/a.pdf?X-Amz-Signature=ab&X-Amz-Credential=c&size=2&access_token=t"
    assert secret_parameters(signed) == ["X-Amz-Signature", "X-Amz-Credential", "access_token"]
    assert secret_parameters("https://wire.example/x?page=2#key=1") == []


@pytest.mark.parametrize(
    ("address", "without"),
    [
        ("https://ann:pw\t@host/x", "https://host/x"),
        ("https://ann:pw@ho\nst/x", "https://host/x"),
        ("https://a\r\nnn:pw@host/x?q=\t1", "https://host/x?q=1"),
    ],
)
def test_an_address_broken_by_a_tab_or_line_break_loses_its_credentials_and_keeps_its_host(
    address: str, without: str
) -> None:
    # A browser (and urlsplit) drop a tab or line break from an address; the user name and
    # password were cut by the length of the host as read without them, so a pasted cell's
    # 'https://ann:pw\t@host/x' came out as 'https://hhost/x', another host.
    assert without_credentials(address) == without
