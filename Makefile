# The two commands a newcomer needs (see README.md):
#   make site   set up, then build the learning site from curriculum/ into site/
#   make test   set up (with test tools and chromium), then lint and run every test
# The pull-request workflow (.github/workflows/kurikulum.yml) runs only these targets, so any
# of its steps can be run locally the same way:
#   make validate [FORMAT=text|json|github]   check the curriculum
#   make bundle                               build the site, then zip it with its SHA256SUMS
#   make diff BASE=origin/main [HEAD=HEAD] [OUT=file]   curriculum changes in Markdown
.PHONY: site test setup setup-test lint serve bench reference validate bundle diff

VENV := .venv/bin
export NO_MKDOCS_2_WARNING := 1
FORMAT ?= text
BASE ?= origin/main
HEAD ?=
OUT ?=

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

validate: setup
	$(VENV)/berpijar validate curriculum --format $(FORMAT)

bundle: site
	$(VENV)/berpijar bundle site -o asn-berpijar.zip

# With OUT the Markdown is appended to that file (the workflow's job summary), else printed.
diff: setup
	$(VENV)/berpijar diff $(strip $(BASE) $(HEAD))$(if $(OUT), >> "$(OUT)")

serve: setup
	$(VENV)/berpijar serve

bench: setup-test
	bash bench/run_all.sh

# docs/referensi-format.md is written from the JSON Schemas and the diagnostic catalogue.
reference: setup
	$(VENV)/berpijar referensi
