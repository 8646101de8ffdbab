"""Making HTML from question banks safe to show.

Banks from other tools carry HTML in question text, answers and feedback. Before anything
is shown it passes through an allowlist: known formatting tags only, no scripts or styles
(their content is dropped too), no event or style attributes, and links and images only
when they point at nothing outside the question (embedded ``data:`` images; no ``http:``,
``file:`` or other resources, which an offline app must never fetch).
"""

from __future__ import annotations

import base64
import binascii
import html
import re
from functools import lru_cache
from html.parser import HTMLParser
from typing import Any

ALLOWED_TAGS = {
    "p", "br", "b", "strong", "i", "em", "u", "s", "sub", "sup", "small", "span", "div",
    "ul", "ol", "li", "blockquote", "pre", "code", "h1", "h2", "h3", "h4", "h5", "h6",
    "table", "thead", "tbody", "tr", "td", "th", "hr", "img",
}  # fmt: skip
VOID_TAGS = {"br", "hr", "img"}
DROP_CONTENT = {
    "script",
    "style",
    "iframe",
    "object",
    "embed",
    "svg",
    "math",
    "template",
    "noscript",
    "head",
    "title",
}
ALLOWED_ATTRIBUTES = {
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
}
MAX_IMAGE_BYTES = 2 * 1024 * 1024

# Limits a text renderer can bear (Qt's layout grows much faster than linearly with
# nesting, and thousands of levels overflow its stack): deeper tags are dropped, their
# text kept.
MAX_DEPTH = 24
MAX_TABLE_DEPTH = 2
MAX_IMAGES = 8
MAX_SPAN = 20  # colspan / rowspan
MAX_IMAGE_SIDE = 2000  # width / height in pixels
MAX_TEXT_CHARS = 50_000  # of text in one fragment; the rest is cut with a visible mark

# Raster images only, recognised by their first bytes and not by what the file claims:
# an SVG may refer to other files, which showing it would read.
RASTER_MAGIC = {
    "png": (b"\x89PNG\r\n\x1a\n",),
    "jpeg": (b"\xff\xd8\xff",),
    "jpg": (b"\xff\xd8\xff",),
    "gif": (b"GIF87a", b"GIF89a"),
    "bmp": (b"BM",),
    "webp": (b"RIFF",),
}
_DATA_URL = re.compile(r"data:image/([a-z]+);base64,(.*)", re.IGNORECASE | re.DOTALL)


def raster_data_url(value: str) -> bytes | None:
    """The image bytes of a ``data:image/...;base64,`` URL holding a PNG, JPEG, GIF, BMP
    or WebP image no larger than :data:`MAX_IMAGE_BYTES`; None for anything else."""
    match = _DATA_URL.fullmatch(value.strip())
    if match is None:
        return None
    kind, payload = match.group(1).lower(), "".join(match.group(2).split())
    if kind not in RASTER_MAGIC or len(payload) * 3 // 4 > MAX_IMAGE_BYTES + 3:
        return None
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        return None
    if not data.startswith(RASTER_MAGIC[kind]):
        return None
    if kind == "webp" and data[8:12] != b"WEBP":
        return None
    return data


# Media we cannot play and links we never follow stay readable: their address is shown
# as text after them ("the reform (https://…)"), never fetched.
MEDIA_TAGS = {"audio": "audio", "video": "video", "source": "media", "track": "captions"}
_ROW_BREAK = "\x00"  # a table row's end in html_to_text, turned into a line break


def _address(attrs: list[tuple[str, str | None]], name: str) -> str:
    value = (dict(attrs).get(name) or "").strip()
    if not value or value.lower().startswith(("javascript:", "data:", "#")):
        return ""
    return value if len(value) <= 300 else value[:300] + "…"


def _media_text(tag: str, attrs: list[tuple[str, str | None]]) -> str:
    src = _address(attrs, "src")
    return f"[{MEDIA_TAGS[tag]}: {src}]" if src else ""


def _safe_src(value: str) -> bool:
    """Only raster images embedded in the question itself."""
    return raster_data_url(value) is not None


def _bounded_number(value: str, high: int) -> str | None:
    digits = value.strip().removesuffix("px")
    if not digits.isdigit() or len(digits) > 6:
        return None
    return str(min(max(int(digits), 1), high))


