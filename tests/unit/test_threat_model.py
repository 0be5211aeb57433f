"""docs/threat-model.md names, for each threat, the test that proves its defence.

Every row of a threat table must carry at least one reference in backticks, `tests/….py` or
`tests/….py::test_name`, and every reference must exist: a renamed or deleted test then fails
here instead of leaving the threat model pointing at nothing. A defence that truly has no
automated test says so with an explicit `untested:` followed by the reason; those are printed
so they stay visible.
"""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
THREAT_MODEL = ROOT / "docs" / "threat-model.md"
# `tests/….py`, `tests/….py::test_name`, `tests/….py::TestClass::test_name`, each maybe with a
# parametrized id `[…]`; the last name is the one looked up.
REFERENCE = re.compile(
    r"`(tests/[^`\s]+?\.py)(?:::(?:[A-Za-z_]\w*::)*([A-Za-z_]\w*)(?:\[[^`]*\])?)?`")
UNTESTED = re.compile(r"\buntested:\s*\S")


def threat_rows(text: str) -> list[str]:
    """The body rows of every Markdown table (header and separator rows left out)."""
    rows: list[str] = []
    in_table = False
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("|"):
            in_table = False
            continue
        if not in_table:  # the header row
            in_table = True
            continue
        if re.fullmatch(r"\|[\s:|-]+\|?", stripped):  # the |---|---| separator
            continue
        rows.append(stripped)
    return rows


def defines_test(path: Path, name: str) -> bool:
    return re.search(rf"^\s*(async\s+)?def {re.escape(name)}\(", path.read_text(encoding="utf-8"),
                     re.MULTILINE) is not None


def problems(text: str, root: Path) -> tuple[list[str], list[str], list[str]]:
    """(rows naming no test, references that do not exist, rows marked untested)."""
    without_test, missing, untested = [], [], []
    for row in threat_rows(text):
        threat = row.strip("|").split("|")[0].strip()
        references = REFERENCE.findall(row)
        if UNTESTED.search(row):
            untested.append(threat)
        elif not references:
            without_test.append(threat)
        for file, name in references:
            path = root / file
            if not path.is_file():
                missing.append(f"{file} (no such file)")
            elif name and not defines_test(path, name):
                missing.append(f"{file}::{name} (no such test)")
    return without_test, missing, untested


def test_every_threat_names_a_test_that_exists() -> None:
    without_test, missing, untested = problems(THREAT_MODEL.read_text(encoding="utf-8"), ROOT)
    for threat in untested:
        print(f"untested (explicitly): {threat}")
    assert not without_test, "threats naming no test:\n" + "\n".join(without_test)
    assert not missing, "references that do not exist:\n" + "\n".join(missing)


def test_the_checker_catches_a_row_without_a_test_and_a_dangling_reference(tmp_path: Path) -> None:
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "test_x.py").write_text("def test_real():\n    pass\n")
    text = (
        "| who | capability | what protects |\n|---|---|---|\n"
        "| A | a | proved (`tests/test_x.py::test_real[case-1]`) |\n"
        "| B | b | nothing named |\n"
        "| C | c | `tests/test_x.py::test_gone`, `tests/test_y.py` |\n"
        "| E | e | `tests/test_x.py::TestX::test_real` |\n"
        "| D | d | untested: needs a real 2G link |\n"
    )
    without_test, missing, untested = problems(text, tmp_path)
    assert without_test == ["B"]
    assert missing == [
        "tests/test_x.py::test_gone (no such test)", "tests/test_y.py (no such file)"]
    assert untested == ["D"]
