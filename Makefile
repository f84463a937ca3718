# Fresh machine: `make run` launches the app, `make test` runs the tests.
# Both create .venv with venv and pip; Python 3.11 or newer is required.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: run test lint screenshots examples translations bench bench-peer bench-quick clean

run: $(INSTALLED)
	$(BIN)/timeline-app

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/lint-imports

screenshots: $(INSTALLED)
	$(BIN)/python scripts/screenshots.py

examples: $(INSTALLED)
	$(BIN)/python scripts/make_examples.py

translations: $(INSTALLED)
	$(BIN)/python scripts/update_translations.py

# the side-by-side with vis-timeline needs npm and Chromium; without them it says so and
# the rest of the benchmarks run
bench: $(INSTALLED)
	$(BIN)/python -m benchmarks.side_by_side --if-available
	$(BIN)/python -m benchmarks

bench-peer: $(INSTALLED)
	$(BIN)/python -m benchmarks.side_by_side

bench-quick: $(INSTALLED)
	$(BIN)/python -m benchmarks --quick

$(INSTALLED): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("Python 3.11 or newer is needed" if sys.version_info < (3, 11) else 0)'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(INSTALLED)

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
