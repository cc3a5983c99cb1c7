"""rdflib's in-memory SPARQL in a process of its own, so a query past its time limit can be
stopped (a Python thread cannot be): bench/sparql_peers.py starts it and talks JSON lines.

    python -m bench.rdflib_worker EXPORT.nq

loads the N-Quads export into an rdflib Dataset whose default graph is the union of its
graphs (as Oxigraph is queried), prints {"loaded_s", "quads", "rss_mb"}, then for each line
{"query": TEXT} read from stdin prints {"seconds", "rows"}.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

from rdflib import Dataset


def load(export: Path) -> Dataset:
    dataset = Dataset(default_union=True)
    dataset.parse(export, format="nquads")
    return dataset


def main() -> None:
    started = time.perf_counter()
    dataset = load(Path(sys.argv[1]))
    loaded_s = time.perf_counter() - started
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    quads = sum(len(graph) for graph in dataset.graphs())
    loaded = {"loaded_s": loaded_s, "quads": quads, "rss_mb": rss_mb}
    print(json.dumps(loaded), flush=True)
    for line in sys.stdin:
        query = json.loads(line)["query"]
        started = time.perf_counter()
        rows = len(list(dataset.query(query)))
        print(json.dumps({"seconds": time.perf_counter() - started, "rows": rows}), flush=True)


if __name__ == "__main__":
    main()
