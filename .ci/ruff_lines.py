"""Lines a learner reads: ruff's line length (110 columns) and one statement a line, in the library and the
notebooks.

Runs `ruff check --select E501,E702,E703 --line-length 110 stvit/ nbs/` and fails on any finding (nbdev's index
of the docs, `_modidx.py`, aside). The `__all__ = [...]` lists that nbdev writes are wrapped by `.ci/wrap_all.py`."""
import json, subprocess, sys
from pathlib import Path

cmd = ['ruff', 'check', '--select', 'E501,E702,E703', '--line-length', '110', '--output-format', 'json',
       'stvit/', 'nbs/']
found = json.loads(subprocess.run(cmd, capture_output=True, text=True).stdout or '[]')

left = []
for f in found:
    path = f['filename']
    rel = Path(path).resolve().relative_to(Path.cwd().resolve())
    if rel.name == '_modidx.py': continue   # nbdev's index of the docs, not code a learner reads
    left.append(f"{rel}:{f['location']['row']}: {f['code']} {f['message']}")
print('\n'.join(left) or 'stvit/ and nbs/: every line under 110 columns, one statement a line')
sys.exit(1 if left else 0)
