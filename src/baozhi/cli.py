"""``clean-files``: clean newspaper text files from the command line.

A thin layer over :func:`baozhi.repair`.  Its options are generated from the fields of
:class:`~baozhi.CleanConfig`, so the command line can do nothing the library cannot.

    clean-files seeds -o cleaned          # one cleaned file per input, names kept
    clean-files page.txt -o -             # cleaned text on stdout
    clean-files seeds -o cleaned --no-undo-fake-bold --log repairs.jsonl
    clean-files seeds -o articles --format json   # one page of articles per input

Formats: ``text`` writes the clean text (``page.txt`` → ``OUT/page.txt``); ``json``
writes :meth:`baozhi.Page.to_dict` (``OUT/page.json``, or one line per page on
stdout); ``markdown`` writes :meth:`baozhi.Page.to_markdown` (``OUT/page.md``).

Guarantees: an output is written to a temporary file beside it and moved into place,
so an error or Ctrl-C never leaves a partial file; an input is never overwritten; the
output is byte-identical (UTF-8, ``\\n`` line ends) for any ``--jobs``.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import dataclasses
import inspect
import io
import itertools
import json
import os
import secrets
import signal
import sys
import typing
from collections.abc import Generator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TextIO

import baozhi
from baozhi.articles.segment import segment
from baozhi.config import CleanConfig
from baozhi.errors import BaozhiError, ConfigError
from baozhi.text.decode import read_text

__all__ = ["main"]

PROG = "clean-files"
STDOUT = "-"

Format = Literal["text", "json", "markdown"]
FORMATS: tuple[Format, ...] = ("text", "json", "markdown")
# A text output keeps the input's own name; the others say what they hold.
_SUFFIXES: dict[str, str] = {"json": ".json", "markdown": ".md"}

# Exit codes: 0 every file cleaned, 1 some input could not be cleaned or written,
# 2 a usage or configuration error (nothing was written), 130 interrupted.
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class _UsageError(Exception):
    """A mistake on the command line found after parsing (exit 2, nothing written)."""


@dataclass(frozen=True, slots=True)
class _Job:
    """One input file and where its output goes (``None``: stdout)."""

    source: Path
    name: str  # the input as the user would write it: used in messages and the log
    target: Path | None
    # The page's name in a JSON page: relative to the folder given, so it is the
    # same on every machine and for every working directory.
    page_id: str


@dataclass(frozen=True, slots=True)
class _Outcome:
    """What a worker returns: the clean text, its repairs and warnings, or why it failed."""

    text: str = ""
    repairs: tuple[dict[str, object], ...] = ()
    warnings: tuple[dict[str, object], ...] = ()
    error: str | None = None


# --- the parser, generated from CleanConfig --------------------------------------------


def _field_docs() -> dict[str, str]:
    """The first sentence of each CleanConfig field's docstring, for ``--help``."""
    try:
        tree = ast.parse(inspect.getsource(CleanConfig))
    except (OSError, TypeError, SyntaxError):  # no source available: plain help
        return {}
    docs: dict[str, str] = {}
    body = tree.body[0].body if tree.body and isinstance(tree.body[0], ast.ClassDef) else []
    for statement, following in itertools.pairwise(body):
        if (
            isinstance(statement, ast.AnnAssign)
            and isinstance(statement.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            text = " ".join(following.value.value.replace("``", "").split())
            docs[statement.target.id] = text.replace("%", "%%")
    return docs


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Clean text extracted from Chinese newspaper pages (PDF or OCR).",
        epilog=(
            "Folders are searched for *.txt files recursively.  Each input gets one output "
            "file under OUT with the same relative name (.json or .md for those formats).  "
            "Exit status: 0 all cleaned, "
            "1 some file failed, 2 usage error, 130 interrupted."
        ),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="a text file or a folder")
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help="output folder (created if missing), or - for stdout",
    )
    parser.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default="text",
        help=(
            "text: the clean text; json: the page's articles (Page.to_dict, one line per "
            "page on stdout); markdown: the articles for reading (default: text)"
        ),
    )
    parser.add_argument(
        "--log",
        metavar="FILE",
        help='write the repair log and its warnings ("warning": true) to FILE as JSON Lines',
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_positive_int,
        default=1,
        metavar="N",
        help="clean with N processes (output is identical for any N; default 1)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="print only errors, no summary")
    parser.add_argument("--version", action="version", version=f"%(prog)s {baozhi.__version__}")

    repairs = parser.add_argument_group(
        "repairs",
        "These options mirror baozhi.CleanConfig: each --no- option turns off a repair that is"
        " on by default; the others show their defaults.",
    )
    docs = _field_docs()
    hints = typing.get_type_hints(CleanConfig)
    for field in dataclasses.fields(CleanConfig):
        hint = hints[field.name]
        option = "--" + field.name.replace("_", "-")
        doc = docs.get(field.name, field.name.replace("_", " "))
        # SUPPRESS: an option not given does not reach CleanConfig, whose default wins.
        common: dict[str, typing.Any] = {"dest": field.name, "default": argparse.SUPPRESS}
        if hint is bool:
            repairs.add_argument(
                "--no-" + option[2:], action="store_false", help=f"skip: {doc}", **common
            )
        elif typing.get_origin(hint) is Literal:
            choices = [str(choice) for choice in typing.get_args(hint)]
            repairs.add_argument(
                option, choices=choices, help=f"{doc} (default: {field.default})", **common
            )
        elif hint is int:
            repairs.add_argument(
                option, type=int, metavar="N", help=f"{doc} (default: {field.default})", **common
            )
        elif str in typing.get_args(hint):
            repairs.add_argument(option, metavar="NAME", help=doc, **common)
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _config(args: argparse.Namespace) -> CleanConfig:
    given = {
        f.name: getattr(args, f.name)
        for f in dataclasses.fields(CleanConfig)
        if hasattr(args, f.name)
    }
    config = CleanConfig(**given)
    # Some settings are checked only when used (an OpenCC name when the converter
    # loads): clean an empty text once so a bad setting fails before any file.
    baozhi.repair("", config)
    return config


# --- which files, and where they go ----------------------------------------------------


def _plan(paths: Sequence[str], output: str, log: str | None, fmt: Format) -> list[_Job]:
    to_stdout = output == STDOUT
    out_dir = None if to_stdout else Path(output)
    if out_dir is not None and out_dir.exists() and not out_dir.is_dir():
        raise _UsageError(f"{output}: the output must be a folder (or - for stdout)")
    out_resolved = out_dir.resolve() if out_dir is not None else None

    jobs: list[_Job] = []
    seen: set[Path] = set()
    for argument in paths:
        root = Path(argument)
        if root.is_dir() and root.resolve() == out_resolved:
            # Outputs would land among the inputs and files that share their names.
            raise _UsageError(f"-o {output} is the input folder {argument}; choose another output")
        if root.is_dir():
            # Sorted by path components (code points, not the locale): the same
            # order on every machine, and a folder's files stay together.
            found = sorted(
                (p for p in root.rglob("*.txt") if p.is_file()),
                key=lambda p: p.relative_to(root).parts,
            )
            # A previous run's output in a subfolder of the input is not input (an
            # output folder that is the input folder itself is refused below).
            if out_resolved is not None and out_resolved != root.resolve():
                found = [p for p in found if out_resolved not in p.resolve().parents]
            if not found:
                _warn(f"{argument}: no *.txt files in this folder")
            pairs = [(p, p.relative_to(root)) for p in found]
        else:  # a file, or a path that does not exist: reading it reports why
            pairs = [(root, Path(root.name))]
        for source, relative in pairs:
            resolved = source.resolve()
            if resolved in seen:
                continue
            seen.add(resolved)
            if fmt in _SUFFIXES:
                relative = relative.with_name(relative.stem + _SUFFIXES[fmt])
            target = None if out_dir is None else out_dir / relative
            jobs.append(_Job(source, str(source), target, _page_id(source, root)))

    _refuse_overwrites(jobs, output, log)
    return jobs


def _page_id(source: Path, root: Path) -> str:
    """``source`` relative to the folder it was found in, with ``/``: ``2024/p01.txt``."""
    return source.relative_to(root).as_posix() if source != root else source.name


def _refuse_overwrites(jobs: Sequence[_Job], output: str, log: str | None) -> None:
    """Never overwrite an input, and never write two things to one file."""
    # Outputs replace directory entries (os.replace), so an input's content can only
    # be lost if an output has its path, whatever links point at it.
    inputs = {job.source.resolve(): job.name for job in jobs}
    writers: dict[Path, str] = {}
    targets = [(job.target, job.name, f"-o {output}") for job in jobs if job.target]
    if log is not None:
        targets.append((Path(log), "the repair log", f"--log {log}"))
    for target, what, option in targets:
        resolved = target.resolve()
        overwritten = inputs.get(resolved)
        if overwritten is not None:
            raise _UsageError(
                f"{option} would overwrite the input {overwritten}; choose another output"
            )
        if resolved in writers:
            raise _UsageError(f"{writers[resolved]} and {what} would both be written to {target}")
        writers[resolved] = what


# --- cleaning (in this process or a worker) --------------------------------------------


def _clean_one(job: _Job, config: CleanConfig, fmt: Format) -> _Outcome:
    """Read, clean and render one file; report failure as a one-line reason, never raise."""
    try:
        source_text = read_text(job.source)
        result = baozhi.repair(source_text, config)
        text = _render(result, source_text, job.page_id, fmt, compact=job.target is None)
    except BaozhiError as error:
        return _Outcome(error=_name_file(job.name, error))
    except Exception as error:  # a bug must not stop a batch: report it and go on
        kind = type(error).__name__
        return _Outcome(error=f"{job.name}: unexpected {kind}: {_one_line(error)}")
    return _Outcome(
        text,
        tuple(r.to_dict() for r in result.repairs),
        tuple(w.to_dict() for w in result.warnings),
    )


def _render(
    result: baozhi.CleanResult, source_text: str, page_id: str, fmt: Format, *, compact: bool
) -> str:
    """The output file's text: the clean text, or the page's articles as JSON or Markdown.

    ``result`` is the repair of ``source_text``; ``compact`` JSON is one line, so
    that pages on stdout are JSON Lines.
    """
    if fmt == "text":
        return result.text
    page = segment(result, source_text=source_text, source=page_id)
    if fmt == "markdown":
        return page.to_markdown()
    document = page.to_dict()
    if compact:
        return json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _name_file(name: str, error: BaozhiError) -> str:
    message = _one_line(error)
    return message if name in message else f"{name}: {message}"


def _one_line(message: object) -> str:
    return " ".join(str(message).splitlines()) or "(no message)"


def _ignore_interrupts() -> None:
    # Workers leave Ctrl-C to the main process, which stops the pool cleanly.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _outcomes(
    jobs: Sequence[_Job], config: CleanConfig, processes: int, fmt: Format
) -> Generator[_Outcome, None, None]:
    """Each job's outcome, in job order whatever the number of processes."""
    if processes == 1 or len(jobs) < 2:
        for job in jobs:
            yield _clean_one(job, config, fmt)
        return
    pool = ProcessPoolExecutor(
        max_workers=min(processes, len(jobs)), initializer=_ignore_interrupts
    )
    try:
        yield from pool.map(_clean_one, jobs, [config] * len(jobs), [fmt] * len(jobs))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# --- writing ---------------------------------------------------------------------------


