"""Said quietly, meant plainly (the lead's own probe, 2026-12-05): the world going on fine without me,
a sorry for everything from someone who won't be around to say it, a threat to my work if I leave, a
night ready to run (shoes on, in case I need to run), my address put online for people to come for me,
the children and I sleeping in the car again.

Each needs its frame; the everyday beside them stays quiet: the office going on without me while I am
on holiday, a stadium I won't be around to see finished, a boss who says I'll lose my job if I leave
early, running for the train, an address posted on the wedding invitations, a night in the car at a
festival or on a road trip.
"""

from __future__ import annotations

from .distress_vocab import PARTNER_AS_HE_OR_SHE

_AWAY = (
    r"(?!.*\b(?:holiday|holidays|vacation|trip|away|travel\w*|work|shift|conference|leave|week off|camping|festival|"
    r"hospital for|operation|surgery|course|exam|flight|plane|train|bus|party|wedding)\b)"
)

QUIETLY_SAID = [
    # The world goes on fine without me: "the world would keep turning fine without me in it".
    r"\b(?:the world|everyone|everybody|my family|the kids|they) (?:would|will) (?:keep turning|go on|carry on|keep going|be "
    r"fine|be okay|be ok|manage|cope)(?: \w+){0,2} without me(?: in it| around| here| alive| anyway| at all| honestly)?(?= *$)",
    # Sorry for everything, not around to say it: "tell Sam I'm sorry for everything, I won't be around to say it".
    r"\bsorry for everything\b.*\b(?:i (?:will not|would not|am not going to) be (?:around|here|alive)|after i am gone|when i am "
    rf"gone|goodbye)\b{_AWAY}",
    rf"\bi (?:will not|am not going to) be (?:around|here|alive) to (?:say|tell (?:you|him|her|them|the kids)|say goodbye|"
    rf"say sorry|apologi[sz]e)\b{_AWAY}",
    # A threat to my living if I leave: "she said if I ever leave she'll make sure I lose my job".
    rf"\bif i (?:ever )?(?:leave|left|go|walk out|try to leave|tell anyone|tell someone|report (?:him|her)|go to the police)\b"
    rf"(?! (?:early|late|on time|work|the office|before)\b).*\b{PARTNER_AS_HE_OR_SHE} (?:will|would|is going to|would make sure|will make "
    r"sure)(?: make sure)?(?: that)? (?:i (?:lose|lost) my (?:job|visa|flat|house|home|licence|license|kids)|i (?:get|am) "
    r"(?:fired|sacked|deported)|(?:get|gets) me (?:fired|sacked|deported)|ruin (?:my (?:career|life|name|reputation)|me)|"
    r"destroy (?:me|my (?:career|life|reputation)))\b",
    # Ready to run at night: "I have to sleep on the couch with my shoes on in case I need to run".
    r"\bin case (?:i|we|the kids and i|me and the kids) (?:need|needs|have|has|had) to (?:run|flee|get out|escape|leave in a "
    r"hurry|leave fast|leave quickly|bolt|get away)\b(?! (?:for|to|after|from) (?:the|a|my|our)\b)"
    r"(?!.*\b(?:train|bus|flight|plane|ferry|fire|flood|storm|earthquake|drill|alarm|labou?r|hospital)\b)",
    # My address put online for people to come: "my ex posted my address online and told people to come get me".
    rf"^(?!.*\b(?:by accident|accidentally|by mistake|invitations?|invites?)\b).*\b{PARTNER_AS_HE_OR_SHE} (?:\w+ )?(?:posted|shared|put|"
    r"leaked|published|spread) my (?:home |new |work )?(?:address|workplace)\b(?: \w+){0,2} "
    r"(?:online|on (?:facebook|instagram|twitter|reddit|tiktok|social media|the internet|a forum|whatsapp))\b",
    # The children and I in the car for the night: "the kids and I spent the night in the car again".
    r"^(?!.*\b(?:festival|camping|campsite|road trip|trip|airport|ferry|concert|beach|drive-in|holiday|traffic|snow|"
    r"garden|back yard|backyard|for fun|sleepover|scouts|cubs|brownies|guides|adventure|treat)\b).*"
    r"\b(?:(?:the|my) (?:kids|children|baby|son|daughter|boy|girl|little one) and i|me and (?:the|my) (?:kids|children|baby|"
    r"son|daughter|boy|girl|little one))(?: have| had)? (?:spent the night|slept|sleep|have been sleeping|were sleeping|"
    r"stayed the night|had to sleep|are sleeping) in (?:(?:the|my|our) car|(?:a|the|my) (?:tent|van|doorway|hostel|shelter|"
    r"bus station)|the park)\b",
]
