"""One settings module per environment: ``dev`` (default), ``test`` and ``production``.

Every value that differs between machines comes from an environment variable; see the README.
"""
