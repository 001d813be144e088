#!/usr/bin/env python3
"""Write one interaction model per English locale from the one English source.

    python interaction-model/generate.py          # (re)write en-US.json, en-GB.json, ...
    python interaction-model/generate.py --check  # exit 1 if a written file is out of date

The source (source.json) is Alexa's own model format plus a few conveniences (alternatives,
per-locale samples, variants by rule, topic carriers, samples heard alike, contractions):
interaction-model/FORMAT.md describes them.
A test checks that the written files match the source, so nobody edits them by hand.
"""

from __future__ import annotations

import argparse
import copy
import itertools
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source.json"
_CHOICE = re.compile(r"\(([^()]*)\)")
# Spelled out -> as people say it (source.json "contractions"). Apostrophes only: Alexa ignores
# samples with hyphens.
CONTRACTIONS: dict[str, str] = json.loads(SOURCE.read_text(encoding="utf-8"))["contractions"]
# Longest first: "he will not" is "he won't", not "he'll not".
_SPELLED = re.compile(r"\b(" + "|".join(re.escape(k) for k in sorted(CONTRACTIONS, key=len, reverse=True)) + r")\b")

_OWN = re.compile(r"\[([^\[\]]*)\]")
_SLOT = re.compile(r"\{((?:after|before)_\w+)\}")
# A question about the speaker alone takes no carrier of the couple: "tell me what i promised", never "tell us".
_FIRST_PERSON, _PLURAL = {"i", "me", "my", "myself"}, {"we", "us", "our", "ourselves"}


def own_slots(template: str) -> list[str]:
    """A carrier whose alternatives differ in meaning, "{name} keeps [hitting|touching] me
    {after_he_keeps_hitting_me}", as one template per alternative, each with its own slot named
    for it ("{after_he_keeps_touching_me}"): Alexa sends a slot's words, not which alternative was
    said, and the sentence is rebuilt from the slot's name (skill/carrier_reading.py)."""
    found = _OWN.search(template)
    if found is None:
        return [template]
    choices = found[1].split("|")
    first = choices[0].replace(" ", "_")
    made = []
    for choice in choices:
        said = template[: found.start()] + choice + template[found.end() :]
        own = choice.replace(" ", "_")
        named = _SLOT.sub(lambda m, own=own: "{" + re.sub(rf"(?<=_){first}(?=_|$)", own, m[1], count=1) + "}", said)
        made.extend(own_slots(named))
    return made


def expand(template: str) -> list[str]:
    """Every sample a template stands for, in order, whitespace tidied."""
    pieces = _CHOICE.split(template)
    # Odd pieces are the alternatives inside parentheses.
    options = [piece.split("|") if i % 2 else [piece] for i, piece in enumerate(pieces)]
    return [" ".join("".join(combo).split()) for combo in itertools.product(*options)]


# "have" contracts only as a helper verb ("we've kept", not "do we've anything"); nothing
# contracts at the very end ("what i said i would", not "what i said i'd").
_HELPED = re.compile(
    r" (?:been|got|thought|run|\w+ed|\w+en|done|had|kept|made|read|set|let|seen|lost|stuck|left|slept|cut|burnt|hurt|put)\b"
)


# The words a contraction writes; "today's" is as often a possessive ("today's promise").
_CONTRACTED = {word for said in CONTRACTIONS.values() for word in said.split(" ") if "'" in word} - {"today's"}


def _contracts(sample: str, match: re.Match[str]) -> bool:
    after = sample[match.end() :]
    if not after:
        return False
    return not match.group(1).endswith(" have") or bool(_HELPED.match(after))


def contracted(sample: str) -> list[str]:
    """The sample as written, then with every contraction, then with each one alone."""
    found = [m for m in _SPELLED.finditer(sample) if _contracts(sample, m)]
    if not found:
        return [sample]
    every = (
        "".join(
            piece
            for start, m in zip([0, *(m.end() for m in found)], found, strict=False)
            for piece in (sample[start : m.start()], CONTRACTIONS[m.group(1)])
        )
        + sample[found[-1].end() :]
    )
    each = [sample[: m.start()] + CONTRACTIONS[m.group(1)] + sample[m.end() :] for m in found]
    return [sample, every, *each]


def _samples(templates: list[str], contract: bool = False) -> list[str]:
    seen: dict[str, None] = {}
    for template in templates:
        for sample in expand(template):
            for variant in contracted(sample) if contract else [sample]:
                seen.setdefault(variant, None)
    return list(seen)


