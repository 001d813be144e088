"""tester-voice20's misses that integ still had (/work/notes/tester-voice20.md defects 3-5, its
appendix and extra probes), each family in the tester's words and in ours, written before the rules
(skill/distress_worn_through.py): other words, other partners' pronouns, other locales' spellings.
Each family's twins share its words and must stay quiet and be saved as said."""

from __future__ import annotations

# The tester's own sentences that integ missed, by family.
TESTER20_MORE = {
    # SAVED as a check-in answer and, with ", log it", as a moment (en-AU).
    "injuries_hidden_with_a_laugh": ["ha, guess I'll be wearing long sleeves all summer again"],
    # As a note, SupportIntent's "{before_the_refuge} (the|a|women's) refuge" carrier: only the soft line (en-GB).
    "help_in_secret": ["I rang a women's refuge today while he was at work, please don't let him find out"],
    # As a note: only the doubt question (en-IN).
    "sex_endured": ["I just lie there and wait for it to be over because saying no makes it worse"],
    # At "which one?" (en-US).
    "kept_out_of_fear": ["I kept the open phone one but only because I'm frightened of what he does if I don't"],
    # Scored 5.33, just under the learned check's alarm (en-GB).
    "hidden_watcher": ["I found a tiny camera hidden in the smoke alarm"],
}

# Ours, written before the rules: at least eight a family.
HELD_OUT20 = {
    "injuries_hidden_with_a_laugh": [
        "lol, turtleneck season again and it's thirty degrees out",
        "guess it's polo necks in August again, ha",
        "haha, back to wearing a scarf in the middle of summer again",
        "long sleeves in this heat again, what a laugh",
        "jeans in a heatwave again, you know why, ha",
        "another summer in long sleeves, she says I bruise like a peach lol",
        "ha, hoodie on in forty degree heat again, nobody asks any more",
        "wearing a cardigan to the beach again this summer, haha, the usual reason",
        "guess I'm the one in long sleeves at the barbie all summer again",
    ],
    "help_in_secret": [
        "I called the domestic violence hotline from the library so he doesn't know",
        "I've been seeing a support worker on Tuesdays, she mustn't ever find out",
        "I spoke to someone at Women's Aid on my lunch break, don't let him know",
        "I messaged a helpline and then deleted the chat so she wouldn't see it",
        "my support worker from the refuge rang while he was out, he can never know",
        "I phoned a domestic abuse counsellor from my mate's mobile so he wouldn't find out",
        "I went to the shelter's drop-in session behind my husband's back",
        "I memorised the refuge's number at work so he won't see it on my phone",
        "I've got an appointment with a domestic abuse advocate and he must never hear about it",
    ],
    "sex_endured": [
        "I just lay there staring at the ceiling until he was done because saying no is worse",
        "I stopped saying no in bed because saying no only makes it worse",
        "she doesn't take no, so I lie still and wait for it to be over",
        "I let him do what he wants at night because refusing makes it worse",
        "I go along with it in bed because if I say no he gets nasty",
        "I lie there and count the cracks in the ceiling till he's finished",
        "every night I just lie there waiting for it to end, saying no isn't worth the fallout",
        "I pretend to be asleep but he does it anyway, so I just wait for it to be over",
        "I grit my teeth and let her do it because saying no makes everything worse",
    ],
    "kept_out_of_fear": [
        "the evening talk, but only because I'm scared of what she'll do if I skip it",
        "I did the call when late one because I'm terrified of what he'd do otherwise",
        "Sunday walk, I only go because I'm afraid of what they do to me if I don't",
        "I kept it, I'm too frightened of what my husband would do if I didn't",
        "the evening talk, I only turn up out of fear of what she might do",
        "the open phone one, I daren't not do it, I'm afraid of what he'll do to me",
        "I kept the phone one because I'm frightened of him",
        "open phone, I hand it over every night because I'm scared of what he does when I don't",
    ],
    "hidden_watcher": [
        "there was an AirTag taped under the wheel arch of my car",
        "I found a GPS tracker stuck inside the lining of my handbag",
        "he hid a camera in the bathroom vent",
        "I discovered a voice recorder tucked under the seat of my car",
        "she planted a listening device in our bedroom lamp",
        "I spotted a little camera inside the clock on my bedside table",
        "found a tracker in my daughter's teddy after he had her for the weekend",
        "my partner put a hidden camera in the phone charger in my room",
    ],
}

# Everyday twins that share each family's words: quiet, saved as said. At least six a family.
TWIN_LOOKALIKES20_MORE = {
    "injuries_hidden_with_a_laugh": [
        "I'll be wearing long sleeves all winter, it's freezing",
        "long sleeves all summer again, I burn so easily in the sun",
        "guess it's jeans in the heat again because of the office dress code",
        "ha, turtleneck season again, finally autumn",
        "long sleeves in this heat again because the mosquitoes are eating me alive",
        "wearing a scarf all summer again, the air con at work is brutal",
        "I wore a hoodie in the heat again at the gym to sweat more",
    ],
    "help_in_secret": [
        "I rang the plumber while he was at work so it'd be a surprise",
        "I called the animal shelter about adopting a puppy, don't let her find out, it's her birthday present",
        "I rang the lawyer about the house sale, please don't let him forget to sign",
        "I called the helpline for my broadband because it keeps dropping out",
        "I volunteered at the homeless shelter today while he was at work",
        "I rang the vet's helpline about the cat's cough, don't let him know I'm worried",
        "I called the lawyer about my speeding fine so he doesn't know",
        "don't let him find out the score, he's recording the match",
    ],
    "sex_endured": [
        "saying no to dessert makes it worse, I just crave it more",
        "with the toddler saying no makes it worse, so we distract him instead",
        "I just lie there and wait for the painkillers to kick in",
        "I lie on the sofa and wait for the match to be over",
        "I just lie there in the dentist's chair and wait for it to be over",
        "I just lie there and wait for the storm to be over",
        "I let him do the cooking because refusing makes it worse, he sulks for hours",
    ],
    "kept_out_of_fear": [
        "I kept the walk one only because I'm frightened of losing my fitness",
        "the evening talk, because I'm scared of what she'll think if I forget",
        "I kept the call one because I'm afraid of what the traffic does to my nerves",
        "I kept the Sunday walk because I'm frightened of what the doctor said about my heart",
        "I kept the call when late one because I'm scared of the dark roads",
        "the open phone one, only because I'm terrified of what my mum would say about the mess",
    ],
    "hidden_watcher": [
        "I changed the battery in the smoke alarm",
        "we hid a camera in the bird box to watch the chicks",
        "I found my lost AirTag at the bottom of my handbag",
        "he installed a camera on the front door for deliveries",
        "I found a tiny spider hidden in the smoke alarm",
        "I found the camera I'd hidden in the hedge for the hedgehogs",
        "Sam put a tracker in the luggage so we don't lose it at the airport",
    ],
}