class _AtomicFile:
    """A file written beside ``path`` under a temporary name and moved into place.

    Until :meth:`commit`, ``path`` is untouched; :meth:`discard` (or an exception)
    removes the temporary file, so nothing partial is ever left behind.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        while True:
            self.temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
            try:
                # O_EXCL: never reuse a file; mode 0o666 lets the umask decide, as for open().
                fd = os.open(self.temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            except FileExistsError:
                continue
            break
        self.file = os.fdopen(fd, "wb")

    def write(self, data: bytes) -> None:
        _write_all(self.file, data)

    def commit(self) -> None:
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()
        os.replace(self.temp, self.path)

    def discard(self) -> None:
        self.file.close()
        self.temp.unlink(missing_ok=True)


def _write_output(path: Path, text: str) -> None:
    output = _AtomicFile(path)
    try:
        output.write(text.encode("utf-8"))
        output.commit()
    except BaseException:
        output.discard()
        raise


def _write_stdout(text: str) -> None:
    stream: TextIO = sys.stdout
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:  # bytes: UTF-8 and \n whatever the locale or platform
        stream.flush()
        _write_all(buffer, text.encode("utf-8"))
        buffer.flush()
    else:
        stream.write(text)
        stream.flush()


def _write_all(stream: typing.BinaryIO | io.BufferedWriter, data: bytes) -> None:
    # A buffered write may take only part of a large chunk (a pipe whose reader has
    # gone returns a short count before it raises); go on until all is written.
    view = memoryview(data)
    while view:
        written = stream.write(view)
        if not written:
            raise OSError(f"a write made no progress ({len(view)} bytes left)")
        view = view[written:]


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at devnull so exit does not complain again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass  # stdout is not a real file (a test's capture): nothing will flush it


def _error(message: str) -> None:
    print(f"{PROG}: error: {message}", file=sys.stderr, flush=True)


def _warn(message: str) -> None:
    print(f"{PROG}: warning: {message}", file=sys.stderr, flush=True)


# --- main ------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """Run ``clean-files`` with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    try:
        return _run(argv)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED


