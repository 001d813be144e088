"""Who did what a breach's words tell (skill/breach_doer.py, breach11): the speaker, the partner,
or someone else. The phrasings are our own, written for the rule, none from the tester's list
but its two; each is said by either partner of couples with other names, `{other}` standing
for the partner's name and `{me}` for the speaker's."""

from __future__ import annotations

import pytest

from tests.factories import make_couple
from trust_tracker.models.logbook import Doer
from trust_tracker.skill.breach_doer import who_did

# The partner's act, told by the other.
PARTNERS = [
    "{other} read my journal",
    "{other} keeps reading my diary",
    "{other}'s been going through my journal again",
    "{other} had a look through my private diary last night",
    "so last night {other} went through my journal",
    "log a breach {other} read my journal",
    "a breach {other} read my diary",
    "i want to report that {other} contacted her again",
    "i found out {other} read my journal",
    "i just found out that she texted him again",
    "i caught him reading my diary",
    "i found his messages to her",
    "i found {other}'s texts to her last night",
    "i think she read my journal while i was out",
    "i'm pretty sure he messaged her again",
    "turns out he met up with her behind my back",
    "it was {other} who read my diary",
    "my journal was read by {other}",
    "my diary got read by him again",
    "she went through my journal while i was at work",
    "he got in touch with her again behind my back",
    "she contacted him again",
    "they read my journal",
    "he's been texting her again",
    "my partner went through my journal",
    "my husband read my diary",
    "my wife contacted him again",
    "my girlfriend snooped through my journal",
    "my boyfriend's been messaging his ex",
    "my fiance rang her again",
    "my other half read my diary",
    "my fiancée read my diary",
    "caught {other} reading my journal",
    "noticed {other} had read my diary",
    "i'm upset because {other} read my journal",
    "what {other} did was read my journal",
    "{other} has been reading my journal",
    "{other} went and read my journal",
    "{other} messaged the affair partner again",
    "{other} broke the no contact rule",
    "{other} went behind my back and called her",
    "last night my wife read my journal",
    "can you log that {other} read my journal",
    "{other} secretly read my diary",
    "one of our boundaries was broken today he met her for coffee",
    "a boundary got crossed she read my journal",
    "there was a breach yesterday {other} texted her",
    "he went to the pub with her even though we agreed he wouldn't",
    "um so yeah {other} read my journal",
    "{other}",
]
# The speaker's own act, or no one said: theirs to log, as before.
SPEAKERS = [
    "i read {other}'s journal",
    "i had a look through {other}'s diary last night",
    "i peeked at {other}'s journal when she was in the shower",
    "i went behind {other}'s back",
    "i went behind {other}'s back and called her",
    "i was in touch with him again and i shouldn't have been",
    "i checked his phone without asking and that was a breach",
    "log a breach i texted my ex",
    "i think i crossed a line with her",
    "i know i shouldn't have messaged him",
    "i caught myself reading {other}'s diary",
    "we broke the no phones at dinner rule",
    "{other} and i read each other's journals",
    "me and {other} went to see her",
    "my friend and i read {other}'s diary",
    "went through her phone",
    "accidentally read his diary",
    "texting my ex again",
    "no contact with my ex",
    "the journal thing",
    "{me} read {other}'s journal",
    "i read my partner's journal",
    "i'm upset because i read {other}'s journal",
    "caught myself reading her journal",
    "i admit i read {other}'s journal",
    "sorry {other} i read your diary",
    "i've been in touch with her again",
    "i found {other}'s diary and read it",
    "",
]
# Someone who is neither of them: no breach of their contract.
SOMEONE_ELSE = [
    "my friend read my journal",
    "my best friend went through my diary",
    "my mum went through my diary",
    "my sister keeps reading my journal",
    "our son read my diary",
    "the kids read my diary",
    "someone read my journal",
    "somebody has been going through my diary",
    "her ex contacted him again",
    "my flatmate snooped through my journal",
    "i found out my mum read my diary",
    "jordan read my journal",
    "my daughter read my diary",
    "my ex texted me again",
    "my mother in law went through my journal",
    "our neighbour read my journal",
]
COUPLES = [("Alex", "Sam"), ("Priya", "Tom"), ("Callum", "Fiona"), ("José", "Zoë")]


@pytest.fixture(params=COUPLES, ids="-".join)
def pair(request, session):
    """Both partners of a couple: each is the speaker in turn."""
    first, second = make_couple(session, *request.param)
    assert second is not None
    return first, second


def _said(words: str, me, other) -> str:
    return words.format(me=me.name.lower(), other=other.name.lower())


@pytest.mark.parametrize("words", PARTNERS)
def test_the_partners_act_is_the_partners(pair, words) -> None:
    for me, other in (pair, pair[::-1]):
        assert who_did(_said(words, me, other), me) is Doer.PARTNER, (me.name, words)


@pytest.mark.parametrize("words", SPEAKERS)
def test_the_speakers_own_act_or_no_one_said_is_theirs(pair, words) -> None:
    for me, other in (pair, pair[::-1]):
        assert who_did(_said(words, me, other), me) is Doer.SPEAKER, (me.name, words)


@pytest.mark.parametrize("words", SOMEONE_ELSE)
def test_someone_else_is_neither_of_them(pair, words) -> None:
    for me, other in (pair, pair[::-1]):
        assert who_did(_said(words, me, other), me) is Doer.SOMEONE_ELSE, (me.name, words)


@pytest.mark.parametrize(("heard", "name"), [("calum", "Callum"), ("fionna", "Fiona"), ("Sam", "Sam")])
def test_a_name_heard_a_little_differently_is_still_the_partner(session, heard, name) -> None:
    me, _ = make_couple(session, "Jordan", name)
    assert who_did(f"{heard} read my journal", me) is Doer.PARTNER


def test_the_partners_name_as_a_possession_is_not_the_one_who_did_it(session) -> None:
    me, _ = make_couple(session, "Alex", "Sam")
    assert who_did("sam's journal i read it last night", me) is Doer.SPEAKER


def test_alone_the_other_is_still_not_the_speaker(session) -> None:
    """Before the partner has joined, "he read my journal" is still not the speaker's act."""
    me, _ = make_couple(session, "Alex", None)
    assert who_did("he read my journal", me) is Doer.PARTNER
    assert who_did("sam read my journal", me) is Doer.SOMEONE_ELSE  # no partner called Sam yet
    assert who_did("i read his journal", me) is Doer.SPEAKER


@pytest.mark.parametrize(
    "said",
    [
        "   ",
        "um",
        "!!! ???",
        "'s 's 's",
        "a" * 2000,
        "the " * 500,
        "one of our " * 180,
        "so " * 600 + "sam read my journal",
        "i found out that " * 110,
        "it was " * 280,
        "was read by " * 160,
        "my friend and i " * 120,
        "sam\x00read my journal",
    ],
)
def test_bad_input_is_read_quickly_and_never_raises(session, said) -> None:
    me, _ = make_couple(session, "Alex", "Sam")
    assert who_did(said, me) in Doer
