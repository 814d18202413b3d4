from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = "Portal"

    def ready(self) -> None:
        from django.contrib.auth import get_user_model
        from django.db.models.signals import pre_save

        from portal import cache
        from portal.emails import normalise_user_email

        cache.connect()
        pre_save.connect(normalise_user_email, sender=get_user_model(), dispatch_uid="portal.normalise_user_email")
