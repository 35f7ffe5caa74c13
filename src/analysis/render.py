"""Render the parameterised notebooks into reports: executed .ipynb plus offline HTML."""

from __future__ import annotations

import ast
import contextlib
import datetime as dt
import hashlib
import html
import json
import logging
import os
import sys
import tempfile
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import yaml

from .errors import ParameterError, RenderError
from .paths import notebooks_dir, project_root, reports_dir

if TYPE_CHECKING:  # nbformat, papermill and nbconvert take seconds to import: only when rendering
    import nbformat

__all__ = [
    "Rendered",
    "check_parameters",
    "find_notebooks",
    "notebook_parameters",
    "render_notebook",
    "render_reports",
    "write_index",
]

log = logging.getLogger(__name__)

KERNEL_NAME = "python3"
HIDDEN_CELL_TAGS = ("hide",)
HIDDEN_OUTPUT_TAGS = ("hide-output",)
# papermill metadata that changes from run to run; dropped so that renders are identical.
_VOLATILE_NB_KEYS = ("start_time", "end_time", "duration", "environment_variables", "input_path", "output_path")
_TRUE, _FALSE = ("true", "yes", "1", "on"), ("false", "no", "0", "off")


class Rendered(NamedTuple):
    """The files one notebook rendered to."""

    notebook: Path
    ipynb: Path
    html: Path
    parameters: dict


def find_notebooks(names: list[str] | None = None) -> list[Path]:
    """The project's notebooks (``notebooks/NN-*.ipynb``), or those named (by stem, file name or path)."""
    available = sorted(notebooks_dir().glob("[0-9][0-9]-*.ipynb"))
    if not names:
        return available
    chosen = []
    for name in names:
        path = Path(name)
        match = [nb for nb in available if name in (nb.stem, nb.name) or nb.stem.split("-", 1)[-1] == name]
        if path.suffix == ".ipynb" and path.is_file():
            chosen.append(path.resolve())
        elif match:
            chosen.append(match[0])
        else:
            known = ", ".join(nb.stem for nb in available)
            raise ParameterError(f"no notebook {name!r}; choose from {known}")
    return chosen


def notebook_parameters(notebook: str | os.PathLike) -> dict[str, dict[str, Any]]:
    """The parameters a notebook declares in its one cell tagged ``parameters``.

    Each line ``name: type = default  # help`` gives
    ``{name: {"type": "str | None", "default": "None", "help": "..."}}``. (papermill's own
    ``inspect_notebook`` cannot read ``X | None`` annotations, hence this reader.)
    """
    import nbformat

    nb = nbformat.read(notebook, as_version=4)
    cells = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    if len(cells) != 1:
        raise ParameterError(f"{Path(notebook).name}: expected one cell tagged 'parameters', found {len(cells)}")
    source = cells[0].source
    lines = source.splitlines()
    found = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            line = lines[node.lineno - 1]
            found[node.target.id] = {
                "type": ast.unparse(node.annotation),
                "default": ast.unparse(node.value) if node.value is not None else "",
                "help": line.split("#", 1)[1].strip() if "#" in line else "",
            }
    return found


def check_parameters(notebook: str | os.PathLike, parameters: dict[str, Any]) -> dict[str, Any]:
    """Check ``parameters`` against what ``notebook`` declares and convert them to the declared types.

    Strings (as given on a command line) are converted: ``int``, ``float``, ``bool``
    (true/false/yes/no/1/0), ``list[...]`` (YAML ``[a, b]`` or ``a,b``), ``None`` (none/null).

    Raises
    ------
    ParameterError
        For a name the notebook does not declare, or a value that does not fit its type; the
        message lists the notebook's parameters. (papermill itself only logs a warning.)
    """
    declared = notebook_parameters(notebook)
    listing = "; ".join(f"{n}: {p['type']} = {p['default']}  # {p['help']}" for n, p in declared.items())
    name_of = Path(notebook).name
    checked = {}
    for name, value in parameters.items():
        if name not in declared:
            raise ParameterError(f"{name_of}: unknown parameter {name!r}; it takes: {listing}")
        type_name = declared[name]["type"]
        try:
            checked[name] = _convert(value, type_name)
        except (TypeError, ValueError):
            raise ParameterError(
                f"{name_of}: parameter {name!r} expects {type_name}, got {value!r}; it takes: {listing}"
            ) from None
    return checked


def _convert(value: Any, type_name: str) -> Any:
    options = [t.strip() for t in type_name.split("|")]
    if "None" in options and (value is None or (isinstance(value, str) and value.lower() in ("none", "null", ""))):
        return None
    for option in options:
        base = option.split("[", 1)[0]
        try:
            return _CONVERTERS[base](value)
        except (KeyError, TypeError, ValueError):
            continue
    raise ValueError(value)


