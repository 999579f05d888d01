"""Ingest: every common encoding decodes to the same text, line ends are normalised and
nothing else changes, and what is not an article is refused with a one-line InputError."""

from __future__ import annotations

import codecs
import io
import random
from pathlib import Path

import pytest

import claimcheck
from claimcheck._errors import InputError
from claimcheck._ingest import read_file, read_input

# German with umlauts, ß, German quotation marks and a dash: the characters that
# come out wrong when an encoding is guessed badly.
GERMAN = (
    "Die Bürgermeisterin äußerte sich am Dienstag vor dem Rathaus.\n"
    "„Die Straße über den Mühlbach wird größer“, sagte sie – Öl, Ärger und Übermut inklusive.\n"
    "Schließlich grüßten die Gäste höflich.\n"
)
# Latin-1 has no „“ and no dash; the same kind of text without them.
GERMAN_LATIN1 = (
    "Die Bürgermeisterin äußerte sich am Dienstag vor dem Rathaus.\n"
    "Die Straße über den Mühlbach wird größer, sagte sie. Öl, Ärger und Übermut.\n"
    "Schließlich grüßten die Gäste höflich.\n"
)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("label", "data"),
    [
        ("utf-8", GERMAN.encode("utf-8")),
        ("utf-8 with BOM", codecs.BOM_UTF8 + GERMAN.encode("utf-8")),
        ("utf-16-le with BOM", codecs.BOM_UTF16_LE + GERMAN.encode("utf-16-le")),
        ("utf-16-be with BOM", codecs.BOM_UTF16_BE + GERMAN.encode("utf-16-be")),
        ("utf-16 (python, BOM)", GERMAN.encode("utf-16")),
        ("utf-16-le without BOM", GERMAN.encode("utf-16-le")),
        ("utf-16-be without BOM", GERMAN.encode("utf-16-be")),
        ("windows-1252", GERMAN.encode("cp1252")),
    ],
)
def test_encodings_decode_to_the_same_text(tmp_path: Path, label: str, data: bytes) -> None:
    document = read_file(str(write(tmp_path, "artikel.txt", data)))
    assert document.text == GERMAN, label
    assert "\ufeff" not in document.text
    assert not document.is_html


def test_latin1_german_text(tmp_path: Path) -> None:
    document = read_file(str(write(tmp_path, "latin1.txt", GERMAN_LATIN1.encode("latin-1"))))
    assert document.text == GERMAN_LATIN1


def test_windows_1252_quotes_and_dash_are_not_latin1_control_characters(tmp_path: Path) -> None:
    # In Latin-1, bytes 0x84/0x93/0x96 are C1 control characters; in Windows-1252 they
    # are „ “ –. A German news text means the latter.
    data = "„Wir bleiben“, sagte der Sprecher – danach war Schluss.\n".encode("cp1252")
    assert b"\x84" in data and b"\x93" in data and b"\x96" in data
    text = read_file(str(write(tmp_path, "cp1252.txt", data))).text
    assert text == "„Wir bleiben“, sagte der Sprecher – danach war Schluss.\n"
    assert not any("\x80" <= ch <= "\x9f" for ch in text)


def test_very_short_latin1_text(tmp_path: Path) -> None:
    assert read_file(str(write(tmp_path, "kurz.txt", "Größe".encode("latin-1")))).text == "Größe"


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_ends_are_normalised_and_nothing_else_changes(tmp_path: Path, newline: str) -> None:
    # Tabs, double spaces, trailing spaces, a leading blank line, no final newline:
    # all of them must survive, because every offset refers to this text.
    original = (
        "\n  Erste Zeile\tmit Tab  und  Doppelspatium.  \n\n"
        "Zweite Zeile: „Zitat“ – Ende.\nDritte Zeile ohne Zeilenende"
    )
    data = original.replace("\n", newline).encode("utf-8")
    assert read_file(str(write(tmp_path, "zeilen.txt", data))).text == original


def test_mixed_line_ends(tmp_path: Path) -> None:
    data = b"eins\r\nzwei\rdrei\nvier\r\n\r\nf\xc3\xbcnf"
    text = read_file(str(write(tmp_path, "mixed.txt", data))).text
    assert text == "eins\nzwei\ndrei\nvier\n\nfünf"


def test_offsets_of_the_article_refer_to_the_file_text(tmp_path: Path) -> None:
    original = "Der Rat tagte lange.  Dann  fiel die Entscheidung.\n\n\tEs gab Streit."
    path = write(tmp_path, "offsets.txt", original.replace("\n", "\r\n").encode("utf-16"))
    article = claimcheck.analyze(str(path), language="de")
    assert article.text == original
    for sentence in article.sentences:
        assert original[sentence.start : sentence.end] == sentence.text


