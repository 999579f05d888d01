"""HTML pages and URLs: fetch a page over HTTP(S) and extract its main text and metadata.

`fetch_url` downloads one page with a timeout, a redirect limit and a size cap and refuses
anything that is not a web page or plain text. `extract_html` turns the bytes of a page
into an `HtmlArticle`: the main text (paragraphs separated by a blank line, headings on
their own line, no navigation, footer or reader comments) and the title, outlet, author
and publication date. Every failure is an `InputError` with a one-line reason.
"""

from __future__ import annotations

import codecs
import logging
import re
import time
import warnings
from copy import deepcopy
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx

from ._errors import InputError

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import charset_normalizer
    import trafilatura
    from lxml import etree
    from lxml.html import HtmlElement, HTMLParser, document_fromstring
    from trafilatura.xml import xmltotxt

# trafilatura and the libraries it uses log warnings ("discarding data", "wrong encoding
# detected", ...) that mean nothing to a claimcheck user: only our own messages reach stderr.
for _name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
    _logger = logging.getLogger(_name)
    _logger.setLevel(logging.CRITICAL + 1)
    _logger.propagate = False
    _logger.addHandler(logging.NullHandler())

USER_AGENT = "claimcheck/0.1 (+fact-checking tool)"

# --------------------------------------------------------------------------- HTML extraction


@dataclass(frozen=True)
class HtmlArticle:
    """The main text of a web page and what the page says about itself."""

    text: str
    title: str | None
    outlet: str | None
    author: str | None
    published: str | None  # ISO date YYYY-MM-DD
    url: str | None


# Parts of a page that are never article text, removed before extraction. Modal dialogs
# (newsletter and cookie pop-ups, sign-up boxes) sit inside the article markup on many sites.
_PRUNE_XPATH = ["//dialog", "//*[@role='dialog']", "//*[@aria-modal='true']"]

# trafilatura's precision mode leaves out more boilerplate, but on some short pages it also
# leaves out most of the article. When it keeps less than this share of what the balanced
# mode extracts, the balanced extraction is used.
_PRECISION_MIN_SHARE = 0.3

# A page's meta description is used as the lead paragraph when it is also visible in the
# page body but the extraction dropped it (standfirsts in a separate "teaser" box).
_LEAD_MIN_WORDS = 8

# trafilatura takes about 2 s a megabyte of markup, so a saved page of 30 MB would keep a
# reviewer waiting a minute. Such pages are nearly always inline images, styles and
# scripts; a page over this size is shed of those first, and refused if it is still over.
MAX_HTML_CHARS = 10_000_000
_INLINE_DATA = re.compile(r"""data:[^"'\s)>]{256,}""")
_STYLE_BLOCK = re.compile(r"<style\b[^>]*>.*?</style\s*>", re.IGNORECASE | re.DOTALL)
# scripts other than JSON-LD, where trafilatura finds author and date
_SCRIPT_BLOCK = re.compile(
    r"<script\b(?![^>]*application/ld\+json)[^>]*>.*?</script\s*>", re.IGNORECASE | re.DOTALL
)

# libxml2 builds the tree only 256 elements deep unless told otherwise and silently
# drops everything below; generated pages with unclosed <div> or <font> tags go that
# deep. Such pages are parsed again without the limit (trafilatura's own parser, plus
# huge_tree), up to a depth that trafilatura's recursive cleaning still copes with.
_LIBXML_DEPTH = 256
MAX_HTML_DEPTH = 2_000
_DEEP_PARSER = HTMLParser(
    collect_ids=False,
    default_doctype=False,
    encoding="utf-8",
    remove_comments=True,
    remove_pis=True,
    huge_tree=True,
)

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_WS = re.compile(r"\s+")
_WORD = re.compile(r"\w")
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# What browsers do (WHATWG Encoding): these labels all mean windows-1252.
_AS_CP1252 = {"latin_1", "iso8859_1", "ascii", "cp1252"}


