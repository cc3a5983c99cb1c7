"""`councilgraph extract`: relationships found in documents, one JSON file per document in the
corpus gold format (with the evidence for every fact)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from councilgraph.cli import fail
from councilgraph.commands.options import load_settings
from councilgraph.errors import CouncilGraphError, DocumentError
from loaders.gold_format import to_gold
from loaders.pipeline import extract_path, iter_document_paths
from loaders.register_reader import Register, load_register


def extract(
    files: Annotated[
        list[Path], typer.Argument(help="Documents, or folders of documents, to read.")
    ],
    out: Annotated[Path, typer.Option(help="Folder to write <stem>.json into.")],
    register: Annotated[
        Path | None,
        typer.Option(
            help="Register folder, or set COUNCILGRAPH_REGISTER (default: data/register/, "
            "then ../shared/data/register/)."
        ),
    ] = None,
) -> None:
    """Extract councils, shared chief executives, partnerships and people from documents.

    A document that cannot be read is reported and skipped; the exit code is 1 if any was.

    Example: councilgraph extract ../shared/corpus/dev --out /tmp/extracted
    """
    try:
        councils = load_register(load_settings(register_folder=register).register_dir())
        out.mkdir(parents=True, exist_ok=True)
    except CouncilGraphError as e:
        raise fail(e) from e
    except OSError as e:
        raise typer.BadParameter(f"cannot create {out}: {e.strerror}", param_hint="--out") from e
    failed = sum(not _extract_one(path, councils, out) for path in iter_document_paths(files))
    if failed:
        typer.secho(f"{failed} document(s) could not be read", fg=typer.colors.RED, err=True)
        raise typer.Exit(code=1)


def _extract_one(path: Path, councils: Register, out: Path) -> bool:
    try:
        extraction = extract_path(path, councils)
    except DocumentError as e:
        typer.secho(f"error: {e}", fg=typer.colors.RED, err=True)
        return False
    target = out / f"{path.stem}.json"
    target.write_text(json.dumps(to_gold(extraction, councils), indent=2, ensure_ascii=False))
    typer.echo(f"{path} -> {target}")
    return True
