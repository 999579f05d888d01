"""Getting an article's text from whatever the user has: a file, a URL, standard input.

Plain text keeps every character (only line ends are normalised), because every
offset claimcheck reports refers to it. HTML pages and URLs go through trafilatura
(see `_web`) and their extracted main text becomes the article text.
"""

from __future__ import annotations

import codecs
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from charset_normalizer import from_bytes

from ._errors import InputError
from ._files import FileProblem, read_regular_file, size_text

if TYPE_CHECKING:
    import httpx

# An input larger than this is refused: an article is never near it, and the
# pipeline keeps the whole text in memory many times over (a 30 MB text file peaked
# at 1.5 GB resident). Standard input is held to it too (`- < /dev/zero`).
MAX_TEXT_BYTES = 64_000_000

EMPTY_NAME = "is an empty name, not a file, folder or URL"

HTML_SUFFIXES = (".html", ".htm", ".xhtml")

# Magic numbers of the binary formats people most often pass by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"RIFF", "a RIFF (WebP/WAV/AVI) file"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# charset-normalizer tells these single-byte Western encodings apart poorly on short
# texts; for German and English news Windows-1252 is the one that is really used,
# and it agrees with all of them on the umlauts and ß.
_SHORT_TEXT_BYTES = 256
_WESTERN = {"cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2", "mac_roman", "cp850"}


@dataclass(frozen=True, slots=True)
class Document:
    """The raw material of an article before any analysis."""

    input: str
    text: str
    is_html: bool = False
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _sniff_binary(data: bytes) -> str | None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    return None


def _looks_like_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: text in Latin script has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / len(sample[0::2])
    odd_nuls = sample[1::2].count(0) / len(sample[1::2])
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _mostly_utf8(data: bytes) -> str | None:
    """A UTF-8 text with a few stray bytes (two files pasted together, a truncated
    copy): decoded as UTF-8, each stray byte as U+FFFD, when its valid non-ASCII
    characters outnumber them. A text in a single-byte encoding has next to no valid
    UTF-8 sequences, so it is left to the encoding guess that follows."""
    text = data.decode("utf-8", errors="replace")
    stray = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = sum(1 for ch in text if ord(ch) > 0x7F) - text.count("\ufffd")
    return text if valid > stray else None


def decode_text(data: bytes, input_name: str) -> str:
    """Bytes of a text file to str, whatever common encoding they are in."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                raise InputError(
                    input_name,
                    f"starts with a {encoding} byte order mark but is not valid in that encoding",
                ) from None
    # NUL is never in a text file, but it is valid UTF-8: look for UTF-16 (whose
    # ASCII letters are valid UTF-8 too) and binary data before trying UTF-8
    if b"\x00" in data[:65536]:
        utf16 = _looks_like_utf16(data)
        if utf16:
            try:
                return data.decode(utf16)
            except UnicodeDecodeError:
                pass
        raise InputError(input_name, "binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _mostly_utf8(data)
    if mostly_utf8 is not None:
        return mostly_utf8
    if len(data) < _SHORT_TEXT_BYTES:
        # Too short for charset-normalizer to tell (it guesses EBCDIC or Urdu code
        # pages for "Größe"); the languages claimcheck reads are written in
        # Windows-1252 when they are not in UTF-8.
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")
    best = from_bytes(
        data[:1_000_000],
        # UTF-16/32 without a BOM were tried above; EBCDIC is never what a news
        # text file is in, but charset-normalizer picks it for very short files
        cp_exclusion=[
            "utf_16",
            "utf_16_le",
            "utf_16_be",
            "utf_32",
            "utf_32_le",
            "utf_32_be",
            "cp037",
            "cp273",
            "cp424",
            "cp500",
            "cp875",
            "cp1026",
            "cp1140",
        ],
    ).best()
    if best is None:
        raise InputError(input_name, "binary file, not text (no text encoding fits)")
    encoding = best.encoding
    if encoding in _WESTERN:
        encoding = "cp1252"
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip().lower()
    return (
        head.startswith((b"<!doctype html", b"<html", b"<?xml")) and b"<html" in data[:8192].lower()
    )


def document_from_bytes(
    data: bytes,
    input_name: str,
    *,
    html: bool | None = None,
    url: str | None = None,
    charset: str | None = None,
) -> Document:
    """Turn the bytes of one input into a Document, refusing what is not an article."""
    if not data.strip():
        raise InputError(input_name, "empty input" if not data else "contains only white space")
    binary = _sniff_binary(data)
    if binary:
        raise InputError(input_name, f"binary file ({binary}), not text")
    if html is None:
        html = _looks_like_html(data)
    if html:
        from ._web import extract_html

        page = extract_html(data, input_name=input_name, url=url, charset=charset)
        return Document(
            input=input_name,
            text=normalise_newlines(page.text),
            is_html=True,
            title=page.title,
            outlet=page.outlet,
            author=page.author,
            published=page.published,
            url=page.url or url,
        )
    text = normalise_newlines(decode_text(data, input_name))
    if not text.strip():
        raise InputError(input_name, "contains no text")
    return Document(input=input_name, text=text, url=url)


def read_file(path: str, input_name: str | None = None) -> Document:
    name = input_name or path
    try:
        data = read_regular_file(path, limit=MAX_TEXT_BYTES)
    except FileProblem as problem:
        raise InputError(name, problem.reason) from None
    html = True if Path(path).suffix.lower() in HTML_SUFFIXES else None
    return document_from_bytes(data, name, html=html)


def read_url(url: str, *, transport: httpx.BaseTransport | None = None) -> Document:
    from ._web import fetch_url

    page = fetch_url(url, input_name=url, transport=transport)
    is_plain = page.content_type.startswith("text/plain")
    if is_plain:
        text = (
            page.content.decode(page.charset, errors="replace")
            if page.charset
            else decode_text(page.content, url)
        )
        if not text.strip():
            raise InputError(url, "the page is empty")
        return Document(input=url, text=normalise_newlines(text), url=page.url)
    return document_from_bytes(page.content, url, html=True, url=page.url, charset=page.charset)


def read_input(
    name: str, *, stdin: BinaryIO | None = None, transport: httpx.BaseTransport | None = None
) -> Document:
    """Read one INPUT as the CLI takes it: a path, an http(s) URL, or '-' for stdin."""
    if not name:
        # Path("") is the current folder: `add ""` would read all of it
        raise InputError("''", EMPTY_NAME)
    if name == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        try:
            data = stream.read(MAX_TEXT_BYTES + 1)
        except OSError as exc:
            raise InputError("-", f"cannot read standard input: {exc}") from None
        if len(data) > MAX_TEXT_BYTES:
            raise InputError("-", f"too large (more than {size_text(MAX_TEXT_BYTES)})")
        return document_from_bytes(data, "-")
    if name.lower().startswith(("http://", "https://")):
        return read_url(name, transport=transport)
    if "://" in name:
        scheme = name.split("://", 1)[0]
        raise InputError(name, f"unsupported URL scheme '{scheme}' (use http or https)")
    return read_file(os.fspath(name))
