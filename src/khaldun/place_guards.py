"""Place names that are also ordinary words (صور pictures, الباب the door, Hit, Shire): the
gazetteer marks them, and they name a place only where the words before them say so."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .models import Token

if TYPE_CHECKING:  # surface.py imports the guards
    from .surface import CompiledLanguage

AFTER_LOCATIVE = "after-locative"  # في الباب، بالباب، قرب الباب، in Hit, near Hit, town of Hit
AFTER_PLACE_NOUN = "after-place-noun"  # مدينة صور، بلدة الخيام، the town of Shire
PLACE_NOUN_WINDOW = 2  # a place noun one or two words before: "the town of Shire", مدينة صور


def guard_met(
    tokens: Sequence[Token], start: int, clitic: str, guard: str, language: CompiledLanguage
) -> bool:
    """Does the context of a guarded place name starting at ``start`` make it a place? A place
    noun (town, مدينة، مخيم) one or two words before it always does; for an ``after-locative``
    name, so does a locative right before it (in Hit, قرب الباب; not "in the Duma") or a
    locative proclitic (بالباب)."""
    before = tokens[max(0, start - PLACE_NOUN_WINDOW) : start]
    if any(t.norm in language.place_nouns for t in before):
        return True
    if guard != AFTER_LOCATIVE:
        return False
    if clitic and clitic.endswith(language.locative_proclitics):
        return True
    return start > 0 and tokens[start - 1].norm in language.locatives
