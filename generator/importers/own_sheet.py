"""A newsroom's own timeline sheet (``explainer import sheet``): columns of its own
naming ('Date', 'Event', 'Lugar', 'Quelle'), read by the TimelineJS sheet's reader.

Each header is matched, case, accents, spaces and punctuation aside, against the words
``HEADERS`` knows for each field, in English and in the languages newsrooms most often
keep such sheets in (Spanish, French, German, Portuguese, Italian, Dutch); ``--column
FIELD=HEADER`` names the others. The columns TimelineJS's template has a like of (the
date, its time, the title, the text, the picture and its credit, caption and alt text,
a group) are handed to ``sheet.read_rows`` under the template's names, in the columns
they are in, so its dates, times, text, pictures and reports (``t.csv:7:4``) are those
of a TimelineJS sheet; the rest (who, where and its coordinates, sources, key, a longer
body) are kept by row for ``own_fields.py``. A column the import does not know is said,
never dropped without a word.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import ClassVar

from generator.content.dates import unaccented
from generator.errors import ContentError, Position, Problem, UsageError
from generator.importers.garbled import as_meant
from generator.importers.sheet import names_template, read_rows
from generator.importers.slides import Report, Timeline, in_a_list, shortened

SHEET = "sheet"
"""The import's name for a newsroom's own sheet (``explainer import sheet``)."""


@dataclass(frozen=True)
class SheetTimeline(Timeline):
    """A newsroom's own sheet read as a timeline: story.yaml says which import made it."""

    kind: ClassVar[str] = SHEET


def squeezed(header: str) -> str:
    """A header as it is compared: letters and digits alone, without accents, in lower
    case ('Fecha / Día' and 'fecha dia' are one)."""
    return "".join(c for c in unaccented(header.casefold()) if c.isalnum())


TEMPLATE = {
    "date": "Year",
    "end": "End Year",
    "time": "Time",
    "title": "Headline",
    "summary": "Text",
    "image": "Media",
    "credit": "Media Credit",
    "caption": "Media Caption",
    "alt": "Alt Text",
    "tags": "Group",
    "type": "Type",
}
"""The fields read as a column of TimelineJS's template is (the date as a whole date typed
into its Year cell), by the template's name for it."""

OWN = ("figures", "place", "lat", "lon", "sources", "key", "body")
"""The fields the template has no column for: read by ``own_fields.py``."""

FIELDS = (*TEMPLATE, *OWN)
"""Every field, as ``--column FIELD=HEADER`` names it."""

HEADERS: Mapping[str, tuple[str, ...]] = {
    "date": ("date", "day", "when", "fecha", "dia", "cuando", "jour", "quand", "datum", "wann", "data",
             "quando", "dag", "wanneer", "startdate", "fechainicio", "datedebut", "anfang", "datainicio",
             "datainizio", "begindatum"),
    "end": ("enddate", "end", "until", "fechafin", "fechafinal", "fin", "hasta", "datefin", "jusqua",
            "enddatum", "ende", "bis", "datafim", "fim", "ate", "datafine", "fine", "einddatum", "eind",
            "tot"),
    "time": ("time", "hour", "hora", "heure", "zeit", "uhrzeit", "ora", "orario", "tijd", "tijdstip", "uur"),
    "title": ("title", "headline", "event", "what", "titular", "titulo", "evento", "suceso", "hecho",
              "que", "titre", "evenement", "quoi", "titel", "ueberschrift", "uberschrift", "schlagzeile",
              "ereignis", "was", "manchete", "acontecimento", "titolo", "cosa", "kop", "gebeurtenis", "wat"),
    "summary": ("description", "details", "summary", "text", "descripcion", "detalles", "resumen", "texto",
                "detail", "resume", "texte", "beschreibung", "einzelheiten", "zusammenfassung",
                "descricao", "detalhes", "resumo", "descrizione", "dettagli", "riassunto", "sommario",
                "testo", "beschrijving", "omschrijving", "samenvatting", "tekst"),
    "body": ("body", "more", "cuerpo", "mas", "corps", "plus", "haupttext", "mehr", "corpo", "mais", "piu",
             "meer"),
    "place": ("location", "place", "where", "lugar", "ubicacion", "donde", "lieu", "endroit", "ou", "ort",
              "wo", "local", "localizacao", "onde", "luogo", "localita", "dove", "plaats", "locatie", "waar"),
    "lat": ("lat", "latitude", "latitud", "breite", "breitengrad", "latitudine", "breedtegraad",
            "breedte"),
    "lon": ("lon", "lng", "long", "longitude", "longitud", "laenge", "lange", "langengrad", "longitudine",
            "lengtegraad", "lengte"),
    "figures": ("who", "people", "figures", "person", "persons", "quien", "quienes", "personas",
                "protagonistas", "qui", "personnes", "personnages", "wer", "personen", "beteiligte",
                "quem", "pessoas", "chi", "persone", "protagonisti", "wie", "betrokkenen"),
    "sources": ("source", "sources", "sourceurl", "url", "link", "fuente", "fuentes", "enlace",
                "lien", "quelle", "quellen", "fonte", "fontes", "bron", "bronnen"),
    "image": ("photo", "image", "picture", "media", "imagen", "foto", "fotografia", "bild",
              "immagine", "afbeelding", "beeld"),
    "credit": ("credit", "photocredit", "mediacredit", "credito", "creditos", "creditfoto", "creditphoto",
               "bildnachweis", "fotonachweis", "creditofoto", "fotocredit"),
    "caption": ("caption", "mediacaption", "piedefoto", "leyenda", "legende", "bildunterschrift",
                "legenda", "onderschrift", "bijschrift"),
    "alt": ("alt", "alttext", "textoalternativo", "textealternatif", "alternativtext", "testoalternativo",
            "alttekst"),
    "key": ("key", "keymoment", "important", "highlight", "clave", "destacado", "importante", "cle",
            "moment cle", "wichtig", "schlussel", "chave", "destaque", "chiave", "belangrijk", "sleutel"),
    "tags": ("tags", "tag", "group", "category", "categories", "etiqueta", "etiquetas", "categoria",
             "grupo", "etiquette", "etiquettes", "categorie", "groupe", "schlagwort", "schlagworte",
             "kategorie", "gruppe", "etichetta", "etichette", "gruppo", "label", "labels", "groep"),
    "type": ("type", "tipo", "typ"),
}  # fmt: skip
"""The headers each field is known by (as ``squeezed`` writes them), in English, Spanish,
French, German, Portuguese, Italian and Dutch: only words a newsroom's sheet would not
use for another field ('Tag', German for day, is tags as English has it)."""

