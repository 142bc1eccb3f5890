"""Lines a learner reads: ruff's line length (110 columns) and one statement a line, on the library.

Runs `ruff check --select E501,E702,E703 --line-length 110 stvit/` and fails on any finding, except on the
lines of the `__all__ = [...]` list that nbdev writes into each module itself (it wraps that list at 120 or
160 columns, a width fixed inside nbdev, and no notebook can change it)."""
import ast, json, subprocess, sys
from pathlib import Path

cmd = ['ruff', 'check', '--select', 'E501,E702,E703', '--line-length', '110', '--output-format', 'json', 'stvit/']
found = json.loads(subprocess.run(cmd, capture_output=True, text=True).stdout or '[]')

def all_lines(path:str) -> set:
    "The line numbers of the module's top-level `__all__ = [...]`."
    for node in ast.parse(Path(path).read_text(encoding='utf-8')).body:
        if isinstance(node, ast.Assign) and any(getattr(t, 'id', None) == '__all__' for t in node.targets):
            return set(range(node.lineno, node.end_lineno + 1))
    return set()

spans = {}
left = []
for f in found:
    path = f['filename']
    rel = Path(path).resolve().relative_to(Path.cwd().resolve())
    if rel.name == '_modidx.py': continue   # nbdev's index of the docs, not code a learner reads
    if path not in spans: spans[path] = all_lines(path)
    if f['location']['row'] in spans[path]: continue
    left.append(f"{rel}:{f['location']['row']}: {f['code']} {f['message']}")
print('\n'.join(left) or 'stvit/: every line under 110 columns, one statement a line')
sys.exit(1 if left else 0)
