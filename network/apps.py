from django.apps import AppConfig


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = "Network"

    def ready(self) -> None:
        from network import privacy

        privacy.register("network", privacy.export_network_data, privacy.erase_network_data)
