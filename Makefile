# Rebond: the README's commands. Each target sets up what it needs first (scripts/setup.sh).
.DEFAULT_GOAL := help
VENV := .venv/bin
# The suite's workers (pytest-xdist): one per core. The browser tests keep the processor busy
# (Chromium and the engine's start use more than one core each): two workers per core on two cores
# gave the same total time, and tests that timed out waiting for the processor.
# TEST_WORKERS=1 runs the suite in one process.
TEST_WORKERS ?= $(shell nproc 2>/dev/null || echo 1)
export NO_MKDOCS_2_WARNING := 1
# Coverage through Python's sys.monitoring (3.12+): the same figures, the engine's tests in about
# 60 % of the time the default tracer takes (tests/unit: 52 -> 31 s).
export COVERAGE_CORE := sysmon

.PHONY: help setup setup-test serve build test test-fast lint bench lock clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

setup: ## Install pinned Python and npm dependencies (idempotent)
	@scripts/setup.sh

setup-test:
	@scripts/setup.sh --test

serve: setup ## Build and serve the site at http://127.0.0.1:8000 with live reload
	$(VENV)/mkdocs serve --strict -a 127.0.0.1:8000 --livereload

build: setup ## Build the static site into site/
	$(VENV)/mkdocs build --strict --clean -d site

test: setup-test ## Run every test (engine, Pyodide, built site, browser); engine coverage >= 95 %
	$(VENV)/python -m pytest -n $(TEST_WORKERS) --dist loadfile --cov=rebond --cov-report=term:skip-covered --cov-fail-under=95

test-fast: setup ## Only the engine's unit tests
	$(VENV)/python -m pytest tests/unit -q

lint: setup ## Only the code checkers (ruff, mypy, TypeScript), as `make test` runs them
	$(VENV)/python -m pytest tests/lint -q

bench: setup-test ## Measure load and response times against a baseline (see README)
	@[ -f bench/node_modules/lighthouse/cli/index.js ] || npm ci --prefix bench --no-audit --no-fund --loglevel=error
	$(VENV)/python -m bench $(BENCH_ARGS)

LOCK_VENV := .cache/lock-venv/bin

lock: setup ## Re-pin every Python dependency, with hashes, after changing pyproject.toml
	@[ -x $(LOCK_VENV)/pip-compile ] || { $(VENV)/python -m venv .cache/lock-venv && \
	  $(LOCK_VENV)/python -m pip install --quiet --require-hashes -r scripts/lock-tools.lock; }
	$(LOCK_VENV)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --extra site --extra test --extra lint \
	  --no-emit-index-url --no-emit-find-links -o requirements.lock pyproject.toml scripts/lock.in

clean: ## Remove build output and caches (not the venv or node_modules)
	rm -rf site .cache .pytest_cache
