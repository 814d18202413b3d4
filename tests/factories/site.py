"""The portal's page tree: the home page as the site's root, its listings and the privacy notice.

``build_site()`` is what a fresh installation's editors set up before adding any content; tests then
add the practices, organisations and events they are about.
"""

from __future__ import annotations

from dataclasses import dataclass

import factory
import wagtail_factories
from wagtail.models import Page, Site

from portal.models import HomePage, PortalSettings, StandardPage
from portal_events.models import EventIndexPage
from practices.models import CaseStudyIndexPage, LessonIndexPage, ToolIndexPage
from tests.factories.events import EventIndexPageFactory


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Protecting public spaces"
    slug = "practice-exchange"
    intro = "Practices, tools and lessons of cities protecting their public spaces."


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Standard page {n}")
    slug = factory.Sequence(lambda n: f"standard-page-{n}")
    body = "<p>About the network.</p>"


class _IndexFactory(wagtail_factories.PageFactory):
    show_in_menus = True


class CaseStudyIndexPageFactory(_IndexFactory):
    class Meta:
        model = CaseStudyIndexPage

    title = "Case studies"
    slug = "case-studies"
    intro = "<p>How partner cities protected their public spaces.</p>"


class ToolIndexPageFactory(_IndexFactory):
    class Meta:
        model = ToolIndexPage

    title = "Tools"
    slug = "tools"
    intro = "<p>Self-assessments, guidance and training material.</p>"


class LessonIndexPageFactory(_IndexFactory):
    class Meta:
        model = LessonIndexPage

    title = "Lessons & recommendations"
    slug = "lessons"
    intro = "<p>What projects learned.</p>"


@dataclass(frozen=True)
class PortalSite:
    home: HomePage
    privacy: StandardPage
    case_studies: CaseStudyIndexPage
    tools: ToolIndexPage
    lessons: LessonIndexPage
    events: EventIndexPage


def _published(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def build_site() -> PortalSite:
    """A home page as the default site's root (in place of Wagtail's welcome page), the three practice
    listings, the event listing and the privacy notice the footer links to; all published."""
    root = Page.get_first_root_node()
    home = _published(HomePageFactory(parent=root))
    site = Site.objects.get(is_default_site=True)
    welcome = site.root_page
    site.root_page = home
    site.save()
    if welcome.specific_class is Page:
        welcome.delete()
    privacy = _published(StandardPageFactory(parent=home, title="Privacy notice", slug="privacy"))
    settings = PortalSettings.for_site(site)
    settings.privacy_page = privacy
    settings.save()
    return PortalSite(
        home=home,
        privacy=privacy,
        case_studies=_published(CaseStudyIndexPageFactory(parent=home)),
        tools=_published(ToolIndexPageFactory(parent=home)),
        lessons=_published(LessonIndexPageFactory(parent=home)),
        events=_published(EventIndexPageFactory(parent=home)),
    )