_KNOWN = {squeezed(word): name for name, words in HEADERS.items() for word in words}

_EXAMPLES = {"date": "Date, Fecha, Datum", "title": "Title, Event, Titular, Titre, Titel"}


def parse_columns(given: list[str]) -> dict[str, str]:
    """``--column FIELD=HEADER`` options as {field: header as compared}; UsageError for one
    that is not FIELD=HEADER, or names no field."""
    columns: dict[str, str] = {}
    for option in given:
        name, equals, header = option.partition("=")
        name = name.strip().lower()
        if not equals or not header.strip():
            raise UsageError(f"--column '{option}' is not FIELD=HEADER (e.g. --column date=Cuándo)")
        if name not in FIELDS:
            raise UsageError(
                f"--column '{option}': '{name}' is not a field; the fields are {', '.join(FIELDS)}"
            )
        columns[name] = squeezed(header)
    return columns


@dataclass
class OwnSheet:
    """How a newsroom's sheet is read: ``column_of`` for a workbook's cells, ``read_rows``
    for its rows, which keeps what the template has no column for in ``rows``."""

    given: Mapping[str, str] = field(default_factory=dict)
    """The fields ``--column`` names, each with its header as ``squeezed`` writes it."""
    rows: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)
    """For each row read ('t.csv:7'), the cells of ``OWN`` fields filled in: the text and
    where the cell is ('t.csv:7:5')."""
    headers: dict[str, str] = field(default_factory=dict)
    """The header of each field's column, as the sheet writes it: what reports name."""

    def field_of(self, header: str) -> str | None:
        """The field the header ``header`` names: as ``--column`` gives it, else as known."""
        key = squeezed(header)
        if not key:
            return None
        given = next((name for name, named in self.given.items() if named == key), None)
        return given or _KNOWN.get(key)

    def column_of(self, header: str) -> str | None:
        """The template's column whose cells the column ``header`` has are read as, in a
        workbook: a link's address for a source, as for the template's Media."""
        name = self.field_of(header)
        return "Media" if name == "sources" else TEMPLATE.get(name or "")

    def names_with_links(self, header: str) -> bool:
        """Whether the column ``header`` names people or places, whose cells' links a
        workbook gives as HTML (``<a href>``), as a CSV's cells may have them: a name is
        words alone, and the link dropped is said at its cell (``own_fields``)."""
        return self.field_of(header) in ("figures", "place")

    def read_rows(
        self, rows: list[list[str]], path: str, reports: list[Report], header_row: int = 1
    ) -> Timeline:
        """The slides of the sheet whose cells are ``rows`` from its header on (the sheet's
        row ``header_row``), read from ``path``; ContentError if its date or title column
        is not found."""
        header = rows[0] if rows else []
        columns = self._columns(header, path, reports, header_row)
        as_template = [[_template_cell(header, columns, i, header) for i in range(len(header))]]
        for number, row in enumerate(rows[1:], start=header_row + 1):
            as_template.append([_template_cell(row, columns, i, header) for i in range(len(row))])
            own = {
                columns[i]: (_read(value), f"{path}:{number}:{i + 1}")
                for i, value in enumerate(row)
                if columns.get(i) in OWN and value.strip()
            }
            if own:
                self.rows[f"{path}:{number}"] = own
        timeline = read_rows(as_template, path, reports, header_row)
        return SheetTimeline(**{f.name: getattr(timeline, f.name) for f in fields(timeline)})

    def _columns(
        self, header: list[str], path: str, reports: list[Report], header_row: int
    ) -> dict[int, str]:
        """The field of each of the sheet's columns, by index; the others reported."""
        if not self.given and names_template(header):
            raise ContentError(
                [
                    Problem(
                        Position(path, header_row, None),
                        "this is TimelineJS's template (Year, Headline...): import it with "
                        "'explainer import timelinejs'",
                    )
                ]
            )
        columns: dict[int, str] = {}
        # A column --column names is its field's, whatever column before it has a header
        # the import knows for that field: the editor said which it is.
        given = set(self.given.values())
        for i in sorted(range(len(header)), key=lambda i: (squeezed(header[i]) not in given, i)):
            name = header[i]
            field_name = self.field_of(name)
            where = f"{path}:{header_row}:{i + 1}"
            if field_name is None and squeezed(name):
                said = (
                    f"column '{shortened(name)}' is not one the import knows; left out (to read it, "
                    f"give --column FIELD='{shortened(name)}', FIELD one of {', '.join(FIELDS)})"
                )
                reports.append(Report(where, said))
            elif field_name in columns.values():
                first = next(j for j, named in columns.items() if named == field_name)
                said = (
                    f"column '{shortened(name)}' is the {field_name} again, which column "
                    f"'{shortened(header[first])}' gives; left out"
                )
                reports.append(Report(where, said))
            elif field_name is not None:
                columns[i] = field_name
                self.headers[field_name] = shortened(name)
        self._refuse_missing(header, columns, path, header_row)
        return columns

    def _refuse_missing(self, header: list[str], columns: dict[int, str], path: str, header_row: int) -> None:
        """ContentError when a ``--column`` header is not in the sheet, or its date or
        title column is not found: with the headers it has, and the option that reads one."""
        found = [name for name in header if name.strip()]
        has = (
            f"its headers are {in_a_list([repr(shortened(n)) for n in found])}"
            if found
            else "its first row is empty"
        )
        problems = [
            Problem(
                Position(path, header_row, None),
                f"--column {name}: the sheet has no such column; {has}",
            )
            for name, named in self.given.items()
            if named not in {squeezed(h) for h in header}
        ]
        missing = [name for name in ("date", "title") if name not in columns.values()]
        if missing and not problems:
            # Each missing field suggested as one of the columns not read, in their order.
            unread = [shortened(n) for i, n in enumerate(header) if i not in columns and squeezed(n)]
            examples = [*unread, *["HEADER"] * len(missing)]
            fixes = " and ".join(f"--column {name}='{examples[n]}'" for n, name in enumerate(missing))
            needs = in_a_list([f"a {name} column ({_EXAMPLES[name]}...)" for name in missing])
            problems.append(
                Problem(
                    Position(path, header_row, None),
                    f"no {' and no '.join(missing)} column found: {has}, and the import needs {needs}; "
                    f"name the column so, or say which it is: {fixes}",
                )
            )
        if problems:
            raise ContentError(problems)


