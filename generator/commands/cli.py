"""The `digest` command: analyze, clean, check, build.

    digest analyze --json FILE...   one JSON document (the evaluators' contract)
    digest clean FILE               the cleaned body text of one source
    digest check                    validate all content; every problem as path:line: message — fix
    digest build                    check, then build the site with Pelican, replacing output/ atomically
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from generator.model import Digest, Problem
from generator.runtime.serialize import article_contract, link_contract
from generator.runtime.settings import Settings


def _settings(args: argparse.Namespace) -> Settings:
    cache = None if getattr(args, "no_cache", False) else Path(args.cache_dir)
    return Settings(content=Path(args.content), cache_dir=cache, workers=args.workers or (os.cpu_count() or 1))


WARNINGS_SHOWN = 10  # per kind of warning; `digest check` lists them all


def _report(problems: list[Problem], limit: int | None = WARNINGS_SHOWN) -> int:
    """Print problems to stderr; return the exit status they call for.

    Every error is printed. A warning that 9,000 sources share (say, "in no dossier")
    is printed `limit` times and then counted, so the errors are not lost in it."""
    seen: Counter[str] = Counter()
    for problem in problems:
        if problem.severity == "error" or limit is None or seen[problem.message] < limit:
            print(problem, file=sys.stderr)
        seen[problem.message] += problem.severity != "error"
    for message, count in seen.items():
        if limit is not None and count > limit:
            print(f"… and {count - limit} more sources with the warning “{message}” (`digest check` lists all)",
                  file=sys.stderr)
    errors = sum(1 for p in problems if p.severity == "error")
    if problems:
        warnings = len(problems) - errors
        print(f"{errors} error(s), {warnings} warning(s)", file=sys.stderr)
    return 1 if errors else 0


def _quiet() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"} or not sys.stderr.isatty()


@contextmanager
def _progress(total: int, label: str) -> Iterator[Callable[[int], None] | None]:
    """A rich progress bar on a terminal for large jobs; nothing in CI or when piped."""
    if _quiet() or total < 50:
        yield None
        return
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda n: bar.advance(task, n)


def cmd_analyze(args: argparse.Namespace) -> int:
    from generator.pipeline import (  # here, not above: an up-to-date build needs no stage
        analyze_paths,
        link_corpus,
    )

    settings = _settings(args)
    with _progress(len(args.files), "analysing") as progress:
        articles, problems = analyze_paths(list(args.files), settings, progress)
    digest = link_corpus(articles, settings) if not args.no_corpus else Digest(articles=articles)
    problems += [p for p in digest.problems if p.severity == "error" and args.strict]
    doc = {"articles": [article_contract(a) for a in digest.articles],
           "links": [link_contract(link) for link in digest.links]}
    sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=1 if args.pretty else None))
    sys.stdout.write("\n")
    return _report(problems)


def cmd_clean(args: argparse.Namespace) -> int:
    from generator.pipeline import analyze_paths

    articles, problems = analyze_paths([args.file], _settings(args))
    for article in articles:
        sys.stdout.write("\n\n".join(p.text for p in article.paragraphs) + "\n")
    return _report(problems)


def cmd_check(args: argparse.Namespace) -> int:
    from generator.pipeline import build_digest, source_paths

    settings = _settings(args)
    paths = source_paths(settings.sources)
    with _progress(len(paths), "checking") as progress:
        digest = build_digest(settings, paths, progress)
    from generator.corpus.check import check_digest

    problems = digest.problems + check_digest(digest, settings)
    status = _report(problems, limit=None)
    if status == 0:
        print(f"ok: {len(digest.articles)} sources, {len(digest.notes)} notes, {len(digest.topics)} topics, "
              f"{sum(len(a.quotes) for a in digest.articles)} quotes, {len(digest.links)} links", file=sys.stderr)
    return status


def cmd_build(args: argparse.Namespace) -> int:
    from generator.commands.build import build_site

    return build_site(_settings(args), Path(args.config), Path(args.output), _progress, search=not args.no_search)


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="digest", description="Build a fact-check digest from saved news pages.")
    ap.add_argument("--content", default="content", help="content folder (default: content)")
    ap.add_argument("--cache-dir", default=".cache/digest", help="per-source cache (safe to delete)")
    ap.add_argument("--no-cache", action="store_true", help="ignore and do not write the cache")
    ap.add_argument("--workers", type=int, default=0, help="parallel processes (default: all cores)")
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("analyze", help="print the analysis of sources as one JSON document")
    p.add_argument("--json", action="store_true", help="JSON output (the only format; accepted for clarity)")
    p.add_argument("--pretty", action="store_true", help="indent the JSON")
    p.add_argument("--no-corpus", action="store_true", help="skip links, dossiers and notes")
    p.add_argument("--strict", action="store_true", help="also fail on problems in notes and topics")
    p.add_argument("files", nargs="+")
    p.set_defaults(func=cmd_analyze)
    p = sub.add_parser("clean", help="print the cleaned body of one source")
    p.add_argument("file")
    p.set_defaults(func=cmd_clean)
    p = sub.add_parser("check", help="validate all content and print every problem")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("build", help="check the content, then build the site into output/")
    p.add_argument("--config", default="pelicanconf.py", help="Pelican settings file")
    p.add_argument("--output", default="output", help="output folder, replaced only when the build succeeds")
    p.add_argument("--no-search", action="store_true",
                   help="skip the Pagefind index (quicker previews; the search page then has no results)")
    p.set_defaults(func=cmd_build)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1


if __name__ == "__main__":
    sys.exit(main())
