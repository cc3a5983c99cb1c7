"""councilgraph: English local government relationships as a knowledge graph."""

__version__ = "0.1.0"
