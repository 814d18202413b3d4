"""URLs of the network app, mounted at /network/ by the project's root URLconf."""

from django.urls import include, path

from network import views
from network.contact_views import contact_organisation, contact_sent
from network.peer_views import peer_finder

app_name = "network"

urlpatterns = [
    path("", views.directory, name="directory"),
    # Fixed paths (join/, peers/, projects/…) stay above the slug pattern, which would swallow them.
    path("", include("network.membership_urls")),
    path("peers/", peer_finder, name="peers"),
    path("projects/<slug:slug>/", views.project_detail, name="project"),
    path("<slug:slug>/", views.organisation_profile, name="organisation"),
    path("<slug:slug>/contact/", contact_organisation, name="contact"),
    path("<slug:slug>/contact/sent/", contact_sent, name="contact_sent"),
]
