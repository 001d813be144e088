"""End to end, over HTTP as Alexa sends it (virtual-alexa and the real server,
tests/skill/e2e/harness.py), for the demo couple (a review of IdentifySpeakerIntent): words heard
as "this is {name} {after_name}" with no name in them are one utterance, never a handover; a
promise in them is logged for the voice Alexa knows, nobody else. ("this is so hard for me", with no
fixed word after the name, matches no sample a literal matcher can split: FallbackIntent, as
tests/skill/test_voice14_speakers.py sends it.)"""

from __future__ import annotations

from tests.skill.e2e.harness import alex_says, conversation_script, opened, server, spoken, written_since
from trust_tracker.models.entities import LogEntry, Partner

__all__ = ["conversation_script", "server"]  # fixtures


def test_a_real_alexa_client_hears_no_name_in_this_is_great(conversation_script, server) -> None:
    database = server[2]
    before = written_since(database, LogEntry)
    turns = alex_says(conversation_script, server, ["this is brilliant i did the evening talk"])
    said = spoken(turns)
    for speech in said[1:]:
        assert "I know you as" not in speech and "I only know" not in speech, speech
    new = written_since(database, LogEntry, before)
    with opened(database) as session:
        assert [session.get(Partner, e.partner_id).name for e in new] == ["Alex"], said
