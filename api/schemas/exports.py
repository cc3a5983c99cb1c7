"""OpenAPI descriptions of /v1/export/...: media types and a short example of each file."""

from __future__ import annotations

from api.schemas.problems import Problem

_CSV = (
    "source_id,source_name,target_id,target_name,kind,status,start,end,partnership_id,"
    "partnership_name,role,person_name,evidence_documents,evidence_urls,evidence_quote\r\n"
    "BAB,Babergh District Council,MSU,Mid Suffolk District Council,shared_post,agreed,"
    "2020-07-01,,,,chief_executive,Pat Example,5f0c6d3a1e2b4c7d8e9f,"
    "https://example.org/agreement,The two councils will share one chief executive.\r\n"
)
_GRAPHML = """<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="n_type" for="node" attr.name="type" attr.type="string"/>
  <key id="e_kind" for="edge" attr.name="kind" attr.type="string"/>
  <graph id="councilgraph" edgedefault="undirected">
    <node id="council/BAB"><data key="n_type">council</data></node>
    <node id="council/SFK"><data key="n_type">council</data></node>
    <edge id="e0" source="council/BAB" target="council/SFK"><data key="e_kind">county</data></edge>
  </graph>
</graphml>
"""
_GEXF = """<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
  <graph defaultedgetype="undirected" mode="static">
    <nodes><node id="council/BAB" label="Babergh District Council"/></nodes>
    <edges/>
  </graph>
</gexf>
"""
_MEDIA = {
    "csv": ("text/csv", _CSV),
    "graphml": ("application/graphml+xml", _GRAPHML),
    "gexf": ("application/gexf+xml", _GEXF),
}
_INVALID = {"model": Problem, "description": "A parameter is invalid; `errors` names it."}


def network_responses(kind: str) -> dict[int | str, dict[str, object]]:
    media_type, example = _MEDIA[kind]
    content = {media_type: {"schema": {"type": "string"}, "example": example}}
    return {200: {"description": f"A {kind} file.", "content": content}, 422: _INVALID}


RDF_RESPONSES: dict[int | str, dict[str, object]] = {
    200: {
        "description": "The whole store, streamed.",
        "content": {
            "text/turtle": {
                "schema": {"type": "string"},
                "example": "<https://w3id.org/councilgraph/id/council/BAB> "
                '<http://www.w3.org/2004/02/skos/core#prefLabel> "Babergh District Council" .\n',
            },
            "application/n-quads": {"schema": {"type": "string"}},
            "application/ld+json": {"schema": {}},
        },
    },
    422: _INVALID,
    503: {"model": Problem, "description": "The graph store cannot be read."},
}
