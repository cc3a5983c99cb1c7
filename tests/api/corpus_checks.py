"""Checks the relationship tests share: which gold documents state a fact, and whether a piece
of evidence quotes its document exactly at its span."""

from __future__ import annotations

from fastapi.testclient import TestClient
from fixtures_corpus import GoldDocument


def documents_sharing_a_chief_executive(gold: list[GoldDocument], *gss: str) -> set[str]:
    """Ids of the documents whose gold says these councils share a chief executive."""
    wanted = set(gss)
    return {
        doc.id
        for doc in gold
        if any(wanted <= set(group) for group in doc.gold["shared_chief_executive"])  # type: ignore[union-attr]
    }


def quotes_its_document(client: TestClient, evidence: dict) -> bool:
    """The evidence's quote is the document's text at the evidence's span."""
    document = client.get(f"/v1/documents/{evidence['document']['id']}").json()
    start, end = evidence["span"]
    return document["text"][start:end] == evidence["quote"]


def group_of(groups: list[dict], *gss: str) -> dict | None:
    """The group whose councils are exactly these (by GSS code), if listed."""
    for group in groups:
        if {c["gss"] for c in group["councils"]} == set(gss):
            return group
    return None
