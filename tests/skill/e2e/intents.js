// Which intent each phrasing reaches through virtual-alexa, and what the skill answers.
// Every phrasing is a fresh one-shot session, as "Alexa, ask trust tracker ..." is.
//
//   node intents.js SKILL_URL MODEL_FILE < phrasings.json
//
// phrasings.json: {"userId": "...", "personId": "...", "utterances": ["...", ...]}
// Prints one JSON line per phrasing: {"utterance", "intent", "ssml"}; intent is null
// when virtual-alexa matches no sample at all.
"use strict";
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = "1";
const { VirtualAlexa } = require("virtual-alexa");

async function main() {
  const [skillURL, modelFile] = process.argv.slice(2);
  const script = JSON.parse(require("fs").readFileSync(0, "utf8"));
  for (const utterance of script.utterances) {
    const alexa = VirtualAlexa.Builder().skillURL(skillURL).interactionModelFile(modelFile).create();
    let intent = null;
    alexa.filter((request) => {
      request.context.System.user.userId = script.userId;
      if (request.session) request.session.user.userId = script.userId;
      if (script.personId) request.context.System.person = { personId: script.personId };
      if (request.request.intent) intent = request.request.intent.name;
    });
    let ssml = null;
    try {
      const reply = await alexa.utter(utterance);
      const body = reply.response || {};
      ssml = body.outputSpeech ? body.outputSpeech.ssml : null;
    } catch (error) {
      if (!String(error).includes("Unable to match utterance")) throw error;
    }
    console.log(JSON.stringify({ utterance, intent, ssml }));
  }
}

main().catch((error) => { console.error(String(error)); process.exit(1); });
