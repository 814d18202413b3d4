from django.apps import AppConfig


class MethodConfig(AppConfig):
    """The PRoTECT method: threat scenarios, the technology-solution catalogue and (next) the assessments."""

    name = "method"
    verbose_name = "Method"
