"""The generated vocabulary agrees with the domain model and refuses unknown terms."""

from typing import get_args

import pytest

from graph import model
from graph.vocab import (
    CG,
    CLASSES,
    COUNCIL_TYPES,
    MEMBERSHIP_STATUSES,
    PARTNERSHIP_KINDS,
    ROLES,
    SUPERCLASSES,
    TIERS,
)


@pytest.mark.parametrize(
    ("literal", "codes"),
    [
        (model.CouncilType, COUNCIL_TYPES),
        (model.Tier, TIERS),
        (model.Status, MEMBERSHIP_STATUSES),
        (model.PartnershipKind, PARTNERSHIP_KINDS),
        (model.Role, ROLES),
    ],
)
def test_every_model_value_has_an_ontology_term(literal: object, codes: dict) -> None:
    assert set(get_args(literal)) <= set(codes)


def test_unknown_terms_raise_instead_of_minting_a_uri() -> None:
    with pytest.raises(AttributeError):
        _ = CG.CountyCouncel


def test_council_kinds_are_councils() -> None:
    assert CG.Council in SUPERCLASSES[COUNCIL_TYPES["county"]]
    assert CG.PrincipalCouncil in SUPERCLASSES[CG.LondonBoroughCouncil]
    assert CG.PrincipalCouncil not in SUPERCLASSES[CG.CombinedAuthority]
    assert set(COUNCIL_TYPES.values()) <= CLASSES
