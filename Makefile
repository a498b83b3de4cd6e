# The two commands of the README: `make run` installs everything and starts the app,
# `make test` installs everything and runs the whole test suite (ruff + pytest).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test setup lint format clean package

run: setup
	$(BIN)/python -m rugtimer

test: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m pytest

setup:
	@PYTHON=$(PYTHON) bash scripts/setup.sh

lint: setup
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# A one-folder app in dist/RugTimer/ (PyInstaller), checked with a short offscreen start; not part of `make test`.
package: setup
	bash packaging/build_app.sh

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
