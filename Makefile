# The two commands of the README: `make run` installs everything and starts the app,
# `make test` installs everything and runs the whole test suite (ruff + pytest).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test setup lint format clean

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

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
