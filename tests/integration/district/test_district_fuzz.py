"""The API fuzzed from its own OpenAPI document: no 5xx, every answer as documented.

Requests are signed as sent (a requests auth over the prepared request), so the fuzzer reaches
the push and pull logic, not just the signature check.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from district.app import create_app
from tests.integration.district.conftest import District
from tests.integration.district.district_helpers import Device, SignAuth

# The document needs no database: only the routes and models.
schema = schemathesis.openapi.from_dict(create_app("sqlite:///:memory:").openapi())

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance,
          response_schema_conformance]


@pytest.fixture(scope="module")
def fuzz_device(district: District) -> Device:
    return district.device(None)  # a district device: every table may be written


@schema.parametrize()
@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_the_api_answers_as_documented(case: schemathesis.Case, district: District,
                                       fuzz_device: Device) -> None:
    case.call_and_validate(base_url=district.base_url, auth=SignAuth(fuzz_device),
                           checks=CHECKS, timeout=30)


# Valid bodies only, so the fuzzer's pushes reach the merge and authority code.
positive = schemathesis.openapi.from_dict(create_app("sqlite:///:memory:").openapi())
positive.config.generation.update(modes=[schemathesis.GenerationMode.POSITIVE])


@positive.include(path="/v1/push").parametrize()
@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_valid_pushes_are_answered_as_documented(case: schemathesis.Case, district: District,
                                                 fuzz_device: Device) -> None:
    for entry in case.body["entries"]:
        entry["d"] = fuzz_device.device_id  # the device's own changes, as a device pushes
    case.call_and_validate(base_url=district.base_url, auth=SignAuth(fuzz_device),
                           checks=CHECKS, timeout=30)
