""".ci/run installs PostgreSQL's binaries, wine with a virtual display and Inno Setup's compiler
when they are missing, then runs the one test command.

The script runs for real, with the system commands it calls (id, sudo, apt-get, dpkg, mkdir,
tee, npm, tar, python3) replaced by stubs on PATH that write down how they were called: nothing
is installed and no PostgreSQL or wine is touched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STUBBED = ("sudo", "apt-get", "dpkg", "mkdir", "tee", "npm", "tar", "python3")
WINE_PACKAGES = "--no-install-recommends wine wine32:i386 wine64 xvfb xauth"


def run_ci(tmp_path: Path, *, uid: int, with_sudo: bool = True, initdb: bool = False,
           env_url: str | None = None, wine: bool = True, innosetup: bool = True) -> list[str]:
    clone = tmp_path / "clone"
    (clone / ".ci").mkdir(parents=True)
    shutil.copy(ROOT / ".ci" / "run", clone / ".ci" / "run")
    binaries = tmp_path / "pg"
    if initdb:
        (binaries / "16" / "bin").mkdir(parents=True)
        (binaries / "16" / "bin" / "initdb").write_text("")
    stubs, log = tmp_path / "stubs", tmp_path / "calls.log"
    stubs.mkdir()
    stub = '#!/bin/bash\necho "$(basename "$0") $* ${DEBIAN_FRONTEND:+[noninteractive]}" >> {log}\n'
    for name in STUBBED:
        if name == "sudo" and not with_sudo:
            continue
        body = stub.replace("{log}", str(log)) + ('exec "$@"\n' if name == "sudo" else "")
        (stubs / name).write_text(body)
        (stubs / name).chmod(0o755)
    (stubs / "id").write_text(f"#!/bin/bash\necho {uid}\n")
    (stubs / "id").chmod(0o755)
    for present in ("stub-wine", "stub-xvfb-run"):  # what wine and xvfb-run are looked up as
        (stubs / present).write_text("#!/bin/bash\n")
        (stubs / present).chmod(0o755)
    env = {"PATH": f"{stubs}:/usr/bin:/bin", "HOME": str(tmp_path),
           "QADAM_POSTGRES_BINARIES": str(binaries),
           "QADAM_WINE": "stub-wine" if wine else "no-such-wine",
           "QADAM_XVFB_RUN": "stub-xvfb-run"}
    if innosetup:
        env["QADAM_INNOSETUP"] = str(tmp_path / "innosetup")
    if env_url:
        env["QADAM_TEST_POSTGRES"] = env_url
    # Without sudo on PATH the real one in /usr/bin must not be found either.
    if not with_sudo:
        env["PATH"] = f"{stubs}:{_path_without('sudo', stubs)}"
    bash = shutil.which("bash") or "/bin/bash"
    done = subprocess.run([bash, str(clone / ".ci" / "run")], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    calls = log.read_text().splitlines() if log.exists() else []
    return [c.strip() for c in calls]


def _path_without(command: str, stubs: Path) -> str:
    """A PATH of copies of bash's needs (dirname, basename, env, ...) without `command`."""
    bin_dir = stubs.parent / "bin"
    bin_dir.mkdir(exist_ok=True)
    for tool in ("bash", "dirname", "basename", "env", "cat", "grep"):
        found = shutil.which(tool, path="/usr/bin:/bin")
        if found and not (bin_dir / tool).exists():
            os.symlink(found, bin_dir / tool)
    assert shutil.which(command, path=str(bin_dir)) is None
    return str(bin_dir)


def test_as_root_without_postgres_it_installs_the_package_then_tests(tmp_path: Path) -> None:
    calls = run_ci(tmp_path, uid=0)
    assert calls[-1] == "python3 dev.py test"
    assert "apt-get update -qq" in calls
    assert "apt-get install -y -qq postgresql [noninteractive]" in calls
    # No cluster of Debian's own: the fixture makes one on a free port.
    assert "tee /etc/postgresql-common/createcluster.d/qadam-ci.conf" in calls
    assert calls.index("tee /etc/postgresql-common/createcluster.d/qadam-ci.conf") < (
        calls.index("apt-get install -y -qq postgresql [noninteractive]"))
    assert not any(c.startswith("sudo") for c in calls)


def test_as_another_user_it_installs_through_sudo(tmp_path: Path) -> None:
    calls = run_ci(tmp_path, uid=1000)
    assert "sudo apt-get update -qq" in calls
    assert "sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql" in calls
    assert calls[-1] == "python3 dev.py test"


def test_without_sudo_it_still_runs_the_tests(tmp_path: Path) -> None:
    calls = run_ci(tmp_path, uid=1000, with_sudo=False)
    assert calls == ["python3 dev.py test"]


@pytest.mark.parametrize("case", ["binaries installed", "server given"])
def test_nothing_is_installed_when_postgres_is_there(tmp_path: Path, case: str) -> None:
    if case == "binaries installed":
        calls = run_ci(tmp_path, uid=0, initdb=True)
    else:
        calls = run_ci(tmp_path, uid=0, env_url="postgresql://postgres@127.0.0.1:1/postgres")
    assert calls == ["python3 dev.py test"]


def test_as_root_without_wine_it_installs_wine_and_a_virtual_display(tmp_path: Path) -> None:
    calls = run_ci(tmp_path, uid=0, initdb=True, wine=False)
    assert calls.index("dpkg --add-architecture i386") < calls.index("apt-get update -qq")
    assert f"apt-get install -y -qq {WINE_PACKAGES} [noninteractive]" in calls
    assert calls[-1] == "python3 dev.py test"


def test_as_another_user_wine_comes_through_sudo(tmp_path: Path) -> None:
    calls = run_ci(tmp_path, uid=1000, initdb=True, wine=False)
    assert "sudo dpkg --add-architecture i386" in calls
    assert ("sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "
            f"{WINE_PACKAGES}") in calls


def test_without_the_compiler_it_unpacks_the_npm_package_into_the_cache(tmp_path: Path) -> None:
    calls = run_ci(tmp_path, uid=0, initdb=True, innosetup=False)
    cache = tmp_path / ".cache" / "qadam-ci" / "innosetup"
    assert calls == [
        f"mkdir -p {cache}",
        f"npm pack --silent --pack-destination {cache} innosetup@6.4.1",
        f"tar xzf {cache}/innosetup-6.4.1.tgz -C {cache}",
        "python3 dev.py test",
    ]
