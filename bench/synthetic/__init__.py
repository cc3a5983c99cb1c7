"""Synthetic England-scale corpus with known ground truth, for benchmarks and as an extraction
regression check.

`python -m bench.synthetic --docs 1000 --seed 1 --out DIR` draws a world of relationships from
the real register (shared chief executives, alliances, shared services, joint committees,
combined authorities, programmes, networks, post holders), then writes council minutes,
committee reports, newspaper stories and council news releases about it: `<stem>.txt` (with
the corpus's `SOURCE:`/`DATE:` header), `<stem>.gold.json` in the corpus gold format, and
`index.jsonl` (one line per document: form, date, publisher, size, distractors).

The same seed gives the same files; document i does not depend on how many are generated.
Score an extractor's output with `python3 ../shared/corpus/score.py DIR OUT_DIR`.
"""
