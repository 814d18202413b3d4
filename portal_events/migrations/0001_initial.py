"""Events take over their models from ``network``, where ``network/0004``–``0006`` created them.

Nothing moves in the database: the models keep their tables (``db_table`` = the old ``network_*``
names, so the many-to-many tables, indexes and constraints keep theirs too), and only the migration
state changes hands (``SeparateDatabaseAndState``; ``network/0007`` then removes them from network's
state). The content types move to ``events``, so pages (``wagtailcore_page.content_type``), revisions,
log entries, references and permissions, which point at those rows, find the events models. On a
fresh database there are no content types yet and ``migrate`` creates them for ``events``.
"""


import django.db.models.deletion
import django.utils.timezone
import django_countries.fields
import portal_events.forms
import portal_events.models
import modelcluster.fields
import modelsearch.index
import portal.emails
import portal.text
import practices.models.pages
import wagtail.contrib.routable_page.models
import wagtail.fields
from django.conf import settings
from django.db import migrations, models


MOVED_MODELS = ("eventindexpage", "person", "eventpage", "pendingregistration", "registration")


def _move_content_types(apps, schema_editor, source: str, target: str) -> None:
    """Relabel the models' content types; the rows (and whatever points at them) stay.

    A row may exist under ``target`` already: after this migration was unapplied, ``migrate``'s
    post_migrate handlers create content types for the installed models (Wagtail does for snippets,
    with their permissions). Such a row is younger than the one the pages, revisions and group
    permissions point at, so it is deleted (with what points at it: its own duplicate permissions)
    and the original row takes its place.
    """
    content_types = apps.get_model("contenttypes", "ContentType").objects.using(schema_editor.connection.alias)
    for model in MOVED_MODELS:
        original = content_types.filter(app_label=source, model=model).first()
        if original is None:
            continue  # a fresh database: migrate creates the content types afterwards
        content_types.filter(app_label=target, model=model).delete()
        original.app_label = target
        original.save(update_fields=["app_label"])


def content_types_to_events(apps, schema_editor):
    _move_content_types(apps, schema_editor, "network", "events")


