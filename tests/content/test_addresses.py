"""The rules for web addresses (``content/addresses.py``), which content files' addresses
and ``--base-url`` share; how check words each fault is tested in ``test_check.py``."""

from __future__ import annotations

import pytest

from generator.content.addresses import AddressFault, fault, folder_address_extra, without_scheme


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
        ("https://example.org/news", True, AddressFault.NO_SLASH),
        # What a folder's address must not hold is said before its missing '/': given a
        # '/' as the example to follow, it would still hold its '?' part.
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
