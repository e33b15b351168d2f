"""Markdown into safe HTML (``markup.py``; plain prose without the full parser,
``prose.py``), by the rules check reads a text by too (``rules.py``: the HTML it may hold,
its links' schemes, where its paragraphs end). Neither a stage nor of one: the pages
convert their texts with it, and check reads a text as its page will have it (the files
it links to, a text too costly to convert); it imports nothing of the content."""
