"""The variants source.json's "carried" leaves out (nlu17: room under the 900,000 guard for what people
say first) are still heard as the same job: each, said alone in every locale, reaches a topic carrier
("what this week's check in questions are" the check-in's), and the topic reading decides it by rule alone (as while a check-in question waits, when
no learned guess is made) as that intent, with nothing asked and nothing else in its slots."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from ask_sdk_model import Intent, Slot

from tests.skill.talk import Talk
from tests.skill.test_natural_phrasings_nlu7 import _talk
from tests.skill.voice12_home import VOICE
from tests.skill.voice12_home import named_rows as rows
from trust_tracker.skill.builder import build_skill
from trust_tracker.skill.simulator import InteractionModel
from trust_tracker.skill.topic_words import topic_read
from trust_tracker.skill.topics_heard import carried

MODEL_DIR = Path(__file__).resolve().parents[2] / "interaction-model"
SOURCE = json.loads((MODEL_DIR / "source.json").read_text(encoding="utf-8"))
LEFT_OUT = [(intent, said) for intent, samples in SOURCE["carried"].items() if intent != "about" for said in samples]
LOCALES = SOURCE["locales"]


def _job(locale: str, said: str, guess: bool) -> tuple[str | None, str | None]:
    """(the intent Alexa sends, the job the skill reads in it)."""
    match = InteractionModel.load(locale=locale).match(said)
    assert match is not None, said
    heard = carried(Intent(name=match.intent, slots={k: Slot(name=k, value=v) for k, v in match.slots.items()}))
    if heard is None:
        return match.intent, match.intent
    _topic, before, words, after = heard
    return match.intent, topic_read(before, words, after, match.intent, ("alex", "sam"), (), guess=guess).intent


@pytest.mark.parametrize("locale", LOCALES)
def test_every_variant_left_out_is_heard_by_a_carrier_as_the_same_job(locale) -> None:
    samples = {
        s
        for i in json.loads((MODEL_DIR / f"{locale}.json").read_text())["interactionModel"]["languageModel"]["intents"]
        for s in i.get("samples", [])
    }
    assert len(LEFT_OUT) > 400
    wrong = []
    for intent, said in LEFT_OUT:
        assert said not in samples, said  # really left out
        sent, job = _job(locale, said, guess=False)
        if not sent or not sent.endswith("TopicIntent") or job != intent or _job(locale, said, True)[1] != intent:
            wrong.append((said, sent, job))
    assert wrong == []


@pytest.mark.parametrize("locale", ["en-GB", "en-IN"])
@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("please tell me what our milestones are", "what should we celebrate"),
        ("what this week's questions are right now", "what are the check in questions"),
    ],
)
def test_a_left_out_variant_gets_the_answer_its_written_sample_gets(session, session_factory, locale, said, written):
    assert said in dict.fromkeys(s for _, s in LEFT_OUT)
    talk = _talk(session, session_factory, locale)
    answer = talk(written)
    again = _talk_again(session_factory, locale)(said)
    assert again.speech == answer.speech and answer.speech, (answer.speech, again.speech)
    assert rows(session) == []


def _talk_again(session_factory, locale: str) -> Talk:
    """Another device session in the same home: the answer heard afresh, not varied for being heard before."""
    return Talk(build_skill(), session_factory, person_id=VOICE, locale=locale)
