"""Everyday English words that are nobody's first name: a word Alexa put in a name slot that is
one of these ("this is great", "some") was never a name, however like a partner's it sounds
(skill/partner_names.py `plausible_name`). Words that are names as well (Will, May, Grace,
Faith, Frank, Hope, Joy, Rose, Mark) are left out: for them only the couple's own names count."""

from __future__ import annotations

_WORDS = """
a able about above accept act add afraid after again against age ago agree air alive all allow
almost alone along already also although always am amazing an and angry animal annoyed another
answer anxious any anyone anything anyway apart are area arm around as ask asleep at attention awake
away awesome awful baby back bad bag ball bank bar bath be because bed been beer before begin being
believe belt best better between big bin bins bird birthday bit blame blue board boat body book
boring born boss both bottle bottom box boy brain bread break breakfast bright brilliant bring broke
broken brother build burn bus business busy but buy by cake call calm came can can't cannot car card
care carry case cat catch cause certain chair change cheap check child children choose church city
class clean clear clever clock close clothes cloud coffee cold colour come coming cook cool cost
couch could couldn't count country couple course cousin cover crazy cry cup cut cute dad damn dance
dark date daughter day days dead deal dear decide deep desk did didn't different difficult dinner
dirty dish dishes do doctor does doesn't dog doing don't done door double down dream dress drink
drive drop dry during each ear early earth easy eat egg either else empty end enjoy enough even
evening ever every everyone everything evil exact exactly excellent excited exciting excuse eye face
fact fail fair fall family famous fantastic far fast fat father fault fear fed feel feeling felt few
fight figure fill film find fine finish fire first fish fit fix flat floor flower fly food fool foot
for form forward fresh friend friends from front fruit full fun funny game garden gas gave get
getting gift girl give glad glass go going gold golf gone good got grand grass grease great ground
group grow guess gun had hair half hand hang happen happy hard has hasn't hat hate have haven't
having he he's head health hear heart heat heavy hell help her here hers herself hide high hill him
himself his hit hold hole holiday home honestly horrible horse hospital hot hotel hour house how
however huge hungry hurt husband i i'm ice idea if ill important in inside instead into iron is
island isn't it it's item its itself jealous job join joke juice jump just keep keys kid kids kill
kind kinda kitchen knee knife know lady lake land large last late later laugh law lay lazy lead
learn least leave left leg less let lie life lift light like line list listen little live lock
lonely long look loose lose lot lots loud love lovely low luck lucky lunch mad made main make man
many map market match matter maybe me meal mean meant meat meet message middle might mile milk mind
mine minute miss moment money month moon more morning most mother mouth move movie much mum music
must my myself name nasty near neck need nervous never new news next nice night nine no nobody noise
none nope nor nose not note nothing now number odd of off office often oh ok okay old on once one
only open or order other our ours out outside over own pain paint pair paper parent park part party
pass past pay peace pen people perfect perhaps person phone pick picture piece pink place plan plane
plant play please pleased pocket point police poor pop possible post pot power present press pretty
problem proud pull push quick quiet quite race radio rain raise rather read ready real really red
rest ride right ring rise road rock roof round rubbish rude run sad safe sale salt same sand save
saw say school sea seat second see seem seems send sense serious set seven shame shape share sharp
she she's sheet ship shirt shoe shop short shot should show shower shut sick side sign silly simple
since sing sister sit six size skin sleep slow small smart smell smile snow so soft some somebody
someone something sometimes son song soon sorry sort sound soup south space speak special spend spot
spring stand start state stay step stick still stop strange street strong stuck student study stuff
stupid such sugar sum sun super supper sure sweet swim table tail take talk tall taste tea teach
team teams tear teeth tell ten terrible test text than thank thanks that that's the their them then
there these they they're thick thin thing things think third this those though thought three through
throw ticket tie tight time times tiny tired to toast today toe together toilet told tomorrow
tonight too took tooth top total touch tough town toy train tree tried trip trouble truck true trust
truth try turn twice two type ugly um uncle under understand until up upset us use used useless very
visit voice wait walk wall want war warm was wash wasn't waste watch water way we we're weak wear
weather week weird well went were weren't wet what wheel when where which while who whole why wide
wife wild win window wine wise wish with without woman won't wonder word work world worried worry
worse would wouldn't wow wrong yeah year yellow yes yesterday yet you your yours
"""
EVERYDAY = frozenset(_WORDS.split())
