"""Arabic surface forms generated from codebook entries (on normalised spelling).

Verbs: perfect and imperfect for person, number and gender, future سـ, the common weak classes
(hollow قال/قلنا, defective دعا/دعت, doubled رد/رددنا), third-person object pronouns.
Nouns: definite ال, accusative -ا, the dual (-ان/-ين), the proclitics و ف ب ل ك (لل for ل+ال),
possessive pronouns on event nouns (اغتياله، غارتها).
Everything works on normalised text (ة as ه, ى as ي, hamza seats as ا), so forms match tokens.
"""

from __future__ import annotations

from typing import Final

PAST_SUFFIXES: Final = ("", "ت", "وا", "ن", "ا", "تا", "نا", "تم", "تما", "تن")
PRESENT_PREFIXES: Final = ("ي", "ت", "ن", "ا")
PRESENT_SUFFIXES: Final = ("", "ون", "ان", "ين", "ن", "وا", "ا")
FUTURE_PERSONS: Final = "يتن"
OBJECT_PRONOUNS: Final = ("ه", "ها", "هم")
OBJECT_HOSTS_PAST: Final = ("", "ت", "وا", "نا")  # هاجمه، هاجمته، هاجموهم، هاجمناهم
OBJECT_HOSTS_PRESENT: Final = ("", "ون")  # يهاجمه، يهاجمونهم
CONJUNCTIONS: Final = "وف"  # proclitic conjunctions: they stand before any preposition (وب، فل)
VERB_PROCLITICS: Final = ("", "و", "ف")
NOUN_PROCLITICS: Final = ("", "و", "ف", "ب", "ك", "ل", "وب", "فب", "ول", "فل", "وك")
NO_ACCUSATIVE_ALEF: Final = ("ه", "ا", "ء", "ى", "ات", "ون", "ين")  # غارة، قوات، مسلحين: no -ا
ARTICLE_FORMS: Final = ("ال", "لل")  # the article, and ل + ال written لل
# a possessed noun with its adjectives (وغاراته الجوية) is generated with these only: the rarer
# proclitics would multiply the phrase table for a handful of hits
PHRASE_PROCLITICS: Final = frozenset({"", "و", "ف", "ب"})
DEFINITE_PROCLITICS: Final = ("", "و", "ف", "ب", "ك", "وب", "فب", "وك")  # before ال; ل+ال is لل
HAMZAS: Final = ("أ", "ؤ", "ئ", "ء")  # a verb written with a final hamza: بدأ، لجأ، نشأ
# plurals, duals, and words that end in a vowel
NO_DUAL: Final = ("ات", "ون", "ين", "ان", "ا", "ى", "ء")


def past_forms(past: str, hamza_final: bool = False) -> set[str]:
    """Perfect forms of a verb given as its 3rd masc. sing. (normalised; a hamza-final verb
    such as بدأ -> بدا inflects as a sound one: بدأت -> بدات)."""
    if hamza_final:
        return {past + s for s in PAST_SUFFIXES}
    if past.endswith(("ا", "ي")) and len(past) >= 3:  # defective: دعا، نفي، رمي
        stem = past[:-1]
        long_vowel = "و" if past.endswith("ا") else "ي"
        forms = {past, stem + "ت", stem + "تا", stem + "وا", stem + long_vowel + "ا"}
        forms |= {stem + long_vowel + s for s in ("ت", "نا", "تم", "ن")}
        return forms
    if len(past) == 3 and past[1] == "ا":  # hollow: قال -> قلنا
        short = past[0] + past[2]
        return {past + s for s in ("", "ت", "وا", "ا", "تا")} | {
            short + s for s in ("ت", "نا", "تم", "ن", "تما", "تن")
        }
    if len(past) == 2:  # doubled, shadda dropped by normalisation: رد -> رددنا
        long = past + past[-1]
        return {past + s for s in ("", "ت", "وا", "ا", "تا")} | {
            long + s for s in ("ت", "نا", "تم", "ن", "تما", "تن")
        }
    return {past + s for s in PAST_SUFFIXES}


def present_forms(present: str) -> set[str]:
    """Imperfect forms of a verb given as its 3rd masc. sing. (يهاجم), future سـ included
    (for the third person and "we", the persons news reports use). The short forms after لم
    (يقل، يدع) are left out: negated, they code nothing, and they are other words (تقل
    "carries", نقل "moved", أقل "less", يدع "lets")."""
    if not present or present[0] not in "يت":
        return {present}
    stem = present[1:]
    forms: set[str] = set()
    if stem.endswith(("و", "ي")) and len(stem) >= 3:  # defective: يدعو، يسعي، يرمي
        short = stem[:-1]  # the plural and feminine suffixes replace the final vowel
        bodies = {stem, stem + "ان", stem + "ن", stem + "ا"}
        bodies |= {short + "ون", short + "وا", short + "ين"}
    else:
        bodies = {stem + s for s in PRESENT_SUFFIXES}
    for prefix in PRESENT_PREFIXES:
        forms |= {prefix + body for body in bodies}
    forms |= {"س" + f for f in forms if f[0] in FUTURE_PERSONS}
    return forms


def with_object_pronouns(past: str | None, present: str | None) -> set[str]:
    """The common forms with a third-person object pronoun: هاجموهم، اعتقلته، عقده، يهاجمونهم."""
    hosts: set[str] = set()
    if past and not past.endswith(("ا", "ي")) and len(past) > 2:
        hosts |= {past + s for s in OBJECT_HOSTS_PAST}
    if present and present[:1] in "يت" and not present.endswith(("و", "ي")):
        hosts |= {p + present[1:] + s for p in "يتن" for s in OBJECT_HOSTS_PRESENT}
    out: set[str] = set()
    for form in hosts:
        base = form[:-1] if form.endswith("وا") else form  # هاجموا + هم -> هاجموهم
        out |= {base + p for p in OBJECT_PRONOUNS}
    return out


