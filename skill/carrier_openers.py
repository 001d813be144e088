"""SupportIntent's carriers whose fixed words are everyday openers, read by skill/safety.py."""

from __future__ import annotations

# Carriers whose fixed words are everyday openers ("oh great {...}", "the doctor said {...}",
# "at our age {...}"): they exist for the distress said after them, so everyday words they carry
# are let go as words about no promise are, never met with the calm line about help.
OPENERS = frozenset(
    {
        "after_since_the_baby_came",
        "after_since_they_died",
        "after_losing_the_baby",
        "after_at_our_age",
        "after_after_years",
        "after_the_flashbacks",
        "after_it_is_happening_again",
        "after_the_police_told",
        "after_the_doctor_asked",
        "after_oh_great",
        "after_lucky_me",
        "after_love_how",
        "after_what_a_fun_week",
        "after_it_is_totally_normal",
        "after_he_went",
        "after_he_poked",
        "after_i_cut",
        "after_he_waits",
        "after_he_parks",
        "after_when_he_is",
        "after_he_secretly",
        "after_he_messed_with",
        "after_when_he",
        "after_when_my_partner",
        # "the baby's got bruises", "the one i keep so he doesn't lose it with me" (tester-voice10).
        *(f"after_the_{child}" for child in ("baby", "toddler", "little_one", "little_ones")),
        # "the kids have marks …", "the kids sleep in my room now …": a verb after, so "the kids broke
        # the rules at school" still reaches the boundaries' question.
        *(
            f"after_the_{child}_{verb}"
            for child in ("kids", "children")
            for verb in ("have", "sleep", "are", "were", "keep", "flinch", "hide", "cry")
        ),
        *(f"after_the_{child}" for child in ("youngest", "eldest")),
        *(f"after_the_{child}_s" for child in ("baby", "kid", "toddler", "little_one")),
        "after_the_one_i_keep",
        "after_the_one_i_do",
        *(f"after_i_would_rather_not_{be}" for be in ("be", "exist", "wake_up", "live")),
        # "everyone would manage if i wasn't here", "my ribs still hurt … but we're good now" (tester-voice11).
        *(f"after_everyone_would_{cope}" for cope in ("manage", "cope", "be_fine", "be_okay", "be_happier")),
        *(
            f"after_my_{part}_still_hurt"
            for part in ("ribs", "jaw", "wrist", "throat", "neck", "face", "nose", "cheek", "lip")
        ),
        "after_tonight_feels_like",
        "after_he_would_be_better_off",
        *(f"after_i_have_{kept}" for kept in ("stockpiled", "hoarded", "stashed")),
        # "I'm afraid I forgot the milk", "he followed the recipe", "my mother in law's cooking" (nlu10).
        "after_i_am_afraid_i",
        "after_he_followed_the",
        "after_my_mother_in_law_s",
    }
)
