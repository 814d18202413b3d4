"""Page types for practices: case studies, tools and lessons, and their listing pages."""

from __future__ import annotations

import operator
import re
from functools import reduce
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, ExpressionWrapper, OuterRef, Prefetch, Q, QuerySet
from django.http import HttpRequest
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.functional import cached_property
from django_countries.fields import CountryField
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from portal.base import PortalPage, SocialMetaMixin, latitude_field, longitude_field, prefetch_renditions, restricted_q
from portal.listings import FilteredListingPageMixin
from portal.text import SingleLineFieldsMixin
from practices.api import (
    LivePagesField,
    PublicSlugListField,
    SlugField,
    SlugListField,
    WithheldBody,
)
from practices.blocks import ApproachBlock, RestrictedSectionsBlock, stream_files
from practices.forms import PracticePageForm
from practices.listing import practice_listing_context
from practices.marking import Label, display, reader_of
from practices.models.evidence import EvidenceLevel, EvidenceReview, confirmed_level
from practices.models.taxonomy import ThreatType
from practices.related import related_practices
from practices.restricted import announce_read, reading

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class CostRange(models.TextChoices):
    UNDER_10K = "under-10k", "Under €10,000"
    FROM_10K = "10k-50k", "€10,000 – €50,000"
    FROM_50K = "50k-250k", "€50,000 – €250,000"
    FROM_250K = "250k-1m", "€250,000 – €1 million"
    OVER_1M = "over-1m", "Over €1 million"


class ToolType(models.TextChoices):
    SELF_ASSESSMENT = "self-assessment", "Self-assessment"
    EVALUATION_FRAMEWORK = "evaluation-framework", "Evaluation framework"
    GUIDANCE = "guidance", "Guidance"
    TRAINING_MATERIAL = "training-material", "Training material"
    SOFTWARE = "software", "Software"


class Licence(models.TextChoices):
    CC_BY = "cc-by", "Creative Commons BY"
    CC_BY_SA = "cc-by-sa", "Creative Commons BY-SA"
    CC_BY_NC = "cc-by-nc", "Creative Commons BY-NC"
    OPEN_SOURCE = "open-source", "Open-source licence"
    PROPRIETARY = "proprietary", "Proprietary"
    FREE_ON_REQUEST = "free-on-request", "Free on request"


class Maturity(models.TextChoices):
    PROTOTYPE = "prototype", "Prototype"
    PILOTED = "piloted", "Piloted in partner cities"
    IN_USE = "in-use", "In regular use"
    ARCHIVED = "archived", "Archived (no longer maintained)"


class LessonKind(models.TextChoices):
    LESSON = "lesson", "Lesson learned"
    RECOMMENDATION = "recommendation", "Recommendation"


# ISO 639-1 codes of the languages the network's material is published in.
LANGUAGE_NAMES = {
    "bg": "Bulgarian",
    "cs": "Czech",
    "da": "Danish",
    "de": "German",
    "el": "Greek",
    "en": "English",
    "es": "Spanish",
    "et": "Estonian",
    "fi": "Finnish",
    "fr": "French",
    "ga": "Irish",
    "he": "Hebrew",
    "hr": "Croatian",
    "hu": "Hungarian",
    "it": "Italian",
    "lt": "Lithuanian",
    "lv": "Latvian",
    "mt": "Maltese",
    "nl": "Dutch",
    "no": "Norwegian",
    "pl": "Polish",
    "pt": "Portuguese",
    "ro": "Romanian",
    "sk": "Slovak",
    "sl": "Slovenian",
    "sv": "Swedish",
    "tr": "Turkish",
    "uk": "Ukrainian",
}


def parse_language_codes(value: str) -> list[str]:
    """Split a comma-separated list of language codes, normalised to lowercase."""
    return [code.strip().lower() for code in re.split(r"[,\s]+", value or "") if code.strip()]


def validate_language_codes(value: str) -> None:
    unknown = [code for code in parse_language_codes(value) if code not in LANGUAGE_NAMES]
    if unknown:
        raise ValidationError(
            "Unknown language code(s): %(codes)s. Use ISO 639-1 codes such as en, fr, nl.",
            params={"codes": ", ".join(unknown)},
        )


