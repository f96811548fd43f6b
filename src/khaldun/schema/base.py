"""The building blocks of every codebook model: codes, phrases, names and verbs per language."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

LANGS = ("en", "ar")

CameoCode = Annotated[str, StringConstraints(pattern=r"^[0-9]{2,4}$")]
# three-character blocks (CAMEO); a KEDS / TABARI code may end in a shorter one (YEMNO)
ActorCode = Annotated[str, StringConstraints(pattern=r"^[A-Z0-9]{3,}$")]
RoleCode = Annotated[str, StringConstraints(pattern=r"^(?:[A-Z0-9]{3})+$")]
EntryId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_.\-]*$")]
Phrase = Annotated[str, StringConstraints(min_length=1, strip_whitespace=True)]


class Strict(BaseModel):
    """Base of every codebook model: unknown keys are errors, values are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Names(Strict):
    """Surface phrases per language."""

    en: list[Phrase] = []
    ar: list[Phrase] = []

    def get(self, lang: str) -> list[str]:
        return list(getattr(self, lang))


class VerbForms(Strict):
    """A verb given by its principal parts, when they cannot be generated."""

    base: Phrase | None = None  # English infinitive
    past: Phrase | None = None  # English simple past or Arabic perfect (3rd masc. sing.)
    present: Phrase | None = None  # Arabic imperfect (3rd masc. sing.), e.g. يهاجم
    participle: Phrase | None = None  # English past participle
    forms: list[Phrase] = []  # any further surface forms, taken as they are


VerbSpec = Phrase | VerbForms


class Verbs(Strict):
    en: list[VerbSpec] = []
    ar: list[VerbSpec] = []

    def get(self, lang: str) -> list[VerbSpec]:
        return list(getattr(self, lang))


Patterns = Names  # patterns per language are phrases per language
