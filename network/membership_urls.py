"""Public URLs of the "Join the network" application; included by ``network.urls`` (namespace ``network``)."""

from django.urls import path

from network.membership_views import join, join_thanks

urlpatterns = [
    path("join/", join, name="join"),
    path("join/thanks/", join_thanks, name="join_thanks"),
]
