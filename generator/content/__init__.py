"""Content: finding files, YAML with positions, the schema, checks, the model, what is published."""
