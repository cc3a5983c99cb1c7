"""python -m bench.synthetic --docs 1000 --seed 1 --out DIR

Writes DIR/<stem>.txt, DIR/<stem>.gold.json and DIR/index.jsonl, reporting progress on
stderr and a one-line summary (documents, MB, seconds, docs/s, MB/s) on stdout."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from bench.synthetic.writer import generate
from councilgraph.errors import CouncilGraphError
from loaders.register_reader import load_register

DEFAULT_REGISTER = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "register"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.synthetic", description=__doc__)
    parser.add_argument("--docs", type=int, default=1000, help="number of documents")
    parser.add_argument("--seed", type=int, default=1, help="world and document seed")
    parser.add_argument("--out", type=Path, required=True, help="output directory")
    parser.add_argument("--register", type=Path, default=DEFAULT_REGISTER, help="register folder")
    parser.add_argument("--jobs", type=int, default=1, help="processes (same files for any)")
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    args = parser.parse_args(argv)
    if args.docs < 1:
        parser.error("--docs must be at least 1")
    try:
        register = load_register(args.register)
    except CouncilGraphError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    began = time.perf_counter()

    def progress(done: int) -> None:
        if not args.quiet:
            rate = done / max(time.perf_counter() - began, 1e-9)
            print(f"\r{done}/{args.docs} documents ({rate:.0f}/s)", end="", file=sys.stderr)

    summary = generate(register, args.out, args.docs, args.seed, progress, args.jobs)
    if not args.quiet:
        print(file=sys.stderr)
    mb = summary.text_bytes / 1e6
    print(
        f"{summary.documents} documents, {mb:.1f} MB of text in {summary.seconds:.1f} s "
        f"({summary.documents / summary.seconds:.0f} docs/s, {mb / summary.seconds:.2f} MB/s) "
        f"-> {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
