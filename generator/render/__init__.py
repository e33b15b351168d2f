"""Rendering: the page list and each page's view, links, templates, Markdown, maps, feeds, exports."""
