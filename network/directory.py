"""The partner directory: filter validation, the directory query, map projection, similar organisations.

Kept apart from the views so that the rules (who is listed, in which order, what counts as a match) can be
tested and reused (a home-page teaser, an export) without going through HTTP.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from typing import Any

import django_filters
from django import forms
from django.db.models import (
    Case,
    F,
    Func,
    IntegerField,
    Model,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Left, Length
from django.urls import reverse
from django_countries import countries
from wagtail.models import Page

from network.models import MembershipStatus, Organisation, OrganisationProject, OrganisationType
from portal.listings import ListingFilterSet
from practices.models import (
    CaseStudyPage,
    CaseStudySection,
    LessonPage,
    LessonSection,
    SolutionType,
    SpaceCategory,
    ThreatType,
    ToolPage,
    ToolSection,
)
from practices.vocabularies import NO_PARENT, ZERO, VocabularyRow, vocabulary_rows, vocabulary_values
from practices.widgets import QuickSelect

FILTER_PARAMS = ("q", "country", "type", "expertise", "project")
PAGE_SIZE = 24

# The three expertise relations, in the order the filter lists them: (field on Organisation, taxonomy model).
EXPERTISE_FIELDS: tuple[tuple[str, type[Model]], ...] = (
    ("expertise_threats", ThreatType),
    ("expertise_spaces", SpaceCategory),
    ("expertise_solutions", SolutionType),
)

# Where an organisation's own pages of each practice type live (see practices_of).
PRACTICE_SECTIONS: dict[type[Page], type[Page]] = {
    CaseStudyPage: CaseStudySection,
    ToolPage: ToolSection,
    LessonPage: LessonSection,
}

# Members first: they are who the network vouches for; then former partners, then observers.
MEMBERSHIP_ORDER = [status.value for status in MembershipStatus]

# --- the map's projection -----------------------------------------------------------------------------------
# Equirectangular (plate carrée) over lon -25..45, lat 34..72. The viewBox keeps 20 units per degree of latitude
# and 900/70 ≈ 12.86 per degree of longitude, i.e. a standard parallel of ~50°N (cos 50° ≈ 0.643), so that
# Europe is not stretched sideways as it would be with square degrees. templates/network/europe_outline.html was
# projected with exactly these constants.
LON_MIN, LON_MAX = -25.0, 45.0
LAT_MIN, LAT_MAX = 34.0, 72.0
MAP_WIDTH, MAP_HEIGHT = 900, 760
MARKER_RADIUS = 7
# Markers closer than this (in map units) are fanned out around their centre so each stays clickable.
_CLUSTER_DISTANCE = 2 * MARKER_RADIUS


def _vocabulary_rows() -> list[VocabularyRow]:
    """Every value the filters offer (threats, spaces, solutions, projects, countries) in one UNION query.

    One round trip instead of five: the directory page has a query budget, and these vocabularies are a
    few dozen rows. Countries are those of active organisations; their ``slug`` is the country code.
    """
    countries_of_members = vocabulary_values(
        Organisation.objects.public(), "country", ZERO, NO_PARENT, "country", "country", ZERO
    )
    return vocabulary_rows(countries_of_members)


class DirectoryFilterForm(forms.Form):
    """Validates the directory's GET parameters; an unknown value becomes a form error, never a crash.

    Choices are read from the database once, when the form is built, and kept on the form so that
    validating and filtering need no further queries (the directory page has a query budget).
    """

    q = forms.CharField(
        label="Name",
        max_length=100,
        required=False,
        widget=forms.SearchInput(attrs={"placeholder": "Organisation name"}),
    )
    country = forms.ChoiceField(required=False, widget=QuickSelect)
    type = forms.ChoiceField(
        label="Type", required=False, choices=[("", "Any type"), *OrganisationType.choices], widget=QuickSelect
    )
    expertise = forms.ChoiceField(required=False, widget=QuickSelect)
    project = forms.ChoiceField(required=False, widget=QuickSelect)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        rows = _vocabulary_rows()
        # Only countries that have an active organisation: a choice that can only give "no results" is noise.
        codes = {row.slug for row in rows if row.kind == "country"}
        self.country_codes = sorted(codes, key=lambda code: countries.name(code) or code)
        self.fields["country"].choices = [
            ("", "Any country"),
            *((code, countries.name(code) or code) for code in self.country_codes),
        ]
        self._terms: dict[str, dict[str, set[int]]] = {}
        self.fields["expertise"].choices = [("", "Any expertise"), *self._expertise_groups(rows)]
        projects = sorted((row for row in rows if row.kind == "project"), key=lambda row: row.name.lower())
        self.project_ids = {row.slug: row.pk for row in projects}
        self.fields["project"].choices = [("", "Any project"), *((row.slug, row.name) for row in projects)]

    def _expertise_groups(self, rows: list[VocabularyRow]) -> list[tuple[str, list[tuple[str, str]]]]:
        """Grouped choices for the three taxonomies; remembers which term ids each slug stands for.

        A threat family's slug stands for the family and its specific threats, so that "Terrorism"
        also finds an organisation that only listed "Vehicle ramming".
        """

        def of_kind(kind: str) -> list[VocabularyRow]:
            return sorted((row for row in rows if row.kind == kind), key=lambda row: (row.sort_order, row.name))

        threats = of_kind("threat")
        names = {threat.pk: threat.name for threat in threats}
        # Families first, each followed by its specific threats (labelled "Family › Threat"), as in the facets.
        ordered: list[tuple[VocabularyRow, str]] = []
        for family in (threat for threat in threats if threat.parent_id is None):
            children = [threat for threat in threats if threat.parent_id == family.pk]
            self._add_term(family.slug, "expertise_threats", {family.pk, *(child.pk for child in children)})
            ordered.append((family, family.name))
            for child in children:
                self._add_term(child.slug, "expertise_threats", {child.pk})
                ordered.append((child, f"{family.name} › {child.name}"))
        for orphan in (threat for threat in threats if threat.parent_id is not None and threat.parent_id not in names):
            self._add_term(orphan.slug, "expertise_threats", {orphan.pk})
            ordered.append((orphan, orphan.name))
        groups = [("Threats", [(row.slug, label) for row, label in ordered])]
        for field, kind, title in (
            ("expertise_spaces", "space", "Public spaces"),
            ("expertise_solutions", "solution", "Solutions"),
        ):
            terms = of_kind(kind)
            for term in terms:
                self._add_term(term.slug, field, {term.pk})
            groups.append((title, [(term.slug, term.name) for term in terms]))
        return groups

    def _add_term(self, slug: str, field: str, ids: set[int]) -> None:
        # Slugs are unique per taxonomy, not across them: a shared slug matches in every taxonomy that has it.
        self._terms.setdefault(slug, {}).setdefault(field, set()).update(ids)

    def expertise_terms(self, slug: str) -> dict[str, set[int]]:
        """Term ids per expertise field that ``slug`` stands for (empty when the slug is unknown)."""
        return self._terms.get(slug, {})


def _count(queryset: QuerySet) -> Subquery:
    """A correlated ``COUNT(DISTINCT pk)`` of ``queryset`` as an annotation.

    ``Func`` rather than ``Count`` so that Django does not add a GROUP BY: the subquery returns exactly one row.
    """
    counted = queryset.order_by().values(
        n=Func(F("pk"), function="COUNT", template="COUNT(DISTINCT %(expressions)s)", output_field=IntegerField())
    )
    return Subquery(counted, output_field=IntegerField())


def practices_of(model: type[Page], organisation: Organisation | OuterRef) -> QuerySet:
    """Live, public pages of a practice type that ``organisation`` takes part in.

    An organisation takes part when it is listed among the page's organisations, when the page sits in the
    organisation's own section of the listing (it owns it), or, for case studies, when it is the contact
    organisation. Written with ``pk__in`` subqueries rather than joins, so no page appears twice and the
    same query works for one organisation (the profile) or correlated to many (``OuterRef``, the directory).
    The view restrictions are a subquery too (the page types' ``public()``), so this costs no query of its own.
    """
    # The two lookups below sit one level deeper than the page query: a correlated reference goes out twice.
    owner = OuterRef(organisation) if isinstance(organisation, OuterRef) else organisation
    field = model._meta.get_field("organisations")
    listed = field.remote_field.through.objects.filter(**{field.m2m_reverse_field_name(): owner})
    section_paths = PRACTICE_SECTIONS[model].objects.filter(organisation=owner).values("path")
    condition = Q(pk__in=listed.values(field.m2m_field_name())) | Q(parent_path__in=section_paths)
    if model is CaseStudyPage:
        condition |= Q(contact_organisation=organisation)
    return (
        model.objects.live()
        .public()
        .annotate(parent_path=Left("path", Length("path") - Page.steplen))
        .filter(condition)
    )


def with_practice_counts(queryset: QuerySet[Organisation]) -> QuerySet[Organisation]:
    """Annotate ``case_study_count``, ``tool_count`` and ``lesson_count`` (live, public pages; see ``practices_of``).

    One correlated subquery per type inside the organisations' own query, so a listing costs the same
    number of queries for 5 or 500 organisations.
    """
    org = OuterRef("pk")
    return queryset.annotate(
        case_study_count=_count(practices_of(CaseStudyPage, org)),
        tool_count=_count(practices_of(ToolPage, org)),
        lesson_count=_count(practices_of(LessonPage, org)),
    )


def _membership_rank() -> Case:
    return Case(
        *(When(membership_status=status, then=Value(rank)) for rank, status in enumerate(MEMBERSHIP_ORDER)),
        default=Value(len(MEMBERSHIP_ORDER)),
        output_field=IntegerField(),
    )


def _country_rank(codes_by_name: Sequence[str]) -> Case | Value:
    """Rank country codes by their English name: the database only knows the codes."""
    if not codes_by_name:
        return Value(0)
    return Case(
        *(When(country=code, then=Value(rank)) for rank, code in enumerate(codes_by_name)),
        default=Value(len(codes_by_name)),
        output_field=IntegerField(),
    )


def _expertise_q(terms: dict[str, set[int]]) -> Q:
    """Organisations holding any of ``terms`` in any of the three expertise relations.

    ``pk__in`` subqueries on the through tables instead of joins, so no organisation appears twice
    and the listing needs no DISTINCT.
    """
    condition = Q(pk__in=[])
    for field_name, _model in EXPERTISE_FIELDS:
        ids = terms.get(field_name)
        if not ids:
            continue
        field = Organisation._meta.get_field(field_name)
        through = field.remote_field.through
        rows = through.objects.filter(**{f"{field.m2m_reverse_field_name()}__in": ids})
        condition |= Q(pk__in=rows.values(field.m2m_field_name()))
    return condition


class DirectoryFilterSet(ListingFilterSet):
    """Active organisations by name, country, type, expertise (a threat family finds its threats too), project.

    A name of only spaces counts as not given.
    """

    params = FILTER_PARAMS
    strip_params = True

    q = django_filters.Filter(field_name="name", lookup_expr="icontains")
    country = django_filters.Filter(field_name="country")
    type = django_filters.Filter(field_name="org_type")
    expertise = django_filters.Filter(method="filter_expertise")
    project = django_filters.Filter(method="filter_project")

    class Meta:
        model = Organisation
        form = DirectoryFilterForm
        fields: list[str] = []

    def filter_expertise(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(_expertise_q(self.form.expertise_terms(value)))

    def filter_project(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        if project_id := self.form.project_ids.get(value):
            queryset = queryset.filter(
                pk__in=OrganisationProject.objects.filter(project_id=project_id).values("organisation_id")
            )
        return queryset


def directory_queryset(form: DirectoryFilterForm) -> QuerySet[Organisation]:
    """Active organisations matching the form's valid filters, with practice counts, in directory order.

    Order: members, then former partners, then observers; within each, by country name, then by name.
    Filters that did not validate are ignored (the view reports them and answers 400).
    """
    queryset = DirectoryFilterSet(queryset=Organisation.objects.public(), form=form).qs
    queryset = with_practice_counts(queryset)
    return queryset.annotate(
        membership_rank=_membership_rank(), country_rank=_country_rank(form.country_codes)
    ).order_by("membership_rank", "country_rank", "name", "pk")


def project_to_map(latitude: float, longitude: float) -> tuple[float, float]:
    """Map coordinates (x, y) of a WGS84 position; may fall outside the viewBox."""
    x = (longitude - LON_MIN) * MAP_WIDTH / (LON_MAX - LON_MIN)
    y = (LAT_MAX - latitude) * MAP_HEIGHT / (LAT_MAX - LAT_MIN)
    return x, y


def _in_box(latitude: float, longitude: float) -> bool:
    return LAT_MIN <= latitude <= LAT_MAX and LON_MIN <= longitude <= LON_MAX


def _spread(points: list[dict[str, Any]]) -> None:
    """Fan out markers that would overlap (several partners in one city) on a small circle round their centre."""
    clusters: list[list[dict[str, Any]]] = []
    for point in points:
        for cluster in clusters:
            if math.dist((point["x"], point["y"]), (cluster[0]["x"], cluster[0]["y"])) < _CLUSTER_DISTANCE:
                cluster.append(point)
                break
        else:
            clusters.append([point])
    for cluster in clusters:
        if len(cluster) < 2:
            continue
        cx = sum(point["x"] for point in cluster) / len(cluster)
        cy = sum(point["y"] for point in cluster) / len(cluster)
        # Neighbouring markers one diameter (plus a gap) apart along the circle.
        radius = max(_CLUSTER_DISTANCE, len(cluster) * (2 * MARKER_RADIUS + 2) / (2 * math.pi))
        for index, point in enumerate(cluster):
            angle = -math.pi / 2 + 2 * math.pi * index / len(cluster)
            point["x"] = cx + radius * math.cos(angle)
            point["y"] = cy + radius * math.sin(angle)


def map_points(organisations: Iterable[Organisation]) -> list[dict[str, Any]]:
    """One marker per organisation with coordinates, in map units of the directory's SVG viewBox.

    Organisations without coordinates, or outside the mapped box (lon -25..45, lat 34..72, e.g. the
    Canary Islands or overseas territories), are **omitted** rather than clamped to the edge, where a
    marker would claim a false location; they stay in the list below the map. Markers that would overlap
    are fanned out around their common centre.
    """
    points = []
    for org in organisations:
        if org.latitude is None or org.longitude is None:
            continue
        latitude, longitude = float(org.latitude), float(org.longitude)
        if not _in_box(latitude, longitude):
            continue
        x, y = project_to_map(latitude, longitude)
        place = ", ".join(part for part in (org.city, org.country.name) if part)
        points.append(
            {
                "slug": org.slug,
                "name": org.name,
                "label": f"{org.name} ({place})" if place else org.name,
                "url": reverse("network:organisation", args=[org.slug]),
                "membership_status": org.membership_status,
                "x": x,
                "y": y,
            }
        )
    _spread(points)
    for point in points:
        point["x"], point["y"] = round(point["x"], 1), round(point["y"], 1)
    return points


def expertise_ids(org: Organisation) -> dict[str, set[int]]:
    """The organisation's expertise term ids per relation (uses prefetched relations when present)."""
    return {field: {term.pk for term in getattr(org, field).all()} for field, _model in EXPERTISE_FIELDS}


def similar_organisations(org: Organisation, limit: int = 4) -> list[Organisation]:
    """Up to ``limit`` other active organisations, ranked by how many expertise terms they share with ``org``.

    Terms are compared exactly in each of the three relations (threats, spaces, solutions). Organisations
    sharing nothing are left out; ties go to members first, then by name, so the result is stable.
    Each result carries ``shared_count`` and the practice counts the organisation card shows.
    """
    own = expertise_ids(org)
    shared: Any = Value(0)
    for field_name, _model in EXPERTISE_FIELDS:
        if not own[field_name]:
            continue
        field = Organisation._meta.get_field(field_name)
        rows = field.remote_field.through.objects.filter(
            **{field.m2m_field_name(): OuterRef("pk"), f"{field.m2m_reverse_field_name()}__in": own[field_name]}
        )
        shared = shared + _count(rows)
    if isinstance(shared, Value):
        return []
    queryset = (
        Organisation.objects.public()
        .exclude(pk=org.pk)
        .annotate(shared_count=shared, membership_rank=_membership_rank())
        .filter(shared_count__gt=0)
        .order_by("-shared_count", "membership_rank", "name")
    )
    return list(with_practice_counts(queryset)[:limit])
