# The course's commands. `make lab` and `make test` are the two a newcomer needs; both
# create the environment (.venv, from requirements-lock.txt) first if it is missing or stale.
# `make help` lists every target.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
UV_VERSION := 0.13.9
FIRST  := notebooks/00_reading_the_chapter.ipynb
# Tests run with the network closed: any download goes to a dead local port and fails.
OFFLINE := HTTP_PROXY=http://127.0.0.1:9 HTTPS_PROXY=http://127.0.0.1:9 ALL_PROXY=http://127.0.0.1:9 \
	http_proxy=http://127.0.0.1:9 https_proxy=http://127.0.0.1:9 all_proxy=http://127.0.0.1:9 \
	NO_PROXY=127.0.0.1,localhost no_proxy=127.0.0.1,localhost
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)
OUT ?=

.PHONY: help lab test test-slow lint format bench env lock git-setup lang site sync sync-check data \
	data-check handouts new variant clean

help:  ## list the targets, one line each
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/' | expand -t 14

lab: $(STAMP)  ## set up if needed, then open JupyterLab on the first notebook (Ctrl+C stops it)
	$(BIN)/jupyter lab $(ROOT_FLAG) --LabApp.default_url=/lab/tree/$(FIRST)

test: $(STAMP)  ## set up if needed, then run every test (data, helpers, notebooks under nbval)
	$(OFFLINE) $(BIN)/python -m pytest -n 2 --dist loadfile -q

test-slow: $(STAMP)  ## the slower suites: slides in a browser, seminar variants (CI runs them)
	$(OFFLINE) $(BIN)/python -m pytest -n 2 --dist loadfile -q tests/slow

lint: $(STAMP)  ## ruff: lint and format check of the code and the notebooks (as CI runs it)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)  ## ruff: fix what can be fixed and format code and notebooks
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: $(STAMP)  ## time every notebook against kernels that only import the stack
	$(OFFLINE) $(BIN)/python scripts/bench.py

env: $(STAMP)  ## create or update the environment only

# A .venv made by another Python (e.g. 3.10 after a failed attempt) is made anew.
$(STAMP): requirements-lock.txt pyproject.toml jupyter/overrides.json jupyter/maintainer_tools.json
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { \
	  echo "The course needs Python 3.11 or newer; '$(PYTHON)' is $$($(PYTHON) --version 2>&1)."; \
	  echo "Install one, then run: make PYTHON=python3.11 test"; exit 1; }
	@$(BIN)/python -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || { \
	  test ! -e $(VENV) || echo "Making $(VENV) anew: it was made by another Python or is broken."; \
	  rm -rf $(VENV); $(PYTHON) -m venv $(VENV); }
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(BIN)/uv pip install --quiet --python $(BIN)/python --compile-bytecode -r requirements-lock.txt
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	@mkdir -p $(VENV)/share/jupyter/lab/settings
	@cp jupyter/overrides.json $(VENV)/share/jupyter/lab/settings/overrides.json
	@mkdir -p $(VENV)/etc/jupyter/jupyter_server_config.d $(VENV)/etc/jupyter/labconfig
	@cp jupyter/maintainer_tools.json $(VENV)/etc/jupyter/jupyter_server_config.d/zz_rulac.json
	@echo '{"disabledExtensions": {"jupyterlab-jupytext": true, "nbdime-jupyterlab": true}}' \
	  > $(VENV)/etc/jupyter/labconfig/page_config.json
	@touch $(STAMP)

# Per clone (git keeps filter and driver commands in .git/config, never in the repository).
STRIP := $(abspath $(BIN))/python -m nbstripout --keep-output --keep-count --keep-id
git-setup: $(STAMP)  ## once per clone: timestamps stripped on commit, nbdime diffs, pre-commit hooks
	git config filter.nbstripout.clean "$(STRIP)"
	git config filter.nbstripout.smudge cat
	git config diff.jupyternotebook.command "$(abspath $(BIN))/git-nbdiffdriver diff"
	git config merge.jupyternotebook.name "nbdime notebook merge"
	git config merge.jupyternotebook.driver "$(abspath $(BIN))/git-nbmergedriver merge %O %A %B %L %P"
	$(BIN)/pre-commit install

lang: $(STAMP)  ## optional: JupyterLab's menus in Spanish and Portuguese (Settings > Language)
	$(BIN)/uv pip install --quiet --python $(BIN)/python -c requirements-lock.txt -e '.[lang]'
	@echo "Installed. In JupyterLab: Settings > Language > Español or Português (Brasil)."

lock:  ## re-resolve requirements-lock.txt from the pins in pyproject.toml (maintainers)
	@test -x $(BIN)/uv || { $(PYTHON) -m venv $(VENV) && $(BIN)/python -m pip install --quiet uv==$(UV_VERSION); }
	$(BIN)/uv pip compile --quiet --universal --python-version 3.11 --no-header --extra dev --extra browser --extra build --extra site pyproject.toml -o requirements-lock.txt

site: $(STAMP)  ## the course website, offline, from the stored outputs: build/site/html/index.html
	$(OFFLINE) $(BIN)/python scripts/build_site.py build/site

sync: $(STAMP)  ## after changing a notebook: rewrite notebooks/py/, INSTRUCTORS.md, LICENSES.md, README badge
	$(BIN)/python scripts/sync.py

sync-check: $(STAMP)  ## say which files `make sync` would change (writes nothing; make test checks it too)
	$(BIN)/python scripts/sync.py --check

data: $(STAMP)  ## rebuild data/ from the raw files (maintainers; needs ../shared/sources or RULAC_SOURCES)
	$(BIN)/python scripts/build_data.py

data-check: $(STAMP)  ## rebuild data/ in memory and compare with the committed files (writes nothing)
	$(BIN)/python scripts/build_data.py --check

handouts: $(STAMP)  ## student copies without solutions, in handouts/ (or OUT=folder); never overwrites
	$(BIN)/python scripts/handout.py $(OUT)

new: $(STAMP)  ## a new notebook from the template, registered as a draft: make new NB=06_my_topic TITLE="..."
	@test -n "$(NB)" || { echo 'Say which: make new NB=06_my_topic TITLE="My topic"'; exit 1; }
	$(OFFLINE) $(BIN)/python scripts/new_notebook.py "$(NB)" "$(TITLE)"
	@$(BIN)/python scripts/sync.py >/dev/null  # its text form in notebooks/py/

variant: $(STAMP)  ## a seminar variant: make variant NB=02 PARAMS=my_params.yaml (written to variants/)
	@test -n "$(NB)" -a -n "$(PARAMS)" || { echo 'Say which: make variant NB=02 PARAMS=my_params.yaml'; exit 1; }
	$(OFFLINE) $(BIN)/python scripts/variant.py "$(NB)" "$(PARAMS)" $(OUT)

clean:  ## remove the environment (never touches notebooks, data or your copies)
	rm -rf $(VENV)
