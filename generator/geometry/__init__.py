"""The world's map: the countries' outlines (Natural Earth, bundled in ``data/``), the
frame around a story's places and its projection (``map_geometry.py``). Neither a stage
nor of one: the pages draw their maps with it (``render/maps.py``), and check's warning
on a place that falls off every country asks it (``content/lint/places.py``)."""
