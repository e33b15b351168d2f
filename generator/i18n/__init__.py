"""Languages: which there are and what a language tag may be (``languages.py``), the
catalogs of interface text and loading them (``catalogs.py``), dates as each language
writes them (``dates.py``; Babel, from CLDR data), each language's quotation marks,
dashes and ellipses (``typography.py``), and the time zone a language suggests for a new
site (``zones.py``, from CLDR's territories)."""
