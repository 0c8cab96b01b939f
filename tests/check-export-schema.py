#!/usr/bin/env python3
# check-export-schema.py: docs/export-schema.json is a valid JSON Schema (draft 2020-12),
# every golden bundle and valid-* seed passes it, and the bad-* seeds that the schema
# alone can see (types, dates, versions) fail it (issue 7; docs/export-schema.md).
#
# SPDX-FileCopyrightText: The Opleidingspraktijk authors
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import sys

import jsonschema

schema_path, *bundles = sys.argv[1:]
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)

jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())

print(f"1..{len(bundles)}")
failed = False
for i, path in enumerate(bundles, 1):
    with open(path, encoding="utf-8") as f:
        errors = list(validator.iter_errors(json.load(f)))
    should_fail = "/bad-" in path
    if bool(errors) != should_fail:
        failed = True
        what = errors[0].message if errors else "passes the schema"
        print(f"not ok {i} {path} # {what}")
    else:
        print(f"ok {i} {path}")

sys.exit(1 if failed else 0)
