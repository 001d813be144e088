// Talk to the running skill as Alexa would, through virtual-alexa (as alexa.js puts it right):
// it reads the interaction model, resolves each utterance to an intent and posts the request.
//
//   node conversation.js SKILL_URL MODEL_FILE < turns.json
//
// turns.json: {"userId": "...", "personId": "...", "utterances": ["...", ...]}, and optionally
// "apiEndpoint" and "apiAccessToken": where Alexa's own APIs are (the local stand-in).
// Prints one JSON line per turn: {"utterance", "intent", "slots", "ssml", "reprompt", "ends"};
// "slots" are the slots the request carried, with their resolutions.
"use strict";
const { session } = require("./alexa");

async function main() {
  const [skillURL, modelFile] = process.argv.slice(2);
  const script = JSON.parse(require("fs").readFileSync(0, "utf8"));
  const alexa = session(skillURL, modelFile, script);
  for (const utterance of script.utterances) {
    const reply = await alexa.utter(utterance);
    const body = reply.response || {};
    console.log(JSON.stringify({
      utterance,
      intent: alexa.heard(),
      slots: alexa.slots(),
      ssml: body.outputSpeech ? body.outputSpeech.ssml : null,
      reprompt: body.reprompt ? body.reprompt.outputSpeech.ssml : null,
      ends: body.shouldEndSession !== false,
    }));
  }
}

main().catch((error) => { console.error(String(error)); process.exit(1); });
