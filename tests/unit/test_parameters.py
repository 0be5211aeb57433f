"""Dated parameters: the value in force on a date, refused before the first value."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.resources import RESOURCES
from desktop.rules.parameters import ParameterError, load_rules

RULES = load_rules(RESOURCES / "rules")


@pytest.mark.parametrize(
    "on, expected",
    [
        (date(2011, 1, 1), "1512"),
        (date(2020, 3, 31), "2651"),
        (date(2020, 4, 1), "2778"),  # the mid-year rise
        (date(2022, 3, 31), "3063"),
        (date(2022, 4, 1), "3180"),  # the 2022 benefits value
        (date(2026, 11, 24), "4325"),
    ],
)
def test_mrp_in_force_on_a_date(on: date, expected: str) -> None:
    assert RULES.value("mrp", on) == Decimal(expected)


def test_a_date_before_the_first_value_is_refused() -> None:
    with pytest.raises(ParameterError, match="no value before 2011-01-01"):
        RULES.value("mrp", date(2010, 12, 31))


def test_an_unknown_parameter_is_refused() -> None:
    with pytest.raises(ParameterError, match="no rule parameter"):
        RULES.value("no_such_thing", date(2020, 1, 1))


def test_every_parameter_says_where_it_comes_from() -> None:
    for name in RULES.names():
        parameter = RULES.parameter(name)
        assert parameter.description and parameter.unit and parameter.reference, name


def test_numbers_are_decimals_not_floats(tmp_path: Path) -> None:
    (tmp_path / "x.yaml").write_text(
        "rate:\n  description: d\n  unit: '%'\n  reference: '§1'\n"
        "  values:\n    2013-01-01: 17.2\n    2014-01-01: '0.1'\n", encoding="utf-8")
    rules = load_rules(tmp_path)
    assert rules.value("rate", date(2013, 6, 1)) == Decimal("17.2")
    assert rules.value("rate", date(2014, 6, 1)) == Decimal("0.1")


def test_the_version_changes_when_a_parameter_does(tmp_path: Path) -> None:
    body = "x:\n  description: d\n  unit: u\n  reference: r\n  values:\n    2013-01-01: '{}'\n"
    (tmp_path / "x.yaml").write_text(body.format(1), encoding="utf-8")
    first = load_rules(tmp_path).version
    (tmp_path / "x.yaml").write_text(body.format(2), encoding="utf-8")
    assert load_rules(tmp_path).version != first


def test_a_parameter_without_its_source_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.yaml").write_text(
        "x:\n  description: d\n  unit: u\n  values:\n    2013-01-01: 1\n", encoding="utf-8")
    with pytest.raises(ValueError, match="lacks reference"):
        load_rules(tmp_path)
