"""Shared pytest setup. Fixture groups live in their own modules, loaded here."""

pytest_plugins = ["fixtures_neo4j", "fixtures_store", "fixtures_corpus"]
