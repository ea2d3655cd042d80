"""Command line: ``python -m rebond compose key=value ...`` and ``python -m rebond review ...``.

compose prints the composed message as JSON (exit 0), or the errors (exit 2).
review reads a text on standard input and prints the findings as JSON.
``feedback_topics`` may be repeated.

Arguments and standard input are read as bytes and decoded as UTF-8: anything else is refused
with a message saying where (exit 2), rather than passed on half-decoded. The text then goes
through the engine's cleaning step (:mod:`rebond.clean`), as in the browser.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from . import clean
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


class NotUTF8(ValueError):
    """Input that is not UTF-8 text."""


def decode(data: bytes, what: str) -> str:
    """``data`` as UTF-8 text, or :class:`NotUTF8` naming ``what`` and the first bad byte."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise NotUTF8(f"{what} is not UTF-8 text (byte {exc.start + 1} is 0x{data[exc.start]:02x}): "
                      "convert it first, for example with `iconv -f LATIN1 -t UTF-8`.\n") from None


def _read_stdin() -> str:
    raw = getattr(sys.stdin, "buffer", None)
    return decode(raw.read(), "standard input") if raw is not None else sys.stdin.read()


def _argument(arg: str, n: int) -> str:
    """Python decodes arguments with surrogateescape: back to the bytes given, then strictly."""
    try:
        raw = os.fsencode(arg)
    except UnicodeEncodeError:
        return arg  # a str given in-process, not from bytes: the cleaning step deals with it
    return decode(raw, f"argument {n}")


def _print(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def main(argv: list[str] | None = None) -> int:
    try:
        args = [_argument(arg, n) for n, arg in enumerate(sys.argv[1:] if argv is None else argv, 1)]
        return _run(args)
    except NotUTF8 as exc:
        sys.stderr.write(f"rebond: {exc}")
        return 2


def _run(args: list[str]) -> int:
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
    text = clean.text(_read_stdin())
    _print(review(text, lang=pairs.get("lang", "fr"), kind=pairs.get("kind", "thanks"),
                  channel=pairs.get("channel", "email"), ui_lang=pairs.get("ui_lang"),
                  sender_gender=pairs.get("sender_gender")))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
