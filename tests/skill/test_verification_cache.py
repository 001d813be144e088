"""The certificate chain's cache in request verification: one fetch per URL, an expired chain
fetched again, failures not cached nor repeated for a while, a bounded cache, fetches capped per
minute and client address with the good chain kept, and no fetch for a body that could never pass."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.alexa_ca import CERT_URL, TestCA
from tests.skill.verifying import ca as ca
from tests.skill.verifying import encode, refused
from trust_tracker.skill import verification
from trust_tracker.skill.verification import VerificationError

AMAZON, STRANGER = "54.239.28.85", "203.0.113.9"
HOUR = timedelta(hours=1)


class CountingFetcher:
    def __init__(self, chain: bytes) -> None:
        self.chain, self.urls = chain, []

    def __call__(self, url: str) -> bytes:
        self.urls.append(url)
        return self.chain


def test_chain_is_cached_per_url(ca: TestCA) -> None:
    fetch = CountingFetcher(ca.chain_pem())
    verifier = ca.verifier(fetch_chain=fetch)
    body = encode(ca.envelope())
    for _ in range(3):
        verifier.verify(ca.headers(body), body)
    assert fetch.urls == [CERT_URL]


def test_expired_cached_chain_is_refetched(ca: TestCA) -> None:
    now = [ca.now]
    fetch = CountingFetcher(ca.chain_pem())
    verifier = ca.verifier(fetch_chain=fetch, clock=lambda: now[0])
    body = encode(ca.envelope())
    verifier.verify(ca.headers(body), body)

    # 100 days on, the cached leaf (valid 90 days) has expired; Amazon has a new one.
    later = TestCA(now=ca.now + timedelta(days=100))  # same keys, so same trusted root key
    now[0] = later.now
    fetch.chain = later.chain_pem()
    body = encode(later.envelope())
    assert verifier.verify(later.headers(body), body)["request"]["timestamp"] == later.timestamp()
    assert fetch.urls == [CERT_URL, CERT_URL]


def test_failed_chain_is_not_cached(ca: TestCA) -> None:
    fetch = CountingFetcher(ca.chain_pem(untrusted=True))
    verifier = ca.verifier(fetch_chain=fetch)
    body = encode(ca.envelope())
    refused(verifier, ca.headers(body), body, "cert chain: not trusted")
    fetch.chain = ca.chain_pem()
    assert verifier.verify(ca.headers(body), body)
    assert len(fetch.urls) == 2


def test_chain_cache_is_bounded(ca: TestCA) -> None:
    fetch = CountingFetcher(ca.chain_pem())
    verifier = ca.verifier(fetch_chain=fetch)
    body = encode(ca.envelope())
    urls = [f"https://s3.amazonaws.com/echo.api/cert-{i}.pem" for i in range(verification.CHAIN_CACHE_SIZE + 1)]
    for i, url in enumerate(urls):
        verifier.verify(ca.headers(body, url=url), body, f"198.51.100.{i}")
    verifier.verify(ca.headers(body, url=urls[-1]), body)  # most recent: still cached
    verifier.verify(ca.headers(body, url=urls[0]), body)  # oldest: evicted, fetched again
    assert fetch.urls == [*urls, urls[0]]


class FailingFetcher:
    def __init__(self) -> None:
        self.urls: list[str] = []

    def __call__(self, url: str) -> bytes:
        self.urls.append(url)
        raise OSError(f"403 Forbidden: {url}")


def test_a_failed_fetch_is_not_repeated_for_a_while(ca: TestCA) -> None:
    now = [ca.now]
    fetch = FailingFetcher()
    verifier = ca.verifier(fetch_chain=fetch, clock=lambda: now[0])
    bad = "https://s3.amazonaws.com/echo.api/forged-1.pem"
    body = encode(ca.envelope())
    refused(verifier, ca.headers(body, url=bad), body, "cert chain: fetch failed")
    refused(verifier, ca.headers(body, url=bad), body, "cert chain: fetch failed lately")
    assert fetch.urls == [bad]
    now[0] += verification.FAILED_FETCH_TTL  # Amazon may have put it right since: try again
    body = encode(TestCA(now=now[0]).envelope())
    refused(verifier, ca.headers(body, url=bad), body, "cert chain: fetch failed")
    assert fetch.urls == [bad, bad]


def test_an_unparseable_chain_is_not_fetched_again_for_a_while(ca: TestCA) -> None:
    fetch = CountingFetcher(b"<html>Access Denied</html>")
    verifier = ca.verifier(fetch_chain=fetch)
    body = encode(ca.envelope())
    refused(verifier, ca.headers(body), body, "unparseable PEM")
    refused(verifier, ca.headers(body), body, "fetch failed lately")
    assert fetch.urls == [CERT_URL]


def test_fetches_are_capped_per_minute_and_client_and_the_good_chain_stays_cached(ca: TestCA) -> None:
    now = [ca.now]
    fetch = FailingFetcher()
    good = CountingFetcher(ca.chain_pem())
    verifier = ca.verifier(fetch_chain=lambda url: good(url) if url == CERT_URL else fetch(url), clock=lambda: now[0])
    body = encode(ca.envelope())
    assert verifier.verify(ca.headers(body), body, AMAZON)
    forged = [f"https://s3.amazonaws.com/echo.api/forged-{i}.pem" for i in range(50)]
    for url in forged:
        with pytest.raises(VerificationError):
            verifier.verify(ca.headers(body, url=url), body, STRANGER)
    assert fetch.urls == forged[: verification.MAX_FETCHES_PER_MINUTE]
    refused(verifier, ca.headers(body, url=forged[-1]), body, "too many certificate fetches", STRANGER)
    assert verifier.verify(ca.headers(body), body, AMAZON)  # Alexa's own requests are still answered
    assert good.urls == [CERT_URL]
    now[0] += timedelta(minutes=1)
    refused(verifier, ca.headers(body, url=forged[-1]), body, "cert chain: fetch failed:", STRANGER)
    assert len(fetch.urls) == verification.MAX_FETCHES_PER_MINUTE + 1


def test_junk_urls_from_one_address_never_starve_amazons_first_fetch(ca: TestCA) -> None:
    """tester-web41 D8: bogus SignatureCertChainUrls used up the process's fetch budget, and
    Amazon's real URL, not fetched yet (every start), was then refused without a fetch."""
    good = CountingFetcher(ca.chain_pem())
    fetch = FailingFetcher()
    verifier = ca.verifier(fetch_chain=lambda url: good(url) if url == CERT_URL else fetch(url))
    body = encode(ca.envelope())
    for i in range(100):
        url = f"https://s3.amazonaws.com/echo.api/bogus-{i}.pem"
        with pytest.raises(VerificationError):
            verifier.verify(ca.headers(body, url=url), body, STRANGER)
    assert len(fetch.urls) == verification.MAX_FETCHES_PER_MINUTE
    assert verifier.verify(ca.headers(body), body, AMAZON)["request"]["type"] == "LaunchRequest"
    assert good.urls == [CERT_URL]


