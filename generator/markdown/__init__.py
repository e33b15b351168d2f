"""Markdown into safe HTML (``markup.py``; plain prose without the full parser,
``prose.py``). Neither a stage nor of one: the pages convert their texts with it, and
check reads a text as its page will have it (the files it links to, a text too costly to
convert)."""
