"""The ``analysis`` command: check seeds, export the analysis, render the reports."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

import yaml

from .errors import AnalysisError, where

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="analysis",
        description="Turn a folder of news articles about negotiations into a chronology and outcome table.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = sub.add_parser("check", help="list every problem in the seed files (exit 1 if any)")
    check.add_argument("paths", nargs="+", metavar="DIR", help="folders or .txt files of articles")

    export = sub.add_parser("export", help="run the analysis and write the export JSON")
    export.add_argument("paths", nargs="+", metavar="DIR", help="folders or .txt files of articles")
    export.add_argument("-o", "--output", required=True, metavar="OUT.json", help="file to write")
    export.add_argument("--strict", action="store_true", help="exit 1 when any file has a problem")
    export.add_argument(
        "--engine",
        choices=("pandas", "dask"),
        default="pandas",
        help="run the per-article stages in this process (pandas, default) or on a Dask cluster",
    )
    export.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --engine dask: address of a running scheduler (default: a local cluster)",
    )
    export.add_argument("--tables", metavar="DIR", help="also write every table as Parquet and CSV into DIR")
    export.add_argument("--no-cache", action="store_true", help="parse every file; neither read nor write the cache")

    render = sub.add_parser("render", help="render the notebooks into reports (.ipynb and HTML)")
    render.add_argument("notebooks", nargs="*", metavar="NB", help="notebooks to render (default: all)")
    render.add_argument("--seeds", metavar="DIR", help="folder of articles (default: the project's seeds/)")
    render.add_argument("--out", metavar="DIR", help="folder for the reports (default: the project's reports/)")
    render.add_argument(
        "-p",
        "--parameter",
        nargs=2,
        action="append",
        default=[],
        metavar=("NAME", "VALUE"),
        help="set a notebook parameter (converted to the type the notebook declares)",
    )
    render.add_argument("-f", "--parameters-file", metavar="PARAMS.yaml", help="YAML mapping of parameters")

    sub.add_parser("check-lexicons", help="validate the lexicon data files shipped with the package")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 problems found, 2 usage or error)."""
    logging.basicConfig(level=logging.ERROR, format="%(message)s")
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:  # argparse has printed the usage line already
        return int(exit_.code or 0)
    try:
        return _COMMANDS[args.command](args)
    except (AnalysisError, OSError) as err:
        print(f"analysis {args.command}: error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"analysis {args.command}: interrupted", file=sys.stderr)
        return 130


def _count(items, noun: str) -> str:
    """``"1 article"``, ``"2 articles"``."""
    return f"{len(items)} {noun}{'' if len(items) == 1 else 's'}"


def _problem_lines(problems) -> list[str]:
    """``path:line: severity: message`` for each problem (no line when the file has none)."""
    import pandas as pd

    return [
        f"{where(row.path, None if pd.isna(row.line) else row.line)}: {row.severity}: {row.message}"
        for row in problems.itertuples(index=False)
    ]


def _check(args: argparse.Namespace) -> int:
    from .seeds import load_seeds

    corpus = load_seeds(*args.paths)
    for line in _problem_lines(corpus.problems):
        print(line)
    print(f"{_count(corpus.articles, 'article')} loaded, {_count(corpus.problems, 'problem')}",
          file=sys.stderr)
    return 1 if len(corpus.problems) else 0


def _export(args: argparse.Namespace) -> int:
    from .export import export_articles, write_export
    from .pipeline import load_corpus

    if args.scheduler and args.engine != "dask":
        raise AnalysisError("--scheduler needs --engine dask")
    progress = sys.stderr.isatty()
    corpus = load_corpus(*args.paths, cache=not args.no_cache, progress=progress)
    for line in _problem_lines(corpus.problems):
        print(line, file=sys.stderr)
    run = {"engine": args.engine, "scheduler": args.scheduler, "progress": progress}
    if args.tables:  # the tables need every row at once
        from .engine import run_articles
        from .tables import write_tables

        result = run_articles(corpus.articles, corpus.problems, **run)
        out = write_export(result, args.output)
        written = write_tables(result, args.tables)
        print(f"wrote {len(written)} table files to {args.tables}", file=sys.stderr)
        n_problems = len(result.problems)
    else:
        out = args.output
        counts = export_articles(corpus.articles, corpus.problems, out, **run, release_text=True)
        n_problems = counts["problems"]
    print(f"wrote {out}: {_count(corpus.articles, 'article')}, {_count(range(n_problems), 'problem')}",
          file=sys.stderr)
    return 1 if args.strict and n_problems else 0


def _render(args: argparse.Namespace) -> int:
    from .render import render_reports

    parameters = {}
    if args.parameters_file:
        loaded = yaml.safe_load(Path(args.parameters_file).read_text(encoding="utf-8")) or {}
        if not isinstance(loaded, dict):
            raise AnalysisError(f"{args.parameters_file}: expected a YAML mapping of name: value")
        parameters.update(loaded)
    parameters.update(dict(args.parameter))
    rendered = render_reports(args.notebooks or None, args.seeds, args.out, parameters)
    for item in rendered:
        print(f"rendered {item.notebook.name} -> {item.html}", file=sys.stderr)
    return 0


def _check_lexicons(args: argparse.Namespace) -> int:
    from .lexicon import check_lexicons, lexicon_names

    problems = check_lexicons()
    for problem in problems:
        print(problem)
    print(f"{_count(lexicon_names(), 'lexicon')} checked, {_count(problems, 'problem')}", file=sys.stderr)
    return 1 if problems else 0


_COMMANDS = {"check": _check, "export": _export, "render": _render, "check-lexicons": _check_lexicons}

if __name__ == "__main__":
    sys.exit(main())
