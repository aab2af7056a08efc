# The README's two commands: `make demo` and `make test`. Both do all set-up themselves.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PLUGINS := $(wildcard plugins/*/pyproject.toml)
PLUGIN_DIRS := $(patsubst %/pyproject.toml,%,$(PLUGINS))

.PHONY: demo test lint typecheck pytest bench docs templates clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Core install (what a user gets from `pip install socialwork`).
$(VENV)/.core: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# Test/dev install: extras plus the example vendor plugins under plugins/.
$(VENV)/.dev: $(BIN)/python pyproject.toml $(PLUGINS)
	$(BIN)/python -m pip install --quiet -e '.[dev]' $(foreach d,$(PLUGIN_DIRS),-e ./$(d))
	touch $@ $(VENV)/.core

demo: $(VENV)/.core
	$(BIN)/socialwork demo -o out/ --force

test: $(VENV)/.dev lint typecheck pytest

lint: $(VENV)/.dev
	$(BIN)/ruff check src tests benchmarks plugins tools
	$(BIN)/lint-imports --no-cache

typecheck: $(VENV)/.dev
	$(BIN)/mypy

pytest: $(VENV)/.dev
	$(BIN)/python -m pytest $(PYTEST_ARGS) tests $(foreach d,$(PLUGIN_DIRS),$(wildcard $(d)/tests))

# Regenerate every generated page of docs/: figures, rules catalogue, gallery (the gallery
# needs LibreOffice and poppler; without them it says so and the rest is still written).
# `make test` fails while one of them is out of date.
docs: $(VENV)/.dev
	$(BIN)/python tools/build_docs.py
	$(BIN)/python tools/gallery.py

# Rebuild the built-in templates/ from their build scripts in tools/templates_src/ (refuses to
# overwrite a .docx edited by hand; see docs/templates.md).
templates: $(VENV)/.dev
	$(BIN)/python tools/build_templates.py

bench: $(VENV)/.dev
	$(BIN)/python benchmarks/bench_all.py
	$(BIN)/python benchmarks/bench_service.py

clean:
	rm -rf $(VENV) out .mypy_cache .pytest_cache .ruff_cache
