"""The vulnerability profile as an SVG bar chart, laid out here so the template only draws it."""

from __future__ import annotations

from dataclasses import dataclass

from method.assessments import Profile

ROW = 28
LABEL_WIDTH = 190
BAR_WIDTH = 400


@dataclass(frozen=True)
class Bar:
    name: str
    percent: int
    y: int
    width: int

    @property
    def text_y(self) -> int:
        return self.y + 15

    @property
    def value_x(self) -> int:
        return LABEL_WIDTH + self.width + 6


@dataclass(frozen=True)
class Chart:
    bars: list[Bar]
    height: int
    width: int = LABEL_WIDTH + BAR_WIDTH + 50
    bar_x: int = LABEL_WIDTH


def profile_chart(profile: Profile) -> Chart:
    bars = [
        Bar(score.name, score.percent, index * ROW, round(BAR_WIDTH * score.percent / 100))
        for index, score in enumerate(profile.scenarios)
    ]
    return Chart(bars=bars, height=len(bars) * ROW)
