"""Verify that an HTTPS request really comes from Alexa for our skill.

Amazon's rules for skills hosted as a web service:
https://developer.amazon.com/en-US/docs/alexa/custom-skills/host-a-custom-skill-as-a-web-service.html
The SDK's own verifier cannot be imported on current OpenSSL (see docs/ARCHITECTURE.md,
"Hosting the skill"), so this module re-implements it on `cryptography`.
"""

from __future__ import annotations

import base64
import binascii
import json
import posixpath
import re
import ssl
import threading
import urllib.request
import warnings
from collections import OrderedDict, deque
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import certifi
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.utils import CryptographyDeprecationWarning
from cryptography.x509 import verification as x509v

__all__ = ["RequestVerifier", "VerificationError"]

CERT_URL_HEADER = "signaturecertchainurl"
SIGNATURE_HEADER = "signature-256"
CERT_HOST = "s3.amazonaws.com"
CERT_PATH_PREFIX = "/echo.api/"
ALEXA_SAN = "echo-api.amazon.com"

FETCH_TIMEOUT_S = 5
MAX_CHAIN_BYTES = 64 * 1024  # Amazon's chain is ~6 KB; don't let a bad response eat memory.
CHAIN_CACHE_SIZE = 16
# Forged requests may name a new certificate path each time: a path that failed is not
# fetched again for a while, and each client address may have the server fetch at most so
# many never-verified chains a minute. A budget per address, not one for the process, so
# that junk from one address never uses up the fetch of Amazon's real chain for Alexa's
# own requests (which come from Amazon's addresses); a URL whose chain once verified is
# fetched again (expired or evicted) whatever the budget.
FAILED_FETCH_TTL = timedelta(minutes=5)
FAILED_FETCH_CACHE_SIZE = 256
MAX_FETCHES_PER_MINUTE = 5
FETCH_BUDGET_CLIENTS = 1024
VERIFIED_URLS_KEPT = 64

# Amazon's real paths are plain ("/echo.api/echo-api-cert-12.pem"). Refusing
# percent-escapes, backslashes and the like means the path we check is the
# path S3 serves, with no decoding differences between us and S3.
_SAFE_PATH = re.compile(r"[A-Za-z0-9._~/-]+")


class VerificationError(Exception):
    """Why a request was refused; the message is for logs, never for the caller."""


def _utcnow() -> datetime:
    return datetime.now(UTC)


_PEM_BLOCK = re.compile(rb"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", re.DOTALL)


@cache
def _certifi_roots() -> tuple[x509.Certificate, ...]:
    """The certifi bundle, parsed once per process.

    Parsed one certificate at a time: a few old roots (GoDaddy/Starfield G2,
    ...) have serial number 0, which cryptography 50 loads with a deprecation
    warning and a future release will refuse. Those roots are irrelevant to
    Amazon's chain (Amazon Root CA 1 is in the bundle), so hide the warning
    now and skip them once they become unparseable, rather than fail all.
    """
    with open(certifi.where(), "rb") as f:
        bundle = f.read()
    roots = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CryptographyDeprecationWarning)
        for block in _PEM_BLOCK.findall(bundle):
            try:
                roots.append(x509.load_pem_x509_certificate(block))
            except ValueError:
                continue
    return tuple(roots)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    # The URL was validated, a redirect target was not: treat 3xx as failure.
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def fetch_chain_over_https(url: str) -> bytes:
    """Default fetcher: GET the PEM chain, certifi-verified TLS, no redirects."""
    opener = urllib.request.build_opener(
        urllib.request.HTTPSHandler(context=ssl.create_default_context(cafile=certifi.where())),
        _NoRedirect,
    )
    with opener.open(url, timeout=FETCH_TIMEOUT_S) as resp:
        data: bytes = resp.read(MAX_CHAIN_BYTES + 1)
    if len(data) > MAX_CHAIN_BYTES:
        raise ValueError("certificate chain too large")
    return data


def canonical_cert_url(url: str) -> str:
    """Check a SignatureCertChainUrl against Amazon's rules; return the URL to fetch.

    The returned URL is rebuilt from the checked parts (lower-case scheme and
    host, normalised path, no port/query), so what we fetch is what we checked.
    """
    try:
        parts = urlsplit(url)
        port = parts.port  # raises ValueError for a non-numeric port
    except ValueError as e:
        raise VerificationError(f"cert URL: unparseable: {e}") from None
    if parts.scheme.lower() != "https":
        raise VerificationError("cert URL: scheme is not https")
    if "@" in parts.netloc:
        raise VerificationError("cert URL: userinfo not allowed")
    if parts.hostname != CERT_HOST:  # urlsplit lower-cases hostname
        raise VerificationError("cert URL: host is not s3.amazonaws.com")
    if port not in (None, 443):
        raise VerificationError("cert URL: port is not 443")
    if parts.query or parts.fragment or "?" in url or "#" in url:
        raise VerificationError("cert URL: query or fragment not allowed")
    if not _SAFE_PATH.fullmatch(parts.path):
        raise VerificationError("cert URL: path has unexpected characters")
    path = posixpath.normpath(parts.path)
    if not path.startswith(CERT_PATH_PREFIX):  # case-sensitive, per Amazon
        raise VerificationError("cert URL: path is not under /echo.api/")
    return f"https://{CERT_HOST}{path}"


