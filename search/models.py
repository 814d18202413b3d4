"""The database's copy of every search document: the public ones, and restricted parts with their labels.

It is written in the same transaction as the page change, so it is always true to the
database. It serves three purposes: the fallback engine searches it when OpenSearch is not
configured or not answering; the drift check compares the engine against it; and it shows
what the public can find without asking the engine.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models

FACETS = ("threat_type", "space_category", "solution_type", "country", "type", "project", "year", "evidence")


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
    #: ``clear`` for public documents; a restricted part's TLP label otherwise (``search.access``).
    access_label = models.CharField(max_length=12, default="clear", db_index=True)
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


class SynonymGroup(models.Model):
    """Words practitioners use for one thing, owned by editors (a snippet); searches apply them at once.

    *Equivalent* terms find each other ("drone, UAS, unmanned aircraft"). An *expansion* lets a
    narrower term also find broader ones, not the other way round ("lorry" also finds "vehicle";
    "vehicle" does not find every "lorry"). Terms may be phrases ("hostile vehicle mitigation").
    ``search.synonyms`` reads them (cached, cleared on every change) for both engines.
    """

    EQUIVALENT = "equivalent"
    EXPANSION = "expansion"
    KINDS = [(EQUIVALENT, "Equivalent terms"), (EXPANSION, "One-way expansion")]

    kind = models.CharField(max_length=16, choices=KINDS, default=EQUIVALENT)
    terms = models.TextField(
        help_text="Comma-separated terms. Equivalent: every term finds the others. "
        "Expansion: the narrower terms, which also find the broader ones below."
    )
    broader = models.TextField(
        blank=True, help_text="Expansion only: comma-separated broader terms the terms above also find."
    )
    note = models.CharField(max_length=255, blank=True, help_text="Why these belong together (for editors).")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["kind", "terms"]
        verbose_name = "synonym group"

    def __str__(self) -> str:
        arrow = f" → {self.broader}" if self.kind == self.EXPANSION and self.broader else ""
        return f"{self.terms}{arrow}"

    def clean(self) -> None:
        from search.synonyms import split_terms

        errors: dict[str, str] = {}
        terms = split_terms(self.terms)
        if self.kind == self.EQUIVALENT and len(terms) < 2:
            errors["terms"] = "Give at least two comma-separated terms that mean the same thing."
        elif not terms:
            errors["terms"] = "Give at least one term."
        if self.kind == self.EXPANSION and not split_terms(self.broader):
            errors["broader"] = "An expansion needs at least one broader term."
        if self.kind == self.EQUIVALENT and self.broader.strip():
            errors["broader"] = "Only an expansion has broader terms: put every equivalent term above."
        for name in ("terms", "broader"):
            too_long = [term for term in split_terms(getattr(self, name)) if len(term) > 60]
            if too_long and name not in errors:
                errors[name] = f"A term can have at most 60 characters: {too_long[0][:60]}…"
        if errors:
            raise ValidationError(errors)


class SearchLogEntry(models.Model):
    """One search made on the search page, for the editors' report (``search.log``).

    Nothing personal: no address, no account, no session, the words lowercased and cut at 100
    characters, rows deleted after ``SEARCH_LOG_DAYS``. Bots, the portal's crawl and benchmarks
    and the later pages of a result list are not logged.
    """

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    text = models.CharField(max_length=100, db_index=True)
    result_count = models.PositiveIntegerField()
    engine = models.CharField(max_length=16)
    relaxed = models.BooleanField(default=False)

    class Meta:
        verbose_name_plural = "search log entries"

    def __str__(self) -> str:
        return f"{self.text} ({self.result_count})"


class SearchClick(models.Model):
    """A result someone opened from a search (its words and its position on the page), nothing else."""

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    text = models.CharField(max_length=100, db_index=True)
    position = models.PositiveSmallIntegerField()

    def __str__(self) -> str:
        return f"{self.text} #{self.position}"
