"""mailto: links (RFC 6068) that carry only a recipient, a subject and a body; webmail compose links.

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


def webmail(to: str, subject: str, body: str) -> dict[str, str]:
    """Compose links of the two webmails most readers use, built here (on the reader's device):
    opening one shows a draft in the reader's own account, which sends nothing until they press
    "send". Values are encoded like the mailto link's (no header can be added)."""
    one_line = " ".join(subject.replace("\r", "\n").split("\n"))
    to_q, subject_q, body_q = (quote(v, safe=_SAFE) for v in (to.strip(), one_line, _crlf(body)))
    return {
        "gmail": f"https://mail.google.com/mail/?view=cm&fs=1&to={to_q}&su={subject_q}&body={body_q}",
        "outlook": f"https://outlook.live.com/mail/0/deeplink/compose?to={to_q}&subject={subject_q}&body={body_q}",
    }


def mailto(to: str, subject: str, body: str) -> dict[str, object]:
    """The URL with its length and whether to fall back to copy/download."""
    url = mailto_url(to, subject, body)
    return {"url": url, "length": len(url), "too_long": too_long(url), "max": MAILTO_MAX}
