"""Every account in an organisation's editors group is a member of that organisation."""

from django.db import migrations


def create(apps, schema_editor):
    Organisation = apps.get_model("network", "Organisation")
    Member = apps.get_model("network", "Member")
    for organisation in Organisation.objects.exclude(editors_group=None).select_related("editors_group"):
        for user in organisation.editors_group.user_set.all():
            Member.objects.get_or_create(user=user, defaults={"organisation": organisation})


class Migration(migrations.Migration):
    dependencies = [("network", "0008_people_vetting_access")]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
