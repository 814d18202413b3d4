"""The links sent by email to confirm or cancel a registration, mounted at /network/registrations/.

They kept the paths they had when registrations belonged to ``network`` (links in mailboxes still work).
"""

from django.urls import path

from portal_events.views import cancel_registration, confirm_registration

app_name = "events"

urlpatterns = [
    path("<str:token>/confirm/", confirm_registration, name="registration_confirm"),
    path("<str:token>/cancel/", cancel_registration, name="registration_cancel"),
]