class _Cleaner(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.open: list[str] = []
        self.dropping = 0
        self.skipped: dict[str, int] = {}  # tags left out for depth, to ignore their ends
        self.images = 0
        self.text_left = MAX_TEXT_CHARS
        self.links: list[str] = []

    def _too_deep(self, tag: str) -> bool:
        if tag in VOID_TAGS:
            return False
        tables = self.open.count("table")
        return len(self.open) >= MAX_DEPTH or (tag == "table" and tables >= MAX_TABLE_DEPTH)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        tag = tag.lower()
        if tag in DROP_CONTENT:
            self.dropping += 1
            return
        if self.dropping:
            return
        if tag == "a":
            self.links.append(_address(attrs, "href"))
        if tag in MEDIA_TAGS and (media := _media_text(tag, attrs)):
            self.out.append(html.escape(f" {media} ", quote=False))
        if tag not in ALLOWED_TAGS:
            return
        if self._too_deep(tag):
            self.skipped[tag] = self.skipped.get(tag, 0) + 1
            return
        kept = []
        for name, value in attrs:
            name = name.lower()
            if name not in ALLOWED_ATTRIBUTES.get(tag, set()) or value is None:
                continue
            if name == "src" and (self.images >= MAX_IMAGES or not _safe_src(value)):
                continue
            if name in ("colspan", "rowspan", "width", "height"):
                bounded = _bounded_number(value, MAX_SPAN if "span" in name else MAX_IMAGE_SIDE)
                if bounded is None:
                    continue
                value = bounded
            kept.append(f' {name}="{html.escape(value, quote=True)}"')
        if tag == "img" and not any(k.startswith(" src=") for k in kept):
            alt = dict(attrs).get("alt") or ""
            if alt:
                self.handle_data(f"[{alt}]")
            return
        if tag == "img":
            self.images += 1
        self.out.append(f"<{tag}{''.join(kept)}>")
        if tag not in VOID_TAGS:
            self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag.lower() not in VOID_TAGS and self.open and self.open[-1] == tag.lower():
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        tag = tag.lower()
        if tag in DROP_CONTENT:
            self.dropping = max(0, self.dropping - 1)
            return
        if tag == "a" and self.links and not self.dropping:
            href = self.links.pop()
            if href:
                self.out.append(html.escape(f" ({href})", quote=False))
        if self.dropping:
            return
        if self.skipped.get(tag):
            self.skipped[tag] -= 1
            return
        if tag not in self.open:
            return
        while self.open:
            closing = self.open.pop()
            self.out.append(f"</{closing}>")
            if closing == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.dropping or self.text_left <= 0:
            return
        if len(data) > self.text_left:
            data = data[: self.text_left] + " […]"
        self.text_left -= len(data)
        self.out.append(html.escape(data, quote=False))

    def result(self) -> str:
        self.close()
        return "".join(self.out) + "".join(f"</{tag}>" for tag in reversed(self.open))


def clean_html(markup: str) -> str:
    """``markup`` reduced to the allowlist; text content is kept and escaped."""
    if "<" not in markup and "&" not in markup:
        return markup  # no tags and no entities: nothing to remove or escape
    cleaner = _Cleaner()
    cleaner.feed(markup)
    return cleaner.result()


@lru_cache(maxsize=1)
def _markdown() -> Any:
    from markdown_it import MarkdownIt

    # CommonMark with raw HTML shown as text, markdown-it's own nesting limit, and its
    # link check (no file:, javascript: or non-image data: targets).
    return MarkdownIt("commonmark", {"html": False})


def markdown_to_html(text: str) -> str:
    """Markdown as safe HTML: rendered by markdown-it (not Qt), then through the same
    allowlist and limits as any HTML, so an image can only be one the bank embeds."""
    return clean_html(_markdown().render(text))


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.links: list[str] = []
        self.cells = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in DROP_CONTENT:
            self.skipping += 1
        elif self.skipping:
            return
        elif tag in ("br", "p", "div", "li"):
            self.parts.append(" ")
        elif tag == "a":
            self.links.append(_address(attrs, "href"))
        elif tag in MEDIA_TAGS:
            self.parts.append(f" {_media_text(tag, attrs)} ")
        elif tag == "img" and (alt := dict(attrs).get("alt")):
            self.parts.append(f" [{alt}] ")
        elif tag == "tr":
            self.parts.append(_ROW_BREAK)
            self.cells = 0
        elif tag in ("td", "th"):
            self.parts.append(" | " if self.cells else " ")
            self.cells += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in DROP_CONTENT:
            self.skipping = max(0, self.skipping - 1)
        elif tag == "a" and self.links and not self.skipping:
            href = self.links.pop()
            if href:
                self.parts.append(f" ({href})")
        elif tag == "table":
            self.parts.append(_ROW_BREAK)

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """The words of an HTML fragment, for plain-text places (answers, lists, exports)."""
    if "<" not in markup and "&" not in markup:
        return " ".join(markup.split())
    parser = _TextOnly()
    try:
        parser.feed(markup)
        parser.close()
    except AssertionError:  # Python 3.11's parser asserts on a malformed "<![" section
        return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", markup)).split())
    lines = ("".join(parser.parts)).split(_ROW_BREAK)  # a table keeps a line per row
    return "\n".join(line for line in (" ".join(part.split()) for part in lines) if line)
