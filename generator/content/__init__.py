"""Content: finding files, YAML with positions, the schema, checks, the model, what is
published and the pictures planned on it (``pictures.py``, the build's pictures stage)."""
