"""Launch a local single-node OpenSearch for development, tests and CI.

Why this exists: the portal's search needs a real engine (analyzers, aliases,
reindex), but machines here have no Docker and no internet beyond package
registries.  OpenSearch publishes its full no-JDK distribution to Maven Central
as ``org.opensearch.distribution.integ-test-zip:opensearch:<version>:zip``
(core, ``lib/``, ``bin/`` and every standard module: analysis-common,
lang-painless, transport-netty4, reindex, mapper-extras, ...), so ``mvn`` can
fetch it and this script unpacks, configures and runs it.  It lives in
``scripts/`` beside the PostgreSQL and Redis launchers because it is tooling
for running the portal, not part of it.

Usage (from the project root)::

    python scripts/opensearch.py start|stop|status|url   # start prints the URL on the last line

Tests and benchmarks import it as ``from scripts import opensearch``.
It is pure standard library on purpose, so it can run before the project's
Python dependencies are installed (e.g. first thing in CI).

Environment variables read:

``PORTAL_ENGINE_VERSION``   OpenSearch version (default ``3.8.0``).
``PORTAL_ENGINE_HOME``      cache dir
                            (default ``~/.cache/practice-portal/opensearch/<version>``).
``PORTAL_ENGINE_DATA``      data dir (default ``<cache dir>/data``).
``PORTAL_ENGINE_PORT``      HTTP port (default ``9201``).
``PORTAL_ENGINE_HEAP``      JVM heap, e.g. ``512m`` or ``1g`` (default ``512m``).
``PORTAL_ENGINE_JAVA_HOME`` Java 21+ (default ``/usr/lib/jvm/temurin-25-jdk-amd64``).
``PORTAL_ENGINE_TIMEOUT``   seconds to wait for yellow health (default ``120``).
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import zipfile
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

DEFAULT_VERSION = "3.8.0"
DEFAULT_PORT = 9201
DEFAULT_HEAP = "512m"
DEFAULT_JAVA_HOME = "/usr/lib/jvm/temurin-25-jdk-amd64"
DEFAULT_TIMEOUT = 120.0
HOST = "127.0.0.1"
DIST_GROUP = "org.opensearch.distribution.integ-test-zip"
DIST_ARTIFACT = "opensearch"
DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1"
REQUIRED_MODULES = (
    "analysis-common",
    "lang-painless",
    "transport-netty4",
    "reindex",
    "mapper-extras",
)
STOP_GRACE_SECONDS = 30.0
LOG_TAIL_LINES = 40
EXIT_NOT_RUNNING = 3
# Unprivileged uid/gid the node sees when the launcher runs as root (see _command).
NAMESPACE_ID = "1000"

# The Popen of a node started by this process, so stop() can reap it (a child
# that is killed but never waited for stays a zombie and looks alive).
_child: subprocess.Popen[bytes] | None = None


class EngineError(RuntimeError):
    """The node could not be fetched, assembled, started or reached."""


def version() -> str:
    """Return the OpenSearch version; the env override lets CI try another release."""
    return os.environ.get("PORTAL_ENGINE_VERSION", DEFAULT_VERSION).strip() or DEFAULT_VERSION


def cache_dir() -> Path:
    """Return the per-version cache dir: node home, data, logs and pid file."""
    override = os.environ.get("PORTAL_ENGINE_HOME")
    if override:
        return Path(override).expanduser().resolve()
    return Path.home() / ".cache" / "practice-portal" / "opensearch" / version()


def _home_dir() -> Path:
    return cache_dir() / "home"


def _data_dir() -> Path:
    override = os.environ.get("PORTAL_ENGINE_DATA")
    if override:
        return Path(override).expanduser().resolve()
    return cache_dir() / "data"


def _pid_file() -> Path:
    return cache_dir() / "node.pid"


def _port_file() -> Path:
    return cache_dir() / "node.port"


def _log_file() -> Path:
    return cache_dir() / "node.log"


def _marker_file() -> Path:
    return _home_dir() / ".portal-assembled"


def _configured_port() -> int:
    raw = os.environ.get("PORTAL_ENGINE_PORT", "").strip()
    if not raw:
        return DEFAULT_PORT
    try:
        return int(raw)
    except ValueError as exc:
        raise EngineError(f"PORTAL_ENGINE_PORT must be an integer, got {raw!r}") from exc


def _heap() -> str:
    heap = os.environ.get("PORTAL_ENGINE_HEAP", DEFAULT_HEAP).strip() or DEFAULT_HEAP
    if not re.fullmatch(r"\d+[kKmMgG]?", heap):
        raise EngineError(f"PORTAL_ENGINE_HEAP must look like 512m or 1g, got {heap!r}")
    return heap


def _java_home() -> Path:
    java_home = Path(os.environ.get("PORTAL_ENGINE_JAVA_HOME", DEFAULT_JAVA_HOME))
    if not (java_home / "bin" / "java").is_file():
        raise EngineError(
            f"no java at {java_home}/bin/java; OpenSearch 3.x needs Java 21+, set PORTAL_ENGINE_JAVA_HOME"
        )
    return java_home


def _timeout() -> float:
    raw = os.environ.get("PORTAL_ENGINE_TIMEOUT", "").strip()
    return float(raw) if raw else DEFAULT_TIMEOUT


def _say(message: str) -> None:
    """Progress goes to stderr so that stdout's last line is only the URL."""
    print(f"[engine] {message}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- state


def _read_int(path: Path) -> int | None:
    try:
        return int(path.read_text().strip())
    except (OSError, ValueError):
        return None


def _recorded_port() -> int | None:
    return _read_int(_port_file())


def _pid_alive(pid: int) -> bool:
    """Tell whether ``pid`` is our live node (not a zombie, not a reused pid)."""
    if _child is not None and _child.pid == pid:
        return _child.poll() is None  # our own child: exact, and reaps the zombie
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    proc = Path("/proc") / str(pid)
    try:
        stat = (proc / "stat").read_text()
        cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace")
    except OSError:
        return True  # no /proc here: trust kill(0)
    if stat.rsplit(")", 1)[-1].split()[:1] in (["Z"], ["X"]):
        return False
    # cmdline reads empty for an instant while the process execs (bash -> java).
    return not cmdline.strip() or str(_home_dir()) in cmdline


def _running_pid() -> int | None:
    """Return the pid-file pid if that node is alive; clear stale state otherwise."""
    pid = _read_int(_pid_file())
    if pid is None:
        return None
    if _pid_alive(pid):
        return pid
    _clear_state()
    return None


def _clear_state() -> None:
    for path in (_pid_file(), _port_file()):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


@contextlib.contextmanager
def _lock() -> Iterator[None]:
    """Serialise start/stop so parallel test workers don't launch two nodes."""
    cache_dir().mkdir(parents=True, exist_ok=True)
    with open(cache_dir() / ".lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


# ---------------------------------------------------------------------------- http


def _get_json(port: int, path: str, timeout: float = 5.0) -> dict[str, Any]:
    """GET a JSON object; any failure (refused, HTTP error, bad body) yields ``{}``."""
    try:
        with urllib.request.urlopen(f"http://{HOST}:{port}{path}", timeout=timeout) as resp:
            body = json.loads(resp.read().decode())
    except (OSError, ValueError):
        return {}
    return body if isinstance(body, dict) else {}


def _server_version(port: int) -> str | None:
    info = _get_json(port, "/").get("version")
    return str(info.get("number")) if isinstance(info, dict) else None


def _healthy(port: int) -> bool:
    health = _get_json(port, "/_cluster/health?wait_for_status=yellow&timeout=1s")
    return health.get("status") in ("yellow", "green")


def _port_busy(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((HOST, port)) == 0


# ---------------------------------------------------------------------- artifacts


def _fetch_distribution(dest: Path) -> Path:
    """Copy the distribution zip from Maven Central (via ~/.m2) into ``dest``."""
    mvn = shutil.which("mvn") or "/usr/bin/mvn"
    coords = f"{DIST_GROUP}:{DIST_ARTIFACT}:{version()}:zip"
    dest.mkdir(parents=True, exist_ok=True)
    _say(f"fetching {coords} with mvn (first run downloads ~160 MB into ~/.m2)")
    cmd = [
        mvn,
        "-B",
        "-q",
        "-Dstyle.color=never",
        f"{DEPENDENCY_PLUGIN}:copy",
        f"-Dartifact={coords}",
        f"-DoutputDirectory={dest}",
        "-Dmdep.overWriteReleases=true",
    ]
    try:
        proc = subprocess.run(cmd, cwd=dest, capture_output=True, text=True, timeout=1800, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise EngineError(f"could not run {mvn}: {exc}") from exc
    archive = dest / f"{DIST_ARTIFACT}-{version()}.zip"
    if proc.returncode != 0 or not archive.is_file():
        tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-15:])
        raise EngineError(f"mvn could not fetch {coords} (is this version served?)\n{tail}")
    return archive


def _extract(archive: Path, target: Path) -> None:
    """Unzip keeping unix modes: zipfile drops them, and bin/ must stay executable."""
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            extracted = Path(zf.extract(info, target))
            mode = (info.external_attr >> 16) & 0o777
            if mode and not info.is_dir():
                extracted.chmod(mode)


def _ensure_home() -> Path:
    """Make sure an assembled node home exists; only the first run touches mvn."""
    home = _home_dir()
    if _marker_file().is_file():
        return home
    cache = cache_dir()
    download = cache / "download"
    staging = cache / f"home.tmp-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    archive = _fetch_distribution(download)
    _say(f"unpacking {archive.name}")
    _extract(archive, staging)
    roots = [p for p in staging.iterdir() if p.is_dir()]
    if len(roots) != 1:
        raise EngineError(f"unexpected layout in {archive}: {[p.name for p in roots]}")
    missing = [m for m in REQUIRED_MODULES if not (roots[0] / "modules" / m).is_dir()]
    if missing:
        raise EngineError(f"{archive.name} lacks required modules: {', '.join(missing)}")
    shutil.rmtree(home, ignore_errors=True)
    roots[0].rename(home)
    shutil.rmtree(staging, ignore_errors=True)
    shutil.rmtree(download, ignore_errors=True)  # the zip stays in ~/.m2
    _marker_file().write_text(f"{DIST_GROUP}:{DIST_ARTIFACT}:{version()}:zip\n")
    return home


def _write_config(home: Path, port: int) -> None:
    """(Re)write config on every start so env changes (port, heap, data) take effect."""
    data = _data_dir()
    logs = cache_dir() / "logs"
    for directory in (data, logs, cache_dir() / "tmp"):
        directory.mkdir(parents=True, exist_ok=True)
    config = home / "config"
    (config / "opensearch.yml").write_text(
        "# Written by scripts/opensearch.py on every start; edits are overwritten.\n"
        "cluster.name: practice-portal\n"
        "node.name: portal-node\n"
        "discovery.type: single-node\n"
        f"network.host: {HOST}\n"
        f"http.port: {port}\n"
        f"path.data: {json.dumps(str(data))}\n"
        f"path.logs: {json.dumps(str(logs))}\n"
        "# A nearly-full dev disk must not flip indices to read-only.\n"
        "cluster.routing.allocation.disk.threshold_enabled: false\n"
        "cluster.routing.allocation.disk.watermark.low: 99%\n"
        "cluster.routing.allocation.disk.watermark.high: 99%\n"
        "cluster.routing.allocation.disk.watermark.flood_stage: 99%\n"
        "# The security plugin is not part of this distribution: plain HTTP, no auth.\n"
    )
    options = config / "jvm.options.d"
    options.mkdir(exist_ok=True)
    heap = _heap()
    (options / "portal.options").write_text(f"-Xms{heap}\n-Xmx{heap}\n")


# --------------------------------------------------------------------------- launch


def _command(home: Path) -> tuple[list[str], list[str]]:
    """Build the launch command plus extra JVM options.

    OpenSearch refuses to run as root.  CI and sessions here are root, so the
    node is run inside a user namespace where it sees a non-zero uid while its
    files stay owned by the real user.  If user namespaces are unavailable the
    fallback makes JNA unloadable, which skips the root check (and native
    extras like mlockall that a dev node does not need).
    """
    script = [str(home / "bin" / "opensearch")]
    if os.geteuid() != 0:
        return script, []
    unshare = shutil.which("unshare")
    if unshare:
        wrap = [
            unshare,
            "--user",
            f"--map-user={NAMESPACE_ID}",
            f"--map-group={NAMESPACE_ID}",
        ]
        probe = subprocess.run([*wrap, "true"], capture_output=True, check=False)
        if probe.returncode == 0:
            return [*wrap, *script], []
    _say("running as root without user namespaces: disabling JNA to pass the root check")
    return script, ["-Djna.noclasspath=true", "-Djna.boot.library.path=/nonexistent"]


def _log_tail(lines: int = LOG_TAIL_LINES) -> str:
    try:
        with open(_log_file(), errors="replace") as handle:
            return "".join(deque(handle, maxlen=lines))
    except OSError:
        return "(no log)"


def _spawn(home: Path, config: Path, tmp: Path, log_path: Path) -> subprocess.Popen[bytes]:
    """Start one node process (its own session group) with the given config directory."""
    cmd, extra_opts = _command(home)
    env = dict(os.environ)
    env["JAVA_HOME"] = str(_java_home())
    env["OPENSEARCH_PATH_CONF"] = str(config)
    env["OPENSEARCH_TMPDIR"] = str(tmp)
    env["OPENSEARCH_JAVA_OPTS"] = " ".join([*extra_opts, env.get("OPENSEARCH_JAVA_OPTS", "")]).strip()
    env.pop("OPENSEARCH_HOME", None)
    tmp.mkdir(parents=True, exist_ok=True)
    with open(log_path, "wb") as log:
        return subprocess.Popen(
            cmd,
            cwd=home,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def _launch(home: Path, port: int) -> int:
    global _child
    _child = _spawn(home, home / "config", cache_dir() / "tmp", _log_file())
    _pid_file().write_text(f"{_child.pid}\n")
    _port_file().write_text(f"{port}\n")
    return _child.pid


def _wait_healthy(pid: int, port: int) -> None:
    deadline = time.monotonic() + _timeout()
    while time.monotonic() < deadline:
        if not _pid_alive(pid):
            _signal_group(pid, signal.SIGKILL)  # leave no helper process behind
            _clear_state()
            raise EngineError(f"node exited during startup; last log lines:\n{_log_tail()}")
        if _healthy(port):
            return
        time.sleep(0.5)
    tail = _log_tail()
    _terminate(pid)
    raise EngineError(f"node not healthy after {_timeout():.0f}s; last log lines:\n{tail}")


def _signal_group(pid: int, sig: signal.Signals) -> None:
    """Signal the node's whole session group (it was started as its own session)."""
    try:
        os.killpg(pid, sig)
    except (ProcessLookupError, PermissionError):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, sig)


def _terminate(pid: int, forget_dev_node: bool = True) -> None:
    """SIGTERM the node's process group, escalate to SIGKILL after the grace period."""
    send = functools.partial(_signal_group, pid)
    send(signal.SIGTERM)
    deadline = time.monotonic() + STOP_GRACE_SECONDS
    while time.monotonic() < deadline and _pid_alive(pid):
        time.sleep(0.2)
    if _pid_alive(pid):
        send(signal.SIGKILL)
        for _ in range(50):
            if not _pid_alive(pid):
                break
            time.sleep(0.1)
    if forget_dev_node:
        _clear_state()


# ----------------------------------------------------------------------- public API


def url() -> str:
    """Return the node's base URL (the running node's port, else the configured one)."""
    port = _recorded_port() if _running_pid() is not None else None
    return f"http://{HOST}:{port or _configured_port()}"


def is_running() -> bool:
    """Tell whether our pid file names a live node that answers HTTP."""
    port = _recorded_port()
    return _running_pid() is not None and port is not None and _server_version(port) is not None


def start(port: int | None = None) -> str:
    """Start the node if needed and return its URL once the cluster is at least yellow.

    Idempotent, so a pytest session fixture and ``.ci/run`` can both call it.
    """
    with _lock():
        pid = _running_pid()
        if pid is not None:
            running_port = _recorded_port() or _configured_port()
            _wait_healthy(pid, running_port)  # returns at once if already up
            return f"http://{HOST}:{running_port}"
        port = port or _configured_port()
        if _port_busy(port):
            raise EngineError(f"port {port} is already in use by another process; stop it or set PORTAL_ENGINE_PORT")
        home = _ensure_home()
        _write_config(home, port)
        _say(f"starting OpenSearch {version()} on port {port} (log: {_log_file()})")
        pid = _launch(home, port)
        _wait_healthy(pid, port)
        return f"http://{HOST}:{port}"


def stop() -> None:
    """Stop the node cleanly (SIGTERM, SIGKILL after 30 s); no-op if not running."""
    global _child
    with _lock():
        pid = _running_pid()
        if pid is None:
            _clear_state()
            return
        _terminate(pid)
        if _child is not None and _child.pid == pid:
            with contextlib.suppress(subprocess.TimeoutExpired):
                _child.wait(timeout=5)
            _child = None


def pause() -> int:
    """Freeze the running node (SIGSTOP), as a long GC pause would: it accepts connections, answers nothing."""
    pid = _running_pid()
    if pid is None:
        raise EngineError("no node is running")
    _signal_group(pid, signal.SIGSTOP)
    return pid


def resume() -> None:
    """Let a paused node run again (SIGCONT) and wait until it answers, so callers see it back."""
    pid = _read_int(_pid_file())
    if pid is None:
        return
    _signal_group(pid, signal.SIGCONT)
    port = _recorded_port()
    if port is not None:
        _wait_healthy(pid, port)


class ClusterNode:
    """One node of a local multi-node cluster (for the cluster test and benchmark), beside the dev node.

    Each node has its own config, data and log directories under ``<cache dir>/cluster/<name>``, its
    own HTTP and transport ports, and finds the others through ``seed_ports`` (their transport
    ports). ``manager`` nodes may be elected cluster manager; the first start bootstraps the
    cluster from ``managers`` (their names).
    """

    def __init__(
        self,
        name: str,
        http_port: int,
        transport_port: int,
        seed_ports: list[int],
        managers: list[str],
        manager: bool,
        cluster: str = "portal-cluster",
    ) -> None:
        self.name, self.http_port, self.transport_port = name, http_port, transport_port
        self.seed_ports, self.managers, self.manager, self.cluster = seed_ports, managers, manager, cluster
        self.root = cache_dir() / "cluster" / name
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.http_port}"

    def _configure(self, home: Path) -> Path:
        config = self.root / "config"
        shutil.rmtree(self.root, ignore_errors=True)  # a fresh cluster every time: no stale cluster state
        shutil.copytree(home / "config", config)
        roles = "[cluster_manager, data, ingest]" if self.manager else "[data, ingest]"
        seeds = ", ".join(f'"{HOST}:{port}"' for port in self.seed_ports)
        (config / "opensearch.yml").write_text(
            "# Written by scripts/opensearch.py for a local test cluster.\n"
            f"cluster.name: {self.cluster}\nnode.name: {self.name}\nnode.roles: {roles}\n"
            f"network.host: {HOST}\nhttp.port: {self.http_port}\ntransport.port: {self.transport_port}\n"
            f"discovery.seed_hosts: [{seeds}]\n"
            f"cluster.initial_cluster_manager_nodes: [{', '.join(self.managers)}]\n"
            f"path.data: {json.dumps(str(self.root / 'data'))}\npath.logs: {json.dumps(str(self.root / 'logs'))}\n"
            "cluster.routing.allocation.disk.threshold_enabled: false\n"
        )
        (config / "jvm.options.d" / "portal.options").write_text(f"-Xms{_heap()}\n-Xmx{_heap()}\n")
        return config

    def start(self) -> None:
        """Launch the node; ``wait`` for it. Refuses ports that are already taken."""
        for port in (self.http_port, self.transport_port):
            if _port_busy(port):
                raise EngineError(f"port {port} is already in use")
        home = _ensure_home()
        config = self._configure(home)
        self.process = _spawn(home, config, self.root / "tmp", self.root / "node.log")

    def wait(self, nodes: int, timeout: float | None = None) -> None:
        """Until the cluster this node is in has ``nodes`` nodes and is at least yellow."""
        deadline = time.monotonic() + (timeout or _timeout())
        query = f"/_cluster/health?wait_for_nodes={nodes}&wait_for_status=yellow&timeout=1s"
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise EngineError(f"node {self.name} exited; last log lines:\n{self.log_tail()}")
            health = _get_json(self.http_port, query)
            if health.get("number_of_nodes", 0) >= nodes and health.get("status") in ("yellow", "green"):
                return
            time.sleep(0.5)
        raise EngineError(f"cluster of {nodes} nodes not ready after the timeout; {self.name}:\n{self.log_tail()}")

    def stop(self) -> None:
        """Stop the node like an operator would (SIGTERM, SIGKILL after the grace period)."""
        if self.process is not None and self.process.poll() is None:
            _terminate(self.process.pid, forget_dev_node=False)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=5)

    def log_tail(self) -> str:
        try:
            with open(self.root / "node.log", errors="replace") as handle:
                return "".join(deque(handle, maxlen=LOG_TAIL_LINES))
        except OSError:
            return "(no log)"


def status() -> tuple[bool, str]:
    """Return (running, human-readable line) for the CLI and for diagnostics."""
    pid = _running_pid()
    port = _recorded_port()
    if pid is None or port is None:
        return False, f"stopped (OpenSearch {version()}, home {cache_dir()})"
    number = _server_version(port)
    if number is None:
        return (
            False,
            f"stopped: pid {pid} alive but http://{HOST}:{port} does not answer",
        )
    return True, f"running OpenSearch {number} at http://{HOST}:{port} (pid {pid})"


def main(argv: list[str] | None = None) -> int:
    """CLI entry point: ``start|stop|status|url``; returns the process exit code."""
    args = sys.argv[1:] if argv is None else argv
    command = args[0] if args else ""
    try:
        if command == "start":
            print(start())
            return 0
        if command == "stop":
            was_running = _running_pid() is not None
            stop()
            _say("stopped" if was_running else "not running")
            return 0
        if command == "status":
            running, line = status()
            print(line)
            return 0 if running else EXIT_NOT_RUNNING
        if command == "url":
            print(url())
            return 0
    except EngineError as exc:
        print(f"[engine] error: {exc}", file=sys.stderr)
        return 1
    print("usage: python scripts/opensearch.py start|stop|status|url", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
