"""Settings shows the Alexa devices whose time zone (from Alexa's Settings API) differs from the couple's."""

from __future__ import annotations

from tests.factories import NOW, make_couple
from tests.web.helpers import text_of
from trust_tracker.models import devices

TITLE = "Alexa devices in another time zone"


def test_nothing_is_shown_without_devices_or_when_they_agree(client, alex, session) -> None:
    assert TITLE not in text_of(client.get("/settings/"))
    devices.remember_zone(session, alex.couple, "device-home", "America/New_York", NOW)
    devices.remember_zone(session, alex.couple, "device-unknown", None, NOW)  # the API could not say
    session.flush()
    assert TITLE not in text_of(client.get("/settings/"))


def test_a_device_in_another_zone_is_shown_to_both_and_to_no_other_couple(client, alex, sam_client, session) -> None:
    devices.remember_zone(session, alex.couple, "device-kitchen", "Europe/London", NOW)
    others, _ = make_couple(session, "Kim", "Lee", timezone="Asia/Tokyo")
    devices.remember_zone(session, others.couple, "device-elsewhere", "Australia/Sydney", NOW)
    session.flush()

    for page in (client.get("/settings/"), sam_client.get("/settings/")):
        text = text_of(page)
        assert page.status_code == 200
        assert TITLE in text
        assert "Your time zone here is New York (UTC−5), but Alexa says one of your devices is set differently." in text
        assert "A device set to London (UTC+0) (last checked 25 November 2026)" in text
        assert "A device set to Sydney" not in text and "device-kitchen" not in text  # the device's id stays private