def _codec_name(label: str | bytes | None) -> str | None:
    if not label:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", "replace")
    try:
        name = codecs.lookup(label.strip()).name
    except LookupError:
        return None
    normalised = name.replace("-", "_")
    return "cp1252" if normalised in _AS_CP1252 else name


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Decode the bytes of a page: byte order mark, then UTF-8 if the bytes are valid UTF-8,
    then the charset from the HTTP header (`declared`), a `<meta charset>` or the XML
    declaration, then a guess. Never fails."""
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(bom_codec)
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    head = data[:4096]
    meta = _META_CHARSET.search(head)
    xml = _XML_ENCODING.search(head)
    candidates = [declared, meta.group(1) if meta else None, xml.group(1) if xml else None]
    for label in candidates:
        codec = _codec_name(label)
        if codec is None or codec.startswith("utf"):
            continue  # not valid UTF-8 (tried above), so the declaration is wrong
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        return str(best)
    return data.decode("cp1252", errors="replace")


def _norm(text: str) -> str:
    return _WS.sub(" ", text).strip().lower()


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = _WS.sub(" ", value).strip()
    return value or None


def _paragraphs(body: Any) -> list[str]:
    """The extracted body as a list of paragraphs: one for each paragraph, heading, quote,
    list item and table row. A line break (<br>) also starts a new paragraph: trafilatura
    keeps no difference between <br> and <br><br>, and on news pages a break nearly always
    ends a sentence or follows a bold intertitle."""
    out: list[str] = []
    if body is None:
        return out
    for block in body:
        for line in xmltotxt(block, False).split("\n"):
            line = _WS.sub(" ", line).strip()
            if block.tag == "list":
                line = line.removeprefix("- ").strip()
            if line:
                out.append(line)
    return out


def _visible_text(tree: HtmlElement) -> str:
    body = tree.find("body")
    root = deepcopy(body if body is not None else tree)
    for element in root.xpath(".//script|.//style|.//noscript|.//template|.//head"):
        element.drop_tree()
    return _norm(root.text_content())


def _outlet_from_host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")


def _letters(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch.isalnum())


def _site_name(name: str | None, title: str | None) -> str | None:
    """The page's own site name, unless it is a URL, the headline or a whole sentence."""
    if not name:
        return None
    if "/" in name or name.lower().startswith("www.") or len(name) > 60:
        return None
    if title and _letters(title) and _letters(title) in _letters(name):
        return None
    return name


_TITLE_SEPARATORS = (" - ", " | ", " – ", " — ", " :: ", " · ")


def _strip_outlet(title: str, outlet: str | None, host: str | None) -> str:
    """ "Headline - Outlet" -> "Headline"."""
    names = {_letters(n) for n in (outlet, host) if n}
    names.discard("")
    for sep in _TITLE_SEPARATORS:
        head, found, tail = title.rpartition(sep)
        if found and head.strip() and _letters(tail) in names:
            return head.strip()
    return title


def _authors(author: str | None, host: str | None) -> str | None:
    """trafilatura's author list ("A; B") without entries that are the domain name
    ("Tagesschau De")."""
    if not author:
        return None
    domain = _letters(host or "")
    kept = [part.strip() for part in author.split(";")]
    kept = [part for part in kept if part and _letters(part) != domain]
    return "; ".join(kept) or None


def _extract(tree: HtmlElement, url: str | None, *, precision: bool, metadata: bool) -> Any:
    return trafilatura.bare_extraction(
        tree,
        url=url,
        favor_precision=precision,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
        with_metadata=metadata,
        prune_xpath=_PRUNE_XPATH,
    )


def _shed_non_text(html: str) -> str:
    """The page without what never holds article text: inline images and fonts (data:
    addresses), style sheets, and scripts other than JSON-LD metadata."""
    html = _INLINE_DATA.sub("data:,", html)
    html = _STYLE_BLOCK.sub("", html)
    return _SCRIPT_BLOCK.sub("", html)


def _depth_at_least(tree: HtmlElement, depth: int) -> bool:
    return bool(tree.xpath(f"boolean(//*[count(ancestor::*) >= {depth - 1}])"))


def _load_tree(html: str, input_name: str) -> HtmlElement | None:
    tree = trafilatura.load_html(html)
    if tree is None or not _depth_at_least(tree, _LIBXML_DEPTH - 1):
        return tree
    tree = document_fromstring(html.encode("utf-8", "surrogatepass"), parser=_DEEP_PARSER)
    if _depth_at_least(tree, MAX_HTML_DEPTH):
        raise InputError(
            input_name,
            f"cannot read the HTML: its elements are nested more than {MAX_HTML_DEPTH:,} "
            "levels deep (unclosed tags?)",
        )
    return tree