def _clean_all(
    jobs: Sequence[_Job],
    config: CleanConfig,
    processes: int,
    fmt: Format,
    log: _AtomicFile | None,
) -> tuple[int, int, int, int]:
    """Clean and write every job in order; return (failed, cleaned, repairs, warnings)."""
    failed = cleaned = repaired = warned = 0
    outcomes = _outcomes(jobs, config, processes, fmt)
    with contextlib.closing(outcomes):  # stops the worker pool on any way out
        for job, outcome in zip(jobs, outcomes, strict=True):
            if outcome.error is not None:
                _error(outcome.error)
                failed += 1
                continue
            if job.target is None:
                _write_stdout(outcome.text)
            else:
                try:
                    _write_output(job.target, outcome.text)
                except OSError as error:
                    _error(f"{job.target}: cannot write: {error.strerror or error}")
                    failed += 1
                    continue
            if log is not None:
                _write_log(log, job.name, outcome)
            cleaned += 1
            repaired += len(outcome.repairs)
            warned += len(outcome.warnings)
    return failed, cleaned, repaired, warned


def _write_log(log: _AtomicFile, name: str, outcome: _Outcome) -> None:
    """One JSON line per repair, then one per warning, which ``"warning": true`` marks."""
    records = [{"file": name, **entry} for entry in outcome.repairs]
    records += [{"file": name, "warning": True, **entry} for entry in outcome.warnings]
    for record in records:
        log.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")


