"""The project's typed errors. `graph/` and `loaders/` raise these; `api/errors.py` maps them
to HTTP problems, and the CLI prints them."""


class CouncilGraphError(Exception):
    """Root of every error the project raises on purpose."""


class ConfigError(CouncilGraphError):
    """A setting is missing or unsafe."""


class RegisterError(CouncilGraphError):
    """The council register cannot be found or read."""


class DocumentError(CouncilGraphError):
    """A source document cannot be read: empty, binary, undecodable, too large."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        # rebuilt from its fields when a build worker hands it back through a pipe
        return type(self), (self.name, self.reason)


class UnsupportedFormat(DocumentError):
    """No reader is registered for the document's format."""


class DocumentTooLarge(DocumentError):
    """The document is over the configured size limit."""


class EmptyDocument(DocumentError):
    """The document holds no text (no bytes, only whitespace, or only boilerplate)."""


class BinaryDocument(DocumentError):
    """The bytes are not text in any encoding (NUL bytes, control characters)."""


class UndecodableDocument(DocumentError):
    """The bytes look like text but no character encoding decodes them."""


class NoTextLayer(DocumentError):
    """A PDF whose pages hold no extractable text (scanned images); it needs OCR."""


class NotFound(CouncilGraphError):
    """An identifier names nothing in the graph."""

    def __init__(self, kind: str, identifier: str) -> None:
        super().__init__(f"no {kind} with id {identifier!r}")
        self.kind = kind
        self.identifier = identifier


class InvalidQuery(CouncilGraphError):
    """A query (SPARQL or parameter) is malformed or not allowed."""


class InvalidParameter(InvalidQuery):
    """One named parameter of a query has a value that cannot be used."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class UpdateRejected(InvalidQuery):
    """A SPARQL update (INSERT, DELETE, LOAD...) sent to the read-only query endpoint."""


class QueryTimeout(CouncilGraphError):
    """A query ran past its time limit."""


class NotAcceptable(CouncilGraphError):
    """None of the media types a client accepts can represent the answer."""


class Unauthorized(CouncilGraphError):
    """A write came without an API key, or with one the server does not hold."""


class WritesDisabled(CouncilGraphError):
    """The server was started without COUNCILGRAPH_WRITE_ENABLED, so it takes no documents."""


class StoreError(CouncilGraphError):
    """The embedded store is missing, locked or corrupt."""


class ShapeViolation(CouncilGraphError):
    """A graph breaks the SHACL shapes in ontology/shapes.ttl."""


class BackendUnavailable(CouncilGraphError):
    """The graph backend (Neo4j) cannot be reached."""


class Neo4jServerError(BackendUnavailable):
    """The local Neo4j server cannot be fetched, started or stopped."""
