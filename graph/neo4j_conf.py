"""What the local Neo4j is told: the spec of a server, its `neo4j.conf`, its JVM command line.

Every connector binds to loopback; that is what makes running without auth acceptable.
"""

from dataclasses import dataclass
from pathlib import Path

from councilgraph.settings import Settings
from graph import neo4j_jars

LOOPBACK = "127.0.0.1"
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
# The options Neo4j's own launcher passes; without the add-opens the page cache runs slower.
JVM_OPTIONS = (
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+ExitOnOutOfMemoryError",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
)


@dataclass(frozen=True)
class ServerSpec:
    """What to run: which Neo4j, from which jar cache, in which run directory, on which ports."""

    version: str
    cache: Path
    run_dir: Path
    bolt_port: int = 0  # 0 picks a free port at start
    http_port: int | None = None  # None keeps HTTP (and the Neo4j Browser) off
    heap: str = "512m"
    pagecache: str = "128m"
    user: str = "neo4j"
    password: str = ""  # empty turns auth off

    @classmethod
    def from_settings(cls, settings: Settings) -> "ServerSpec":
        return cls(
            version=settings.neo4j_version,
            cache=settings.neo4j_cache,
            run_dir=settings.neo4j_run_dir,
            heap=settings.neo4j_heap,
            pagecache=settings.neo4j_pagecache,
            user=settings.neo4j_user,
            password=settings.neo4j_password.get_secret_value(),
        )

    @property
    def lib_dir(self) -> Path:
        return neo4j_jars.lib_dir(self.cache, self.version)

    @property
    def home(self) -> Path:
        return self.run_dir.resolve()


def conf_settings(spec: ServerSpec) -> dict[str, str]:
    """neo4j.conf as a dict, for a spec whose ports are chosen."""
    home, bolt, http = spec.home, spec.bolt_port, spec.http_port
    settings = {
        "server.directories.lib": str(spec.lib_dir),
        **{f"server.directories.{d}": str(home / d) for d in ("data", "logs", "run", "plugins")},
        "server.directories.import": str(home / "import"),
        "server.default_listen_address": LOOPBACK,
        "server.default_advertised_address": LOOPBACK,
        "server.bolt.enabled": "true",
        "server.bolt.listen_address": f"{LOOPBACK}:{bolt}",
        "server.bolt.advertised_address": f"{LOOPBACK}:{bolt}",
        "server.http.enabled": str(http is not None).lower(),
        "server.https.enabled": "false",
        "dbms.security.auth_enabled": str(bool(spec.password)).lower(),
        "dbms.usage_report.enabled": "false",
        "server.memory.heap.initial_size": spec.heap,
        "server.memory.heap.max_size": spec.heap,
        "server.memory.pagecache.size": spec.pagecache,
        # Bolt's two event loops each wait a 5 s quiet period at shutdown; 1 s suits a local server.
        "internal.dbms.bolt.netty_server_shutdown_quiet_period": "1",  # seconds
    }
    if http is not None:
        settings["server.http.listen_address"] = f"{LOOPBACK}:{http}"
        settings["server.http.advertised_address"] = f"{LOOPBACK}:{http}"
        settings["client.allow_telemetry"] = "false"  # the Browser would otherwise report usage
    return settings


def write_conf(spec: ServerSpec) -> None:
    conf = spec.home / "conf"
    conf.mkdir(parents=True, exist_ok=True)
    (spec.home / "logs").mkdir(exist_ok=True)
    lines = [f"{key}={value}" for key, value in conf_settings(spec).items()]
    header = "# Written by `councilgraph neo4j start`, again at every start.\n"
    (conf / "neo4j.conf").write_text(header + "\n".join(lines) + "\n")


def java_command(spec: ServerSpec, java: str) -> list[str]:
    # Neo4j's launcher script turns the heap settings into -Xms/-Xmx; we launch java directly.
    return [
        java,
        f"-Xms{spec.heap}",
        f"-Xmx{spec.heap}",
        *JVM_OPTIONS,
        "-cp",
        f"{spec.lib_dir}/*",
        ENTRY_POINT,
        f"--home-dir={spec.home}",
        f"--config-dir={spec.home / 'conf'}",
    ]
