"""КАТО codes: parsing settlements and deciding which okrug or district they belong to."""

from __future__ import annotations

import pytest

from desktop.domain.kato import Kato, KatoError, is_within, parse_kato


def test_settlement_code_splits_into_parts() -> None:
    kato = parse_kato("634 603 100")
    assert kato == Kato("634603100", "63", "46", "03", "100")
    assert kato.okrug_code == "634603000"
    assert kato.district_code == "634600000"
    assert kato.region_code == "630000000"
    assert kato.level == "settlement"


def test_levels_follow_trailing_zero_parts() -> None:
    assert parse_kato("634603000").level == "okrug"
    assert parse_kato("634600000").level == "district"
    assert parse_kato("630000000").level == "region"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("63460310", "length"),
        ("6346031000", "length"),
        ("", "length"),
        ("63460310A", "not_digits"),
        ("004603100", "structure"),
    ],
)
def test_bad_codes_are_rejected(text: str, code: str) -> None:
    with pytest.raises(KatoError) as caught:
        parse_kato(text)
    assert caught.value.code == code
    assert str(caught.value)


def test_settlement_is_within_its_okrug_district_and_region() -> None:
    for scope in ("634603000", "634600000", "630000000", "634603100"):
        assert is_within("634603100", scope)


def test_settlement_is_not_within_a_neighbouring_okrug() -> None:
    assert not is_within("634605100", "634603000")
    assert not is_within("634603100", "634603200")
    assert not is_within("634603100", "634700000")


def test_zeros_inside_a_part_are_not_wildcards() -> None:
    # Okrug "30" must not act as the prefix "3" and swallow okrug "31".
    assert is_within("634630100", "634630000")
    assert not is_within("634631100", "634630000")
    # District "40" must not swallow district "41".
    assert not is_within("634100100", "634000000")


def test_okrug_is_within_its_district_but_not_the_reverse() -> None:
    assert is_within("634603000", "634600000")
    assert not is_within("634600000", "634603000")
