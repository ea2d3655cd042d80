"""Deployment files besides the headers: ``/.well-known/security.txt`` and the sitemap.

Written after the build by hooks/deploy_files.py. Both depend on where the site is deployed,
which the environment says (``mkdocs.yml`` reads it):

- ``REBOND_SITE_URL`` (``site_url``): the site's public address. Without it MkDocs would write a
  sitemap of ``None./`` URLs: the sitemap is then left out, for a build that is not deployed.
- ``REBOND_SECURITY_CONTACT``: where to report a security problem (``mailto:`` or ``https:``),
  the ``Contact`` of an RFC 9116 ``security.txt``. A deployed build (site URL set) without it
  fails: a site that asks for HTTPS and strict policies must say where to report a flaw.
"""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.deploy_files")

SECURITY_TXT = Path(".well-known") / "security.txt"
# RFC 9116 2.5.5: "Expires" should be less than a year away; the build refreshes it.
EXPIRES_AFTER = timedelta(days=180)


def render_security_txt(contact: str, now: datetime, site_url: str | None = None) -> str:
    """An RFC 9116 security.txt: Contact, Expires (from `now`), languages, and its Canonical URL."""
    if not contact.startswith(("mailto:", "https://")):
        raise ValueError(f"REBOND_SECURITY_CONTACT must be a mailto: or https: URI, not {contact!r}")
    expires = (now.astimezone(UTC) + EXPIRES_AFTER).replace(microsecond=0)
    lines = [f"Contact: {contact}", f"Expires: {expires.strftime('%Y-%m-%dT%H:%M:%SZ')}", "Preferred-Languages: fr, en"]
    if site_url:
        lines.append(f"Canonical: {site_url.rstrip('/')}/{SECURITY_TXT.as_posix()}")
    return "\n".join(lines) + "\n"


def write_deployment_files(site: Path, site_url: str | None, now: datetime | None = None) -> None:
    """security.txt when a contact is given; no sitemap without a site URL."""
    contact = os.environ.get("REBOND_SECURITY_CONTACT", "").strip()
    if contact:
        target = site / SECURITY_TXT
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(render_security_txt(contact, now or datetime.now(UTC), site_url), encoding="utf-8")
    elif site_url:
        log.warning("REBOND_SITE_URL is set but REBOND_SECURITY_CONTACT is not: set it to where security "
                    "problems should be reported (mailto: or https:), for /.well-known/security.txt")
    if not site_url:
        for name in ("sitemap.xml", "sitemap.xml.gz"):
            (site / name).unlink(missing_ok=True)
