# The two commands of the README: `make run` and `make test`.
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: run test install demo clean

run: install
	$(BIN)/trust-tracker db upgrade
	$(BIN)/trust-tracker serve --dev

test: install
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

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache
