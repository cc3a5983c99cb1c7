"""Writes a synthetic corpus to disk one document at a time (constant memory): `<stem>.txt`
with the corpus's `SOURCE:`/`DATE:` header, `<stem>.gold.json` beside it, and one line per
document in `index.jsonl` (form, date, publisher, size, distractors used)."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
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
) -> Summary:
    """Write `count` documents for `seed` into `out`; call `progress(done)` now and then."""
    began = time.perf_counter()
    world = draw_world(register, seed)
    planner = Planner(world, seed)
    out.mkdir(parents=True, exist_ok=True)
    width = max(6, len(str(count - 1)))
    total = 0
    with (out / MANIFEST).open("w", encoding="utf-8") as manifest:
        for index in range(count):
            written = compose(world, planner, index, width)
            (out / f"{written.stem}.txt").write_text(written.text, encoding="utf-8")
            (out / f"{written.stem}.gold.json").write_text(
                json.dumps(written.gold, ensure_ascii=False, indent=1), encoding="utf-8"
            )
            manifest.write(json.dumps(written.entry, ensure_ascii=False) + "\n")
            total += written.entry["bytes"]
            if progress and (index + 1) % 500 == 0:
                progress(index + 1)
    if progress and count % 500:
        progress(count)
    return Summary(count, total, time.perf_counter() - began)
