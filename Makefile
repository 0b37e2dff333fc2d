# Dateline task runner. `make run` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt | cksum | cut -d' ' -f1)
DB     ?= data/dateline.db
PORT   ?= 8501
STREAMLIT_FLAGS := --server.headless true --server.address 127.0.0.1 --server.port $(PORT) --browser.gatherUsageStats false

.PHONY: help venv chartlib run db test test-fast lint format bench chromium clean

help:
	@echo "make run    - set up and start the dashboard on the seed corpus (http://127.0.0.1:$(PORT))"
	@echo "make test   - set up and run the whole test suite, browser tests included"
	@echo "make lint   - ruff check and format check"
	@echo "make bench  - speed benchmarks beside their baselines"

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

venv: $(STAMP)

# Plotly's basic bundle for the timeline, fetched once from the npm registry and checked against
# its pinned digest (dashboard/chart_library.py). Without it the charts use the whole library.
chartlib: venv
	@$(PY) -m dashboard.chart_library

$(DB): | $(STAMP)
	$(PY) -m extract run data/articles --db $(DB)

db: $(DB)

run: venv chartlib db
	@echo "Dateline at http://127.0.0.1:$(PORT)"
	DATELINE_DB=$(DB) $(VENV)/bin/streamlit run dashboard/app.py $(STREAMLIT_FLAGS)

# Debian's Chromium drives the browser tests (Playwright's own browser download is not used).
chromium:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; }

test: venv chartlib chromium
	$(PY) -m pytest -q

test-fast: venv
	$(PY) -m pytest -q -m "not browser"

lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: venv
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: venv chartlib
	$(PY) bench/run_all.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
