"""Pictures: read and checked, planned and encoded. Neither of the content nor of the
pages, and importing nothing of either: check reads a picture file as the build will
(``picture_info.py``, whether it reads whole and safely; ``picture_encoding.clean`` and
``stripped.py``, a linked file's metadata taken out; ``cards.py``, whether a title fits
the shared card), and the build's pictures stage (``content/pictures.py``, on the model)
plans each picture's renditions (``picture_plan.py``, where the plan the model carries
is defined), encodes them (``picture_encoding.py``) and draws a story's social card
(``cards.py``)."""
