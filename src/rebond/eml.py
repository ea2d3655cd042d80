"""A message as an .eml file (RFC 5322 with MIME, UTF-8), to open in a mail client.

Written by hand rather than with the ``email`` package so that the bytes are the same on every
Python version (CPython 3.12+, Pyodide): CRLF line ends, an RFC 2047 encoded subject folded
into encoded words of at most 75 characters, and a base64 body.
"""

from __future__ import annotations

import base64
import re
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
    return _encoded_words(text)


def _encoded_words(text: str) -> str:
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
    return _one_line(text).replace(",", " ").replace(";", " ").replace("<", " ").replace(">", " ").strip()


# RFC 5322 atext: a word made only of these needs no quoting nor encoding in a display name.
_ATEXT = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+")


def _phrase_words(name: str) -> list[str]:
    """A display name as header words: plain ASCII words as they are, every run of other words
    as RFC 2047 encoded words (whole words only, so that decoders that keep the space between
    two encoded words and those that drop it, as RFC 2047 says, read the same name)."""
    words: list[str] = []
    run: list[str] = []

    def flush() -> None:
        chunk = ""
        for token in run:
            joined = f"{chunk} {token}" if chunk else token
            if chunk and len(joined.encode("utf-8")) > _WORD_BYTES:
                words.extend(_encoded_words(chunk + " ").split(_CRLF + " "))
                chunk = token
            else:
                chunk = joined
        if chunk:
            words.extend(_encoded_words(chunk).split(_CRLF + " "))
        run.clear()

    for token in name.split():
        if _ATEXT.fullmatch(token) and not token.startswith("=?"):
            flush()
            words.append(token)
        else:
            run.append(token)
    flush()
    return words


def mailbox(name: str, address: str, header: str = "To") -> str:
    """A ``To``/``From`` value: ``Name <address>``, the name's words RFC 2047 encoded when they
    are not plain ASCII, folded so that no line passes 78 characters; the address alone
    without a name; "" without an address."""
    address = _address(address).replace(" ", "")
    name = _one_line(name)
    if not address:
        return ""
    if not name:
        return address
    lines = [f"{header}:"]
    for word in [*_phrase_words(name), f"<{address}>"]:
        if len(lines[-1]) + 1 + len(word) > 78:
            lines.append("")
        lines[-1] += " " + word
    return _CRLF.join(lines)[len(header) + 2:]


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


def to_eml(subject: str, body: str, *, to: str = "", from_: str = "", to_name: str = "", from_name: str = "",
           date: datetime | None = None) -> str:
    """The complete .eml text (CRLF line ends). ``X-Unsent: 1`` opens it as a draft (Outlook,
    Thunderbird): nothing is sent until the reader sends it."""
    headers = []
    for header, name, address in (("From", from_name, from_), ("To", to_name, to)):
        value = mailbox(name, address, header)
        if value:
            headers.append(f"{header}: {value}")
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
