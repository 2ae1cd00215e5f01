"""The package as users meet it: imports, public names, the wheel, configuration errors."""

from __future__ import annotations

import dataclasses
import importlib.metadata
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import baozhi
from baozhi import BaozhiError, CleanConfig, ConfigError

ROOT = Path(__file__).resolve().parents[1]

PUBLIC = [
    "Article",
    "BaozhiError",
    "Block",
    "Caption",
    "CleanConfig",
    "CleanResult",
    "ConfigError",
    "InputError",
    "OtherItem",
    "Page",
    "Repair",
    "Suspicion",
    "clean_text",
    "parse_page",
    "repair",
]


def run_python(code: str) -> str:
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert run.returncode == 0, run.stderr
    return run.stdout


# --- imports and names -----------------------------------------------------------------


def test_import_is_light_opencc_only_when_converting() -> None:
    out = run_python(
        "import sys, baozhi\n"
        "print('opencc' in sys.modules)\n"
        "baozhi.clean_text('漢字 text')\n"
        "print('opencc' in sys.modules)\n"
        "baozhi.clean_text('漢字', baozhi.CleanConfig(convert='t2s'))\n"
        "print('opencc' in sys.modules)\n"
    )
    assert out.split() == ["False", "False", "True"]


def test_public_names_are_the_documented_ones() -> None:
    assert sorted(baozhi.__all__) == PUBLIC
    assert all(hasattr(baozhi, name) for name in PUBLIC)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert [name for name in PUBLIC if name not in readme] == []


def test_version_has_one_source() -> None:
    assert importlib.metadata.version("baozhi") == baozhi.__version__
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"[{baozhi.__version__}]" in changelog


def test_python_m_baozhi_is_clean_files() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "baozhi", "--version"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert (run.returncode, run.stdout) == (0, f"clean-files {baozhi.__version__}\n")


def test_wheel_ships_py_typed_and_the_script(tmp_path: Path) -> None:
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert build.returncode == 0, build.stderr
    [wheel] = tmp_path.glob("baozhi-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        dist_info = f"baozhi-{baozhi.__version__}.dist-info"
        entry_points = archive.read(f"{dist_info}/entry_points.txt").decode()
    assert "baozhi/py.typed" in names
    assert "baozhi/__main__.py" in names
    assert f"{dist_info}/licenses/LICENSE" in names
    assert "clean-files = baozhi.cli:main" in entry_points
    assert not [name for name in names if name.endswith(".whl") or "tests/" in name]


# --- configuration errors --------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"cjk_latin_space": "strip"}, ["cjk_latin_space", "remove", "'strip'"]),
        ({"halfwidth_punct": "narrow"}, ["halfwidth_punct", "fullwidth"]),
        ({"undo_fake_bold": "yes"}, ["undo_fake_bold", "True or False", "'yes'"]),
        ({"join_spaced_han": 1}, ["join_spaced_han", "True or False"]),
        ({"fake_bold_max_chunk": "32"}, ["fake_bold_max_chunk", "integer"]),
        ({"fake_bold_max_chunk": True}, ["fake_bold_max_chunk", "integer"]),
        ({"fake_bold_max_chunk": 1}, ["fake_bold_max_chunk", "between 2 and 256"]),
        ({"repeated_block_min_chars": 0}, ["repeated_block_min_chars", "at least 1"]),
        ({"convert": ""}, ["convert", "OpenCC"]),
        ({"convert": 5}, ["convert"]),
    ],
)
def test_bad_config_raises_config_error_naming_the_field(
    changes: dict[str, object], words: list[str]
) -> None:
    with pytest.raises(ConfigError) as caught:
        CleanConfig(**changes)  # type: ignore[arg-type]
    message = str(caught.value)
    assert [word for word in words if word not in message] == []
    assert "\n" not in message
    # replace() validates like the constructor.
    with pytest.raises(ConfigError):
        CleanConfig().replace(**changes)


def test_config_error_is_a_value_error_and_a_baozhi_error() -> None:
    assert issubclass(ConfigError, ValueError)
    assert issubclass(ConfigError, BaozhiError)


def test_unknown_field_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="undo_fake_bolt"):
        CleanConfig().replace(undo_fake_bolt=False)


def test_config_is_frozen_and_keyword_only() -> None:
    config = CleanConfig()
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.undo_fake_bold = False  # type: ignore[misc]
    with pytest.raises(TypeError):
        CleanConfig(True)  # type: ignore[call-arg]
    assert dataclasses.replace(config, undo_fake_bold=False) == config.replace(undo_fake_bold=False)


# --- conversion ------------------------------------------------------------------------


def test_convert_t2s_converts() -> None:
    assert baozhi.clean_text("漢字與標點", CleanConfig(convert="t2s")) == "汉字与标点\n"
    assert baozhi.clean_text("漢字與標點") == "漢字與標點\n"  # off by default


def test_convert_is_logged() -> None:
    result = baozhi.repair("漢字", CleanConfig(convert="t2s"))
    assert [r.kind for r in result.repairs if r.kind == "convert"] == ["convert"]


def test_unknown_opencc_name_raises_config_error() -> None:
    with pytest.raises(ConfigError, match="no-such-config"):
        baozhi.clean_text("漢字", CleanConfig(convert="no-such-config"))
