from django.apps import AppConfig


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = "Network"

    def ready(self) -> None:
        from network import access, clearance, privacy  # noqa: F401  # access and clearance connect receivers

        privacy.register("network", privacy.export_network_data, privacy.erase_network_data)
        privacy.register("vetting", privacy.export_vetting_data, privacy.erase_vetting_data)
