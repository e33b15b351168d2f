"""Rendering: the page list and each page's view, links, templates, maps, feeds, exports;
and the search index, made from the written pages once they are in the staging folder.
(The Markdown converter, the pictures and the map's outlines, which check reads with too,
are packages of their own: ``markdown/``, ``pictures/``, ``geometry/``.)"""