def _request_timestamp(envelope: dict[str, Any]) -> datetime:
    request = envelope.get("request")
    raw = request.get("timestamp") if isinstance(request, dict) else None
    if not isinstance(raw, str):
        raise VerificationError("timestamp: request.timestamp missing")
    try:
        ts = datetime.fromisoformat(raw)  # 3.11+: accepts the trailing "Z"
    except ValueError:
        raise VerificationError(f"timestamp: not ISO 8601: {raw!r}") from None
    if ts.tzinfo is None:
        # A naive time would be ambiguous; Alexa always sends UTC with "Z".
        raise VerificationError(f"timestamp: no time zone: {raw!r}")
    return ts


def _application_id(envelope: dict[str, Any]) -> str | None:
    def dig(*keys: str) -> Any:
        node: Any = envelope
        for key in keys:
            node = node.get(key) if isinstance(node, dict) else None
        return node

    app_id = dig("context", "System", "application", "applicationId")
    if app_id is None:  # Older requests and some request types carry it only here.
        app_id = dig("session", "application", "applicationId")
    return app_id if isinstance(app_id, str) else None


class RequestVerifier:
    """Checks one Alexa request (headers + raw body) against Amazon's rules.

    Thread-safe: one instance serves the whole app. Certificate chains are
    cached per URL (at most CHAIN_CACHE_SIZE) and re-fetched once the leaf
    has expired; a cached chain is verified again on any request outside the
    dates its whole path shares (the signature, timestamp and skill ID are
    checked on every request). The body's own checks (JSON, timestamp, skill ID) come
    before any fetch. A URL whose fetch failed is refused without fetching for
    FAILED_FETCH_TTL, and a URL that never verified is fetched at most
    MAX_FETCHES_PER_MINUTE times a minute for each client address.
    """

    def __init__(
        self,
        skill_id: str | None,
        *,
        trust_roots: list[x509.Certificate] | None = None,
        fetch_chain: Callable[[str], bytes] | None = None,
        clock: Callable[[], datetime] | None = None,
        max_age: timedelta = timedelta(seconds=150),
    ) -> None:
        self.skill_id = skill_id
        self._store = x509v.Store(list(_certifi_roots()) if trust_roots is None else trust_roots)
        self._fetch = fetch_chain or fetch_chain_over_https
        self._clock = clock or _utcnow
        self._max_age = max_age
        # URL -> the chain, and the dates within which its verified path holds
        self._chains: OrderedDict[str, tuple[list[x509.Certificate], tuple[datetime, datetime]]] = OrderedDict()
        self._failed: OrderedDict[str, datetime] = OrderedDict()  # URL -> when it may be fetched again
        self._verified_urls: OrderedDict[str, None] = OrderedDict()  # kept past the chain cache's eviction
        self._fetched_at: OrderedDict[str | None, deque[datetime]] = OrderedDict()  # client -> its fetches
        self._lock = threading.Lock()

    def verify(self, headers: Mapping[str, str], body: bytes, client: str | None = None) -> dict:
        """Return the parsed JSON request body if every check passes; raise VerificationError otherwise.
        `client` is the caller's address: the budget for fetching a never-verified chain is its own."""
        # A plain dict is case-sensitive; HTTP header names are not.
        lowered = {k.lower(): v for k, v in headers.items()}
        now = self._clock()
        if now.tzinfo is None:  # a naive clock means UTC; comparing naive with aware would raise
            now = now.replace(tzinfo=UTC)

        # Fail closed, and before any network call, when the app does not know its skill.
        if self.skill_id is None:
            raise VerificationError("skill ID: no skill ID configured")

        # 1. Certificate URL.
        url = lowered.get(CERT_URL_HEADER)
        if not url:
            raise VerificationError("cert URL: SignatureCertChainUrl header missing")
        url = canonical_cert_url(url)

        # 2. Body and freshness (replay protection), in both directions, then the skill ID
        # (Amazon signs requests for every skill, not just ours): no network call for a
        # request that could never pass.
        try:
            envelope = json.loads(body)
        except (ValueError, RecursionError) as e:  # JSONDecodeError, UnicodeDecodeError, absurd nesting
            raise VerificationError(f"body: malformed JSON: {e!r}") from None
        if not isinstance(envelope, dict):
            raise VerificationError("body: JSON is not an object")
        ts = _request_timestamp(envelope)
        if abs(now - ts) > self._max_age:
            raise VerificationError(f"timestamp: {ts.isoformat()} is too far from {now.isoformat()}")
        app_id = _application_id(envelope)
        if app_id != self.skill_id:
            raise VerificationError(f"skill ID: {app_id!r} is not ours")

        # 3. Fetch (or reuse) the chain and verify it to a trusted root.
        leaf = self._verified_leaf(url, now, client)

        # 4. Signature over the raw bytes: re-serialised JSON would not match.
        sig_b64 = lowered.get(SIGNATURE_HEADER)
        if not sig_b64:
            raise VerificationError("signature: Signature-256 header missing")
        try:
            signature = base64.b64decode(sig_b64, validate=True)
        except (binascii.Error, ValueError):
            raise VerificationError("signature: Signature-256 is not valid base64") from None
        key = leaf.public_key()
        if not isinstance(key, rsa.RSAPublicKey):
            raise VerificationError("signature: leaf key is not RSA")
        try:
            key.verify(signature, body, padding.PKCS1v15(), hashes.SHA256())
        except InvalidSignature:
            raise VerificationError("signature: does not match body") from None
        return envelope

    def _verified_leaf(self, url: str, now: datetime, client: str | None) -> x509.Certificate:
        with self._lock:
            cached = self._chains.get(url)
        chain = cached[0] if cached is not None else None
        dates = cached[1] if cached is not None else None
        if chain is None or chain[0].not_valid_after_utc < now:
            chain, dates = self._fetch_parsed(url, now, client), None
        leaf, intermediates = chain[0], chain[1:]

        # A chain is verified again whenever `now` is outside the dates every certificate of its
        # path shares: the trusted roots, the name and the chain being the same, time is the only
        # thing its verification reads that changes (the whole check: 0.13 -> 0.04 ms a request).
        if dates is None or not dates[0] <= now <= dates[1]:
            # build_server_verifier requires the leaf's EKU, when present, to
            # include serverAuth. Amazon's echo-api cert is a public TLS cert
            # (EKU serverAuth + clientAuth), so it passes; a client verifier would
            # instead demand clientAuth, which public CAs are phasing out.
            verifier = x509v.PolicyBuilder().store(self._store).time(now).build_server_verifier(x509.DNSName(ALEXA_SAN))
            try:
                path = verifier.verify(leaf, intermediates)
            except x509v.VerificationError as e:
                raise VerificationError(f"cert chain: not trusted: {e}") from None
            dates = (max(c.not_valid_before_utc for c in path), min(c.not_valid_after_utc for c in path))

        # Cache only chains that verified, so a bad fetch isn't pinned.
        with self._lock:
            self._chains[url] = (chain, dates)
            self._chains.move_to_end(url)
            while len(self._chains) > CHAIN_CACHE_SIZE:
                self._chains.popitem(last=False)
            self._verified_urls[url] = None
            self._verified_urls.move_to_end(url)
            while len(self._verified_urls) > VERIFIED_URLS_KEPT:
                self._verified_urls.popitem(last=False)
        return leaf

    def _fetch_parsed(self, url: str, now: datetime, client: str | None) -> list[x509.Certificate]:
        self._may_fetch(url, now, client)
        try:
            pem = self._fetch(url)
        except Exception as e:  # network, HTTP status, timeout: all fail closed
            self._fetch_failed(url, now)
            raise VerificationError(f"cert chain: fetch failed: {e!r}") from None
        try:
            certs = x509.load_pem_x509_certificates(pem)
        except ValueError as e:
            self._fetch_failed(url, now)
            raise VerificationError(f"cert chain: unparseable PEM: {e}") from None
        return certs

    def _may_fetch(self, url: str, now: datetime, client: str | None) -> None:
        """Refuse, without a network call, a URL that failed lately, or one never verified
        over the client's budget for the minute."""
        with self._lock:
            retry_at = self._failed.get(url)
            if retry_at is not None and now < retry_at:
                raise VerificationError("cert chain: fetch failed lately, not retried yet")
            if url in self._verified_urls:
                return
            fetched = self._fetched_at.pop(client, None) or deque()
            self._fetched_at[client] = fetched  # the most recent client last: the oldest is forgotten first
            while len(self._fetched_at) > FETCH_BUDGET_CLIENTS:
                self._fetched_at.popitem(last=False)
            while fetched and fetched[0] <= now - timedelta(minutes=1):
                fetched.popleft()
            if len(fetched) >= MAX_FETCHES_PER_MINUTE:
                raise VerificationError(f"cert chain: too many certificate fetches this minute from {client}")
            fetched.append(now)

    def _fetch_failed(self, url: str, now: datetime) -> None:
        with self._lock:
            self._failed[url] = now + FAILED_FETCH_TTL
            self._failed.move_to_end(url)
            while len(self._failed) > FAILED_FETCH_CACHE_SIZE:
                self._failed.popitem(last=False)
