"""Ways a store's folder gets damaged, done for real to a copy of a built store, and what
opening and reading the damaged copy gives, found in a forked child so that a read which never
returns shows as a hang instead of stopping the tests."""

from __future__ import annotations

import multiprocessing
import random
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from councilgraph.errors import StoreError
from graph.embedded_repository import EmbeddedRepository
from graph.repository import MAX_LIMIT, CouncilQuery
from graph.store import GraphStore
from graph.store_seal import SEAL

Damage = Callable[[Path], None]


def _files(folder: Path, pattern: str) -> list[Path]:
    return sorted(folder.glob(pattern))


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def _garble(path: Path, seed: int = 0) -> None:
    """64 bytes inverted at a seeded place in the middle half of the file."""
    data = bytearray(path.read_bytes())
    at = random.Random(seed).randrange(len(data) // 4, max(len(data) * 3 // 4, 1))
    data[at : at + 64] = bytes(b ^ 0xFF for b in data[at : at + 64])
    path.write_bytes(bytes(data))


def _each(pattern: str, hurt: Callable[[Path], None]) -> Damage:
    return lambda folder: [hurt(path) for path in _files(folder, pattern)] and None


FILE_DAMAGE: dict[str, Damage] = {
    "folder missing": shutil.rmtree,
    "folder empty": _each("*", Path.unlink),
    "CURRENT deleted": lambda folder: (folder / "CURRENT").unlink(),
    "CURRENT names a missing manifest": lambda f: (f / "CURRENT").write_text("MANIFEST-999\n"),
    "MANIFEST garbled": _each("MANIFEST-*", _garble),
    "MANIFEST truncated": _each("MANIFEST-*", _truncate),
    "table files truncated": _each("*.sst", _truncate),
    "table files deleted": _each("*.sst", Path.unlink),
    "table files replaced by random bytes": _each(
        "*.sst", lambda p: p.write_bytes(random.Random(p.name).randbytes(p.stat().st_size))
    ),
    "write-ahead logs garbled": _each("*.log", _garble),
    "OPTIONS files deleted": _each("OPTIONS-*", Path.unlink),
    "every file emptied": _each("*", lambda p: p.write_bytes(b"")),
    "seal garbled": _each(SEAL, _garble),
    "seal deleted": _each(SEAL, Path.unlink),
}
"""Damage to whole files: what a failed disk, a careless `rm` or a half-copied folder does."""


def table_bit_flips(seed: int) -> Damage:
    """Eight single-bit flips in the data blocks (the first 70 %) of one seeded table file:
    what bit rot does inside a block that opening the store does not read."""

    def hurt(folder: Path) -> None:
        pick = random.Random(seed)
        path = pick.choice(_files(folder, "*.sst"))
        data = bytearray(path.read_bytes())
        for _ in range(8):
            data[pick.randrange(len(data) * 7 // 10)] ^= 1 << pick.randrange(8)
        path.write_bytes(bytes(data))

    return hurt


@dataclass(frozen=True)
class Reading:
    """What reading a store gave: its counts, or the error."""

    outcome: str  # "read", "typed error", "untyped error" or "hang"
    quads: int = -1
    councils: int = -1
    documents: int = -1
    message: str = ""


def read_everything(path: Path) -> Reading:
    """Open the store as `serve` does and ask what the API asks at its start and after."""
    try:
        store = GraphStore.open(path, read_only=True, verify=True)  # as serve opens it
        repository = EmbeddedRepository(store)
        councils = repository.list_councils(CouncilQuery(limit=MAX_LIMIT)).count
        documents = repository.list_documents(MAX_LIMIT, 0).count
        repository.relationships.answers()
        store.check()
        return Reading("read", store.quad_count(), councils, documents)
    except StoreError as e:
        return Reading("typed error", message=str(e))
    except Exception as e:  # what must not happen: anything but the project's StoreError
        return Reading("untyped error", message=f"{type(e).__name__}: {e}")


def _child(path: str, answer: multiprocessing.SimpleQueue) -> None:
    answer.put(read_everything(Path(path)))


def read_in_child(path: Path, timeout_s: float = 30) -> Reading:
    """`read_everything` in a forked child, killed when it takes over `timeout_s`."""
    context = multiprocessing.get_context("fork")
    answer = context.SimpleQueue()
    child = context.Process(target=_child, args=(str(path), answer))
    child.start()
    child.join(timeout_s)
    if child.is_alive():
        child.kill()
        child.join()
        return Reading("hang", message=f"no answer within {timeout_s:.0f} s")
    return answer.get() if not answer.empty() else Reading("untyped error", message="died")


def damaged_copy(store: Path, into: Path, damage: Damage) -> Path:
    shutil.copytree(store, into)
    damage(into)
    return into
