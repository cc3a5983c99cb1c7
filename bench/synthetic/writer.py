"""Writes a synthetic corpus to disk one document at a time (constant memory): `<stem>.txt`
with the corpus's `SOURCE:`/`DATE:` header, `<stem>.gold.json` beside it, and one line per
document in `index.jsonl` (form, date, publisher, size, distractors used)."""

from __future__ import annotations

import json
import multiprocessing
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench.synthetic.draw import draw_world
from bench.synthetic.layout_minutes import minutes
from bench.synthetic.layout_press import press, release
from bench.synthetic.layout_report import report
from bench.synthetic.plan import Planner
from bench.synthetic.textforms import slug
from bench.synthetic.world import World
from loaders.register_reader import Register

CHUNK = 250  # documents per unit of work (and per progress report)
LAYOUTS = {"minutes": minutes, "report": report, "press": press, "release": release}
MANIFEST = "index.jsonl"  # the name extract and build skip as a folder index


@dataclass(frozen=True, slots=True)
class Written:
    stem: str
    text: str
    gold: dict
    entry: dict


@dataclass(frozen=True, slots=True)
class Summary:
    documents: int
    text_bytes: int
    seconds: float


def compose(world: World, planner: Planner, index: int, width: int = 6) -> Written:
    """Document `index`: its file stem, text, gold and manifest entry."""
    plan = planner.plan(index)
    doc = plan.doc
    source, body = LAYOUTS[doc.kind](doc, plan.primary, plan.others)
    who = slug(doc.info(doc.publisher).stem) if doc.publisher else "press"
    stem = f"{index:0{width}d}-{doc.kind}-{who}"
    text = f"SOURCE: {source}\nDATE: {doc.day.isoformat()}\n\n{body}\n"
    gold = doc.gold.to_json(f"{stem}.txt", doc.publisher, world.councils)
    entry = {
        "stem": stem,
        "form": doc.kind,
        "date": doc.day.isoformat(),
        "publisher": gold["publisher"],
        "topic": plan.primary.kind if plan.primary else None,
        "phase": plan.primary.phase(doc.day) if plan.primary else None,
        "bytes": len(text.encode()),
        "distractors": doc.distractors,
    }
    return Written(stem, text, gold, entry)


def generate(
    register: Register,
    out: Path,
    count: int,
    seed: int,
    progress: Callable[[int], None] | None = None,
    jobs: int = 1,
) -> Summary:
    """Write `count` documents for `seed` into `out`, on `jobs` processes (the files are the
    same whatever `jobs` is); call `progress(done)` now and then."""
    began = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    width = max(6, len(str(count - 1)))
    chunks = [range(i, min(i + CHUNK, count)) for i in range(0, count, CHUNK)]
    setup = (register, seed, out, width)
    total = done = 0
    with (out / MANIFEST).open("w", encoding="utf-8") as manifest, _runner(jobs, setup) as run:
        for entries in run(_write_chunk, chunks):
            for entry in entries:
                manifest.write(json.dumps(entry, ensure_ascii=False) + "\n")
                total += entry["bytes"]
            done += len(entries)
            if progress:
                progress(done)
    return Summary(count, total, time.perf_counter() - began)


@contextmanager
def _runner(jobs: int, setup: tuple) -> Iterator[Callable]:
    """`map` in this process, or an ordered `imap` over a pool whose workers each draw the
    world once."""
    if jobs <= 1:
        _start_worker(*setup)
        yield map
        return
    with multiprocessing.get_context("fork").Pool(jobs, _start_worker, setup) as pool:
        yield pool.imap


_WORKER: dict = {}


def _start_worker(register: Register, seed: int, out: Path, width: int) -> None:
    world = draw_world(register, seed)
    _WORKER.update(world=world, planner=Planner(world, seed), out=out, width=width)


def _write_chunk(indices: range) -> list[dict]:
    """Write the documents `indices` and return their index entries."""
    world, planner, out = _WORKER["world"], _WORKER["planner"], _WORKER["out"]
    entries = []
    for index in indices:
        written = compose(world, planner, index, _WORKER["width"])
        (out / f"{written.stem}.txt").write_text(written.text, encoding="utf-8")
        gold = json.dumps(written.gold, ensure_ascii=False, indent=1)
        (out / f"{written.stem}.gold.json").write_text(gold, encoding="utf-8")
        entries.append(written.entry)
    return entries
