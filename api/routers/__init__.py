"""Thin routers: parse the request, ask the repository, shape the response."""
