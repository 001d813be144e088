"""A throwaway certificate authority for signing fake Alexa requests in tests.

    from tests.alexa_ca import TestCA

    ca = TestCA()
    verifier = ca.verifier()                    # RequestVerifier trusting only ca.root
    body = json.dumps(ca.envelope()).encode()   # minimal LaunchRequest, timestamped ca.now
    client.post("/alexa", data=body, headers=ca.headers(body))

The verifier's clock is fixed at `ca.now`, so put `ca.timestamp()` in bodies
(`envelope()` does). Keys are generated once per test session.
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from trust_tracker.skill.verification import ALEXA_SAN, RequestVerifier

CERT_URL = "https://s3.amazonaws.com/echo.api/echo-api-cert-test.pem"
SKILL_ID = "amzn1.ask.skill.test"
FIXED_NOW = datetime(2025, 6, 1, 12, 0, 0, tzinfo=UTC)


@cache
def _key(name: str) -> rsa.RSAPrivateKey:
    # RSA key generation dominates the cost; one key per role for the whole session.
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _name(cn: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Trust Tracker Test"),
            x509.NameAttribute(NameOID.COMMON_NAME, cn),
        ]
    )


def _cert(
    subject: x509.Name,
    key: rsa.RSAPrivateKey,
    issuer: x509.Certificate | None,
    issuer_key: rsa.RSAPrivateKey,
    not_before: datetime,
    not_after: datetime,
    *,
    ca: bool,
    san: str | None = None,
) -> x509.Certificate:
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    b = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.subject if issuer else subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before)
        .not_valid_after(not_after)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=0 if ca and issuer else None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=not ca,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=ca,
                crl_sign=ca,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(ski, critical=False)
    )
    if issuer is not None:  # CABF/webpki: AKI (key id only) on everything but the root
        b = b.add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()), critical=False)
        # Amazon's leaf and intermediate both carry serverAuth + clientAuth.
        b = b.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH, ExtendedKeyUsageOID.CLIENT_AUTH]),
            critical=False,
        )
    if san is not None:
        b = b.add_extension(x509.SubjectAlternativeName([x509.DNSName(san)]), critical=False)
    return b.sign(issuer_key, hashes.SHA256())


class TestCA:
    """Root -> intermediate -> leaf for echo-api.amazon.com, plus request-signing helpers."""

    __test__ = False  # not a pytest test class despite the name

    url = CERT_URL

    def __init__(self, now: datetime = FIXED_NOW) -> None:
        self.now = now
        self.root = self._root("root")
        self._untrusted_root = self._root("untrusted-root")

    def _root(self, key_name: str) -> x509.Certificate:
        # The untrusted root copies the real root's name: an impostor, not just a stranger.
        return _cert(
            _name("Test Alexa Root"),
            _key(key_name),
            None,
            _key(key_name),
            self.now - timedelta(days=365),
            self.now + timedelta(days=3650),
            ca=True,
        )

    def chain_pem(self, *, expired: bool = False, san: str = ALEXA_SAN, untrusted: bool = False) -> bytes:
        """PEM of leaf + intermediate. `expired`: leaf ended a day before `now`;
        `san`: DNS name in the leaf; `untrusted`: chain up to an impostor root."""
        root, root_key = (self._untrusted_root, _key("untrusted-root")) if untrusted else (self.root, _key("root"))
        inter_key = _key("untrusted-intermediate" if untrusted else "intermediate")
        inter = _cert(
            _name("Test Alexa Intermediate"),
            inter_key,
            root,
            root_key,
            self.now - timedelta(days=365),
            self.now + timedelta(days=1825),
            ca=True,
        )
        start, end = (
            (self.now - timedelta(days=90), self.now - timedelta(days=1))
            if expired
            else (self.now - timedelta(days=1), self.now + timedelta(days=90))
        )
        leaf = _cert(_name(san), _key("leaf"), inter, inter_key, start, end, ca=False, san=san)
        return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in (leaf, inter))

    def sign(self, body: bytes, *, wrong_key: bool = False) -> str:
        """Base64 RSA-SHA256 (PKCS#1 v1.5) signature of `body` by the leaf key (or another key)."""
        key = _key("other" if wrong_key else "leaf")
        return base64.b64encode(key.sign(body, padding.PKCS1v15(), hashes.SHA256())).decode()

    def headers(self, body: bytes, *, url: str = CERT_URL, signature: str | None = None) -> dict[str, str]:
        """The two Alexa signature headers for `body` (signed by the leaf unless `signature` is given)."""
        return {"SignatureCertChainUrl": url, "Signature-256": signature or self.sign(body)}

    def verifier(
        self, skill_id: str | None = SKILL_ID, *, chain: bytes | None = None, **overrides: Any
    ) -> RequestVerifier:
        """A RequestVerifier trusting only `self.root`, clock fixed at `self.now`, whose
        fetcher serves `chain` (default: a valid chain) at CERT_URL and fails elsewhere."""
        served = self.chain_pem() if chain is None else chain

        def fetch(url: str) -> bytes:
            if url != CERT_URL:
                raise OSError(f"404 Not Found: {url}")
            return served

        kwargs: dict[str, Any] = {"trust_roots": [self.root], "fetch_chain": fetch, "clock": lambda: self.now}
        return RequestVerifier(skill_id, **(kwargs | overrides))

    def timestamp(self, offset: timedelta = timedelta(0)) -> str:
        """`now + offset` in Alexa's format, e.g. 2025-06-01T12:00:00Z."""
        return (self.now + offset).strftime("%Y-%m-%dT%H:%M:%SZ")

    def envelope(self, request: dict[str, Any] | None = None, *, skill_id: str = SKILL_ID) -> dict[str, Any]:
        """A minimal request envelope (LaunchRequest unless `request` is given) for `skill_id`."""
        app = {"applicationId": skill_id}
        return {
            "version": "1.0",
            "session": {
                "new": True,
                "sessionId": "amzn1.echo-api.session.test",
                "application": app,
                "user": {"userId": "amzn1.ask.account.test"},
            },
            "context": {
                "System": {
                    "application": app,
                    "user": {"userId": "amzn1.ask.account.test"},
                    "device": {"deviceId": "amzn1.ask.device.test", "supportedInterfaces": {}},
                    "apiEndpoint": "https://api.amazonalexa.com",
                }
            },
            "request": request
            or {
                "type": "LaunchRequest",
                "requestId": "amzn1.echo-api.request.test",
                "timestamp": self.timestamp(),
                "locale": "en-US",
            },
        }
