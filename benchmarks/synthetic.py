"""Synthetic content for benchmarks: N events, N/20 figures, N/30 locations.

Summaries are about 100 words of Markdown with links and emphasis; each event names two
figures and one location. The text is deterministic (seeded), so runs are comparable.
English by default; in another script for a language ``TEXTS`` has (``--language ar``
of ``benchmarks.search`` and ``benchmarks.compare``), so that search and speed can be
measured on a site whose words and names are not ASCII.
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass

SENTENCE = (
    "officials said the council would meet again after talks broke down over the budget while "
    "protesters gathered outside the ministry and police closed the main road as witnesses "
    "described crowds moving towards the square before the announcement came late"
)
WORDS = SENTENCE.split()


@dataclass(frozen=True)
class Text:
    """The words of a synthetic story in one language."""

    sentence: str
    """A sentence of news, whose words its summaries are drawn from (``words``)."""
    given: tuple[str, ...]
    """Given names and family names: a figure is one of each (``_names``)."""
    family: tuple[str, ...]
    sides: tuple[str, ...]
    """Words a place's name opens with (north, south...) and the towns it ends with."""
    towns: tuple[str, ...]
    title: str
    """An event's title, '{number}' in it."""
    role: str
    story: str
    query: str
    """Two of ``words`` a reader might search for (``benchmarks.search``'s second query)."""

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.sentence.split())


ENGLISH = Text(
    SENTENCE, (), (), (), (), "Event number {number}", "Someone in the story", "A long-running story",
    "ministry budget",
)  # fmt: skip
"""The default: English, its figures and places numbered ('Figure 12', 'Place 3')."""

