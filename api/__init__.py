"""The HTTP API: `create_app()` in api/app.py, thin routers over graph.repository."""
