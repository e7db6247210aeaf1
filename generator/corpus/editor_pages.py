"""The editors' own pages: content/pages/<name>.md (About, Methodology, Corrections policy…).

Markdown with a short front matter, rendered (and sanitized) like a note's body; each page
is published at <name>/ with the theme and linked from every page's footer, in `order`.
"""

from __future__ import annotations

from pathlib import Path

from generator.corpus.notes import FRONT_MATTER, render_markdown
from generator.ingest.read import slugify
from generator.ingest.yamlfile import ContentError, Mapping, load_each, load_yaml, read_text, unknown_keys
from generator.model import EditorPage, Problem

PAGE_KEYS = {"title", "description", "order"}
# The site's own folders and pages: an editor's page of that name would overwrite them.
RESERVED = {"articles", "dossiers", "speakers", "notes", "search", "feeds", "theme", "corrections", "pagefind",
            "404", "index", "sitemap"}


def parse_page(path: Path) -> EditorPage:
    """One page file; ContentError with every problem at its line."""
    text = read_text(path)
    match = FRONT_MATTER.match(text)
    if not match:
        raise ContentError([Problem(str(path), "no YAML front matter",
                                    "start the file with `---`, a `title:` line, and `---`", 1)])
    data = load_yaml(match.group(1), str(path), first_line=2)
    if not isinstance(data, Mapping):
        raise ContentError([Problem(str(path), "front matter must be a mapping of `key: value` lines",
                                    "see docs/editors.md", 2)])
    problems = unknown_keys(data, PAGE_KEYS, str(path), "front-matter key")
    if not str(data.get("title") or "").strip() or isinstance(data.get("title"), dict | list):
        problems.append(Problem(str(path), "missing required key 'title'", "add `title:` to the front matter", 2))
    order = data.get("order", 100)
    if isinstance(order, bool) or not isinstance(order, int):
        problems.append(Problem(str(path), "`order` must be a whole number", "write `order: 1` (lower comes first)",
                                data.line_of("order")))
    slug = slugify(path.stem)
    if slug in RESERVED:
        problems.append(Problem(str(path), f"the page name {path.stem!r} is one of the site's own addresses",
                                f"rename the file (not one of: {', '.join(sorted(RESERVED))})", 1))
    if problems:
        raise ContentError(problems)
    return EditorPage(slug=slug, title=str(data["title"]).strip(), body_html=render_markdown(text[match.end():]),
                      description=str(data.get("description") or "").strip(), order=order, path=str(path))


def load_pages(folder: Path) -> list[EditorPage]:
    """All pages of the folder in footer order (then by name)."""
    pages = load_each(sorted(folder.glob("*.md")), parse_page)
    return sorted(pages, key=lambda p: (p.order, p.slug))