TEXTS = {
    "ar": Text(
        (
            "قال المسؤولون إن المجلس سيجتمع مجددا بعد انهيار المحادثات حول الميزانية بينما تجمع "
            "المحتجون أمام الوزارة وأغلقت الشرطة الطريق الرئيسي ووصف الشهود حشودا تتجه نحو الساحة "
            "قبل صدور الإعلان في وقت متأخر"
        ),
        ("أحمد", "محمد", "فاطمة", "ليلى", "خالد", "سمير", "نادية", "يوسف", "مريم", "عمر"),
        ("الحسن", "الخطيب", "النجار", "الشامي", "العلي", "المصري", "الحداد", "السعدي"),
        ("شمال", "جنوب", "شرق", "غرب"),
        ("بيروت", "طرابلس", "صيدا", "صور", "جبيل", "زحلة", "بعلبك", "النبطية"),
        "الحدث رقم {number}",
        "شخص في القصة",
        "قصة طويلة",
        "الوزارة الميزانية",
    ),
    "he": Text(
        (
            "אמרו הפקידים כי המועצה תתכנס שוב לאחר שהשיחות על התקציב קרסו בזמן שמפגינים התאספו "
            "מחוץ למשרד והמשטרה חסמה את הכביש הראשי ועדים תיארו המונים שנעו לעבר הכיכר לפני "
            "שההודעה הגיעה באיחור"
        ),
        ("דוד", "שרה", "יוסף", "רחל", "משה", "נועה", "אברהם", "מיכל", "יעקב", "תמר"),
        ("כהן", "לוי", "מזרחי", "פרץ", "ביטון", "פרידמן", "שפירא", "אזולאי"),
        ("צפון", "דרום", "מזרח", "מערב"),
        ("חיפה", "עכו", "צפת", "טבריה", "נתניה", "חדרה", "אשדוד", "רחובות"),
        "אירוע מספר {number}",
        "דמות בסיפור",
        "סיפור מתמשך",
        "המועצה התקציב",
    ),
    "hi": Text(
        (
            "अधिकारियों ने कहा कि बजट पर बातचीत टूटने के बाद परिषद फिर से बैठक करेगी जबकि "
            "प्रदर्शनकारी मंत्रालय के बाहर जमा हुए और पुलिस ने मुख्य सड़क बंद कर दी और गवाहों ने "
            "घोषणा देर से आने से पहले चौक की ओर बढ़ती भीड़ का वर्णन किया"
        ),
        ("राम", "सीता", "अमित", "प्रिया", "राहुल", "अंजलि", "विकास", "नेहा"),
        ("शर्मा", "वर्मा", "गुप्ता", "सिंह", "यादव", "पटेल", "जोशी", "मिश्रा"),
        ("उत्तर", "दक्षिण", "पूर्व", "पश्चिम"),
        ("दिल्ली", "पटना", "भोपाल", "जयपुर", "लखनऊ", "इंदौर", "नागपुर", "कानपुर"),
        "घटना संख्या {number}",
        "कहानी का एक पात्र",
        "एक लंबी कहानी",
        "मंत्रालय बजट",
    ),
    "ru": Text(
        (
            "чиновники заявили что совет соберётся снова после того как переговоры о бюджете "
            "сорвались пока протестующие собирались у министерства а полиция перекрыла главную "
            "дорогу и свидетели описали толпы идущие к площади незадолго до позднего объявления"
        ),
        ("Иван", "Сергей", "Дмитрий", "Алексей", "Андрей", "Михаил", "Николай", "Павел"),
        ("Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Соколов", "Волков", "Орлов"),
        ("Старый", "Новый", "Северный", "Южный"),
        ("Омск", "Томск", "Курск", "Псков", "Смоленск", "Брянск", "Саратов", "Бишкек"),
        "Событие номер {number}",
        "Участник истории",
        "Долгая история",
        "министерства бюджете",
    ),
    "ur": Text(
        (
            "حکام نے کہا کہ بجٹ پر مذاکرات ٹوٹنے کے بعد کونسل دوبارہ اجلاس کرے گی جبکہ مظاہرین وزارت "
            "کے باہر جمع ہوئے اور پولیس نے مرکزی سڑک بند کر دی اور گواہوں نے اعلان سے پہلے چوک کی "
            "طرف بڑھتے ہجوم کو بیان کیا"
        ),
        ("احمد", "علی", "فاطمہ", "عائشہ", "بلال", "حسن", "زینب", "عمران"),
        ("خان", "قریشی", "ملک", "چوہدری", "شیخ", "بٹ", "رضا", "اعوان"),
        ("شمالی", "جنوبی", "مشرقی", "مغربی"),
        ("لاہور", "کراچی", "پشاور", "کوئٹہ", "ملتان", "سیالکوٹ", "حیدرآباد", "راولپنڈی"),
        "واقعہ نمبر {number}",
        "کہانی کا ایک کردار",
        "ایک طویل کہانی",
        "وزارت بجٹ",
    ),
}
"""The languages whose synthetic story is written in their own script: Arabic, Hebrew,
Hindi, Russian and Urdu. Another language's site (``--language fr``) is written in
English, as before."""


def text_of(language: str | None) -> Text:
    """The words of the synthetic story of a site in ``language`` (English when None or
    not in ``TEXTS``)."""
    return TEXTS.get(language or "", ENGLISH)


def _names(first: tuple[str, ...], second: tuple[str, ...], count: int, numbered: str) -> list[str]:
    """``count`` different names, each a word of ``first`` and one of ``second``, every
    pair once before any is numbered; ``numbered`` ('Figure {number}') when there are no words."""
    if not first:
        return [numbered.format(number=i) for i in range(count)]
    pairs = [f"{a} {b}" for b in second for a in first]
    return [
        pairs[i % len(pairs)] + (f" {i // len(pairs) + 1}" if i >= len(pairs) else "") for i in range(count)
    ]


def figure_name(i: int, language: str | None = None) -> str:
    """The name of figure ``i`` of a synthetic story in ``language`` (whatever its size)."""
    text = text_of(language)
    return _names(text.given, text.family, i + 1, "Figure {number}")[i]


def _summary(rng: random.Random, own: tuple[random.Random, tuple[str, ...]] | None = None) -> str:
    """100 words of ``WORDS``, or, with ``own`` (a generator of its own and a language's
    words), of that language's: drawn from ``rng`` all the same, so that the dates, links
    and figures drawn after them are the English story's."""
    words = [rng.choice(WORDS) for _ in range(100)]
    if own is not None:
        words = [own[0].choice(own[1]) for _ in range(100)]
    words[10] = f"*{words[10]}*"
    words[40] = f"**{words[40]}**"
    words[70] = f"[{words[70]}](https://example.org/{rng.randrange(10_000)})"
    return " ".join(words)


