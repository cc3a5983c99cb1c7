"""`councilgraph neo4j start|stop|status`: a local Neo4j server without Docker."""

from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer

from councilgraph.cli import fail
from councilgraph.errors import CouncilGraphError
from councilgraph.settings import get_settings
from graph import neo4j_jars, neo4j_server
from graph.neo4j_conf import ServerSpec
from graph.neo4j_server import RunningServer

app = typer.Typer(
    help="Run a local Neo4j community server from Maven Central jars (no Docker needed).",
    no_args_is_help=True,
)

RunDir = Annotated[
    Path | None,
    typer.Option("--run-dir", help="Folder for conf, data and logs [default: var/neo4j]."),
]


@app.command()
def start(
    port: Annotated[int, typer.Option(help="Bolt port on 127.0.0.1; 0 picks a free one.")] = 0,
    http: Annotated[
        bool, typer.Option("--http", help="Also serve HTTP and the Neo4j Browser.")
    ] = False,
    http_port: Annotated[int, typer.Option(help="HTTP port with --http; 0 picks one.")] = 0,
    run_dir: RunDir = None,
) -> None:
    """Start Neo4j in the background (fetching the jars the first time) and wait for Bolt."""
    settings = get_settings()
    spec = replace(
        ServerSpec.from_settings(settings),
        run_dir=run_dir or settings.neo4j_run_dir,
        bolt_port=port,
        http_port=http_port if http else None,
    )
    try:
        if not neo4j_jars.jars_cached(spec.cache, spec.version):
            typer.echo(f"Fetching Neo4j {spec.version} from Maven Central into {spec.lib_dir}")
        server = neo4j_server.start(spec, settings.neo4j_start_timeout_s)
    except CouncilGraphError as e:
        raise fail(e) from e
    _describe(server)
    typer.echo(f"export COUNCILGRAPH_NEO4J_URI={server.bolt_uri}")


@app.command()
def stop(run_dir: RunDir = None) -> None:
    """Stop the server: SIGTERM, then SIGKILL if it has not stopped within a minute."""
    folder = run_dir or get_settings().neo4j_run_dir
    try:
        stopped = neo4j_server.stop(folder)
    except CouncilGraphError as e:
        raise fail(e) from e
    typer.echo("Neo4j stopped" if stopped else f"no Neo4j was running from {folder}")


@app.command()
def status(
    run_dir: RunDir = None,
    uri: Annotated[bool, typer.Option("--uri", help="Print only the Bolt URI.")] = False,
) -> None:
    """Say whether the server runs, and where. Exits 1 when it is stopped."""
    folder = run_dir or get_settings().neo4j_run_dir
    server = neo4j_server.status(folder)
    if server is None:
        typer.echo(f"Neo4j is stopped ({folder})", err=uri)
        raise typer.Exit(code=1)
    if uri:
        typer.echo(server.bolt_uri)
    else:
        _describe(server)


def _describe(server: RunningServer) -> None:
    typer.echo(f"Neo4j {server.version} is running (pid {server.pid})")
    typer.echo(f"  bolt:    {server.bolt_uri}")
    if server.browser_url:
        typer.echo(f"  browser: {server.browser_url}")
