"""The log: a rotating file in the per-user data folder, with no personal data in it.

`setup_logging(program)` is called once by the composition root (`desktop/app.py`) and by
the CLI (`desktop/cli.py`). It writes `qadam.log` (2 MiB × 5 files kept) and points
`faulthandler` at `crash.log` in the same folder, so even a crash inside Qt leaves a trace.
`QADAM_LOG_DIR` moves the folder (the tests use it: they never write into the real home).

Personal data never reaches the file:
- the rule for code: log records carry ids, counts and error types, never names; names
  cannot be recognised in free text, so that rule is the protection (and a test drives real
  work and searches the log for the names it used);
- `PersonalDataFilter` masks anything shaped like an ИИН/БИН (12 digits in a row: all but
  the last two become *), and the home folder (on Windows it is named after the person);
- `PrivateFormatter` writes a traceback's code lines but an exception's message only when it
  cannot hold input: for Qadam's own errors the untranslated template (placeholders
  unfilled), for OS errors the reason without the file name, for SQLite its own text, for a
  few programming errors their text; for anything else the type alone.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import platform
import re
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO

from desktop.paths import data_folder

LOG_DIR_ENV = "QADAM_LOG_DIR"
LOG_FILE = "qadam.log"
CRASH_FILE = "crash.log"
MAX_BYTES = 2 * 1024 * 1024
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(process)d %(threadName)s %(name)s: %(message)s"

IIN_LIKE = re.compile(r"(?<!\d)\d{10}(\d{2})(?!\d)")
# Exceptions whose text comes from code, not from what a person typed.
CODE_MESSAGES: tuple[type[BaseException], ...] = (
    AttributeError, NameError, ImportError, TypeError, NotImplementedError, RecursionError,
    MemoryError, TimeoutError,
)

_crash_file: IO[str] | None = None
_handler: logging.Handler | None = None
_faulthandler_before: bool | None = None  # was it on (a test runner's) before ours


def log_folder() -> Path:
    """Where the log files are: $QADAM_LOG_DIR, or `logs` in the per-user data folder."""
    configured = os.environ.get(LOG_DIR_ENV)
    return Path(configured) if configured else data_folder() / "logs"


def mask(text: str) -> str:
    """ИИН-shaped numbers and the home folder masked out of `text`."""
    text = IIN_LIKE.sub(lambda m: "*" * 10 + m.group(1), text)
    home = str(Path.home())
    if len(home) > 1:
        text = text.replace(home, "~")
    return text


def describe(error: BaseException) -> str:
    """One line for `error` that cannot carry personal data (see the module docstring)."""
    kind = type(error).__name__
    template = getattr(error, "message", None)
    if isinstance(template, str) and isinstance(getattr(error, "params", None), dict):
        return f"{kind}: {template}"
    if isinstance(error, OSError):
        return f"{kind}: [Errno {error.errno}] {error.strerror}"
    from desktop.storage.connection import DB_ERRORS

    if isinstance(error, DB_ERRORS + CODE_MESSAGES):
        return f"{kind}: {error}"
    return f"{kind} (its message is not logged: it may hold personal data)"


class PersonalDataFilter(logging.Filter):
    """Masks ИИН and the home folder in the message (arguments merged in first)."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = mask(record.getMessage())
        record.args = None
        return True


class PrivateFormatter(logging.Formatter):
    """Tracebacks as code lines plus `describe()` of each exception in the chain."""

    def format(self, record: logging.LogRecord) -> str:
        # Another handler (stderr, a test's capture) may have cached its own rendering of
        # the exception, message included, on the record: never reuse it.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: tuple[type[BaseException], BaseException, TracebackType | None]
                        ) -> str:  # noqa: N802 - logging's name
        return mask(format_private(ei[1]))

    def formatStack(self, stack_info: str) -> str:  # noqa: N802 - logging's name
        return mask(stack_info)


def format_private(error: BaseException) -> str:
    """The traceback of `error` (and what caused it) without any exception's own text."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain and len(chain) < 10:
        chain.append(current)
        current = current.__cause__ or current.__context__
    parts = []
    for item in reversed(chain):
        frames = "".join(traceback.format_tb(item.__traceback__))
        parts.append(f"Traceback (most recent call last):\n{frames}{describe(item)}")
    return "\nwhich led to:\n".join(parts)


def setup_logging(program: str, folder: Path | None = None, level: int = logging.INFO) -> Path:
    """Send this process's log to the rotating file (once) and turn on faulthandler; returns
    the folder. A folder that cannot be written leaves logging to stderr only."""
    global _crash_file, _handler, _faulthandler_before
    folder = folder or log_folder()
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
        _handler = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
        crash = open(folder / CRASH_FILE, "a", encoding="utf-8")  # noqa: SIM115 - kept open
    except OSError as error:
        logging.getLogger(__name__).warning("no log file: %s", describe(error))
        return folder
    handler.addFilter(PersonalDataFilter())
    handler.setFormatter(PrivateFormatter(FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    _handler = handler
    logging.captureWarnings(True)
    if _crash_file is not None:
        _crash_file.close()
    elif _faulthandler_before is None:
        _faulthandler_before = faulthandler.is_enabled()
    _crash_file = crash
    faulthandler.enable(file=crash, all_threads=True)
    logging.getLogger("qadam").info(
        "%s started: Qadam %s, Python %s, %s", program, _version(), platform.python_version(),
        platform.platform(terse=True))
    return folder


def stop_logging() -> None:
    """Detach the file (tests, and before the log folder is zipped on Windows)."""
    global _handler, _crash_file, _faulthandler_before
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
    if _crash_file is not None:
        faulthandler.disable()
        _crash_file.close()
        _crash_file = None
        if _faulthandler_before and sys.__stderr__ is not None:  # as it was: on, to stderr
            faulthandler.enable(file=sys.__stderr__, all_threads=True)
        _faulthandler_before = None


def flush() -> None:
    if _handler is not None:
        _handler.flush()


def _version() -> str:
    from desktop import __version__

    return __version__


def log_files(folder: Path | None = None) -> list[Path]:
    """The log files there are, newest first (qadam.log, qadam.log.1, …, crash.log)."""
    folder = folder or log_folder()
    names = [LOG_FILE, *(f"{LOG_FILE}.{n}" for n in range(1, BACKUP_COUNT + 1)), CRASH_FILE]
    return [folder / name for name in names if (folder / name).is_file()]


__all__ = [
    "LOG_DIR_ENV",
    "describe",
    "format_private",
    "log_files",
    "log_folder",
    "mask",
    "setup_logging",
    "stop_logging",
]
