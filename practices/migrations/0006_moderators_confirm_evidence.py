"""Only the network's moderators confirm evidence levels: they may record evidence reviews; editors may not."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CODENAMES = ["add_evidencereview", "change_evidencereview", "delete_evidencereview", "view_evidencereview"]


def review_permissions(apps):
    config = apps.get_app_config("practices")
    config.models_module = True  # permissions are normally created only after every migration
    create_permissions(config, apps=apps, verbosity=0)
    config.models_module = None
    return apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label="practices", codename__in=CODENAMES
    )


def set_permissions(apps, grant):
    moderators = apps.get_model("auth", "Group").objects.filter(name="Moderators").first()
    if moderators is not None:
        (moderators.permissions.add if grant else moderators.permissions.remove)(*review_permissions(apps))


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0005_evidence"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0002_initial_data"),
    ]
    operations = [
        migrations.RunPython(
            lambda apps, schema_editor: set_permissions(apps, True),
            lambda apps, schema_editor: set_permissions(apps, False),
        )
    ]
