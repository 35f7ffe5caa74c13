"""Where the project's folders are: found from the working directory, never from the install."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["ROOT_ENV", "notebooks_dir", "project_root", "reports_dir", "resolve", "seeds_dir"]

ROOT_ENV = "TALKS_PROJECT_ROOT"


def project_root(start: str | os.PathLike | None = None) -> Path:
    """Return the project folder: ``$TALKS_PROJECT_ROOT``, else the nearest folder at or above
    ``start`` (default: the working directory) that holds both ``pyproject.toml`` and ``seeds/``.

    Notebooks use it so that papermill (kernel in the caller's folder) and nbval (kernel in the
    notebook's folder) resolve the same paths.
    """
    if os.environ.get(ROOT_ENV):
        return Path(os.environ[ROOT_ENV]).resolve()
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "pyproject.toml").is_file() and (folder / "seeds").is_dir():
            return folder
    raise FileNotFoundError(
        f"no project folder (pyproject.toml beside seeds/) at or above {here}; "
        f"run from inside the project or set {ROOT_ENV}"
    )


def resolve(path: str | os.PathLike) -> Path:
    """Resolve ``path`` against the project root when it is relative."""
    path = Path(path)
    return path if path.is_absolute() else project_root() / path


def seeds_dir() -> Path:
    """The project's ``seeds/`` folder."""
    return project_root() / "seeds"


def notebooks_dir() -> Path:
    """The project's ``notebooks/`` folder."""
    return project_root() / "notebooks"


def reports_dir() -> Path:
    """The project's ``reports/`` folder."""
    return project_root() / "reports"
