"""The network's views, one module per area of the site.

Public pages: ``directory`` (map and list), ``organisations`` (a profile), ``projects`` (a funded
project), ``contact`` (write to an organisation), ``peers`` (the peer finder) and ``membership``
(join the network). Wagtail admin pages: ``moderation`` (membership applications, a ViewSet) and
``transfer`` (move a practice to another organisation). URLs are in ``network.urls`` and, for
the admin, registered by ``network.wagtail_hooks``.
"""
