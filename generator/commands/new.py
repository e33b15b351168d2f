"""``explainer new``: start a site, story, event, figure or location as a commented file.

Arguments are checked before anything is written (a bad id or date writes nothing), an
existing file is never overwritten, and every file starts with a modeline pointing
editors with YAML support (VS Code, JetBrains, Neovim) at the JSON Schema in
``docs/schemas/``, so keys are completed and mistakes flagged while typing. Text the
editor still has to write starts with ``TODO:``, which ``explainer check`` points out.
The command then prints the new file's path, and what to know of it (``report``).
"""

from __future__ import annotations

import datetime
import os
import re
import sys

import yaml

from generator import schemas
from generator.content import contentfile, hints
from generator.content.datehints import hint as date_hint
from generator.content.dates import DateFormError, PartialDate, parse_date
from generator.content.files import new_command, require_folder
from generator.content.ids import invalid_id, new_event_id, reserved_story_id
from generator.content.kinds import COLLECTIONS, Kind
from generator.content.published import says_draft
from generator.content.schema import modeline
from generator.content.yamlnodes import Scalar
from generator.content.yamlvalues import double_quoted, language_value
from generator.errors import UsageError, did_you_mean
from generator.i18n import languages, zones
from generator.patterns import later


def _check_id(value: str, what: str) -> None:
    if (invalid := invalid_id(value, what)) is not None:
        raise UsageError(invalid)


def _published_by(story_yaml: str, day: str) -> bool:
    """Whether the story of ``story_yaml`` is out by ``day`` (ISO): not a draft, and its
    ``published`` day not after it, read as the build reads them, without checking the
    rest (a story whose file has errors is taken not to be out)."""
    root = contentfile.read_file(story_yaml, "story", []).root
    if root is None or says_draft(root):
        return False
    _, published = root.items.get("published", (None, None))
    if not isinstance(published, Scalar):
        return False
    try:
        return parse_date(published.text).iso()[:10] <= day
    except DateFormError:
        return False


def _language_of(story_yaml: str, site_yaml: str) -> str | None:
    """The language the story of ``story_yaml`` is written in, as the build reads it (its
    own ``language``, else its site's), read without checking the rest; None when neither
    file gives one as a text."""
    for path, kind in ((story_yaml, "story"), (site_yaml, "site")):
        if not os.path.isfile(path):
            continue
        root = contentfile.read_file(path, kind, []).root
        if root is None:
            continue
        _, language = root.items.get("language", (None, None))
        if isinstance(language, Scalar) and language.text.strip():
            return language.text.strip()
    return None


def _story_folder(content: str, story: str) -> str:
    _check_id(story, "story")
    folder = os.path.join(content, story)
    require_folder(content, "content")
    if not os.path.isfile(os.path.join(folder, "story.yaml")):
        # A story's id mistyped ('flods'): the story meant comes first, as check says of an id.
        stories = [n for n in _listed(content) if os.path.isfile(os.path.join(content, n, "story.yaml"))]
        meant = did_you_mean(story, stories)
        command = new_command(content, "story", story, '--title "..."')
        raise UsageError(f"no story '{story}' in {content}{meant} (create it with: {command})")
    return folder


def _listed(folder: str) -> list[str]:
    try:
        return sorted(os.listdir(folder))
    except OSError:  # said by whatever reads it next
        return []


def _write(path: str, kind: str, body: str) -> str:
    if os.path.exists(path):
        raise UsageError(f"{path} already exists; not overwriting it")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "x", encoding="utf-8") as f:
        f.write(modeline(path, kind) + body)
    return path


STORY_IS_DRAFT = (
    "the story starts as a draft (draft: true): explainer serve and build --drafts show it; "
    "delete that line to publish it"
)
"""What ``explainer new story`` says besides the path: nothing of it goes live yet."""


ZONE_USE = "the clock of times written without an offset (feed, sitemap)"
"""What ``time_zone`` is for, as the site.yaml ``new site`` writes says it."""


