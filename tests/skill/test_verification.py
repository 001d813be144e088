"""Amazon's web-service request verification, against a throwaway test CA: what is accepted, the
headers and certificate URL, the certificate chain, the signature, the body and timestamp, the
skill ID. The chain's cache: tests/skill/test_verification_cache.py."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest

from tests.alexa_ca import CERT_URL, TestCA
from tests.skill.verifying import ca as ca
from tests.skill.verifying import encode, refused
from trust_tracker.skill.verification import canonical_cert_url


def test_valid_request_returns_parsed_body(ca: TestCA) -> None:
    envelope = ca.envelope()
    body = encode(envelope)
    assert ca.verifier().verify(ca.headers(body), body) == envelope


def test_header_names_are_case_insensitive(ca: TestCA) -> None:
    body = encode(ca.envelope())
    headers = {k.lower(): v for k, v in ca.headers(body).items()}
    assert ca.verifier().verify(headers, body)["request"]["type"] == "LaunchRequest"
    headers = {k.upper(): v for k, v in ca.headers(body).items()}
    assert ca.verifier().verify(headers, body)["request"]["type"] == "LaunchRequest"


@pytest.mark.parametrize(
    "url",
    [
        "https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert-test.pem",
        "https://s3.amazonaws.com/echo.api/./echo-api-cert-test.pem",
        "HTTPS://S3.AMAZONAWS.COM/echo.api/echo-api-cert-test.pem",
        "hTtPs://s3.AmAzOnAwS.cOm/echo.api/echo-api-cert-test.pem",
        "https://s3.amazonaws.com:443/echo.api/echo-api-cert-test.pem",
    ],
)
def test_url_normalisation_accepts_equivalent_urls(ca: TestCA, url: str) -> None:
    # The test fetcher serves only CERT_URL, so acceptance also proves we fetch the canonical URL.
    assert canonical_cert_url(url) == CERT_URL
    body = encode(ca.envelope())
    assert ca.verifier().verify(ca.headers(body, url=url), body)["version"] == "1.0"


@pytest.mark.parametrize("offset", [-150, 150])
def test_timestamp_at_exactly_max_age_is_accepted(ca: TestCA, offset: int) -> None:
    envelope = ca.envelope()
    envelope["request"]["timestamp"] = ca.timestamp(timedelta(seconds=offset))
    body = encode(envelope)
    assert ca.verifier().verify(ca.headers(body), body) == envelope


def test_skill_id_falls_back_to_session(ca: TestCA) -> None:
    envelope = ca.envelope()
    del envelope["context"]
    body = encode(envelope)
    assert ca.verifier().verify(ca.headers(body), body) == envelope


@pytest.mark.parametrize(
    "missing, match",
    [
        ("SignatureCertChainUrl", "SignatureCertChainUrl header missing"),
        ("Signature-256", "Signature-256 header missing"),
    ],
)
def test_missing_header(ca: TestCA, missing: str, match: str) -> None:
    body = encode(ca.envelope())
    headers = ca.headers(body)
    del headers[missing]
    refused(ca.verifier(), headers, body, match)


def test_no_headers_at_all(ca: TestCA) -> None:
    refused(ca.verifier(), {}, encode(ca.envelope()), "SignatureCertChainUrl header missing")


@pytest.mark.parametrize(
    "url, match",
    [
        ("http://s3.amazonaws.com/echo.api/echo-api-cert.pem", "scheme is not https"),
        ("ftp://s3.amazonaws.com/echo.api/echo-api-cert.pem", "scheme is not https"),
        ("https://notamazon.com/echo.api/echo-api-cert.pem", "host is not s3.amazonaws.com"),
        ("https://s3.amazonaws.com.evil.example/echo.api/echo-api-cert.pem", "host is not"),
        ("https://s3.amazonaws.com./echo.api/echo-api-cert.pem", "host is not"),
        ("https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem", "path is not under /echo.api/"),
        ("https://s3.amazonaws.com/invalid.pem", "path is not under /echo.api/"),
        ("https://s3.amazonaws.com/echo.api/../invalid.pem", "path is not under /echo.api/"),
        ("https://s3.amazonaws.com/echo.api", "path is not under /echo.api/"),
        ("https://s3.amazonaws.com//echo.api/echo-api-cert.pem", "path is not under /echo.api/"),
        ("https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem", "port is not 443"),
        ("https://s3.amazonaws.com:80/echo.api/echo-api-cert.pem", "port is not 443"),
        ("https://s3.amazonaws.com:https/echo.api/echo-api-cert.pem", "unparseable"),
        ("https://user:pw@s3.amazonaws.com/echo.api/echo-api-cert.pem", "userinfo"),
        ("https://s3.amazonaws.com@evil.example/echo.api/echo-api-cert.pem", "userinfo"),
        ("https://s3.amazonaws.com/echo.api/echo-api-cert.pem?x=../../evil", "query or fragment"),
        ("https://s3.amazonaws.com/echo.api/echo-api-cert.pem?", "query or fragment"),
        ("https://s3.amazonaws.com/echo.api/echo-api-cert.pem#frag", "query or fragment"),
        ("https://s3.amazonaws.com/echo.api/%2e%2e/invalid.pem", "path has unexpected characters"),
        ("https://s3.amazonaws.com/echo.api/..\\invalid.pem", "path has unexpected characters"),
        ("https:///echo.api/echo-api-cert.pem", "host is not"),
        ("not a url", "scheme is not https"),
    ],
)
def test_bad_cert_url(ca: TestCA, url: str, match: str) -> None:
    body = encode(ca.envelope())
    refused(ca.verifier(), ca.headers(body, url=url), body, "cert URL: " + match)


def test_url_is_checked_before_anything_else(ca: TestCA) -> None:
    body = encode(ca.envelope(skill_id="amzn1.ask.skill.other"))
    headers = ca.headers(body, url="http://s3.amazonaws.com/echo.api/x.pem", signature="!!")
    refused(ca.verifier(), headers, body, "cert URL: scheme")


def test_expired_leaf(ca: TestCA) -> None:
    body = encode(ca.envelope())
    refused(
        ca.verifier(chain=ca.chain_pem(expired=True)),
        ca.headers(body),
        body,
        "cert chain: not trusted: .*not valid at validation time",
    )


def test_leaf_not_yet_valid(ca: TestCA) -> None:
    earlier = TestCA(now=ca.now - timedelta(days=2))  # the request is fresh, the leaf not valid yet
    body = encode(earlier.envelope())
    verifier = ca.verifier(clock=lambda: earlier.now)
    refused(verifier, ca.headers(body), body, "cert chain: not trusted: .*not valid at validation time")


def test_wrong_san(ca: TestCA) -> None:
    body = encode(ca.envelope())
    refused(
        ca.verifier(chain=ca.chain_pem(san="echo-api.amazon.com.evil.example")),
        ca.headers(body),
        body,
        "cert chain: not trusted: .*subjectAltName",
    )


def test_untrusted_root(ca: TestCA) -> None:
    # The impostor root has the trusted root's name but its own key.
    body = encode(ca.envelope())
    refused(ca.verifier(chain=ca.chain_pem(untrusted=True)), ca.headers(body), body, "cert chain: not trusted")


def test_default_roots_do_not_trust_the_test_ca(ca: TestCA) -> None:
    # trust_roots=None means the certifi bundle, which must not contain our throwaway root.
    body = encode(ca.envelope())
    refused(ca.verifier(trust_roots=None), ca.headers(body), body, "cert chain: not trusted")


def test_missing_intermediate(ca: TestCA) -> None:
    leaf_only = ca.chain_pem().split(b"-----END CERTIFICATE-----")[0] + b"-----END CERTIFICATE-----\n"
    body = encode(ca.envelope())
    refused(ca.verifier(chain=leaf_only), ca.headers(body), body, "cert chain: not trusted")


def test_unparseable_chain(ca: TestCA) -> None:
    body = encode(ca.envelope())
    refused(ca.verifier(chain=b"<html>Access Denied</html>"), ca.headers(body), body, "cert chain: unparseable PEM")


def test_fetch_failure(ca: TestCA) -> None:
    body = encode(ca.envelope())
    headers = ca.headers(body, url="https://s3.amazonaws.com/echo.api/missing.pem")
    refused(ca.verifier(), headers, body, "cert chain: fetch failed")


def test_tampered_body(ca: TestCA) -> None:
    signed = encode(ca.envelope())
    sent = signed.replace(b"LaunchRequest", b"SessionEndedRequest")
    refused(ca.verifier(), ca.headers(sent, signature=ca.sign(signed)), sent, "signature: does not match body")


def test_reserialised_body_does_not_verify(ca: TestCA) -> None:
    # The signature covers raw bytes: equal JSON with different whitespace must fail.
    signed = encode(ca.envelope())
    sent = json.dumps(json.loads(signed), indent=2).encode()
    refused(ca.verifier(), ca.headers(sent, signature=ca.sign(signed)), sent, "signature: does not match body")


def test_signature_by_another_key(ca: TestCA) -> None:
    body = encode(ca.envelope())
    refused(
        ca.verifier(), ca.headers(body, signature=ca.sign(body, wrong_key=True)), body, "signature: does not match body"
    )


@pytest.mark.parametrize(
    "signature, match",
    [
        ("this is not base64!", "Signature-256 is not valid base64"),
        ("QUJ", "Signature-256 is not valid base64"),  # bad padding
        ("QUJD", "does not match body"),  # valid base64 of b"ABC"
    ],
)
def test_garbage_signature(ca: TestCA, signature: str, match: str) -> None:
    body = encode(ca.envelope())
    refused(ca.verifier(), ca.headers(body, signature=signature), body, "signature: " + match)


@pytest.mark.parametrize("offset", [-151, 151, -3600, 86400])
def test_timestamp_out_of_range(ca: TestCA, offset: int) -> None:
    envelope = ca.envelope()
    envelope["request"]["timestamp"] = ca.timestamp(timedelta(seconds=offset))
    body = encode(envelope)
    refused(ca.verifier(), ca.headers(body), body, "timestamp: .* is too far from")


def test_max_age_is_configurable(ca: TestCA) -> None:
    envelope = ca.envelope()
    envelope["request"]["timestamp"] = ca.timestamp(timedelta(seconds=-60))
    body = encode(envelope)
    refused(ca.verifier(max_age=timedelta(seconds=30)), ca.headers(body), body, "timestamp: .* too far")


@pytest.mark.parametrize(
    "body, match",
    [
        (b"{not json", "body: malformed JSON"),
        (b"", "body: malformed JSON"),
        (b"\xff\xfe\xfd", "body: malformed JSON"),
        (b"[1, 2]", "body: JSON is not an object"),
    ],
)
def test_malformed_body(ca: TestCA, body: bytes, match: str) -> None:
    refused(ca.verifier(), ca.headers(body), body, match)


@pytest.mark.parametrize(
    "timestamp, match",
    [
        (None, "request.timestamp missing"),
        (1717243200000, "request.timestamp missing"),
        ("yesterday", "not ISO 8601"),
        ("2025-06-01T12:00:00", "no time zone"),
    ],
)
def test_bad_timestamp(ca: TestCA, timestamp: Any, match: str) -> None:
    envelope = ca.envelope()
    if timestamp is None:
        del envelope["request"]["timestamp"]
    else:
        envelope["request"]["timestamp"] = timestamp
    body = encode(envelope)
    refused(ca.verifier(), ca.headers(body), body, "timestamp: " + match)


def test_missing_request_object(ca: TestCA) -> None:
    envelope = ca.envelope()
    del envelope["request"]
    body = encode(envelope)
    refused(ca.verifier(), ca.headers(body), body, "timestamp: request.timestamp missing")


def test_wrong_skill_id(ca: TestCA) -> None:
    body = encode(ca.envelope(skill_id="amzn1.ask.skill.someone-else"))
    refused(ca.verifier(), ca.headers(body), body, "skill ID: 'amzn1.ask.skill.someone-else' is not ours")


def test_context_skill_id_wins_over_session(ca: TestCA) -> None:
    envelope = ca.envelope()
    envelope["context"]["System"]["application"] = {"applicationId": "amzn1.ask.skill.someone-else"}
    body = encode(envelope)
    refused(ca.verifier(), ca.headers(body), body, "skill ID: .* is not ours")


def test_missing_skill_id(ca: TestCA) -> None:
    envelope = ca.envelope()
    del envelope["context"]
    del envelope["session"]
    body = encode(envelope)
    refused(ca.verifier(), ca.headers(body), body, "skill ID: None is not ours")


def test_no_skill_id_configured_fails_closed(ca: TestCA) -> None:
    body = encode(ca.envelope())
    # Everything else about this request is valid (see test_valid_request_returns_parsed_body).
    refused(ca.verifier(skill_id=None), ca.headers(body), body, "skill ID: no skill ID configured")
