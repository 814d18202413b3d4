"""The questionnaire's structure as StreamField blocks: themes of questions, each option scored per scenario.

An editor writes a questionnaire in the admin as themes, each with its questions; an option carries a score
(0 = no weakness, 4 = severe) for each scenario it bears on, and none for the others.
"""

from __future__ import annotations

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

MAX_SCORE = 4


class ScoreBlock(blocks.StructBlock):
    scenario = SnippetChooserBlock("method.Scenario")
    score = blocks.IntegerBlock(min_value=0, max_value=MAX_SCORE, help_text="0: no weakness … 4: severe.")


class OptionBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=300)
    scores = blocks.ListBlock(ScoreBlock(), help_text="How much this answer weakens the space against each scenario.")


class QuestionBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300)
    help = blocks.CharBlock(max_length=500, required=False)
    options = blocks.ListBlock(OptionBlock(), min_num=2)


class ThemeBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=120)
    questions = blocks.ListBlock(QuestionBlock(), min_num=1)
