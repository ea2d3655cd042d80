"""Command line: ``python -m rebond compose key=value ...`` and ``python -m rebond review ...``.

compose prints the composed message as JSON (exit 0), or the errors (exit 2).
review reads a text on standard input and prints the findings as JSON.
``feedback_topics`` may be repeated.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from .compose import compose
from .review import review

USAGE = ("usage: python -m rebond compose key=value ...\n"
         "       python -m rebond review lang=fr kind=thanks channel=email [ui_lang=en] < text.txt\n")


def parse_pairs(pairs: list[str]) -> dict[str, Any] | None:
    """key=value arguments -> fields; a repeated feedback_topics accumulates."""
    out: dict[str, Any] = {}
    for pair in pairs:
        if "=" not in pair:
            return None
        key, value = pair.split("=", 1)
        if key == "feedback_topics":
            out.setdefault(key, []).append(value)
        else:
            out[key] = value
    return out


def _print(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] not in ("compose", "review"):
        sys.stderr.write(USAGE)
        return 2
    pairs = parse_pairs(args[1:])
    if pairs is None:
        sys.stderr.write(USAGE)
        return 2
    if args[0] == "compose":
        result = compose(pairs)
        _print(result)
        return 0 if result["ok"] else 2
    text = sys.stdin.read()
    _print(review(text, lang=pairs.get("lang", "fr"), kind=pairs.get("kind", "thanks"),
                  channel=pairs.get("channel", "email"), ui_lang=pairs.get("ui_lang"),
                  sender_gender=pairs.get("sender_gender")))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
