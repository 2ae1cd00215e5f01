"""clean-files: in-process through ``main([...])``, and a few runs of the installed script."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import baozhi
from baozhi import CleanConfig, cli
from baozhi.cli import main

# Small pages with real artefacts from the seeds: doubling, \r\n, trailing and stray spaces.
PAGE_A = "示范示范““新新””区奋力跃升区奋力跃升\r\n\r\n近年来，洛阳市坚持以创新驱动 \r\n为引领。\r\n"
PAGE_B = " 本报讯 （记者孙聪利）11 月 30 日上午，\n\n\n中 出 现 的 新 问 题 ，又 促 进 了\n"
PAGE_C = "漢字與標點：不變。\n"
# OCR noise from a tesseract dev page: a misread ℃ (three warnings) and a space to remove.
PAGE_OCR = '过程降温幅度达\n8 "至10 *c ，最低气温将降\n'


def clean_bytes(text: str, config: CleanConfig | None = None) -> bytes:
    return baozhi.clean_text(text, config).encode("utf-8")


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))
    return path


def files_under(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


@pytest.fixture
def pages(tmp_path: Path) -> Path:
    """A folder of pages: two at the top, one in a subfolder, and a file that is no page."""
    folder = tmp_path / "pages"
    write(folder / "a.txt", PAGE_A)
    write(folder / "b.txt", PAGE_B)
    write(folder / "sub" / "c.txt", PAGE_C)
    write(folder / "notes.md", "not a page")
    return folder


def stderr_lines(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return capsys.readouterr().err.splitlines()


# --- the main job ----------------------------------------------------------------------


def test_one_output_per_input_with_mirrored_names(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "cleaned"
    assert main([str(pages), "-o", str(out), "--quiet"]) == 0
    assert files_under(out) == ["a.txt", "b.txt", "sub/c.txt"]
    assert (out / "a.txt").read_bytes() == clean_bytes(PAGE_A)
    assert (out / "b.txt").read_bytes() == clean_bytes(PAGE_B)
    assert (out / "sub" / "c.txt").read_bytes() == clean_bytes(PAGE_C)


def test_output_is_utf8_with_newline_line_ends(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "cleaned"
    assert main([str(pages / "a.txt"), "-o", str(out), "-q"]) == 0
    data = (out / "a.txt").read_bytes()
    assert b"\r" not in data
    assert data.decode("utf-8").endswith("\n")


def test_file_arguments_keep_their_names_and_out_is_created(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "new" / "deeper"
    assert main([str(pages / "sub" / "c.txt"), str(pages / "b.txt"), "-o", str(out), "-q"]) == 0
    assert files_under(out) == ["b.txt", "c.txt"]


def test_summary_on_stderr_unless_quiet(
    pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(pages), "-o", str(tmp_path / "out")]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "cleaned 3 files" in captured.err
    assert main([str(pages), "-o", str(tmp_path / "out2"), "--quiet"]) == 0
    assert capsys.readouterr().err == ""


def test_stdout_gets_each_text_in_order(
    pages: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main([str(pages), "-o", "-", "-q"]) == 0
    assert capsysbinary.readouterr().out == (
        clean_bytes(PAGE_A) + clean_bytes(PAGE_B) + clean_bytes(PAGE_C)
    )


def test_log_is_json_lines_of_every_repair(pages: Path, tmp_path: Path) -> None:
    log = tmp_path / "logs" / "repairs.jsonl"
    assert main([str(pages), "-o", str(tmp_path / "out"), "--log", str(log), "-q"]) == 0
    entries = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    expected = [
        {"file": str(pages / name), **r.to_dict()}
        for name, text in [("a.txt", PAGE_A), ("b.txt", PAGE_B), ("sub/c.txt", PAGE_C)]
        for r in baozhi.repair(text).repairs
    ]
    assert entries == expected
    assert entries  # PAGE_A's \r\n line ends are repaired whatever else is
    assert all(list(e) == ["file", "kind", "start", "end", "before", "after"] for e in entries)


def test_log_lists_warnings_after_each_files_repairs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = write(tmp_path / "pages" / "ocr.txt", PAGE_OCR)
    log = tmp_path / "log.jsonl"
    assert main([str(page), "-o", str(tmp_path / "out"), "--log", str(log)]) == 0
    entries = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    result = baozhi.repair(PAGE_OCR)
    assert entries == [{"file": str(page), **r.to_dict()} for r in result.repairs] + [
        {"file": str(page), "warning": True, **w.to_dict()} for w in result.warnings
    ]
    warnings = [e for e in entries if e.get("warning")]
    assert [e["kind"] for e in warnings] == ["straight_quote", "asterisk", "stray_latin"]
    assert all(
        list(e) == ["file", "warning", "kind", "start", "end", "text", "reason"] for e in warnings
    )
    assert "repairs, 3 warnings" in capsys.readouterr().err


def test_warnings_can_be_switched_off(tmp_path: Path) -> None:
    page = write(tmp_path / "pages" / "ocr.txt", PAGE_OCR)
    out, log = tmp_path / "out", tmp_path / "log.jsonl"
    argv = [str(page), "-o", str(out), "--log", str(log), "-q", "--no-report-suspicious"]
    assert main(argv) == 0
    entries = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert entries
    assert [e for e in entries if "warning" in e] == []
    assert (out / "ocr.txt").read_bytes() == clean_bytes(PAGE_OCR)


def test_stdout_order_follows_sorted_paths(
    tmp_path: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    folder = tmp_path / "pages"
    for name in ["b.txt", "a/z.txt", "a.txt", "c/a.txt"]:
        write(folder / name, f"{name}\n")
    assert main([str(folder), "-o", "-", "-q"]) == 0
    # Sorted by path components, so a folder's files stay together.
    expected = ["a/z.txt", "a.txt", "b.txt", "c/a.txt"]
    assert capsysbinary.readouterr().out.decode().split() == expected


def test_jobs_give_byte_identical_output(pages: Path, tmp_path: Path) -> None:
    for n in range(8):
        write(pages / "more" / f"{n:02}.txt", PAGE_A * (n + 1) + PAGE_B)
    results = []
    for jobs in ["1", "2", "3"]:
        out, log = tmp_path / f"out{jobs}", tmp_path / f"log{jobs}.jsonl"
        assert main([str(pages), "-o", str(out), "--log", str(log), "--jobs", jobs, "-q"]) == 0
        results.append(({p: (out / p).read_bytes() for p in files_under(out)}, log.read_bytes()))
    assert results[0] == results[1] == results[2]
    assert len(results[0][0]) == 11


# --- article formats --------------------------------------------------------------------

ARTICLE_PAGE = (
    "寒潮来袭 我市将迎大风降温\n\n"
    "本报讯（记者孙聪利 通讯员李蓥婕）记者从市气象台获悉，\n本周末我市将迎来大风降温天气。\n"
)


def test_json_format_writes_each_page_as_its_articles(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    write(folder / "2024" / "p01.txt", ARTICLE_PAGE)
    out = tmp_path / "articles"
    assert main([str(folder), "-o", str(out), "--format", "json", "-q"]) == 0
    assert files_under(out) == ["2024/p01.json"]
    document = json.loads((out / "2024" / "p01.json").read_bytes().decode("utf-8"))
    # The page is named relative to the folder given, the same on every machine.
    assert document == baozhi.parse_page(ARTICLE_PAGE, source="2024/p01.txt").to_dict()
    [article] = document["articles"]
    assert article["title"] == "寒潮来袭 我市将迎大风降温"
    assert article["byline"] == "本报讯（记者孙聪利 通讯员李蓥婕）"
    assert article["authors"] == ["孙聪利", "李蓥婕"]
    assert article["paragraphs"] == ["记者从市气象台获悉，本周末我市将迎来大风降温天气。"]


def test_json_format_reads_the_page_as_parse_page_does(tmp_path: Path) -> None:
    # Seed 003 sets its sections in columns of their own width: the segmenter
    # reads the widths from the source lines, in the CLI as in parse_page.
    seed = Path(__file__).resolve().parent.parent / "seeds" / "003_6a8092c4a8746530.txt"
    folder = tmp_path / "pages"
    text = seed.read_bytes().decode("utf-8")
    write(folder / seed.name, text)
    out = tmp_path / "articles"
    assert main([str(folder), "-o", str(out), "--format", "json", "-q"]) == 0
    document = json.loads((out / f"{seed.stem}.json").read_bytes().decode("utf-8"))
    assert document == baozhi.parse_page(text, source=seed.name).to_dict()
    assert document["articles"][0]["kicker"] is None


def test_json_on_stdout_is_one_line_per_page(
    pages: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert main([str(pages), "-o", "-", "-f", "json", "-q"]) == 0
    lines = capsysbinary.readouterr().out.decode("utf-8").splitlines()
    assert [json.loads(line)["source"] for line in lines] == ["a.txt", "b.txt", "sub/c.txt"]


def test_markdown_format(pages: Path, tmp_path: Path) -> None:
    page = write(tmp_path / "p01.txt", ARTICLE_PAGE)
    out = tmp_path / "md"
    assert main([str(page), "-o", str(out), "--format", "markdown", "-q"]) == 0
    assert files_under(out) == ["p01.md"]
    text = (out / "p01.md").read_bytes().decode("utf-8")
    assert text == baozhi.parse_page(ARTICLE_PAGE).to_markdown()
    assert text.startswith("# 寒潮来袭 我市将迎大风降温\n")


def test_json_output_is_identical_for_any_number_of_jobs(pages: Path, tmp_path: Path) -> None:
    for n in range(4):
        write(pages / "more" / f"{n:02}.txt", ARTICLE_PAGE * (n + 1))
    outputs = []
    for jobs in ["1", "2"]:
        out = tmp_path / f"out{jobs}"
        assert main([str(pages), "-o", str(out), "-f", "json", "-j", jobs, "-q"]) == 0
        outputs.append({p: (out / p).read_bytes() for p in files_under(out)})
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) == 7


def test_a_json_output_never_replaces_an_input(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    write(folder / "p01.txt", ARTICLE_PAGE)
    write(folder / "p01.json", "{}")
    # -o the input folder is refused whatever the format: p01.json is not ours to replace.
    assert main([str(folder), "-o", str(folder), "-f", "json", "-q"]) == 2
    assert (folder / "p01.json").read_bytes() == b"{}"


def test_options_mirror_clean_config(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    argv = [str(pages / "a.txt"), "-o", str(out), "-q", "--no-undo-fake-bold"]
    assert main([*argv, "--cjk-latin-space", "keep"]) == 0
    config = CleanConfig(undo_fake_bold=False, cjk_latin_space="keep")
    assert (out / "a.txt").read_bytes() == clean_bytes(PAGE_A, config)


def test_every_switch_of_clean_config_is_an_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    usage = capsys.readouterr().out
    for field in dataclasses.fields(CleanConfig):
        name = field.name.replace("_", "-")
        option = f"--no-{name}" if isinstance(field.default, bool) else f"--{name}"
        assert option in usage


def test_convert_option(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main([str(pages / "sub" / "c.txt"), "-o", str(out), "--convert", "t2s", "-q"]) == 0
    assert (out / "c.txt").read_text(encoding="utf-8") == "汉字与标点：不变。\n"


@pytest.mark.parametrize(
    "options",
    [["--convert", "no-such-config"], ["--fake-bold-max-chunk", "1"]],
    ids=["unknown-opencc-name", "threshold-out-of-range"],
)
def test_config_error_is_one_line_and_exit_2(
    options: list[str], pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main([str(pages), "-o", str(out), *options]) == 2
    [line] = stderr_lines(capsys)
    assert line.startswith("clean-files: error: ")
    assert not out.exists()


def test_usage_errors_exit_2(pages: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(pages)]) == 2  # no -o
    assert main([str(pages), "-o", "x", "--cjk-latin-space", "squash"]) == 2
    assert main([str(pages), "-o", "x", "--jobs", "0"]) == 2
    assert "usage: clean-files" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"clean-files {baozhi.__version__}\n"


# --- bad input -------------------------------------------------------------------------


def test_missing_file_is_one_line_and_the_others_are_written(
    pages: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, missing = tmp_path / "out", tmp_path / "missing.txt"
    assert main([str(pages / "a.txt"), str(missing), str(pages / "b.txt"), "-o", str(out)]) == 1
    errors = [line for line in stderr_lines(capsys) if "error" in line]
    assert len(errors) == 1
    assert errors[0].startswith(f"clean-files: error: {missing}")
    assert files_under(out) == ["a.txt", "b.txt"]


def test_binary_file_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    image = tmp_path / "scan.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256)))
    out = tmp_path / "out"
    assert main([str(image), "-o", str(out), "-q"]) == 1
    [line] = stderr_lines(capsys)
    assert line.startswith(f"clean-files: error: {image}")
    assert not (out / "scan.txt").exists()


def test_output_folder_equal_to_input_folder_is_refused(
    pages: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = {p: (pages / p).read_bytes() for p in files_under(pages)}
    assert main([str(pages), "-o", str(pages)]) == 2
    [line] = stderr_lines(capsys)
    assert line.startswith("clean-files: error: ")
    assert "is the input folder" in line
    assert {p: (pages / p).read_bytes() for p in files_under(pages)} == before


def test_log_over_an_input_is_refused(pages: Path, tmp_path: Path) -> None:
    before = (pages / "a.txt").read_bytes()
    assert main([str(pages), "-o", str(tmp_path / "out"), "--log", str(pages / "a.txt")]) == 2
    assert (pages / "a.txt").read_bytes() == before


def test_two_inputs_for_one_output_are_refused(tmp_path: Path) -> None:
    one, two = write(tmp_path / "1" / "p.txt", "一"), write(tmp_path / "2" / "p.txt", "二")
    out = tmp_path / "out"
    assert main([str(one), str(two), "-o", str(out)]) == 2
    assert not out.exists()


def test_output_inside_the_input_folder_is_not_read_again(pages: Path) -> None:
    out = pages / "cleaned"
    assert main([str(pages), "-o", str(out), "-q"]) == 0
    assert main([str(pages), "-o", str(out), "-q"]) == 0
    assert files_under(out) == ["a.txt", "b.txt", "sub/c.txt"]


# --- nothing partial, nothing lost -----------------------------------------------------


def test_no_partial_file_when_a_later_file_fails(
    pages: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write_all = cli._write_all

    def failing_write_all(stream: object, data: bytes) -> None:
        if data == clean_bytes(PAGE_B):  # half of b.txt's text, then the disk is full
            real_write_all(stream, data[: len(data) // 2])  # type: ignore[arg-type]
            raise OSError(28, "No space left on device")
        real_write_all(stream, data)  # type: ignore[arg-type]

    monkeypatch.setattr(cli, "_write_all", failing_write_all)
    out = tmp_path / "out"
    write(out / "b.txt", "an earlier run's output\n")
    assert main([str(pages), "-o", str(out), "-q"]) == 1
    assert files_under(out) == ["a.txt", "b.txt", "sub/c.txt"]  # no temporary file left
    assert (out / "b.txt").read_text(encoding="utf-8") == "an earlier run's output\n"
    assert (out / "a.txt").read_bytes() == clean_bytes(PAGE_A)


def test_interrupt_exits_130_and_leaves_no_partial_file(
    pages: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real_write_all = cli._write_all

    def interrupted_write_all(stream: object, data: bytes) -> None:
        if data == clean_bytes(PAGE_B):  # Ctrl-C while b.txt's text is being written
            real_write_all(stream, data[:3])  # type: ignore[arg-type]
            raise KeyboardInterrupt
        real_write_all(stream, data)  # type: ignore[arg-type]

    monkeypatch.setattr(cli, "_write_all", interrupted_write_all)
    out, log = tmp_path / "out", tmp_path / "log.jsonl"
    assert main([str(pages), "-o", str(out), "--log", str(log)]) == 130
    assert files_under(out) == ["a.txt"]
    assert not log.exists()
    assert list(tmp_path.glob(".*")) == []
    assert "Traceback" not in capsys.readouterr().err


def test_outputs_are_readable_like_any_new_file(pages: Path, tmp_path: Path) -> None:
    umask = os.umask(0o022)
    os.umask(umask)
    out = tmp_path / "out"
    assert main([str(pages / "a.txt"), "-o", str(out), "-q"]) == 0
    assert (out / "a.txt").stat().st_mode & 0o777 == 0o666 & ~umask


def test_broken_pipe_stops_quietly(
    pages: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class ClosedPipe:
        def write(self, data: object) -> int:
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self) -> None:
            pass

    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert main([str(pages), "-o", "-"]) == 0
    assert capsys.readouterr().err == ""


# --- the installed script, in a subprocess -----------------------------------------------


def script() -> list[str]:
    """The installed ``clean-files``, or ``python -m baozhi`` where it is not on PATH."""
    installed = Path(sys.executable).with_name("clean-files")
    if installed.exists():
        return [str(installed)]
    found = shutil.which("clean-files")
    return [found] if found else [sys.executable, "-m", "baozhi"]


def test_script_cleans_a_folder(pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run = subprocess.run(
        [*script(), str(pages), "-o", str(out), "--jobs", "2"],
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr.decode()
    assert files_under(out) == ["a.txt", "b.txt", "sub/c.txt"]
    assert (out / "a.txt").read_bytes() == clean_bytes(PAGE_A)


def test_script_into_a_closed_pipe_exits_quietly(tmp_path: Path) -> None:
    # Far more than a pipe holds, so the writer is still writing when the reader goes.
    # Distinct paragraphs: a paragraph printed twice on a page is kept once.
    paragraphs = (f"近年来，洛阳市第{n}次坚持以创新驱动为引领。\n\n" for n in range(40_000))
    big = write(tmp_path / "big.txt", "".join(paragraphs))
    with subprocess.Popen(
        [*script(), str(big), "-o", "-"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        assert process.stdout.read(9).decode("utf-8") == "近年来"
        process.stdout.close()  # `| head -c 9`
        errors = process.stderr.read().decode("utf-8")
        assert process.wait(timeout=120) == 0
    assert errors == ""
