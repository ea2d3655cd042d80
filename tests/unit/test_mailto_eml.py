"""Leaving with the message: mailto round-trips, .eml parses back to the same text."""

from __future__ import annotations

import email
import email.policy
from datetime import datetime, timedelta, timezone
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rebond import compose
from rebond.eml import encode_header, to_eml
from rebond.mailto import MAILTO_MAX, mailto, mailto_url, too_long


def _params(url: str) -> dict[str, str]:
    query = urlsplit(url).query
    out = {}
    for pair in query.split("&"):
        key, _, value = pair.partition("=")
        out[key] = unquote(value)
    return out


def _crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")


@settings(deadline=None)
@given(st.text(), st.text())
def test_mailto_round_trip_and_only_subject_and_body(subject, body):
    url = mailto_url("a@b.fr", subject, body)
    params = _params(url)
    assert list(params) == ["subject", "body"]
    assert params["body"] == _crlf(body)
    assert params["subject"] == " ".join(subject.replace("\r", "\n").split("\n"))
    assert "+" not in url
    assert " " not in url
    assert "\n" not in url
    assert set(parse_qs(urlsplit(url).query, keep_blank_values=True)) <= {"subject", "body"}


def test_mailto_cannot_inject_headers():
    url = mailto_url("a@b.fr?cc=evil@x.y", "hi&bcc=evil@x.y", "x\n&cc=evil@x.y&body=oops")
    assert "cc=" not in url.split("?", 1)[1].replace("%26cc%3D", "") or "&cc=" not in url
    assert "&cc=" not in url
    assert "&bcc=" not in url
    assert url.count("?") == 1
    assert list(_params(url)) == ["subject", "body"]


def test_mailto_encoding_details():
    url = mailto_url("", "Merci – poste", "Ligne 1\nLigne 2")
    assert url.startswith("mailto:?subject=Merci%20%E2%80%93%20poste&body=")
    assert "%0D%0A" in url


def test_mailto_length_helper():
    body = compose({"kind": "thanks_feedback"})["body"]
    info = mailto("", "s", body)
    url = info["url"]
    assert isinstance(url, str)
    assert info["max"] == MAILTO_MAX == 2000
    assert info["too_long"] == (len(url) > 2000) == too_long(url)
    assert mailto("", "s", "x" * 3000)["too_long"] is True
    assert mailto("", "s", "x")["too_long"] is False


def _parse(text: str):
    return email.message_from_string(text, policy=email.policy.default)


@settings(deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=300),
       st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=2000))
def test_eml_parses_back(subject, body):
    text = to_eml(subject, body)
    msg = _parse(text)
    assert str(msg["subject"]) == subject.strip()
    assert msg.get_content_type() == "text/plain"
    assert _crlf(msg.get_content()) == _crlf(body) or msg.get_content() == _crlf(body)
    for line in text.split("\r\n"):
        assert len(line) <= 78


def test_eml_real_message_headers_and_crlf():
    r = compose({"kind": "thanks", "lang": "fr", "sender_gender": "f", "company": "Société Générale"})
    when = datetime(2026, 3, 2, 9, 5, 0, tzinfo=timezone(timedelta(hours=1)))
    text = to_eml(r["subject"], r["body"], to="rh@exemple.fr", from_="Camille <c@exemple.fr>", date=when)
    assert "\n" not in text.replace("\r\n", "")
    msg = _parse(text)
    assert msg["to"] == "rh@exemple.fr"
    assert "c@exemple.fr" in str(msg["from"])
    assert msg["date"].datetime == when
    assert str(msg["subject"]) == r["subject"]
    assert msg.get_content().replace("\r\n", "\n") == r["body"]
    assert msg["X-Unsent"] == "1"
    assert msg["MIME-Version"] == "1.0"


def test_eml_no_header_injection():
    text = to_eml("Hi\r\nBcc: evil@x.y", "body", to="a@b.c\r\nBcc: evil@x.y")
    msg = _parse(text)
    assert msg["bcc"] is None
    assert "\r\nBcc:" not in text


def test_eml_naive_date_is_utc_and_ascii_subject_kept():
    text = to_eml("Thanks", "x", date=datetime(2026, 1, 5, 12, 0))
    assert "Date: Mon, 05 Jan 2026 12:00:00 +0000" in text
    assert "Subject: Thanks\r\n" in text
    assert encode_header("") == ""
    assert encode_header("=?not encoded?=").startswith("=?utf-8?b?")


@pytest.mark.parametrize("minutes", [-330, 0, 90])
def test_eml_timezones(minutes):
    when = datetime(2026, 7, 1, 0, 0, tzinfo=timezone(timedelta(minutes=minutes)))
    assert _parse(to_eml("s", "b", date=when))["date"].datetime == when
