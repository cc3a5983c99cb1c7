"""Loading RDF into Neo4j: councilgraph's projection against the Neo4j Labs rdflib-neo4j store.

    python bench/neo4j_load.py [--triples 1000000] [--batch-size 5000] [--neo4j-uri URI]

Two graphs, each in an embedded store built first (not timed): the register + corpus (what
`councilgraph build` holds), and a synthetic graph of at least --triples triples (realistic
documents among real councils, bench/neo4j_synthetic.py, through the project's RDF builders).
For each, on the same Neo4j server, emptied before every load:

(a) the projection: `Neo4jProjection.sync`, SPARQL reads of the store to batched UNWIND writes;
(b) rdflib-neo4j: every triple of the same store (bar the ontology graph, which both leave
    out) added to an rdflib Graph backed by its Neo4jStore, batched with the same batch size.

Both times include reading the store. Throughput is the store's triples over the wall time.
Each loader first loads the register + corpus three times, untimed and alternating, to warm
the server up and create its schema; then each graph is loaded --repeat times by each loader,
alternating, into a database emptied of data (schemas kept), and the fastest load counts. The
report lists every timed load with the machine's load average as it ended.
Without --neo4j-uri a throwaway server is started in var/neo4j-bench and stopped afterwards.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import neo4j
import pyoxigraph as ox
from neo4j import Driver, GraphDatabase
from neo4j_synthetic import synthetic_quads
from rdflib import Graph, Literal, URIRef
from rdflib.term import BNode, Node
from rdflib_neo4j import HANDLE_VOCAB_URI_STRATEGY, Neo4jStore, Neo4jStoreConfig

from councilgraph.errors import DocumentError
from councilgraph.settings import REPO_ROOT, SHARED, Settings
from graph import build, ids
from graph.neo4j_projection import Neo4jProjection
from graph.neo4j_server import ServerSpec, start, stop
from graph.store import GraphStore
from graph.vocab import CG, ORG, PROV, SDO, SKOS, TIME
from loaders.pipeline import extract_path, iter_document_paths
from loaders.register_reader import Register, load_register

PREFIXES = {
    "cg": str(CG._NS),
    "org": str(ORG._NS),
    "prov": str(PROV._NS),
    "schema": str(SDO._NS),
    "time": str(TIME._NS),
    "skos": str(SKOS._NS),
    "cgid": "https://w3id.org/councilgraph/id/",
    "ons": "http://statistics.data.gov.uk/id/statistical-geography/",
}
WIPE = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"


@dataclass(frozen=True)
class Load:
    graph: str
    loader: str
    triples: int
    seconds: float
    nodes: int
    relationships: int
    load_average: float  # the machine's, over the minute before the load ended

    @property
    def rate(self) -> float:
        return self.triples / self.seconds


def build_corpus_store(path: Path, register: Register) -> None:
    with GraphStore.open(path) as store:
        build.load_ontology(store)
        build.load_register(store, register)
        folders = [SHARED / "corpus" / "seeds", SHARED / "corpus" / "dev"]
        for document in iter_document_paths([f for f in folders if f.is_dir()]):
            with contextlib.suppress(DocumentError):
                build.load_extraction(store, extract_path(document, register), register)
        # into table files, as `councilgraph build` leaves a store: otherwise every load
        # replays the write-ahead log at open (0.2 to 0.5 s here, for each loader)
        store.flush()


def build_synthetic_store(path: Path, register: Register, triples: int) -> None:
    """The register and at least `triples` triples in all, of whole synthetic documents."""
    with GraphStore.open(path) as store:
        build.load_ontology(store)
        build.load_register(store, register)
        wanted = triples - data_triples(store)
        store.oxigraph.bulk_extend(_whole_documents(synthetic_quads(register), wanted))
        store.flush()


def _whole_documents(quads: Iterator[ox.Quad], wanted: int) -> Iterator[ox.Quad]:
    """At least `wanted` quads, ending where a document's graph ends."""
    last = None
    for quad in quads:
        if wanted <= 0 and quad.graph_name != last:
            return
        last, wanted = quad.graph_name, wanted - 1
        yield quad


def data_triples(store: GraphStore) -> int:
    """Triples outside the ontology graph: what both loaders load."""
    ontology = ox.NamedNode(str(ids.ontology_graph()))
    return store.quad_count() - sum(
        1 for _ in store.oxigraph.quads_for_pattern(None, None, None, ontology)
    )


def clear(driver: Driver) -> None:
    """Delete every node and relationship; constraints and indexes stay."""
    with driver.session() as session:
        session.run(WIPE).consume()


def wipe(driver: Driver) -> None:
    """Delete everything, constraints and indexes too."""
    clear(driver)
    for kind, show in (("CONSTRAINT", "SHOW CONSTRAINTS"), ("INDEX", "SHOW INDEXES")):
        for record in driver.execute_query(f"{show} YIELD name, type").records:
            if record["type"] != "LOOKUP":
                driver.execute_query(f"DROP {kind} `{record['name']}` IF EXISTS")


def counts(driver: Driver) -> tuple[int, int]:
    nodes = driver.execute_query("MATCH (n) RETURN count(n) AS c").records[0]["c"]
    rels = driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS c").records[0]["c"]
    return int(nodes), int(rels)


def load_projection(driver: Driver, path: Path, batch: int) -> float:
    started = time.perf_counter()
    with GraphStore.open(path, read_only=True) as store:
        Neo4jProjection(driver, batch_size=batch).sync(store)
    return time.perf_counter() - started


