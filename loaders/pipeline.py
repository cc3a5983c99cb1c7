"""From a document to an `Extraction`: council recognition, then the rule families, every fact
carrying its evidence. `build`, `extract` and the benchmark all go through here."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from graph.model import Document, Extraction
from loaders.councils import recognise
from loaders.readers import extensions, read_path
from loaders.register_reader import Register
from loaders.rules.context import build_context
from loaders.rules.partnerships import extract_partnerships
from loaders.rules.people import extract_people
from loaders.rules.shared_posts import extract_shared_posts

# folder notes that sit beside documents (in a format a reader claims) but are not documents
_NOT_DOCUMENTS = re.compile(r"(?:^readme(?:\.\w+)?|^index(?:\.\w+)?)$", re.I)


def extract_document(document: Document, register: Register) -> Extraction:
    """Everything the rules find in one document; its publisher is set when a council wrote it."""
    recognition = recognise(document, register)
    document = replace(document, publisher=recognition.publisher)
    context = build_context(document, register, recognition)
    partnerships, partnership_talk = extract_partnerships(context)
    shared_posts, shared_post_talk = extract_shared_posts(context)
    return Extraction(
        document=document,
        mentions=recognition.mentions,
        shared_posts=tuple(shared_posts),
        partnerships=tuple(partnerships),
        people=tuple(extract_people(context)),
        candidates=(*partnership_talk, *shared_post_talk),
    )


def extract_path(path: Path, register: Register) -> Extraction:
    """Read the file at `path` (raising its typed `DocumentError`) and extract from it."""
    return extract_document(read_path(path), register)


def iter_document_paths(folders: Iterable[Path]) -> Iterator[Path]:
    """Documents under each folder (a file is itself), sorted; files no reader claims by
    extension (scripts, JSON), README and INDEX files, hidden files and missing folders are
    skipped."""
    for folder in folders:
        if folder.is_file():
            yield folder
            continue
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            hidden = any(part.startswith(".") for part in path.relative_to(folder).parts)
            readable = path.suffix.lower() in extensions()
            if path.is_file() and readable and not hidden and not _NOT_DOCUMENTS.search(path.name):
                yield path
