"""Content checks that need the whole digest: duplicate slugs, stray links, empty pages.

Per-file problems (bad YAML, unknown keys, unknown verdicts, missing targets) are found
by the stage that reads the file; this module adds what only the whole picture shows.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from generator.ingest.listing import ignored_reason
from generator.model import Digest, Problem


def _duplicates(pairs: list[tuple[str, str]], what: str, hint: str) -> list[Problem]:
    """(slug, path) pairs -> a problem for every slug that more than one file claims."""
    by_slug: dict[str, list[str]] = defaultdict(list)
    for slug, path in pairs:
        by_slug[slug].append(path)
    return [Problem(paths[1], f"two {what} have the slug {slug!r} ({', '.join(sorted(paths))})", hint)
            for slug, paths in sorted(by_slug.items()) if len(paths) > 1]


def duplicate_slugs(digest: Digest) -> list[Problem]:
    return _duplicates([(a.id, a.source) for a in digest.articles], "sources",
                       "rename one of the files: the slug is the page's permanent address")


def duplicate_note_slugs(digest: Digest) -> list[Problem]:
    return _duplicates([(n.slug, n.path) for n in digest.notes], "notes",
                       "rename one of the files: the slug is the note page's permanent address")


def duplicate_page_slugs(digest: Digest) -> list[Problem]:
    return _duplicates([(p.slug, p.path) for p in digest.pages], "pages",
                       "rename one of the files: the slug is the page's permanent address")


def outside_links(content: Path) -> list[Problem]:
    """Symlinks that lead out of content/ would publish files the editors never chose."""
    root = content.resolve()
    problems = []
    for path in sorted(content.rglob("*")):
        if not path.is_symlink() or ignored_reason(path.name) is not None:  # an editor's lock file links nowhere
            continue
        try:
            outside = not path.resolve(strict=False).is_relative_to(root)
        except (OSError, RuntimeError):  # a symlink loop: Python 3.11 raises RuntimeError, later ones OSError
            problems.append(Problem(str(path), "symlink loop", "replace the link by the file it should point to"))
            continue
        if outside:
            problems.append(Problem(str(path), "symlink points outside the content folder",
                                    "copy the file into content/ instead of linking it"))
    return problems


def thin_articles(digest: Digest) -> list[Problem]:
    warnings = []
    for article in digest.articles:
        if not article.paragraphs:
            warnings.append(Problem(article.source, "no article text found in this page",
                                    "check that the file holds the article itself", severity="warning"))
        elif not article.placements and digest.topics:
            warnings.append(Problem(article.source, "the article is in no dossier",
                                    "add `topics:` in a note or a term to a topic file if it belongs", severity="warning"))
    return warnings


def check_digest(digest: Digest, settings) -> list[Problem]:
    """Every whole-digest problem; per-file ones are already in digest.problems."""
    return (duplicate_slugs(digest) + duplicate_note_slugs(digest) + duplicate_page_slugs(digest)
            + outside_links(settings.content)
            + thin_articles(digest))