def _time_zone_lines(language: str | None) -> list[str]:
    """site.yaml's ``time_zone`` line for a site in ``language``: its zone where the
    language keeps one clock ('de': Europe/Berlin, 'fr-FR': Europe/Paris; ``zones.zone_for``),
    as without one the feed reads times as UTC; where the tag names a country of several
    clocks ('pt-BR', 'en-US'), its most populous one (``zones.main_zone``), said to be changed
    where the newsroom keeps another; else a commented line with the likeliest country's
    most populous zone as its example, and that country's zones to choose from when they are
    few enough to list. Every example was Paris's: a Brazilian newsroom's too."""
    clocks = zones.clocks_of(language) if language is not None else None
    if language is None or clocks is None:
        return [f"# time_zone: Europe/Paris   # {ZONE_USE}"]
    if (zone := zones.zone_for(language)) is not None:
        return [f"time_zone: {zone}   # {ZONE_USE}: {clocks.territory}'s, where CLDR places '{language}'"]
    main = zones.main_zone(language)
    if main is not None and zones.names_territory(language) and len(clocks.zones) > 1:
        country = f"the country of '{language}' ({clocks.territory})"
        kept = f"{zones.clock_count(clocks.zones)} clocks in {len(clocks.zones)} zones"
        return [
            f"time_zone: {main}   # {ZONE_USE}: the one most keep in {country}",
            f"#   (it keeps {kept}: change it if your times are on another, "
            "as the time zone database names it)",
        ]
    example = f"# time_zone: {main or clocks.zones[0]}   # {ZONE_USE}"  # a zone of that country, at least
    if len(clocks.zones) == 1:  # the language's other countries keep other clocks
        told = (
            f"'{language}' is official in countries on other clocks too; "
            f"{clocks.territory}'s is {clocks.zones[0]}"
        )
    else:
        told = _choices(clocks) + (f"; most keep {main}" if main is not None else "")
    return [example, f"#   (write the one your times are on, as the time zone database names it; {told})"]


def _choices(clocks: zones.Clocks) -> str:
    """The zones of ``clocks`` to choose from, listed when they are few ('Spain has more than
    one: ...'), else counted ('Brazil alone has 16')."""
    if len(clocks.zones) > _ZONES_LISTED:
        return f"{clocks.territory} alone has {len(clocks.zones)}"
    return f"{clocks.territory} has more than one: {', '.join(clocks.zones[:-1])} or {clocks.zones[-1]}"


_ZONES_LISTED = 4
"""The most zones of a territory the commented ``time_zone`` line lists (Spain's three);
more (the United States' 29) are counted."""


def new_site(*, content: str, title: str, language: str | None = None, base_url: str | None = None) -> str:
    """The content folder's ``site.yaml`` (the folder made if need be): a newsroom's first
    step in a project of its own."""
    if not title.strip():
        raise UsageError("--title must not be empty")
    if language is not None and (why := languages.refused(language)) is not None:
        raise UsageError(why)
    if language is not None:  # 'in', as Android writes Indonesian: written 'id', which check asks for
        language = languages.current_code(language) or language
    lines = [
        f"title: {double_quoted(title.strip())}",
        "# description: One line for the home page and shared links.",
    ]
    lines.append(
        f"language: {language_value(language)}" if language else "# language: en        # the pages' language"
    )
    lines.append(
        f"base_url: {base_url}"
        if base_url
        else "# base_url: https://your-org.github.io/your-repo/  # where it is published (workflows set it)"
    )
    lines += _time_zone_lines(language)
    lines += [
        "# search: true        # the site's search page and box (needs Pagefind)",
        "# cname: explainers.example.org   # a custom domain, for explainer deploy",
        "# media_max_mb: 50    # the largest media file a story may use, in MB",
    ]
    path = _write(os.path.join(content, "site.yaml"), "site", "\n".join(lines) + "\n")
    # A project's first step: every file new writes after it names the schemas, which
    # editors' tools then find (as explainer schema --out would write them).
    schemas.write_schemas(_schema_folder(path))
    return path


def _schema_named(path: str) -> str:
    """The JSON Schema that the modeline of the file ``new`` wrote at ``path`` names."""
    with open(path, encoding="utf-8") as f:
        first = f.readline()
    return os.path.join(os.path.dirname(path), first.split("$schema=", 1)[-1].strip())


def _schema_folder(path: str) -> str:
    """The folder of the JSON Schemas the file ``new`` wrote at ``path`` names (the
    project's docs/schemas, beside its content folder), relative to the current one."""
    return os.path.relpath(os.path.dirname(_schema_named(path)))


