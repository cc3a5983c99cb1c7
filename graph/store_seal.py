"""A seal on a built store: a checksum of each of its table files, written when `build` has
closed it and checked when `serve`, `councils` or `sync` open it.

Why: RocksDB checks a table block only when a query reads it, and pyoxigraph 0.5 does not
always stop when that check fails: a COUNT or ORDER BY over a damaged block loops, growing
memory, instead of raising (a plain scan raises). Checking the files at open finds bit rot
before any query meets it. Table files are never rewritten (a compaction writes new ones), so
a file the seal names either holds what it did or is damaged; files written later (by a
server taking documents) are not in the seal and not checked.
"""

from __future__ import annotations

import json
import zlib
from pathlib import Path

SEAL = "councilgraph-seal.json"  # RocksDB leaves files it did not name alone
_CHUNK = 1 << 20


def _checksum(path: Path) -> int:
    value = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            value = zlib.crc32(chunk, value)
    return value


def seal(folder: Path) -> None:
    """Record the checksums of the table files of the closed store in `folder`."""
    sums = {table.name: _checksum(table) for table in sorted(folder.glob("*.sst"))}
    (folder / SEAL).write_text(json.dumps(sums, indent=0))


def damaged_tables(folder: Path) -> list[str]:
    """Table files whose contents differ from the seal's record (the seal itself, when it
    cannot be read); none when the folder has no seal."""
    recorded = folder / SEAL
    if not recorded.is_file():
        return []
    try:
        sums = json.loads(recorded.read_text())
    except (OSError, ValueError):
        return [SEAL]
    if not isinstance(sums, dict):
        return [SEAL]
    return [
        name
        for name, value in sorted(sums.items())
        if (folder / name).is_file() and _checksum(folder / name) != value
    ]
