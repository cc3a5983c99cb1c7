"""One module per CLI command group; `councilgraph/cli.py` wires them into one Typer app."""
