"""Train and ship the affine ST-CNNs that lesson 05b's pictures read (one per distortion, on MNIST): their
half-precision weights to `stvit/weights/mnist-NAME-st-cnn-affine.pt` and their record, with the command, the
machine and each model's test error, to `nbs/results/distortions-mnist.json`.

    STVIT_CACHE=/tmp/stcache python nbs/results/ship_distortions.py --epochs 20 \\
        --machine "a 2-core Intel Xeon (AMX bfloat16)"

The runs go to `runs_dir()/'distortions'` (point STVIT_CACHE elsewhere to keep them out of your own cache) and
their rows to `runs_dir()/'distortions'/'ship.jsonl'`; a killed run loses only the model in training (a row
there already is not trained again, so the runs may also be made one distortion at a time, side by side)."""
import argparse, datetime, json

import torch
from stvit.data import channel_stats, atomic_save
from stvit.digits import load_mnist
from stvit.batches import BatchLoader, distort_with_maps
from stvit.loop import load_checkpoint, evaluate
from stvit.models import STCNN
from stvit.train import runs_dir, weights_dir, results_dir, to_half, write_shipped
from stvit.distortions import DISTORTIONS
from stvit.distortion_study import paper_table, ST_MODELS, _slug

MODEL = 'ST-CNN affine'


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--epochs', type=int, default=20, help='epochs of each run (the table\'s MNIST runs: 20)')
    p.add_argument('--epochs-of', action='append', default=[], metavar='NAME=N',
                   help='another number of epochs for one distortion, e.g. TC=10')
    p.add_argument('--machine', required=True, help='where it was trained, as a reader should read it')
    a = p.parse_args()
    epochs = {d: a.epochs for d in DISTORTIONS}
    epochs.update({k: int(v) for k, v in (e.split('=') for e in a.epochs_of)})
    command = f"python nbs/results/ship_distortions.py --epochs {a.epochs}" + ''.join(
        f" --epochs-of {e}" for e in a.epochs_of)
    mnist = load_mnist('mnist')
    out = runs_dir()/'distortions'/'ship.jsonl'
    for d, n in epochs.items():
        rows = paper_table('mnist', mnist, out, distortions=(d,), models=(MODEL,), epochs=n)
    stats = channel_stats(mnist.train.x)
    record = dict(command=command, machine=a.machine, torch=torch.__version__.split('+')[0],
                  threads=torch.get_num_threads(), date=datetime.date.today().isoformat(),
                  train_images=len(mnist.train), test_images=len(mnist.test), model=MODEL,
                  note=("error: the trained model as `paper_table` scored it (bfloat16 where the CPU is fast "
                        "at it); weights.error: the shipped half-precision weights scored in float32, as a "
                        "learner's Run All does; minutes: wall-clock, on a 2-core machine shared with other "
                        "work"),
                  models={})
    for row in rows:
        name, d = row['distortion'], DISTORTIONS[row['distortion']]
        slug = _slug('mnist', name, MODEL)
        model = STCNN(num_classes=10, img_size=d.canvas or 28, **ST_MODELS[MODEL])
        ck = load_checkpoint(runs_dir()/'distortions'/f'{slug}.pt', model)
        half = to_half(model)
        dtest = distort_with_maps(mnist.test, d)[0]
        acc = evaluate(model.eval(), BatchLoader(dtest, 1000, device='cpu', stats=stats), amp=False)[1]
        shipped = write_shipped(weights_dir()/f'{slug}.pt', half, ck, command=command, machine=a.machine,
                                error=1 - acc)
        record['models'][name] = dict(
            error=round(row['error'], 4), epochs=row['epochs'], minutes=round(row['minutes'], 1),
            canonicalisation={k: {kk: None if vv is None else round(vv, 4) for kk, vv in v.items()}
                              for k, v in row['canonicalisation'].items()},
            weights=dict(shipped, error=round(1 - acc, 4)))
        print(f"{name:>3}: {row['error']:.2%} error ({row['minutes']:.1f} min); shipped in half precision "
              f"{1 - acc:.2%}, {shipped['bytes']/1e6:.2f} MB", flush=True)
    out = results_dir()/'distortions-mnist.json'
    atomic_save((json.dumps(record, indent=1) + '\n').encode(), out, write=lambda b, f: f.write(b))
    print(f"record in {out}")


if __name__ == '__main__': main()