def _discard(log: _AtomicFile | None) -> None:
    if log is not None:
        log.discard()


def _run(argv: list[str] | None) -> int:
    try:
        args = _build_parser().parse_args(argv)
    except SystemExit as exit:  # --help, --version (0) or a usage error (2)
        return exit.code if isinstance(exit.code, int) else EXIT_USAGE
    try:
        config = _config(args)
        jobs = _plan(args.paths, args.output, args.log, args.format)
    except (ConfigError, _UsageError) as error:
        _error(_one_line(error))
        return EXIT_USAGE

    to_stdout = args.output == STDOUT
    if not to_stdout:
        try:
            Path(args.output).mkdir(parents=True, exist_ok=True)
        except OSError as error:
            _error(f"{args.output}: cannot create the output folder: {error.strerror or error}")
            return EXIT_FAILED

    log: _AtomicFile | None = None
    try:
        if args.log:
            log = _AtomicFile(Path(args.log))
        failed, cleaned, repaired, warned = _clean_all(jobs, config, args.jobs, args.format, log)
        if log is not None:
            log.commit()
    except BrokenPipeError:
        # The reader stopped reading (``clean-files big.txt -o - | head``): stop quietly.
        _discard(log)
        _silence_stdout()
        return EXIT_OK
    except OSError as error:  # the log or stdout: each output file reports its own
        _discard(log)
        where = error.filename or (args.log if log is not None else "stdout")
        _error(f"{where}: cannot write: {error.strerror or error}")
        return EXIT_FAILED
    except BaseException:
        _discard(log)
        raise

    if not args.quiet:
        where = "stdout" if to_stdout else args.output
        summary = f"{PROG}: cleaned {cleaned} file{'s' * (cleaned != 1)} into {where}"
        summary += f", {repaired} repairs" + (f", {warned} warnings" if warned else "")
        summary += f", {failed} failed" if failed else ""
        print(summary, file=sys.stderr)
    return EXIT_FAILED if failed else EXIT_OK


if __name__ == "__main__":  # python -m baozhi.cli
    from baozhi.cli import main as _main  # the importable module, so workers can find it

    raise SystemExit(_main())
