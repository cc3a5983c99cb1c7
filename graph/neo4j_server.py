"""A local Neo4j community server run from Maven Central jars, for machines without Docker.

Lifecycle only, no graph logic: fetch the jars once (neo4j_jars), write a `neo4j.conf` into a
run directory (neo4j_conf), start `org.neo4j.server.CommunityEntryPoint` in the background,
wait until Bolt answers, and stop it. The run directory holds `conf/`, `data/`,
`logs/` and `server.json` (the pid file, with the URIs the server listens on).
"""

import json
import os
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from neo4j import GraphDatabase
from neo4j.exceptions import AuthError, DriverError, Neo4jError

from councilgraph.errors import Neo4jServerError
from graph.neo4j_conf import LOOPBACK, ServerSpec, java_command, write_conf
from graph.neo4j_jars import fetch_jars

ADMIN_TOOL = "org.neo4j.cli.AdminTool"
STATE_FILE = "server.json"
# Processes started by this Python process, kept so stop() can reap them (no zombies).
_launched: dict[int, subprocess.Popen[bytes]] = {}


@dataclass(frozen=True)
class RunningServer:
    pid: int
    version: str
    bolt_uri: str
    http_uri: str | None = None
    auth: bool = False

    @property
    def browser_url(self) -> str | None:
        """The Neo4j Browser, told which server to connect to (and how), when HTTP is on."""
        if self.http_uri is None:
            return None
        method = "" if self.auth else "&preselectAuthMethod=NO_AUTH"
        return f"{self.http_uri}/browser/?connectURL={self.bolt_uri}{method}"


def start(spec: ServerSpec, timeout_s: float = 120.0) -> RunningServer:
    """Start the server in the background and wait for Bolt; a running one is returned as is."""
    running = status(spec.run_dir)
    if running is not None:
        return running
    spec = _with_ports(spec)
    java = _java()
    fetch_jars(spec.cache, spec.version)
    write_conf(spec)
    if spec.password:
        _set_initial_password(spec, java)
    server = _launch(spec, java)
    try:
        _wait_for_bolt(spec, server, timeout_s)
    except Neo4jServerError:
        stop(spec.run_dir)
        raise
    return server


def stop(run_dir: Path, timeout_s: float = 60.0) -> bool:
    """Stop the server (SIGTERM, then SIGKILL after the timeout); False if none was running."""
    running = status(run_dir)
    (run_dir / STATE_FILE).unlink(missing_ok=True)
    if running is None:
        return False
    try:
        os.kill(running.pid, signal.SIGTERM)
        if not _wait_for_exit(running.pid, run_dir, timeout_s):
            os.kill(running.pid, signal.SIGKILL)
            _wait_for_exit(running.pid, run_dir, 10.0)
    except ProcessLookupError:  # it exited on its own meanwhile
        _launched.pop(running.pid, None)
    return True


def status(run_dir: Path) -> RunningServer | None:
    """The server running from this run directory, or None."""
    state = run_dir / STATE_FILE
    if not state.is_file():
        return None
    server = RunningServer(**json.loads(state.read_text()))
    return server if _is_server(server.pid, run_dir.resolve()) else None


def bolt_answers(uri: str, auth: tuple[str, str] | None = None, timeout_s: float = 2.0) -> bool:
    """Whether the default database answers a query. Bolt accepts connections some seconds
    before the database is available, and a client started then would be refused."""
    try:
        with GraphDatabase.driver(uri, auth=auth, connection_timeout=timeout_s) as driver:
            with driver.session() as session:  # auto-commit: not retried, so not logged
                session.run("RETURN 1").consume()
    except AuthError:
        raise
    except (DriverError, Neo4jError, OSError):
        return False
    return True


def log_tail(run_dir: Path, lines: int = 20) -> str:
    """The last lines of the JVM console and of neo4j.log, for error messages."""
    parts = []
    for name in ("console.log", "neo4j.log"):
        path = run_dir / "logs" / name
        if path.is_file():
            parts.append(f"--- {path} ---\n{_tail(path.read_text(errors='replace'), lines)}")
    return "\n".join(parts) or f"(no logs in {run_dir / 'logs'})"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((LOOPBACK, 0))
        return int(sock.getsockname()[1])


