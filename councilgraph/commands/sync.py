"""`councilgraph sync`: project the embedded graph into Neo4j."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from councilgraph.cli import fail
from councilgraph.commands.options import load_settings
from councilgraph.errors import CouncilGraphError
from graph import ids
from graph.neo4j_connection import open_driver
from graph.neo4j_projection import Neo4jProjection, SyncReport
from graph.store import GraphStore


def sync(
    store: Annotated[Path | None, typer.Option(help="Store folder (default: var/store).")] = None,
    neo4j_uri: Annotated[
        str | None, typer.Option(help="Bolt URI (default: COUNCILGRAPH_NEO4J_URI).")
    ] = None,
    document: Annotated[
        str | None,
        typer.Option(help="Re-project only this document (its id), in one transaction."),
    ] = None,
) -> None:
    """Project the embedded graph into Neo4j as a labelled property graph.

    Syncing twice leaves the same graph; what the store no longer holds is deleted. Then
    `councilgraph serve --backend neo4j` answers from it.

    Example: councilgraph sync --neo4j-uri bolt://127.0.0.1:7687
    """
    started = time.perf_counter()
    try:
        settings = load_settings(store=store, neo4j_uri=neo4j_uri)
        with GraphStore.open(settings.store, read_only=True, verify=True) as graph_store:
            driver = open_driver(settings)
            try:
                projection = Neo4jProjection(driver, settings.neo4j_batch_size, settings.neo4j_uri)
                if document:
                    report = projection.sync_source(graph_store, ids.document_graph(document))
                else:
                    report = _sync_all(projection, graph_store)
            finally:
                driver.close()
    except CouncilGraphError as e:
        raise fail(e) from e
    seconds = time.perf_counter() - started
    typer.echo(
        f"synced {settings.store} into {settings.neo4j_uri}: {report.rows} rows written, "
        f"{report.nodes} nodes and {report.relationships} relationships in {seconds:.1f} s"
    )


def _sync_all(projection: Neo4jProjection, store: GraphStore) -> SyncReport:
    console = Console(stderr=True)
    columns = (
        TextColumn("{task.description:<24}"),
        SpinnerColumn(),
        BarColumn(),
        TextColumn("{task.completed:>9,.0f} rows"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        # the store is read while Neo4j is written, so the total is not known in advance
        task = progress.add_task(f"reading {store.path.name}", total=None)

        def advance(what: str, written: int) -> None:
            progress.update(task, advance=written, description=what)

        return projection.sync(store, advance)
