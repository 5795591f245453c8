#!/usr/bin/env python3
"""Lists Chinese UI keys that have no English text (see docs/adr/0004-localisation-by-chinese-keys.md).

UI text is written in zh-CN and that text is the key; each assembly embeds i18n.en-US.json with
{"中文": "English"}. This script collects every string literal containing Chinese from the .cs and
.cshtml files of each assembly (comments excluded; tests, Migrations, Seeding, bin and obj skipped:
Seeding holds demo data, not UI text) and reports the keys missing from that assembly's JSON, plus
translations that are empty, still Chinese, differ from another file's text for the same key (all
files merge into one catalog), or whose placeholders ({0}, {MaxLength}, ...) differ from the key's.

Usage: python3 scripts/tools/check-translations.py [--unused]
  --unused  also list JSON keys no code uses (informational, does not fail the check)
Exit code 1 when a key is missing or a translation is malformed. Standard library only.
"""
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src"

# Assembly name -> (source folders, translation file). SharedKernel has no file of its own: its keys
# (Error defaults) live in the BuildingBlocks file. A module's Contracts project shares the module file.
# Modules are found from the folders of src/Modules (one folder per module), so a new module needs no line here.
ASSEMBLIES = {
    "Host": (["Host/SharedWarehouse.Web"], "Host/SharedWarehouse.Web/i18n.en-US.json"),
    "BuildingBlocks": (["BuildingBlocks/SharedWarehouse.BuildingBlocks", "BuildingBlocks/SharedWarehouse.SharedKernel"],
                       "BuildingBlocks/SharedWarehouse.BuildingBlocks/Localization/i18n.en-US.json"),
}
for _folder in sorted(p for p in (SRC / "Modules").iterdir() if p.is_dir()):
    _project = f"Modules/{_folder.name}/SharedWarehouse.Modules.{_folder.name}"
    _contracts = _project + ".Contracts"
    ASSEMBLIES[_folder.name] = ([_project] + ([_contracts] if (SRC / _contracts).is_dir() else []), _project + "/i18n.en-US.json")

# Text created in one assembly but rendered by another: the literals inside these calls must also be
# in the rendering assembly's file.
RENDERED_ELSEWHERE = [
    ("UserNotificationRequested", "Notifications"),  # title and body, shown by the inbox views
    ("RegionPickerModel", "Host"),                   # label, shown by Views/Shared/_RegionPicker.cshtml
]

SKIPPED_DIRS = {"bin", "obj", "Migrations", "Seeding", "tests", "Tests", "node_modules", "wwwroot"}

CJK = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]")
HAN = re.compile(r"[\u4e00-\u9fff]")
PLACEHOLDER = re.compile(r"\{[A-Za-z0-9_]+(?:[,:][^{}]*)?\}")


def unescape(body):
    """Value of a regular C# string literal body."""
    out, i = [], 0
    simple = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "\\": "\\", '"': '"', "'": "'", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body):
            n = body[i + 1]
            if n in simple:
                out.append(simple[n]); i += 2; continue
            if n == "u" and i + 6 <= len(body):
                out.append(chr(int(body[i + 2:i + 6], 16))); i += 6; continue
            if n == "U" and i + 10 <= len(body):
                out.append(chr(int(body[i + 2:i + 10], 16))); i += 10; continue
        out.append(c); i += 1
    return "".join(out)


def csharp_literals(text):
    """(offset, value, interpolated) of every string literal outside comments, and the text with
    comments and literal contents blanked (so calls can be matched by their parentheses)."""
    literals, masked, i, n = [], list(text), 0, len(text)

    def blank(a, b):
        for k in range(a, b):
            if masked[k] not in "\r\n":
                masked[k] = " "

    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            blank(i, j); i = j; continue
        if text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            blank(i, j); i = j; continue
        if c == "'":  # char literal, e.g. '"' or '\''
            j = i + 1
            while j < n and text[j] != "'":
                j += 2 if text[j] == "\\" else 1
            i = j + 1; continue
        m = re.compile(r'(\$*)(@?)(\$*)("{3,}|")').match(text, i) if c in '$@"' else None
        if m and (m.group(1) or m.group(2) or m.group(3) or c == '"'):
            interpolated = bool(m.group(1) or m.group(3))
            quotes = m.group(4)
            start = m.end()
            if len(quotes) >= 3:  # raw string literal
                j = text.find(quotes, start)
                j = n if j < 0 else j
                value, end = text[start:j], j + len(quotes)
                lines = value.split("\n")
                if len(lines) > 1:  # multi-line raw: strip the closing line's indentation
                    indent = len(lines[-1]) - len(lines[-1].lstrip())
                    value = "\n".join(l[indent:] for l in lines[1:-1])
            elif m.group(2):  # verbatim: "" is a quote
                j = start
                while j < n:
                    if text[j] == '"':
                        if text.startswith('""', j):
                            j += 2; continue
                        break
                    j += 1
                value, end = text[start:j].replace('""', '"'), j + 1
            else:
                j, depth = start, 0  # depth > 0: inside an interpolation hole
                while j < n and text[j] != "\n":
                    ch = text[j]
                    if ch == "\\" and not depth:
                        j += 2; continue
                    if ch == '"':
                        if not depth:
                            break
                        k = j + 1  # a string nested in a hole: skip it
                        while k < n and text[k] not in '"\n':
                            k += 2 if text[k] == "\\" else 1
                        j = k + 1; continue
                    if interpolated and ch == "{":
                        if not depth and text.startswith("{{", j):
                            j += 2; continue
                        depth += 1
                    elif interpolated and ch == "}" and depth:
                        depth -= 1
                    j += 1
                value, end = unescape(text[start:j]), j + 1
            literals.append((i, value, interpolated))
            blank(start, min(end - len(quotes), n))
            i = end; continue
        i += 1
    return literals, "".join(masked)


