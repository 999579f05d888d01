"""HTML extraction and URL fetching. Every HTTP exchange goes through httpx.MockTransport:
these tests never touch the network."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from claimcheck._errors import InputError
from claimcheck._web import (
    MAX_HTML_CHARS,
    MAX_HTML_DEPTH,
    USER_AGENT,
    FetchedPage,
    HtmlArticle,
    _shed_non_text,
    decode_html,
    extract_html,
    fetch_url,
    sniff_content_type,
)

FIXTURES = Path(__file__).parent / "fixtures" / "html"
HARBOUR = (FIXTURES / "harbour_article.html").read_bytes()
URL = "https://www.wenlowcourier.example/news/2024/03/north-pier-vote"

Handler = Callable[[httpx.Request], httpx.Response]


def mock(handler: Handler) -> httpx.MockTransport:
    return httpx.MockTransport(handler)


def html_response(content: bytes, content_type: str = "text/html; charset=utf-8") -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Type": content_type}, content=content)

    return handler


def fetch_error(
    url: str,
    handler: Handler,
    *,
    timeout: float = 20.0,
    max_bytes: int = 10_000_000,
    max_redirects: int = 5,
) -> InputError:
    """The error fetching `url` gives; checks that it is one line naming the input."""
    with pytest.raises(InputError) as info:
        fetch_url(
            url,
            transport=mock(handler),
            timeout=timeout,
            max_bytes=max_bytes,
            max_redirects=max_redirects,
        )
    message = str(info.value)
    assert "\n" not in message
    assert message.startswith(f"{url}: ")
    return info.value


# --------------------------------------------------------------------------- extraction


def test_normal_page_text_and_metadata() -> None:
    article = extract_html(HARBOUR, input_name="harbour.html")
    assert isinstance(article, HtmlArticle)
    assert article.title == "Port Wenlow votes to rebuild the north pier"
    assert article.outlet == "The Wenlow Courier"
    assert article.author == "Mara Quillfeather"
    assert article.published == "2024-03-14"
    assert article.url == URL  # the page's canonical URL

    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("The town council of Port Wenlow voted seven to two")
    assert paragraphs[-1] == "The council has promised a public meeting on the design in April."
    # the subheading is a paragraph of its own, between the paragraphs around it
    heading = paragraphs.index("Opposition from the fishing cooperative")
    assert paragraphs[heading - 1].startswith('"The pier is the reason')
    assert paragraphs[heading + 1].startswith("Not everyone is convinced.")
    # paragraphs are joined by exactly one blank line, line breaks inside HTML are spaces
    assert "\n\n\n" not in article.text
    assert all("\n" not in p and p == p.strip() and "  " not in p for p in paragraphs)
    assert "said councillor Edwin Tarrowby, who chairs the harbour committee" in article.text
    assert len(paragraphs) == 7


@pytest.mark.parametrize(
    "furniture",
    [
        "A complete waste of money",  # reader comment
        "My grandfather helped build the first pier",  # reader comment
        "Reader comments",
        "Gulliver from Saltmere",
        "Weather and tides",  # navigation
        "Subscribe to the Courier today",  # navigation
        "Copyright 2024 Wenlow Courier Media Ltd",  # footer
        "Privacy policy",  # footer
        "Lighthouse keeper retires",  # related articles
        "window.analytics",  # script
        "font-family",  # style
    ],
)
def test_normal_page_leaves_out_furniture(furniture: str) -> None:
    assert furniture not in extract_html(HARBOUR, input_name="harbour.html").text


def test_outlet_falls_back_to_host_name() -> None:
    page = HARBOUR.replace(b'<meta property="og:site_name" content="The Wenlow Courier">', b"")
    page = page.replace(b" | The Wenlow Courier</title>", b"</title>")
    # the page's own canonical URL names the host
    assert extract_html(page, input_name="a.html").outlet == "wenlowcourier.example"
    page = page.replace(b'<link rel="canonical"', b"<link").replace(b'"og:url"', b'"og:x"')
    assert extract_html(page, input_name="a.html").outlet is None
    article = extract_html(page, input_name="a.html", url="https://www.saltmere-post.example/a/1")
    assert article.outlet == "saltmere-post.example"
    assert article.url == "https://www.saltmere-post.example/a/1"


def test_title_loses_outlet_suffix() -> None:
    page = HARBOUR.replace(
        b'<meta property="og:title" content="Port Wenlow votes to rebuild the north pier">', b""
    )
    assert b"og:title" not in page
    article = extract_html(page, input_name="a.html")
    assert article.title == "Port Wenlow votes to rebuild the north pier"


def test_html_fragment() -> None:
    fragment = (
        "<p>Die Stadt Lindenbrück baut eine neue Schule, sagte Bürgermeister Ansgar Pfeilmoser.</p>"
        "<p>Sie soll 2027 eröffnet werden.</p>"
    )
    article = extract_html(fragment.encode("utf-8"), input_name="fragment.html")
    assert article.text == (
        "Die Stadt Lindenbrück baut eine neue Schule, sagte Bürgermeister Ansgar Pfeilmoser."
        "\n\nSie soll 2027 eröffnet werden."
    )


GERMAN_PAGE = """<html><head>{meta}<title>Neue Brücke für Grünwaldau</title></head>
<body><nav><a href="/">Startseite</a> <a href="/politik">Politik</a></nav>
<article><h1>Neue Brücke für Grünwaldau</h1>
<p>Die Bürgermeisterin von Grünwaldau, Jördis Häberle, sagte am Montag, die Straße über die
Brücke werde im Frühjahr für 3,5 Millionen € erneuert.</p>
<p>„Wir müssen jetzt handeln“, sagte Häberle vor dem Gemeinderat. Die Kosten seien größer als
ursprünglich geplant – vor allem wegen der Preise für Stahl.</p>
<p>Überall im Ort sei der Ärger über die Umleitung groß, berichtete Öztürk Weißmüller vom
Gewerbeverein.</p>
</article><footer>Impressum</footer></body></html>"""


@pytest.mark.parametrize(
    "meta",
    [
        '<meta charset="windows-1252">',
        '<meta charset="iso-8859-1">',
        '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
    ],
)
def test_legacy_charset_from_meta_tag(meta: str) -> None:
    data = GERMAN_PAGE.format(meta=meta).encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    handler = html_response(data, "text/html")  # the header names no charset
    page = fetch_url("https://gruenwaldau.example/bruecke", transport=mock(handler))
    assert page.charset is None
    article = extract_html(page.content, input_name="bruecke", url=page.url, charset=page.charset)
    assert article.title == "Neue Brücke für Grünwaldau"
    assert "Jördis Häberle" in article.text
    assert "3,5 Millionen € erneuert" in article.text
    assert "„Wir müssen jetzt handeln“, sagte Häberle" in article.text
    assert "größer als ursprünglich geplant – vor allem" in article.text
    assert "Überall im Ort sei der Ärger" in article.text
    assert "Öztürk Weißmüller" in article.text
    assert "Ã" not in article.text and "\ufffd" not in article.text


def test_http_charset_wins_over_nothing_and_utf8_wins_over_wrong_meta() -> None:
    text = "<p>Jördis Häberle aus Grünwaldau</p>"
    assert decode_html(text.encode("cp1252"), "iso-8859-1") == text
    # a page that says latin-1 but is valid UTF-8 is UTF-8
    wrong = '<meta charset="iso-8859-1">' + text
    assert decode_html(wrong.encode("utf-8")) == wrong
    assert decode_html(b"\xef\xbb\xbf" + text.encode("utf-8")) == text
    assert decode_html(text.encode("utf-16")) == text


def test_charset_from_http_header_is_used() -> None:
    data = GERMAN_PAGE.format(meta="").encode("cp1252")
    handler = html_response(data, "text/html; charset=windows-1252")
    page = fetch_url("https://gruenwaldau.example/bruecke", transport=mock(handler))
    assert page.charset == "windows-1252"
    article = extract_html(page.content, input_name="bruecke", charset=page.charset)
    assert "Jördis Häberle" in article.text and "3,5 Millionen €" in article.text


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   \n\t ",
        b"<html></html>",
        b"<html><head><title>Nothing here</title></head><body></body></html>",
        bytes(range(256)) * 40,  # binary garbage
        b"\x00\x01\x02<<<>>>&&&;;;\xff\xfe\x00" * 500,
        b"<html><body><div><div><span><",
        b"<?xml version='1.0'?><rss><channel></channel></rss>",
    ],
)
def test_pages_without_text_are_an_input_error(data: bytes) -> None:
    with pytest.raises(InputError) as info:
        extract_html(data, input_name="broken.html")
    assert str(info.value).startswith("broken.html: no article text found in the HTML")


def test_a_page_heavy_with_inline_images_styles_and_scripts_still_gives_its_text() -> None:
    # a page saved as one file: the images, fonts and scripts are inline
    image = b'<img src="data:image/png;base64,' + b"iVBORw0KGgo" * 400_000 + b'">'
    style = b"<style>" + b".teaser{color:red}" * 200_000 + b"</style>"
    script = b"<script>" + b"var tracking = 1;" * 200_000 + b"</script>"
    at = HARBOUR.index(b"</body>")
    page = HARBOUR[:at] + image + style + script + HARBOUR[at:]
    assert len(page) > MAX_HTML_CHARS
    article = extract_html(page, input_name="saved.html")
    plain = extract_html(HARBOUR, input_name="harbour.html")
    assert article.text == plain.text
    assert (article.author, article.published) == (plain.author, plain.published)


def test_only_what_never_holds_text_is_shed_from_a_large_page() -> None:
    ld_json = '<script type="application/ld+json">{"author": "Mara Quillfeather"}</script>'
    page = (
        '<p>Text with data: in it.</p><img src="data:image/png;base64,' + "A" * 300 + '">'
        '<style type="text/css">p{}</style><script src="x.js"></script>' + ld_json
    )
    assert _shed_non_text(page) == ('<p>Text with data: in it.</p><img src="data:,">' + ld_json)


def test_a_page_too_large_even_without_images_styles_and_scripts_is_refused() -> None:
    paragraph = b"<p>The harbour board met again on Tuesday and agreed on nothing at all.</p>\n"
    page = b"<html><body><article>" + paragraph * (MAX_HTML_CHARS // len(paragraph) + 1)
    with pytest.raises(InputError) as info:
        extract_html(page + b"</article></body></html>", input_name="huge.html")
    message = str(info.value)
    assert message.startswith("huge.html: too large: more than 10 MB of HTML")
    assert "\n" not in message


def test_truncated_html_still_gives_its_text() -> None:
    cut = HARBOUR[: HARBOUR.index(b"The council has promised")] + b"The council has prom"
    article = extract_html(cut, input_name="cut.html")
    assert "leaves too little room for the larger trawlers" in article.text
    unclosed = (
        b"<html><body><article><p>The mayor of Saltmere, Tobias Wrenfield, said on Friday that "
        b"the harbour wall will be repaired before the winter storms arrive.<p>He said the "
        b"repairs would cost about 300,000 pounds and be paid by the county.<div><b>Un"
    )
    article = extract_html(unclosed, input_name="unclosed.html")
    assert "Tobias Wrenfield, said on Friday" in article.text
    assert "paid by the county." in article.text


NESTED_TEXT = (
    b"<p>The mayor of Saltmere, Tobias Wrenfield, said on Friday that the harbour wall "
    b"will be repaired before the winter storms arrive.</p><p>He said the repairs would "
    b"cost about 300,000 pounds and be paid by the county.</p>"
)


@pytest.mark.parametrize(
    "page",
    [
        b"<html><body>" + b"<div>" * 400 + NESTED_TEXT + b"</div>" * 400 + b"</body></html>",
        # unclosed inline tags nest too: each <font> opens inside the one before
        b"<html><body>" + b"<font>" * 600 + NESTED_TEXT + b"</body></html>",
    ],
    ids=["closed divs", "unclosed font tags"],
)
def test_text_nested_deeper_than_libxml2_builds_by_default_is_kept(page: bytes) -> None:
    article = extract_html(page, input_name="deep.html")
    assert "Tobias Wrenfield, said on Friday" in article.text
    assert "paid by the county." in article.text


def test_html_nested_past_the_depth_limit_is_one_line() -> None:
    depth = MAX_HTML_DEPTH + 10
    page = b"<html><body>" + b"<div>" * depth + NESTED_TEXT + b"</div>" * depth + b"</body></html>"
    with pytest.raises(InputError) as info:
        extract_html(page, input_name="deeper.html")
    assert str(info.value) == (
        "deeper.html: cannot read the HTML: its elements are nested more than 2,000 levels "
        "deep (unclosed tags?)"
    )


def test_nothing_printed_and_nothing_logged_through_root(
    capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    for data in (b"\x00\xff" * 300, b"<html></html>", b"<html><body><div><span><"):
        with pytest.raises(InputError):
            extract_html(data, input_name="noisy.html")
    extract_html(HARBOUR, input_name="harbour.html")
    out, err = capfd.readouterr()
    assert out == "" and err == ""
    assert not [r for r in caplog.records if r.name.split(".")[0] in ("trafilatura", "htmldate")]


# --------------------------------------------------------------------------- fetching


def test_fetch_normal_page() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200, headers={"Content-Type": "text/html; charset=UTF-8"}, content=HARBOUR
        )

    page = fetch_url(URL, transport=mock(handler))
    assert page == FetchedPage(url=URL, content=HARBOUR, content_type="text/html", charset="utf-8")
    assert seen[0].headers["User-Agent"] == USER_AGENT
    assert seen[0].method == "GET"
    article = extract_html(page.content, input_name=URL, url=page.url)
    assert article.outlet == "The Wenlow Courier"
    assert "voted seven to two" in article.text


def test_fetch_follows_redirects_and_reports_final_url() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        step = int(request.url.params.get("step", "0"))
        if step < 5:
            return httpx.Response(301, headers={"Location": f"/moved?step={step + 1}"})
        return httpx.Response(200, headers={"Content-Type": "text/html"}, content=HARBOUR)

    page = fetch_url("http://wenlowcourier.example/start", transport=mock(handler))
    assert page.url == "http://wenlowcourier.example/moved?step=5"
    assert page.content == HARBOUR


def test_fetch_redirect_loop() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        target = "/b" if request.url.path == "/a" else "/a"
        return httpx.Response(302, headers={"Location": target})

    err = fetch_error("https://loop.example/a", handler)
    assert err.reason == "more than 5 redirects"
    err = fetch_error("https://loop.example/a", handler, max_redirects=2)
    assert err.reason == "more than 2 redirects"


def test_fetch_refuses_redirect_to_other_scheme() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": "ftp://files.example/article.html"})

    err = fetch_error("https://wenlowcourier.example/x", handler)
    assert "only http and https" in err.reason


@pytest.mark.parametrize(
    ("status", "reason"),
    [
        (404, "HTTP 404 Not Found"),
        (410, "HTTP 410 Gone"),
        (500, "HTTP 500 Internal Server Error"),
        (403, "HTTP 403 Forbidden"),
    ],
)
def test_fetch_http_errors(status: int, reason: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, headers={"Content-Type": "text/html"}, content=b"<p>no</p>")

    assert fetch_error(URL, handler).reason == reason


@pytest.mark.parametrize("exc", [httpx.ReadTimeout, httpx.ConnectTimeout, httpx.PoolTimeout])
def test_fetch_timeout(exc: type[httpx.TimeoutException]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc("timed out", request=request)

    assert fetch_error(URL, handler).reason == "timed out after 20 s"
    assert fetch_error(URL, handler, timeout=2.5).reason == "timed out after 2.5 s"


def test_fetch_connection_failure() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno -2] Name or service\nnot known", request=request)

    err = fetch_error("https://nowhere.example/story", handler)
    assert err.reason == "cannot connect to nowhere.example ([Errno -2] Name or service not known)"


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100),
        ("image/jpeg", b"\xff\xd8\xff\xe0" + b"\x00" * 100),
        ("application/pdf", b"%PDF-1.7\n"),
        ("audio/mpeg", b"ID3\x03"),
        ("video/mp4", b"\x00\x00\x00\x18ftypmp42"),
        ("application/octet-stream", b"\x00\x01\x02"),
        ("application/json", b'{"headline": "x"}'),
    ],
)
def test_fetch_refuses_non_articles(content_type: str, body: bytes) -> None:
    handler = html_response(body, content_type + "; name=x")
    err = fetch_error(URL, handler)
    assert err.reason == f"serves {content_type}, not an article"


@pytest.mark.parametrize("content_type", ["application/xhtml+xml", "text/plain", "TEXT/HTML"])
def test_fetch_accepts_article_types(content_type: str) -> None:
    page = fetch_url(URL, transport=mock(html_response(b"Some text.", content_type)))
    assert page.content_type == content_type.lower()
    assert page.content == b"Some text."


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (HARBOUR, "text/html"),
        (b"  <!-- x --><p>Only a paragraph.</p>", "text/html"),
        (b"Plain words in a plain file.\n", "text/plain"),
        (b"\x89PNG\r\n\x1a\nrest", "image/png"),
        (b"%PDF-1.4 rest", "application/pdf"),
        (b"\x00\x00\x00\x00\x01binary", "application/octet-stream"),
    ],
)
def test_fetch_without_content_type_sniffs(body: bytes, kind: str) -> None:
    assert sniff_content_type(body) == kind

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body)  # no Content-Type header at all

    if kind in ("text/html", "text/plain"):
        page = fetch_url(URL, transport=mock(handler))
        assert page.content_type == kind and page.content == body
    else:
        assert fetch_error(URL, handler).reason == f"serves {kind}, not an article"


def test_fetch_oversized_body_stops_reading() -> None:
    chunk = b"<p>" + b"x" * (1_000_000 - 7) + b"</p>\n"
    sent: list[int] = []

    def chunks() -> Iterator[bytes]:
        for i in range(100):  # 100 MB if read to the end
            sent.append(i)
            yield chunk

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Type": "text/html"}, content=chunks())

    assert fetch_error(URL, handler).reason == "larger than 10 MB"
    assert len(sent) <= 12  # stopped soon after the limit, not after 100 MB


def test_fetch_declared_length_over_limit() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            headers={"Content-Type": "text/html", "Content-Length": "2000"},
            content=b"x" * 2000,
        )

    assert fetch_error(URL, handler, max_bytes=1000).reason == "larger than 1 kB"
    page = fetch_url(URL, transport=mock(handler), max_bytes=2000)
    assert len(page.content) == 2000


def test_fetch_empty_body() -> None:
    page = fetch_url(URL, transport=mock(html_response(b"", "text/html")))
    assert page.content == b""
    with pytest.raises(InputError, match="no article text found"):
        extract_html(page.content, input_name=URL, url=page.url)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://files.example/a.html", "only http and https URLs can be fetched, not 'ftp'"),
        ("file:///etc/passwd", "only http and https URLs can be fetched, not 'file'"),
        ("www.example.com/article", "only http and https URLs can be fetched, not 'none'"),
        ("https://", "not a valid URL (no host name)"),
        ("http://exa mple.com/a", "not a valid URL"),
        ("http://[::1/a", "not a valid URL"),
    ],
)
def test_fetch_invalid_urls(url: str, reason: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:  # pragma: no cover - never reached
        raise AssertionError("no request may be sent for an invalid URL")

    with pytest.raises(InputError) as info:
        fetch_url(url, transport=mock(handler), input_name="the-url")
    assert info.value.reason.startswith(reason)
    assert str(info.value).startswith("the-url: ")
