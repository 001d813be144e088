"""Natural phrasings not understood on main (nlu20): how my week is going, what is left for me, what I promised
the partner by name, how the partner is doing, and "how am I tracking" (en-AU), which reached the pause's
"tracking" carrier and now is the speaker's own progress, never a pause. Questions save nothing. Said through
several locales' models, each answered as a sample written before it is."""

from __future__ import annotations

import pytest

from tests.skill.test_natural_phrasings_nlu7 import LOCALES, _heard, _talk
from tests.skill.test_natural_phrasings_nlu19 import _again
from tests.skill.voice12_home import named_rows as rows

# (what is said, the intent it reaches, a sample written before nlu20 that gets the same answer)
ASKED = [
    ("how am I getting on this week", "MyProgressIntent", "how am I doing"),
    ("how am I getting on lately", "MyProgressIntent", "how am I doing"),
    ("how's my week going", "MyProgressIntent", "how am I doing"),
    ("how is my week going", "MyProgressIntent", "how am I doing"),
    ("how am I tracking", "MyProgressIntent", "how am I doing"),
    ("how am I tracking this week", "MyProgressIntent", "how am I doing"),
    ("how are we tracking", "ProgressIntent", "how are we doing"),
    ("how are we tracking this week", "ProgressIntent", "how are we doing"),
    ("anything left for me to do today", "DueTodayIntent", "what's due today"),
    ("anything left for me to do", "DueTodayIntent", "what's due today"),
    ("have I got anything left to do", "DueTodayIntent", "what's due today"),
    ("have I got anything left to do today", "DueTodayIntent", "what's due today"),
    ("do I have anything left to do", "DueTodayIntent", "what's due today"),
    ("what have I promised Sam", "MyPromisesIntent", "what did I promise"),
    ("what did I promise Sam", "MyPromisesIntent", "what did I promise"),
    ("what have I promised Jordan", "MyPromisesIntent", "what did I promise"),
    ("what did I promise him", "MyPromisesIntent", "what did I promise"),
    ("how's Sam doing", "PartnerNewsIntent", "any news from Sam"),
    ("how is Sam doing this week", "PartnerNewsIntent", "any news from Sam"),
    ("how's my partner doing", "PartnerNewsIntent", "any news from Sam"),
    ("how is my partner doing", "PartnerNewsIntent", "any news from Sam"),
]


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(("said", "intent", "written"), ASKED)
def test_a_question_said_so_gets_its_written_samples_answer(session, session_factory, locale, said, intent, written):
    talk = _talk(session, session_factory, locale)
    assert _heard(talk, said) == intent
    answer = talk(said).speech
    assert answer == _again(session_factory, locale)(written).speech and answer
    assert rows(session) == []


@pytest.mark.parametrize("locale", ["en-AU", "en-GB"])
@pytest.mark.parametrize("said", ["how am I tracking", "how am I tracking this week"])
def test_how_am_i_tracking_is_never_a_pause(session, session_factory, locale, said) -> None:
    talk = _talk(session, session_factory, locale)
    answer = talk(said).speech
    assert answer.startswith("Just your own entries, Alex."), answer
    assert "breath" not in answer.lower() and "pause" not in answer.lower()


@pytest.mark.parametrize("locale", ["en-GB", "en-AU"])
@pytest.mark.parametrize(
    "said", ["how is my week looking", "how am I tracking my spending", "is there anything on the telly tonight"]
)
def test_nearby_words_reach_no_new_question(session, session_factory, locale, said) -> None:
    talk = _talk(session, session_factory, locale)
    assert _heard(talk, said) not in ("MyProgressIntent", "DueTodayIntent", "MyPromisesIntent")
    assert rows(session) == []
