#!/usr/bin/env python3
"""Derives contract/wise-cards.openapi.json from Wise's published OpenAPI extract.

Not part of the build (the build never reads the reference): run it by hand when Wise's extract
changes, review the diff, commit. Usage: python3 contract/derive.py PATH/TO/wise-cards-openapi.json

Keeps structure and facts (paths, operations, parameters, headers, formats, schemas, enums,
examples' values, servers' URLs, security requirements); drops Wise's prose (description, summary,
title, tags). OpenAPI requires a description on each response: it becomes the empty string.
"""
import json
import sys

PROSE = {"description", "summary", "title", "tags", "x-tags"}


def strip(node, parent_key=None):
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            # "properties" maps field names to schemas: a field may be called "description".
            if parent_key != "properties" and key in PROSE:
                continue
            out[key] = strip(value, key)
        return out
    if isinstance(node, list):
        return [strip(v, parent_key) for v in node]
    return node


def responses_need_description(doc):
    for path in doc["paths"].values():
        for op in path.values():
            if isinstance(op, dict) and "responses" in op:
                for response in op["responses"].values():
                    if "$ref" not in response:
                        response["description"] = ""
    for response in doc["components"].get("responses", {}).values():
        response["description"] = ""


# Where the extract's schema contradicts its own documentation, the contract follows the
# documentation and says so in an "x-deviation" member next to the changed schema.
DEVIATIONS = [
    (
        ["components", "schemas", "CardOrder", "properties", "deliveryDetails"],
        {"type": ["object", "null"]},
        "Wise's schema says object, its description says the value is null for virtual cards",
    ),
]


def apply_deviations(doc):
    for path, changes, reason in DEVIATIONS:
        node = doc
        for key in path:
            node = node[key]
        node.update(changes)
        node["x-deviation"] = reason


def main(source):
    with open(source, encoding="utf-8") as f:
        doc = strip(json.load(f))
    responses_need_description(doc)
    apply_deviations(doc)
    doc["info"] = {
        "title": "Wise card APIs called by the SDK (derived from Wise's published OpenAPI description)",
        "version": doc["info"]["version"],
    }
    with open("contract/wise-cards.openapi.json", "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
