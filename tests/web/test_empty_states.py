"""What a new couple reads where nothing has happened yet, and on a dead link: each empty
place says what will appear there, each button says what it saves, a 404 does not blame a
partner's link for an entry that is simply not there."""

from __future__ import annotations

from tests.web.helpers import text_of


def test_empty_places_say_what_will_appear(client, alex) -> None:
    assert "No entries yet. What either of you logs, here, on Today or by voice, shows here" in text_of(
        client.get("/history/")
    )
    assert (
        "No reflections yet. When either of you logs a missed commitment or a crossed boundary, it waits here"
        in text_of(client.get("/setbacks/"))
    )
    assert "Nothing shared yet. What either of you chooses to share from a journal shows here" in text_of(
        client.get("/journal/")
    )


def test_buttons_say_what_they_save(client, alex, contract) -> None:
    assert ">Save the time zone and check-in time</button>" in client.get("/settings/").text
    lineage = contract.items[0].lineage_id
    assert ">Save these phrasings</button>" in client.get(f"/contract/said/{lineage}").text


def test_a_missing_thing_is_not_blamed_on_a_partners_link(client, alex) -> None:
    for path in ("/journal/999999", "/contract/versions/999999", "/setbacks/999999", "/reset/not-a-token"):
        response = client.get(path)
        page = text_of(response)
        assert response.status_code == 404, path
        assert "link from your partner" not in page
        assert "A link stops working once it has been used, or when what it pointed to was removed or replaced." in page
