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


# --- Sending (issues 22 and 23): recipient, encoded and folded addresses, draft, webmail ---------

NAMES = ["Zoé Lefèvre", "Camille Durand", 'Camille "Cam" Durand', "Jr. O’Neil, PhD", "مريم الحسيني",
         "Zoé Lefèvre-Dupont de la Grande Maison des Communications de Lyon et d’Ailleurs"]
LONG_SUBJECT = "Remerciements – Poste de chargée de communication et de relations presse chez Dupont & Fils à Lyon"


@pytest.mark.parametrize("name", NAMES)
def test_eml_addresses_round_trip_encoded_and_folded(name):
    raw = to_eml(LONG_SUBJECT, "Bonjour Madame,\n\nMerci.", to="zoe.lefevre@exemple.fr", to_name=name,
                 from_="camille.durand@exemple.fr", from_name=name)
    assert raw.isascii()  # non-ASCII names travel as RFC 2047 encoded words
    head = raw.split("\r\n\r\n", 1)[0]
    assert all(len(line) <= 78 for line in head.split("\r\n")), head
    message = email.message_from_bytes(raw.encode("ascii"), policy=email.policy.default)
    (to,) = message["To"].addresses
    (sender,) = message["From"].addresses
    assert (to.display_name, to.addr_spec) == (name, "zoe.lefevre@exemple.fr")
    assert (sender.display_name, sender.addr_spec) == (name, "camille.durand@exemple.fr")
    assert message["Subject"] == LONG_SUBJECT
    assert message["X-Unsent"] == "1"
    assert message.get_content().replace("\r\n", "\n").rstrip("\n") == "Bonjour Madame,\n\nMerci."


def test_eml_address_alone_and_no_header_without_an_address():
    message = email.message_from_string(to_eml("S", "B", to="a@exemple.fr"), policy=email.policy.default)
    assert message["To"].addresses[0].addr_spec == "a@exemple.fr"
    assert message["From"] is None
    assert "To:" not in to_eml("S", "B", to_name="Zoé")
    # An address cannot smuggle in a second one nor a header.
    injected = to_eml("S", "B", to="a@exemple.fr>, b@evil.example\r\nBcc: c@evil.example", to_name="Zoé")
    parsed = email.message_from_string(injected, policy=email.policy.default)
    assert parsed["Bcc"] is None
    assert len(parsed["To"].addresses) == 1


def test_the_api_eml_carries_both_names():
    import json

    from rebond.api import handle
    args = {"subject": LONG_SUBJECT, "body": "Merci.", "to": "zoe@exemple.fr", "to_name": "Zoé Lefèvre",
            "from": "camille@exemple.fr", "from_name": "Camille Durand"}
    raw = json.loads(handle(json.dumps({"op": "eml", "args": args})))["result"]
    message = email.message_from_string(raw, policy=email.policy.default)
    assert str(message["To"]) == "Zoé Lefèvre <zoe@exemple.fr>"
    assert str(message["From"]) == "Camille Durand <camille@exemple.fr>"


def test_mailto_and_webmail_carry_the_recipient_and_nothing_more():
    from rebond.mailto import webmail
    url = str(mailto("zoe@exemple.fr", "Objet & co", "Texte\nligne 2")["url"])
    assert urlsplit(url).path == "zoe@exemple.fr"
    links = webmail("zoe@exemple.fr", "Objet & co?", "Texte\nbcc=x@y.z&to=evil@x.y")
    gmail, outlook = parse_qs(urlsplit(links["gmail"]).query), parse_qs(urlsplit(links["outlook"]).query)
    assert urlsplit(links["gmail"]).netloc == "mail.google.com"
    assert gmail == {"view": ["cm"], "fs": ["1"], "to": ["zoe@exemple.fr"], "su": ["Objet & co?"],
                     "body": ["Texte\r\nbcc=x@y.z&to=evil@x.y"]}
    assert urlsplit(links["outlook"]).netloc == "outlook.live.com"
    assert outlook == {"to": ["zoe@exemple.fr"], "subject": ["Objet & co?"], "body": ["Texte\r\nbcc=x@y.z&to=evil@x.y"]}


def test_the_txt_starts_with_the_subject():
    import json

    from rebond.api import handle

    def txt(**args):
        return json.loads(handle(json.dumps({"op": "txt", "args": args})))["result"]
    assert txt(subject="Remerciements", body="Bonjour,", ui_lang="fr") == "Objet\u00a0: Remerciements\n\nBonjour,"
    assert txt(subject="Thanks", body="Hello,", ui_lang="en") == "Subject: Thanks\n\nHello,"
    assert txt(subject="", body="Note LinkedIn", ui_lang="fr") == "Note LinkedIn"
    # The subject as it stands: its non-breaking spaces kept, its line breaks made spaces.
    assert txt(subject="Poste R&D\u202f?\nSuite", body="B", ui_lang="fr") == "Objet\u00a0: Poste R&D\u202f? Suite\n\nB"
