"""The portal as it is deployed, on this machine: for the production crawl, process tests and benchmarks.

A ``Deployment`` is the production configuration (``portal.settings.production``: DEBUG off, a
generated SECRET_KEY, manifest static files, the database task backend) on real services: its
own PostgreSQL database, its own OpenSearch index prefix, its own Redis database, gunicorn on
127.0.0.1, and optionally django-tasks-db's worker and the portal's scheduler beside it.
Requests must carry ``X-Forwarded-Proto: https``, as they would from the TLS proxy in front of
the deployment (``FORWARDED``), so that the production HTTPS settings apply unchanged.

It builds its database either from scratch (``migrate`` + ``load_demo``) or as a copy of an
existing one (``template``: the test suite's database already holds the demo content, and
PostgreSQL copies it in a second instead of a minute of loading). Production does not install
the ``demo`` app, so ``load_demo`` runs once with ``DEMO_SETTINGS`` on the same database, media
and cache; everything else runs with the production settings.

Standard library plus psycopg, so tests and benchmarks can use it alike.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

ROOT = Path(__file__).resolve().parent.parent
FORWARDED = {"X-Forwarded-Proto": "https"}
SETTINGS = "portal.settings.production"
#: Settings that install the ``demo`` app (production does not): DEBUG off, otherwise the same environment.
DEMO_SETTINGS = "portal.settings.bench"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def with_database(url: str, name: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path=f"/{name}"))


def maintenance_connection(database_url: str) -> psycopg.Connection:
    """A connection to the server's ``postgres`` database, where databases are created and dropped."""
    parts = urlsplit(database_url)
    return psycopg.connect(
        host=parts.hostname,
        port=parts.port or 5432,
        user=parts.username,
        password=parts.password,
        dbname="postgres",
        autocommit=True,
    )


def recreate_database(server_url: str, name: str, template: str | None = None) -> None:
    """Drop ``name`` and create it again, empty or as a copy of ``template``.

    PostgreSQL copies a database only while nobody else is connected to it. The caller closes its own
    connections; one left open elsewhere (another thread of the test process, a killed server's backend)
    would make the copy fail, so it is ended here, and said, since that database is only ever a test's.
    """
    with maintenance_connection(server_url) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        if not template:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            return
        stray = conn.execute(
            "SELECT pid, application_name, state, left(query, 120) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            [template],
        ).fetchall()
        for pid, application, state, query in stray:
            print(
                f"[deployment] ending session {pid} on {template} ({application or 'no name'}, {state}: {query})",
                file=sys.stderr,
            )
            conn.execute("SELECT pg_terminate_backend(%s)", [pid])
        conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(name), sql.Identifier(template)))


def pid_alive(pid: int) -> bool:
    return Path(f"/proc/{pid}").exists()


def opensearch_request(url: str, method: str, path: str) -> object:
    """A plain HTTP call to a local node (404 gives ``None``)."""
    request = urllib.request.Request(url.split(",")[0].rstrip("/") + path, method=method)  # noqa: S310 - local node
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - our own local node
            return json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        if error.code == 404:
            return None
        raise


def delete_indices(url: str, pattern: str) -> None:
    """Delete indices by exact name (a wildcard DELETE may be refused by the node's settings)."""
    for row in opensearch_request(url, "GET", f"/_cat/indices/{pattern}?format=json") or []:  # type: ignore[union-attr]
        opensearch_request(url, "DELETE", f"/{row['index']}")


def drop_stale(database_url: str, opensearch_url: str, kind: str) -> None:
    """Databases and indices of earlier runs that were killed before their teardown only fill the disk."""
    with maintenance_connection(database_url) as conn:
        rows = conn.execute("SELECT datname FROM pg_database WHERE datname LIKE %s", [f"portal_{kind}_%"]).fetchall()
        for (name,) in rows:
            pid = name.rsplit("_", 1)[-1]
            if pid.isdigit() and not pid_alive(int(pid)):
                conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
    if opensearch_url:
        for row in opensearch_request(opensearch_url, "GET", f"/_cat/indices/{kind}-*?format=json") or []:  # type: ignore[union-attr]
            pid = row["index"].split("-")[1]
            if pid.isdigit() and not pid_alive(int(pid)):
                opensearch_request(opensearch_url, "DELETE", f"/{row['index']}")


