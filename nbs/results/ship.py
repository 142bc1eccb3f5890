"""Ship a trained model with stvit: its half-precision weights to `stvit/weights/NAME.pt` and its record to
`nbs/results/NAME.json` (the command, the machine, the final scores, the history, the shipped file).

    stvit_train --model stfastnet --distorted 2>&1 | tee stfastnet.log
    python nbs/results/ship.py stfastnet --command "stvit_train --model stfastnet --distorted" \\
        --machine "a 2-core Intel Xeon (AMX bfloat16)" --log stfastnet.log

The final scores and minutes are read from the lines `stvit_train` prints at the end of its run (`--log`);
the history from the run's checkpoint in `runs_dir()/NAME`."""
import argparse, json, re, datetime
from pathlib import Path

import torch
from stvit.loop import load_checkpoint
from stvit.optim import autocast_dtype
from stvit.batches import load_distorted_cifar10
from stvit.data import atomic_save
from stvit.train import runs_dir, ship_weights, results_dir, load_shipped, score


def final_scores(log:str) -> dict:
    "Test accuracy (with TTA), minutes and distorted accuracy from the last lines `stvit_train` printed."
    m = re.search(r"test accuracy: ([\d.]+)%(?: \(with TTA level \d: ([\d.]+)%\))?; "
                  r"\d+ epochs in ([\d.]+) (s|min)", log)
    if m is None:
        raise SystemExit("ship.py: no 'test accuracy: …' line in the log: give the run's own output")
    minutes = float(m[3])/(60 if m[4] == 's' else 1)
    scores = dict(test_acc=round(float(m[1])/100, 4),
                  test_acc_tta=round(float(m[2])/100, 4) if m[2] else None,
                  minutes=round(minutes, 1))
    d = re.search(r"distorted test accuracy: ([\d.]+)%", log)
    if d: scores['distorted_acc'] = round(float(d[1])/100, 4)
    return scores


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('name', help='a model trained in runs_dir()/NAME')
    p.add_argument('--command', required=True, help='the command that trained it')
    p.add_argument('--machine', required=True, help='where it was trained, as a reader should read it')
    p.add_argument('--log', required=True, help="the training command's output")
    p.add_argument('--note', default='', help='anything a reader of the record should know')
    p.add_argument('--teacher', default=None, help="for a distilled model: the teacher's command and scores")
    a = p.parse_args()
    ck = load_checkpoint(runs_dir()/a.name/'checkpoint.pt')
    env = ck['meta'].get('environment', {})
    amp = autocast_dtype(torch.device(env.get('device', 'cpu')), ck['meta'].get('options', {}).get('amp'))
    record = dict(command=a.command, machine=a.machine,
                  torch=env.get('torch', torch.__version__).split('+')[0],   # the run's, not this process's
                  threads=env.get('threads', torch.get_num_threads()),
                  autocast=str(amp).replace('torch.', '') if amp else None,   # None: the run was float32
                  date=datetime.date.today().isoformat(), **final_scores(Path(a.log).read_text()))
    if a.teacher: record['teacher'] = a.teacher
    record['note'] = a.note or ("written by nbs/results/ship.py from the run's checkpoint "
                                "and its printed final scores")
    record['weights'] = ship_weights(a.name, a.command, a.machine)
    if 'distorted_acc' in record:   # the shipped weights on the distorted test set too, in float32
        record['weights']['distorted_acc'] = round(score(load_shipped(a.name)[0],
                                                         load_distorted_cifar10()), 4)
    record['history'] = list(ck['history'])
    path = results_dir()/f'{a.name}.json'
    atomic_save((json.dumps(record, indent=1) + '\n').encode(), path, write=lambda b, f: f.write(b))
    w = record['weights']
    print(f"{w['file']}: {w['bytes']/1e6:.1f} MB, {w['test_acc']:.2%} in float32; record in {path.name}")


if __name__ == '__main__': main()