def extract_html(
    data: bytes, *, input_name: str, url: str | None = None, charset: str | None = None
) -> HtmlArticle:
    """The main text and metadata of an HTML page.

    `url` is where the page came from (resolves the outlet when the page names none);
    `charset` is the encoding named by the HTTP header, if any. Raises `InputError` when
    the page has no article text.
    """
    html = decode_html(data, charset)
    if not html.strip():
        raise InputError(input_name, "no article text found in the HTML (it is empty)")
    if len(html) > MAX_HTML_CHARS:
        html = _shed_non_text(html)
        if len(html) > MAX_HTML_CHARS:
            raise InputError(
                input_name,
                f"too large: more than {_size(MAX_HTML_CHARS)} of HTML after inline images, "
                "styles and scripts are left out",
            )
    head = html[:4096].lower()
    if "<html" not in head and "<body" not in head:
        # a fragment ("<p>...</p><p>...</p>"): trafilatura only reads whole documents
        html = f"<html><body>{html}</body></html>"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            tree = _load_tree(html, input_name)
            if tree is None:
                raise InputError(input_name, "no article text found in the HTML")
            precise = _extract(tree, url, precision=True, metadata=True)
            balanced = _extract(tree, url, precision=False, metadata=False)
        except InputError:
            raise
        except (ValueError, TypeError, RecursionError, etree.LxmlError) as err:
            # Pages broken enough to trip up the parser or the extractor: report, don't crash.
            raise InputError(input_name, f"cannot read the HTML ({type(err).__name__})") from err

    paras_p = _paragraphs(precise.body) if precise is not None else []
    paras_b = _paragraphs(balanced.body) if balanced is not None else []
    len_p = sum(map(len, paras_p))
    len_b = sum(map(len, paras_b))
    paras = paras_p if len_p and len_p >= _PRECISION_MIN_SHARE * len_b else paras_b
    if not any(_WORD.search(para) for para in paras):
        raise InputError(input_name, "no article text found in the HTML")

    meta = precise
    if meta is None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                meta = trafilatura.extract_metadata(tree, url)
            except (ValueError, TypeError, RecursionError, etree.LxmlError):
                meta = None

    title = _clean(meta.title) if meta is not None else None
    description = _clean(meta.description) if meta is not None else None
    if description and len(description.split()) >= _LEAD_MIN_WORDS:
        lead = _norm(description)
        if lead not in _norm(" ".join(paras)) and lead in _visible_text(tree):
            paras.insert(0, description)

    page_url = url or (_clean(meta.url) if meta is not None else None)
    host = _outlet_from_host(page_url)
    if host is None and meta is not None and meta.hostname:
        host = _outlet_from_host(f"//{meta.hostname}")
    outlet = _site_name(_clean(meta.sitename) if meta is not None else None, title) or host
    if title is not None:
        title = _strip_outlet(title, outlet, host)
    author = _authors(_clean(meta.author) if meta is not None else None, host)
    published = _clean(meta.date) if meta is not None else None
    if published is not None and not _ISO_DATE.fullmatch(published):
        published = None
    return HtmlArticle(
        text="\n\n".join(paras),
        title=title,
        outlet=outlet,
        author=author,
        published=published,
        url=page_url,
    )


# --------------------------------------------------------------------------- fetching


@dataclass(frozen=True)
class FetchedPage:
    """A downloaded page: final URL after redirects, body, media type and charset."""

    url: str
    content: bytes
    content_type: str  # media type without parameters, e.g. "text/html"
    charset: str | None  # from the Content-Type header, if given


ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"%PDF-", "application/pdf"),
    (b"PK\x03\x04", "application/zip"),
    (b"\x1f\x8b", "application/gzip"),
    (b"ID3", "audio/mpeg"),
    (b"OggS", "audio/ogg"),
    (b"fLaC", "audio/flac"),
    (b"\x1aE\xdf\xa3", "video/webm"),
    (b"BM", "image/bmp"),
)
_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|\?xml)\b",
    re.IGNORECASE | re.DOTALL,
)


def sniff_content_type(data: bytes) -> str:
    """The media type of a body served without a Content-Type header."""
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "image/webp"
    if data.startswith(b"RIFF") and data[8:12] == b"WAVE":
        return "audio/wav"
    if data[4:8] == b"ftyp":
        return "video/mp4"
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    head = data[:2048].lstrip(b"\xef\xbb\xbf")
    if _HTML_START.match(head) or re.search(rb"<html\b|<body\b", head, re.IGNORECASE):
        return "text/html"
    sample = data[:4096]
    if b"\x00" in sample and not sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "application/octet-stream"
    return "text/plain"


def _size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:g} MB"
    if n >= 1_000:
        return f"{n / 1_000:g} kB"
    return f"{n} bytes"


