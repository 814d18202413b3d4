"""The database's copy of every public search document.

It is written in the same transaction as the page change, so it is always true to the
database. It serves three purposes: the fallback engine searches it when OpenSearch is not
configured or not answering; the drift check compares the engine against it; and it shows
what the public can find without asking the engine.
"""

from __future__ import annotations

from django.db import models

FACETS = ("threat_type", "space_category", "solution_type", "country", "type", "project", "year")


class SearchEntry(models.Model):
    doc_id = models.CharField(max_length=64, unique=True)
    doc_type = models.CharField(max_length=32, db_index=True)
    object_id = models.BigIntegerField()
    title = models.CharField(max_length=255)
    folded_title = models.CharField(max_length=255, blank=True)
    url = models.CharField(max_length=500)
    summary = models.TextField(blank=True)
    search_text = models.TextField(blank=True, help_text="Accent-folded, lowercased text of the document.")
    published = models.DateField(null=True, blank=True, db_index=True)
    document = models.JSONField(help_text="The document exactly as sent to the engine.")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "search entries"
        indexes = [models.Index(fields=["doc_type", "object_id"])]

    def __str__(self) -> str:
        return self.doc_id


class SearchEntryTerm(models.Model):
    """One facet value of an entry (a row per threat type, country, year…) for database facets."""

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="terms")
    facet = models.CharField(max_length=32)
    value = models.CharField(max_length=120)

    class Meta:
        indexes = [models.Index(fields=["facet", "value"])]
        constraints = [models.UniqueConstraint(fields=["entry", "facet", "value"], name="unique_entry_term")]

    def __str__(self) -> str:
        return f"{self.facet}={self.value}"


class EngineBacklog(models.Model):
    """A document whose engine copy may lag behind its database copy, until the engine confirms a write.

    Written in the same transaction as the ``SearchEntry`` change, so it is as durable as the
    change itself: an engine that is down, hung or restarting loses nothing. The task worker
    (``search.tasks.sync_backlog``) writes due rows in bulk and retries failures with backoff;
    searches leave out every document marked for removal, so an unpublished, deleted or
    restricted page is neither found nor counted while the engine still holds it.
    """

    doc_id = models.CharField(max_length=64, unique=True)
    removal = models.BooleanField(help_text="The engine must drop this document.")
    changed_at = models.DateTimeField(help_text="When the database copy last changed.")
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(db_index=True)
    last_error = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name = "engine backlog entry"
        verbose_name_plural = "engine backlog"

    def __str__(self) -> str:
        return f"{self.doc_id} ({'remove' if self.removal else 'write'})"
