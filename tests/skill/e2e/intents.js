// Which intent each phrasing reaches through virtual-alexa (as alexa.js puts it right), and
// what the skill answers. Every phrasing is a fresh one-shot session, as "Alexa, ask trust
// tracker ..." is.
//
//   node intents.js SKILL_URL MODEL_FILE < phrasings.json
//
// phrasings.json: {"userId": "...", "personId": "...", "utterances": ["...", ...]}, and
// "routeOnly": true to resolve the intents without sending anything (SKILL_URL unused).
// Prints one JSON line per phrasing: {"utterance", "intent", "ssml"}; intent is null
// when virtual-alexa matches no sample at all. With routeOnly, "slots" too: each slot's words.
"use strict";
const { session } = require("./alexa");

async function main() {
  const [skillURL, modelFile] = process.argv.slice(2);
  const script = JSON.parse(require("fs").readFileSync(0, "utf8"));
  const alexa = session(skillURL, modelFile, script);
  for (const utterance of script.utterances) {
    if (script.routeOnly) {
      const intent = alexa.route(utterance);
      const slots = intent ? alexa.routeSlots(utterance) : {};
      console.log(JSON.stringify({ utterance, intent, slots, ssml: null }));
      continue;
    }
    alexa.newSession();
    let intent = null;
    let ssml = null;
    try {
      const reply = await alexa.utter(utterance);
      const body = reply.response || {};
      intent = alexa.heard();
      ssml = body.outputSpeech ? body.outputSpeech.ssml : null;
    } catch (error) {
      if (!String(error).includes("Unable to match utterance")) throw error;
    }
    console.log(JSON.stringify({ utterance, intent, ssml }));
  }
}

main().catch((error) => { console.error(String(error)); process.exit(1); });
