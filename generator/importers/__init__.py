"""Bringing timelines made elsewhere into the content format (``explainer import``).

``timelinejs.py`` reads TimelineJS3 JSON, ``sheet.py`` the CSV of its Google Sheets
template (into the same slides), ``convert.py`` turns slides into a story and its events,
``html.py`` makes their HTML safe Markdown or plain text, and ``yamlwrite.py`` writes the
files. Nothing here reads anything but the file it is given (and, for pictures a
timeline names by relative address, files beside it); nothing is fetched.
"""
