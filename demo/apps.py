from django.apps import AppConfig


class DemoConfig(AppConfig):
    """No models: the app exists so that ``load_demo`` is a command only where ``demo`` is installed."""

    name = "demo"
    verbose_name = "Demo content"