def load_rdflib_neo4j(driver: Driver, path: Path, batch: int) -> float:
    config = Neo4jStoreConfig(
        custom_prefixes=PREFIXES,
        handle_vocab_uri_strategy=HANDLE_VOCAB_URI_STRATEGY.SHORTEN,
        batching=True,
        batch_size=batch,
    )
    started = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):  # it prints progress
        graph = Graph(store=Neo4jStore(config=config, neo4j_driver=driver))
        graph.open(config, create=True)
        with GraphStore.open(path, read_only=True) as store:
            for triple in store_triples(store):
                graph.add(triple)
        graph.close(True)
    return time.perf_counter() - started


def store_triples(store: GraphStore) -> Iterator[tuple]:
    skip = str(ids.ontology_graph())
    for quad in store.oxigraph:
        if quad.graph_name.value != skip:
            yield (_term(quad.subject), _term(quad.predicate), _term(quad.object))


def _term(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def measure(driver: Driver, name: str, path: Path, batch: int, repeat: int) -> list[Load]:
    """Each loader `repeat` times, alternating; every load, in the order run."""
    with GraphStore.open(path, read_only=True) as store:
        triples = data_triples(store)
    loads = []
    for _ in range(repeat):
        for loader, run in (("projection", load_projection), ("rdflib-neo4j", load_rdflib_neo4j)):
            clear(driver)
            seconds = run(driver, path, batch)
            load = Load(name, loader, triples, seconds, *counts(driver), os.getloadavg()[0])
            print(f"  {name}: {loader} {triples} triples in {seconds:.1f} s", file=sys.stderr)
            loads.append(load)
    return loads


def fastest(loads: list[Load]) -> list[Load]:
    """Each loader's fastest load of each graph: the machine is shared, and the fastest run is
    the one least slowed by others."""
    best: dict[tuple[str, str], Load] = {}
    for load in loads:
        key = (load.graph, load.loader)
        if key not in best or load.seconds < best[key].seconds:
            best[key] = load
    return list(best.values())


WARM_UP_ROUNDS = 3
"""After one untimed load each, a freshly started server still took both loaders 2 to 5 times
their settled time over the next register + corpus loads; after three, they had settled."""


def warm_up(driver: Driver, path: Path, batch: int) -> None:
    """Untimed loads by each loader, alternating, so that neither pays for a cold JVM, for
    creating its constraints and indexes, or for planning its queries, while the other does
    not. Timed loads then clear the data but keep every loader's schema, as a database in use
    does (dropping an index makes Neo4j plan every query again)."""
    wipe(driver)
    for _ in range(WARM_UP_ROUNDS):
        for run in (load_projection, load_rdflib_neo4j):
            clear(driver)
            run(driver, path, batch)


def report(loads: list[Load]) -> str:
    """The fastest loads as a table, the ratios, then every load's time and load average."""
    lines = [
        "| graph | loader | triples | seconds | triples/s | nodes | relationships |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    best = fastest(loads)
    for load in best:
        lines.append(
            f"| {load.graph} | {load.loader} | {load.triples:,} | {load.seconds:.1f} | "
            f"{load.rate:,.0f} | {load.nodes:,} | {load.relationships:,} |"
        )
    lines.append("")
    for graph in dict.fromkeys(load.graph for load in best):
        ours, theirs = (load for load in best if load.graph == graph)
        lines.append(f"- {graph}: projection / rdflib-neo4j = {ours.rate / theirs.rate:.2f}x")
    lines.append("\nEvery timed load (seconds, and the 1-minute load average as it ended):")
    for load in loads:
        lines.append(
            f"- {load.graph}, {load.loader}: {load.seconds:.1f} s, load {load.load_average:.1f}"
        )
    return "\n".join(lines)


def driver_version() -> str:
    """The Neo4j driver both loaders write through, and whether its Rust extension (the
    neo4j-rust-ext package, which packs Bolt messages in Rust) is in use."""
    rust = importlib.util.find_spec("neo4j._rust") is not None
    return f"neo4j driver {neo4j.__version__} {'with' if rust else 'without'} neo4j-rust-ext"


@contextlib.contextmanager
def server(uri: str | None) -> Iterator[str]:
    if uri:
        yield uri
        return
    settings = Settings()
    spec = ServerSpec.from_settings(settings)
    run_dir = REPO_ROOT / "var" / "neo4j-bench"
    shutil.rmtree(run_dir, ignore_errors=True)
    spec = ServerSpec(spec.version, spec.cache, run_dir, heap="2g", pagecache="1g")
    running = start(spec, settings.neo4j_start_timeout_s)
    try:
        yield running.bolt_uri
    finally:
        stop(run_dir)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--batch-size", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=2, help="loads per loader and graph")
    parser.add_argument("--neo4j-uri", default=None, help="default: start a throwaway server")
    args = parser.parse_args()
    register = load_register(Settings().register_dir())
    with tempfile.TemporaryDirectory() as tmp:
        stores = {"register + corpus": Path(tmp) / "corpus", "synthetic": Path(tmp) / "synth"}
        started = time.perf_counter()
        build_corpus_store(stores["register + corpus"], register)
        build_synthetic_store(stores["synthetic"], register, args.triples)
        print(f"stores built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        with server(args.neo4j_uri) as uri, GraphDatabase.driver(uri) as driver:
            warm_up(driver, stores["register + corpus"], args.batch_size)
            loads = []
            for name, path in stores.items():
                loads += measure(driver, name, path, args.batch_size, args.repeat)
            wipe(driver)
    print(
        f"python {platform.python_version()}, {driver_version()}, batch size {args.batch_size}, "
        f"best of {args.repeat}\n"
    )
    print(report(loads))


if __name__ == "__main__":
    main()
