"""The `claimcheck extract` command: formats, options, one-line errors and exit statuses."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLES, SEED, RulesCopy, check_records, split_by_input

import claimcheck
from claimcheck.cli import main

NORDPRESS = SAMPLES / "de-nordpress-marnsund-deiche.txt"
HARBOR = SAMPLES / "en-harbor-wire-springfield-lead-pipes.txt"

GERMAN = (
    "Die Stadt Lindenau baut bis 2030 rund 40 Kilometer neue Radwege. "
    "„Das ist längst überfällig“, sagte Bürgermeisterin Anna Berger am Montag. "
    "Laut Polizei kamen 300 Menschen zur Kundgebung vor dem Rathaus.\n"
)


@pytest.fixture(autouse=True)
def plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """A wide terminal without forced colours, so that table output is predictable."""
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "CLAIMCHECK_RULES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "250")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["extract", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def jsonl(out: str) -> list[dict[str, Any]]:
    lines = out.splitlines()
    assert all(line.strip() for line in lines)
    return [json.loads(line) for line in lines]


@pytest.fixture
def german_file(tmp_path: Path) -> Path:
    path = tmp_path / "lindenau.txt"
    path.write_text(GERMAN, encoding="utf-8")
    return path


# --- formats ----------------------------------------------------------------------------


@pytest.mark.parametrize("path", [SEED, NORDPRESS, HARBOR], ids=lambda p: p.stem)
def test_jsonl_records_follow_the_contract(capsys: pytest.CaptureFixture[str], path: Path) -> None:
    status, out, err = run(capsys, "--format", "jsonl", "--all", str(path))
    assert (status, err) == (0, "")
    records = jsonl(out)
    check_records(records, input_name=str(path))
    assert records[0]["text"] == path.read_text(encoding="utf-8")
    assert len(records) > 10


def test_jsonl_has_a_speaker_and_a_cue_somewhere(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "-f", "jsonl", str(NORDPRESS))
    records = jsonl(out)
    assert status == 0
    assert any(r.get("speaker") for r in records[1:])
    assert any(r.get("cue") for r in records[1:])
    assert {r["attribution"] for r in records[1:]} >= {"direct_quote", "reported_speech"}


def test_jsonl_is_one_line_per_record_and_keeps_umlauts(
    capsys: pytest.CaptureFixture[str], german_file: Path
) -> None:
    status, out, _ = run(capsys, "-f", "jsonl", "--all", str(german_file))
    assert status == 0
    assert len(out.splitlines()) == len(jsonl(out)) == 4
    assert "„Das ist längst überfällig“" in out  # not \u escapes


def test_json_is_one_array_of_the_same_records(
    capsys: pytest.CaptureFixture[str], german_file: Path
) -> None:
    status, out, _ = run(capsys, "-f", "json", "--all", str(german_file), str(HARBOR))
    assert status == 0
    array = json.loads(out)
    assert isinstance(array, list)
    status, out, _ = run(capsys, "-f", "jsonl", "--all", str(german_file), str(HARBOR))
    assert array == jsonl(out)
    groups = split_by_input(array)
    assert [g[0]["input"] for g in groups] == [str(german_file), str(HARBOR)]
    for group in groups:
        check_records(group)


def test_json_with_no_readable_input_is_an_empty_array(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, out, err = run(capsys, "-f", "json", str(tmp_path / "fehlt.txt"))
    assert status == 1
    assert json.loads(out) == []
    assert err.count("\n") == 1


def test_markdown_has_a_table_and_escapes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "html.txt"
    path.write_text(
        "Die Stadt meldet <script>alert(1)</script> und a | b als Erfolg. "
        "Der Rat hat 40 Millionen Euro für die Schulen bewilligt.\n",
        encoding="utf-8",
    )
    status, out, err = run(capsys, "-f", "markdown", "--all", str(path))
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("## ")
    header = [line for line in lines if line.startswith("| # |")]
    assert len(header) == 1
    assert lines[lines.index(header[0]) + 1].startswith("|---")
    rows = [line for line in lines if re.match(r"^\| \d+ \|", line)]
    assert len(rows) == 2
    assert "<script>" not in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "a \\| b" in out
    unescaped_pipes = len(re.findall(r"(?<!\\)\|", header[0]))
    for row in rows:
        assert len(re.findall(r"(?<!\\)\|", row)) == unescaped_pipes


def test_table_prints_the_claims(capsys: pytest.CaptureFixture[str], german_file: Path) -> None:
    status, out, err = run(capsys, str(german_file))  # table is the default
    assert (status, err) == (0, "")
    assert str(german_file.name) in out
    assert "attribution" in out and "sentence" in out
    assert "Radwege" in out
    assert "\x1b" not in out  # no colour codes when stdout is not a terminal
    table_status, table_out, _ = run(capsys, "--format", "table", str(german_file))
    assert (table_status, table_out) == (status, out)


def test_table_with_no_claims_says_so(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "frage.txt"
    path.write_text("Wer kommt heute?\n", encoding="utf-8")
    status, out, _ = run(capsys, str(path))
    assert status == 0
    assert "no claims found" in out


# --- options ----------------------------------------------------------------------------


def test_all_prints_every_sentence_and_default_only_the_claims(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # NORDPRESS has a headline and a question, which are never claims.
    article = claimcheck.analyze(NORDPRESS)
    _, out, _ = run(capsys, "-f", "jsonl", str(NORDPRESS))
    claims = jsonl(out)[1:]
    _, out, _ = run(capsys, "-f", "jsonl", "--all", str(NORDPRESS))
    everything = jsonl(out)[1:]
    assert len(everything) == len(article.sentences) >= 20
    assert len(claims) == len(article.claims)
    assert 0 < len(claims) < len(everything)
    assert all(r["claim"] for r in claims)
    assert not everything[0]["claim"]  # the headline
    assert claims == [r for r in everything if r["claim"]]
    assert [r["index"] for r in everything] == list(range(len(everything)))


def test_lang_option(capsys: pytest.CaptureFixture[str], german_file: Path) -> None:
    _, out, _ = run(capsys, "-f", "jsonl", str(german_file))
    assert jsonl(out)[0]["language"] == "de"
    _, out, _ = run(capsys, "-f", "jsonl", "--lang", "de", str(HARBOR))
    assert jsonl(out)[0]["language"] == "de"
    _, out, _ = run(capsys, "-f", "jsonl", "--lang", "en", str(german_file))
    assert jsonl(out)[0]["language"] == "en"
    _, out, _ = run(capsys, "-f", "jsonl", "--lang", "auto", str(HARBOR))
    assert jsonl(out)[0]["language"] == "en"


def test_keep_boilerplate_option(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "-f", "jsonl", "--all", str(SEED))
    cut = jsonl(out)
    _, out, _ = run(capsys, "-f", "jsonl", "--all", "--keep-boilerplate", str(SEED))
    kept = jsonl(out)
    assert len(kept) > len(cut)
    assert any("StepStone" in r["text"] for r in kept[1:])
    assert not any("StepStone" in r["text"] for r in cut[1:])
    assert kept[0] == cut[0]


def test_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    data = GERMAN.replace("\n", "\r\n").encode("cp1252")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="ascii"))
    status, out, err = run(capsys, "-f", "jsonl", "--all", "-")
    assert (status, err) == (0, "")
    records = jsonl(out)
    check_records(records, input_name="-")
    assert records[0]["text"] == GERMAN


def test_several_inputs_in_order(capsys: pytest.CaptureFixture[str], german_file: Path) -> None:
    status, out, _ = run(capsys, "-f", "jsonl", str(HARBOR), str(german_file), str(HARBOR))
    assert status == 0
    inputs = [g[0]["input"] for g in split_by_input(jsonl(out))]
    assert inputs == [str(HARBOR), str(german_file), str(HARBOR)]


# --- errors -----------------------------------------------------------------------------


def test_bad_inputs_are_one_line_each_and_the_others_are_processed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, german_file: Path
) -> None:
    missing = tmp_path / "fehlt.txt"
    empty = tmp_path / "leer.txt"
    empty.write_bytes(b"")
    image = tmp_path / "bild.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(40)))
    folder = tmp_path / "ordner"
    folder.mkdir()
    status, out, err = run(
        capsys,
        "-f",
        "jsonl",
        str(missing),
        str(german_file),
        str(empty),
        str(folder),
        str(image),
        str(HARBOR),
    )
    assert status == 1
    assert "Traceback" not in err
    lines = err.splitlines()
    assert err.endswith("\n")
    assert len(lines) == 4
    for line, bad in zip(lines, (missing, empty, folder, image), strict=True):
        assert line.startswith(f"claimcheck: {bad}: ")
        assert len(line) > len(f"claimcheck: {bad}: ")
    assert lines[0] == f"claimcheck: {missing}: no such file"
    inputs = [g[0]["input"] for g in split_by_input(jsonl(out))]
    assert inputs == [str(german_file), str(HARBOR)]


@pytest.mark.parametrize("fmt", ["table", "json", "markdown"])
def test_bad_input_in_every_format(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, german_file: Path, fmt: str
) -> None:
    status, out, err = run(capsys, "-f", fmt, str(tmp_path / "fehlt.txt"), str(german_file))
    assert status == 1
    assert err == f"claimcheck: {tmp_path / 'fehlt.txt'}: no such file\n"
    assert "Radwege" in out


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["extract"],
        ["extract", "--format", "xml", "a.txt"],
        ["extract", "--lang", "fr", "a.txt"],
        ["extract", "--frobnicate", "a.txt"],
        ["summarise", "a.txt"],
    ],
    ids=["no command", "no input", "bad format", "bad language", "bad option", "bad command"],
)
def test_usage_errors_exit_with_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "usage:" in err
    assert "Traceback" not in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    # the tests run the Python source (an editable install), never compiled modules
    assert capsys.readouterr().out.strip() == f"claimcheck {claimcheck.__version__}, pure Python"


def _replace_line(key: str, value: str) -> Any:
    def edit(text: str) -> str:
        pattern = re.compile(rf"(?m)^{re.escape(key)} = [^\n]*$")
        assert pattern.search(text)
        return pattern.sub(lambda _: f"{key} = {value}", text, count=1)

    return edit


@pytest.mark.parametrize(
    ("language", "file", "edit", "content", "key"),
    [
        (
            "de",
            "furniture.toml",
            _replace_line("dateline", "'(?P<places>[A-Z]+'"),
            None,
            "dateline",
        ),
        (
            "en",
            "sentences.toml",
            lambda text: text + "\nabbrevations = ['mr']\n",
            None,
            "abbrevations",
        ),
        ("de", "language.toml", None, "function_words = 12\n", "function_words"),
        ("en", "claims.toml", None, 'hedges = ["may"\n', None),
    ],
    ids=["bad regex", "unknown key", "wrong type", "invalid TOML"],
)
def test_broken_rules_are_one_line_naming_file_and_key(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    fresh_rules: None,
    rules_copy: RulesCopy,
    german_file: Path,
    language: str,
    file: str,
    edit: Any,
    content: str | None,
    key: str | None,
) -> None:
    directory = rules_copy(language, file, edit=edit, content=content)
    monkeypatch.setenv("CLAIMCHECK_RULES", str(directory))
    status, out, err = run(capsys, "-f", "jsonl", str(german_file))
    assert status == 1
    assert out == ""
    assert "Traceback" not in err
    assert err.count("\n") == 1 and err.endswith("\n")
    assert err.startswith("claimcheck: rules error in ")
    assert str(directory / language / file) in err
    if key:
        assert f"'{key}'" in err


def test_broken_rules_of_the_other_language_with_lang(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    fresh_rules: None,
    rules_copy: RulesCopy,
    german_file: Path,
) -> None:
    """--lang de loads only the German rules, so broken English rules do not matter."""
    directory = rules_copy("en", "language.toml", content="function_words = 12\n")
    monkeypatch.setenv("CLAIMCHECK_RULES", str(directory))
    status, out, err = run(capsys, "-f", "jsonl", "--lang", "de", str(german_file))
    assert (status, err) == (0, "")
    assert jsonl(out)[0]["language"] == "de"


# --- the installed console script -------------------------------------------------------


def _console_script() -> str:
    candidate = Path(sys.executable).parent / "claimcheck"
    found = str(candidate) if candidate.exists() else shutil.which("claimcheck")
    if not found:
        pytest.skip("the claimcheck console script is not installed")
    return found


def test_console_script(tmp_path: Path, german_file: Path) -> None:
    script = _console_script()
    missing = tmp_path / "fehlt.txt"
    result = subprocess.run(
        [script, "extract", "--format", "jsonl", "--all", str(german_file), str(missing)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert result.stderr == f"claimcheck: {missing}: no such file\n"
    records = jsonl(result.stdout)
    check_records(records, input_name=str(german_file))
    assert records[0]["text"] == GERMAN
    assert len(records) == 4

    usage = subprocess.run(
        [script, "extract"], capture_output=True, text=True, timeout=120, check=False
    )
    assert usage.returncode == 2
    assert "Traceback" not in usage.stderr


def test_console_script_reads_stdin(german_file: Path) -> None:
    result = subprocess.run(
        [_console_script(), "extract", "-f", "markdown", "-"],
        input=GERMAN.encode("utf-16"),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    assert "| # |" in out
    assert "Radwege" in out
