"""Putting a story's timeline inside another site's article: the iframe code and oEmbed.

Every story has ``<story>/embed/index.html``, a compact page of its timeline made for an
``<iframe>`` (``templates/embed.html``), which follows the reader's light or dark
setting, and ``<story>/embed/light/index.html``, the same page always light. The story
page offers the code to paste, and ``<story>/oembed.json`` gives the same code to
content systems that discover oEmbed (https://oembed.com/, type ``rich``). Both are
made here, so they cannot differ.

The iframe's page tells its height to the page around it (``assets/embed-height.js``);
``assets/embed.js``, which the code includes and a newsroom may leave out, sets the
iframe to that height. Without it the iframe keeps its ``height`` and scrolls.

Full addresses need the site's ``base_url``; without one the code names the embed page
relative to the story page (to be completed by hand), and there is no oembed.json.
"""

from __future__ import annotations

import html
import json

from generator.content import files
from generator.content.model import Story
from generator.i18n.catalogs import translations
from generator.i18n.languages import ENGLISH, written_in
from generator.render.links import file_url

HEIGHT = 1170
"""The iframe's height in pixels before its page has told its own (and without embed.js):
the one it jumps least from once fitted, where it is pasted: an article's column, 640-700
px wide on a laptop (where the embed is laid out as on a phone: its date column comes
from 900 px) and the width of a phone less its margins. Measured on 7 December 2026
(Chromium, the frame's page in a column of 680 px and of 358 on a 390 px phone): a folded
story's embed (the seed's 13 entries, the test cathedral's 25) 1,164 and 1,185 px in
the column, 1,603 and 1,561 on the phone; a short one's of 1, 3 and 5 entries 344, 694
and 1,043 in the column, 445, 949 and 1,453 on the phone. 1,170 px is where the jumps to
the folded ones and the short one of 3 add up least (1,542 px; 2,168 from 900, chosen on
a window's whole width, 390 and 1,280 px, which put every folded frame in a column 270
px short). A frame whose code says 600 or 900 (pasted before) is fitted all the same."""
LATEST = 10
"""How many of a long story's latest entries its embed shows (with its key moments and
its years): one too long for one page (``pages.YEAR_PAGES_FROM``) otherwise showed its
years alone, nothing for an article's reader to read in the frame."""
LEAD = 3
"""How many of a story's latest entries its embed shows open, after its key moments,
when it has ``FOLD_FROM`` entries or more (and fits one page): the earlier ones are
folded behind one control. An article is about the news: a cathedral's 25 entries from
1163 made a frame 9,000 px tall on a phone whose reader started 850 years back."""
FOLD_FROM = 6
"""The fewest entries whose embed folds the earlier ones: fewer are read at a glance
(and are their own key moments, ``moments.SHOWN_FROM``)."""
WIDTH = 640
"""The width oEmbed asks for, in pixels, and the iframe's where its style is taken out
(else it takes its column's width)."""


def embed_page(story_id: str, *, light: bool = False) -> str:
    """The embed page, or (``light``) its copy that stays light when the reader's system
    is dark: for an article on a light page, where a dark frame would stand out."""
    return f"{story_id}/embed/light/index.html" if light else f"{story_id}/embed/index.html"


def oembed_file(story_id: str, *, light: bool = False) -> str:
    """The story's oEmbed file, or (``light``) the one that frames the light embed page,
    which that page names: a content system given its address embeds it light."""
    return f"{story_id}/embed/light/oembed.json" if light else f"{story_id}/oembed.json"


COLONS = (":", "\uff1a")
"""The colons a story's title may be written with: '：' is Chinese's and Japanese's."""


def frame_title(title: str, language: str = ENGLISH) -> str:
    """The iframe's ``title``, which screen readers announce for it, in the story's
    language, and the embed page's own: 'Harbour strike: timeline'. A title that has a
    colon of its own is followed by a dash instead ('Harbour strike: day 3 – timeline'),
    where 'Harbour strike: day 3: timeline' read as a chain of labels."""
    catalog = translations(written_in(language).catalog)
    if any(colon in title for colon in COLONS):
        # Translators: "%(story)s: timeline" for a title with a colon ('Harbour strike: day 3'): a dash.
        return catalog.gettext("%(story)s – timeline") % {"story": title}
    return catalog.gettext("%(story)s: timeline") % {"story": title}


def snippet(
    story_id: str, title: str, base_url: str | None, *, language: str = ENGLISH, light: bool = False
) -> str:
    """The HTML to paste into an article: the iframe and the script that sizes it. The
    style makes the frame its column's width; its ``width`` (pixels only) is for where the
    style is taken out: WordPress keeps an unknown provider's plain attributes only, and
    its frame was 300 pixels wide (its stylesheet caps a frame at its column's width)."""
    page = "embed/light/" if light else "embed/"
    # No version on embed.js here (the pages link the theme's assets by theirs,
    # ``versions.py``): this code is pasted into an article once and stays there through
    # every deploy, so a version in it would name the file as it was that day, not as it
    # is. The script's address must stay the same; the embed page it talks to is ours,
    # and its own embed-height.js is linked by version.
    if base_url:
        src, script = f"{base_url}{story_id}/{page}", f"{base_url}{files.EMBED_SCRIPT}"
    else:
        src, script = page, f"../{files.EMBED_SCRIPT}"

    def attr(text: str) -> str:
        return html.escape(text, quote=True)

    # The frame's language is the story's: its title is read out in the article, whatever
    # the article's language (an Arabic title in an English article, with an English voice);
    # so is its direction, which its title is shown in (a tooltip), where the article's
    # would put an Arabic title's ending colon at its start.
    direction = written_in(language).direction
    flow = f' dir="{direction}"' if direction == "rtl" else ""
    return (
        f'<iframe src="{attr(src)}" title="{attr(frame_title(title, language))}" '
        f'lang="{attr(language)}"{flow} width="{WIDTH}" '
        f'height="{HEIGHT}" loading="lazy" style="display:block;width:100%;border:0"></iframe>\n'
        f'<script src="{attr(script)}" async></script>'
    )


def oembed(
    story: Story, *, site_title: str, base_url: str, language: str = ENGLISH, light: bool = False
) -> bytes:
    """``oembed.json``: the story as an oEmbed ``rich`` response (``light``: framing the
    embed page that stays light)."""
    data: dict[str, str | int] = {
        "version": "1.0",
        "type": "rich",
        "title": story.title,
        "provider_name": site_title,
        "provider_url": base_url,
        "html": snippet(story.id, story.title, base_url, language=language, light=light),
        "width": WIDTH,
        "height": HEIGHT,
    }
    if story.byline:
        data["author_name"] = story.byline
    lead = story.image
    # Its cut around its focus where the build made one, as share_meta shows it.
    thumbnail = (lead.share or lead.picture.largest) if lead and lead.picture else story.card
    if thumbnail is not None:  # what a shared link shows (og:image): an article's editor sees it too
        data["thumbnail_url"] = file_url(base_url, thumbnail.path)
        data["thumbnail_width"] = thumbnail.width
        data["thumbnail_height"] = thumbnail.height
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
