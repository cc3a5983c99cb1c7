"""The `councilgraph` command line. Each command lives in `councilgraph/commands/`."""

import typer

from councilgraph.errors import CouncilGraphError

app = typer.Typer(
    help="Build, query and serve a knowledge graph of English local government relationships.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


def fail(error: CouncilGraphError) -> typer.Exit:
    """Print a typed error for a person and return the exit to raise."""
    typer.secho(f"error: {error}", fg=typer.colors.RED, err=True)
    return typer.Exit(code=2)


# Command groups import `fail` from this module, so they are wired in after it is defined.
from councilgraph.commands import build, councils, extract, neo4j, serve, sync  # noqa: E402

app.command()(build.build)
app.command()(serve.serve)
app.command()(councils.councils)
app.command()(extract.extract)
app.command()(sync.sync)
app.add_typer(neo4j.app, name="neo4j")
