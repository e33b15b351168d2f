"""The benchmark and its peers' sites: outside the package, not in the wheel."""
