"""No personal data reaches the logs: names and ИИН stay inside the encrypted database."""

from __future__ import annotations

import logging

import pytest

from desktop.services.applicants import (
    ApplicantError,
    ApplicantInput,
    find_applicants,
    register_applicant,
)
from desktop.services.demo_data import create_demo_data
from desktop.storage.audit import verify
from desktop.storage.store import Store


def test_everyday_work_logs_no_names_or_iin(store: Store, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    create_demo_data(store, 60, seed=3)
    person = find_applicants(store, "", limit=1)[0]
    find_applicants(store, person["last_name"][:3])
    with pytest.raises(ApplicantError):  # a duplicate ИИН: the error names the person…
        register_applicant(store, ApplicantInput(person["iin"], "Басқа", "Адам"))
    verify(store.db)
    logged = "\n".join(record.getMessage() for record in caplog.records)
    # …but only to the person at the screen, never into a log.
    for secret in (person["iin"], person["last_name"], person["first_name"]):
        assert secret not in logged
