"""The layers of docs/architecture.md, enforced: a forbidden import fails this test."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "desktop"

QT_ALLOWED = ("desktop/ui/", "desktop/app.py")
# domain and rules are pure: no storage, sync, SQL or HTTP.
PURE_PACKAGES = ("desktop/domain", "desktop/rules")
FORBIDDEN_IN_PURE = (
    "desktop.storage", "desktop.sync", "desktop.services", "desktop.ui", "desktop.app",
    "sqlite3", "sqlcipher3", "sqlite_utils", "requests", "http", "urllib", "socket",
    "PySide6", "psycopg",
)


def imports_of(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def python_files(*folders: Path) -> list[Path]:
    return sorted(p for folder in folders for p in folder.rglob("*.py"))


def relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_only_the_ui_and_the_composition_root_import_qt() -> None:
    offenders = [
        f"{relative(p)} imports {name}"
        for p in python_files(DESKTOP, ROOT / "district")
        if not relative(p).startswith(QT_ALLOWED)
        for name in imports_of(p)
        if name.split(".")[0] == "PySide6"
    ]
    assert offenders == []


@pytest.mark.parametrize("package", PURE_PACKAGES)
def test_domain_and_rules_stay_pure(package: str) -> None:
    offenders = [
        f"{relative(p)} imports {name}"
        for p in python_files(ROOT / package)
        for name in imports_of(p)
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN_IN_PURE)
    ]
    assert offenders == []


# The sync core both the desktop and the district import: no storage, services, HTTP or Qt.
SYNC_CORE = [
    name for name in ("wire", "merge", "signing", "bundle", "authority", "recovery", "schema")
    if (DESKTOP / "sync" / f"{name}.py").exists()
]
FORBIDDEN_IN_SYNC_CORE = (
    "desktop.storage", "desktop.services", "desktop.ui", "desktop.app", "district",
    "sqlite3", "sqlcipher3", "requests", "httpx", "http", "urllib", "socket", "PySide6",
    "psycopg",
)


@pytest.mark.parametrize("module", SYNC_CORE)
def test_the_sync_core_stays_pure(module: str) -> None:
    path = DESKTOP / "sync" / f"{module}.py"
    offenders = [
        name for name in imports_of(path)
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN_IN_SYNC_CORE)
    ]
    assert offenders == []


def test_the_checker_sees_a_forbidden_import(tmp_path: Path) -> None:
    """Control: the scanner really finds imports, including nested and from-imports."""
    sample = tmp_path / "x.py"
    sample.write_text("def f():\n    from desktop.storage import store\nimport sqlite3\n")
    assert set(imports_of(sample)) == {"desktop.storage", "sqlite3"}


SYNC_PURE = ("wire", "merge", "signing", "bundle", "authority", "recovery", "private_files")
DISTRICT_MAY_IMPORT = tuple(f"desktop.sync.{m}" for m in SYNC_PURE) + ("desktop.domain",)


def test_the_district_server_imports_only_the_shared_pure_desktop_code() -> None:
    offenders = [
        f"{relative(p)} imports {name}"
        for p in python_files(ROOT / "district")
        for name in imports_of(p)
        if name.split(".")[0] == "desktop" and name != "desktop.sync"
        and not any(name == ok or name.startswith(ok + ".") for ok in DISTRICT_MAY_IMPORT)
    ]
    assert offenders == []


@pytest.mark.parametrize("module", SYNC_PURE)
def test_the_shared_sync_modules_stay_pure(module: str) -> None:
    path = DESKTOP / "sync" / f"{module}.py"
    if not path.exists():
        pytest.skip(f"{module}.py is not written yet")
    offenders = [
        name for name in imports_of(path)
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN_IN_PURE
               if f != "desktop.sync") or name.startswith(("district", "fastapi"))
    ]
    assert offenders == []


def test_the_sync_client_speaks_http_but_knows_no_storage() -> None:
    """desktop/sync/client.py is the HTTP half: services.sync drives it with the database;
    desktop/sync/errors.py is pure (the UI translates it)."""
    client = [name for name in imports_of(DESKTOP / "sync" / "client.py")
              if name.startswith(("desktop.storage", "desktop.services", "desktop.ui",
                                  "sqlite", "sqlcipher3", "district", "PySide6"))]
    assert client == []
    errors = [name for name in imports_of(DESKTOP / "sync" / "errors.py")
              if any(name == f or name.startswith(f + ".") for f in FORBIDDEN_IN_PURE)]
    assert errors == []


# The village app installs without the district server's extra (pyproject.toml: qadam[district]).
DISTRICT_EXTRA = ("district", "fastapi", "uvicorn", "psycopg", "psycopg_pool", "starlette",
                  "pydantic")


def test_the_desktop_app_imports_nothing_of_the_district_servers_extra() -> None:
    offenders = [
        f"{relative(p)} imports {name}"
        for p in python_files(DESKTOP)
        for name in imports_of(p)
        if name.split(".")[0] in DISTRICT_EXTRA
    ]
    assert offenders == []
