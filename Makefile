# Two commands on a fresh clone: `make run` and `make test`.
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_DB := build/demo.db

.PHONY: run test install lint eval bench browser clean

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev,eval]'
	touch $(STAMP)

install: $(STAMP)

run: install
	rm -f $(DEMO_DB)
	$(BIN)/storyline brief examples/demo --db $(DEMO_DB) --format html,md,json --out build/brief.html
	@echo "Brief written to build/brief.html (also build/brief.md and build/brief.json)"

# Headless Chromium for the browser test of the HTML brief (Debian package).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	    || echo "could not install chromium: the browser test will be skipped"; \
	  else echo "chromium missing: the browser test will be skipped"; fi; }

test: install browser
	$(PY) -m pytest -q

lint: install
	$(BIN)/ruff check storyline tests bench
	$(BIN)/ruff format --check storyline tests bench

eval: install
	$(BIN)/storyline eval all

bench: install
	$(PY) bench/run_all.py $(BENCH)

clean:
	rm -rf build .pytest_cache
