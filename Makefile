# The course's commands. `make lab` and `make test` are the two a newcomer needs; both
# create the environment (.venv, from requirements-lock.txt) first if it is missing or stale.
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

.PHONY: lab test bench env lock data data-check handouts clean

lab: $(STAMP)  ## set up if needed, then open JupyterLab on the first notebook
	$(BIN)/jupyter lab $(ROOT_FLAG) --LabApp.default_url=/lab/tree/$(FIRST)

test: $(STAMP)  ## set up if needed, then run every test (data, helpers, notebooks under nbval)
	$(OFFLINE) $(BIN)/python -m pytest -n 2 --dist loadfile -q

bench: $(STAMP)  ## time every notebook against kernels that only import the stack
	$(OFFLINE) $(BIN)/python scripts/bench.py

env: $(STAMP)  ## create or update the environment only

$(STAMP): requirements-lock.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)
	$(BIN)/uv pip install --quiet --python $(BIN)/python --compile-bytecode -r requirements-lock.txt
	$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	@touch $(STAMP)

lock:  ## re-resolve requirements-lock.txt from the pins in pyproject.toml (maintainers)
	@test -x $(BIN)/uv || { $(PYTHON) -m venv $(VENV) && $(BIN)/python -m pip install --quiet uv==$(UV_VERSION); }
	$(BIN)/uv pip compile --quiet --universal --python-version 3.11 --no-header --extra dev --extra browser pyproject.toml -o requirements-lock.txt

BUILD_EXTRA = $(BIN)/uv pip install --quiet --python $(BIN)/python -c requirements-lock.txt -e '.[build]'

data: $(STAMP)  ## rebuild data/ from the raw files (maintainers; needs ../shared/sources or RULAC_SOURCES)
	$(BUILD_EXTRA)
	$(BIN)/python scripts/build_data.py

data-check: $(STAMP)  ## rebuild data/ in memory and compare with the committed files (writes nothing)
	$(BUILD_EXTRA)
	$(BIN)/python scripts/build_data.py --check

handouts: $(STAMP)  ## copies of the notebooks without solution cells, in handouts/
	$(BIN)/python scripts/handout.py

clean:  ## remove the environment (never touches notebooks or data)
	rm -rf $(VENV)
