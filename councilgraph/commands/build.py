"""`councilgraph build`: the ontology, the register, curated facts and documents into the store."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from councilgraph.cli import fail
from councilgraph.commands.options import load_settings
from councilgraph.errors import CouncilGraphError, DocumentError
from councilgraph.settings import Settings
from graph import build as loading
from graph.parallel_build import prepared_documents
from graph.store import GraphStore
from graph.store_seal import seal
from loaders.pipeline import iter_document_paths
from loaders.register_reader import Register, load_register


@dataclass
class Built:
    councils: int = 0
    documents: int = 0
    skipped: list[DocumentError] = field(default_factory=list)


def build(
    register: Annotated[
        Path | None,
        typer.Option(
            help="Register folder, or set COUNCILGRAPH_REGISTER (default: data/register/, "
            "then ../shared/data/register/)."
        ),
    ] = None,
    store: Annotated[Path | None, typer.Option(help="Store folder (default: var/store).")] = None,
    documents: Annotated[
        list[Path] | None,
        typer.Option(
            "--documents",
            help="Folder or file of documents; repeat for more (default: ../shared/corpus "
            "and data/documents).",
        ),
    ] = None,
    validate: Annotated[
        bool, typer.Option("--validate", help="Check the graph against the SHACL shapes.")
    ] = False,
    jobs: Annotated[
        int, typer.Option(min=1, help="Processes reading documents (see docs/benchmarks.md).")
    ] = 1,
) -> None:
    """Build the graph (ontology, register, curated facts, documents) into the on-disk store.

    Each source replaces its own named graph, so building twice leaves the same graph, and a
    document no longer found loses its graph.

    Example: councilgraph build --register ../shared/data/register --store var/store
    """
    started = time.perf_counter()
    console = Console(stderr=True)
    try:
        settings = load_settings(register_folder=register, store=store, documents=documents)
        with GraphStore.open(settings.store) as graph_store:
            built = _load(graph_store, settings, console, jobs)
            if validate:
                console.print("validating against ontology/shapes.ttl ...")
                loading.validate_store(graph_store)
            graph_store.flush()  # into checked table files: a damaged log loses data silently
            quads = graph_store.quad_count()
        seal(settings.store)  # closed: no compaction is rewriting its table files now
    except CouncilGraphError as e:
        raise fail(e) from e
    for error in built.skipped:
        typer.secho(f"skipped {error}", fg=typer.colors.YELLOW, err=True)
    seconds = time.perf_counter() - started
    typer.echo(
        f"built {settings.store}: {built.councils} councils, {built.documents} documents "
        f"({len(built.skipped)} skipped), {quads} triples in {seconds:.1f} s"
    )


def _load(store: GraphStore, settings: Settings, console: Console, jobs: int) -> Built:
    columns = (
        TextColumn("{task.description:<14}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        sources = progress.add_task("register", total=3)
        loading.load_ontology(store)
        register = load_register(settings.register_dir())
        built = Built(councils=loading.load_register(store, register))
        progress.update(sources, advance=2, description="curated facts")
        loading.load_curated(store, settings.curated)
        progress.update(sources, advance=1)
        paths = list(iter_document_paths(settings.documents))
        task = progress.add_task("documents", total=len(paths))
        _load_documents(store, register, paths, built, lambda: progress.advance(task), jobs)
    return built


def _load_documents(
    store: GraphStore, register: Register, paths: list[Path], built: Built, advance, jobs: int
) -> None:
    """Each readable document into its own graph (read on `jobs` processes, written here);
    then drop graphs of documents not read."""
    kept: set[str] = set()
    for _, prepared in prepared_documents(paths, register, jobs):
        if isinstance(prepared, DocumentError):
            built.skipped.append(prepared)
        else:
            loading.load_document(store, prepared)
            kept.add(prepared.document_id)
        advance()
    built.documents = len(kept)
    loading.prune_documents(store, kept)
