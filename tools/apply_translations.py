"""Refresh the .ts files from the sources and fill new entries from pending JSON files.

    .venv/bin/python tools/apply_translations.py            # lupdate + extract, fill, compile, list what's left

Pending translations: charitymart/resources/i18n/pending/*.json, each a flat object
{"English source": "中文译文"}. Work done in parallel (a branch per area) adds its strings there
instead of editing the .ts files, so merging never conflicts inside the XML; this tool folds
them in. After a merge, delete the pending files whose entries are all in the .ts.

English plurals: English is the source language, but "%n item(s)" still needs its forms
("1 item", "2 items"): charitymart_en.ts holds only the screens' plural messages (lupdate
-pluralonly); new ones are filled from pending/*.en.json, {"%n item(s)": ["%n item", "%n items"]}.

Exit 1 if any entry in either .ts is still untranslated (they are listed).
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "charitymart" / "resources" / "i18n"
UI_TS = I18N / "charitymart_zh_CN.ts"
PLURALS_TS = I18N / "charitymart_en.ts"
MESSAGES_TS = I18N / "messages_zh_CN.ts"
PENDING = I18N / "pending"


def pending_translations(suffix: str = ".json") -> dict:
    merged: dict = {}
    for path in sorted(PENDING.glob("*" + suffix)):
        if suffix == ".json" and path.name.endswith(".en.json"):
            continue
        merged.update(json.loads(path.read_text(encoding="utf-8")))
    return merged


def run_lupdate() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "charitymart" / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(UI_TS.relative_to(ROOT))], cwd=ROOT, check=True)
    subprocess.run([str(lupdate), "-silent", "-pluralonly", "-target-language", "en", *sources,
                    "-ts", str(PLURALS_TS.relative_to(ROOT))], cwd=ROOT, check=True)


def run_extract() -> None:
    subprocess.run([sys.executable, str(ROOT / "tools" / "extract_messages.py"), "--no-compile"], cwd=ROOT,
                   check=False, stdout=subprocess.DEVNULL)


def fill(ts: Path, translations: dict[str, str]) -> list[str]:
    """Fill unfinished entries of `ts` found in `translations`; return the sources still missing."""
    tree = ET.parse(ts)
    missing = []
    changed = False
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("obsolete", "vanished"):
            continue
        source = message.findtext("source") or ""
        filled = translation.text or any((form.text or "").strip() for form in translation)
        if translation.get("type") == "unfinished" or not filled:
            if source in translations:
                if message.get("numerus") == "yes":  # "%n item(s)": one form for Chinese, two for English
                    for form in list(translation):
                        translation.remove(form)
                    translation.text = None
                    forms = translations[source]
                    for form in [forms] if isinstance(forms, str) else forms:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = translations[source]
                translation.attrib.pop("type", None)
                changed = True
            else:
                missing.append(source)
    if changed:
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


def main() -> int:
    translations = pending_translations()
    run_lupdate()
    run_extract()
    missing = fill(UI_TS, translations) + fill(MESSAGES_TS, translations)
    missing += [f"{source} (English plural forms)" for source in fill(PLURALS_TS, pending_translations(".en.json"))]
    run_lupdate()  # back to each tool's own layout
    run_extract()
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_translations.py")], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    for source in missing:
        print(f"untranslated: {source!r}")
    print(f"{len(translations)} pending translations; {len(missing)} entries still untranslated")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
