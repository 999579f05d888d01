"""Whether claimcheck's modules run compiled with mypyc or as their Python source.

A wheel built for installing holds the pipeline's modules compiled (hatch_build.py);
an editable install, or a wheel built with CLAIMCHECK_PURE_PYTHON=1 or where compiling
failed, holds none. Where a module's extension module stands beside its .py file,
Python imports the extension module, so the module's spec tells which one runs.
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import pkgutil
import sys


def compiled_modules(package: str = "claimcheck") -> list[str]:
    """The modules of `package` that import (or were imported) as extension modules."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    paths = importlib.import_module(package).__path__
    names = []
    for info in pkgutil.iter_modules(paths, f"{package}."):
        # find_spec only locates a module that is not loaded yet; it runs none of it
        loaded = sys.modules.get(info.name)
        spec = loaded.__spec__ if loaded is not None else importlib.util.find_spec(info.name)
        if spec is not None and spec.origin is not None and spec.origin.endswith(suffixes):
            names.append(info.name)
    return names


def describe_build() -> str:
    """How this claimcheck runs, for --version and the benchmarks."""
    compiled = compiled_modules()
    if not compiled:
        return "pure Python"
    return f"compiled with mypyc ({len(compiled)} modules)"
