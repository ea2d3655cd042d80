"""A message as an .eml file (RFC 5322 with MIME, UTF-8), to open in a mail client.

Written by hand rather than with the ``email`` package so that the bytes are the same on every
Python version (CPython 3.12+, Pyodide): CRLF line ends, an RFC 2047 encoded subject folded
into encoded words of at most 75 characters, and a base64 body.
"""

from __future__ import annotations

import base64
from datetime import datetime

_CRLF = "\r\n"
# An encoded word is "=?utf-8?b?" + base64 + "?=": 39 bytes make 64 characters, so that even
# the first line ("Subject: " + one word) stays within 78 characters.
_WORD_BYTES = 39


def _one_line(text: str) -> str:
    """Header values never contain line breaks (no header injection) nor control characters."""
    return "".join(ch if ch >= " " and ch != "\x7f" else " " for ch in text).strip()


def encode_header(text: str) -> str:
    """RFC 2047 encoded words (UTF-8, base64), split on character boundaries, folded."""
    text = _one_line(text)
    if text.isascii() and len(text) < 70 and "=?" not in text:
        return text
    words, chunk = [], b""
    for ch in text:
        data = ch.encode("utf-8")
        if len(chunk) + len(data) > _WORD_BYTES:
            words.append(chunk)
            chunk = b""
        chunk += data
    if chunk or not words:
        words.append(chunk)
    encoded = ["=?utf-8?b?" + base64.b64encode(w).decode("ascii") + "?=" for w in words]
    return (_CRLF + " ").join(encoded)


def _body(text: str) -> str:
    crlf = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", _CRLF)
    data = base64.b64encode(crlf.encode("utf-8")).decode("ascii")
    return _CRLF.join(data[i : i + 76] for i in range(0, len(data), 76))


def _address(text: str) -> str:
    return _one_line(text).replace(",", " ").replace(";", " ").strip()


def format_date(date: datetime) -> str:
    """RFC 5322 date; a naive datetime is taken as UTC."""
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    offset = date.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    zone = f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"
    return (f"{days[date.weekday()]}, {date.day:02d} {months[date.month - 1]} {date.year:04d} "
            f"{date.hour:02d}:{date.minute:02d}:{date.second:02d} {zone}")


def to_eml(subject: str, body: str, *, to: str = "", from_: str = "", date: datetime | None = None) -> str:
    """The complete .eml text (CRLF line ends). ``X-Unsent: 1`` opens it as a draft in Outlook."""
    headers = []
    if from_:
        headers.append(f"From: {_address(from_)}")
    if to:
        headers.append(f"To: {_address(to)}")
    if date is not None:
        headers.append(f"Date: {format_date(date)}")
    headers += [
        f"Subject: {encode_header(subject)}",
        "X-Unsent: 1",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: base64",
    ]
    return _CRLF.join(headers) + _CRLF + _CRLF + _body(body) + _CRLF
