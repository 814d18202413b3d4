from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Search"

    def ready(self) -> None:
        from search import content, signals

        content.register_practices()
        content.register_organisations()
        content.register_events()
        content.register_technologies()
        signals.connect()
