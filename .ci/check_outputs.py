"""Committed lesson outputs a learner can use: no path of the machine that ran them (home, cache or temp folders),
no widget outputs (the static figure before each widget is what the notebook and the docs show), and no saved
widget state (a learner's first save would drop it, and git would show thousands of lines they did not write)."""
import json, re, sys
from pathlib import Path

machine_path = re.compile(r'(/root/|/home/\w|/Users/\w|/tmp/|/work/)\S*')
problems = []
for nb in sorted(Path('nbs').glob('*.ipynb')):
    book = json.loads(nb.read_text(encoding='utf-8'))
    if book.get('metadata', {}).get('widgets'):
        problems.append(f"{nb}: saved widget state in the notebook's metadata: delete metadata['widgets']")
    for i, cell in enumerate(book['cells']):
        for out in cell.get('outputs', []):
            data = out.get('data', {})
            text = ''.join(out.get('text', '')) + ''.join(data.get('text/plain', ''))
            m = machine_path.search(text)
            if m: problems.append(f"{nb} cell {i}: a path of the machine that ran it ({m.group(0)[:60]}): print paths relative to a known folder, or clear the output")
            if 'application/vnd.jupyter.widget-view+json' in data:
                problems.append(f"{nb} cell {i}: a widget output, which shows as raw text where no kernel runs: clear it (a static figure before the widget shows the view)")
print('\n'.join(problems) or 'lesson outputs: no machine paths, no widget outputs, no widget state')
sys.exit(1 if problems else 0)
