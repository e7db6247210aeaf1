# factcheck-digest — every target sets up its own virtual environment first.
#   make html     build the site from content/ into output/
#   make test     run every test (unit, corpus, build, browser)
#   make serve    preview on http://localhost:8000 with rebuild on change
#   make bench    build-time benchmarks (synthetic 100 to 10k sources, then real pages; alone: make bench-real)
#   make eval     every evaluator of ../shared/tools on the shared corpora, as one table
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)
PORT   ?= 8000

.PHONY: install html publish serve test test-fast test-browser lint check bench bench-real eval fuzz clean

install: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --no-deps -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	rm -f $(VENV)/.installed-*
	touch $@

html: $(STAMP)
	$(BIN)/digest build

publish: $(STAMP)
	$(BIN)/digest build --config publishconf.py

check: $(STAMP)
	$(BIN)/digest check

serve: $(STAMP)
	$(BIN)/python -m generator.commands.serve --port $(PORT)

lint: $(STAMP)
	$(BIN)/ruff check generator tests benchmarks pelicanconf.py publishconf.py
	$(BIN)/lint-imports
	$(BIN)/mypy generator

test: $(STAMP) lint
	$(BIN)/digest check
	$(BIN)/python -m pytest -n 2 --dist loadfile

test-fast: $(STAMP)
	$(BIN)/python -m pytest -n 2 -m "not slow and not browser and not fuzz"

test-browser: $(STAMP)
	$(BIN)/python -m pytest -m browser

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

# real pages only (benchmarks/real.py): BENCH_REAL_SIZES="1000", BENCH_REAL_ROUNDS=3
bench-real: $(STAMP)
	$(BIN)/python benchmarks/run.py --real

eval: $(STAMP)
	$(BIN)/python benchmarks/eval_all.py

fuzz: $(STAMP)
	DIGEST_FUZZ_EXAMPLES=$${DIGEST_FUZZ_EXAMPLES:-20000} timeout -s INT $${DIGEST_FUZZ_SECONDS:-1800} \
	  $(BIN)/python -m pytest -o addopts= -p no:xdist -q --durations=0 tests/test_fuzz.py

clean:
	rm -rf output .cache .pytest_cache .hypothesis