def _refused(path: Path | str, name: str | None = None) -> InputError:
    with pytest.raises(InputError) as info:
        read_input(str(path))
    error = info.value
    message = str(error)
    assert "\n" not in message
    assert message.startswith(f"{name or path}: ")
    assert error.input_name == str(name or path)
    assert error.reason
    return error


_PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
_PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"


def _random_bytes_with_nuls() -> bytes:
    rng = random.Random(1234)
    data = bytearray(rng.randrange(256) for _ in range(4000))
    data[10:14] = b"\x00\x00\x00\x00"
    data[2000] = 0
    return bytes(data)


@pytest.mark.parametrize(
    ("name", "data", "reason_part"),
    [
        ("leer.txt", b"", "empty"),
        ("leerzeichen.txt", b"  \n\t\r\n   \n", "white space"),
        ("bild.txt", _PNG, "PNG"),
        ("dokument.txt", _PDF, "PDF"),
        ("zufall.txt", _random_bytes_with_nuls(), "binary"),
    ],
)
def test_files_that_are_not_articles_are_refused(
    tmp_path: Path, name: str, data: bytes, reason_part: str
) -> None:
    error = _refused(write(tmp_path, name, data))
    assert reason_part.lower() in error.reason.lower()


def test_missing_file(tmp_path: Path) -> None:
    error = _refused(tmp_path / "gibt-es-nicht.txt")
    assert "no such file" in error.reason


def test_directory(tmp_path: Path) -> None:
    error = _refused(tmp_path)
    assert "directory" in error.reason


def test_unsupported_url_scheme() -> None:
    error = _refused("ftp://example.org/artikel.txt")
    assert "ftp" in error.reason


def test_analyze_raises_the_same_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(claimcheck.InputError) as info:
        claimcheck.analyze(tmp_path / "fehlt.txt")
    assert str(info.value) == f"{tmp_path / 'fehlt.txt'}: no such file"
    assert isinstance(info.value, claimcheck.ClaimcheckError)


def test_stdin_is_read_as_bytes_and_decoded() -> None:
    data = GERMAN.replace("\n", "\r\n").encode("utf-16")
    document = read_input("-", stdin=io.BytesIO(data))
    assert document.input == "-"
    assert document.text == GERMAN


def test_empty_stdin_is_refused() -> None:
    with pytest.raises(InputError) as info:
        read_input("-", stdin=io.BytesIO(b""))
    assert str(info.value) == "-: empty input"


def test_markdown_file_is_plain_text(tmp_path: Path) -> None:
    text = "# Überschrift\n\nDer Rat hat *heute* entschieden.\n"
    document = read_file(str(write(tmp_path, "notiz.md", text.encode("utf-8"))))
    assert document.text == text
    assert not document.is_html


HTML_PAGE = """<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Neue Brücke für Lindenau | Lindenauer Tageblatt</title>
<meta property="og:title" content="Neue Brücke für Lindenau">
<meta property="og:site_name" content="Lindenauer Tageblatt">
</head>
<body>
<nav><a href="/">Startseite</a> <a href="/sport">Sport</a> <a href="/kultur">Kultur</a></nav>
<article>
<h1>Neue Brücke für Lindenau</h1>
<p>Der Stadtrat von Lindenau hat am Mittwoch den Bau einer neuen Fußgängerbrücke über den
Mühlbach beschlossen. Die Brücke soll im kommenden Frühjahr fertig werden.</p>
<p>„Wir haben lange auf diese Entscheidung gewartet“, sagte die Vorsitzende des
Bauausschusses. Die Kosten liegen nach Angaben der Verwaltung bei rund 800.000 Euro.</p>
</article>
<footer>Impressum · Datenschutz · Kontakt</footer>
</body>
</html>
"""


def test_html_file_goes_through_trafilatura(tmp_path: Path) -> None:
    path = write(tmp_path, "bruecke.html", HTML_PAGE.encode("utf-8"))
    document = read_file(str(path))
    assert document.is_html
    assert document.title == "Neue Brücke für Lindenau"
    assert "Fußgängerbrücke" in document.text
    assert "800.000 Euro" in document.text
    assert "<p>" not in document.text and "<article>" not in document.text
    assert "Impressum" not in document.text
    assert "\r" not in document.text

    article = claimcheck.analyze(path)
    assert article.language == "de"
    assert article.title == "Neue Brücke für Lindenau"
    texts = [s.text for s in article.sentences]
    assert any(t.startswith("Der Stadtrat von Lindenau hat am Mittwoch") for t in texts)
    for sentence in article.sentences:
        assert article.text[sentence.start : sentence.end] == sentence.text


def test_html_content_in_a_txt_file_is_recognised(tmp_path: Path) -> None:
    document = read_file(str(write(tmp_path, "seite.txt", HTML_PAGE.encode("utf-8"))))
    assert document.is_html
    assert "<html" not in document.text
