"""Event pages, speakers and registrations now belong to ``events`` (see ``events/migrations/0001_initial.py``).

State only: their tables stay, and ``events`` owns them from its first migration, which must have run.
"""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('network', '0006_pending_registrations'),
        ('events', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RemoveField(
                    model_name='eventpage',
                    name='organisers',
                ),
                migrations.RemoveField(
                    model_name='eventpage',
                    name='page_ptr',
                ),
                migrations.RemoveField(
                    model_name='eventpage',
                    name='project',
                ),
                migrations.RemoveField(
                    model_name='eventpage',
                    name='report_document',
                ),
                migrations.RemoveField(
                    model_name='eventpage',
                    name='space_categories',
                ),
                migrations.RemoveField(
                    model_name='eventpage',
                    name='speakers',
                ),
                migrations.RemoveField(
                    model_name='eventpage',
                    name='threat_types',
                ),
                migrations.RemoveField(
                    model_name='registration',
                    name='event',
                ),
                migrations.RemoveField(
                    model_name='pendingregistration',
                    name='event',
                ),
                migrations.RemoveField(
                    model_name='person',
                    name='organisation',
                ),
                migrations.RemoveField(
                    model_name='person',
                    name='photo',
                ),
                migrations.DeleteModel(
                    name='EventIndexPage',
                ),
                migrations.DeleteModel(
                    name='Registration',
                ),
                migrations.DeleteModel(
                    name='EventPage',
                ),
                migrations.DeleteModel(
                    name='PendingRegistration',
                ),
                migrations.DeleteModel(
                    name='Person',
                ),
            ],
            database_operations=[],
        ),
    ]
