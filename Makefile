# The two commands of the README: `make run` and `make test`.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed
NODE_TOOLS := tests/node_modules/.package-lock.json

.PHONY: run test install demo clean

run: install
	$(BIN)/trust-tracker db upgrade
	$(BIN)/trust-tracker serve --dev

test: install $(NODE_TOOLS)
	infra/with-postgres.sh $(BIN)/pytest $(PYTEST_ARGS)

demo: install
	$(BIN)/trust-tracker db upgrade
	$(BIN)/trust-tracker demo

install: $(INSTALLED)

# Reinstall whenever the dependencies change.
$(INSTALLED): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Trust Tracker needs Python 3.11 or newer (set PYTHON=...)" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# axe-core (browser tests) and virtual-alexa (the skill's end-to-end test), as
# tests/package-lock.json pins them. Without npm those tests skip and say why; CI requires them.
$(NODE_TOOLS): tests/package-lock.json
	@if command -v npm >/dev/null; then \
		npm ci --prefix tests --no-audit --no-fund --loglevel=error; \
	else echo "npm not found: the browser and end-to-end tests will be skipped" >&2; fi

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache tests/node_modules
