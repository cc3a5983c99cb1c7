"""`councilgraph councils`: search and list councils from the terminal."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from councilgraph.cli import fail
from councilgraph.commands.options import load_settings
from councilgraph.errors import CouncilGraphError
from graph.backends import open_repository
from graph.model import CouncilType, Tier
from graph.repository import MAX_LIMIT, CouncilPage, CouncilQuery

COLUMNS = ("id", "gss", "name", "type", "tier", "county", "start", "end")


def councils(
    query: Annotated[
        str | None, typer.Argument(help="Part of a name, or a register or GSS code.")
    ] = None,
    council_type: Annotated[CouncilType | None, typer.Option("--type", help="Kind.")] = None,
    tier: Annotated[Tier | None, typer.Option(help="Tier.")] = None,
    county: Annotated[str | None, typer.Option(help="The county's register or GSS code.")] = None,
    as_of: Annotated[
        str | None,
        typer.Option(help="Councils existing on this day (YYYY-MM-DD) (default: today)."),
    ] = None,
    ever: Annotated[bool, typer.Option("--all", help="Current and former councils.")] = False,
    limit: Annotated[int, typer.Option(min=1, max=MAX_LIMIT)] = 50,
    offset: Annotated[int, typer.Option(min=0)] = 0,
    store: Annotated[Path | None, typer.Option(help="Store folder (default: var/store).")] = None,
) -> None:
    """Search and list councils, by name then register code.

    Example: councilgraph councils --type county --as-of 2022-01-01
    """
    day = None if ever else _day(as_of)
    try:
        request = CouncilQuery(
            q=query,
            type=council_type,
            tier=tier,
            county=county,
            as_of=day,
            limit=limit,
            offset=offset,
        )
        repository = open_repository(load_settings(store=store))
        try:
            page = repository.list_councils(request)
        finally:
            repository.close()
    except CouncilGraphError as e:
        raise fail(e) from e
    _print(page, offset)


def _day(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError as e:
        raise typer.BadParameter(
            f"{value!r} is not a date (YYYY-MM-DD)", param_hint="--as-of"
        ) from e


def _print(page: CouncilPage, offset: int) -> None:
    table = Table(box=None, header_style="bold")
    for column in COLUMNS:
        table.add_column(column, no_wrap=True)
    for council in page.items:
        table.add_row(
            *("" if getattr(council, c) is None else str(getattr(council, c)) for c in COLUMNS)
        )
    # piped output is not cut to 80 columns: a line per council is what grep and less want
    console = Console() if sys.stdout.isatty() else Console(width=200)
    console.print(table)
    shown = f"{offset + 1}-{offset + len(page.items)} of " if page.items else ""
    console.print(f"{shown}{page.count} councils")
