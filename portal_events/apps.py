from django.apps import AppConfig


class EventsConfig(AppConfig):
    """The app is labelled ``events`` (models ``events.EventPage``…, templates ``events/``); its package is
    ``portal_events`` because the top-level name ``events`` belongs to a dependency: opensearch-py imports
    ``from events import Events`` (the Events package of requirements.lock)."""

    name = "portal_events"
    label = "events"
    verbose_name = "Events"

    def ready(self) -> None:
        """Connect the receivers and fill the registries of the apps events build on."""
        from portal_events import privacy, receivers, sections

        receivers.connect()
        privacy.register()
        sections.register()
