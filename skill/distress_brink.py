"""A method's place looked at again and again, nearly used, or the sea let take one (an eighth
tester's finds: "I keep looking at the train tracks on my walk home", "I walked to the edge of the
cliff and nearly stepped off", "I keep wondering if I'd survive the drop", "paddling out and
letting the rip take me", "I'll paddle out past the flags and just not come back"), read by
skill/distress.py.

Each needs what makes it more than a walk or a swim: a habit of looking ("keep", "can't stop",
"every time"), a step nearly taken, surviving the fall, not coming back. The everyday stays quiet:
trains watched with the kids, a stunning cliff walk, the drop of a roller coaster, a paddle that
lasted till dark, the current that carried a kayak downstream.
"""

from __future__ import annotations

# Where people go to die: heights, rails, water, a quarry.
PLACE = (
    r"(?:(?:train|railway|rail) (?:tracks|track|line|lines|bridge|crossing)|tracks|railway|level crossing|platform edge|"
    r"edge of the platform|platform|(?:motorway|railway|road|high|river|foot) ?bridge|bridge|overpass|flyover|viaduct|"
    r"cliffs?|cliff edge|cliff top|clifftop|quarry|ledge|rooftop|roof|(?:multi ?storey|car park) roof|multi ?storey|"
    r"balcony|weir|river|canal|reservoir|dam|lake|pier|jetty|harbour wall|sea wall|the sea|the drop|the edge)"
)
# A habit of looking, or not being able to stop: "i keep staring at", "every time i cross it i look at".
_HABIT = (
    r"(?:keep|keeps|kept|always|been|find myself|found myself|can not stop|could not stop|can not help|could not help|"
    r"every (?:day|night|time|morning|evening)|each (?:day|time)|all the time|again and again)"
)
_LOOKING = (
    r"(?:looking|staring|gazing|eyeing|peering|glancing|looking down|looking over|picturing|seeing|imagining|"
    r"thinking about|dreaming about|wondering about)"
)
# Not pictures of it, a model of it, its views or what is on it: "i keep looking at the bridge photos".
_NOT_A_PICTURE = (
    r"(?! (?:photos?|pictures?|plans?|paintings?|drawings?|models?|set|timetables?|app|designs?|works|repairs|boats?|"
    r"walk|path|towpath|views?|sunsets?|fireworks|trains?|ducks|birds|swans|fish|house|cottage|flat|prices|tickets|club|"
    r"game|night|party|lessons|table|tournament|rolls?|we (?:are|were|will|want|have)|we are going)\b)"
    r"(?!.*\b(?:view|views|sunset|scenery|stars|fireworks|calming|relaxing|beautiful|lovely|stunning|gorgeous|pretty)\b)"
)
# A step that nearly went over: "nearly stepped off", "almost let myself fall".
_NEARLY = r"(?:nearly|almost|very nearly|so nearly|close to|came close to|so close to|wanted to|tempted to|ready to)"
_OVER = (
    r"(?:stepped|step|stepping|jumped|jump|jumping|leapt|leap|went over|go over|going over|walked off|walk off|"
    r"let myself (?:fall|go|drop|slip)|letting myself (?:fall|go|drop|slip)|threw myself|throw myself|throwing myself|"
    r"stepped (?:out )?in front|step (?:out )?in front|ended up|end up)"
)
_WATER = r"(?:rip|current|currents|tide|waves?|sea|ocean|river|water|undertow|surf)"

BRINK = [
    rf"\b{_HABIT} (?:\w+ )?{_LOOKING}(?: (?:at|over|down at|into|of|off|from))? (?:the |that |a |this )?{PLACE}\b{_NOT_A_PICTURE}",
    rf"\b{_LOOKING} (?:at |over |down at )?(?:the |that |a )?{PLACE}\b{_NOT_A_PICTURE}(?: \w+){{0,6}} (?:every time|each time|"
    r"whenever|all the time|again and again|in my head|and (?:wondering|thinking|think|wonder))\b",
    # A step nearly taken where there is an edge: "at the edge of the quarry and almost let myself fall".
    rf"\b{PLACE}\b(?: \w+){{0,8}} {_NEARLY} {_OVER}\b",
    rf"\b{_NEARLY} {_OVER}(?: \w+){{0,2}} (?:off |over |from |into |onto |in front of )?(?:the |that |a )?{PLACE}\b",
    rf"\b(?:did not|never) (?:end up|wind up) (?:on|under|at the bottom of|off|in) (?:the |a )?{PLACE}\b",
    # Surviving the fall: "if i'd survive the drop", "the fall wouldn't be survivable".
    r"(?:\bi\b(?: \w+){0,3} (?:survive|survived)|\bsurviving|\bsurvivable) (?:the|that|a|such a) (?:drop|fall|jump)\b"
    r"(?! (?:in|on|of|at) (?:the |those |a |these )?(?:sky ?dives?|bungee|rides?|roller ?coasters?|shares|prices|market|"
    r"ratings|polls|temperature|exam|stock))",
    r"\b(?:drop|fall|jump) (?:would not|will not|wouldn t|would never|could not) be survivable\b",
    r"\b(?:drop|fall|jump) (?:would|will|could|might) (?:kill|finish) (?:me|you|someone|anyone)\b",
    # The sea let take one, or swum out to and not back from.
    rf"\b(?:let|letting|lets|have|having) the {_WATER} (?:just )?(?:take|takes|taking|carry|carries|carrying|pull|pulling|"
    r"drag|dragging|sweep|sweeping|have) (?:me|myself)\b(?! (?:down ?stream|back|to (?:the )?(?:shore|beach|bank)|along)\b)",
    r"\b(?:swim|swimming|swam|paddle|paddling|paddled|wade|wading|waded|walk|walking|walked|row|rowing|rowed|drift|"
    r"drifting|kayak|kayaking|surf|surfing|head|heading|go|going|sail|sailing) (?:out|off|in)\b(?: \w+){0,8}? (?:and|until|"
    r"till|then) (?:i )?(?:(?:thought|thinking|think|wondered|wondering) about |considered |imagined )?(?:just )?(?:not|never|do not|did not|will not|would not|can not|could not|no longer) (?:\w+ )?"
    r"(?:come|coming|came|get|getting|got|turn|turning|swim|swimming|head|heading|make it|paddle|paddling)(?: (?:back|"
    r"round|around|in|home))?\b(?!(?: \w+)? (?:until|till|before|for (?:hours|ages|a while)|in time)\b)",
    # Someone on the rails who would not come off (said_alone_by_shape's "frank sat on the railway line and
    # wouldn't move", heard by the learned check alone until voice36's retrain let it go); never the old line's path.
    r"\b(?!(?:we|you|(?:the |a |our |my )?(?:cat|dog|cats|dogs|puppy|kitten|cow|cows|sheep|horse|fox|deer|bird)) )"
    r"(?:\w+ ){1,2}?(?:sat|sits|lay|lies|laid|stood|stands|was sitting|was lying|was standing|"
    r"sat down|lay down) on the (?!old |disused |former )(?:railway|train|rail) ?(?:line|lines|tracks?)\b(?! model| set)(?: \w+){0,3}? "
    r"(?:and|but) (?:would not|will not|refused to|did not|does not|just would not) (?:move|get off|come off|come away|"
    r"come home|budge)\b",
]
