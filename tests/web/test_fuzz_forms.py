"""Reliability: generated input against every route of the site that takes a form or an id.

Each route found in the app's URL map gets generated form fields (the names its forms
really use, plus strays), generated values (control characters, NUL, huge text, odd
numbers and dates) and ids (its own couple's, the other couple's, impossible ones), while
Alex is logged in with one of everything. The site must answer each with a page or a
redirect, never a 500; a route added later is fuzzed without anyone listing it here.
"""

from __future__ import annotations

import re
from html import unescape

import pytest
from flask.testing import FlaskClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from werkzeug.routing import Rule

from tests.factories import NOW, agreed_contract, make_couple, make_entry, one_of_everything
from tests.web.helpers import log_in
from trust_tracker.models.entities import LogEntry, LogKind
from trust_tracker.web import create_app

HUGE = "99999999999999999999"
ODD_VALUES = [
    *("", " ", "0", "-1", HUGE, "1e309", "\x00", "\u202e", "yes", "on", "2026-13-45", "99:99", "null", "[]"),
    "x" * 300_000,  # past the body limit
]
# These end the logged-in state or the couple itself; their own tests cover them.
LEAVES = {"auth.logout", "account.delete_me", "account.delete_couple", "security.logout_everywhere"}
FORM = re.compile(r"<form\b([^>]*)>(.*?)</form>", re.S | re.I)
ACTION = re.compile(r'action="([^"]*)"')
LINK = re.compile(r'<a\b[^>]*\bhref="(/[^"]*)"')
NAME = re.compile(r'<(?:input|select|textarea)\b[^>]*\bname="([^"]+)"', re.I)


def _routes() -> list[Rule]:
    app = create_app({"TESTING": True, "SECRET_KEY": "x", "DATABASE_URL": "sqlite://", "INSTANCE_PATH": "/nonexistent"})
    return sorted(
        (
            rule
            for rule in app.url_map.iter_rules()
            if rule.endpoint not in LEAVES | {"static", "alexa.alexa"}
            and ("POST" in (rule.methods or ()) or rule.arguments)
        ),
        key=lambda rule: rule.rule,
    )


ROUTES = _routes()


def _field_names(*clients: FlaskClient) -> dict[str, set[str]]:
    """Every form action on the pages each client can reach by links, with the field names its form sends."""
    names: dict[str, set[str]] = {}
    for client in clients:
        seen, queue = set(), ["/", "/today/", "/login", "/signup", "/forgot"]
        while queue and len(seen) < 80:
            page = queue.pop(0)
            if page in seen or re.search(r"logout|/static/|\.(csv|json|ics)$", page):
                continue
            seen.add(page)
            html = client.get(page).text
            queue += [unescape(link).split("#")[0] for link in LINK.findall(html)]
            for attributes, body in FORM.findall(html):
                action = ACTION.search(attributes)
                path = re.sub(r"/\d+", "/<id>", unescape(action.group(1)) if action else page).split("?")[0]
                names.setdefault(path, set()).update(NAME.findall(body))
    return names


values = st.one_of(
    st.sampled_from(ODD_VALUES),
    st.text(max_size=40),
    st.text(st.characters(codec="utf-8"), min_size=500, max_size=20_000),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
)


@pytest.mark.postgres_smoke
@pytest.mark.parametrize("rule", ROUTES, ids=[rule.endpoint for rule in ROUTES])
def test_no_generated_input_makes_a_route_fail(make_app, session, rule) -> None:
    alex, sam = make_couple(session)
    strangers = make_couple(session, "Kim", "Lee")
    assert sam is not None and strangers[1] is not None
    one_of_everything(session, alex, sam)
    theirs = agreed_contract(session, *strangers)  # type: ignore[arg-type]
    make_entry(session, strangers[0], LogKind.KEPT, NOW.date(), theirs.items[0])
    ids = [str(i) for i in session.scalars(select(LogEntry.id))] + ["0", "1", "2", HUGE]
    client = make_app().test_client()
    log_in(client, "alex@example.com")
    field_names = sorted(
        _field_names(client, make_app().test_client()).get(re.sub(r"<[^>]+>", "<id>", rule.rule), set())
        | {"stray", "id", "log_entry_id", "lineage_id"}
    )
    method = "POST" if "POST" in (rule.methods or ()) else "GET"

    @settings(
        max_examples=20,
        deadline=None,
        derandomize=True,  # the same inputs on every run: CI never fails by chance
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(
        path_values=st.fixed_dictionaries({arg: st.sampled_from([*ids, "abc"]) for arg in sorted(rule.arguments)}),
        form=st.dictionaries(st.sampled_from(field_names), st.lists(values, min_size=1, max_size=3), max_size=8),
    )
    def attempt(path_values: dict[str, str], form: dict[str, list[str]]) -> None:
        path = rule.rule
        for arg, value in path_values.items():
            path = re.sub(rf"<[^>]*\b{arg}>", value, path)
        response = client.open(path, method=method, data=form if method == "POST" else None, query_string=None)
        assert response.status_code < 500, (method, path, form, response.status_code)

    attempt()
