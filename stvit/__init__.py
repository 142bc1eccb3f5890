__version__ = "0.1.0"

# The lessons that register models and recipe options with `stvit.train` (the ViTs, lessons 08-09b), imported
# here so that `MODELS` lists every model of the course wherever `stvit.train` is used: the registry itself
# imports only earlier lessons.
from . import vit_study
