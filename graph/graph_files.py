"""Writing exported edges and networks as CSV, GraphML and GEXF (for Gephi), line by line.

Each writer is a generator of text, so the API can stream a file of any size. Attribute values
are strings (empty when unknown); evidence is summarised per edge as the ids of the documents
and their URLs, `;`-separated, and the first quote.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from xml.sax.saxutils import escape, quoteattr

from graph.exports import Edge, Network

CSV_COLUMNS = (
    "source_id",
    "source_name",
    "target_id",
    "target_name",
    "kind",
    "status",
    "start",
    "end",
    "partnership_id",
    "partnership_name",
    "role",
    "person_name",
    "evidence_documents",
    "evidence_urls",
    "evidence_quote",
)
GEXF_NAMESPACE = "http://www.gexf.net/1.2draft"
GRAPHML_NAMESPACE = "http://graphml.graphdrawing.org/xmlns"


def edge_attributes(edge: Edge) -> dict[str, str]:
    """What an edge says, as strings: kind, status, dates, detail and evidence."""
    documents = dict.fromkeys(item.document.id for item in edge.evidence)
    urls = dict.fromkeys(item.document.url for item in edge.evidence if item.document.url)
    quote = next((item.quote for item in edge.evidence if item.quote), "")
    return {
        "kind": edge.kind,
        "status": edge.status,
        "start": edge.start.isoformat() if edge.start else "",
        "end": edge.end.isoformat() if edge.end else "",
        **edge.detail,
        "evidence_documents": ";".join(documents),
        "evidence_urls": ";".join(u for u in urls if u),
        "evidence_quote": quote,
    }


def _csv_line(values: Iterable[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerow(list(values))
    return buffer.getvalue()


def edges_csv(edges: Iterable[Edge]) -> Iterator[str]:
    yield _csv_line(CSV_COLUMNS)
    for edge in edges:
        values = {"source_id": edge.source, "target_id": edge.target, **edge_attributes(edge)}
        yield _csv_line(values.get(column, "") for column in CSV_COLUMNS)


def _keys(network: Network) -> tuple[list[str], list[str]]:
    node_keys = dict.fromkeys(["type", "label"])
    for node in network.nodes:
        node_keys.update(dict.fromkeys(node.detail))
    edge_keys: dict[str, None] = {}
    for edge in network.edges:
        edge_keys.update(dict.fromkeys(edge_attributes(edge)))
    return list(node_keys), list(edge_keys)


def graphml(network: Network) -> Iterator[str]:
    node_keys, edge_keys = _keys(network)
    yield f'<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="{GRAPHML_NAMESPACE}">\n'
    for scope, keys in (("node", node_keys), ("edge", edge_keys)):
        for key in keys:
            name = _attr(key)
            yield f'  <key id={_attr(scope[0] + "_" + key)} for="{scope}" '
            yield f'attr.name={name} attr.type="string"/>\n'
    yield '  <graph id="councilgraph" edgedefault="undirected">\n'
    for node in network.nodes:
        values = {"type": node.type, "label": node.label, **node.detail}
        yield f"    <node id={_attr(node.id)}>{_graphml_data('n', values)}</node>\n"
    for number, edge in enumerate(network.edges):
        ends = f'id="e{number}" source={_attr(edge.source)} target={_attr(edge.target)}'
        yield f"    <edge {ends}>{_graphml_data('e', edge_attributes(edge))}</edge>\n"
    yield "  </graph>\n</graphml>\n"


def _graphml_data(prefix: str, values: dict[str, str]) -> str:
    return "".join(
        f"<data key={_attr(prefix + '_' + key)}>{_text(value)}</data>"
        for key, value in values.items()
        if value
    )


def gexf(network: Network) -> Iterator[str]:
    node_keys, edge_keys = _keys(network)
    node_keys.remove("label")  # GEXF gives nodes a label of their own
    yield f'<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="{GEXF_NAMESPACE}" '
    yield 'version="1.2">\n  <graph defaultedgetype="undirected" mode="static">\n'
    for scope, keys in (("node", node_keys), ("edge", edge_keys)):
        yield f'    <attributes class="{scope}">\n'
        for number, key in enumerate(keys):
            yield f'      <attribute id="{number}" title={_attr(key)} type="string"/>\n'
        yield "    </attributes>\n"
    yield "    <nodes>\n"
    for node in network.nodes:
        values = _gexf_values(node_keys, {"type": node.type, **node.detail})
        yield f"      <node id={_attr(node.id)} label={_attr(node.label)}>{values}</node>\n"
    yield "    </nodes>\n    <edges>\n"
    for number, edge in enumerate(network.edges):
        values = _gexf_values(edge_keys, edge_attributes(edge))
        ends = f'id="{number}" source={_attr(edge.source)} target={_attr(edge.target)}'
        yield f"      <edge {ends} label={_attr(edge.kind)}>{values}</edge>\n"
    yield "    </edges>\n  </graph>\n</gexf>\n"


def _gexf_values(keys: list[str], values: dict[str, str]) -> str:
    present = [
        f'<attvalue for="{keys.index(k)}" value={_attr(_clean(v))}/>'
        for k, v in values.items()
        if v and k in keys
    ]
    return f"<attvalues>{''.join(present)}</attvalues>" if present else ""


def _clean(value: str) -> str:
    """XML 1.0 cannot hold most control characters, even escaped: drop them."""
    return "".join(c for c in value if c in "\t\n\r" or ord(c) >= 0x20)


def _text(value: str) -> str:
    return escape(_clean(value))


def _attr(value: str) -> str:
    return quoteattr(_clean(value))
