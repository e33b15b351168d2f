"""explainer: a static site generator for news explainer timelines.

The build is a pipeline, one module per stage:
load (YAML with positions) -> validate (every error at once) -> model (frozen data)
-> render (Jinja) -> write (atomically). ``build.build`` runs them in order.
"""
