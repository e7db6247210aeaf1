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

The parse is load_html's own (its parser's configuration, copied), with one change that
makes no other tree: the class of each element's Python object is looked up in C. lxml.html
asks a Python method (HtmlElementClassLookup.lookup) every time an element of the tree first
gets a Python object, and trafilatura's XPaths and the metadata walk create some 3,500 of
them per page; the C lookup maps the same tags to the same classes (FormElement, InputElement...,
HtmlElement for every other one), about 1 ms less CPU per saved page.
"""

from __future__ import annotations

from functools import cache

from lxml import etree
from lxml import html as lxml_html

_kept: tuple[str, lxml_html.HtmlElement] | None = None


def element_classes() -> etree.ElementNamespaceClassLookup:
    """lxml.html's element classes, looked up in C: its special tags (form, input, select,
    textarea, label) to their classes, any other element to HtmlElement, comments,
    processing instructions and entities to theirs."""
    fallback = etree.ElementDefaultClassLookup(element=lxml_html.HtmlElement, comment=lxml_html.HtmlComment,
                                               pi=lxml_html.HtmlProcessingInstruction, entity=lxml_html.HtmlEntity)
    lookup = etree.ElementNamespaceClassLookup(fallback)
    tags = lookup.get_namespace(None)
    for tag, cls in lxml_html.HtmlElementClassLookup._default_element_classes.items():
        tags[tag] = cls
    return lookup


@cache
def _parser() -> lxml_html.HTMLParser:
    """trafilatura's HTML_PARSER (the same options: comments and processing instructions
    removed, no ids collected...), its element classes looked up in C."""
    from trafilatura.utils import HTML_PARSER

    parser = HTML_PARSER.copy()
    parser.set_element_class_lookup(element_classes())
    return parser


_HEAD = 8192  # repair_faulty_html reads the first line and the first 4,096 characters (see _repaired)


def repaired(text: str, beginning: str, clean: bool) -> str:
    """repair_faulty_html(text, beginning), which load_html applies before it parses.

    It deletes characters XML forbids from the whole text, then mends the first line (a
    doctype with a slash) and, when one of the first lines within 4,096 characters is a
    self-closing <html .../>, the first such tag. For a `clean` text (none of those characters:
    the read stage's search says so) the deletion changes nothing, and every mend falls within
    the first line and the 8,192 characters after it, cut at a line's end: a tag's match cannot
    run into the next line but through whitespace, and whitespace cannot run past the line
    with the <html that decided it. So only that head is repaired, and the rest follows as it
    is: one pass over the text less (tests/ingest/test_html_tree.py compares both)."""
    from trafilatura.utils import repair_faulty_html

    first = text.find("\n")
    cut = text.find("\n", first + _HEAD) if clean and first >= 0 else -1
    if cut < 0:
        return repair_faulty_html(text, beginning)
    return repair_faulty_html(text[:cut], beginning) + text[cut:]


def parse_errors(text: str, clean: bool = False) -> list | None:
    """The errors of the one parse trafilatura's load_html makes of `text` (its tree kept for
    `tree_for`), or None when load_html would not stop at that parse; `clean` as in `repaired`.

    load_html on a str: repair_faulty_html, one parse with its HTML_PARSER, and that tree is
    the answer unless the parse raised or gave (next to) no tree; those pages get None."""
    global _kept
    _kept = None
    from trafilatura.utils import is_dubious_html

    beginning = text[:50].lower()
    parser = _parser()
    try:
        tree = lxml_html.fromstring(repaired(text, beginning, clean), parser=parser)
    except Exception:  # noqa: BLE001 - load_html catches every error of this parse too
        return None
    if tree is None or len(tree) < (2 if is_dubious_html(beginning) else 1):
        return None
    errors = list(parser.error_log)
    _kept = (text, tree)
    return errors


def tree_for(text: str) -> lxml_html.HtmlElement | None:
    """The tree `parse_errors` made of this very text (once), else None: parse it yourself."""
    global _kept
    kept, _kept = _kept, None
    if kept is not None and kept[0] is text:
        return kept[1]
    return None
