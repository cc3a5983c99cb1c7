"""The generated vocabulary must match the ontology it was generated from."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "generate_vocab.py"
ONTOLOGY = REPO / "ontology" / "councilgraph.ttl"

EXTRA_CLASS = """
<https://w3id.org/councilgraph/def#ParishCouncil> a <http://www.w3.org/2002/07/owl#Class> ;
    <http://www.w3.org/2000/01/rdf-schema#label> "parish council"@en ;
    <http://www.w3.org/2000/01/rdf-schema#comment> "A town or parish council."@en .
"""


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args], capture_output=True, text=True, check=False
    )


def test_committed_vocabulary_is_up_to_date() -> None:
    result = run("--check")
    assert result.returncode == 0, result.stderr


def test_check_fails_when_the_ontology_gains_a_term(tmp_path: Path) -> None:
    changed = tmp_path / "councilgraph.ttl"
    changed.write_text(ONTOLOGY.read_text(encoding="utf-8") + EXTRA_CLASS, encoding="utf-8")
    result = run("--check", "--ontology", str(changed))
    assert result.returncode == 1
    assert "stale" in result.stderr and "make vocab" in result.stderr


def test_regenerated_module_declares_the_new_term(tmp_path: Path) -> None:
    changed = tmp_path / "councilgraph.ttl"
    changed.write_text(ONTOLOGY.read_text(encoding="utf-8") + EXTRA_CLASS, encoding="utf-8")
    target = tmp_path / "vocab.py"
    assert run("--ontology", str(changed), "--target", str(target)).returncode == 0
    assert "    ParishCouncil: URIRef  # parish council\n" in target.read_text(encoding="utf-8")


def test_neo4j_names_must_be_safe_to_paste_into_cypher(tmp_path: Path) -> None:
    changed = tmp_path / "councilgraph.ttl"
    text = ONTOLOGY.read_text(encoding="utf-8")
    changed.write_text(text.replace('"IN_COUNTY"', '"IN_COUNTY]->(x) DETACH DELETE x //"'))
    result = run("--check", "--ontology", str(changed))
    assert result.returncode != 0
    assert "neo4jType" in result.stderr
