"""Merge two versions of a Qt .ts file after a git conflict: every message of either side, with
the finished translation when one side has it (ours first). Locations are refreshed afterwards
by `tools/apply_translations.py` (lupdate), so only sources and translations matter here.

    python tools/merge_ts.py charitymart/resources/i18n/messages_zh_CN.ts   # during a conflicted merge
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET


def _version(path: str, stage: int) -> ET.Element:
    text = subprocess.run(["git", "show", f":{stage}:{path}"], check=True, capture_output=True).stdout
    return ET.fromstring(text)


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    return bool((translation.text or "").strip()) or any((n.text or "").strip() for n in translation)


def merge(path: str) -> None:
    ours, theirs = _version(path, 2), _version(path, 3)
    contexts = {c.findtext("name"): c for c in ours.findall("context")}
    for their_context in theirs.findall("context"):
        name = their_context.findtext("name")
        context = contexts.get(name)
        if context is None:
            ours.append(their_context)
            contexts[name] = their_context
            continue
        by_source = {m.findtext("source"): m for m in context.findall("message")}
        for message in their_context.findall("message"):
            mine = by_source.get(message.findtext("source"))
            if mine is None:
                context.append(message)
            elif not _finished(mine) and _finished(message):
                context.remove(mine)
                context.append(message)
    ET.indent(ours, space="    ")
    body = ET.tostring(ours, encoding="unicode")
    with open(path, "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


if __name__ == "__main__":
    for path in sys.argv[1:]:
        merge(path)
