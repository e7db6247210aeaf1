"""A saved page parsed once: the read stage's nesting check and the HTML cleaner share the tree.

The read stage refuses a page nested deeper than libxml2 parses (read.py), which took a
parse of its own; the cleaner then parsed the page again, the way trafilatura's load_html
does (so trafilatura's output does not change). The check now reads the error log of that
same load_html parse, and the tree waits here for the cleaner: a worker reads a page and
cleans it next, so only the last page read is kept, and it is handed over once.

Where load_html did more than one plain parse of the text (the markup carries an XML
declaration, which lxml refuses in a str; or the first parse gave next to no tree), its
parser's log is not that of the page's own parse: the check then parses on its own, as
before, and the cleaner gets no tree from here.
"""

from __future__ import annotations

from lxml import html as lxml_html

_kept: tuple[str, lxml_html.HtmlElement] | None = None


def parse_errors(text: str) -> list | None:
    """The errors of the one parse trafilatura's load_html makes of `text` (its tree kept for
    `tree_for`), or None when load_html would not stop at that parse.

    load_html on a str: repair_faulty_html, one parse with its HTML_PARSER, and that tree is
    the answer unless the parse raised or gave (next to) no tree; those pages get None."""
    global _kept
    _kept = None
    from trafilatura.utils import HTML_PARSER, is_dubious_html, repair_faulty_html

    beginning = text[:50].lower()
    try:
        tree = lxml_html.fromstring(repair_faulty_html(text, beginning), parser=HTML_PARSER)
    except Exception:  # noqa: BLE001 - load_html catches every error of this parse too
        return None
    if tree is None or len(tree) < (2 if is_dubious_html(beginning) else 1):
        return None
    errors = list(HTML_PARSER.error_log)
    _kept = (text, tree)
    return errors


def tree_for(text: str) -> lxml_html.HtmlElement | None:
    """The tree `parse_errors` made of this very text (once), else None: parse it yourself."""
    global _kept
    kept, _kept = _kept, None
    if kept is not None and kept[0] is text:
        return kept[1]
    return None
