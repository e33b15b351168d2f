"""YAML syntax mistakes said for people who are not programmers, at the line of the
mistake, with what to write instead. ``yamlnodes.parse_yaml`` hands a libyaml error to
``explain.py``, whose rules each know one kind of mistake:

- ``spaces.py``: a space missing after a key's ':' or a list's '-', or a no-break space
  written for one;
- ``indents.py``: a line out of line with its neighbours, or indented with a tab;
- ``closing.py``: a quotation mark or bracket that closes otherwise than meant;
- ``longkeys.py``: a key longer than YAML lets a key be;

with a file's lines read as the messages need them (``lines.py``). ``quotes.py`` is the
one mistake that still parses: a quotation mark left open that swallowed the keys below
it, which the check of each file (``file_check.py``) asks about.
"""
