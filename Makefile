# Two commands set everything up on a fresh machine: `make run` and `make test`.
VENV := .venv
PY := $(VENV)/bin/python
CLI := $(VENV)/bin/councilgraph
WEB := api/web

.PHONY: install run build test lint format vocab eval eval-heldout bench bench-quick bench-100k bench-extract bench-neo4j soak clean

install: $(VENV)/.installed $(WEB)/node_modules/.package-lock.json

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

# the explorer's browser libraries (api/web/package.json), served from api/web/node_modules;
# without npm the API still runs and the explorer says which drawing is missing
$(WEB)/node_modules/.package-lock.json: $(WEB)/package-lock.json
	@if command -v npm >/dev/null; then npm ci --prefix $(WEB) --no-audit --no-fund; \
	else echo "make: npm not found: the explorer's network view and map coastline are off"; fi

build: install
	$(CLI) build

run: build
	$(CLI) serve

# starts a local Neo4j for the Neo4j tests when Java is present (see docs/neo4j.md)
test: install
	bash scripts/test.sh

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# graph/vocab.py is generated from the ontology; tests fail when it is stale
vocab: install
	$(PY) scripts/generate_vocab.py

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# extraction quality: extract seeds + dev (19 documents) and score them together against gold
CORPUS := ../shared/corpus
eval: install
	@tmp=$$(mktemp -d) && mkdir $$tmp/gold $$tmp/out \
	&& cp $(CORPUS)/seeds/*.gold.json $(CORPUS)/dev/*.gold.json $$tmp/gold/ \
	&& $(CLI) extract $(CORPUS)/seeds $(CORPUS)/dev --out $$tmp/out > /dev/null \
	&& python3 $(CORPUS)/score.py $$tmp/gold $$tmp/out; status=$$?; rm -rf $$tmp; exit $$status

# held-out extraction check: 16 invented documents the rules were not tuned on (never loaded into
# the graph; see tests/fixtures/heldout/README.md and docs/extraction-heldout.md)
HELDOUT := tests/fixtures/heldout
eval-heldout: install
	@tmp=$$(mktemp -d) \
	&& $(CLI) extract $(HELDOUT)/*.txt --out $$tmp > /dev/null \
	&& python3 $(CORPUS)/score.py $(HELDOUT) $$tmp; status=$$?; rm -rf $$tmp; exit $$status

# extraction throughput against its floor (reading + sentence splitting), on one core
bench-extract: install
	$(PY) bench/extract.py --mb 20

# scale and speed on synthetic documents (bench/scale.py): extraction, build, sync, query latency
# on both backends, rdflib beside Oxigraph; each rewrites its own section of docs/benchmarks.md
bench: install
	$(PY) -m bench.scale

bench-quick: install
	$(PY) -m bench.scale --quick

# the 100,000-document scale on its own: over an hour on two cores, so outside `make bench`
bench-100k: install
	$(PY) -m bench.scale --large

# the full fault, load and bad-input runs (the short versions run in `make test`)
soak: install
	bash scripts/test.sh -m soak tests/reliability

# loading 1M+ triples into Neo4j: the projection vs rdflib-neo4j (starts a throwaway server)
bench-neo4j: install
	$(PY) bench/neo4j_load.py --triples 1000000

clean:
	rm -rf var .pytest_cache .ruff_cache
