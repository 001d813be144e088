"""interaction-model/generate.py loaded as a module: it is a script beside the model files, not a package."""

import importlib.util
from pathlib import Path
from types import ModuleType

GENERATE = Path(__file__).resolve().parents[2] / "interaction-model" / "generate.py"


def load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generate", GENERATE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
