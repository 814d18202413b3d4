"""URLs of the network app, mounted at /network/ by the project's root URLconf (namespace ``network``).

The moderators' admin pages are not here: ``network.wagtail_hooks`` registers them with the admin.
"""

from django.urls import path

from network.views import contact, directory, membership, organisations, peers, projects

app_name = "network"

urlpatterns = [
    path("", directory.directory, name="directory"),
    # Fixed paths (join/, peers/, projects/…) stay above the slug pattern, which would swallow them.
    path("join/", membership.join, name="join"),
    path("join/thanks/", membership.join_thanks, name="join_thanks"),
    path("peers/", peers.peer_finder, name="peers"),
    path("projects/<slug:slug>/", projects.project_detail, name="project"),
    path("<slug:slug>/", organisations.organisation_profile, name="organisation"),
    path("<slug:slug>/contact/", contact.contact_organisation, name="contact"),
    path("<slug:slug>/contact/sent/", contact.contact_sent, name="contact_sent"),
]
