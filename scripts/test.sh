#!/usr/bin/env bash
# `make test`: the whole suite, with a local Neo4j when Java can run one (Maven fetches it once).
# The tests wipe that database, so it is a fresh one in a run directory of its own
# (var/neo4j-test), never the one `councilgraph neo4j start` keeps your data in.
set -uo pipefail
cd "$(dirname "$0")/.."
CLI=.venv/bin/councilgraph
RUN_DIR=var/neo4j-test
unset COUNCILGRAPH_NEO4J_URI  # never wipe a server this script did not start

if command -v java >/dev/null; then
    "$CLI" neo4j stop --run-dir "$RUN_DIR" >/dev/null  # one left by an interrupted run
    rm -rf "$RUN_DIR"
    trap '"$CLI" neo4j stop --run-dir "$RUN_DIR"' EXIT
    if "$CLI" neo4j start --run-dir "$RUN_DIR"; then
        COUNCILGRAPH_NEO4J_URI=$("$CLI" neo4j status --run-dir "$RUN_DIR" --uri)
        export COUNCILGRAPH_NEO4J_URI
    else
        echo "test.sh: the local Neo4j did not start; Neo4j tests skip (and fail under CI)" >&2
    fi
else
    echo "test.sh: no java; Neo4j tests skip (and fail under CI)" >&2
fi

.venv/bin/python -m pytest -q "$@"
