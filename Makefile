# Two commands matter: `make serve` (set up, build and show the explainer) and
# `make test` (set up and run the tests). Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
READY := $(VENV)/.ready
LOCALES := generator/locales
CATALOGS := $(patsubst %.po,%.mo,$(wildcard $(LOCALES)/*/LC_MESSAGES/messages.po))
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup build serve test lint golden screenshots bench bench-build clean messages catalogs

$(READY): pyproject.toml Makefile
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,search]'
	@# Compiled modules load faster, also where PYTHONDONTWRITEBYTECODE is set (stale ones are ignored)
	$(BIN)/python -m compileall -q generator
	@# The interface text's catalogs, compiled (the build would otherwise compile them each run)
	$(BIN)/pybabel compile -d generator/locales
	@# axe-core, Lighthouse (12: the last release for Node 18 and 20), the W3C's Nu
	@# HTML checker (vnu-jar, run on Java) and TimelineJS (one release: the one
	@# timeline.json is tested in), for the accessibility, Lighthouse, HTML and
	@# TimelineJS tests, from the npm registry (skipped without npm)
	@if command -v npm >/dev/null 2>&1; then \
	  npm install --silent --no-audit --no-fund --prefix $(VENV)/node axe-core@4 lighthouse@12 vnu-jar@26 \
	    @knight-lab/timelinejs@3.9.11; \
	else echo "npm not found: the accessibility, Lighthouse, HTML and TimelineJS tests will be skipped"; fi
	touch $@

setup: $(READY)

build: $(READY) $(CATALOGS)
	$(BIN)/explainer build

serve: $(READY) $(CATALOGS)
	$(BIN)/explainer serve --dev-addr $(HOST):$(PORT)

test: $(READY) $(CATALOGS)
	$(BIN)/pytest

lint: $(READY)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	@# The GitHub workflows' security audit; offline, so it needs no token or network
	$(BIN)/zizmor --offline --min-severity medium .github/workflows/

# Rewrite tests/golden/ after an intended change to the output; review the diff.
golden: $(READY) $(CATALOGS)
	$(BIN)/pytest tests/commands/test_build.py --regen-golden -q

# Retake the README's screenshots of the seed explainer (docs/screenshot-*.png) in
# Debian's Chromium; review them before committing.
screenshots: $(READY) $(CATALOGS)
	$(BIN)/python -m tests.screenshots

# Edit-to-browser latency of the live preview on a synthetic 1,000-event story.
bench: $(READY) $(CATALOGS)
	$(BIN)/python -m benchmarks.bench preview --events 1000 --edits 20 --page event

# Build times and memory beside Hugo, Jekyll and MkDocs on the same synthetic sites.
# Hugo and Jekyll come from Debian (apt-get install hugo jekyll), MkDocs from PyPI; each
# missing one is left out. MkDocs and Jekyll take minutes at 10,000 events, so that size
# is run with Hugo only.
bench-build: $(READY) $(CATALOGS)
	$(BIN)/python -m pip install --quiet mkdocs
	$(BIN)/python -m benchmarks.bench build --sizes 100,1000 --repeats 3
	$(BIN)/python -m benchmarks.bench build --sizes 10000 --repeats 1 \
	  --tools explainer$$(command -v hugo >/dev/null && echo ,hugo)

clean:
	rm -rf site .site.* explainer-bench-* .pytest_cache .mypy_cache .ruff_cache

# Interface text: `make messages` collects the text to translate from the templates and
# the generator into generator/locales/messages.pot and merges it into every catalog
# (new text arrives untranslated, to be filled in); `make catalogs` compiles the catalogs
# (the build compiles any that is missing or older than its .po by itself, on every run:
# so the commands that build compile again, first, each catalog whose .po has changed,
# after a pull for instance).

messages: $(READY)
	$(BIN)/pybabel extract -F pyproject.toml -o $(LOCALES)/messages.pot --no-location --sort-output \
	  --project explainer --copyright-holder "explainer authors" -c "Translators:" --omit-header .
	$(BIN)/pybabel update -i $(LOCALES)/messages.pot -d $(LOCALES) --no-fuzzy-matching --ignore-obsolete \
	  --ignore-pot-creation-date
	$(BIN)/pybabel compile -d $(LOCALES) --statistics

catalogs: $(READY)
	$(BIN)/pybabel compile -d $(LOCALES) --statistics

$(LOCALES)/%/LC_MESSAGES/messages.mo: $(LOCALES)/%/LC_MESSAGES/messages.po | $(READY)
	$(BIN)/pybabel -q compile -l $* -i $< -o $@
