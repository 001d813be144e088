"""The login cookie, as a hostile neighbour sees it. Served for real it is Secure, HttpOnly,
SameSite=Lax and named with the __Host- prefix: browsers then keep it to this exact host, so
a site on a sibling subdomain cannot toss in a cookie of its own (its own login, planted in
your browser, so that what you write lands in its account). On http://localhost (--dev) it
keeps the plain name."""

from __future__ import annotations

from tests.factories import PASSWORD
from tests.web.helpers import log_in

HTTPS = "https://trust.example.org"


def _set_cookie(client, email: str) -> str:
    response = client.post("/login", data={"email": email, "password": PASSWORD}, base_url=HTTPS)
    assert response.status_code == 302
    [cookie] = [h for h in response.headers.getlist("Set-Cookie") if "HttpOnly" in h]
    return cookie


def test_served_for_real_the_login_cookie_is_host_only_secure_and_httponly(make_app, couple) -> None:
    cookie = _set_cookie(make_app().test_client(), "alex@example.com")
    name, _, attributes = cookie.partition("=")
    assert name == "__Host-session"
    parts = {part.strip().split("=")[0].lower() for part in attributes.split(";")}
    assert {"secure", "httponly", "path"} <= parts and "domain" not in parts
    assert "SameSite=Lax" in cookie and "Path=/;" in cookie + ";"


def test_a_cookie_tossed_in_under_the_plain_name_logs_no_one_in(make_app, couple) -> None:
    app = make_app()
    neighbour = app.test_client()
    tossed = _set_cookie(neighbour, "sam@example.com").partition(";")[0].partition("=")[2]
    victim = app.test_client()
    victim.set_cookie("session", tossed, domain="trust.example.org")  # what a sibling site can set
    assert victim.get("/history/", base_url=HTTPS).status_code == 302  # to log in: nobody's login


def test_in_development_mode_the_cookie_keeps_its_plain_name(make_app, couple) -> None:
    client = make_app(DEV_MODE=True).test_client()
    log_in(client, "alex@example.com")
    assert client.get_cookie("session") is not None