def content_types_to_network(apps, schema_editor):
    _move_content_types(apps, schema_editor, "events", "network")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('auth', '0012_alter_user_first_name_max_length'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('network', '0006_pending_registrations'),
        ('practices', '0002_organisation_sections'),
        ('wagtailcore', '0098_apitoken'),
        ('wagtaildocs', '0014_alter_document_file_size'),
        ('wagtailimages', '0027_image_description'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='EventIndexPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('intro', wagtail.fields.RichTextField(blank=True)),
                    ],
                    options={
                        'verbose_name': 'event listing',
                        'db_table': 'network_eventindexpage',
                    },
                    bases=(portal.text.SingleLineFieldsMixin, 'wagtailcore.page'),
                ),
                migrations.CreateModel(
                    name='Person',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=200)),
                        ('slug', models.SlugField(max_length=120, unique=True)),
                        ('role', models.CharField(blank=True, help_text='For example Head of public order, City of Malmö.', max_length=200)),
                        ('bio', models.TextField(blank=True, max_length=600, verbose_name='short bio')),
                        ('organisation', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='people', to='network.organisation')),
                        ('photo', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtailimages.image')),
                    ],
                    options={
                        'verbose_name': 'person',
                        'verbose_name_plural': 'people',
                        'db_table': 'network_person',
                        'ordering': ['name'],
                    },
                    bases=(portal.text.SingleLineFieldsMixin, modelsearch.index.Indexed, models.Model),
                ),
                migrations.CreateModel(
                    name='EventPage',
                    fields=[
                        ('page_ptr', models.OneToOneField(auto_created=True, on_delete=django.db.models.deletion.CASCADE, parent_link=True, primary_key=True, serialize=False, to=settings.WAGTAIL_PAGE_MODEL)),
                        ('summary', models.TextField(help_text='One paragraph a busy reader can judge the page by; shown in listings and shared links.', max_length=1000)),
                        ('event_type', models.CharField(choices=[('webinar', 'Webinar'), ('conference', 'Conference'), ('workshop', 'Workshop'), ('table-top-exercise', 'Table-top exercise'), ('training', 'Training'), ('final-event', 'Final event')], default='webinar', max_length=30, verbose_name='type')),
                        ('status', models.CharField(choices=[('scheduled', 'Scheduled'), ('postponed', 'Postponed'), ('cancelled', 'Cancelled')], default='scheduled', max_length=20)),
                        ('timezone', models.CharField(default='Europe/Brussels', help_text="Where the event happens (for online events: the organiser's). Times below are in this timezone.", max_length=64, validators=[portal_events.forms.validate_timezone])),
                        ('start', models.DateTimeField(help_text="In the event's timezone.")),
                        ('end', models.DateTimeField(help_text="In the event's timezone.")),
                        ('online_url', models.URLField(blank=True, help_text='Where participants join online.', verbose_name='online link')),
                        ('venue_name', models.CharField(blank=True, max_length=200)),
                        ('venue_address', models.TextField(blank=True)),
                        ('venue_city', models.CharField(blank=True, max_length=120)),
                        ('venue_country', django_countries.fields.CountryField(blank=True, max_length=2)),
                        ('languages', models.CharField(blank=True, default='en', help_text='Comma-separated ISO 639-1 codes, for example en, fr.', max_length=200, validators=[practices.models.pages.validate_language_codes])),
                        ('description', wagtail.fields.RichTextField(blank=True)),
                        ('sessions', wagtail.fields.StreamField([('session', 6)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'max_length': 200}), 1: ('wagtail.blocks.DateBlock', (), {}), 2: ('wagtail.blocks.TimeBlock', (), {}), 3: ('wagtail.snippets.blocks.SnippetChooserBlock', ('events.Person',), {}), 4: ('wagtail.blocks.ListBlock', (3,), {'default': []}), 5: ('wagtail.blocks.TextBlock', (), {'required': False}), 6: ('wagtail.blocks.StructBlock', [[('title', 0), ('date', 1), ('start_time', 2), ('end_time', 2), ('speakers', 4), ('description', 5)]], {})})),
                        ('registration_mode', models.CharField(choices=[('none', 'No registration needed'), ('external', 'On another website'), ('built-in', 'Here on the portal (capacity, waitlist, reminders)')], default='none', max_length=20)),
                        ('registration_url', models.URLField(blank=True, help_text='For registration elsewhere.', verbose_name='registration link')),
                        ('capacity', models.PositiveIntegerField(blank=True, help_text='Seats for built-in registration; leave empty for no limit.', null=True)),
                        ('registration_deadline', models.DateTimeField(blank=True, help_text="In the event's timezone; registration otherwise closes when the event starts.", null=True)),
                        ('recording_url', models.URLField(blank=True, verbose_name='recording link')),
                        ('participant_count', models.PositiveIntegerField(blank=True, null=True)),
                        ('country_count', models.PositiveIntegerField(blank=True, null=True, verbose_name='countries represented')),
                        ('sequence', models.PositiveIntegerField(default=0, editable=False)),
                        ('organisers', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='organised_events', to='network.organisation')),
                        ('project', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='events', to='practices.project')),
                        ('report_document', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='wagtaildocs.document')),
                        ('space_categories', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='practices.spacecategory')),
                        ('threat_types', modelcluster.fields.ParentalManyToManyField(blank=True, related_name='+', to='practices.threattype')),
                        ('speakers', modelcluster.fields.ParentalManyToManyField(blank=True, help_text='Speakers not tied to one session.', related_name='events', to='events.person')),
                    ],
                    options={
                        'verbose_name': 'event',
                        'db_table': 'network_eventpage',
                    },
                    bases=(wagtail.contrib.routable_page.models.RoutablePageMixin, portal.text.SingleLineFieldsMixin, 'wagtailcore.page', models.Model),
                ),
                migrations.CreateModel(
                    name='PendingRegistration',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=120)),
                        ('email', portal.emails.NormalisedEmailField(max_length=254)),
                        ('organisation', models.CharField(blank=True, max_length=200)),
                        ('token', models.CharField(default=portal_events.models.new_token, editable=False, max_length=64, unique=True)),
                        ('requested_at', models.DateTimeField(default=django.utils.timezone.now)),
                        ('consent_given_at', models.DateTimeField()),
                        ('event', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='pending_registrations', to='events.eventpage')),
                    ],
                    options={
                        'db_table': 'network_pendingregistration',
                        'constraints': [models.UniqueConstraint(fields=('event', 'email'), name='unique_pending_registration')],
                    },
                    bases=(portal.text.SingleLineFieldsMixin, models.Model),
                ),
                migrations.CreateModel(
                    name='Registration',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=120)),
                        ('email', portal.emails.NormalisedEmailField(max_length=254)),
                        ('organisation', models.CharField(blank=True, max_length=200)),
                        ('status', models.CharField(choices=[('confirmed', 'Confirmed'), ('waitlisted', 'On the waitlist'), ('cancelled', 'Cancelled')], max_length=12)),
                        ('token', models.CharField(default=portal_events.models.new_token, editable=False, max_length=64, unique=True)),
                        ('queued_at', models.DateTimeField(default=django.utils.timezone.now)),
                        ('created_at', models.DateTimeField(auto_now_add=True)),
                        ('consent_given_at', models.DateTimeField()),
                        ('cancelled_at', models.DateTimeField(blank=True, null=True)),
                        ('promoted_at', models.DateTimeField(blank=True, null=True)),
                        ('reminder_sent_at', models.DateTimeField(blank=True, null=True)),
                        ('event', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='registrations', to='events.eventpage')),
                    ],
                    options={
                        'db_table': 'network_registration',
                        'ordering': ['queued_at', 'pk'],
                        'indexes': [models.Index(fields=['event', 'status', 'queued_at'], name='network_reg_event_i_6415f5_idx')],
                        'constraints': [models.UniqueConstraint(fields=('event', 'email'), name='unique_event_registration')],
                    },
                    bases=(portal.text.SingleLineFieldsMixin, models.Model),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(content_types_to_events, content_types_to_network),
    ]
