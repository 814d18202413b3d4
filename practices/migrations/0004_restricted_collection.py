"""The collection a restricted section's documents live in: only the permission-checked view serves them."""

from django.db import migrations

NAME = "Restricted annexes"


def create(apps, schema_editor):
    from wagtail.models import Collection  # a treebeard node: the real model adds children correctly

    root = Collection.get_first_root_node()
    if root is not None and not Collection.objects.filter(name=NAME).exists():
        root.add_child(name=NAME)


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0003_restricted_sections"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
