# The two commands a newcomer needs (see README.md):
#   make site   set up, then build the learning site from curriculum/ into site/
#   make test   set up (with test tools and chromium), then lint and run every test
.PHONY: site test setup setup-test lint serve bench reference

VENV := .venv/bin
export NO_MKDOCS_2_WARNING := 1

site: setup
	$(VENV)/berpijar validate curriculum
	$(VENV)/berpijar build -o site

test: setup-test
	$(VENV)/ruff check .
	node --test tests/js/
	$(VENV)/python -m pytest -q

setup:
	scripts/setup.sh

setup-test:
	scripts/setup.sh --test

serve: setup
	$(VENV)/berpijar serve

bench: setup-test
	bash bench/run_all.sh

# docs/referensi-format.md is written from the JSON Schemas and the diagnostic catalogue.
reference: setup
	$(VENV)/berpijar referensi
