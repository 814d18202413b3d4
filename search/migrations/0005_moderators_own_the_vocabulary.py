"""Network coordinators (Wagtail's Moderators group) keep the search vocabulary."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

MODERATORS_GROUP = "Moderators"
CODENAMES = ("add_synonymgroup", "change_synonymgroup", "delete_synonymgroup", "view_synonymgroup")


def grant(apps, schema_editor):
    # Permissions are normally created after every migration has run; these are needed now.
    config = apps.get_app_config("search")
    config.models_module = True
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=MODERATORS_GROUP).first()
    if group is not None:
        group.permissions.add(*Permission.objects.filter(content_type__app_label="search", codename__in=CODENAMES))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=MODERATORS_GROUP).first()
    if group is not None:
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="search", codename__in=CODENAMES))


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_starting_vocabulary"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0002_initial_data"),
    ]
    operations = [migrations.RunPython(grant, revoke)]