def _port_taken(port: int) -> bool:
    with socket.socket() as sock:
        # As Neo4j binds: connections of a server just stopped linger in TIME_WAIT or
        # FIN_WAIT_2 on its port, and must not stop a restart on the same port.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((LOOPBACK, port))
        except OSError:
            return True
    return False


def _with_ports(spec: ServerSpec) -> ServerSpec:
    bolt = spec.bolt_port or free_port()
    http = None if spec.http_port is None else (spec.http_port or free_port())
    for port in (bolt, http):
        if port is not None and _port_taken(port):
            raise Neo4jServerError(f"port {port} on {LOOPBACK} is already in use")
    return replace(spec, bolt_port=bolt, http_port=http)


def _java() -> str:
    java_home = os.environ.get("JAVA_HOME")
    java = str(Path(java_home) / "bin" / "java") if java_home else shutil.which("java")
    if java is None or not Path(java).is_file():
        raise Neo4jServerError("Java 17 or 21 is needed to run Neo4j; install a JDK")
    return java


def _set_initial_password(spec: ServerSpec, java: str) -> None:
    # Neo4j only honours an initial password before the first start creates the databases.
    if (spec.home / "data" / "databases").exists():
        return
    if len(spec.password) < 8:
        raise Neo4jServerError("COUNCILGRAPH_NEO4J_PASSWORD must be at least 8 characters")
    env = {**os.environ, "NEO4J_HOME": str(spec.home), "NEO4J_CONF": str(spec.home / "conf")}
    command = [java, "-cp", f"{spec.lib_dir}/*", ADMIN_TOOL, "dbms", "set-initial-password"]
    done = subprocess.run(
        [*command, spec.password], env=env, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise Neo4jServerError(f"setting the Neo4j password failed:\n{_tail(done.stdout)}")


def _launch(spec: ServerSpec, java: str) -> RunningServer:
    home = spec.home
    command = java_command(spec, java)
    with (home / "logs" / "console.log").open("ab") as console:
        # A session of its own, so the server outlives the shell or CLI that started it.
        process = subprocess.Popen(
            command, cwd=home, stdout=console, stderr=subprocess.STDOUT, start_new_session=True
        )
    _launched[process.pid] = process
    http_uri = None if spec.http_port is None else f"http://{LOOPBACK}:{spec.http_port}"
    bolt_uri = f"bolt://{LOOPBACK}:{spec.bolt_port}"
    server = RunningServer(process.pid, spec.version, bolt_uri, http_uri, bool(spec.password))
    (home / STATE_FILE).write_text(json.dumps(asdict(server)))
    return server


def _wait_for_bolt(spec: ServerSpec, server: RunningServer, timeout_s: float) -> None:
    auth = (spec.user, spec.password) if spec.password else None
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if not _is_server(server.pid, spec.home):
            raise Neo4jServerError(f"Neo4j exited while starting.\n{log_tail(spec.home)}")
        try:
            if bolt_answers(server.bolt_uri, auth):
                return
        except AuthError as e:
            raise Neo4jServerError(
                f"Neo4j rejected the password: {spec.home / 'data'} was made with another one"
            ) from e
        time.sleep(0.5)
    raise Neo4jServerError(
        f"Bolt did not answer on {server.bolt_uri} within {timeout_s:.0f}s.\n{log_tail(spec.home)}"
    )


def _is_server(pid: int, home: Path) -> bool:
    """Whether pid is alive and is the Neo4j of this run directory (pids get reused)."""
    process = _launched.get(pid)
    if process is not None:
        return process.poll() is None
    try:
        os.kill(pid, 0)
    except (ProcessLookupError, PermissionError):
        return False
    cmdline = Path(f"/proc/{pid}/cmdline")
    if not cmdline.is_file():  # no /proc (macOS): trust the pid file
        return True
    return f"--home-dir={home}" in cmdline.read_bytes().decode(errors="replace").split("\0")


def _wait_for_exit(pid: int, run_dir: Path, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if not _is_server(pid, run_dir.resolve()):
            _launched.pop(pid, None)
            return True
        time.sleep(0.2)
    return False


def _tail(text: str, lines: int = 20) -> str:
    return "\n".join(text.rstrip().splitlines()[-lines:])
