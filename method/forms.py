"""The forms of the assessment workflow: a space file, and one assessment's answers."""

from __future__ import annotations

from typing import Any

from django import forms

from method.models import Questionnaire, SpaceFile, TechnologyPage
from network.models import Organisation


class SpaceFileForm(forms.ModelForm):
    class Meta:
        model = SpaceFile
        fields = [
            "name",
            "space_category",
            "latitude",
            "longitude",
            "typical_crowd",
            "peak_crowd",
            "opening_patterns",
            "events_held",
            "existing_measures",
            "shared_with",
        ]
        widgets = {
            "existing_measures": forms.CheckboxSelectMultiple,
            "opening_patterns": forms.Textarea(attrs={"rows": 3}),
            "events_held": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args: Any, organisation_id: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        shared = self.fields["shared_with"]
        assert isinstance(shared, forms.ModelMultipleChoiceField)
        shared.queryset = Organisation.objects.filter(active=True).exclude(pk=organisation_id).order_by("name")
        shared.required = False

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        typical, peak = data.get("typical_crowd"), data.get("peak_crowd")
        if typical is not None and peak is not None and peak < typical:
            self.add_error("peak_crowd", "The peak crowd cannot be smaller than the typical one.")
        if (data.get("latitude") is None) != (data.get("longitude") is None):
            self.add_error("longitude", "Give both latitude and longitude, or neither.")
        return data


class StartForm(forms.Form):
    questionnaire = forms.ModelChoiceField(Questionnaire.objects.filter(active=True), empty_label=None)


class AnswerForm(forms.Form):
    """One radio group per question of the assessment's frozen questionnaire; none is required until completing."""

    def __init__(self, definition: dict[str, Any], *args: Any, initial_answers: dict[str, str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.themes = []
        for theme in definition["themes"]:
            names = []
            for question in theme["questions"]:
                self.fields[question["key"]] = forms.ChoiceField(
                    label=question["text"],
                    help_text=question["help"],
                    required=False,
                    choices=[(option["key"], option["label"]) for option in question["options"]],
                    widget=forms.RadioSelect,
                    initial=initial_answers.get(question["key"]),
                )
                names.append(question["key"])
            self.themes.append((theme["name"], names))

    def grouped(self) -> list[tuple[str, list[forms.BoundField]]]:
        return [(name, [self[key] for key in keys]) for name, keys in self.themes]

    def answers(self) -> dict[str, str]:
        return {key: value for key, value in self.cleaned_data.items() if value}


class RequirementsForm(forms.Form):
    """An objective and the requirements for each scenario of the assessment (all optional)."""

    def __init__(
        self, definition: dict[str, Any], *args: Any, initial_requirements: dict[str, Any], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.scenarios = []
        for scenario in definition["scenarios"]:
            slug, saved = scenario["slug"], initial_requirements.get(scenario["slug"], {})
            self.fields[f"{slug}-objective"] = forms.CharField(
                label=f"Objective against {scenario['name']}",
                required=False,
                max_length=500,
                initial=saved.get("objective", ""),
            )
            self.fields[f"{slug}-requirements"] = forms.CharField(
                label=f"Requirements against {scenario['name']}",
                help_text="One per line.",
                required=False,
                max_length=3000,
                widget=forms.Textarea(attrs={"rows": 3}),
                initial=saved.get("requirements", ""),
            )
            self.scenarios.append((scenario["name"], slug))

    def grouped(self) -> list[tuple[str, list[forms.BoundField]]]:
        return [(name, [self[f"{slug}-objective"], self[f"{slug}-requirements"]]) for name, slug in self.scenarios]

    def requirements(self) -> dict[str, dict[str, str]]:
        data = self.cleaned_data
        return {
            slug: {"objective": data[f"{slug}-objective"].strip(), "requirements": data[f"{slug}-requirements"].strip()}
            for _, slug in self.scenarios
            if data[f"{slug}-objective"].strip() or data[f"{slug}-requirements"].strip()
        }


def _lines(text: str) -> list[str]:
    return [line.strip(" -•") for line in text.splitlines() if line.strip(" -•")]


class EvaluationForm(forms.Form):
    title = forms.CharField(max_length=200, initial="Evaluation of candidate solutions")
    technologies = forms.ModelMultipleChoiceField(
        TechnologyPage.objects.live().public().order_by("title"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Candidates from the catalogue",
    )
    own = forms.CharField(
        label="Your own candidates",
        help_text="One per line.",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    extra_criteria = forms.CharField(
        label="Criteria of your own",
        help_text="One per line; they come after the framework's criteria.",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        data["own"] = _lines(data.get("own", ""))
        data["extra_criteria"] = _lines(data.get("extra_criteria", ""))
        if len(data.get("technologies") or []) + len(data["own"]) < 2:
            raise forms.ValidationError("List at least two candidate solutions.")
        return data


class WeightsForm(forms.Form):
    def __init__(self, criteria: list[dict[str, Any]], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for criterion in criteria:
            self.fields[criterion["key"]] = forms.DecimalField(
                label=criterion["name"], min_value=0, max_value=100, decimal_places=2, initial=criterion["weight"]
            )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if self.fields and not any(value and value > 0 for value in data.values()):
            raise forms.ValidationError("At least one weight must be above zero.")
        return data

    def weights(self) -> dict[str, float]:
        return {key: float(value) for key, value in self.cleaned_data.items()}


class InviteForm(forms.Form):
    member = forms.TypedChoiceField(coerce=int, label="Invite to the panel")

    def __init__(self, members: list[Any], *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.members = {member.pk: member for member in members}
        field = self.fields["member"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [
            (member.pk, f"{member.user.get_username()} ({member.organisation.name})") for member in members
        ]


class ScoreForm(forms.Form):
    """A 0–5 score per candidate and criterion; blanks are left unscored."""

    def __init__(
        self, candidates: list[Any], criteria: list[dict[str, Any]], *args: Any, initial_scores: dict, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.grid = []
        for candidate in candidates:
            names = []
            for criterion in criteria:
                name = f"s-{candidate.pk}-{criterion['key']}"
                self.fields[name] = forms.IntegerField(
                    label=f"{candidate.name}: {criterion['name']}",
                    min_value=0,
                    max_value=5,
                    required=False,
                    initial=initial_scores.get((candidate.pk, criterion["key"])),
                    widget=forms.NumberInput(attrs={"class": "score-input"}),
                )
                names.append(name)
            self.grid.append((candidate, names))

    def rows(self) -> list[tuple[Any, list[forms.BoundField]]]:
        return [(candidate, [self[name] for name in names]) for candidate, names in self.grid]

    def scores(self) -> dict[tuple[int, str], int]:
        found = {}
        for name, value in self.cleaned_data.items():
            if value is not None:
                _, candidate, criterion = name.split("-", 2)
                found[(int(candidate), criterion)] = value
        return found
