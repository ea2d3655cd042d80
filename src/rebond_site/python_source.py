"""Python sources made lighter for shipping: comments cut, docstrings emptied, lines kept.

Used for the trimmed standard library (stdlib_zip.py) and the engine's wheel
(wheels.py): what a browser runs needs the code, not its documentation. Every line
keeps its number, so tracebacks still point at the right line.
"""

from __future__ import annotations

import ast
import io
import tokenize


def strip_comments(source: bytes) -> bytes:
    """``source`` without its comments (and the blanks before them), every line kept.

    Only comment tokens are cut, found by the tokenizer, so a ``#`` inside a string stays. The
    first two lines keep theirs (an encoding declaration is a comment that matters). A file
    the build's tokenizer cannot read (newer syntax than this Python knows) is kept whole.
    """
    try:
        text = source.decode("utf-8")
        # The tokenizer's lines are split on "\n" only: split the same way (not splitlines(),
        # which also cuts at form feeds, found in some of the standard library's files).
        lines = io.StringIO(text).readlines()
        tokens = list(tokenize.generate_tokens(iter(lines).__next__))
    except (UnicodeDecodeError, tokenize.TokenError, SyntaxError):
        return source
    for token in tokens:
        row, col = token.start
        if token.type != tokenize.COMMENT or row <= 2:
            continue
        line = lines[row - 1]
        ending = line[len(line.rstrip("\r\n")):]
        lines[row - 1] = line[:col].rstrip() + ending
    return "".join(lines).encode("utf-8")


def empty_docstrings(source: bytes) -> bytes:
    """``source`` with every docstring emptied (kept as a string, its line breaks kept).

    Docstrings are a quarter of these files and only documentation: code reads ``__doc__``
    rarely, and the standard library is tested with ``-OO`` (docstrings gone altogether). The
    emptied string keeps its line breaks, so every line keeps its number. A file the build's
    Python cannot parse (newer syntax) is kept whole.
    """
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return source
    spans = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
                    and isinstance(first.value.value, str)):
                spans.append(first.value)
    lines = source.split(b"\n")  # ast's offsets are in UTF-8 bytes, per "\n"-ended line
    for node in sorted(spans, key=lambda n: (n.lineno, n.col_offset), reverse=True):
        start, end = node.lineno - 1, (node.end_lineno or node.lineno) - 1
        head, tail = lines[start][: node.col_offset], lines[end][node.end_col_offset:]
        lines[start: end + 1] = ([head + b'"' * 3] + [b""] * (end - start - 1)
                                 + ([b'"' * 3 + tail] if end > start else []))
        if end == start:
            lines[start] += b'"' * 3 + tail
    return b"\n".join(lines)