class Variants:
    """The rules of source.json's "variants", applied to spelled-out samples."""

    def __init__(self, table: dict[str, Any]) -> None:
        self.table = table
        self.base_of = {past: forms[0] for past, forms in table["verbs"].items()}
        self.past_of = {forms[0]: past for past, forms in table["verbs"].items()}

    def form(self, sample: str) -> str:
        words = sample.split(" ")
        second = words[1] if len(words) > 1 else ""
        if words[0] in self.table["questions"] or (
            words[0] in self.table["auxiliaries"] and second in self.table["pronouns"]
        ):
            return "question"
        if words[0] in self.table["requests"]:
            return "request"
        return "command" if words[0] in self.table["commands"] else "statement"

    def of(self, sample: str, rules: list[str], turn: int = 0) -> list[str]:
        """Every variant of one sample under the named rules, each rule on its own; `turn`
        (the sample's place in its intent) picks which carriers a spread-out rule gives it."""
        found: list[str] = []
        for name in rules:
            rule = self.table["rules"][name]
            if rule["form"] != "any" and rule["form"] != self.form(sample):
                continue
            if set(rule.get("not_with", [])) & set(sample.split(" ")):
                continue
            spread = rule.get("spread", 1)
            made = [v for i, v in enumerate(self._apply(rule, sample)) if (i + turn) % spread == 0]
            speaker = set(sample.split(" "))
            if rule["form"] == "question" and speaker & _FIRST_PERSON and not speaker & _PLURAL:
                made = [v for v in made if not _PLURAL & set(v.split(" "))]  # "how am i doing", never "... for us"
            found.extend(made)
            for variant in made[turn % 5 :: 5]:  # every fifth: "we kept our promise" -> "... today"
                found.extend(self.of(variant, [r for r in rule.get("then", []) if r in rules], turn))
        return [" ".join(v.split()) for v in found if v != sample and len(v) < 200]

    def _apply(self, rule: dict[str, Any], sample: str) -> list[str]:
        words = sample.split(" ")
        if "swap" in rule:
            return [" ".join(rule["swap"].get(w, w) for w in words)] if words[0] == "i" else []
        if "verb" in rule:
            if len(words) < 2 or words[0] not in ("i", "we") or words[1] not in self.base_of:
                return []
            base, participle = self.table["verbs"][words[1]]
            rest = " ".join(words[2:])
            made = [p.format(subject=words[0], past=words[1], base=base, participle=participle) for p in rule["verb"]]
            return [(m.replace(" was ", " were ") if words[0] == "we" else m) + " " + rest for m in made]
        if "articles" in rule:
            return [
                sample.replace(f"{{{slot}}}", f"{article} {{{slot}}}")
                for slot in rule["slots"]
                for i, w in enumerate(words)
                if w == f"{{{slot}}}" and i and words[i - 1] not in rule["slot_after_not"]
                for article in rule["articles"]
            ]
        if "replace" in rule:
            return [
                f" {sample} ".replace(f" {said} ", f" {other} ", 1).strip()
                for said, others in rule["replace"].items()
                if f" {said} " in f" {sample} "
                for other in others
            ]
        if "insert_after" in rule:
            # An intensifier goes before a word that describes, so after an article that follows the
            # lead, and only one that can stand there ("today is a very difficult day", never "today
            # is very a difficult day" or "today is a just difficult day").
            intensified: list[str] = []
            for lead in rule["insert_after"]:
                if not sample.startswith(f"{lead} "):
                    continue
                first, _, rest = sample.removeprefix(f"{lead} ").partition(" ")
                if first in ("a", "an") and rest and rest.split(" ")[0] not in rule["words"]:
                    intensified += [f"{lead} {first} {word} {rest}" for word in rule.get("after_article", [])]
                elif first not in ("a", "an", "the"):
                    intensified += [f"{lead} {word} {first} {rest}".strip() for word in rule["words"]]
            return intensified
        if "replace_first" in rule:
            return [" ".join([other, *words[1:]]) for other in rule["replace_first"].get(words[0], [])]
        said = [sample]
        if rule.get("indirect"):
            indirect = self.indirect(words)
            said = [indirect] if indirect else []
        # Words after an open slot at the end are words the slot takes anyway ("i {commitment} today").
        return [f"{before} {s}".strip() for s in said for before in rule.get("before", [])] + [
            f"{s} {after}" for s in said for after in rule.get("after", []) if not s.endswith("}")
        ]

    def indirect(self, words: list[str]) -> str | None:
        """ "how are we doing" -> "how we are doing"; "are we improving" -> "if we are improving"."""
        auxiliaries, pronouns = self.table["auxiliaries"], self.table["pronouns"]
        lead: list[str] = []
        if words[0] in self.table["questions"]:
            lead, words = [words[0]], words[1:]
            if len(words) > 2 and words[0] not in auxiliaries and words[1] in auxiliaries and words[2] in pronouns:
                lead, words = [*lead, words[0]], words[1:]  # "what streaks do we have"
        else:
            lead = ["if"]
        if len(words) < 2 or words[0] not in auxiliaries:
            return None
        aux, subject, rest = words[0], words[1], words[2:]
        if subject not in pronouns:
            if aux not in ("is", "are") or subject not in ("our", "the", "my", "this"):
                return None
            return " ".join([*lead, *words[1:], aux])  # "what is our streak" -> "what our streak is"
        if aux in ("do", "does"):
            return " ".join([*lead, subject, *rest]) if aux == "do" else None
        if aux == "did":
            if not rest:
                return None
            past = self.past_of.get(rest[0], rest[0] + ("d" if rest[0].endswith("e") else "ed"))
            return " ".join([*lead, subject, past, *rest[1:]])
        return " ".join([*lead, subject, aux, *rest])


