"""Traffic Light Protocol (FIRST TLP 2.0) marking, and the one rule that says who may read a marked part.

The rule lives here, beside the content it protects, and knows nothing of accounts: ``network.clearance``
turns a signed-in person (their membership, their vetting, their organisation) into a ``Reader``, and
every surface that shows marked content (the page, its documents, the access log) asks ``may_read``.
``practices`` never imports ``network``; the reader is plain data.

What each label means here:

* **CLEAR** — anyone; the page's public story.
* **GREEN** — any signed-in member of the network.
* **AMBER** — vetted members (vetting is current and their organisation may hold AMBER).
* **AMBER+STRICT** — vetted members of the owning organisation and of the organisations it names.
* **RED** — the vetted people it names (by e-mail address), and nobody else; not even coordinators.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db import models
from django.dispatch import Signal


class Label(models.TextChoices):
    CLEAR = "clear", "TLP:CLEAR"
    GREEN = "green", "TLP:GREEN"
    AMBER = "amber", "TLP:AMBER"
    AMBER_STRICT = "amber_strict", "TLP:AMBER+STRICT"
    RED = "red", "TLP:RED"


#: The labels a restricted part can carry (a restricted part is never CLEAR).
RESTRICTED_LABELS = (Label.GREEN, Label.AMBER, Label.AMBER_STRICT, Label.RED)
#: The collection whose documents only ``practices.views.marked_document`` serves, after checking the reader.
RESTRICTED_COLLECTION = "Restricted annexes"
#: Labels whose every view and download is recorded (``network.access``).
LOGGED_LABELS = frozenset({Label.AMBER, Label.AMBER_STRICT, Label.RED})

#: What the marking page and each badge's title say, in FIRST's own terms, shortened.
MEANINGS = {
    Label.CLEAR: "Anyone may see it. The public part of every practice.",
    Label.GREEN: "Members of the network only: sign in to see it. Not for publication.",
    Label.AMBER: "Vetted members only: practitioners whose vetting by the network's coordinators is current.",
    Label.AMBER_STRICT: "Vetted members of the owning organisation, and of the organisations it names, only.",
    Label.RED: "Only the people it names. Not to be passed on, not even within their organisation.",
}

#: Who a notice says more is available to, without saying what it is.
AUDIENCES = {
    Label.GREEN: "members of the network",
    Label.AMBER: "vetted members",
    Label.AMBER_STRICT: "vetted members of the owning organisation and its named partners",
    Label.RED: "the people it is addressed to",
}


def badge_class(label: str) -> str:
    """The CSS modifier of a label's badge (colours as FIRST publishes them, on black)."""
    return "tlp--" + label.replace("_", "-")


def anchor(label: str) -> str:
    """The marking page's fragment for a label (``tlp-amber-strict``)."""
    return "tlp-" + label.replace("_", "-")


def display(label: str) -> str:
    """``TLP:AMBER+STRICT`` for ``amber_strict``; unknown values are shown as the safest label."""
    try:
        return Label(label).label
    except ValueError:
        return Label.RED.label


def widens(old: str, new: str) -> bool:
    """Whether moving a part from ``old`` to ``new`` lets more people read it (a moderator's decision)."""
    order = [Label.RED, Label.AMBER_STRICT, Label.AMBER, Label.GREEN, Label.CLEAR]
    return order.index(Label(new)) > order.index(Label(old))


@dataclass(frozen=True)
class Reader:
    """Who is reading, as far as marking cares: computed once per request by ``network.clearance``."""

    user_id: int | None = None
    email: str = ""
    #: The organisation the person belongs to in the network (``None``: not a member).
    organisation_id: int | None = None
    #: Their vetting is current and their organisation is of a type that may hold AMBER.
    vetted: bool = False
    #: Why they are not vetted (now): ``"expired"``, ``"revoked"``, ``"unverified"`` (no second step yet), or "".
    lapsed: str = field(default="", compare=False)

    @property
    def member(self) -> bool:
        return self.user_id is not None and self.organisation_id is not None


ANONYMOUS = Reader()


def reader_of(request: Any) -> Reader:
    """The request's reader, attached by ``network.clearance.ClearanceMiddleware`` (anonymous without it)."""
    return getattr(request, "reader", ANONYMOUS)


def may_read(
    reader: Reader,
    label: str,
    *,
    owner_id: int | None = None,
    shared_with: Iterable[int] = (),
    named_people: Iterable[str] = (),
) -> bool:
    """Whether ``reader`` may read a part marked ``label``, owned by ``owner_id``.

    Unknown labels are refused: a mistake in the data must close, never open.
    """
    if label == Label.CLEAR:
        return True
    if label == Label.GREEN:
        return reader.member
    if label == Label.AMBER:
        return reader.member and reader.vetted
    if label == Label.AMBER_STRICT:
        allowed = {owner_id, *shared_with} - {None}
        return reader.member and reader.vetted and reader.organisation_id in allowed
    if label == Label.RED:
        named = {email.strip().lower() for email in named_people}
        return reader.member and reader.vetted and bool(reader.email) and reader.email in named
    return False


#: Sent when someone reads or downloads a part marked AMBER, AMBER+STRICT or RED (``network.access`` records it).
#: Arguments: ``reader``, ``page``, ``owner_id``, ``section`` (its heading), ``label``, ``kind`` ("view" or
#: "download") and ``document`` (a file's title, or "").
marked_part_read = Signal()
