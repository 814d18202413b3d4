"""Root URLs. The Wagtail page tree is served last, so every app's own URLs come first."""

from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from portal.api import api_router
from portal.base import PortalSitemap
from portal.media import media_urls
from portal.views import robots_txt
from portal_events.feeds import EventsAtomFeed, EventsFeed
from portal_events.views import calendar_feed
from practices.feeds import PracticesAtomFeed, PracticesFeed
from practices.views import evidence_levels, marked_document, marked_image, marking

handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("", include("search.urls")),
    # Registration links sent by email, under /network/ where they were before events had an app.
    path("network/registrations/", include("portal_events.urls")),
    path("network/", include("network.urls")),
    path("account/", include("network.account_urls")),
    path("assess/", include("method.urls")),
    path("marking/", marking, name="marking"),
    path("evidence/", evidence_levels, name="evidence_levels"),
    path("restricted/<int:page_id>/<str:block_id>/<int:document_id>/", marked_document, name="marked_document"),
    path("restricted/<int:page_id>/<str:block_id>/image/<int:image_id>/", marked_image, name="marked_image"),
    path("feeds/practices/rss/", PracticesFeed(), name="practices_rss"),
    path("feeds/practices/atom/", PracticesAtomFeed(), name="practices_atom"),
    path("feeds/events/rss/", EventsFeed(), name="events_rss"),
    path("feeds/events/atom/", EventsAtomFeed(), name="events_atom"),
    path("feeds/events/calendar.ics", calendar_feed, name="events_calendar"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PortalSitemap}}, name="sitemap"),
]

urlpatterns += [*media_urls(), path("", include(wagtail_urls))]
