"""explainer: a static site generator for news explainer timelines.

The build is a pipeline, one module per stage, run top to bottom by
``pipeline.build``: load (YAML with positions) -> check (every error at once) -> model
(frozen data) -> publish -> pictures -> pages -> render (Jinja) -> write (atomically)
-> index (search).
"""
