"""The parties' obligations a social contract gets, from `desktop/resources/forms/obligations.yaml`.

The template is per direction and per measure, in Kazakh and Russian, each obligation citing
its decree section. `{months}` in a text is filled from the measure's rule parameter (the same
parameter the calculation uses), so the contract's words and its schedule agree.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from desktop.resources import RESOURCES

TEMPLATE = RESOURCES / "forms" / "obligations.yaml"
PARTIES = ("participant", "centre")


@dataclass(frozen=True)
class ObligationTemplate:
    code: str
    party: str  # participant | centre
    section: str  # the decree section it rests on, e.g. "§4.3.1"
    ru: str
    kk: str
    due_at_end: bool  # due on the contract's last day

    def text(self, language: str, months: int | None) -> str:
        wording = self.kk if language == "kk" else self.ru
        return wording.replace("{months}", str(months)) if months is not None else wording


@functools.cache
def load_templates(path: Path = TEMPLATE) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    return data


def _template(entry: dict[str, Any]) -> ObligationTemplate:
    if entry["party"] not in PARTIES:
        raise ValueError(f"obligation {entry['code']}: unknown party {entry['party']}")
    return ObligationTemplate(entry["code"], entry["party"], str(entry["section"]),
                              entry["ru"].strip(), entry["kk"].strip(),
                              entry.get("due") == "end")


def obligations_for(direction: str, measure: str | None) -> list[ObligationTemplate]:
    """The common obligations, then the direction's, then the measure's, in template order."""
    data = load_templates()
    entries = [*data["common"], *(data["directions"].get(str(direction)) or []),
               *(data["measures"].get(measure or "") or [])]
    return [_template(entry) for entry in entries]
