# The two set-up commands of the README, and a few more. Each one creates the virtual
# environment (.venv) and installs the package into it when that has not been done yet.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NBVAL := --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg
# Reports must not depend on hash order; the kernels inherit this from papermill and pytest.
export PYTHONHASHSEED := 0

.PHONY: reports test unit nbval lab bench lint clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --editable '.[test]'
	touch $(STAMP)

reports: $(STAMP)  ## render every notebook for seeds/ into reports/ (.ipynb + offline HTML)
	$(BIN)/analysis render --seeds seeds --out reports

test: lint unit nbval  ## the whole test suite: lint, unit tests, then nbval over the committed reports

unit: $(STAMP)
	$(BIN)/python -m pytest tests

nbval: $(STAMP)
	@if ls reports/*.ipynb >/dev/null 2>&1; then \
		$(BIN)/python -m pytest $(NBVAL) reports/*.ipynb; \
	else echo "no rendered reports yet: run 'make reports'"; fi

lab: $(STAMP)  ## JupyterLab on the project's environment, opened on notebooks/
	$(BIN)/jupyter lab notebooks

bench: $(STAMP)  ## benchmarks against the peers (installs the bench extras)
	$(BIN)/python -m pip install --quiet --editable '.[bench]'
	$(BIN)/python bench/run.py

lint: $(STAMP)
	$(BIN)/ruff check src tests bench tools

clean:
	rm -rf $(VENV) build src/*.egg-info
