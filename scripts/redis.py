"""Start, stop and report a private Redis server for tests and benchmarks (standard library only).

Redis is the portal's shared cache in production: page cache, search circuit breaker, rate
limits and vocabularies live there so that every gunicorn worker sees the same state. The
test command starts this one like its PostgreSQL: on 127.0.0.1 only, in a cache directory,
with no persistence (it holds nothing anyone wants to keep). When ``redis-server`` is missing
and we run as root, Debian's ``redis-server`` package is installed.

    python scripts/redis.py start   # prints REDIS_URL on the last line
    python scripts/redis.py stop
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

PORT = int(os.environ.get("PORTAL_REDIS_PORT", "63799"))
HOME = Path(os.environ.get("PORTAL_REDIS_HOME", "/var/tmp/practice-portal/redis"))
PID_FILE = HOME / "redis.pid"
LOG = HOME / "redis.log"
HOST = "127.0.0.1"


def _binary() -> str | None:
    return shutil.which("redis-server") or ("/usr/bin/redis-server" if Path("/usr/bin/redis-server").exists() else None)


def _ensure_installed() -> str:
    binary = _binary()
    if binary:
        return binary
    if os.geteuid() != 0:
        sys.exit("redis-server is missing; install Debian's 'redis-server' package.")
    print("Installing Redis from Debian packages…", file=sys.stderr, flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    # The package's own service is not wanted (policy-rc.d may be absent in containers): ours runs on its own port.
    subprocess.run(["apt-get", "update", "-q"], check=True, env=env, stdout=sys.stderr)
    subprocess.run(["apt-get", "install", "-y", "-q", "redis-server"], check=True, env=env, stdout=sys.stderr)
    binary = _binary()
    if not binary:
        sys.exit("The redis-server package did not provide a redis-server binary.")
    return binary


def url(database: int = 0) -> str:
    return f"redis://{HOST}:{PORT}/{database}"


def _ping(timeout: float = 0.5) -> bool:
    """True when something on our port answers Redis's PING."""
    try:
        with socket.create_connection((HOST, PORT), timeout=timeout) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith(b"+PONG")
    except OSError:
        return False


def start() -> str:
    """Start the server if it is not answering yet and return REDIS_URL."""
    binary = _ensure_installed()
    if _ping():
        return url()
    HOME.mkdir(parents=True, exist_ok=True)
    command = [
        binary,
        "--bind",
        HOST,
        "--port",
        str(PORT),
        "--daemonize",
        "yes",
        "--pidfile",
        str(PID_FILE),
        "--logfile",
        str(LOG),
        "--dir",
        str(HOME),
        "--save",
        "",
        "--appendonly",
        "no",
        "--maxmemory",
        "256mb",
        "--maxmemory-policy",
        "allkeys-lru",
        "--protected-mode",
        "yes",
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if _ping():
            return url()
        time.sleep(0.1)
    tail = LOG.read_text(errors="replace")[-2000:] if LOG.exists() else ""
    sys.exit(f"Redis did not start:\n{result.stdout}{result.stderr}\n{tail}")


def stop() -> None:
    try:
        pid = int(PID_FILE.read_text().strip())
    except (OSError, ValueError):
        return
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, 15)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _ping(0.2):
        time.sleep(0.1)


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "start"
    if command == "start":
        started = time.monotonic()
        redis_url = start()
        print(f"Redis ready in {time.monotonic() - started:.1f}s", file=sys.stderr)
        print(redis_url)
    elif command == "stop":
        stop()
    elif command == "url":
        print(url())
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
