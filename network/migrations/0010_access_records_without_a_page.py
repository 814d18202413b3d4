"""Access records of material that is not a page (an assessment's space file): ``page`` becomes optional.

On PostgreSQL only the NOT NULL goes: Django's AlterField would drop and re-add the foreign key, which a
migration run in the same transaction as page writes (``tests/events/test_migration.py``) cannot do while
their constraint checks are pending. Other databases (SQLite for ``make run``) alter it as Django does.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class DropNotNull(migrations.AlterField):
    """``AlterField`` to a nullable field, done on PostgreSQL without touching the foreign key's constraint."""

    def _set(self, app_label, schema_editor, state, nullable: bool) -> bool:
        if schema_editor.connection.vendor != "postgresql":
            return False
        model = state.apps.get_model(app_label, self.model_name)
        table = schema_editor.quote_name(model._meta.db_table)
        column = schema_editor.quote_name(model._meta.get_field(self.name).column)
        schema_editor.execute(f"ALTER TABLE {table} ALTER COLUMN {column} {'DROP' if nullable else 'SET'} NOT NULL")
        return True

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if not self._set(app_label, schema_editor, to_state, nullable=True):
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if not self._set(app_label, schema_editor, to_state, nullable=False):
            super().database_backwards(app_label, schema_editor, from_state, to_state)


class Migration(migrations.Migration):
    dependencies = [
        ("network", "0009_members_from_editors"),
        migrations.swappable_dependency(settings.WAGTAIL_PAGE_MODEL),
    ]

    operations = [
        DropNotNull(
            model_name="accessrecord",
            name="page",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="+",
                to=settings.WAGTAIL_PAGE_MODEL,
            ),
        ),
        migrations.AlterField(
            model_name="accessrecord",
            name="section",
            field=models.CharField(
                help_text="The heading of the part (or the material) that was read.", max_length=200
            ),
        ),
    ]