class PracticeBase(SocialMetaMixin, PortalPage):
    """What case studies, tools and lessons share: taxonomy, project, partners, tags, dates.

    The taxonomy fields are what facets, related practices and the partner's peer finder use,
    so they live here once rather than on each page type.
    """

    threat_types = ParentalManyToManyField("practices.ThreatType", blank=True, related_name="+")
    space_categories = ParentalManyToManyField("practices.SpaceCategory", blank=True, related_name="+")
    solution_types = ParentalManyToManyField("practices.SolutionType", blank=True, related_name="+")
    #: The fields that place a page in a public space (the listing's space filter looks in each).
    space_fields: tuple[str, ...] = ("space_categories",)
    project = models.ForeignKey("practices.Project", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    organisations = ParentalManyToManyField(
        "network.Organisation", blank=True, related_name="+", help_text="Organisations involved."
    )
    first_published = models.DateField(
        default=timezone.localdate, help_text="When the practice was first made public (by the project or here)."
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    body_label = models.CharField(
        "marking of the whole page",
        max_length=12,
        choices=[(label.value, label.label) for label in (Label.CLEAR, Label.GREEN, Label.AMBER, Label.AMBER_STRICT)],
        default=Label.CLEAR,
        help_text=(
            "Restrict the whole page: its title, summary and facts stay TLP:CLEAR, the rest is shown only to those "
            "the label admits (AMBER+STRICT: vetted members of the owner and of the organisations involved)."
        ),
    )
    #: The fields that make up the page's body (withheld from the API, search and the page when restricted).
    body_fields: tuple[str, ...] = ()
    #: The body's file fields, and its child relations holding files (relation, file field): a restricted
    #: body keeps them in the restricted collection, and serves them through the marked views.
    body_file_fields: tuple[str, ...] = ()
    body_file_children: tuple[tuple[str, str], ...] = ()
    restricted_sections = StreamField(
        RestrictedSectionsBlock(),
        blank=True,
        help_text="Parts only some readers may see, each with its TLP label (the rest of the page is TLP:CLEAR).",
    )

    evidence_proposed = models.CharField(
        "proposed evidence level",
        max_length=20,
        choices=EvidenceLevel.choices,
        blank=True,
        help_text="What you think the practice's evidence is. A moderator confirms a level after a review.",
    )
    evidence_notes = models.TextField(
        "evidence for the reviewers", blank=True, help_text="Evaluations, reports, who could review it…"
    )

    restricted_panels = [FieldPanel("body_label"), FieldPanel("restricted_sections")]
    base_form_class = PracticePageForm
    evidence_panels = [
        MultiFieldPanel([FieldPanel("evidence_proposed"), FieldPanel("evidence_notes")], heading="Evidence")
    ]
    taxonomy_panels = [
        MultiFieldPanel(
            [
                FieldPanel("threat_types"),
                FieldPanel("space_categories"),
                FieldPanel("solution_types"),
                FieldPanel("tags"),
            ],
            heading="Classification",
        ),
        MultiFieldPanel(
            [FieldPanel("project"), FieldPanel("organisations"), FieldPanel("first_published")],
            heading="Origin",
        ),
        FieldPanel("listing_image"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=2),
        index.AutocompleteField("title"),
        index.RelatedFields("threat_types", [index.SearchField("name")]),
        index.RelatedFields("space_categories", [index.SearchField("name")]),
        index.RelatedFields("solution_types", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("first_published"),
        index.FilterField("project"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("threat_types", serializer=SlugListField()),
        APIField("space_categories", serializer=SlugListField()),
        APIField("solution_types", serializer=SlugListField()),
        APIField("organisations", serializer=PublicSlugListField()),
        APIField("project", serializer=SlugField()),
        APIField("first_published"),
        APIField("tags"),
    ]

    class Meta:
        abstract = True

    def body_files(self) -> list[Any]:
        """The documents and images of the page's body: its file fields, file children and StreamFields."""
        files = [getattr(self, name) for name in self.body_file_fields]
        for relation, field in self.body_file_children:
            files += [getattr(child, field) for child in self._files_of(relation)]
        for name in self.body_fields:
            files += stream_files(getattr(self, name))
        return [item for item in files if item is not None]

    def _files_of(self, relation: str) -> list[Any]:
        return list(getattr(self, relation).all())

    def markings(self) -> list[str]:
        """The TLP labels of the page's restricted parts (its body, then its sections), once each, as shown."""
        labels = [self.body_label] if self.body_label != Label.CLEAR else []
        # From the raw data: the admin lists many pages, and the blocks' files and organisations need not be read.
        raw = self.restricted_sections.raw_data
        labels += [block["value"].get("label", "") for block in raw if block.get("type") == "section"]
        return [display(label) for label in dict.fromkeys(labels)]

    def get_admin_display_title(self) -> str:
        """The admin's title says what in the page is restricted (explorer, page header, moderation, choosers)."""
        title = super().get_admin_display_title()
        markings = self.markings()
        return f"{title} [{', '.join(markings)}]" if markings else title

    @property
    def public_organisations(self) -> list[Any]:
        """The organisations involved that the public may see (``is_public``), from the prefetched relation."""
        return [organisation for organisation in self.organisations.all() if organisation.is_public]

    @classmethod
    def serving_queryset(cls) -> QuerySet:
        """What the facts box, the related practices and the share image read (relations read once need no
        prefetch: it costs more than the query it replaces); threats show their family."""
        return (
            super()
            .serving_queryset()
            .select_related("listing_image", "project")
            .prefetch_related(
                Prefetch("threat_types", queryset=ThreatType.objects.select_related("parent")),
                "space_categories",
                "solution_types",
            )
            .annotate(confirmed_evidence=confirmed_level())
        )

    @property
    def evidence_level(self) -> str:
        """The confirmed level (the latest moderator's review), *inspiring* when none was confirmed."""
        annotated = getattr(self, "confirmed_evidence", None)
        if annotated is not None:
            return str(annotated)
        review = self.evidence_review
        return review.level if review else EvidenceLevel.INSPIRING.value

    @cached_property
    def evidence_review(self) -> EvidenceReview | None:
        """The review behind the level (read only when there is one to show)."""
        if getattr(self, "confirmed_evidence", None) == EvidenceLevel.INSPIRING or not self.pk:
            return None
        return EvidenceReview.objects.filter(page_id=self.pk).order_by("-reviewed_on", "-pk").first()

    def get_evidence_level_display(self) -> str:
        return EvidenceLevel(self.evidence_level).label

    def public_related(self, *relations: str) -> list[list[Page]]:
        """Live, public pages of page relations, a list by title for each, all in one query.

        Works on previews' in-memory relations too. The pages are generic (titles and URLs are what pages
        list of them).
        """
        ids = []
        for relation in relations:
            related = getattr(self, relation).all()
            # A stored relation goes into the query as a subquery; a preview's in-memory one as its ids.
            ids.append(related.values("pk") if isinstance(related, QuerySet) else [item.pk for item in related])
        in_relation = {
            f"in_{index}": ExpressionWrapper(Q(pk__in=pks), output_field=models.BooleanField())
            for index, pks in enumerate(ids)
        }
        pages = list(
            Page.objects.live()
            .exclude(restricted_q())
            .filter(reduce(operator.or_, (Q(pk__in=pks) for pks in ids)))
            .annotate(**in_relation)
            .order_by("title")
        )
        return [[page for page in pages if getattr(page, name)] for name in in_relation]

    @property
    def owner_organisation(self) -> Any:
        """The organisation that owns this practice: the one whose section it sits in."""
        parent = self.get_parent()
        if parent is None or not issubclass(parent.specific_class or Page, OrganisationSection):
            return None
        # The section and its organisation in one query (routing leaves a generic parent).
        section = parent.specific_class.objects.select_related("organisation").filter(pk=parent.pk).first()
        return section.organisation if section else None

    @property
    def peer_contact(self) -> Any:
        """Who peers should ask about the practice: a case study's named contact, otherwise the owner."""
        return getattr(self, "contact_organisation", None) or self.owner_organisation

    def images_shown(self) -> list[Any]:
        """The images the page template shows (their renditions are read in one query)."""
        return [self.listing_image]

    @property
    def place(self) -> str:
        """Where the practice happened, as cards show it; only case studies have a place."""
        return ""

    def _joined(self, relation: str) -> str:
        return ", ".join(getattr(term, "label", term.name) for term in getattr(self, relation).all())

    def common_facts(self) -> list[tuple[str, str]]:
        """Facts every practice page shows at the top: threats, spaces, solutions, project."""
        return [
            ("Threats", self._joined("threat_types")),
            ("Public spaces", self._joined("space_categories")),
            ("Solutions", self._joined("solution_types")),
            ("Project", f"{self.project.acronym} – {self.project.full_name}" if self.project else ""),
        ]

    def key_facts(self) -> list[tuple[str, str]]:
        """The facts a reader judges the page by, in display order (empty values are skipped)."""
        return self.common_facts()

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        reader = reader_of(request)
        preview = bool(getattr(request, "is_preview", False))
        context["reading"] = marked = reading(self, reader, preview=preview)
        body = marked.body
        if marked.shown or (body is not None and marked.body_shown):
            request.shows_marked_parts = True  # type: ignore[attr-defined]  # read by serve: never cached
        for part in [] if preview else marked.shown:
            announce_read(reader, self, part, "view")
        if body is not None and marked.body_shown and not preview:
            announce_read(reader, self, body, "view")
        context["related_practices"] = related_practices(self, PRACTICE_PAGE_MODELS)
        prefetch_renditions([*self.images_shown(), *(item.listing_image for item in context["related_practices"])])
        return context

    def serve(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        response = super().serve(request, *args, **kwargs)
        if getattr(request, "shows_marked_parts", False):
            add_never_cache_headers(response)  # restricted text stays out of every shared cache
        return response


class CaseStudyTag(TaggedItemBase):
    content_object = ParentalKey("practices.CaseStudyPage", related_name="tagged_items", on_delete=models.CASCADE)


class ToolTag(TaggedItemBase):
    content_object = ParentalKey("practices.ToolPage", related_name="tagged_items", on_delete=models.CASCADE)


class LessonTag(TaggedItemBase):
    content_object = ParentalKey("practices.LessonPage", related_name="tagged_items", on_delete=models.CASCADE)


class CaseStudyPage(PracticeBase):
    """How one city protected one public space against one or more threats, and what it learned."""

    city = models.CharField(max_length=120)
    country = CountryField()
    space_name = models.CharField("public space", max_length=200, help_text="For example Calle Larios.")
    space_category = models.ForeignKey(
        "practices.SpaceCategory",
        on_delete=models.PROTECT,
        related_name="case_studies",
        help_text="The main category of the public space (other categories can be added below).",
    )
    space_fields = ("space_categories", "space_category")
    body_fields = ("challenge", "approach", "results", "lessons_learned")
    body_file_children = (("gallery_images", "image"), ("related_documents", "document"))
    latitude = latitude_field()
    longitude = longitude_field()
    challenge = RichTextField(features=RICH_TEXT_FEATURES)
    approach = StreamField(ApproachBlock(), blank=True)
    results = RichTextField(features=RICH_TEXT_FEATURES, blank=True)
    lessons_learned = RichTextField(features=RICH_TEXT_FEATURES, blank=True)
    cost_range = models.CharField(max_length=20, choices=CostRange.choices, blank=True)
    timeframe = models.CharField(max_length=120, blank=True, help_text="For example 8 months (2019–2020).")
    contact_organisation = models.ForeignKey(
        "network.Organisation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Who a peer city should contact about this practice.",
    )
    tags = ClusterTaggableManager(through=CaseStudyTag, blank=True)

    parent_page_types = ["practices.CaseStudySection"]
    subpage_types: list[str] = []
    template = "practices/case_study_page.html"

    content_panels = [
        *Page.content_panels,
        *PracticeBase.summary_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("city"), FieldPanel("country")]),
                FieldRowPanel([FieldPanel("space_name"), FieldPanel("space_category")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading="Where",
        ),
        FieldPanel("challenge"),
        FieldPanel("approach"),
        FieldPanel("results"),
        FieldPanel("lessons_learned"),
        FieldRowPanel([FieldPanel("cost_range"), FieldPanel("timeframe")]),
        FieldPanel("contact_organisation"),
        InlinePanel("gallery_images", label="Images"),
        InlinePanel("related_documents", label="Documents"),
        *PracticeBase.evidence_panels,
        *PracticeBase.restricted_panels,
        *PracticeBase.taxonomy_panels,
    ]
    search_fields = [
        *PracticeBase.search_fields,
        index.SearchField("city", boost=2),
        index.SearchField("space_name"),
        index.SearchField("challenge"),
        index.SearchField("approach"),
        index.SearchField("results"),
        index.SearchField("lessons_learned"),
        index.RelatedFields("space_category", [index.SearchField("name")]),
    ]
    api_fields = [
        *PracticeBase.api_fields,
        APIField("city"),
        APIField("country_code"),
        APIField("space_name"),
        APIField("space_category", serializer=SlugField()),
        APIField("latitude"),
        APIField("longitude"),
        APIField("challenge", serializer=WithheldBody("rich_text")),
        APIField("approach", serializer=WithheldBody("stream")),
        APIField("results", serializer=WithheldBody("rich_text")),
        APIField("lessons_learned", serializer=WithheldBody("rich_text")),
        APIField("cost_range"),
        APIField("timeframe"),
    ]

    class Meta:
        verbose_name = "case study"
        verbose_name_plural = "case studies"

    @classmethod
    def serving_queryset(cls) -> QuerySet:
        """Also the facts' public space and the contact box, and whether there are images and documents at all:
        most case studies have none, and then ``gallery`` and ``documents`` need no query."""
        return (
            super()
            .serving_queryset()
            .select_related("space_category", "contact_organisation")
            .annotate(
                has_gallery=Exists(CaseStudyImage.objects.filter(page=OuterRef("pk"))),
                has_documents=Exists(CaseStudyDocument.objects.filter(page=OuterRef("pk"))),
            )
        )

    @cached_property
    def gallery(self) -> list[CaseStudyImage]:
        """The gallery's images, in their order."""
        return self._children("gallery_images", "has_gallery", "image")

    @cached_property
    def documents(self) -> list[CaseStudyDocument]:
        """The documents kept with the case study, in their order."""
        return self._children("related_documents", "has_documents", "document")

    def _children(self, relation: str, seen: str, file_field: str) -> list[Any]:
        """A child relation with its files in one query, or none when the serving query saw it empty.

        Previews (in-memory children, no ``seen`` annotation) read them as Wagtail gives them.
        """
        if getattr(self, seen, True) is False:
            return []
        children = getattr(self, relation).all()
        return list(children.select_related(file_field) if isinstance(children, QuerySet) else children)

    def _files_of(self, relation: str) -> list[Any]:
        return self.gallery if relation == "gallery_images" else self.documents

    def images_shown(self) -> list[Any]:
        """The listing image, and the gallery's renditions unless the body is restricted (then it has none)."""
        gallery = [item.image for item in self.gallery] if self.body_label == Label.CLEAR else []
        return [*super().images_shown(), *gallery]

    @property
    def place(self) -> str:
        return f"{self.city}, {self.country.name}" if self.city else ""

    @property
    def country_code(self) -> str:
        return str(self.country.code) if self.country else ""

    def key_facts(self) -> list[tuple[str, str]]:
        space = f"{self.space_name} ({self.space_category.name})" if self.space_category_id else self.space_name
        threats, _, solutions, project = self.common_facts()
        return [
            ("Where", f"{self.city}, {self.country.name}"),
            ("Public space", space),
            threats,
            solutions,
            project,
            ("Cost", self.get_cost_range_display()),
            ("Timeframe", self.timeframe),
        ]


class CaseStudyImage(SingleLineFieldsMixin, Orderable):
    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey("wagtailimages.Image", on_delete=models.CASCADE, related_name="+")
    caption = models.CharField(max_length=250, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]


class CaseStudyDocument(SingleLineFieldsMixin, Orderable):
    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="related_documents")
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+")
    title = models.CharField(max_length=250, blank=True, help_text="Defaults to the document's title.")

    panels = [FieldPanel("document"), FieldPanel("title")]


class ToolPage(PracticeBase):
    """A tool a city can use: what it does, for whom, and how to get it — in the first screen."""

    purpose = RichTextField(features=RICH_TEXT_FEATURES)
    tool_type = models.CharField(max_length=30, choices=ToolType.choices)
    intended_users = ParentalManyToManyField("practices.Audience", blank=True, related_name="+")
    languages = models.CharField(
        max_length=200,
        blank=True,
        validators=[validate_language_codes],
        help_text="Comma-separated ISO 639-1 codes, for example en, nl, ro.",
    )
    access_url = models.URLField("link", blank=True, help_text="Where the tool can be used or downloaded.")
    access_document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="A copy kept in the portal, so the tool survives its project's website.",
    )
    access_notes = models.TextField("how to access it", blank=True)
    licence = models.CharField(max_length=20, choices=Licence.choices, blank=True)
    maturity = models.CharField(max_length=20, choices=Maturity.choices, blank=True)
    related_case_studies = ParentalManyToManyField("practices.CaseStudyPage", blank=True, related_name="tools")
    tags = ClusterTaggableManager(through=ToolTag, blank=True)
    body_fields = ("purpose", "access_url", "access_notes")
    body_file_fields = ("access_document",)

    parent_page_types = ["practices.ToolSection"]
    subpage_types: list[str] = []
    template = "practices/tool_page.html"

    content_panels = [
        *Page.content_panels,
        *PracticeBase.summary_panels,
        FieldPanel("purpose"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("tool_type"), FieldPanel("maturity")]),
                FieldPanel("intended_users"),
                FieldRowPanel([FieldPanel("languages"), FieldPanel("licence")]),
            ],
            heading="What it is, for whom",
        ),
        MultiFieldPanel(
            [FieldPanel("access_url"), FieldPanel("access_document"), FieldPanel("access_notes")],
            heading="How to get it",
        ),
        FieldPanel("related_case_studies"),
        *PracticeBase.evidence_panels,
        *PracticeBase.restricted_panels,
        *PracticeBase.taxonomy_panels,
    ]
    search_fields = [
        *PracticeBase.search_fields,
        index.SearchField("purpose"),
        index.SearchField("access_notes"),
        index.FilterField("tool_type"),
    ]
    api_fields = [
        *PracticeBase.api_fields,
        APIField("purpose", serializer=WithheldBody("rich_text")),
        APIField("tool_type"),
        APIField("intended_users", serializer=SlugListField()),
        APIField("languages"),
        APIField("access_url", serializer=WithheldBody()),
        APIField("access_notes", serializer=WithheldBody()),
        APIField("licence"),
        APIField("maturity"),
        APIField("related_case_studies", serializer=LivePagesField()),
    ]

    class Meta:
        verbose_name = "tool"

    @classmethod
    def serving_queryset(cls) -> QuerySet:
        """Also the copy of the tool kept here, which "How to get it" links."""
        return super().serving_queryset().select_related("access_document")

    def public_case_studies(self) -> list[Page]:
        [cases] = self.public_related("related_case_studies")
        return cases

    @property
    def language_names(self) -> list[str]:
        return [LANGUAGE_NAMES.get(code, code) for code in parse_language_codes(self.languages)]

    def key_facts(self) -> list[tuple[str, str]]:
        return [
            ("Type", self.get_tool_type_display()),
            ("For", ", ".join(audience.name for audience in self.intended_users.all())),
            ("Languages", ", ".join(self.language_names)),
            ("Licence", self.get_licence_display()),
            ("Maturity", self.get_maturity_display()),
            *self.common_facts(),
        ]

    def clean(self) -> None:
        super().clean()
        self.languages = ", ".join(parse_language_codes(self.languages))


