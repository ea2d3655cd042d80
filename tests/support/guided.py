"""The generator's guided start, as a reader answers it: "What happened?", then the message."""

from __future__ import annotations

from rebond import uses


def choose_kind(page, kind: str) -> None:
    """Choose a kind of message as a reader would: its situation first (which offers it), then
    the kind itself, each only if not chosen already."""
    situation = uses.situation_of(kind)
    if not page.is_checked(f"#gen-situation-{situation}"):
        page.check(f"#gen-situation-{situation}")
    if not page.is_checked(f"#gen-kind-{kind}"):
        page.check(f"#gen-kind-{kind}")
