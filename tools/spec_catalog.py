#!/usr/bin/env python3
#
# Copyright 2026 The camel-huaweiocr maintainers
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     https://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.
#

"""Extracts the 52 OCR operations of the API specification (section 6) into one JSON catalogue.

The emulator loads the catalogue as a resource; the component's operation enum is generated from it by
gen_operation_enum.py. Re-run both when the specification changes:

    python3 tools/spec_catalog.py ../shared/spec/huawei-ocr-api.md > camel-huaweiocr-emulator/src/main/resources/io/github/huaweiocr/emulator/operations.json
"""
import json
import re
import sys

FORMAT_ALIASES = {"JPG": "JPEG", "TIF": "TIFF"}
KNOWN_FORMATS = ["JPEG", "PNG", "BMP", "TIFF", "GIF", "WEBP", "PCX", "ICO", "PSD", "PDF", "OFD"]

OP_HEADER = re.compile(r"^### 6\.(\d+) `([a-z0-9-]+)` — (.*)$")
REQ_ROW = re.compile(r"^\| `([a-z_0-9]+)` \| ([^|]+?) \| ([^|]+?) \| (.*) \|$")
NODE = re.compile(r"^(\s*)- `([A-Za-z_0-9]+)`: (\S+(?: [A-Z][A-Za-z0-9]+)?(?:<[^>]*>+)?)(.*)$")
REF = re.compile(r"^(\s*)- \(fields of `([A-Za-z0-9]+)` as listed above\)")


def parse_type(text):
    """Normalises the spec's type notation into a small JSON-friendly structure."""
    text = text.strip()
    if text.startswith("array<") and text.endswith(">"):
        return {"type": "array", "items": parse_type(text[len("array<"):-1])}
    if text.startswith("map<"):
        return {"type": "map", "values": "number"}
    if text.startswith("object"):
        cls = text[len("object"):].strip()
        return {"type": "object", "class": cls} if cls else {"type": "object"}
    if text in ("string", "integer", "number", "boolean"):
        return {"type": text}
    raise ValueError("unknown type: " + text)


def split_type(rest_of_line):
    """'array<object Foo> [Java List<Foo>] **always** — text' -> (type text, java, always)."""
    head = rest_of_line.split(" — ", 1)[0]
    java = re.search(r"\[Java ([^\]]*)\]", head)
    type_text = re.split(r" \[Java | \*\*always| \(", head, 1)[0]
    return type_text.strip(), java.group(1) if java else None, "**always**" in head


def parse_limits(line):
    out = {"minSide": None, "maxSide": None, "maxMegapixels": None, "formats": [], "imageInput": True}
    if "no image" in line:
        out["imageInput"] = False
        return out
    m = re.search(r"min side (\d+) px, max side (\d+) px", line)
    out["minSide"], out["maxSide"] = int(m.group(1)), int(m.group(2))
    mp = re.search(r"(\d+) megapixels", line)
    if mp:
        out["maxMegapixels"] = int(mp.group(1))
    fm = re.search(r"formats ([A-Za-z/ +]+?)(?:;|\.|$)", line)
    formats = []
    for token in re.split(r"[/ +]+", fm.group(1)):
        token = FORMAT_ALIASES.get(token.upper(), token.upper())
        if token in KNOWN_FORMATS and token not in formats:
            formats.append(token)
    out["formats"] = formats
    out["limitsNote"] = line.split("formats", 1)[1].split(";", 1)[1].strip() if ";" in line.split("formats", 1)[1] else ""
    return out


def parse_result_tree(lines):
    """Turns the indented '- `name`: type' list into nested nodes, resolving 'fields of X' references."""
    classes = {}
    root = None
    stack = []  # (indent, node)
    pending_refs = []
    for line in lines:
        ref = REF.match(line)
        if ref:
            indent = len(ref.group(1))
            while stack and stack[-1][0] >= indent:
                stack.pop()
            pending_refs.append((stack[-1][1], ref.group(2)))
            continue
        m = re.match(r"^(\s*)- `([A-Za-z_0-9]+)`: (.*)$", line)
        if not m:
            continue
        indent, name, rest = len(m.group(1)), m.group(2), m.group(3)
        type_text, java, always = split_type(rest)
        node = {"name": name}
        node.update(parse_type(type_text))
        if java:
            node["java"] = java
        if always:
            node["always"] = True
        while stack and stack[-1][0] >= indent:
            stack.pop()
        if stack:
            parent = stack[-1][1]
            target = parent["items"] if parent["type"] == "array" else parent
            target.setdefault("fields", []).append(node)
        else:
            root = node
        cls = node.get("class") or node.get("items", {}).get("class")
        if cls:
            classes.setdefault(cls, node["items"] if node["type"] == "array" else node)
        stack.append((indent, node))
    for parent, cls in pending_refs:
        target = parent["items"] if parent["type"] == "array" else parent
        target["fields"] = classes[cls].get("fields", [])
    return root


def camel(segment):
    parts = segment.split("-")
    return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])


def main(path):
    text = open(path, encoding="utf-8").read().split("\n")
    ops = []
    i = 0
    while i < len(text):
        h = OP_HEADER.match(text[i])
        if not h:
            i += 1
            continue
        j = i + 1
        while j < len(text) and not text[j].startswith("### ") and not text[j].startswith("## "):
            j += 1
        section = text[i:j]
        op = {"index": int(h.group(1)), "segment": h.group(2), "name": camel(h.group(2)), "title": h.group(3)}
        for line in section:
            if line.startswith("- `POST"):
                op["sdkMethod"] = re.search(r"OcrClient\.(\w+)\(", line).group(1)
            if line.startswith("- Input limits:"):
                op.update(parse_limits(line))
        params = []
        for line in section:
            r = REQ_ROW.match(line)
            if r and r.group(1) not in ("field",):
                params.append({"name": r.group(1), "type": parse_type(r.group(2)),
                               "required": r.group(3).strip(), "meaning": r.group(4).strip()})
        op["imageField"] = next((p["name"] for p in params if p["required"] == "one-of" and p["name"] != "url"), None)
        op["parameters"] = params
        start = next(k for k, line in enumerate(section) if line.startswith("Response 200 body"))
        tree = [line for line in section[start + 1:] if re.match(r"^\s*- ", line)]
        op["result"] = parse_result_tree(tree)
        op["resultShape"] = "array" if op["result"]["type"] == "array" else "object"
        op["pdf"] = "PDF" in op.get("formats", [])
        extra = [line for line in section if line.startswith("- `template_id`") or "additionally returns a top-level" in line]
        if op["segment"] == "custom-template":
            op["topLevelExtra"] = ["template_id"]
        ops.append(op)
        i = j
    if len(ops) != 52:
        raise SystemExit("expected 52 operations, found %d" % len(ops))
    json.dump({"source": "shared/spec/huawei-ocr-api.md section 6", "operations": ops}, sys.stdout,
              ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main(sys.argv[1])