def _intent_samples(
    templates: list[str], rules: list[str], variants: Variants
) -> tuple[dict[str, None], dict[str, None]]:
    """An intent's samples as written, and its generated variants (both with contractions)."""
    written: dict[str, None] = {}
    generated: dict[str, None] = {}
    for turn, sample in enumerate(sample for template in templates for sample in expand(template)):
        for contraction in contracted(sample):
            written.setdefault(contraction, None)
        for variant in variants.of(sample, rules, turn):
            for contraction in contracted(variant):
                generated.setdefault(contraction, None)
    return written, generated


def carriers(topics: dict[str, Any], intent: str) -> tuple[list[dict[str, str]], list[str]]:
    """An intent's topic carriers: the slots around each of its topic words, and the samples
    that leave either side open (a slot is never empty, and never next to another)."""
    slots: list[dict[str, str]] = []
    samples: list[str] = []
    for topic in topics.get("intents", {}).get(intent, []):
        name = topic.replace(" ", "_")
        before, after = f"{{before_{name}}}", f"{{after_{name}}}"
        slots += [{"name": f"before_{name}", "type": topics["type"]}, {"name": f"after_{name}", "type": topics["type"]}]
        samples += _samples([f"{before} {topic} {after}", f"{before} {topic}", f"{topic} {after}"], contract=True)
    return slots, samples


# A slot other than {name}: the sample is a carrier, its fixed words read back.
_CARRIER = re.compile(r"\{(?:after|before)_")


def heard_alike(samples: list[str], rule: dict[str, Any], intent: str, names: tuple[str, ...] = ()) -> list[str]:
    """An intent's `samples` without those another of them stands for: a sample
    that differs from another only in a word Alexa's matcher hears alike ("she hit me" beside "he
    hit me", "my wife" beside "my partner"; in `intent`, if the rule names it, "i am really scared"
    beside "i am scared") or in a value {name} lists ("my partner bit me" beside "{name} bit me"),
    and a sample only partly contracted ("i'm afraid he
    will") beside its fully contracted form. A carrier (a slot other than {name}) keeps every form
    (its fixed words are read back) but a subject said alike that {name} takes as well ("she calls
    me {...}" beside "he calls me {...}" and "{name} calls me {...}")."""
    if not rule:
        return samples
    alike = rule["words"] | rule.get("wordsIn", {}).get(intent, {})
    pattern = re.compile(
        r"(?<![\w'])(" + "|".join(map(re.escape, sorted(alike, key=len, reverse=True))) + r")(?![\w'])"
    )
    present = set(samples)
    listed = re.compile(r"(?<![\w'])(" + "|".join(map(re.escape, names)) + r")(?![\w'])") if names else None

    def stands_for(sample: str) -> bool:
        if listed is not None and listed.sub("{name}", sample, count=1) in present - {sample}:
            return True  # Alexa fills {name} with a value it lists as surely as it hears the words
        other = " ".join(pattern.sub(lambda m: alike[m.group(1)], sample).split())
        if _CARRIER.search(sample):
            # A carrier's subject said alike is heard by the same carrier with {name}, open to any word.
            # (Only where no contraction is in play: a contracted form keeps its spelled-out twin.)
            first, _, rest = sample.partition(" ")
            if "'" in sample or len(contracted(sample)) > 1:
                return False
            return other != sample and other in present and first in alike and f"{{name}} {rest}" in present
        if other != sample and other in present:
            return True
        fully = contracted(sample)
        partly = bool(_CONTRACTED & set(sample.split(" ")))  # not a possessive alone ("my partner's entries")
        return partly and len(fully) > 1 and fully[1] != sample and fully[1] in present

    return [s for s in samples if not stands_for(s)]


