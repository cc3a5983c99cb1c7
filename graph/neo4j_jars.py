"""The Neo4j server jars: fetched once from Maven Central with `mvn`, cached outside git.

`scripts/neo4j/pom.xml` lists the artefacts; the cache is `<cache>/neo4j-<version>/lib`, and
its mark file holds the version and a hash of the pom, so an edited pom fetches again.
"""

import hashlib
import shutil
import subprocess
from pathlib import Path

from councilgraph.errors import Neo4jServerError
from councilgraph.settings import REPO_ROOT

POM = REPO_ROOT / "scripts" / "neo4j" / "pom.xml"
FETCHED_MARK = ".fetched"


def lib_dir(cache: Path, version: str) -> Path:
    return cache / f"neo4j-{version}" / "lib"


def cache_key(version: str) -> str:
    """What the mark of a complete cache holds."""
    if not POM.is_file():
        raise Neo4jServerError(f"{POM} is missing: run from a councilgraph checkout")
    return f"{version} {hashlib.sha256(POM.read_bytes()).hexdigest()}\n"


def jars_cached(cache: Path, version: str) -> bool:
    mark = lib_dir(cache, version) / FETCHED_MARK
    return mark.is_file() and mark.read_text() == cache_key(version)


def fetch_jars(cache: Path, version: str) -> Path:
    """Copy the server jars from Maven Central into the cache, once; return the lib folder."""
    lib = lib_dir(cache, version)
    if jars_cached(cache, version):
        return lib
    mvn = shutil.which("mvn")
    if mvn is None:
        raise Neo4jServerError("Maven (mvn) is needed once to fetch the Neo4j jars; install it")
    # Copy into a side folder first so an interrupted download is never taken for a cache.
    partial = lib.with_name("lib.partial")
    shutil.rmtree(partial, ignore_errors=True)
    command = [mvn, "-q", "-B", "-f", str(POM), "dependency:copy-dependencies"]
    command += [f"-DoutputDirectory={partial}", f"-Dneo4j.version={version}"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        output = "\n".join((done.stdout + done.stderr).rstrip().splitlines()[-20:])
        raise Neo4jServerError(f"fetching Neo4j {version} failed: {' '.join(command)}\n{output}")
    (partial / FETCHED_MARK).write_text(cache_key(version))
    shutil.rmtree(lib, ignore_errors=True)
    partial.rename(lib)
    return lib
