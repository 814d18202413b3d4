"""Signal receivers connecting Wagtail's page life cycle to ``search.sync``."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from search import sync


def on_publish_change(sender: Any, instance: Page, **kwargs: Any) -> None:
    sync.sync_object(instance.specific)


def on_move(sender: Any, instance: Page, **kwargs: Any) -> None:
    sync.sync_subtree(instance)


def on_page_delete(sender: Any, instance: Any, **kwargs: Any) -> None:
    if isinstance(instance, Page):
        doc_id = sync.doc_id_for_page(instance)
        if doc_id:
            sync.remove_object(doc_id)


def on_restriction_change(sender: Any, instance: PageViewRestriction, **kwargs: Any) -> None:
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        sync.sync_subtree(page)


def connect_vocabulary_cache() -> None:
    """Cached labels and valid filter values are dropped whenever a taxonomy term or project changes."""
    from practices.models import Project, SolutionType, SpaceCategory, ThreatType
    from search.service import clear_vocabulary_cache

    for model in (ThreatType, SpaceCategory, SolutionType, Project):
        for signal in (post_save, post_delete):
            signal.connect(
                clear_vocabulary_cache, sender=model, dispatch_uid=f"search.vocab.{model.__name__}.{id(signal)}"
            )


def on_organisation_change(sender: Any, instance: Any, **kwargs: Any) -> None:
    # Its expertise (parental many-to-many) is written after post_save: build the document on commit.
    transaction.on_commit(lambda: sync.sync_object(instance))


def on_evidence_review(sender: Any, instance: Any, **kwargs: Any) -> None:
    """A confirmed evidence level changes the page's document (its facet)."""
    page_id = instance.page_id
    transaction.on_commit(lambda: sync.sync_pages(Page.objects.filter(pk=page_id)))


def on_organisation_delete(sender: Any, instance: Any, **kwargs: Any) -> None:
    doc_id = sync.doc_id_for(instance)
    if doc_id:
        sync.remove_object(doc_id)


def connect() -> None:
    from network.models import Organisation
    from practices.models import EvidenceReview
    from search.models import SynonymGroup
    from search.service import on_index_changed
    from search.synonyms import clear_cache as clear_synonyms
    from search.tasks import index_changed

    connect_vocabulary_cache()
    for signal in (post_save, post_delete):
        signal.connect(clear_synonyms, sender=SynonymGroup, dispatch_uid=f"search.synonyms.{id(signal)}")
    index_changed.connect(on_index_changed, dispatch_uid="search.index_version")
    post_save.connect(on_organisation_change, sender=Organisation, dispatch_uid="search.organisation_saved")
    for signal in (post_save, post_delete):
        signal.connect(on_evidence_review, sender=EvidenceReview, dispatch_uid=f"search.evidence.{id(signal)}")
    post_delete.connect(on_organisation_delete, sender=Organisation, dispatch_uid="search.organisation_deleted")
    page_published.connect(on_publish_change, dispatch_uid="search.page_published")
    page_unpublished.connect(on_publish_change, dispatch_uid="search.page_unpublished")
    post_page_move.connect(on_move, dispatch_uid="search.post_page_move")
    post_delete.connect(on_page_delete, dispatch_uid="search.page_deleted")
    post_save.connect(on_restriction_change, sender=PageViewRestriction, dispatch_uid="search.restriction_saved")
    post_delete.connect(on_restriction_change, sender=PageViewRestriction, dispatch_uid="search.restriction_deleted")
