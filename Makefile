# The two commands of the README: `make run` and `make test`.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
NODE_TOOLS := tests/node_modules/.package-lock.json
# Test processes: one per core (pytest-xdist); each has databases of its own.
WORKERS ?= auto

.PHONY: run test check install lock demo clean

run: install
	$(BIN)/trust-tracker db upgrade
	$(BIN)/trust-tracker serve --dev

test: check $(NODE_TOOLS)
	@start=$$(date +%s); \
	infra/with-postgres.sh $(BIN)/pytest -n $(WORKERS) $(PYTEST_ARGS); status=$$?; \
	echo "test suite: $$(( $$(date +%s) - start )) s wall time"; exit $$status

# Lint, format and type checks: they run before every test run, so the rules stay true.
check: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	infra/typecheck.sh $(BIN)/mypy

demo: install
	$(BIN)/trust-tracker db upgrade
	$(BIN)/trust-tracker demo

install: $(INSTALLED)

# Exactly what requirements.lock pins, checked against its hashes; reinstalled when it changes.
$(INSTALLED): requirements.lock pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Trust Tracker needs Python 3.11 or newer (set PYTHON=...)" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

# Update the lock after changing the dependencies in pyproject.toml (needs network to PyPI).
lock: install
	$(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra dev --generate-hashes --universal \
		--python-version 3.11 --upgrade -o requirements.lock

# axe-core (browser tests) and virtual-alexa (the skill's end-to-end test), as
# tests/package-lock.json pins them. Without npm those tests skip and say why; CI requires them.
$(NODE_TOOLS): tests/package-lock.json
	@if command -v npm >/dev/null; then \
		npm ci --prefix tests --no-audit --no-fund --loglevel=error; \
	else echo "npm not found: the browser and end-to-end tests will be skipped" >&2; fi

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache .mypy_cache .ruff_cache build tests/node_modules
