"""/v1/documents and /v1/documents/{id} on the real register and corpus."""

from fastapi.testclient import TestClient
from fixtures_corpus import GoldDocument


def test_every_corpus_document_is_listed_newest_first(
    corpus_client: TestClient, corpus_gold: list[GoldDocument]
) -> None:
    body = corpus_client.get("/v1/documents", params={"limit": "500"}).json()
    assert {d["id"] for d in body["data"]} == {doc.id for doc in corpus_gold}
    assert body["count"] == len(corpus_gold)
    dates = [d["date"] for d in body["data"] if d["date"]]
    assert dates == sorted(dates, reverse=True)
    undated = [d["date"] is None for d in body["data"]]
    assert undated == sorted(undated)


def test_a_document_has_its_text_and_facts_whose_spans_quote_it(
    corpus_client: TestClient, corpus_gold: list[GoldDocument]
) -> None:
    with_facts = 0
    for doc in corpus_gold:
        detail = corpus_client.get(f"/v1/documents/{doc.id}").json()
        assert detail["text"]
        evidence = [e for fact in detail["facts"] for e in fact["evidence"]]
        assert all(e["document"]["id"] == doc.id for e in evidence)
        assert all(detail["text"][slice(*e["span"])] == e["quote"] for e in evidence)
        with_facts += bool(detail["facts"])
    assert with_facts >= len(corpus_gold) // 2


def test_the_councils_of_its_facts_are_among_those_it_mentions(
    corpus_client: TestClient, corpus_gold: list[GoldDocument]
) -> None:
    for doc in corpus_gold:
        detail = corpus_client.get(f"/v1/documents/{doc.id}").json()
        mentioned = {c["id"] for c in detail["mentions"]}
        in_facts = {c["id"] for f in detail["facts"] for c in f["councils"] + f["declined"]}
        assert in_facts <= mentioned, (detail["title"], in_facts - mentioned)


def test_pages_of_documents(corpus_client: TestClient, corpus_gold: list[GoldDocument]) -> None:
    everything = corpus_client.get("/v1/documents", params={"limit": 500}).json()["data"]
    page = corpus_client.get("/v1/documents", params={"limit": 2, "offset": 1}).json()
    assert page["data"] == everything[1:3]
    assert page["count"] == len(corpus_gold)
