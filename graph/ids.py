"""Instance ids: IRIs under the ontology's instance namespace, minted from stable keys.

Rebuilding mints the same ids, so writes are idempotent; the same partnership named in two
documents (same kind, same members) is one node carrying evidence from both. Hashes are
truncated SHA-256 of the key's parts joined by a separator no part contains.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from hashlib import sha256
from urllib.parse import quote

from rdflib import URIRef

from graph.vocab import ID

_TITLES = re.compile(r"^(?:(?:cllr|councillor|mr|mrs|ms|miss|dr|sir|dame|prof)\.?\s+)+")


def _digest(*parts: str) -> str:
    return sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def _segment(value: str) -> str:
    return quote(value, safe="")


def normalise_name(name: str) -> str:
    """A person's name as a key: case-folded, single-spaced, without titles (Cllr, Dr...)."""
    folded = " ".join(name.casefold().replace(".", ". ").split())
    return _TITLES.sub("", folded).strip()


def council(code: str) -> URIRef:
    return ID[f"council/{_segment(code)}"]


def region(name: str) -> URIRef:
    return ID[f"region/{_segment('-'.join(name.lower().split()))}"]


def reorganisation(abolished_code: str) -> URIRef:
    """One reorganisation event per abolished council."""
    return ID[f"reorganisation/{_segment(abolished_code)}"]


def register_dataset() -> URIRef:
    return ID["dataset/register"]


def document(document_id: str) -> URIRef:
    return ID[f"document/{_segment(document_id)}"]


def evidence(document_id: str, start: int, end: int, rule: str) -> URIRef:
    return ID[f"evidence/{_digest(document_id, str(start), str(end), rule)}"]


def partnership(kind: str, members: Iterable[str]) -> URIRef:
    return ID[f"partnership/{_digest(kind, *sorted(set(members)))}"]


def membership(organisation: URIRef, member: URIRef) -> URIRef:
    return ID[f"membership/{_digest(organisation, member)}"]


def shared_post(role: str, councils: Iterable[str]) -> URIRef:
    return ID[f"post/{_digest(role, *sorted(set(councils)))}"]


def person(name: str, council_code: str | None) -> URIRef:
    """A person is a name at a council: two people of one name at two councils stay apart."""
    return ID[f"person/{_digest(normalise_name(name), council_code or '')}"]


def appointment(person_id: URIRef, role: str, council_code: str | None) -> URIRef:
    return ID[f"appointment/{_digest(person_id, role, council_code or '')}"]


def service(name: str) -> URIRef:
    return ID[f"service/{_digest(' '.join(name.casefold().split()))}"]


def saving(
    partnership_id: URIRef, amount: float, period: str | None, evidence_id: URIRef
) -> URIRef:
    return ID[f"saving/{_digest(partnership_id, repr(amount), period or '', evidence_id)}"]


def instant(value: str) -> URIRef:
    """A day, month or year as written in ISO 8601 ("2020", "2020-07", "2020-07-15")."""
    return ID[f"instant/{_segment(value)}"]


def interval(start: str | None, end: str | None) -> URIRef:
    return ID[f"interval/{_segment(start or 'open')}/{_segment(end or 'open')}"]


def register_graph() -> URIRef:
    return ID["graph/register"]


def ontology_graph() -> URIRef:
    return ID["graph/ontology"]


def curated_graph() -> URIRef:
    return ID["graph/curated"]


def document_graph(document_id: str) -> URIRef:
    return ID[f"graph/document/{_segment(document_id)}"]