RAZOR_COMMENT = re.compile(r"@\*.*?\*@", re.S)
# Every stretch between two consecutive quotes on a line; overlapping, so `="@L["菜单"]"` yields 菜单.
QUOTED = re.compile(r'(?=("((?:[^"\\\n]|\\.)*)"))')
OPENS_LITERAL = set("([,{=?:")
CLOSES_LITERAL = set(")],};:?+")


def razor_literals(text):
    """C# string literals of a view: a quoted stretch containing Chinese that sits where Razor code puts
    an argument or value (`L["…"]`, `L["…", x]`, `new[] { "…" }`, `("x", "…")`, `f(…, "…")`)."""
    text = RAZOR_COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), text)
    literals = []
    for m in QUOTED.finditer(text):
        whole, body = m.group(1), m.group(2)
        if not CJK.search(body):
            continue
        start, end = m.start(1), m.start(1) + len(whole)
        before = text[:start].rstrip(" \t")[-1:]
        after = text[end:].lstrip(" \t")[:1]
        if before in OPENS_LITERAL and after in CLOSES_LITERAL:
            literals.append((start, unescape(body), False))
    masked = list(text)
    for start, value, _ in literals:
        for k in range(start + 1, start + 1 + len(value)):
            if k < len(masked) and masked[k] != "\n":
                masked[k] = " "
    return literals, "".join(masked)


def call_ranges(masked, name):
    for m in re.finditer(r"\b" + re.escape(name) + r"\s*\(", masked):
        depth, j = 0, m.end() - 1
        while j < len(masked):
            if masked[j] == "(":
                depth += 1
            elif masked[j] == ")":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        yield m.start(), j


def source_files(folder):
    for path in sorted(folder.rglob("*")):
        if path.suffix not in (".cs", ".cshtml") or not path.is_file():
            continue
        if SKIPPED_DIRS.intersection(path.relative_to(folder).parts[:-1]):
            continue
        yield path


def main():
    show_unused = "--unused" in sys.argv[1:]
    used = {name: {} for name in ASSEMBLIES}  # assembly -> key -> first place it is used
    warnings = []
    for name, (folders, _) in ASSEMBLIES.items():
        for folder in folders:
            if not (SRC / folder).is_dir():
                continue
            for path in source_files(SRC / folder):
                text = path.read_text(encoding="utf-8-sig")
                literals, masked = (razor_literals if path.suffix == ".cshtml" else csharp_literals)(text)
                rel = path.relative_to(ROOT).as_posix()
                for offset, value, interpolated in literals:
                    if not CJK.search(value):
                        continue
                    where = f"{rel}:{text.count(chr(10), 0, offset) + 1}"
                    if interpolated:
                        warnings.append(f"{where}: interpolated string cannot be a key: {value}")
                        continue
                    used[name].setdefault(value, where)
                for call, target in RENDERED_ELSEWHERE:
                    for a, b in call_ranges(masked, call):
                        for offset, value, interpolated in literals:
                            if a <= offset <= b and CJK.search(value) and not interpolated:
                                used[target].setdefault(value, f"{rel}:{text.count(chr(10), 0, offset) + 1} ({call})")

    failed = False
    seen = {}  # key -> (english, assembly): the files merge into one catalog, so they must agree
    for name, (_, json_path) in ASSEMBLIES.items():
        path = SRC / json_path
        try:
            catalog = json.loads(path.read_text(encoding="utf-8-sig")) if path.exists() else {}
        except json.JSONDecodeError as e:
            print(f"[{name}] {path.relative_to(ROOT)}: invalid JSON: {e}")
            failed = True
            continue
        missing = sorted(k for k in used[name] if k not in catalog)
        problems = []
        for key, english in catalog.items():
            if not isinstance(english, str) or not english.strip():
                problems.append(f"empty translation: {key}")
            elif sorted(PLACEHOLDER.findall(key)) != sorted(PLACEHOLDER.findall(english)):
                problems.append(f"placeholders differ: {key} -> {english}")
            elif HAN.search(english):
                problems.append(f"translation still contains Chinese: {key} -> {english}")
            elif seen.setdefault(key, (english, name))[0] != english:
                problems.append(f"differs from {seen[key][1]} ({seen[key][0]}): {key} -> {english}")
        print(f"[{name}] {path.relative_to(ROOT)}: {len(used[name])} keys used, {len(catalog)} translated, "
              f"{len(missing)} missing, {len(problems)} malformed")
        for key in missing:
            print(f"  missing: {json.dumps(key, ensure_ascii=False)}  ({used[name][key]})")
        for problem in problems:
            print(f"  {problem}")
        if show_unused:
            for key in sorted(k for k in catalog if k not in used[name]):
                print(f"  unused: {json.dumps(key, ensure_ascii=False)}")
        failed |= bool(missing or problems)
    for warning in warnings:
        print(f"warning: {warning}")
    print("FAILED: fix the missing or malformed entries above." if failed else "OK: every key has an English text.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
