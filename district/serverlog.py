"""The district server's own log lines (logger `qadam.district`) and how `serve` formats them.

What is logged: the start (engine and database, never a password), enrolments, one summary
per push and pull (device id, okrug, counts, duration) and every refusal by its reason. What is
never logged: personal data (ИИН, names, record contents) and the device's own name, which
often names its user. Under systemd the lines go to the journal (stderr).
"""

from __future__ import annotations

import logging
import re
import time
from typing import Any

LOGGER = "qadam.district"
LEVELS = ("debug", "info", "warning", "error")
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger(LOGGER)

# A device id is a UUID; a header that is not one is shown as this (it could be anything, even
# a log-forging newline or someone's name).
_DEVICE_ID = re.compile(r"[0-9A-Za-z-]{1,64}")


def device_label(text: str | None) -> str:
    """A device id fit for the log, or '?' for a missing or malformed one."""
    return text if text and _DEVICE_ID.fullmatch(text) else "?"


class UtcFormatter(logging.Formatter):
    """Timestamps in UTC with milliseconds (2026-12-08T01:02:03.456Z): a district's server and
    its devices may sit in different time zones, and the protocol's times are UTC."""

    converter = time.gmtime
    default_time_format = "%Y-%m-%dT%H:%M:%S"
    default_msec_format = "%s.%03dZ"


def log_config(level: str) -> dict[str, Any]:
    """The logging.config dict `serve` gives uvicorn: its lines and ours, one format, stderr.

    uvicorn applies it in every worker process, so `--workers N` logs the same way.
    """
    name = level.upper()
    handler = {"class": "logging.StreamHandler", "formatter": "utc",
               "stream": "ext://sys.stderr"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"utc": {"()": f"{__name__}.UtcFormatter", "fmt": FORMAT}},
        "handlers": {"stderr": handler},
        "loggers": {
            "uvicorn": {"handlers": ["stderr"], "level": name, "propagate": False},
            "uvicorn.error": {"level": name},
            # one line per request: method, path and query (cursors only), status
            "uvicorn.access": {"handlers": ["stderr"], "level": name, "propagate": False},
            LOGGER: {"handlers": ["stderr"], "level": name, "propagate": False},
        },
    }


def seconds_since(start: float) -> str:
    """A duration for the log, from a time.perf_counter() reading."""
    return f"{time.perf_counter() - start:.3f} s"


__all__ = ["FORMAT", "LEVELS", "LOGGER", "UtcFormatter", "device_label", "log", "log_config",
           "seconds_since"]
