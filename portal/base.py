"""Shared building blocks for page models: the only thing apps import from ``portal``.

Kept free of imports from the apps themselves so that every app can build on it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from django.contrib.syndication.views import Feed
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Exists, ExpressionWrapper, F, Func, OuterRef, Prefetch, Q, prefetch_related_objects
from django.db.models.query import ModelIterable
from django.http import Http404, HttpRequest
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, PageManager, PageViewRestriction, Site
from wagtail.query import PageQuerySet
from wagtail.url_routing import RouteResult

from portal.text import SingleLineFieldsMixin

LATITUDE_VALIDATORS = [MinValueValidator(-90), MaxValueValidator(90)]
LONGITUDE_VALIDATORS = [MinValueValidator(-180), MaxValueValidator(180)]


def latitude_field(**kwargs: object) -> models.DecimalField:
    """A nullable WGS84 latitude, validated to [-90, 90]."""
    return models.DecimalField(
        max_digits=8, decimal_places=5, null=True, blank=True, validators=LATITUDE_VALIDATORS, **kwargs
    )


def longitude_field(**kwargs: object) -> models.DecimalField:
    """A nullable WGS84 longitude, validated to [-180, 180]."""
    return models.DecimalField(
        max_digits=8, decimal_places=5, null=True, blank=True, validators=LONGITUDE_VALIDATORS, **kwargs
    )


def validate_date_range(start: object, end: object, end_field: str = "end_date") -> None:
    """Raise a field error when an end date precedes its start date."""
    if start and end and end < start:
        raise ValidationError({end_field: "The end date cannot be before the start date."})


class SocialMetaMixin(models.Model):
    """Summary text used for listings, search snippets and OpenGraph/Twitter meta."""

    summary = models.TextField(
        max_length=1000,
        help_text="One paragraph a busy reader can judge the page by; shown in listings and shared links.",
    )

    summary_panels = [FieldPanel("summary")]

    class Meta:
        abstract = True

    def get_meta_description(self) -> str:
        """Return the description for meta tags, preferring the SEO description Wagtail stores."""
        return self.search_description or self.summary


def location_panel(heading: str = "Location") -> MultiFieldPanel:
    """A panel grouping latitude and longitude side by side."""
    return MultiFieldPanel(
        [FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])],
        heading=heading,
    )


class PageFeed(Feed):
    """An RSS/Atom feed of Wagtail pages: links, stable ids and dates come from the page itself.

    Subclasses pick the (live, public) pages in ``pages()`` and say how a title and description read.
    """

    item_guid_is_permalink = False
    guid_prefix = "page"

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpRequest:
        # The request is what items() gets: with it, the site's root paths behind every link are read once
        # for the feed, not once per item.
        return request

    def pages(self) -> list[Page]:
        raise NotImplementedError

    def items(self, request: HttpRequest) -> list[Page]:
        pages = self.pages()
        for page in pages:
            page.feed_link = page.get_url(request) or "/"
        return pages

    def item_description(self, item: Page) -> str:
        return getattr(item, "summary", "")

    def item_link(self, item: Page) -> str:
        return item.feed_link

    def item_guid(self, item: Page) -> str:
        # The translation key survives renames and moves, so readers never show an item twice.
        return f"{self.guid_prefix}-{item.translation_key}"

    def item_pubdate(self, item: Page) -> dt.datetime | None:
        return item.first_published_at

    def item_updateddate(self, item: Page) -> dt.datetime | None:
        return item.last_published_at


# --- serving pages in a fixed number of queries ---------------------------------------------------------------
class _UnderRestriction(Func):
    """True for a page path at or below a page that has a view restriction (a correlated EXISTS).

    Written as SQL because Django's ``Exists(...)`` of the same condition costs three times as much to compile,
    and every public page list of every request carries it. Paths are digits and capitals only, so LIKE needs no
    escaping; ``||`` and LIKE work in PostgreSQL and SQLite alike. ``%%%%`` reaches the database as ``%``.
    """

    template = (
        'EXISTS (SELECT 1 FROM "wagtailcore_pageviewrestriction" portal_restriction'
        ' INNER JOIN "wagtailcore_page" portal_restricted ON portal_restricted."id" = portal_restriction."page_id"'
        " WHERE %(expressions)s LIKE portal_restricted.\"path\" || '%%%%')"
    )
    output_field = models.BooleanField()


def restricted_q() -> Q:
    """Pages a view restriction applies to (set on the page or an ancestor), as a condition of the query itself.

    The same rule as Wagtail's ``PageQuerySet.private_q()``, which first reads every restriction in a query of
    its own: as a subquery, "public" costs no extra round trip however many lists a page shows.
    """
    return Q(_UnderRestriction(F("path")))


class PortalPageQuerySet(PageQuerySet):
    """Wagtail's page queryset, with ``public()`` and ``not_public()`` checking view restrictions in SQL."""

    def private_q(self) -> Q:
        return restricted_q()


