"""Pictures: read and checked, then planned and encoded. Neither of the content nor of
the pages: check reads a picture file as the build will (``picture_info.py``, whether it
reads whole and safely; ``picture_encoding.clean`` and ``stripped.py``, a linked file's
metadata taken out), and the build's pictures stage (``pictures.py``) plans each
picture's renditions on the model (``picture_plan.py``), encodes them
(``picture_encoding.py``) and draws a story's social card (``cards.py``)."""
