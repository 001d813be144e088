// Talk to the running skill as Alexa would, through virtual-alexa: it reads the
// interaction model, resolves each utterance to an intent and posts the request.
//
//   node conversation.js SKILL_URL MODEL_FILE < turns.json
//
// turns.json: {"userId": "...", "personId": "...", "utterances": ["...", ...]}, and optionally
// "apiEndpoint" and "apiAccessToken": where Alexa's own APIs are (the local stand-in).
// Prints one JSON line per turn: {"utterance", "ssml", "reprompt", "ends"}.
"use strict";
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = "1";
const { VirtualAlexa } = require("virtual-alexa");

async function main() {
  const [skillURL, modelFile] = process.argv.slice(2);
  const script = JSON.parse(require("fs").readFileSync(0, "utf8"));
  const alexa = VirtualAlexa.Builder().skillURL(skillURL).interactionModelFile(modelFile).create();
  alexa.filter((request) => {
    // The household's Alexa account, and the voice Alexa recognised.
    request.context.System.user.userId = script.userId;
    if (request.session) request.session.user.userId = script.userId;
    if (script.personId) request.context.System.person = { personId: script.personId };
    if (script.apiEndpoint) {
      request.context.System.apiEndpoint = script.apiEndpoint;
      request.context.System.apiAccessToken = script.apiAccessToken;
    }
  });
  for (const utterance of script.utterances) {
    const reply = await alexa.utter(utterance);
    const body = reply.response || {};
    console.log(JSON.stringify({
      utterance,
      ssml: body.outputSpeech ? body.outputSpeech.ssml : null,
      reprompt: body.reprompt ? body.reprompt.outputSpeech.ssml : null,
      ends: body.shouldEndSession !== false,
    }));
  }
}

main().catch((error) => { console.error(String(error)); process.exit(1); });
