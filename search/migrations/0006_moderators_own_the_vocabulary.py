"""Network coordinators (Wagtail's Moderators group) keep the search vocabulary and the promoted results,
and read the search report."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODERATORS_GROUP = "Moderators"
PERMISSIONS = {
    "search": (
        "add_synonymgroup",
        "change_synonymgroup",
        "delete_synonymgroup",
        "view_synonymgroup",
        "view_searchlogentry",
    ),
    "wagtailsearchpromotions": ("add_searchpromotion", "change_searchpromotion", "delete_searchpromotion"),
}


def _permissions(apps):
    Permission = apps.get_model("auth", "Permission")
    for app_label, codenames in PERMISSIONS.items():
        yield from Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)


def grant(apps, schema_editor):
    # Permissions are normally created after every migration has run; these are needed now.
    for app_label in PERMISSIONS:
        config = apps.get_app_config(app_label)
        config.models_module = True
        create_permissions(config, apps=apps, verbosity=0)
        config.models_module = None
    group = apps.get_model("auth", "Group").objects.filter(name=MODERATORS_GROUP).first()
    if group is not None:
        group.permissions.add(*_permissions(apps))


def revoke(apps, schema_editor):
    group = apps.get_model("auth", "Group").objects.filter(name=MODERATORS_GROUP).first()
    if group is not None:
        group.permissions.remove(*_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0005_search_log"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0002_initial_data"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]
    operations = [migrations.RunPython(grant, revoke)]