def verb_forms(
    past: str | None, present: str | None, hamza_final: bool = False, objects: bool = True
) -> set[str]:
    """All inflected forms (without proclitics) of a verb given by its principal parts, with
    the forms that carry an object pronoun unless ``objects`` is false."""
    forms: set[str] = set()
    if past:
        forms |= past_forms(past, hamza_final)
    if present:
        forms |= present_forms(present)
    return forms | with_object_pronouns(past, present) if objects else forms


def with_verb_proclitics(forms: set[str]) -> set[str]:
    """Add the conjunctions و and ف in front of verb forms."""
    return {clitic + form for form in forms for clitic in VERB_PROCLITICS}


def without_conjunction(word: str) -> str:
    """A proclitic chain or a word without its leading conjunctions (وب -> ب, وللجيش -> للجيش)."""
    return word.lstrip(CONJUNCTIONS)


def is_definite(word: str) -> bool:
    return word.startswith("ال") and len(word) > 3


def has_article(word: str) -> bool:
    """Written with the article, also after the preposition ل (القوات، للقوات), at any length
    (unlike :func:`is_definite`): the test of an adjective's agreement with its noun."""
    return word.startswith(ARTICLE_FORMS)


def noun_forms(noun: str, definite: bool = True, accusative: bool = True) -> set[str]:
    """Indefinite, accusative (هجوما) and definite (الهجوم) forms of a noun (normalised)."""
    forms = {noun}
    if accusative and not is_definite(noun) and not noun.endswith(NO_ACCUSATIVE_ALEF):
        forms.add(noun + "ا")
    if definite and not is_definite(noun):
        forms.add("ال" + noun)
    return forms


def dual_phrases(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The dual of an indefinite noun (+ adjective) phrase, nominative and oblique, on every word:
    سياره مفخخه -> سيارتان مفخختان, سيارتين مفخختين; جندي -> جنديان, جنديين. Plurals and
    definite phrases have none."""
    if not words or len(words) > 2 or any(is_definite(w) or w.endswith(NO_DUAL) for w in words):
        return []
    return [tuple(_dual(w, ending) for w in words) for ending in ("ان", "ين")]


def _dual(word: str, ending: str) -> str:
    return word[:-1] + "ت" + ending if word.endswith("ه") else word + ending


def possessive_forms(noun: str, suffixes: tuple[str, ...]) -> set[str]:
    """A one-word indefinite noun with each possessive pronoun: اغتيال -> اغتياله، اغتيالهم;
    غاره -> غارته; هجمات -> هجماتهم. None for a definite noun or one ending in a vowel or
    hamza (whose spelling changes before a suffix)."""
    if is_definite(noun) or noun.endswith(("ا", "ي", "ى", "و", "ء")):
        return set()
    stem = noun[:-1] + "ت" if noun.endswith("ه") else noun
    return {stem + suffix for suffix in suffixes}


def with_noun_proclitics(word: str) -> dict[str, str]:
    """Map each proclitic-bearing form of a word to its proclitic: والتحالف -> و, للتحالف -> ل."""
    if is_definite(word):
        out = {clitic + word: clitic for clitic in DEFINITE_PROCLITICS}
        bare = word[1:]  # لل + تحالف: ل + ال with the alef dropped
        out |= {"ل" + bare: "ل", "ول" + bare: "ول", "فل" + bare: "فل"}
        return out
    return {clitic + word: clitic for clitic in NOUN_PROCLITICS}


def with_prepositions(word: str) -> set[str]:
    """A cue word with the conjunctions and the prepositions ب and ل, as a noun takes them
    (لأي هجوم، بخيار الضربات، لعدم انفجار): the clitic ك is left out, which would make other
    words of short cues (لم -> كلم "spoke to")."""
    return {form for form, clitic in with_noun_proclitics(word).items() if "ك" not in clitic}


def is_nisba(word: str) -> bool:
    """An indefinite relational adjective, normalised (دبلوماسيه، جوي، انتحاريه)."""
    return len(word) > 2 and not is_definite(word) and word.endswith(("ي", "يه"))


def adjective_forms(nisba: str) -> set[str]:
    """Inflected forms of a relational adjective (nisba): سوري -> سوريه، سوريون، السوريين ..."""
    base = nisba[:-1] if nisba.endswith("ي") else nisba
    stems = {
        base + "ي",
        base + "يه",
        base + "يون",
        base + "يين",
        base + "يان",
        base + "يتان",
        base + "يات",
        base + "يا",
    }
    return stems | {"ال" + s for s in stems if not s.endswith("يا")}


PLURAL_VERB_ENDINGS: Final = ("وا", "ون", "وه", "وها", "وهم", "وهما")  # هاجموا، يهاجمون، اعتقلوهم
FEMININE_ENDING: Final = "ه"  # ة once normalised: الشرطة، الحكومة، حركة
PLURAL_NOUN_ENDING: Final = "ات"  # قوات، جماعات: a plural of things, which takes a feminine verb
SOUND_PLURALS: Final = ("ون", "ين")  # the sound masculine plural: المسلحون، المصلين


def plural_verb(word: str) -> bool:
    """A verb form with the masculine plural person suffix (هاجموا، يهاجمون، فاعتقلوهم)."""
    return len(word) > 3 and word.endswith(PLURAL_VERB_ENDINGS)


def feminine_singular(word: str) -> bool:
    """A noun in the feminine singular, normalised (الشرطه، حكومه), not a plural in -ات."""
    return (
        len(word) > 2 and word.endswith(FEMININE_ENDING) and not word.endswith(PLURAL_NOUN_ENDING)
    )
