"""Wrap the `__all__ = [...]` list that `nbdev_export` writes into each module to 110 columns.

nbdev 2 writes that list itself, at a width fixed inside it (120 columns for a module's first notebook, one line
for a module that later lessons feed with `#| export <module>`), and no notebook can change it. Run this after
every `nbdev_export` (CI runs it, then checks that nothing tracked changed): `nbdev_export && python .ci/wrap_all.py`."""
import ast
from pathlib import Path
from textwrap import TextWrapper

wrap = TextWrapper(width=110, initial_indent='__all__ = ', subsequent_indent=' '*11, break_long_words=False)
changed = []
for path in sorted(Path('stvit').glob('*.py')):
    text = path.read_text(encoding='utf-8')
    lines = text.split('\n')
    for node in ast.parse(text).body:
        if isinstance(node, ast.Assign) and any(getattr(t, 'id', None) == '__all__' for t in node.targets):
            names = ast.literal_eval(node.value)
            new = wrap.wrap(repr(list(names)))
            if lines[node.lineno - 1:node.end_lineno] != new:
                lines[node.lineno - 1:node.end_lineno] = new
                path.write_text('\n'.join(lines), encoding='utf-8')
                changed.append(path.name)
            break
print(f"__all__ wrapped to 110 columns in {len(changed)} modules" + (f": {', '.join(changed)}" if changed else ''))
