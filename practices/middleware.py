"""Wagtail's chooser views that answer for one file by id (its title, URL and thumbnail), kept to the files
the signed-in editor may attach (``practices.annexes``). The choosers' lists are filtered by hooks; these
views check only the *choose* permission, which partner editors hold on every collection."""

from __future__ import annotations

import re
from collections.abc import Callable

from django.http import Http404, HttpRequest, HttpResponse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from practices.annexes import attachable

#: ``/admin/images/chooser/chosen/<id>/``, ``…/<id>/select_format/``, ``/admin/documents/chooser/chosen/<id>/``,
#: and the chosen-multiple views (``?id=…``).
CHOSEN = re.compile(
    r"^/admin/(?P<kind>images|documents)/chooser/(?:chosen/(?P<pk>\d+)/|(?P<fpk>\d+)/select_format/|(?P<multiple>chosen-multiple)/)$"
)


class RestrictedChooserMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        match = CHOSEN.match(request.path_info)
        if match and request.user.is_authenticated:
            model = get_image_model() if match["kind"] == "images" else get_document_model()
            ids = request.GET.getlist("id") if match["multiple"] else [match["pk"] or match["fpk"]]
            wanted = {int(pk) for pk in ids if str(pk).isdigit()}
            allowed = set(attachable(model.objects.filter(pk__in=wanted), request.user).values_list("pk", flat=True))
            if wanted - allowed:
                raise Http404
        return self.get_response(request)