def schemas_missing(path: str) -> str | None:
    """The note to print when the JSON Schema that the modeline of the file ``new`` wrote at
    ``path`` names is not there (its project's schemas deleted, or never written by a
    version before ``new site`` wrote them), or None."""
    schema = _schema_named(path)
    if os.path.isfile(schema):
        return None
    folder = _schema_folder(path)
    return (
        f"no JSON Schemas in {folder}, which the file's first line names for editors' completion and "
        f"checks while typing; write them with: explainer schema --out {folder}"
    )


def language_missing(path: str) -> str | None:
    """The note to print when the ``site.yaml`` at ``path`` gives no language and its title
    is written in letters English pages are not ('انفجار مرفأ بيروت'), or None: the pages
    would say ``lang="en"`` and be read aloud, searched and typeset as English."""
    with open(path, encoding="utf-8") as f:
        site = yaml.safe_load(f)
    if not isinstance(site, dict) or site.get("language"):
        return None
    # A site's name may be short ('新华网'): two letters tell its script.
    script = languages.foreign_script(str(site.get("title", "")), "en", fewest=2)
    if script is None:
        return None
    tags = " or ".join(f"'language: {tag}'" for tag in languages.tags_written_in(script))
    return (
        f"the site's title is written in {languages.SCRIPTS[script]} letters, but its pages will be in "
        f"English, the default: give its language in {path} ({tags or 'language: <its code>'})"
    )


def report(kind: str, path: str) -> None:
    """What ``new`` says of the file of ``kind`` it wrote at ``path``: the path (on its
    own line, for a script), then whether the story is a draft, the site's language
    missing, the schemas written (for a site, which writes them) or missing."""
    print(path)
    if kind == "story":
        print(f"note: {STORY_IS_DRAFT}", file=sys.stderr)
    if kind == "site" and (missing := language_missing(path)):
        print(f"note: {missing}", file=sys.stderr)
    if kind == "site":
        folder = _schema_folder(path)
        print(f"note: wrote the JSON Schemas editors' tools read into {folder}", file=sys.stderr)
    if missing := schemas_missing(path):
        print(f"note: {missing}", file=sys.stderr)


def new_story(*, content: str, story: str, title: str, today: datetime.date | None = None) -> str:
    _check_id(story, "story")
    if (reserved := reserved_story_id(story)) is not None:
        raise UsageError(reserved)
    require_folder(content, "content")
    folder = os.path.join(content, story)
    published = (today or datetime.date.today()).isoformat()
    path = _write(
        os.path.join(folder, "story.yaml"),
        "story",
        f"""\
title: {double_quoted(title)}
summary: |
  TODO: two or three sentences on what this explainer is about.
published: {published}
# updated: {published}        # the last substantive update
# byline: Explainers desk
# language: ru                # the story's language, if not the site's
# translation_of: story-id    # the id of the story this one translates
# related: [other-story]      # other stories of this site, shown as "Related explainers"
draft: true                   # kept out of the published site; delete this line to publish
sources:
  source-1:
    publisher: "TODO: who published the reporting this story rests on"
    # title: The article's headline
    # language: en              # the language of its headline, if not the story's
    # url: https://...
    # archive_url: https://web.archive.org/...   # an archived copy
    # date: {published}
# unknowns:
#   - What is still not known.
# key_numbers:
#   - value: at least 85
#     label: what the number counts
#     source: source-1
#     note: A caveat or explanation.
# updates:                    # after publication: what changed, each new one at the end (shown latest first)
#   - date: {published}
#     text: What was added, in a sentence.
#   - date: {published}
#     text: What was wrong, and what is right.
#     kind: correction        # labelled as a correction (the default is 'update')
# image:                      # the lead picture: story page, home page, shared links
#   src: media/TODO.jpg       # a picture (.jpg, .png, .svg...) in media/, as the camera made it
#   alt: What the picture shows, for people who cannot see it.
#   credit: Photographer / Agency
#   caption: Shown under the picture.
#   focus: top                # where its subject is, kept in view where it is cut (default: center)
""",
    )
    for kind in COLLECTIONS:
        os.makedirs(os.path.join(folder, kind.value), exist_ok=True)
    return path