PortalPageManager = PageManager.from_queryset(PortalPageQuerySet)


def menu_q(root: Page) -> Q:
    """The main menu: live children of the site's root page marked "show in menus" (the public ones are shown)."""
    return Q(depth=root.depth + 1, path__startswith=root.path, live=True, show_in_menus=True)


def menu_pages(request: HttpRequest, root: Page) -> list[Page]:
    """The main menu's pages: read by this request's routing already, or in one query (titles and URLs only)."""
    routed = getattr(request, "_portal_menu", None)
    if routed is not None:
        return routed
    return list(Page.objects.filter(menu_q(root)).exclude(restricted_q()).order_by("path"))


def _is_plain_route(model: type[Page] | None) -> bool:
    """Whether ``model`` routes like Wagtail's Page (children by slug), rather than with routes of its own."""
    return model is None or model.route in (Page.route, PortalPage.route)


class PortalPage(SingleLineFieldsMixin, Page):
    """Base of the portal's page types: a public page is routed, checked and rendered in a fixed number of queries.

    Wagtail reads two queries per level of the URL (the child, then its specific page), two more for the view
    restrictions and one for the breadcrumbs; here one query reads the whole path with its ancestors, and only
    the page that answers is read in full, through its type's ``serving_queryset``.
    """

    objects = PortalPageManager()

    class Meta:
        abstract = True

    @classmethod
    def serving_queryset(cls) -> PageQuerySet:
        """How a page of this type is read when a request is routed to it; types add what their template shows.

        Only routing uses it: previews render revisions whose relations live in memory, and must keep them.
        """
        return cls.objects.all()

    def route(self, request: HttpRequest, path_components: list[str]) -> RouteResult:
        """Wagtail's routing (a child by slug at each level, a routable page gets the rest of the path), in one query.

        Routing from the site's root, the same query reads the main menu too (see ``menu_pages``).
        """
        if not path_components and hasattr(self, "_routed_ancestry"):  # the page a route in progress ends at
            return super().route(request, path_components)
        site = Site.find_for_request(request)
        menu = menu_q(self) if site is not None and site.root_page_id == self.pk else None
        steps = Q()
        for offset, slug in enumerate(path_components, start=1):
            steps |= Q(depth=self.depth + offset, slug=slug, path__startswith=self.path)
        own_paths = [self.path[:end] for end in range(self.steplen, len(self.path) + 1, self.steplen)]
        pages = Page.objects.filter(steps | Q(path__in=own_paths) | (menu or Q(pk__in=[]))).annotate(
            has_view_restriction=Exists(PageViewRestriction.objects.filter(page=OuterRef("pk")))
        )
        if menu is not None:
            pages = pages.annotate(in_menu=ExpressionWrapper(menu, output_field=models.BooleanField()))
        pages = list(pages.order_by("path"))
        ancestry = [page for page in pages if page.path in own_paths]
        if len(ancestry) != len(own_paths):  # moved or deleted meanwhile: let Wagtail look it up
            return super().route(request, path_components)
        if menu is not None:
            hidden = any(page.has_view_restriction for page in ancestry)
            request._portal_menu = [
                page for page in pages if page.in_menu and not hidden and not page.has_view_restriction
            ]
        if not path_components:
            self._routed_ancestry = ancestry
            return super().route(request, path_components)
        parent = ancestry[-1]
        for index, slug in enumerate(path_components):
            child = next(
                (
                    page
                    for page in pages
                    if page.depth == parent.depth + 1 and page.slug == slug and page.path.startswith(parent.path)
                ),
                None,
            )
            if child is None:
                raise Http404
            child._cached_parent_obj = self if parent.pk == self.pk else parent
            ancestry.append(child)
            remaining = path_components[index + 1 :]
            if remaining and _is_plain_route(child.specific_class):
                parent = child
                continue
            return _served(child, ancestry, full=not remaining).route(request, remaining)
        raise Http404  # not reached: the loop returns at the last component

    @property
    def ancestor_pages(self) -> list[Page]:
        """The page's ancestors from the tree's root down (what breadcrumbs show); routing has read them already."""
        ancestry = getattr(self, "_routed_ancestry", None)
        return ancestry[:-1] if ancestry is not None else list(self.get_ancestors())

    def get_view_restrictions(self) -> Any:
        """Wagtail's restrictions on this page and its ancestors; routing has already seen which of them have any."""
        ancestry = getattr(self, "_routed_ancestry", None)
        if ancestry is None or any(page.alias_of_id for page in ancestry):
            return super().get_view_restrictions()
        restricted = [page.pk for page in ancestry if page.has_view_restriction]
        return PageViewRestriction.objects.filter(page_id__in=restricted)  # none: answered without a query