@dataclass
class Deployment:
    """One production-configured portal: database, index prefix, Redis database, processes."""

    kind: str  # "crawl", "bench"… names the database (portal_<kind>_<pid>) and index prefix
    server_database_url: str  # any database on the PostgreSQL server; ours is created beside it
    opensearch_url: str
    redis_url: str  # redis://host:port/<db>: a Redis database only this deployment uses
    work: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="portal-deployment-")))
    port: int = field(default_factory=free_port)
    media_root: Path | None = None
    extra_env: dict[str, str] = field(default_factory=dict)
    #: Keep database, index and files between runs (benchmarks): named portal_<kind>, not per process.
    persistent: bool = False
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        suffix = "" if self.persistent else f"_{os.getpid()}"
        self.name = f"portal_{self.kind}{suffix}"
        self.index_prefix = f"{self.kind}{suffix.replace('_', '-')}"
        self.database_url = with_database(self.server_database_url, self.name)
        self.url = f"http://127.0.0.1:{self.port}"
        self.secret_key = secrets.token_hex(40)  # hex: never contains the markers production refuses
        self.logs = self.work / "logs"
        self.logs.mkdir(parents=True, exist_ok=True)

    # --- environment -------------------------------------------------------------------------------------
    def env(self, engine: bool = True, settings: str = SETTINGS) -> dict[str, str]:
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DJANGO_", "OPENSEARCH_", "PORTAL_TEST_"))
        }
        env.update(
            DJANGO_SETTINGS_MODULE=settings,
            SECRET_KEY=self.secret_key,
            ALLOWED_HOSTS="127.0.0.1,localhost",
            DATABASE_URL=self.database_url,
            REDIS_URL=self.redis_url,
            OPENSEARCH_URL=self.opensearch_url if engine else "",
            OPENSEARCH_INDEX_PREFIX=self.index_prefix,
            PORTAL_VAR_DIR=str(self.work),
            STATIC_ROOT=str(self.work / "static"),
            MEDIA_ROOT=str(self.media_root or self.work / "media"),
            WAGTAILADMIN_BASE_URL=self.url,
            EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
            LOG_LEVEL="WARNING",
            PYTHONUNBUFFERED="1",
            **self.extra_env,
        )
        return env

    def manage(
        self, *args: str, engine: bool = True, timeout: float = 600, settings: str = SETTINGS
    ) -> subprocess.CompletedProcess[str]:
        """Run a management command on this deployment (raises with its output on failure)."""
        result = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env(engine, settings),
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if result.returncode != 0:
            raise RuntimeError(
                f"manage.py {' '.join(args[:3])} failed ({result.returncode}):\n"
                f"{result.stdout[-3000:]}\n{result.stderr[-5000:]}"
            )
        return result

    def shell(self, code: str) -> str:
        """Run Python inside this deployment's Django and return the last line it printed."""
        lines = self.manage("shell", "-c", code).stdout.strip().splitlines()
        return lines[-1] if lines else ""

    # --- building ----------------------------------------------------------------------------------------
    def create_database(self, template: str | None = None) -> None:
        drop_stale(self.server_database_url, self.opensearch_url, self.kind)
        recreate_database(self.server_database_url, self.name, template)

    def build(self, template: str | None = None) -> dict[str, float]:
        """Database (copied from ``template`` or migrated and loaded with the demo), static files, index.

        Returns how long each step took, for the benchmarks' and the crawl's reports.
        """
        timings: dict[str, float] = {}

        def step(name: str, *args: str, engine: bool = True, settings: str = SETTINGS) -> None:
            started = time.monotonic()
            self.manage(*args, engine=engine, settings=settings)
            timings[name] = time.monotonic() - started

        started = time.monotonic()
        self.create_database(template)
        timings["database"] = time.monotonic() - started
        step("migrate", "migrate", "--noinput", "-v0", engine=False)
        if template is None:
            # Loaded on the database search backend: Wagtail's admin index is built by update_index below.
            step("load_demo", "load_demo", engine=False, settings=DEMO_SETTINGS)
        step("collectstatic", "collectstatic", "--noinput", "-v0")
        self.shell(
            "from wagtail.models import Site; "
            f"Site.objects.filter(is_default_site=True).update(hostname='127.0.0.1', port={self.port}); print('ok')"
        )
        if self.opensearch_url:
            step("search_rebuild", "search_rebuild")
            step("update_index", "update_index")
        return timings

    # --- processes ---------------------------------------------------------------------------------------
    def _start(self, name: str, command: list[str], engine: bool = True) -> subprocess.Popen[bytes]:
        self.stop(name)
        log = (self.logs / f"{name}.log").open("ab")
        process = subprocess.Popen(
            command, cwd=ROOT, env=self.env(engine), stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.processes[name] = process
        return process

    def start_web(self, workers: int = 3, engine: bool = True, timeout: float = 60) -> str:
        """gunicorn with the deployment's WSGI application on 127.0.0.1; returns the base URL when it answers."""
        process = self._start(
            "web",
            [
                sys.executable,
                "-m",
                "gunicorn",
                "portal.wsgi:application",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(workers),
                "--timeout",
                "30",
                "--graceful-timeout",
                "5",
                "--access-logfile",
                "-",
                # The worker's pid first: tests can tell which of the workers answered.
                "--access-logformat",
                '%(p)s %(h)s "%(r)s" %(s)s %(b)s %(M)sms',
            ],
            engine=engine,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"gunicorn exited ({process.returncode}):\n{self.log('web')[-5000:]}")
            try:
                request = urllib.request.Request(self.url + "/robots.txt", headers=FORWARDED)  # noqa: S310 - our own server
                with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310 - our own server
                    if response.status == 200:
                        return self.url
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.2)
        raise RuntimeError(f"gunicorn did not answer within {timeout:.0f}s:\n{self.log('web')[-5000:]}")

    def start_worker(self) -> None:
        """django-tasks-db's worker, polling often so that engine writes and emails leave within a second."""
        self._start("worker", [sys.executable, "manage.py", "db_worker", "--interval", "0.2", "--no-startup-delay"])

    def start_scheduler(self) -> None:
        self._start("scheduler", [sys.executable, "manage.py", "run_scheduler"])

    def log(self, name: str, since: int = 0) -> str:
        """What process ``name`` logged, from byte ``since`` on (see ``log_size``)."""
        path = self.logs / f"{name}.log"
        if not path.exists():
            return ""
        with path.open("rb") as handle:
            handle.seek(since)
            return handle.read().decode("utf-8", "replace")

    def log_size(self, name: str) -> int:
        """Where process ``name``'s log ends now: a test reads only what came after."""
        path = self.logs / f"{name}.log"
        return path.stat().st_size if path.exists() else 0

    def stop(self, name: str) -> None:
        process = self.processes.pop(name, None)
        if process is None or process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    def flush_cache(self) -> None:
        """Empty this deployment's Redis database (a cold cache, as after a deploy)."""
        self.shell("from django.core.cache import cache; cache.clear(); print('ok')")

    def exists(self) -> bool:
        """Is this (persistent) deployment's database already built?"""
        with maintenance_connection(self.server_database_url) as conn:
            return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [self.name]).fetchone() is not None

    def destroy(self) -> None:
        """Stop the processes; unless persistent, also drop the database, indices, cache and files."""
        for name in list(self.processes):
            self.stop(name)
        if self.persistent:
            return
        with contextlib.suppress(Exception):
            self.flush_cache()
        with maintenance_connection(self.server_database_url) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(self.name)))
        if self.opensearch_url:
            with contextlib.suppress(Exception):
                delete_indices(self.opensearch_url, f"{self.index_prefix}-*")
        shutil.rmtree(self.work, ignore_errors=True)


@contextlib.contextmanager
def deployed(**options: object) -> Iterator[Deployment]:
    """A ``Deployment`` that is destroyed (processes, database, indices, files) afterwards."""
    deployment = Deployment(**options)  # type: ignore[arg-type]
    try:
        yield deployment
    finally:
        deployment.destroy()
