"""Loaders: document readers, the council register reader and relation extraction."""
