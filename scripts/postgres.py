"""Start, stop and report a private PostgreSQL server for the test suite (standard library only).

The cluster lives in a cache directory, listens on 127.0.0.1 only, and trusts local
connections: it exists for tests, never for data anyone wants to keep. When the server
binaries are missing and we run as root, Debian's ``postgresql`` package is installed.

    python scripts/postgres.py start   # prints DATABASE_URL on the last line
    python scripts/postgres.py stop
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import sys
import time
from pathlib import Path

PORT = int(os.environ.get("PORTAL_PG_PORT", "54329"))
# Outside $HOME: when we run as root, the "postgres" user cannot enter /root.
HOME = Path(os.environ.get("PORTAL_PG_HOME", "/var/tmp/practice-portal/postgres"))
DATA = HOME / "data"
LOG = HOME / "postgres.log"
DB_NAME = "portal"
DB_USER = "portal"


def _bin_dir() -> Path | None:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name))
    return Path(candidates[-1]) if candidates else None


def _ensure_installed() -> Path:
    bin_dir = _bin_dir()
    if bin_dir and (bin_dir / "postgres").exists():
        return bin_dir
    if os.geteuid() != 0:
        sys.exit("PostgreSQL server binaries are missing; install Debian's 'postgresql' package.")
    print("Installing PostgreSQL from Debian packages…", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-q"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-q", "postgresql"], check=True, env=env)
    bin_dir = _bin_dir()
    if not bin_dir:
        sys.exit("PostgreSQL installation did not provide server binaries.")
    return bin_dir


def _run_as_owner() -> list[str]:
    """PostgreSQL refuses to run as root: run it as the 'postgres' system user instead."""
    if os.geteuid() != 0:
        return []
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "postgres"], check=True)
    return ["runuser", "-u", "postgres", "--"]


def _pg_ctl(bin_dir: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*_run_as_owner(), str(bin_dir / "pg_ctl"), "-D", str(DATA), *args],
        check=check,
        capture_output=True,
        text=True,
    )


def url() -> str:
    return f"postgres://{DB_USER}@127.0.0.1:{PORT}/{DB_NAME}"


def _ready(bin_dir: Path) -> bool:
    return (
        subprocess.run(
            [str(bin_dir / "pg_isready"), "-h", "127.0.0.1", "-p", str(PORT)], capture_output=True
        ).returncode
        == 0
    )


def start() -> str:
    """Start the server (initialising the cluster on first use) and return DATABASE_URL."""
    bin_dir = _ensure_installed()
    if _ready(bin_dir):
        return url()
    HOME.mkdir(parents=True, exist_ok=True)
    owner = _run_as_owner()
    if owner:
        shutil.chown(HOME, "postgres", "postgres")
    if not (DATA / "PG_VERSION").exists():
        init = subprocess.run(
            [
                *owner,
                str(bin_dir / "initdb"),
                "-D",
                str(DATA),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
            ],
            capture_output=True,
            text=True,
        )
        if init.returncode != 0:
            sys.exit(f"initdb failed:\n{init.stdout}{init.stderr}")
    options = (
        f"-c listen_addresses=127.0.0.1 -c port={PORT} -c unix_socket_directories={DATA} "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
    )
    result = _pg_ctl(bin_dir, "-l", str(LOG), "-o", options, "-w", "-t", "60", "start", check=False)
    if result.returncode != 0 or not _ready(bin_dir):
        tail = LOG.read_text(errors="replace")[-3000:] if LOG.exists() else ""
        sys.exit(f"PostgreSQL did not start:\n{result.stdout}{result.stderr}\n{tail}")
    psql = [str(bin_dir / "psql"), "-h", "127.0.0.1", "-p", str(PORT), "-U", "postgres", "-tAc"]
    exists = subprocess.run(
        [*psql, f"SELECT 1 FROM pg_roles WHERE rolname='{DB_USER}'"], capture_output=True, text=True
    )
    if exists.stdout.strip() != "1":
        subprocess.run([*psql, f"CREATE ROLE {DB_USER} LOGIN SUPERUSER"], check=True, capture_output=True)
    exists = subprocess.run(
        [*psql, f"SELECT 1 FROM pg_database WHERE datname='{DB_NAME}'"], capture_output=True, text=True
    )
    if exists.stdout.strip() != "1":
        subprocess.run([*psql, f"CREATE DATABASE {DB_NAME} OWNER {DB_USER}"], check=True, capture_output=True)
    return url()


def stop() -> None:
    bin_dir = _bin_dir()
    if bin_dir and (DATA / "postmaster.pid").exists():
        _pg_ctl(bin_dir, "-m", "fast", "-w", "stop", check=False)


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "start"
    if command == "start":
        started = time.monotonic()
        database_url = start()
        print(f"PostgreSQL ready in {time.monotonic() - started:.1f}s", file=sys.stderr)
        print(database_url)
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
