"""The README's fenced shell commands work as written, from a fresh clone, in order.

The repository's HEAD is cloned into a temporary folder and every line of every ```sh block of
its README runs there with bash, in a clean environment (no PYTHONPATH, a home of its own,
QADAM_PASSPHRASE set as the README says the headless commands read it).

What is not exactly as written, and why:
- The clone's `.venv` is a link to the venv running this test, already installed by dev.py:
  dev.py finds its install stamp for the same pyproject.toml and installs nothing. What is
  tested is the commands, their syntax and their modules, not pip (the wheel tests install
  from scratch). The `qadam` and `qadam-district` scripts of that venv run the checkout this
  venv was installed from, which is the clone's HEAD.
- A test machine has no 10.0.0.5: addresses become 127.0.0.1, port 8443 a free port, and the
  README's example enrolment code the code `enrolment-code` has just printed.
- `python3 dev.py run` opens the app and waits for a person: it must create the demo database,
  say it opens the app, and still be running 5 s later (the unlock dialog, offscreen); then
  it is stopped. `python3 dev.py test` runs with PYTEST_ADDOPTS=--collect-only: it must pass
  ruff and collect the suite (running the whole suite inside itself would double CI's time).
- `qadam-district serve` runs in the background and must answer on its port before the next
  line runs; it is stopped at the end.
"""

from __future__ import annotations

import os
import re
import shlex
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.packaging import PASSPHRASE, clean_env

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_CODE = "7K3M-Q9XA-4FDR-0WZP"


def readme_commands(readme: Path) -> list[str]:
    """Every command of the ```sh blocks: continuation lines joined, comments dropped (shlex)."""
    commands: list[str] = []
    for block in re.findall(r"^```sh\n(.*?)^```", readme.read_text(encoding="utf-8"),
                            re.MULTILINE | re.DOTALL):
        pending = ""
        for line in block.splitlines():
            if line.rstrip().endswith("\\"):
                pending += line.rstrip()[:-1] + " "
                continue
            words = shlex.split(pending + line, comments=True)
            pending = ""
            if words:
                commands.append(shlex.join(words))
    return commands


def test_the_command_reader_joins_continuations_and_skips_comments(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text("text\n```sh\n# a comment\nls -l \\\n    /tmp   # why\n\necho hi\n```\n"
                      "```python\nprint(1)\n```\n")
    assert readme_commands(readme) == ["ls -l /tmp", "echo hi"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port: int, process: subprocess.Popen[str], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, f"the server exited: {process.communicate()}"
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise AssertionError(f"nothing answers on port {port}")


def stop(process: subprocess.Popen[str]) -> str:
    """Stop a command and everything it started (its own process group); its output."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
    return process.communicate()[0] or ""


@pytest.fixture
def clone(tmp_path: Path) -> Iterator[Path]:
    """HEAD cloned into tmp_path, its .venv linked to this test's dev.py-installed venv."""
    sys.path.insert(0, str(ROOT))
    import dev  # noqa: PLC0415  (dev.py is a script at the root, not a package module)

    venv = Path(sys.prefix)
    if venv.resolve() != dev.VENV.resolve():
        pytest.fail(f"run through python3 dev.py test (this Python is not {dev.VENV})")
    folder = tmp_path / "clone"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(folder)], check=True)
    digest = dev.hashlib.sha256((folder / "pyproject.toml").read_bytes()
                                + (folder / "setup.py").read_bytes()).hexdigest()
    installed = (venv / ".qadam-installed").read_text().split()
    if not dev.installed_covers(installed, digest, dev.TEST_EXTRAS):
        pytest.fail("HEAD's pyproject.toml or setup.py differ from what .venv was installed "
                    "from: commit them and run python3 dev.py test")
    (folder / ".venv").symlink_to(venv, target_is_directory=True)
    yield folder


def test_the_readme_commands_work_from_a_fresh_clone(clone: Path, tmp_path: Path) -> None:
    commands = readme_commands(clone / "README.md")
    assert commands[:2] == ["python3 dev.py run", "python3 dev.py test"]
    env = clean_env(tmp_path / "home", QADAM_PASSPHRASE=PASSPHRASE)
    port = str(free_port())
    code = EXAMPLE_CODE
    background: list[subprocess.Popen[str]] = []
    try:
        for written in commands:
            line = (written.replace("10.0.0.5", "127.0.0.1").replace("0.0.0.0", "127.0.0.1")
                    .replace("8443", port).replace(EXAMPLE_CODE, code))
            if line.startswith("python3 dev.py run"):
                check_dev_run(line, clone, env)
            elif " serve " in line:
                server = start(line, clone, env)
                background.append(server)
                wait_for_port(int(port), server)
            else:
                extra = {"PYTEST_ADDOPTS": "--collect-only -q"} if "dev.py test" in line else {}
                done = subprocess.run(["bash", "-c", line], cwd=clone, env={**env, **extra},
                                      capture_output=True, text=True, timeout=600)
                assert done.returncode == 0, f"{written}\n{done.stdout}\n{done.stderr}"
                if "enrolment-code" in line:
                    code = done.stdout.strip().splitlines()[-1]
                if "dev.py test" in line:
                    assert re.search(r"\d+ tests collected", done.stdout), done.stdout[-2000:]
    finally:
        for process in background:
            stop(process)
    assert code != EXAMPLE_CODE  # the enrolment really used a code the server issued


def start(line: str, cwd: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(["bash", "-c", f"exec {line}"], cwd=cwd, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            start_new_session=True)


def check_dev_run(line: str, clone: Path, env: dict[str, str]) -> None:
    process = start(line, clone, env)
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(process.stdout or []), daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 300
        while not any(text.startswith("Opening Qadam") for text in list(lines)):
            assert process.poll() is None, f"dev.py run exited: {''.join(lines)}"
            assert time.monotonic() < deadline, f"the app did not open: {''.join(lines)}"
            time.sleep(0.5)
        time.sleep(5)  # the app starts and waits in its unlock dialog (offscreen)
        assert process.poll() is None, f"the app exited: {''.join(lines)}"
    finally:
        stop(process)
        reader.join(timeout=10)
    assert (clone / ".demo" / "qadam-demo.db").is_file()
