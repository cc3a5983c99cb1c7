"""Opening a Neo4j driver from the settings, and turning driver failures into project errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from neo4j import Driver, GraphDatabase, NotificationMinimumSeverity
from neo4j.exceptions import DriverError, Neo4jError

from councilgraph.errors import BackendUnavailable
from councilgraph.settings import Settings


def open_driver(settings: Settings) -> Driver:
    """A driver for `settings.neo4j_uri`, checked with one round trip. A query against an
    unreachable server fails within `neo4j_timeout_s` instead of the driver's default 30 s
    of retries: retries stop starting after a third of it, and the back-off between them
    (1 s, then doubling) means the last one can begin up to twice that late; a connection
    attempt gets a third too, so even a server that never answers a connect (two attempts
    and a 1 s back-off) stays within the timeout and a second."""
    password = settings.neo4j_password.get_secret_value()
    auth = (settings.neo4j_user, password) if password else None
    timeout = settings.neo4j_timeout_s
    with translated(settings.neo4j_uri):
        driver = GraphDatabase.driver(
            settings.neo4j_uri,
            auth=auth,
            connection_timeout=timeout / 3,
            connection_acquisition_timeout=timeout,
            max_transaction_retry_time=timeout / 3,
            # properties a graph lacks (no PDF pages yet) are normal here, not warnings
            notifications_min_severity=NotificationMinimumSeverity.OFF,
        )
        try:
            driver.verify_connectivity()
        except BaseException:
            driver.close()
            raise
    return driver


@contextmanager
def translated(uri: str) -> Iterator[None]:
    """Re-raise the driver's errors (server down, refused login, failed transaction) as
    BackendUnavailable, which the API answers with a 503."""
    try:
        yield
    except (DriverError, Neo4jError, OSError) as e:
        raise BackendUnavailable(f"Neo4j at {uri} cannot answer: {e}") from e
