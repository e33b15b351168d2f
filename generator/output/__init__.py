"""Output: the site written beside the old one and swapped in (``staging.py``), never over
what must not be replaced (``protect.py``), with the theme's assets and the media copied
into it (``copying.py``), stylesheets without their comments (``stylesheets.py``); and
what publishing it would change: the published pages a new site or a change since a
commit takes away (``gone.py``, ``history.py``), and, for ``deploy``, the site branch in
git (``pages_branch.py``), the files others put there (``foreign_files.py``) and what the
source commit lacks (``uncommitted.py``)."""
