"""Bringing timelines made elsewhere into the content format (``explainer import``).

``run.py`` is the import from start to end, each step a module below.

Reading: ``remote.py`` downloads a timeline given by its address (a Google Sheet's, a
TimelineJS embed link's), ``read.py`` reads the file given, ``timelinejs.py`` as TimelineJS3 JSON or
``sheet.py`` as the CSV of its Google Sheets template or, kept as an Excel workbook, the
cells ``workbook.py`` reads from it (its date and time cells as sheets
save them: ``sheet_dates.py``, ``sheet_times.py``; text garbled by a sheet opened in the
wrong encoding, read as meant: ``garbled.py``), both into the same slides
(``slides.py``), as ``storymapjs.py`` reads a StoryMapJS story (``import storymapjs``),
with the places its slides are at; a newsroom's own sheet (``explainer import sheet``) is
read by ``own_sheet.py``, its columns known by their headers, the rest of it added to the
converted events by ``own_fields.py`` (who, where, sources, key); ``existing.py`` reads
what is there already (the site's settings, the story imported again).

Converting (``convert.py``, from top to bottom): the title slide (``title.py``) and each
event slide (``event.py``; its dates in ``dates.py``, its HTML made safe Markdown or plain
text by ``html.py``, its media in ``media.py``: pictures in ``pictures.py``, downloaded by
``fetch.py``, sources in ``sources.py``); ids (``ids.py``, and ``earlier.py`` for the
files of a story imported again); links to the story's own pages (``links.py``); eras as
tags (``eras.py``); the listed order (``order.py``); what pages do not carry, said
(``leftout.py``).

Writing: ``yamlwrite.py`` makes the files' text, ``write.py`` writes them in a hidden
folder and moves them in, keeping what an editor added (``carried_over.py``) and the event files
that stay as they are (``drafts.py``); ``imported.py`` says what was done. Nothing here
reads anything but the file it is given, the content folder it writes into and, for
pictures a timeline names by relative address, files beside it (nothing beside a timeline
downloaded); a timeline given by its address and pictures at https:// addresses are the
only things fetched, pictures only when the build would publish what arrives.
"""
