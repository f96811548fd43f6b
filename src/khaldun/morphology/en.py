"""English inflection: verb forms (regular and irregular) and noun plurals, for codebook phrases."""

from __future__ import annotations

import re
from collections.abc import Mapping

_VOWELS = "aeiou"
_SHORT_CVC = re.compile(r"^[^aeiou]*[aeiou][^aeiouwxy]$")


def _doubles(word: str) -> bool:
    """Short consonant-vowel-consonant verbs double their last letter: stop -> stopped."""
    return len(word) <= 4 and bool(_SHORT_CVC.match(word))


def third_person(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
        return verb[:-1] + "ies"
    return verb + "s"


def past(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
        return verb[:-1] + "ied"
    if _doubles(verb):
        return verb + verb[-1] + "ed"
    return verb + "ed"


def gerund(verb: str) -> str:
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")) and len(verb) > 2:
        return verb[:-1] + "ing"
    if _doubles(verb):
        return verb + verb[-1] + "ing"
    return verb + "ing"


def verb_forms(
    base: str,
    irregular: Mapping[str, list[str]],
    past_form: str | None = None,
    participle: str | None = None,
) -> set[str]:
    """Every form of a verb phrase whose first word is the verb: ``call for`` -> ``called for``."""
    head, _, rest = base.partition(" ")
    tail = f" {rest}" if rest else ""
    known = irregular.get(head, [])
    pasts = {past_form.partition(" ")[0]} if past_form else set(known[:1]) or {past(head)}
    participles = {participle.partition(" ")[0]} if participle else set(known[1:2]) or pasts
    heads = {head, third_person(head), gerund(head), *pasts, *participles}
    return {h + tail for h in heads}


def plural(noun: str, irregular: Mapping[str, str]) -> str | None:
    """Plural of the last word of a noun phrase, or None when it already looks plural."""
    *front, last = noun.split(" ")
    if last in irregular:
        plural_last = irregular[last]
    elif last.endswith("man"):
        plural_last = last[:-3] + "men"
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        return None
    elif last.endswith("y") and len(last) > 1 and last[-2] not in _VOWELS:
        plural_last = last[:-1] + "ies"
    else:
        plural_last = last + "s"
    return " ".join([*front, plural_last])


# endings of demonyms whose plural is not the adjective + s (the Chinese, the French, Swiss)
NO_PLURAL_DEMONYM_ENDINGS = ("ese", "sh", "ch", "ss", "ic", "x", "z", "is", "y")


def demonym_plural(adjective: str) -> str | None:
    """The people of a country from its adjective: Syrian -> Syrians, Iraqi -> Iraqis, Serb ->
    Serbs, Greek -> Greeks (None for adjectives that do not pluralise so: British, Chinese,
    Swiss, Icelandic, Kyrgyz, and for names of more than one word)."""
    if " " in adjective or adjective.endswith(NO_PLURAL_DEMONYM_ENDINGS):
        return None
    return adjective + "s"