def _served(found: Page, ancestry: list[Page], full: bool) -> Page:
    """The specific page a route ends at, knowing its ancestry; read with what its template shows when ``full``."""
    model = found.specific_class
    if full and model is not None and issubclass(model, PortalPage):
        page = model.serving_queryset().filter(pk=found.pk).first()
        if page is None:  # deleted meanwhile
            raise Http404
    else:
        page = found.specific
    page._cached_parent_obj = found._cached_parent_obj
    page._routed_ancestry = ancestry
    return page


def prefetch_renditions(images: Iterable[Any]) -> None:
    """Read the stored renditions of all ``images`` in one query, for the image tags of the page that show them.

    Otherwise Wagtail looks each rendition up on its own (the cache, then the database): a grid of cards would
    cost a round trip per card. Wagtail looks in ``prefetched_renditions`` first; images that have it are skipped.
    """
    images = [image for image in images if image is not None]
    if images:
        renditions = type(images[0]).get_rendition_model().objects.all()
        prefetch_related_objects(images, Prefetch("renditions", queryset=renditions, to_attr="prefetched_renditions"))


class _SitemapPages(ModelIterable):
    """Generic pages, made specific only where their type has its own ``get_sitemap_urls`` (without a query)."""

    def __iter__(self) -> Iterator[Page]:
        for page in super().__iter__():
            model = page.specific_class
            plain = model is None or model.get_sitemap_urls is Page.get_sitemap_urls
            yield page if plain else page.specific_deferred


class PortalSitemap(Sitemap):
    """Wagtail's sitemap of live, public pages, in one query of the generic pages.

    Wagtail's reads every page type's own table to call its ``get_sitemap_urls``; a page's URL and dates are
    all generic, so only pages whose type says more (sections leave themselves out) are made specific.
    """

    def items(self) -> PageQuerySet:
        root = self.get_wagtail_site().root_page
        pages = Page.objects.descendant_of(root, inclusive=True).live().exclude(restricted_q()).order_by("path")
        pages._iterable_class = _SitemapPages  # as PageQuerySet.specific() does
        return pages
