"""Languages: which catalogs of interface text exist, loading them, and dates as each
language writes them (Babel, from CLDR data)."""
