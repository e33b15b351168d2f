"""Rendering: the page list and each page's view, links, templates, Markdown, maps, feeds,
exports; the pictures' sizes and formats (planned, then encoded) and the social cards; and
the search index, made from the written pages once they are in the staging folder."""
