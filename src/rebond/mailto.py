"""mailto: links (RFC 6068) that carry only a subject and a body.

Every value is percent-encoded like JavaScript's encodeURIComponent (spaces as %20, never "+"),
line breaks become %0D%0A, and no other header can be added: user text cannot smuggle in a cc
or bcc field because "&", "=" and "?" are always encoded.
"""

from __future__ import annotations

from urllib.parse import quote

# Beyond about 2,000 characters some clients truncate: offer copy/download instead.
MAILTO_MAX = 2000

# encodeURIComponent leaves these unescaped.
_SAFE = "-_.!~*'()"


def _crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")


def mailto_url(to: str, subject: str, body: str) -> str:
    """A mailto URL with only ``subject`` and ``body`` (the subject is kept on one line)."""
    one_line = " ".join(subject.replace("\r", "\n").split("\n"))
    address = quote(to.strip(), safe="@")
    return f"mailto:{address}?subject={quote(one_line, safe=_SAFE)}&body={quote(_crlf(body), safe=_SAFE)}"


def too_long(url: str) -> bool:
    """True when the link is longer than clients reliably accept."""
    return len(url) > MAILTO_MAX


def mailto(to: str, subject: str, body: str) -> dict[str, object]:
    """The URL with its length and whether to fall back to copy/download."""
    url = mailto_url(to, subject, body)
    return {"url": url, "length": len(url), "too_long": too_long(url), "max": MAILTO_MAX}