class LessonPage(PracticeBase):
    """A lesson learned or a recommendation, with the evidence it rests on."""

    kind = models.CharField(max_length=20, choices=LessonKind.choices, default=LessonKind.LESSON)
    statement = models.TextField(help_text="The lesson itself, in one or two sentences.")
    context = RichTextField(features=RICH_TEXT_FEATURES, blank=True)
    audience = ParentalManyToManyField("practices.Audience", blank=True, related_name="+")
    evidence_case_studies = ParentalManyToManyField(
        "practices.CaseStudyPage", blank=True, related_name="lessons", verbose_name="case studies"
    )
    evidence_tools = ParentalManyToManyField(
        "practices.ToolPage", blank=True, related_name="lessons", verbose_name="tools"
    )
    tags = ClusterTaggableManager(through=LessonTag, blank=True)
    body_fields = ("context",)

    parent_page_types = ["practices.LessonSection"]
    subpage_types: list[str] = []
    template = "practices/lesson_page.html"

    content_panels = [
        *Page.content_panels,
        FieldPanel("kind"),
        FieldPanel("statement"),
        *PracticeBase.summary_panels,
        FieldPanel("context"),
        FieldPanel("audience"),
        MultiFieldPanel([FieldPanel("evidence_case_studies"), FieldPanel("evidence_tools")], heading="Evidence"),
        *PracticeBase.evidence_panels,
        *PracticeBase.restricted_panels,
        *PracticeBase.taxonomy_panels,
    ]
    search_fields = [
        *PracticeBase.search_fields,
        index.SearchField("statement", boost=2),
        index.SearchField("context"),
        index.FilterField("kind"),
    ]
    api_fields = [
        *PracticeBase.api_fields,
        APIField("kind"),
        APIField("statement"),
        APIField("context", serializer=WithheldBody("rich_text")),
        APIField("audience", serializer=SlugListField()),
        APIField("evidence_case_studies", serializer=LivePagesField()),
        APIField("evidence_tools", serializer=LivePagesField()),
    ]

    def public_evidence(self) -> dict[str, list[Page]]:
        cases, tools = self.public_related("evidence_case_studies", "evidence_tools")
        return {"case_studies": cases, "tools": tools}

    def key_facts(self) -> list[tuple[str, str]]:
        return [
            ("Kind", self.get_kind_display()),
            ("For", ", ".join(audience.name for audience in self.audience.all())),
            *self.common_facts(),
        ]

    class Meta:
        verbose_name = "lesson or recommendation"
        verbose_name_plural = "lessons and recommendations"


