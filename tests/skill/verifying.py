"""What the request-verification tests share (tests/skill/test_verification*.py): the throwaway
test CA, a body as Alexa sends it, and a refusal with its reason."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.alexa_ca import TestCA
from trust_tracker.skill.verification import RequestVerifier, VerificationError


@pytest.fixture(scope="module")
def ca() -> TestCA:
    return TestCA()


def encode(envelope: dict[str, Any]) -> bytes:
    return json.dumps(envelope).encode()


def refused(
    verifier: RequestVerifier, headers: dict[str, str], body: bytes, match: str, client: str | None = None
) -> None:
    with pytest.raises(VerificationError, match=match):
        verifier.verify(headers, body, client)