def event_year(i: int, events: int) -> int:
    """The year of synthetic event ``i`` of ``events``: they spread over 2001-2020."""
    return 2001 + i * 20 // max(events, 1)


@dataclass(frozen=True)
class SyntheticEvent:
    id: str
    title: str
    date: str
    summary: str
    figures: tuple[str, str]
    location: str


@dataclass(frozen=True)
class Synthetic:
    """The facts of a synthetic story, to be written in any tool's format."""

    summary: str
    events: list[SyntheticEvent]
    figures: list[tuple[str, str, str, str]]
    """(id, name, role, summary) of each figure."""
    locations: list[tuple[str, str, float, float]]
    """(id, name, latitude, longitude) of each place."""


def generate(events: int, *, seed: int = 1, language: str | None = None) -> Synthetic:
    """The same story for the same ``events``, ``seed`` and ``language``, every time: in
    any language, the same dates, links and pairs of figures (``text_of``)."""
    rng = random.Random(seed)
    text = text_of(language)
    own = None if text is ENGLISH else (random.Random(seed), text.words)
    n_figures, n_locations = max(2, events // 20), max(1, events // 30)
    summary = _summary(rng, own)
    role = text.role
    figure_names = _names(text.given, text.family, n_figures, "Figure {number}")
    place_names = _names(text.sides, text.towns, n_locations, "Place {number}")
    figures = [(f"figure-{i}", figure_names[i], role, _summary(rng, own)) for i in range(n_figures)]
    locations = [
        (f"place-{i}", place_names[i], rng.uniform(-60, 60), rng.uniform(-170, 170))
        for i in range(n_locations)
    ]
    made = []
    for i in range(events):
        month, day = rng.randrange(1, 13), rng.randrange(1, 29)
        date = f"{event_year(i, events)}-{month:02d}-{day:02d}"
        written = _summary(rng, own)
        a, b = rng.sample(range(n_figures), 2)
        place = f"place-{rng.randrange(n_locations)}"
        pair = (f"figure-{a}", f"figure-{b}")
        made.append(SyntheticEvent(f"event-{i:05d}", text.title.format(number=i), date, written, pair, place))
    return Synthetic(summary, made, figures, locations)


def write_site(root: str, events: int, *, seed: int = 1, language: str | None = None) -> str:
    """Write a content folder with one story of ``events`` events under ``root``, its
    pages in ``language`` (the site's ``language:``; English when None), written in its
    script when ``TEXTS`` has it; return it."""
    data = generate(events, seed=seed, language=language)
    content = os.path.join(root, "content")
    story = os.path.join(content, "bench")
    for sub in ("events", "figures", "locations"):
        os.makedirs(os.path.join(story, sub), exist_ok=True)
    with open(os.path.join(content, "site.yaml"), "w") as f:
        f.write("title: Benchmark site\nbase_url: https://example.org/bench/\n")
        if language is not None:
            f.write(f"language: {language}\n")
    with open(os.path.join(story, "story.yaml"), "w") as f:
        f.write(
            f"title: {text_of(language).story}\nsummary: |\n  " + data.summary + "\n"
            "published: 2001-01-01\nsources:\n  wire:\n    publisher: Wire\n"
        )
    for fid, name, role, summary in data.figures:
        with open(os.path.join(story, "figures", f"{fid}.yaml"), "w") as f:
            f.write(f"name: {name}\nrole: {role}\nsummary: |\n  {summary}\n")
    for lid, name, lat, lon in data.locations:
        with open(os.path.join(story, "locations", f"{lid}.yaml"), "w") as f:
            f.write(f"name: {name}\nkind: city\ncoordinates: [{lat:.3f}, {lon:.3f}]\n")
    for e in data.events:
        with open(os.path.join(story, "events", f"{e.id}.yaml"), "w") as f:
            f.write(
                f"title: {e.title}\ndate: {e.date}\nsummary: |\n  {e.summary}\n"
                f"figures: [{e.figures[0]}, {e.figures[1]}]\nlocations: [{e.location}]\nsources: [wire]\n"
            )
    return content
