"""Goal Attainment Scaling summary T-score (Kiresuk & Sherman).

T = 50 + 10·Σ(wᵢxᵢ) / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²), ρ = 0.3, wᵢ = 1 unless set.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from practice_notes.domain.errors import ValidationError
from practice_notes.i18n import translate

RHO = 0.3
GAS_LEVELS = (-2, -1, 0, 1, 2)
GAS_LEVEL_NAMES = {
    -2: "much less than expected",
    -1: "somewhat less than expected",
    0: "expected level",
    1: "somewhat more than expected",
    2: "much more than expected",
}
T_SCORE_EXPLANATION = (
    "The GAS T-score sums up all goals rated on the −2 to +2 scale: 50 means goals are "
    "at the expected level, above 50 is better than expected, below 50 is not there yet."
)


def t_score(
    levels: Sequence[int], weights: Sequence[float] | None = None, rho: float = RHO
) -> float:
    if not levels:
        raise ValidationError(translate("Rules", "A GAS T-score needs at least one rated goal"))
    ws = list(weights) if weights is not None else [1.0] * len(levels)
    if len(ws) != len(levels):
        raise ValidationError(translate("Rules", "GAS weights and levels differ in number"))
    for x in levels:
        if x not in GAS_LEVELS:
            raise ValidationError(
                translate("Rules", "GAS level must be from −2 to +2, got {x}").format(x=x))
    if any(w <= 0 for w in ws):
        raise ValidationError(translate("Rules", "GAS weights must be positive"))
    numerator = 10 * sum(w * x for w, x in zip(ws, levels, strict=True))
    denominator = math.sqrt((1 - rho) * sum(w * w for w in ws) + rho * sum(ws) ** 2)
    return 50 + numerator / denominator
