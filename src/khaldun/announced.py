"""An actor announcing its own conflictual action threatens it: "X said it will boycott the
vote" is X 133 (CAMEO 13x), not a dropped future boycott, as is a conflictual action in the future
tense on a condition ("X will attack Y unless it withdraws", ستهاجم X Y إذا لم); a cooperative
material action in the future tense is its intent: "X will provide aid" is 033, ستسحب تركيا
قواتها TUR 035 (03x)."""

from __future__ import annotations

from collections.abc import Sequence

from .match import Span
from .models import Token
from .surface import CompiledLanguage

# the threat code of each conflictual root (CAMEO 13x): protest 133, force posture and violence
# 138, reducing relations 131, coercion 132
THREAT_OF_ROOT = {
    "14": "133",
    "15": "138",
    "16": "131",
    "17": "132",
    "18": "138",
    "19": "138",
    "20": "138",
}


# the intent code of each materially cooperative root (CAMEO 03x): cooperate 030, aid 033,
# yield 035
INTENT_OF_ROOT = {"06": "030", "07": "033", "08": "035"}


def future_intent(
    code: str, future: bool, tokens: Sequence[Token], start: int, language: CompiledLanguage
) -> str | None:
    """The 03x code of a cooperative material action told in the future tense (سـ, or a future
    modal right before the verb: will provide aid, would release), else None."""
    modal = start > 0 and tokens[start - 1].norm in language.future_modals
    return INTENT_OF_ROOT.get(code[:2]) if future or modal else None


def announced_threat(
    tokens: Sequence[Token],
    cues: Sequence[Span],
    trigger_start: int,
    code: str,
    language: CompiledLanguage,
) -> str | None:
    """The 13x code when the trigger follows "<reporting verb> (that) <pronoun> will|would"
    (the speaker's own announced action), else None."""
    threat = THREAT_OF_ROOT.get(code[:2])
    i = trigger_start - 1
    if threat is None or i < 1 or tokens[i].norm not in language.future_modals:
        return None
    i -= 1
    if tokens[i].norm not in language.pronouns:
        return None
    while i > 0 and tokens[i - 1].norm in language.transparent:
        i -= 1
    announced = any(c.hit.detail == "reporting" and c.end == i for c in cues)
    return threat if announced else None


def conditional_threat(
    tokens: Sequence[Token], start: int, code: str, future: bool, language: CompiledLanguage
) -> str | None:
    """The 13x code of a conflictual action in the future tense (سـ, or a future modal right
    before it: will attack) in a sentence that sets a condition (if, unless, إذا): X will halt
    its aid unless Y withdraws is a threat; else None."""
    threat = THREAT_OF_ROOT.get(code[:2])
    modal = start > 0 and tokens[start - 1].norm in language.future_modals
    if threat is None or not (future or modal):
        return None
    return threat if any(t.norm in language.conditions for t in tokens) else None
