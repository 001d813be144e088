"""A link mailed by the site (a password reset) takes its address from the request. Behind the
TLS proxy only the site's own name reaches it (infra/Caddyfile); served any other way, a
stranger asking a reset for someone's email under another Host would mail them a link to the
stranger's own server, the reset token in it. TRUST_TRACKER_TRUSTED_HOSTS (Flask's
TRUSTED_HOSTS) closes that, and serving with mail but without it is warned about."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from trust_tracker.web import mail

SITE = "trust.example.org"


@pytest.fixture
def outbox() -> list[EmailMessage]:
    return []


def test_with_trusted_hosts_a_reset_asked_under_another_host_mails_nothing(make_app, couple, outbox) -> None:
    client = make_app(MAILER=outbox.append, TRUSTED_HOSTS=[SITE]).test_client()
    for host in ("evil.example", f"{SITE}.evil.example", "evil.example:443"):
        response = client.post("/forgot", data={"email": "alex@example.com"}, base_url=f"https://{host}")
        assert response.status_code == 400, host
        assert response.mimetype == "text/plain" and "evil" not in response.text  # no page, no echo
    assert outbox == []
    sent = client.post("/forgot", data={"email": "alex@example.com"}, base_url=f"https://{SITE}")
    assert sent.status_code == 200
    [message] = outbox
    assert f"https://{SITE}/reset/" in message.get_content()


def test_serving_with_mail_but_no_trusted_hosts_is_warned_about(make_app, outbox) -> None:
    [warning] = mail.warnings(make_app(MAILER=outbox.append))
    assert "TRUST_TRACKER_TRUSTED_HOSTS" in warning
    assert mail.warnings(make_app(MAILER=outbox.append, TRUSTED_HOSTS=[SITE])) == []
    assert mail.warnings(make_app(MAILER=None)) == []  # no mail, no mailed links
    assert mail.warnings(make_app(MAILER=outbox.append, DEV_MODE=True)) == []  # on this machine only