#: The practice page types, in the order listings and feeds name them.
PRACTICE_PAGE_MODELS = (CaseStudyPage, ToolPage, LessonPage)


class PracticeIndexPage(FilteredListingPageMixin, PortalPage):
    """A paginated listing of one practice type with simple taxonomy and country filters."""

    intro = RichTextField(features=["bold", "italic", "link"], blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    max_count = 1
    listing_model: type[PracticeBase]
    page_size = 12
    #: Whether the listing filters by country (only case studies have one).
    filter_by_country = False
    #: What the listing's cards read with each page.
    listing_related: tuple[str, ...] = ("listing_image", "project")

    class Meta:
        abstract = True

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context.update(practice_listing_context(self, request))
        return context


class CaseStudyIndexPage(PracticeIndexPage):
    listing_model = CaseStudyPage
    filter_by_country = True
    listing_related = ("listing_image", "project", "space_category")
    subpage_types = ["practices.CaseStudySection"]
    template = "practices/case_study_index_page.html"

    class Meta:
        verbose_name = "case study listing"


class ToolIndexPage(PracticeIndexPage):
    listing_model = ToolPage
    subpage_types = ["practices.ToolSection"]
    template = "practices/tool_index_page.html"

    class Meta:
        verbose_name = "tool listing"


class LessonIndexPage(PracticeIndexPage):
    listing_model = LessonPage
    subpage_types = ["practices.LessonSection"]
    template = "practices/lesson_index_page.html"

    class Meta:
        verbose_name = "lesson listing"


class OrganisationSection(PortalPage):
    """One organisation's part of a listing: its editors may add and edit pages only in here.

    Ownership and permissions are plain Wagtail: the organisation's editors group gets
    add/edit (not publish) on its sections, so their pages go through the moderation
    workflow; transferring a practice to another organisation is a page move.
    """

    organisation = models.ForeignKey("network.Organisation", on_delete=models.PROTECT, related_name="+")

    content_panels = [*Page.content_panels, FieldPanel("organisation")]
    subpage_types: list[str] = []

    class Meta:
        abstract = True

    def serve(self, request: HttpRequest, *args: Any, **kwargs: Any):  # type: ignore[override]
        return redirect("network:organisation", slug=self.organisation.slug)

    def get_sitemap_urls(self, request: HttpRequest | None = None) -> list[dict[str, Any]]:
        """A section only redirects to its organisation's profile, so the sitemap leaves it out."""
        return []


class CaseStudySection(OrganisationSection):
    parent_page_types = ["practices.CaseStudyIndexPage"]
    subpage_types = ["practices.CaseStudyPage"]

    class Meta:
        verbose_name = "organisation's case studies"


class ToolSection(OrganisationSection):
    parent_page_types = ["practices.ToolIndexPage"]
    subpage_types = ["practices.ToolPage"]

    class Meta:
        verbose_name = "organisation's tools"


class LessonSection(OrganisationSection):
    parent_page_types = ["practices.LessonIndexPage"]
    subpage_types = ["practices.LessonPage"]

    class Meta:
        verbose_name = "organisation's lessons"
