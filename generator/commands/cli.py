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
from pathlib import Path

from generator.commands.report import progress, report
from generator.model import Digest
from generator.runtime.serialize import article_contract, link_contract
from generator.runtime.settings import Settings


def _settings(args: argparse.Namespace) -> Settings:
    cache = None if getattr(args, "no_cache", False) else Path(args.cache_dir)
    return Settings(content=Path(args.content), cache_dir=cache, workers=args.workers or (os.cpu_count() or 1))


def cmd_analyze(args: argparse.Namespace) -> int:
    from generator.pipeline import (  # here, not above: an up-to-date build needs no stage
        analyze_paths,
        link_corpus,
    )

    settings = _settings(args)
    with progress(len(args.files), "analysing") as bar:
        articles, problems = analyze_paths(list(args.files), settings, bar)
    digest = link_corpus(articles, settings) if not args.no_corpus else Digest(articles=articles)
    problems += [p for p in digest.problems if p.severity == "error" and args.strict]
    turns = {q.id for a in digest.articles for q in a.quotes if q.kind == "spoken"}  # not in the contract's quotes
    doc = {"articles": [article_contract(a) for a in digest.articles],
           "links": [link_contract(link) for link in digest.links if link.a not in turns and link.b not in turns]}
    sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=1 if args.pretty else None))
    sys.stdout.write("\n")
    return report(problems)


def cmd_clean(args: argparse.Namespace) -> int:
    from generator.pipeline import analyze_paths

    articles, problems = analyze_paths([args.file], _settings(args))
    for article in articles:
        sys.stdout.write("\n\n".join(p.text for p in article.paragraphs) + "\n")
    return report(problems)


def cmd_check(args: argparse.Namespace) -> int:
    from generator.pipeline import build_digest, source_paths

    settings = _settings(args)
    paths = source_paths(settings.sources)
    with progress(len(paths), "checking") as bar:
        digest = build_digest(settings, paths, bar)
    from generator.corpus.check import check_digest

    problems = digest.problems + check_digest(digest, settings)
    status = report(problems, limit=None)
    if status == 0:
        print(f"ok: {len(digest.articles)} sources, {len(digest.notes)} notes, {len(digest.topics)} topics, "
              f"{sum(len(a.quotes) for a in digest.articles)} quotes, {len(digest.links)} links", file=sys.stderr)
    return status


def cmd_build(args: argparse.Namespace) -> int:
    from generator.commands.build import build_site

    return build_site(_settings(args), Path(args.config), Path(args.output), progress, search=not args.no_search)


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