def _one_line(text: str) -> str:
    return _WS.sub(" ", text).strip()


# Host names (also internationalised ones) and IPv4/IPv6 addresses; no spaces or escapes.
_HOST = re.compile(r"[\w.:-]+")


def _check_url(url: str, name: str) -> httpx.URL:
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as err:
        raise InputError(name, f"not a valid URL ({_one_line(str(err))})") from err
    if parsed.scheme not in ("http", "https"):
        scheme = parsed.scheme or "none"
        raise InputError(name, f"only http and https URLs can be fetched, not '{scheme}'")
    if not parsed.host:
        raise InputError(name, "not a valid URL (no host name)")
    if not _HOST.fullmatch(parsed.host) or ".." in parsed.host:
        raise InputError(name, f"not a valid URL (bad host name '{parsed.host}')")
    return parsed


def _refuse_type(name: str, content_type: str) -> None:
    if content_type not in ACCEPTED_TYPES:
        raise InputError(name, f"serves {content_type}, not an article")


def fetch_url(
    url: str,
    *,
    input_name: str | None = None,
    transport: httpx.BaseTransport | None = None,
    timeout: float = 20.0,
    max_bytes: int = 10_000_000,
    max_redirects: int = 5,
) -> FetchedPage:
    """Download a web page. Follows at most `max_redirects` redirects (http and https only),
    gives up after `timeout` seconds in all and refuses bodies over `max_bytes` and anything
    that is not HTML or plain text. Raises `InputError` with a one-line reason."""
    name = input_name or url
    current = _check_url(url, name)
    deadline = time.monotonic() + timeout
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1",
        "Accept-Language": "de,en;q=0.8",
    }
    try:
        with httpx.Client(
            transport=transport,
            timeout=httpx.Timeout(timeout),
            headers=headers,
            follow_redirects=False,
        ) as client:
            request = client.build_request("GET", current)
            redirects = 0
            while True:
                response = client.send(request, stream=True)
                if response.next_request is None:
                    break
                response.close()
                if redirects >= max_redirects:
                    raise InputError(name, f"more than {max_redirects} redirects")
                redirects += 1
                request = response.next_request
                _check_url(str(request.url), name)
            try:
                return _read(response, name, timeout, deadline, max_bytes)
            finally:
                response.close()
    except InputError:
        raise
    except httpx.TimeoutException as err:
        raise InputError(name, f"timed out after {timeout:g} s") from err
    except httpx.TooManyRedirects as err:
        raise InputError(name, f"more than {max_redirects} redirects") from err
    except httpx.UnsupportedProtocol as err:
        raise InputError(name, f"unsupported URL ({_one_line(str(err))})") from err
    except httpx.ConnectError as err:
        host = current.host
        detail = _one_line(str(err)) or type(err).__name__
        raise InputError(name, f"cannot connect to {host} ({detail})") from err
    except httpx.DecodingError as err:
        raise InputError(name, "the server sent a body that cannot be decompressed") from err
    except httpx.InvalidURL as err:
        raise InputError(name, f"not a valid URL ({_one_line(str(err))})") from err
    except httpx.HTTPError as err:
        detail = _one_line(str(err)) or type(err).__name__
        raise InputError(name, f"network error ({detail})") from err


def _read(
    response: httpx.Response, name: str, timeout: float, deadline: float, max_bytes: int
) -> FetchedPage:
    if not response.is_success:
        reason = response.reason_phrase or ""
        raise InputError(name, f"HTTP {response.status_code} {reason}".rstrip())
    raw_type = response.headers.get("content-type", "")
    content_type = raw_type.split(";", 1)[0].strip().lower()
    if content_type:
        _refuse_type(name, content_type)
    length = response.headers.get("content-length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise InputError(name, f"larger than {_size(max_bytes)}")
    chunks: list[bytes] = []
    total = 0
    for chunk in response.iter_bytes():
        total += len(chunk)
        if total > max_bytes:
            raise InputError(name, f"larger than {_size(max_bytes)}")
        if time.monotonic() > deadline:
            raise InputError(name, f"timed out after {timeout:g} s")
        chunks.append(chunk)
    content = b"".join(chunks)
    if not content_type:
        content_type = sniff_content_type(content)
        _refuse_type(name, content_type)
    charset = response.charset_encoding if raw_type else None
    return FetchedPage(
        url=str(response.url), content=content, content_type=content_type, charset=charset
    )
