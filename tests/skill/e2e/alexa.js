// virtual-alexa (tests/node_modules), put right where it hears differently from Alexa, and
// never more leniently than Alexa does. Loaded by conversation.js and intents.js.
//
// 1. Custom slot types are open. virtual-core's SlotType.match took only a listed value or
//    synonym, so "the evening talk" or "call when late tonight" matched no sample at all.
//    Amazon's custom slot type reference (now "Create and Edit Custom Slot Types",
//    https://developer.amazon.com/docs/custom-skills/create-and-edit-custom-slot-types.html;
//    the sentence as quoted in github.com/emeth-/hackathon-kit-alexa's README):
//    "a custom slot type is not the equivalent of an enumeration. Values outside the list may
//    still be returned if recognized by the spoken language understanding system. Although
//    input to a custom slot type is weighted towards the values in the list, it is not
//    constrained to just the items on the list." A value outside the list now fills the slot
//    as said, and its resolution is ER_SUCCESS_NO_MATCH (virtual-alexa's SlotValue writes that
//    for a custom type when no listed value matches), as Alexa's entity resolution reports it
//    (https://developer.amazon.com/docs/custom-skills/entity-resolution.html). A listed value
//    still wins, and an empty slot still matches nothing.
// 2. Numbers said as words. Alexa's AMAZON.NUMBER sends digits ("four eight one five one six"
//    arrives as "481516"); virtual-alexa took only digits and "one" to "twenty", sent as words.
//    Digit words (and "oh" for zero) said one by one now fill the slot as the digits.
// 3. A launch needs the invocation name. virtual-alexa started a LaunchRequest for any
//    utterance holding "ask", "open", "tell" or "launch" anywhere ("i kept my promise to open
//    phone"); only "ask|tell|open|launch|start|talk to trust tracker ..." starts the skill now,
//    and what follows "to" or "that" is the request, as Alexa passes it on.
// 4. Dynamic entities. virtual-alexa ignores Dialog.UpdateDynamicEntities; Alexa resolves a
//    slot of that type against them for the rest of the session, ahead of the static values
//    (authority amzn1.er-authority.echo-sdk.dynamic.<skill id>.<TYPE>, listed first). See
//    https://developer.amazon.com/docs/custom-skills/use-dynamic-entities-for-customized-interactions.html.
"use strict";
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = "1";
const fs = require("fs");
const { VirtualAlexa } = require("virtual-alexa");
const core = require("virtual-core");
const { NumberSlotType } = require("virtual-alexa/lib/src/model/BuiltinSlotTypes");

const listedMatch = core.SlotType.prototype.match;
core.SlotType.prototype.match = function (value) {
  const found = listedMatch.call(this, value);
  if (found.matches || this.isBuiltin() || !value.trim()) return found;
  return new core.SlotMatch(true, value.trim());
};

const DIGITS = { zero: "0", oh: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9" };
const numberMatch = NumberSlotType.prototype.match;
NumberSlotType.prototype.match = function (value) {
  const words = value.trim().toLowerCase().split(/\s+/);
  if (words.length > 1 && words.every((word) => word in DIGITS)) {
    return new core.SlotMatch(true, words.map((word) => DIGITS[word]).join(""));
  }
  const found = numberMatch.call(this, value);
  // "six" is sent as "6", as Alexa sends it.
  return found.enumeratedValue ? new core.SlotMatch(true, String(found.enumeratedValue.name.value)) : found;
};

function model(modelFile) {
  return JSON.parse(fs.readFileSync(modelFile, "utf8")).interactionModel.languageModel;
}

function escaped(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// A session with the skill at skillURL, as the household's device (script: userId, personId,
// and optionally locale, which every request carries, apiEndpoint and apiAccessToken).
// utter(text) resolves to the skill's reply; heard() and slots() are the intent name (null for
// a launch) and the slots, with their resolutions, that the last request carried.
function session(skillURL, modelFile, script) {
  const language = model(modelFile);
  const alexa = VirtualAlexa.Builder()
    .skillURL(skillURL)
    .interactionModelFile(modelFile)
    .locale(script.locale || "en-US")
    .create();
  const invocation = new RegExp(
    `^(?:ask|tell|open|launch|start|talk to) ${escaped(language.invocationName)}(?: (?:to |that )?(.*))?$`,
    "i",
  );
  alexa.parseLaunchRequest = (said) => {
    const named = invocation.exec(said.trim());
    if (!named) return undefined;
    return named[1] ? named[1] : true;
  };
  const slotTypes = {};
  for (const intent of language.intents) {
    for (const slot of intent.slots || []) slotTypes[`${intent.name}.${slot.name}`] = slot.type;
  }
  let dynamic = {};
  let heard = null;
  let slots = {};
  alexa.filter((request) => {
    // The household's Alexa account, and the voice Alexa recognised.
    request.context.System.user.userId = script.userId;
    if (request.session) request.session.user.userId = script.userId;
    if (script.personId) request.context.System.person = { personId: script.personId };
    if (script.apiEndpoint) {
      request.context.System.apiEndpoint = script.apiEndpoint;
      request.context.System.apiAccessToken = script.apiAccessToken;
    }
    const intent = request.request.intent;
    heard = intent ? intent.name : null;
    for (const slot of Object.values((intent && intent.slots) || {})) {
      const type = slotTypes[`${intent.name}.${slot.name}`];
      if (slot.value && dynamic[type]) {
        const authority = {
          authority: `amzn1.er-authority.echo-sdk.dynamic.${request.context.System.application.applicationId}.${type}`,
          ...resolved(dynamic[type], slot.value),
        };
        slot.resolutions = slot.resolutions || { resolutionsPerAuthority: [] };
        slot.resolutions.resolutionsPerAuthority.unshift(authority);
      }
    }
    slots = JSON.parse(JSON.stringify((intent && intent.slots) || {}));
  });
  return {
    // The intent a phrasing reaches, without sending it to the skill.
    route: (said) => new core.Utterance(alexa.context().interactionModel(), said).intent() || null,
    // And the words each of its slots would carry.
    routeSlots: (said) => new core.Utterance(alexa.context().interactionModel(), said).toJSON(),
    heard: () => heard,
    slots: () => slots,
    newSession: () => alexa.context().endSession(),
    utter: async (said) => {
      const reply = await alexa.utter(said);
      for (const directive of (reply.response && reply.response.directives) || []) {
        if (directive.type !== "Dialog.UpdateDynamicEntities") continue;
        if (directive.updateBehavior === "CLEAR") dynamic = {};
        else for (const type of directive.types || []) dynamic[type.name] = type.values || [];
      }
      if (!alexa.context().activeSession()) dynamic = {}; // they last for the session
      return reply;
    },
  };
}

function resolved(entities, value) {
  const said = value.trim().toLowerCase();
  const found = entities.filter((entity) =>
    [entity.name.value, ...(entity.name.synonyms || [])].some((name) => name.toLowerCase() === said),
  );
  if (!found.length) return { status: { code: "ER_SUCCESS_NO_MATCH" }, values: [] };
  return {
    status: { code: "ER_SUCCESS_MATCH" },
    values: found.map((entity) => ({ value: { name: entity.name.value, id: entity.id } })),
  };
}

module.exports = { session };
