"""Relation extraction rules, one module per family (partnerships, shared posts, people), all
reading the same `DocContext` and returning facts that carry their evidence."""