def test_a_url_that_once_verified_is_fetched_again_whatever_the_budget(ca: TestCA) -> None:
    good = CountingFetcher(ca.chain_pem())
    verifier = ca.verifier(fetch_chain=lambda url: good(url) if url == CERT_URL or url.endswith("/cert.pem") else b"")
    body = encode(ca.envelope())
    assert verifier.verify(ca.headers(body), body, AMAZON)
    # Other URLs that verify push it out of the chain cache; then junk spends Amazon's budget.
    for i in range(verification.CHAIN_CACHE_SIZE):
        url = f"https://s3.amazonaws.com/echo.api/{i}/cert.pem"
        assert verifier.verify(ca.headers(body, url=url), body, f"198.51.100.{i}")
    for i in range(verification.MAX_FETCHES_PER_MINUTE - 1):  # its first fetch was CERT_URL
        refused(verifier, ca.headers(body, url=f"{CERT_URL}.{i}"), body, "unparseable PEM", AMAZON)
    refused(verifier, ca.headers(body, url=f"{CERT_URL}.x"), body, "too many certificate fetches", AMAZON)
    assert verifier.verify(ca.headers(body), body, AMAZON)  # evicted, fetched again, not refused
    assert good.urls.count(CERT_URL) == 2


def test_a_request_that_could_never_pass_fetches_nothing(ca: TestCA) -> None:
    fetch = CountingFetcher(ca.chain_pem())
    verifier = ca.verifier(fetch_chain=fetch)
    other_skill = encode(ca.envelope(skill_id="amzn1.ask.skill.someone-else"))
    refused(verifier, ca.headers(other_skill), other_skill, "skill ID")
    stale = encode(ca.envelope({"type": "LaunchRequest", "timestamp": ca.timestamp(-HOUR)}))
    refused(verifier, ca.headers(stale), stale, "timestamp:")
    refused(verifier, ca.headers(b"[]"), b"[]", "not an object")
    assert fetch.urls == []


def test_a_cached_chain_is_verified_once_within_its_dates(ca: TestCA, monkeypatch) -> None:
    built: list[object] = []
    builder = verification.x509v.PolicyBuilder

    def counted() -> object:
        built.append(None)
        return builder()

    monkeypatch.setattr(verification.x509v, "PolicyBuilder", counted)
    now = [ca.now]
    verifier = ca.verifier(clock=lambda: now[0])
    body = encode(ca.envelope())
    for _ in range(3):
        assert verifier.verify(ca.headers(body), body)
    assert len(built) == 1
    # Every request's own checks still run: a wrong signature or skill is refused with the chain cached.
    refused(verifier, ca.headers(body, signature=ca.sign(body, wrong_key=True)), body, "signature: does not match")
    other = encode(ca.envelope(skill_id="amzn1.ask.skill.someone-else"))
    refused(verifier, ca.headers(other), other, "skill ID")
    now[0] += timedelta(days=30)  # still within every date of the path: not verified again
    later = TestCA(now=now[0])
    body = encode(later.envelope())
    assert verifier.verify(later.headers(body), body)
    assert len(built) == 1


def test_a_cached_chain_is_verified_again_outside_its_dates(ca: TestCA) -> None:
    now = [ca.now]
    verifier = ca.verifier(clock=lambda: now[0])
    body = encode(ca.envelope())
    assert verifier.verify(ca.headers(body), body)
    # Two days back, the cached leaf (valid from a day before `now`) is not valid yet: the chain
    # is verified again, and refused, though it is cached and its end is far off.
    earlier = TestCA(now=ca.now - timedelta(days=2))
    now[0] = earlier.now
    body = encode(earlier.envelope())
    refused(verifier, earlier.headers(body), body, "cert chain: not trusted")
