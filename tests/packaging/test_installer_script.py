"""installer/qadam.iss compiles, installs per user, upgrades in place and uninstalls leaving the
data, in Kazakh: Inno Setup's own compiler and setup programs, run under wine.

What this proves on Linux, and what it cannot: the script and our Kazakh.isl are valid for
the real compiler; the setup it makes installs without administrator rights into
%LOCALAPPDATA%\\Programs\\Qadam, makes the Start-menu shortcuts with Kazakh names, replaces the
program files on an upgrade (a file of the old version does not survive) and uninstalls
without touching %LOCALAPPDATA%\\Qadam (the database). The payload is a placeholder (a
PyInstaller bundle for Windows cannot be built on Linux): that the real Windows bundle starts
once installed is for .github/workflows/windows-installer.yml.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.innosetup import InnoSetup, inno_setup, windows_path

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
# Fixed forever: an upgrade finds the installed copy by it. A change here is a mistake.
APP_ID = "{{9F66D8A5-A98D-43BE-B287-31FA0392F2B4}"
PLACEHOLDERS = re.compile(r"%\d|%n|\[[a-z/]+\]")
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


@pytest.fixture(scope="module")
def inno(tmp_path_factory: pytest.TempPathFactory) -> InnoSetup:
    return inno_setup(tmp_path_factory.mktemp("wine") / "prefix")


def messages(path: Path) -> dict[str, str]:
    """name → text of an .isl file's [Messages] and [CustomMessages]."""
    found, section = {}, ""
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        if line.startswith("["):
            section = line.strip()
        elif section in ("[Messages]", "[CustomMessages]") and "=" in line and line[0] != ";":
            name, _, text = line.partition("=")
            found[name] = text
    return found


def test_kazakh_messages_cover_every_english_one_in_kazakh(inno: InnoSetup) -> None:
    english = messages(inno.compiler_folder / "Default.isl")
    kazakh = messages(INSTALLER / "Kazakh.isl")
    assert set(kazakh) == set(english)
    checked = 0
    for name, text in english.items():
        same_placeholders = sorted(PLACEHOLDERS.findall(kazakh[name]))
        assert same_placeholders == sorted(PLACEHOLDERS.findall(text)), name
        words = PLACEHOLDERS.sub("", text).strip(" .:()-%,")
        if re.search(r"[A-Za-z]{3}", words) and name not in {"ButtonOK", "ErrorRestartReplace"}:
            assert re.search("[а-яәғқңөұүһі]", kazakh[name], re.IGNORECASE), name
            checked += 1
    assert checked > 250
    assert sum(any(c in KAZAKH_LETTERS for c in t) for t in kazakh.values()) > 200


def test_the_script_is_per_user_with_a_fixed_app_id_and_never_names_the_data() -> None:
    script = (INSTALLER / "qadam.iss").read_text(encoding="utf-8")
    settings = dict(re.findall(r"^(\w+)=(.*)$", script, re.MULTILINE))
    assert settings["AppId"] == APP_ID
    assert settings["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in settings  # no "all users" offer
    code = "\n".join(line for line in script.splitlines() if not line.startswith(";"))
    # %LOCALAPPDATA%\Qadam (desktop/cli.py default_database) holds the data: never named.
    assert not re.search(r"\{localappdata\}\\Qadam", code, re.IGNORECASE)
    assert "[UninstallDelete]" not in code


def payload(folder: Path, version: str) -> Path:
    """A stand-in for the one-folder bundle: the two programs and an _internal folder."""
    (folder / "_internal").mkdir(parents=True)
    (folder / "Qadam.exe").write_text(f"placeholder {version}")
    (folder / "qadam-cli.exe").write_text(f"placeholder {version}")
    (folder / "_internal" / "version.txt").write_text(version)
    return folder


def build_setup(inno: InnoSetup, tmp_path: Path, version: str) -> Path:
    bundle = payload(tmp_path / f"bundle-{version}", version)
    out = tmp_path / f"out-{version}"
    done = inno.compile(INSTALLER / "qadam.iss", BundleDir=windows_path(bundle),
                        OutputDir=windows_path(out), AppVersion=version, Compression="none")
    assert done.returncode == 0, done.stdout + done.stderr
    return out / f"qadam-setup-{version}.exe"


def install(inno: InnoSetup, setup: Path, tmp_path: Path, name: str) -> None:
    log = tmp_path / f"{name}.log"
    done = inno.run_windows_program(setup, "/VERYSILENT", "/CURRENTUSER", "/SUPPRESSMSGBOXES",
                                    "/NORESTART", "/LANG=kk", f"/LOG={windows_path(log)}")
    assert done.returncode == 0, log.read_text(encoding="utf-8-sig", errors="replace")


def test_install_upgrade_in_place_and_uninstall_keep_the_data(
        inno: InnoSetup, tmp_path: Path) -> None:
    install(inno, build_setup(inno, tmp_path, "0.1.0"), tmp_path, "install")
    local = inno.user_folder("AppData/Local")
    program = local / "Programs" / "Qadam"
    assert (program / "_internal" / "version.txt").read_text() == "0.1.0"
    for notice in ("LICENSE", "THIRD_PARTY_NOTICES.md", "licenses/LGPL-3.0.txt"):
        assert (program / notice).is_file(), notice
    menu = inno.user_folder("AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Qadam")
    assert {p.name for p in menu.glob("*.lnk")} == {"Qadam.lnk", "Qadam бағдарламасын жою.lnk"}

    # The user works: the data folder fills; an old file lies among the program's.
    data = local / "Qadam"
    data.mkdir()
    (data / "qadam.db").write_bytes(b"the village's records")
    (program / "_internal" / "old-version-only.dll").write_text("stale")

    install(inno, build_setup(inno, tmp_path, "0.2.0"), tmp_path, "upgrade")
    assert (program / "_internal" / "version.txt").read_text() == "0.2.0"
    assert not (program / "_internal" / "old-version-only.dll").exists()
    assert (data / "qadam.db").read_bytes() == b"the village's records"

    done = inno.run_windows_program(program / "unins000.exe", "/VERYSILENT", "/SUPPRESSMSGBOXES")
    assert done.returncode == 0, done.stderr
    assert not program.exists() and not menu.exists()
    assert (data / "qadam.db").read_bytes() == b"the village's records"


def test_the_windows_workflow_builds_with_this_spec_and_script() -> None:
    """The Windows job (which this machine cannot run) uses the files tested here."""
    import yaml

    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "windows-installer.yml")
                              .read_text(encoding="utf-8"))
    job = workflow["jobs"]["installer"]
    assert job["runs-on"].startswith("windows")
    script = "\n".join(step.get("run", "") for step in job["steps"])
    for needed in ("installer/qadam.spec", "installer\\qadam.iss", "/VERYSILENT", "/CURRENTUSER",
                   "--version", "calc youth-practice", "--self-test", "unins000.exe"):
        assert needed in script, needed
    assert (ROOT / "installer" / "qadam.spec").is_file()