def topic_intent(intent: str) -> str:
    """The name of the intent that holds `intent`'s topic carriers (skill/topic_words.py reads it back)."""
    return intent.removesuffix("Intent") + "TopicIntent"


def _own_slots(intent: dict[str, Any], templates: list[str]) -> list[str]:
    """The templates with own_slots applied, each slot it names declared with the type of the slot
    it was named from."""
    declared = {slot["name"]: slot["type"] for slot in intent.get("slots", [])}
    made = []
    for template in templates:
        for own in own_slots(template):
            for name, source in zip(_SLOT.findall(own), _SLOT.findall(template), strict=True):
                if name not in declared:
                    declared[name] = declared[source]
                    intent["slots"].append({"name": name, "type": declared[source]})
            made.append(own)
    return made


def render(source: dict[str, Any], locale: str) -> dict[str, Any]:
    """The interaction model of one locale."""
    language = copy.deepcopy(source["languageModel"])
    extra = source.get("localeSamples", {}).get(locale, {})
    table = source.get("variants", {"intents": {}})
    variants = Variants(table) if "rules" in table else None
    made: dict[str, tuple[dict[str, None], dict[str, None]]] = {}
    names = tuple(v["name"]["value"] for t in language["types"] if t["name"] == "PARTNER_NAME" for v in t["values"])
    for intent in language["intents"]:
        templates = _own_slots(intent, intent.get("samples", []) + extra.get(intent["name"], []))
        rules = table["intents"].get(intent["name"], [])
        if templates and variants is not None:
            made[intent["name"]] = _intent_samples(templates, rules, variants)
        elif templates:
            made[intent["name"]] = (dict.fromkeys(_samples(templates, contract=True)), {})
        for slot in intent.get("slots", []):
            if "samples" in slot:
                slot["samples"] = _samples(slot["samples"])
    # A variant that another intent says as written, or that two intents both generate, is left out, and
    # one a topic carrier hears as the same job ("carried").
    written_by = {s: name for name, (written, _) in made.items() for s in written}
    generated_by: dict[str, set[str]] = {}
    for name, (_, generated) in made.items():
        for s in generated:
            generated_by.setdefault(s, set()).add(name)
    for intent in language["intents"]:
        if intent["name"] not in made:
            continue
        written, generated = made[intent["name"]]
        kept = [s for s in generated if s not in written_by and len(generated_by[s]) == 1]
        alike = heard_alike([*written, *kept], source.get("heardAlike", {}), intent["name"], names)
        # After heard_alike, which thins a partly contracted form only beside its fully contracted one.
        left_out = set(source.get("carried", {}).get(intent["name"], []))
        intent["samples"] = [s for s in alike if s not in left_out]
    for at, intent in reversed(list(enumerate(language["intents"]))):
        slots, carried = carriers(source.get("topics", {}), intent["name"])
        if carried:
            language["intents"].insert(
                at + 1, {"name": topic_intent(intent["name"]), "slots": slots, "samples": carried}
            )
    model: dict[str, Any] = {"languageModel": language}
    for part in ("dialog", "prompts"):
        if part in source:
            model[part] = copy.deepcopy(source[part])
    return {"interactionModel": model}


def as_written(source: dict[str, Any] | None = None) -> set[str]:
    """Every sample the source writes out, before contractions and any rule's variants."""
    source = source or json.loads(SOURCE.read_text(encoding="utf-8"))
    templates = [t for intent in source["languageModel"]["intents"] for t in intent.get("samples", [])]
    templates += [t for extra in source.get("localeSamples", {}).values() for ts in extra.values() for t in ts]
    return set(_samples([own for template in templates for own in own_slots(template)]))


def outputs(source: dict[str, Any] | None = None) -> dict[Path, str]:
    """Each locale's file and the text it should hold."""
    source = source or json.loads(SOURCE.read_text(encoding="utf-8"))
    return {
        HERE / f"{locale}.json": json.dumps(render(source, locale), indent=0, ensure_ascii=False) + "\n"
        for locale in source["locales"]
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Write one interaction model per English locale from source.json.")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if a written file is out of date")
    check = parser.parse_args(argv).check  # --help and an unknown option exit here, before anything is written
    stale = []
    for path, text in outputs().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        if check:
            stale.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.name}")
    if stale:
        print(f"out of date: {', '.join(stale)}; run python interaction-model/generate.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
