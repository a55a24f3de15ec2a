#!/usr/bin/env python3
"""Converts twitter-text's extract.yml (Apache-2.0, see LICENSE and SOURCE.txt) into
extract.json for test_tokenize.c, which reads JSON with Jansson rather than YAML.
Run: python3 convert.py  (needs Debian's python3-yaml)."""
import json, yaml
with open("extract.yml", encoding="utf-8") as f:
    tests = yaml.safe_load(f)["tests"]
with open("extract.json", "w", encoding="utf-8") as f:
    json.dump(tests, f, ensure_ascii=False, indent=1)
