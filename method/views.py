"""``/assess/``: an organisation's public spaces of interest, their self-assessments and the results.

Every view is for vetted members (space files are TLP:AMBER+STRICT, ``method.assessments``); a space file
another organisation did not share answers 404, as if it did not exist. Nothing here is cached or indexed.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from method import assessments, evaluation
from method.charts import profile_chart
from method.forms import (
    AnswerForm,
    EvaluationForm,
    InviteForm,
    RequirementsForm,
    ScoreForm,
    SpaceFileForm,
    StartForm,
    WeightsForm,
)
from method.matching import matching_knowledge
from method.models import Assessment, AssessmentStatus, Evaluation, SpaceFile
from method.rfi import evaluation_pdf, rfi_docx, rfi_for, rfi_pdf
from network.directory import MAP_HEIGHT, MAP_WIDTH, project_to_map
from practices.marked_files import attachment
from practices.marking import reader_of

SIGN_IN = "account:sign_in"


def space_location(space: SpaceFile) -> tuple[float, float] | None:
    """Where the space is on the portal's own map of Europe (the directory's), if it has coordinates on it."""
    if space.latitude is None or space.longitude is None:
        return None
    x, y = project_to_map(float(space.latitude), float(space.longitude))
    return (x, y) if 0 <= x <= MAP_WIDTH and 0 <= y <= MAP_HEIGHT else None


def _space(request: HttpRequest, pk: int, what: str = "Space file") -> SpaceFile:
    space = get_object_or_404(
        SpaceFile.objects.select_related("organisation", "space_category").prefetch_related(
            "shared_with", "existing_measures"
        ),
        pk=pk,
    )
    if not assessments.may_open(reader_of(request), space):
        raise Http404
    assessments.announce_read(reader_of(request), space, what)
    return space


def _assessment(
    request: HttpRequest, pk: int, what: str = "Assessment", kind: str = "view", document: str = ""
) -> Assessment:
    assessment = get_object_or_404(
        Assessment.objects.select_related("space__organisation", "questionnaire").prefetch_related(
            "space__shared_with"
        ),
        pk=pk,
    )
    if not assessments.may_open(reader_of(request), assessment.space):
        raise Http404
    assessments.announce_read(reader_of(request), assessment.space, what, kind, document)
    return assessment


@never_cache
@login_required(login_url=SIGN_IN)
def index(request: HttpRequest) -> HttpResponse:
    reader = reader_of(request)
    spaces = (
        assessments.readable_spaces(reader)
        .select_related("organisation", "space_category")
        .prefetch_related("assessments")
    )
    return render(request, "method/assess/index.html", {"spaces": spaces, "vetted": reader.member and reader.vetted})


@never_cache
@login_required(login_url=SIGN_IN)
@require_http_methods(["GET", "POST"])
def space_create(request: HttpRequest) -> HttpResponse:
    reader = reader_of(request)
    if not (reader.member and reader.vetted) or reader.organisation_id is None:
        raise Http404
    form = SpaceFileForm(request.POST or None, organisation_id=reader.organisation_id)
    if request.method == "POST" and form.is_valid():
        space = form.save(commit=False)
        space.organisation_id = reader.organisation_id
        space.created_by = request.user
        space.save()
        form.save_m2m()
        return redirect("method:space", pk=space.pk)
    status = 400 if request.method == "POST" else 200
    return render(request, "method/assess/space_form.html", {"form": form}, status=status)


@never_cache
@login_required(login_url=SIGN_IN)
@require_http_methods(["GET", "POST"])
def space_detail(request: HttpRequest, pk: int) -> HttpResponse:
    space = _space(request, pk)
    form = StartForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        assessment = assessments.start(space, form.cleaned_data["questionnaire"], request.user)
        return redirect("method:answer", pk=assessment.pk)
    context = {
        "space": space,
        "form": form,
        "assessments": space.assessments.all(),
        "label": assessments.SPACE_LABEL,
        "location": space_location(space),
        "map_width": MAP_WIDTH,
        "map_height": MAP_HEIGHT,
    }
    return render(request, "method/assess/space.html", context, status=400 if form.errors else 200)


@never_cache
@login_required(login_url=SIGN_IN)
@require_http_methods(["GET", "POST"])
def answer(request: HttpRequest, pk: int) -> HttpResponse:
    assessment = _assessment(request, pk)
    if assessment.status == AssessmentStatus.COMPLETED:
        return redirect("method:result", pk=assessment.pk)
    form = AnswerForm(assessment.definition, request.POST or None, initial_answers=assessment.answers)
    context = {"assessment": assessment, "form": form, "space": assessment.space}
    if request.method == "POST" and form.is_valid():
        assessments.record_answers(assessment, form.answers())
        if "complete" not in request.POST:
            context["saved"] = True
            form = AnswerForm(assessment.definition, initial_answers=assessment.answers)
            context["form"] = form
            return render(request, "method/assess/answer.html", context)
        try:
            assessments.complete(assessment)
        except assessments.IncompleteAssessment as incomplete:
            context["missing"] = incomplete.missing
            return render(request, "method/assess/answer.html", context, status=400)
        return redirect("method:result", pk=assessment.pk)
    return render(request, "method/assess/answer.html", context, status=400 if form.errors else 200)


@never_cache
@login_required(login_url=SIGN_IN)
def result(request: HttpRequest, pk: int) -> HttpResponse:
    assessment = _assessment(request, pk)
    context: dict[str, Any] = {"assessment": assessment, "space": assessment.space}
    try:
        earlier = assessments.earlier_completed(assessment)
        found = assessments.profile(assessment, earlier)
        knowledge = matching_knowledge(found, assessment.space)
        context.update(profile=found, chart=profile_chart(found), earlier=earlier, knowledge=knowledge)
        context["knowledge_lists"] = [
            ("Practices", knowledge.practices, "No practice shared on these yet: see the coverage grid."),
            ("Technology solutions", knowledge.technologies, "No rated solution you do not have yet."),
            ("Peers who faced the same", knowledge.peers, "No peer found yet."),
        ]
    except assessments.IncompleteAssessment as incomplete:
        context["missing"] = incomplete.missing
        return render(request, "method/assess/result.html", context, status=400)
    return render(request, "method/assess/result.html", context)


@never_cache
@login_required(login_url=SIGN_IN)
@require_http_methods(["GET", "POST"])
def requirements(request: HttpRequest, pk: int) -> HttpResponse:
    """Objectives and requirements per scenario, and the Request for Information made from them."""
    assessment = _assessment(request, pk)
    form = RequirementsForm(assessment.definition, request.POST or None, initial_requirements=assessment.requirements)
    context: dict[str, Any] = {"assessment": assessment, "space": assessment.space, "form": form}
    if request.method == "POST":
        if not form.is_valid():
            return render(request, "method/assess/requirements.html", context, status=400)
        assessments.record_requirements(assessment, form.requirements())
        context["saved"] = True
    return render(request, "method/assess/requirements.html", context)


RFI_FORMATS = {"pdf": rfi_pdf, "docx": rfi_docx}


@never_cache
@login_required(login_url=SIGN_IN)
def rfi(request: HttpRequest, pk: int) -> HttpResponse:
    """The RFI as ``?format=pdf`` or ``docx``; ``restricted=1`` includes the space's restricted details."""
    assessment = _assessment(request, pk, "Request for Information", "download", request.GET.get("format", "pdf")[:10])
    make = RFI_FORMATS.get(request.GET.get("format", "pdf"))
    restricted = request.GET.get("restricted", "")
    if make is None or restricted not in ("", "0", "1"):
        return render(
            request,
            "method/assess/requirements.html",
            {
                "assessment": assessment,
                "space": assessment.space,
                "form": RequirementsForm(assessment.definition, initial_requirements=assessment.requirements),
                "error": "Choose PDF or DOCX, with or without the restricted details.",
            },
            status=400,
        )
    document = rfi_for(assessment, include_restricted=restricted == "1")
    extension = request.GET.get("format", "pdf")
    return attachment(make(document), f"{document.filename_stem}.{extension}")