def new_event(*, content: str, story: str, date: str, title: str, today: datetime.date | None = None) -> str:
    folder = _story_folder(content, story)
    added = (today or datetime.date.today()).isoformat()
    added_line = _added_line(folder, added)
    parsed = _given_date(date)
    if not title.strip():
        raise UsageError("--title must not be empty")
    # The title is spelt in Latin letters as its language does where a script is shared
    # (Bulgarian's Cyrillic is spelt as Russian's otherwise: 'khitrino' for 'Хитрино').
    language = _language_of(os.path.join(folder, "story.yaml"), os.path.join(content, "site.yaml"))
    event_id = new_event_id(parsed.iso(), title, language)
    return _write(
        os.path.join(folder, Kind.EVENT.value, f"{event_id}.yaml"),
        "event",
        f"""\
title: {double_quoted(title.strip())}
date: {date}
# end: {date}          # for a span: when it ended
# circa: true          # the date is approximate
# date_phrase: weekend  # from, until, between or weekend: the date worded in the story's language
# your own wording of the date, shown as written (a ' #' after it would cut it short):
# display_date: Spring 2010
# after: an-event-id   # comes directly after that event, when the dates cannot say
# before: an-event-id  # or directly before one (give after or before, not both)
summary: |
  TODO: one or two short paragraphs, in your own words.
# body: |
#   Longer text for the event's own page.
figures: []            # ids of files in figures/
locations: []          # ids of files in locations/
sources: []            # ids of sources in story.yaml
# quotes:
#   - text: The words, exactly as said.
#     by: a-figure-id or the speaker's name
#     source: source-1
#     language: es       # the language the words are in, if not the story's
# tags: [politics]
# key: true            # a key moment: listed at the top of the story page
# draft: true          # kept out of the published site until this line is deleted
{added_line}
# image:
#   src: media/TODO.jpg       # a picture (.jpg, .png, .svg...) in the story's media/, or an https:// address
#   alt: What the picture shows, for people who cannot see it.
#   credit: Photographer / Agency
#   caption: Shown under the picture.
#   focus: top                # where its subject is, kept in view where it is cut (default: center)
# removed:                   # taken out after it was published: its page stays, as a notice
#   date: {added}
#   reason: Why it was taken out, in a sentence.
""",
    )


def _added_line(folder: str, added: str) -> str:
    """The new event's line 'added: ``added``' for the story in ``folder``: an event
    written after its story went out is marked New for the readers who came before; one
    of a story not yet out has the line to uncomment later."""
    said = "# added after the story was published: marked New for readers who came before"
    if _published_by(os.path.join(folder, "story.yaml"), added):
        return f"added: {added}      {said}"
    return f"# added: {added}    {said}"


def _given_date(date: str) -> PartialDate:
    """``date``, given as --date; UsageError, with check's hint, if it is not one."""
    try:
        return parse_date(date)
    except DateFormError as exc:
        hint = date_hint(date, span=True)
        # The hint names a file's keys ('date: 2024-03-26', 'end: 2024-04-05'): here, the
        # date is --date, and the others are the file's commented lines.
        given = re.search(r"'date: (\S+)'", hint)
        keys = re.findall(r"'(end|circa|date_phrase|display_date): ", hint)
        if given and keys:
            lines = " and ".join(f"'{key}:'" for key in keys)
            hint += (
                f" (here, give --date {given[1]}; then, in the file it writes, delete the '#' before "
                f"{lines} and write {'them' if len(keys) > 1 else 'it'} as said)"
            )
        raise UsageError(f"--date '{date}' is not a valid date: {exc}{hint}") from exc


def new_figure(*, content: str, story: str, figure: str, name: str) -> str:
    folder = _story_folder(content, story)
    _check_id(figure, "figure")
    return _write(
        os.path.join(folder, Kind.FIGURE.value, f"{figure}.yaml"),
        "figure",
        f"""\
name: {double_quoted(name)}
role: "TODO: who they are in this story, in one line"
# aliases: [Other name, Other spelling]
# how lists sort the name, if not as written (a Japanese name's reading in kana):
# sort_as: くになか ひとし
# summary: |
#   More about them.
# image:                      # a portrait or logo
#   src: media/TODO.jpg       # a picture (.jpg, .png, .svg...) in the story's media/, or an https:// address
#   alt: What the picture shows, for people who cannot see it.
#   credit: Photographer / Agency
#   caption: Shown under the picture.
#   focus: top                # where its subject is, kept in view where it is cut (default: center)
""",
    )


