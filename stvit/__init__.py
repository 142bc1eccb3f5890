__version__ = "0.1.0"

import os as _os, signal as _signal, sys as _sys, threading as _threading

def _stop_while_loading(signum, frame):
    "Ctrl-C while `stvit_train` or `stvit_bench` is still importing: nothing is made yet; stop in one line."
    print(f"\n{_command}: stopped while starting; nothing was done", file=_sys.stderr, flush=True)
    _os._exit(130)   # at once: an import's bare `except` could swallow a KeyboardInterrupt or SystemExit

_command = _os.path.basename((getattr(_sys, 'argv', None) or [''])[0])
_guard = (_command in ('stvit_train', 'stvit_bench')
          and _threading.current_thread() is _threading.main_thread()
          and _signal.getsignal(_signal.SIGINT) is _signal.default_int_handler)
if _guard: _signal.signal(_signal.SIGINT, _stop_while_loading)

# The lessons that register models and recipe options with `stvit.train` (the ViTs, lessons 08-09b), imported
# here so that `MODELS` lists every model of the course wherever `stvit.train` is used: the registry itself
# imports only earlier lessons.
from . import vit_train, vit_study

if _guard: _signal.signal(_signal.SIGINT, _signal.default_int_handler)   # stvit.cli takes over from here