def _evaluation(request: HttpRequest, pk: int, kind: str = "view", document: str = "") -> Evaluation:
    evaluation = get_object_or_404(
        Evaluation.objects.select_related("assessment__space__organisation").prefetch_related(
            "assessment__space__shared_with", "candidates"
        ),
        pk=pk,
    )
    if not assessments.may_open(reader_of(request), evaluation.assessment.space):
        raise Http404
    assessments.announce_read(reader_of(request), evaluation.assessment.space, "Evaluation", kind, document)
    return evaluation


@never_cache
@login_required(login_url=SIGN_IN)
@require_http_methods(["GET", "POST"])
def evaluation_create(request: HttpRequest, pk: int) -> HttpResponse:
    assessment = _assessment(request, pk)
    form = EvaluationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        created = evaluation.create(
            assessment,
            request.user,
            title=data["title"],
            technologies=list(data["technologies"]),
            own=data["own"],
            extra_criteria=data["extra_criteria"],
        )
        return redirect("method:evaluation", pk=created.pk)
    context = {"assessment": assessment, "space": assessment.space, "form": form}
    return render(request, "method/assess/evaluation_form.html", context, status=400 if form.errors else 200)


@never_cache
@login_required(login_url=SIGN_IN)
@require_http_methods(["GET", "POST"])
def evaluation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """Candidates, weights (set by whoever started it), the panel and its invitations, results and sensitivity."""
    found = _evaluation(request, pk)
    owner = found.created_by_id == request.user.pk
    weights = WeightsForm(found.criteria, request.POST if "weights" in request.POST else None)
    invite = InviteForm(evaluation.eligible_panel(found), request.POST if "invite" in request.POST else None)
    status = 200
    if request.method == "POST":
        if not owner:
            raise Http404
        if "weights" in request.POST:
            if weights.is_valid():
                found.criteria = evaluation.checked_weights(found.criteria, weights.weights())
                found.save(update_fields=["criteria"])
                return redirect("method:evaluation", pk=found.pk)
            status = 400
        elif "invite" in request.POST:
            if invite.is_valid():
                evaluation.invite(found, invite.members[invite.cleaned_data["member"]])
                return redirect("method:evaluation", pk=found.pk)
            status = 400
    context = {
        "evaluation": found,
        "space": found.assessment.space,
        "owner": owner,
        "weights": weights,
        "invite": invite,
        "results": evaluation.results(found),
        "panel": list(found.panelists.select_related("user")),
        "seated": evaluation.seat(found, request.user, reader_of(request)) is not None,
    }
    return render(request, "method/assess/evaluation.html", context, status=status)


@never_cache
@login_required(login_url=SIGN_IN)
@require_http_methods(["GET", "POST"])
def evaluation_score(request: HttpRequest, pk: int) -> HttpResponse:
    """A panel member's own scores; anyone not invited gets a 404."""
    found = _evaluation(request, pk)
    panelist = evaluation.seat(found, request.user, reader_of(request))
    if panelist is None:
        raise Http404
    saved = {(score.candidate_id, score.criterion): score.value for score in panelist.scores.all()}
    candidates = list(found.candidates.all())
    form = ScoreForm(candidates, found.criteria, request.POST or None, initial_scores=saved)
    if request.method == "POST" and form.is_valid():
        evaluation.record_scores(panelist, form.scores())
        return redirect("method:evaluation", pk=found.pk)
    context = {"evaluation": found, "space": found.assessment.space, "form": form}
    return render(request, "method/assess/evaluation_score.html", context, status=400 if form.errors else 200)


@never_cache
@login_required(login_url=SIGN_IN)
def evaluation_report(request: HttpRequest, pk: int) -> HttpResponse:
    found = _evaluation(request, pk, "download", "Evaluation report")
    return attachment(evaluation_pdf(found, evaluation.results(found)), "TLP-AMBER+STRICT_evaluation-report.pdf")
