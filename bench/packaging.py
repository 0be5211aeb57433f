"""Packaging benchmark: the frozen bundle's size and cold start.

    .venv/bin/python bench/packaging.py                  # freeze installer/qadam.spec first
    .venv/bin/python bench/packaging.py --bundle dist/Qadam   # measure an existing bundle

Prints one JSON object on stdout (progress on stderr):
- bundle_bytes / bundle_mb / files: the one-folder bundle on disk (symbolic links not
  followed), and the largest parts of _internal/;
- version_cold_s: `qadam-cli --version` right after every file of the bundle was evicted from
  the page cache (posix_fadvise DONTNEED: this process's files only, nothing else on the
  machine is touched); version_warm_s: the median of --runs warm runs;
- window_cold_s / window_warm_s: from starting `qadam-cli --self-test 0 kk` to its main
  window shown (the time the self-test reports when `show()` returned and the events were
  processed; it includes creating its throwaway database, ~0.1 s of key derivation);
- freeze_s: the PyInstaller run, when this script froze the bundle.
Offscreen Qt (QT_QPA_PLATFORM=offscreen): a real screen adds the window system's own time.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def freeze(work: Path) -> tuple[Path, float]:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", str(ROOT / "installer" / "qadam.spec"),
                    "--noconfirm", "--log-level", "WARN", "--distpath", str(work / "dist"),
                    "--workpath", str(work / "build")], check=True)
    return work / "dist" / "Qadam", time.perf_counter() - started


def files_of(bundle: Path) -> list[Path]:
    return [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]


def evict(bundle: Path) -> None:
    for path in files_of(bundle):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def timed_version(cli: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([str(cli), "--version"], env=env, check=True, capture_output=True)
    return time.perf_counter() - started


def timed_window(cli: Path, env: dict[str, str]) -> float:
    started = time.time()
    done = subprocess.run([str(cli), "--self-test", "0", "kk"], env=env, check=True,
                          capture_output=True, text=True)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["passed"], report
    return report["shown_at_unix"] - started


def sizes(bundle: Path) -> dict[str, object]:
    files = files_of(bundle)
    total = sum(p.stat().st_size for p in files)
    internal = bundle / "_internal"
    parts: dict[str, int] = {}
    for path in files:
        if internal in path.parents:
            top = path.relative_to(internal).parts[0]
            parts[top] = parts.get(top, 0) + path.stat().st_size
    largest = sorted(parts.items(), key=lambda item: -item[1])[:6]
    return {"bundle_bytes": total, "bundle_mb": round(total / 2**20, 1), "files": len(files),
            "largest_mb": {name: round(size / 2**20, 1) for name, size in largest}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, help="an existing one-folder bundle")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="qadam-bench-") as work:
        result: dict[str, object] = {}
        bundle = args.bundle
        if bundle is None:
            log("freezing installer/qadam.spec ...")
            bundle, result["freeze_s"] = freeze(Path(work))
        cli = bundle / ("qadam-cli.exe" if os.name == "nt" else "qadam-cli")
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=work,
                   XDG_CONFIG_HOME=str(Path(work, "config")))
        result.update(sizes(bundle))
        log("cold and warm starts ...")
        evict(bundle)
        result["version_cold_s"] = timed_version(cli, env)
        result["version_warm_s"] = statistics.median(
            timed_version(cli, env) for _ in range(args.runs))
        evict(bundle)
        result["window_cold_s"] = timed_window(cli, env)
        result["window_warm_s"] = statistics.median(
            timed_window(cli, env) for _ in range(args.runs))
        for key, value in result.items():
            if isinstance(value, float):
                result[key] = round(value, 3)
        print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
