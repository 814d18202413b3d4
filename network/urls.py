"""URLs of the network app, mounted at /network/ by the project's root URLconf."""

from django.urls import path

from network import views

app_name = "network"

urlpatterns = [
    path("", views.directory, name="directory"),
    # Keep fixed paths (join/, events/…) above this one: the slug pattern would swallow them.
    path("<slug:slug>/", views.organisation_profile, name="organisation"),
]
