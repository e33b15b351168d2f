"""Tests of generator/content/yamlsyntax/: each YAML mistake, by the module that explains it."""
