"""Names of the district and the rural okrug a settlement belongs to, in Kazakh and Russian.

Printed forms name the employment centre by its district and the akim by his okrug. The names
come from the territory list the district publishes with its settlements
(`desktop/resources/demo/settlements.yaml` for now); a code not in the list is printed as its КАТО.
"""

from __future__ import annotations

import functools

from desktop.services.demo_data import load_territory


@functools.cache
def _names() -> dict[str, dict[str, str]]:
    territory = load_territory()
    units = [territory.get("district") or {}, *(territory.get("okrugs") or [])]
    return {unit["kato"]: {"kk": unit["name_kk"], "ru": unit["name_ru"]}
            for unit in units if unit.get("kato")}


def _named(kato: str) -> dict[str, str]:
    return _names().get(kato) or {"kk": f"ӘАОЖ {kato}", "ru": f"КАТО {kato}"}


def district_names(settlement_kato: str | None) -> dict[str, str]:
    """The district (its 4 first КАТО digits) of a settlement: language → name."""
    return _named((settlement_kato or "0000")[:4] + "00000")


def okrug_names(settlement_kato: str | None) -> dict[str, str]:
    """The rural okrug (its 6 first КАТО digits) of a settlement: language → name."""
    return _named((settlement_kato or "000000")[:6] + "000")
