# Conveniences around the README's two commands, ./run and ./test (which need nothing but bash and python3).
PYTHON ?= python3
export PYTHON
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test setup lint format clean package

run:
	bash run

test:
	bash test

setup:
	bash scripts/setup.sh --dev

lint: setup
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# A one-folder app in dist/RugTimer/ (PyInstaller), checked with a short offscreen start; not part of ./test.
package: setup
	bash packaging/build_app.sh

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .ruff_cache