def _to_int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise TypeError(value)
    return int(value)


def _to_float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise TypeError(value)
    return float(value)


def _to_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in _TRUE + _FALSE:
        return value.lower() in _TRUE
    raise ValueError(value)


def _to_str(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise TypeError(value)
    return value


def _to_list(value: Any) -> list:
    if isinstance(value, str):
        parsed = yaml.safe_load(value) if value.strip().startswith("[") else None
        value = parsed if parsed is not None else [v.strip() for v in value.split(",") if v.strip()]
    if not isinstance(value, list | tuple):
        raise TypeError(value)
    return [_to_str(v) if isinstance(v, dt.date) else v for v in value]


_CONVERTERS = {"int": _to_int, "float": _to_float, "bool": _to_bool, "str": _to_str, "list": _to_list}


def render_notebook(
    notebook: str | os.PathLike,
    out_dir: str | os.PathLike | None = None,
    parameters: dict[str, Any] | None = None,
) -> Rendered:
    """Execute ``notebook`` with papermill and write ``<out>/<stem>.ipynb`` and ``<stem>.html``.

    The notebook runs in a temporary file beside the target, which replaces the report only when
    every cell succeeded, so a failure leaves the previous good report untouched. The failed run
    is kept as ``<stem>.failed.ipynb`` for inspection and :class:`RenderError` names the cell.
    """
    import nbformat
    import papermill
    from papermill.exceptions import PapermillExecutionError

    notebook = Path(notebook).resolve()
    out = Path(out_dir) if out_dir is not None else reports_dir()
    out.mkdir(parents=True, exist_ok=True)
    checked = check_parameters(notebook, parameters or {})
    target, page = out / f"{notebook.stem}.ipynb", out / f"{notebook.stem}.html"
    partial, failed = out / f".{notebook.stem}.partial.ipynb", out / f"{notebook.stem}.failed.ipynb"
    try:
        with _kernel_config() as config:
            papermill.execute_notebook(
                str(notebook),
                str(partial),
                parameters=checked,
                kernel_name=KERNEL_NAME,
                cwd=str(project_root()),
                progress_bar=sys.stderr.isatty(),
                log_output=False,
                config=config,
            )
    except PapermillExecutionError as err:
        os.replace(partial, failed)
        where = f"cell {err.exec_count or err.cell_index}"  # as numbered In [n] in the failed copy
        raise RenderError(
            f"{notebook.name}: {where} failed: {err.ename}: {_first_line(err.evalue)}; see {failed}"
        ) from err
    except Exception as err:  # kernel died, timeout, bad notebook JSON: same contract
        if partial.exists():
            os.replace(partial, failed)
        raise RenderError(f"{notebook.name}: could not execute: {type(err).__name__}: {_first_line(str(err))}") from err
    nb = nbformat.read(partial, as_version=4)
    _drop_volatile_metadata(nb)
    nbformat.write(nb, partial)
    html_partial = out / f".{notebook.stem}.partial.html"
    html_partial.write_text(export_html(nb), encoding="utf-8")
    os.replace(partial, target)
    os.replace(html_partial, page)
    failed.unlink(missing_ok=True)
    return Rendered(notebook, target, page, checked)


@contextlib.contextmanager
def _kernel_config() -> Iterator[Any]:
    """Configuration of the kernel that runs a notebook: on POSIX, its sockets are files in a
    private temporary folder (IPC), not ports on 127.0.0.1.

    TCP ports are picked by the client and bound later by the kernel, a race that renders
    running side by side lose now and then ("Address already in use"); and ipykernel warns
    on every start that TCP traffic is not encrypted. The folder's absolute path matters: the
    kernel runs in the project root, not in the client's working directory.
    """
    from traitlets.config import Config

    config = Config()
    if os.name != "posix":
        yield config
        return
    with tempfile.TemporaryDirectory(prefix="talks-kernel-") as folder:
        config.KernelManager.transport = "ipc"
        config.KernelManager.ip = os.path.join(folder, "kernel")
        yield config


def _first_line(text: str) -> str:
    lines = str(text).strip().splitlines()
    return lines[0] if lines else ""


def _drop_volatile_metadata(nb: nbformat.NotebookNode) -> None:
    meta = nb.metadata.get("papermill", {})
    for key in _VOLATILE_NB_KEYS:
        meta.pop(key, None)
    for index, cell in enumerate(nb.cells):
        cell.id = f"cell-{index}"  # papermill gives the injected cell a random id
        cell.metadata.pop("papermill", None)
        cell.metadata.pop("execution", None)


def export_html(nb: nbformat.NotebookNode) -> str:
    """HTML for readers: code removed, figures inline, nothing loaded from the network."""
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor

    templates = resources.files("analysis") / "templates"
    exporter = HTMLExporter(
        template_name="offline",
        extra_template_basedirs=[str(templates)],
        exclude_input=True,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
    )
    exporter.register_preprocessor(
        TagRemovePreprocessor(
            remove_cell_tags=HIDDEN_CELL_TAGS, remove_all_outputs_tags=HIDDEN_OUTPUT_TAGS, enabled=True
        ),
        enabled=True,
    )
    body, _ = exporter.from_notebook_node(nb)
    return body


def render_reports(
    notebooks: list[str] | None = None,
    seeds: str | os.PathLike | None = None,
    out_dir: str | os.PathLike | None = None,
    parameters: dict[str, Any] | None = None,
) -> list[Rendered]:
    """Render the notebooks (all, or those named) for the seeds in ``seeds`` into ``out_dir``.

    ``parameters`` go to every notebook that declares them; a name that no notebook declares is
    an error. ``seeds`` becomes each notebook's ``seeds_dir``, written relative to the project
    when it lies inside it so that reports stay the same on every clone. Writes
    ``index.html`` linking the reports. Stops at the first failure (:class:`RenderError`).
    """
    chosen = find_notebooks(notebooks)
    parameters = dict(parameters or {})
    if seeds is not None:
        parameters["seeds_dir"] = _portable(Path(seeds))
    declared = {name for nb in chosen for name in notebook_parameters(nb)}
    unknown = sorted(set(parameters) - declared)
    if unknown:
        raise ParameterError(
            f"unknown parameter {unknown[0]!r}: none of {', '.join(nb.name for nb in chosen)} declares it; "
            f"they take: {', '.join(sorted(declared))}"
        )
    out = Path(out_dir) if out_dir is not None else reports_dir()
    rendered = []
    for nb in chosen:
        own = {k: v for k, v in parameters.items() if k in notebook_parameters(nb)}
        log.info("rendering %s", nb.name)
        rendered.append(render_notebook(nb, out, own))
    write_index(out, seeds if seeds is not None else "seeds")
    return rendered


def _portable(path: Path) -> str:
    path = path.resolve()
    try:
        return path.relative_to(project_root()).as_posix()
    except ValueError:
        return str(path)


def write_index(out_dir: str | os.PathLike, seeds: str | os.PathLike = "seeds") -> Path:
    """Write ``index.html`` in ``out_dir``: a link to every report there, with the seeds and parameters.

    Lists the reports found in the folder (so a partial re-render keeps the others listed), the
    date range of the articles, each seed file with a short SHA-256, and each report's parameters.
    Everything is escaped; nothing depends on the clock, so the page is the same for the same seeds.
    """
    import nbformat

    from .seeds import iter_seed_paths, load_seeds

    out = Path(out_dir)
    seeds_path = Path(seeds) if Path(seeds).is_absolute() else project_root() / seeds
    corpus = load_seeds(seeds_path)
    dates = corpus.articles["published"]
    span = f"{dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}" if len(dates) else "no articles"
    esc = html.escape
    rows = []
    for ipynb in sorted(out.glob("[0-9][0-9]-*.ipynb")):
        if ipynb.name.endswith(".failed.ipynb"):
            continue
        nb = nbformat.read(ipynb, as_version=4)
        params = nb.metadata.get("papermill", {}).get("parameters", {})
        shown = ", ".join(f"{k} = {json.dumps(v)}" for k, v in sorted(params.items())) or "defaults"
        title = next((c.source.lstrip("# ").splitlines()[0] for c in nb.cells if c.cell_type == "markdown"), ipynb.stem)
        rows.append(
            f'<li><a href="{esc(ipynb.stem)}.html">{esc(title)}</a> '
            f'(<a href="{esc(ipynb.name)}">notebook</a>)<br><small>parameters: {esc(shown)}</small></li>'
        )
    files = []
    for path, skip in iter_seed_paths(seeds_path):
        digest = hashlib.sha256(path.read_bytes()).hexdigest()[:12] if skip is None else "skipped"
        files.append(f"<li><code>{esc(path.name)}</code> <small>{esc(digest)}</small></li>")
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Talks workbook reports</title>
<style>body{{font-family:sans-serif;max-width:48em;margin:2em auto;line-height:1.5}}small{{color:#555}}</style>
</head>
<body>
<h1>Talks workbook reports</h1>
<p>{len(corpus.articles)} articles published {esc(span)}; {len(corpus.problems)} problems.
Seeds: <code>{esc(_portable(seeds_path))}</code>.</p>
<h2>Reports</h2>
<ul>
{chr(10).join(rows)}
</ul>
<h2>Seed files</h2>
<ul>
{chr(10).join(files)}
</ul>
</body>
</html>
"""
    index = out / "index.html"
    index.write_text(page, encoding="utf-8")
    return index
