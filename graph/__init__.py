"""The graph: domain model, RDF building, stores, Neo4j projection and named queries."""
