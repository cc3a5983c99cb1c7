"""The embedded backend's relationship answers over the sample documents: one partnership from
two documents, a council declining, and a snapshot that follows the store as documents arrive."""

from datetime import date
from pathlib import Path

from sample_extractions import agreement, update

from graph import build
from graph.embedded_repository import EmbeddedRepository
from graph.relationship_records import PartnershipQuery, RelationshipQuery, SharedPostQuery
from graph.store import GraphStore
from loaders.register_reader import Register


def test_two_documents_make_one_partnership_with_the_newer_status(
    repository: EmbeddedRepository,
) -> None:
    [summary] = repository.list_partnerships(PartnershipQuery(member="BAB")).items
    detail = repository.get_partnership(summary.id, date(2021, 6, 1))
    assert detail.status == "active"  # the 2021 story, over the 2019 report's "agreed"
    assert detail.start == date(2020, 7, 1)  # "2020-07" starts on its first day
    assert len(detail.names) == 2 and detail.name in detail.names
    assert [m.council.id for m in detail.members] == ["BAB", "MSU"]
    assert [(m.council.id, m.status) for m in detail.declined] == [("ESK", "declined")]
    assert {e.document.id for e in detail.evidence} == {"doc-agreement", "doc-update"}
    assert detail.services == ("Planning",)
    assert [s.amount_gbp for s in detail.savings] == [250_000.0]


def test_a_partnership_is_left_out_before_it_starts(repository: EmbeddedRepository) -> None:
    assert repository.list_partnerships(PartnershipQuery(as_of=date(2020, 6, 30))).count == 0
    assert repository.list_partnerships(PartnershipQuery(as_of=date(2020, 7, 1))).count == 1


def test_a_declined_council_has_no_membership_edge(repository: EmbeddedRepository) -> None:
    relationships = repository.council_relationships("ESK", RelationshipQuery()).page.items
    [declined] = [r for r in relationships if r.kind == "partnership"]
    assert declined.status == "declined"
    assert [c.id for c in declined.councils] == ["BAB", "MSU"]


def test_the_snapshot_follows_documents_added_to_a_writable_store(
    tmp_path: Path, register: Register
) -> None:
    with GraphStore.open(tmp_path / "store") as store:
        build.load_ontology(store)
        build.load_register(store, register)
        repository = EmbeddedRepository(store)
        assert repository.shared_chief_executives(SharedPostQuery()).count == 0
        build.load_extraction(store, agreement(), register)
        [group] = repository.shared_chief_executives(SharedPostQuery()).items
        assert [c.id for c in group.councils] == ["BAB", "MSU"]
        build.load_extraction(store, update(), register)
        assert repository.list_documents(10, 0).count == 2
        assert [d.id for d in repository.list_documents(10, 0).items] == [
            "doc-update",
            "doc-agreement",
        ]
