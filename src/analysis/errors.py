"""Exceptions raised by the analysis package."""

from __future__ import annotations

__all__ = ["AnalysisError", "SeedError", "LexiconError", "RenderError", "ParameterError", "where"]


def where(path: object, line: int | None) -> str:
    """``path:line``, or ``path`` for a problem of the whole file (no line)."""
    return f"{path}:{line}" if line is not None else str(path)


class AnalysisError(Exception):
    """Base class for every error the package raises on purpose."""


class SeedError(AnalysisError, ValueError):
    """A seed file that cannot be loaded; ``path`` and ``line`` say where."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        self.path, self.line, self.message = str(path), line, message
        super().__init__(f"{where(self.path, line)}: {message}")


class LexiconError(AnalysisError, ValueError):
    """A lexicon data file with one or more bad entries, all listed in the message."""


class ParameterError(AnalysisError, ValueError):
    """A notebook parameter that the notebook does not declare, or of the wrong type."""


class RenderError(AnalysisError):
    """A notebook that failed while it was rendered; the failed copy is kept for inspection."""
