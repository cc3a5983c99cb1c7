"""`councilgraph build`: the ontology, the register and curated facts into the store."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from councilgraph.cli import fail
from councilgraph.commands.options import load_settings
from councilgraph.errors import CouncilGraphError
from councilgraph.settings import Settings
from graph import build as loading
from graph.store import GraphStore
from loaders.register_reader import load_register


def build(
    register: Annotated[
        Path | None,
        typer.Option(
            help="Register folder, or set COUNCILGRAPH_REGISTER (default: data/register/, "
            "then ../shared/data/register/)."
        ),
    ] = None,
    store: Annotated[Path | None, typer.Option(help="Store folder (default: var/store).")] = None,
    validate: Annotated[
        bool, typer.Option("--validate", help="Check the graph against the SHACL shapes.")
    ] = False,
) -> None:
    """Build the graph (ontology, register, curated facts) into the on-disk store.

    Each source replaces its own named graph, so building twice leaves the same graph.

    Example: councilgraph build --register ../shared/data/register --store var/store
    """
    started = time.perf_counter()
    console = Console(stderr=True)
    try:
        settings = load_settings(register=register, store=store)
        with GraphStore.open(settings.store) as graph_store:
            councils = _load(graph_store, settings, console)
            if validate:
                console.print("validating against ontology/shapes.ttl ...")
                loading.validate_store(graph_store)
            quads = graph_store.quad_count()
    except CouncilGraphError as e:
        raise fail(e) from e
    seconds = time.perf_counter() - started
    typer.echo(f"built {settings.store}: {councils} councils, {quads} triples in {seconds:.1f} s")
    typer.echo("documents: not read, this version has no document extractor yet")


def _load(store: GraphStore, settings: Settings, console: Console) -> int:
    columns = (TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("ontology", total=3)
        loading.load_ontology(store)
        progress.update(task, advance=1, description="register")
        councils = loading.load_register(store, load_register(settings.register_dir()))
        progress.update(task, advance=1, description="curated facts")
        loading.load_curated(store, settings.curated)
        progress.update(task, advance=1)
    return councils