def in_own_words(sheet: OwnSheet, report: Report) -> Report:
    """``report`` in the words of the newsroom's sheet: its date and time columns named
    by their headers, not by the template's names the reader knows them by."""
    named = {TEMPLATE[name]: header for name, header in sheet.headers.items() if name in TEMPLATE}
    message = report.message.replace(_WRITE_PARTS, "write it as one date, year first (2024-03-12)")
    message = message.replace("no start date (Year)", f"no {named.get('Year', 'date')}")
    message = _TEMPLATE_DATE.sub(lambda m: f"{named.get(m[1], m[1])} '", message)
    return replace(report, message=message)


_WRITE_PARTS = "write the year, month and day in the Year, Month and Day columns"
"""What the template's reader asks of a date it cannot read, in columns a newsroom's sheet has not."""
_TEMPLATE_DATE = re.compile(r"^(End Year|End Time|Year|Time) '")
"""A report that starts by naming the template's date or time column (``Year '2024-13-45'``)."""


def _template_cell(row: list[str], columns: Mapping[int, str], i: int, header: list[str]) -> str:
    """The cell ``i`` of ``row`` as the template's sheet has it: under the template's name
    in the header row, as it is under a template's column, empty under any other header
    (read by ``own_fields`` or said once at the header); a cell under no header stays, for
    ``read_rows`` to say."""
    name = columns.get(i)
    if name in TEMPLATE:
        return TEMPLATE[name] if row is header else row[i]
    if i < len(header) and header[i].strip():
        return ""
    return row[i]


def _read(value: str) -> str:
    """A cell of a field of the import's own, as meant where it was garbled (UTF-8 read as
    Windows-1252), as the template's cells are."""
    value = value.strip()
    return as_meant(value) or value