NUMBER = later(r"-?[0-9]+(\.[0-9]+)?")
"""A decimal number as YAML reads it back as one (so it is written as typed)."""


def _coordinates_hint(text: str) -> str:
    """What to give --coordinates for ``text``, as check reads coordinates written so: with
    compass points ('30°21′N 32°22′E', as Wikipedia shows a place), with a space or decimal
    commas ('30.35 32.37', '30,35, 32,37'); else an example."""
    if (pair := hints.compass_pair(text)) is not None:
        return f"; did you mean --coordinates={pair[0]:g},{pair[1]:g}?"
    if (readings := hints.slovenian_or_nordic(text)) is not None:
        (north, east), (south, west) = readings
        return (
            f"; it could be --coordinates={north:g},{east:g} (Slovenian S, sever, north; V, vzhod, east)"
            f" or --coordinates={south:g},{west:g} (Norwegian, Danish, Swedish S, south; V, west):"
            " give the one it is"
        )
    # '[+30.35, 32.37]' as '30.35,32.37': NUMBER, which --coordinates must be, has no '+'.
    ways = [
        f"--coordinates={way[1:-1].replace(' ', '').replace('+', '')}"
        for way in hints.unbracketed_pairs(text)
    ]
    points = " (decimals with a point)" if re.search(r"\d,\d", text) else ""
    if len(ways) == 1:
        return f"; did you mean {ways[0]}?{points}"
    if len(ways) == 2:
        return f"; it could be {ways[0]} or {ways[1]}: give the one it is{points}"
    return ", e.g. --coordinates=-33.45,-70.66"


def _coordinates(text: str) -> str:
    """``--coordinates LAT,LON`` checked, as the YAML value ``[LAT, LON]``."""
    parts = [part.strip() for part in text.split(",")]
    if len(parts) != 2 or not all(NUMBER().fullmatch(part) for part in parts):
        raise UsageError(
            f"--coordinates '{text}' is not LAT,LON: two decimal numbers, north and east positive"
            + _coordinates_hint(text)
        )
    for part, what, bound in zip(parts, ("latitude", "longitude"), (90, 180), strict=True):
        if abs(float(part)) > bound:
            raise UsageError(f"--coordinates '{text}': {what} {part} is not between -{bound} and {bound}")
    return f"[{parts[0]}, {parts[1]}]"


def new_location(
    *,
    content: str,
    story: str,
    location: str,
    name: str,
    country: str | None = None,
    coordinates: str | None = None,
    unmapped: bool = False,
) -> str:
    folder = _story_folder(content, story)
    _check_id(location, "location")
    if unmapped and coordinates is not None:
        raise UsageError(
            "give --coordinates or --unmapped, not both: a place with no position has no coordinates"
        )
    if country is not None and not country.strip():
        raise UsageError("--country must not be empty")
    # Without them, comments say what is missing; no example value an editor could leave
    # in by mistake and publish a place in the wrong country or the wrong spot.
    country_line = (
        f"country: {double_quoted(country.strip())}\n"
        if country is not None
        else "# TODO: country: the country it is in (or give --country NAME to explainer new)\n"
    )
    if unmapped:
        coordinates_lines = "unmapped: true         # it has no position to map (check says nothing of it)\n"
    elif coordinates is not None:
        coordinates_lines = f"coordinates: {_coordinates(coordinates)}   # [latitude, longitude]\n"
    else:
        coordinates_lines = (
            "# TODO: coordinates: [latitude, longitude] in decimal degrees, north and east positive;\n"
            "#   without them the place is listed but not mapped (unmapped: true if it has no position)\n"
        )
    return _write(
        os.path.join(folder, Kind.LOCATION.value, f"{location}.yaml"),
        "location",
        f"""\
name: {double_quoted(name)}
# kind, in a word or two: city, village, region, country, base...
# kind: city
{country_line}{coordinates_lines}# aliases: [Other name, Other spelling]
# how lists sort the name, if not as written (a Japanese name's reading in kana):
# sort_as: りゅうぐう
# summary: |
#   More about the place.
""",
    )
