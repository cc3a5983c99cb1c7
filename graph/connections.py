"""Shortest paths between two councils, or a council and a person, through relationships.

The graph is small (a few thousand edges: the register's tier and combined-authority links plus
every extracted fact), so it is searched in Python over the RelationshipIndex rather than with
SPARQL property paths, which cannot carry each hop's evidence or apply the as_of rule. Edges are
expanded lazily, only for nodes the search reaches. One breadth-first search from each end,
bounded by max_hops, gives every node's distance to both ends; a node is on a shortest path
exactly when the two distances add up to the path length, and a depth-first walk over those
nodes in id order yields the paths in the order Connection promises, stopping at MAX_PATHS.
"""

from __future__ import annotations

from collections import defaultdict, deque
from datetime import date

from councilgraph.errors import NotFound
from graph.relationship_index import RelationshipIndex, relationship_key
from graph.relationship_records import (
    MAX_PATHS,
    Connection,
    ConnectionQuery,
    Hop,
    Node,
    Relationship,
)

# a reorganisation replaces a council; it does not connect two living ones
_NOT_EDGES = frozenset({"predecessor", "successor"})


class _Neighbourhood:
    """Each node's neighbours and the relationships linking them, on one as_of day."""

    def __init__(self, index: RelationshipIndex, as_of: date | None) -> None:
        self.index = index
        self.as_of = as_of
        self._cache: dict[Node, dict[Node, list[Relationship]]] = {}

    def node(self, identifier: str) -> Node:
        snapshot = self.index.snapshot
        code = snapshot.resolve(identifier)
        if code is not None:
            return Node("council", code, snapshot.councils[code].name)
        person = identifier.strip().lower()
        if person in snapshot.people:
            return self._person(person)
        raise NotFound("council or person", identifier)

    def council(self, code: str) -> Node:
        return Node("council", code, self.index.snapshot.councils[code].name)

    def _person(self, person: str) -> Node:
        return Node("person", person, self.index.person_ref(person).name)

    def of(self, node: Node) -> dict[Node, list[Relationship]]:
        if node not in self._cache:
            expand = self._of_council if node.type == "council" else self._of_person
            self._cache[node] = expand(node.id)
        return self._cache[node]

    def _of_council(self, code: str) -> dict[Node, list[Relationship]]:
        found: dict[Node, list[Relationship]] = defaultdict(list)
        for relationship in self.index.relationships_of(code, self.as_of):
            if relationship.kind in _NOT_EDGES:
                continue
            for other in relationship.councils:
                found[self.council(other.id)].append(relationship)
        for person in sorted(self.index.people_at[code]):
            posts = [
                post
                for post in self.index.posts_of(person, self.as_of)
                if any(c.id == code for c in post.councils)
            ]
            if posts:  # the person's own posts, as the person-to-council hop shows them
                found[self._person(person)] += posts
        return found

    def _of_person(self, person: str) -> dict[Node, list[Relationship]]:
        found: dict[Node, list[Relationship]] = defaultdict(list)
        for post in self.index.posts_of(person, self.as_of):
            for council in post.councils:
                found[self.council(council.id)].append(post)
        return found

    def distances(self, start: Node, limit: int) -> dict[Node, int]:
        """Hops from `start` to every node within `limit` hops."""
        seen = {start: 0}
        queue = deque([start])
        while queue:
            node = queue.popleft()
            if seen[node] == limit:
                continue
            for neighbour in self.of(node):
                if neighbour not in seen:
                    seen[neighbour] = seen[node] + 1
                    queue.append(neighbour)
        return seen


def find_connections(index: RelationshipIndex, query: ConnectionQuery) -> tuple[Connection, ...]:
    graph = _Neighbourhood(index, query.as_of)
    source, target = graph.node(query.source), graph.node(query.target)
    if source == target:
        return (Connection(()),)
    from_source = graph.distances(source, query.max_hops)
    if target not in from_source:
        return ()
    length = from_source[target]
    to_target = graph.distances(target, length)
    paths: list[list[Node]] = []
    _walk(graph, [source], length, from_source, to_target, paths)
    return tuple(_connection(graph, path) for path in paths)


def _walk(
    graph: _Neighbourhood,
    path: list[Node],
    length: int,
    from_source: dict[Node, int],
    to_target: dict[Node, int],
    paths: list[list[Node]],
) -> None:
    """Depth-first over nodes on a shortest path, in id order, until MAX_PATHS are found."""
    step = len(path)
    if step > length:
        paths.append(list(path))
        return
    for neighbour in sorted(graph.of(path[-1]), key=lambda n: n.id):
        on_path = from_source.get(neighbour) == step and to_target.get(neighbour) == length - step
        if on_path and len(paths) < MAX_PATHS:
            path.append(neighbour)
            _walk(graph, path, length, from_source, to_target, paths)
            path.pop()


def _connection(graph: _Neighbourhood, path: list[Node]) -> Connection:
    hops = []
    for source, target in zip(path, path[1:], strict=False):
        links = graph.of(source)[target]
        hops.append(Hop(source, target, tuple(sorted(links, key=relationship_key))))
    return Connection(tuple(hops))
