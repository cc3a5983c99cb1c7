# The councilgraph API for docker-compose.yml: builds the graph, projects it into Neo4j, serves.
FROM python:3.11-slim

WORKDIR /app
COPY . .
# Editable, so the ontology/, data/ and scripts/ folders stay beside the code that reads them
# and /app/../shared is where the register is mounted.
RUN pip install --no-cache-dir -e .

ENV COUNCILGRAPH_HOST=0.0.0.0
EXPOSE 8000
CMD ["sh", "-c", "councilgraph build && councilgraph sync && exec councilgraph serve --host 0.0.0.0"]
