"""The council questions, answered by the embedded store built from the real register."""

from dataclasses import replace
from datetime import date

import pytest

from councilgraph.errors import InvalidParameter, NotFound
from graph.embedded_repository import EmbeddedRepository
from graph.repository import CouncilQuery

JUNE_2025 = date(2025, 6, 1)
JANUARY_2022 = date(2022, 1, 1)
PRINCIPAL = (
    "county",
    "non_metropolitan_district",
    "unitary",
    "metropolitan_district",
    "london_borough",
    "city_corporation",
)


def count(repository: EmbeddedRepository, **filters: object) -> int:
    return repository.list_councils(CouncilQuery(limit=1, **filters)).count  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("council_type", "expected"),
    [
        ("county", 21),
        ("non_metropolitan_district", 164),
        ("unitary", 63),
        ("metropolitan_district", 36),
        ("london_borough", 32),
        ("city_corporation", 1),
        ("combined_authority", 14),
        ("regional_authority", 1),
    ],
)
def test_councils_of_each_type_in_june_2025(
    repository: EmbeddedRepository, council_type: str, expected: int
) -> None:
    assert count(repository, type=council_type, as_of=JUNE_2025) == expected


def test_england_had_317_principal_councils_in_june_2025(repository: EmbeddedRepository) -> None:
    assert sum(count(repository, type=t, as_of=JUNE_2025) for t in PRINCIPAL) == 317


def test_england_had_333_principal_councils_in_january_2022(
    repository: EmbeddedRepository,
) -> None:
    assert count(repository, type="county", as_of=JANUARY_2022) == 24
    assert count(repository, type="non_metropolitan_district", as_of=JANUARY_2022) == 181
    assert sum(count(repository, type=t, as_of=JANUARY_2022) for t in PRINCIPAL) == 333


def test_northamptonshire_was_gone_by_2022_and_replaced_by_two_unitaries(
    repository: EmbeddedRepository,
) -> None:
    assert count(repository, q="NTH", as_of=JANUARY_2022) == 0
    assert count(repository, q="NTH", as_of=date(2021, 3, 31)) == 1
    county = repository.get_council("NTH")
    assert [c.name for c in county.successors] == [
        "North Northamptonshire Council",
        "West Northamptonshire Council",
    ]
    assert "NTH" in {c.id for c in repository.get_council("WNT").predecessors}


def test_a_council_is_found_by_register_code_or_gss_code(repository: EmbeddedRepository) -> None:
    assert repository.get_council("E10000021").id == "NTH"
    assert repository.get_council("nth").gss == "E10000021"


def test_a_county_lists_its_districts_and_a_district_its_county(
    repository: EmbeddedRepository,
) -> None:
    kent = repository.get_council("KEN")
    assert len(kent.districts) == 12
    assert repository.get_council(kent.districts[0].id).county.id == "KEN"  # type: ignore[union-attr]


def test_a_combined_authority_lists_its_constituents(repository: EmbeddedRepository) -> None:
    birmingham = repository.get_council("BIR")
    assert birmingham.combined_authority is not None
    authority = repository.get_council(birmingham.combined_authority.id)
    assert "BIR" in {c.id for c in authority.constituents}


def test_an_unknown_council_is_not_found(repository: EmbeddedRepository) -> None:
    with pytest.raises(NotFound, match="'XYZ'"):
        repository.get_council("XYZ")


def test_a_name_search_matches_official_short_and_alternative_names(
    repository: EmbeddedRepository,
) -> None:
    page = repository.list_councils(CouncilQuery(q="northamptonshire", limit=20))
    assert {"NTH", "NNT", "WNT", "ENO", "SNR"} <= {c.id for c in page.items}


def test_the_county_filter_accepts_a_gss_code(repository: EmbeddedRepository) -> None:
    page = repository.list_councils(CouncilQuery(county="E10000021", limit=20))
    assert page.count == 7
    assert {c.county for c in page.items} == {"NTH"}


def test_an_unknown_county_is_an_invalid_parameter(repository: EmbeddedRepository) -> None:
    with pytest.raises(InvalidParameter) as failure:
        repository.list_councils(CouncilQuery(county="XYZ"))
    assert failure.value.field == "county"


def test_pages_are_stable_and_add_up_to_the_count(repository: EmbeddedRepository) -> None:
    query = CouncilQuery(type="county", as_of=JUNE_2025, limit=8)
    pages = [repository.list_councils(replace(query, offset=offset)) for offset in (0, 8, 16)]
    ids = [c.id for page in pages for c in page.items]
    assert len(ids) == len(set(ids)) == 21
    names = [c.name for page in pages for c in page.items]
    assert names == sorted(names, key=str.lower)
    assert {page.count for page in pages} == {21}


def test_the_tier_filter(repository: EmbeddedRepository) -> None:
    assert count(repository, tier="upper", as_of=JUNE_2025) == 21
    assert count(repository, tier="lower", as_of=JUNE_2025) == 164


@pytest.mark.parametrize(
    ("limit", "offset", "field"), [(0, 0, "limit"), (501, 0, "limit"), (5, -1, "offset")]
)
def test_out_of_range_paging_is_refused(limit: int, offset: int, field: str) -> None:
    with pytest.raises(InvalidParameter) as failure:
        CouncilQuery(limit=limit, offset=offset)
    assert failure.value.field == field


def test_a_search_that_looks_like_sparql_finds_nothing(repository: EmbeddedRepository) -> None:
    assert count(repository, q='") } UNION { ?s ?p ?o } #') == 0
