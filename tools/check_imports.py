"""Check the package map of docs/architecture.md: no import circle among charitymart's modules
(imports inside functions count too), the layers point down, and the sub-packages of
`services/` and `ui/office/` import only what their `__init__` docstring allows.

Run: `.venv/bin/python tools/check_imports.py` (CI runs it); exit 1 naming each problem.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "charitymart"

# Layers from the bottom: a layer may import those listed for it (and itself).
LAYERS = {
    "domain": set(),
    "db": {"domain"},
    "reports": {"domain"},
    "services": {"domain", "db", "reports"},
    "report_commands": {"domain", "db", "reports", "services"},
    "ui": {"domain", "db", "reports", "services"},
}
# services/<sub-package>: what each may import besides the cross-cutting top-level modules.
SERVICE_ORDER = ["reporting", "users", "people", "stock", "sales", "money", "store"]
SERVICES_ALLOWED = {name: set(SERVICE_ORDER[:i]) for i, name in enumerate(SERVICE_ORDER)}
SERVICES_ALLOWED["documents"] = set(SERVICE_ORDER)
SERVICES_ALLOWED["data"] = set(SERVICE_ORDER)
SERVICES_ALLOWED["demo"] = set(SERVICE_ORDER) | {"documents", "data"}
OFFICE_AREAS = {"start", "intake", "stock", "people", "documents", "admin"}
NO_QT = ("domain", "db", "reports", "services")


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, name: str) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(tree):  # imports only for type checkers are not loaded: no circle
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            node.body = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[:len(anchor) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            found.add(base)
            found |= {f"{base}.{alias.name}" for alias in node.names}
    return found


def graph() -> dict[str, set[str]]:
    files = {module_name(p): p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts}
    edges = {}
    for name, path in files.items():
        targets = set()
        for target in imports_of(path, name):
            while target and target not in files:
                target = target.rpartition(".")[0]
            if target and target != name and not name.startswith(target + "."):
                targets.add(target)  # a package's own __init__ is not a circle for its modules
        edges[name] = targets
    return edges


def circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index, low, on_stack, stack, result, counter = {}, {}, set(), [], [], [0]
    for start in edges:
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = counter[0]
        counter[0] += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        result.append(sorted(component))
            elif child not in index:
                index[child] = low[child] = counter[0]
                counter[0] += 1
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(sorted(edges.get(child, ())))))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return result


def layer_problems(edges: dict[str, set[str]]) -> list[str]:
    problems = []
    for source, targets in sorted(edges.items()):
        parts = source.split(".")
        layer = parts[1] if len(parts) > 1 else ""
        for target in sorted(targets):
            tparts = target.split(".")
            tlayer = tparts[1] if len(tparts) > 1 else ""
            if layer in LAYERS and tlayer in LAYERS and tlayer != layer and tlayer not in LAYERS[layer]:
                problems.append(f"{source} imports {target}: {layer}/ may not import {tlayer}/")
            if layer == "services" and tlayer == "services" and len(parts) > 3 and len(tparts) > 3:
                own, other = parts[2], tparts[2]
                if own != other and own in SERVICES_ALLOWED and other not in SERVICES_ALLOWED[own]:
                    problems.append(f"{source} imports {target}: services/{own} may not import services/{other}")
            if parts[1:3] == ["ui", "office"] and tparts[1:3] == ["ui", "office"] and len(parts) > 4 and len(tparts) > 4:
                own, other = parts[3], tparts[3]
                if own != other and own in OFFICE_AREAS | {"shared"} and other in OFFICE_AREAS:
                    problems.append(f"{source} imports {target}: office areas import only office/shared")
    for path in PACKAGE.rglob("*.py"):
        name = module_name(path)
        if name.split(".")[1:2] and name.split(".")[1] in NO_QT and "PySide6" in path.read_text(encoding="utf-8"):
            if any(t.startswith("PySide6") for t in imports_of(path, name)):
                problems.append(f"{name} imports Qt: {name.split('.')[1]}/ is Qt-free")
    return problems


def main() -> int:
    edges = graph()
    problems = [" -> ".join(c) + " import each other (a circle)" for c in circles(edges)]
    problems += layer_problems(edges)
    for problem in problems:
        print(problem)
    if not problems:
        print(f"imports ok: {len(edges)} modules, no circle, layers and sub-packages as documented")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
