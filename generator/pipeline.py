"""The pipeline: per-source stages, cached and in parallel, then the corpus stages.

    read -> clean -> metadata -> quotes -> speakers        (per source, cached by content hash)
    canonical speakers -> desk corrections -> notes -> links -> dossiers   (over the whole digest)

Each stage is its own module; this one only wires them together, in one direction.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import cast

from generator.cleaning import registry as clean_stage
from generator.corpus import aliases as alias_stage
from generator.corpus import canonical, corrections, desk, dossiers, editor_pages, links, notes
from generator.ingest.listing import content_files
from generator.ingest.read import HTML_SUFFIXES, SourceError, read_source, source_digest
from generator.ingest.yamlfile import ContentError
from generator.metadata import fields as metadata
from generator.model import Article, Digest, Link, Problem, Source
from generator.quotes import find as quotes
from generator.quotes.spoken import spoken_quotes
from generator.runtime.cache import Cache
from generator.runtime.forked import fork_map
from generator.runtime.heap import full_collections_paused
from generator.runtime.serialize import article_from_cache, article_to_cache
from generator.runtime.settings import Settings
from generator.runtime.workers import start_worker
from generator.speakers import cascade as speakers

PARALLEL_THRESHOLD = 16
__all__ = ["Settings", "analyze_paths", "analyze_source", "build_digest", "link_corpus", "source_paths"]


def analyze_source(source: Source) -> Article:
    """All per-source stages on one decoded source."""
    cleaned = clean_stage.clean(source)
    meta = metadata.extract(cleaned)
    if source.url:  # where a web archive was saved from: the page's original address
        meta.url = source.url
    found = quotes.find_quotes(source.slug, cleaned.paragraphs)
    attributed = speakers.attribute(cleaned.paragraphs, found, meta.title)
    spoken = spoken_quotes(source.slug, cleaned.paragraphs, {q.id for q in attributed})
    if spoken:  # a transcript: its spoken paragraphs are statements too, in reading order
        attributed = sorted(attributed + spoken, key=lambda q: (q.paragraph, q.start))
    return Article(source=source.path, id=source.slug, kind=source.kind, meta=meta,
                   paragraphs=cleaned.paragraphs, removed=cleaned.removed, quotes=attributed)


def _analyze_path(job: tuple[str, str | None, str | None]) -> tuple[str, dict | None, str | None]:
    """Worker entry point for (path, cache key, cache folder): returns (path, cached article
    dict, error message). The worker writes the cache entry itself, so encoding 10,000 of
    them is spread over the workers instead of queued in the process that receives them."""
    path, key, folder = job
    try:
        article = analyze_source(read_source(path))
    except SourceError as exc:
        return path, None, str(exc)
    except RecursionError:
        return path, None, f"{path}: the page is nested too deeply to read — save a simpler copy of the article"
    except Exception as exc:  # noqa: BLE001 - one bad source must not stop the others
        return path, None, f"{path}: internal error while analysing ({type(exc).__name__}: {exc}) — please report it"
    data = article_to_cache(article)
    if key and folder:
        Cache(Path(folder)).put(key, data)
    return path, data, None


def _read_digest(path: str) -> str | None:
    try:
        return source_digest(path)
    except SourceError:
        return None


def _cached_article(data: object) -> Article | None:
    """A cache entry as an Article; one of the wrong shape (edited by hand, say) is a miss, not a crash."""
    if data is None:
        return None
    try:
        return article_from_cache(data)  # type: ignore[arg-type]
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def analyze_paths(paths: list[str], settings: Settings,
                  progress: Callable[[int], None] | None = None) -> tuple[list[Article], list[Problem]]:
    """Analyse sources (cached, in parallel); one bad source becomes a Problem, not a crash."""
    cache = Cache(settings.cache_dir)
    results: dict[str, Article] = {}  # converted at once: 10,000 raw dicts would double the memory
    problems: list[Problem] = []
    todo: list[tuple[str, str | None]] = []
    with full_collections_paused():  # heap.py: the articles read back all live until the end
        for path in paths:
            digest = _read_digest(path) if cache.folder else None
            key = cache.key(digest, path) if digest else None
            hit = _cached_article(cache.get(key)) if key else None
            if hit is not None:
                results[path] = hit
                if progress:
                    progress(1)
            else:
                todo.append((path, key))
    folder = str(cache.folder) if cache.folder else None
    errors: dict[str, str] = {}
    for path, data, error in _run([(path, key, folder) for path, key in todo], settings.workers):
        if error:
            errors[path] = error
        elif data is not None:
            results[path] = article_from_cache(data)
        if progress:
            progress(1)
    problems += [Problem(path, errors[path].split(": ", 1)[-1]) for path, _ in todo if path in errors]
    return [results[p] for p in paths if p in results], problems


Job = tuple[str, str | None, str | None]


def _run(jobs: list[Job], workers: int) -> Iterator[tuple[str, dict | None, str | None]]:
    """Results one by one, as they come (the caller files them by path), so they need not all
    sit in memory as dicts.

    In parallel, this process first analyses one source of each kind itself: that loads
    every rule file, compiles the patterns and makes the lazy imports (trafilatura) once,
    and the workers, forked after it, inherit them instead of each doing it again. The
    others go to the workers largest first, in small chunks: the long pages start early and
    the last chunks are short, so no worker sits idle while another finishes a long one."""
    if workers <= 1 or len(jobs) < PARALLEL_THRESHOLD:
        yield from map(_analyze_path, jobs)
        return
    first = {_is_html(job[0]): i for i, job in reversed(list(enumerate(jobs)))}
    for i in sorted(first.values()):
        yield _analyze_path(jobs[i])
    rest = sorted((job for i, job in enumerate(jobs) if i not in first.values()), key=_size, reverse=True)
    with ProcessPoolExecutor(max_workers=workers, initializer=start_worker, initargs=(os.getpid(),)) as pool:
        yield from pool.map(_analyze_path, rest, chunksize=max(1, min(16, len(rest) // (workers * 8))))


def _is_html(path: str) -> bool:
    return os.path.splitext(path)[1].lower() in HTML_SUFFIXES


def _size(job: Job) -> int:
    try:
        return os.path.getsize(job[0])
    except OSError:
        return 0


def source_paths(folder: Path) -> list[str]:
    """Every source file under a folder, in a stable order: each file but editors' leftovers and
    saved pages' NAME_files/ folders (ingest/listing.py) and the desk's NAME.yaml beside a source
    (corpus/desk.py). A kind that is not read is listed too, and reading it is the error that names it."""
    return [path for path in content_files(folder) if not path.lower().endswith(desk.SUFFIX)]


def link_corpus(articles: list[Article], settings: Settings) -> Digest:
    """The corpus stages over analysed articles: speakers, links, notes, dossiers."""
    digest = Digest(articles=articles)
    try:
        table = alias_stage.load_aliases(settings.aliases if settings.aliases.exists() else None)
    except ContentError as exc:
        digest.problems.extend(exc.problems)
        table = alias_stage.load_aliases(None)
    canonical.canonicalize(articles, table)
    desks, found = desk.load_desk_files([a.source for a in articles])
    digest.problems += found + desk.orphans(settings.sources)
    found, digest.corrections = corrections.apply_reading(articles, desks, table)
    digest.problems += found
    digest.notes = _load(notes.load_notes, settings.notes, digest.problems)
    digest.problems.extend(notes.resolve(digest.notes, articles))
    digest.problems.extend(corrections.apply_claimants(digest.notes, articles, table))
    digest.pages = _load(editor_pages.load_pages, settings.pages, digest.problems)
    digest.topics = _load(dossiers.load_topics, settings.topics, digest.problems)
    digest.problems.extend(notes.check_topics(digest.notes, {t.slug for t in digest.topics}))
    machine_links, related = _links_and_placements(articles, digest.topics, settings)
    digest.links, digest.related, found, log = corrections.decide_links(machine_links, articles, desks, related)
    digest.problems += found
    digest.corrections += log
    _apply_overrides(digest, settings)
    return digest


def _links_key(articles: list[Article], cache: Cache) -> str:
    """What the cross-links depend on: every quote's id, text and (canonical) speaker."""
    h = hashlib.sha256(cache.fingerprint.encode())
    for article in articles:
        h.update(f"\x1e{article.id}".encode())
        for quote in article.quotes:
            h.update(f"\x1f{quote.id}\0{quote.text}\0{quote.speaker or ''}".encode())
    return h.hexdigest()


def _links_and_placements(articles: list[Article], topics: list,
                          settings: Settings) -> tuple[list[Link], list[Link]]:
    """The cross-links, and each article's dossier placements; returns the links and related pairs.

    Both are reused from the cache while what they depend on is unchanged (editing a note
    costs no re-matching, a topic no re-placing of unchanged articles). Neither reads the
    other, so when both must be computed and the links run in one process (below
    links.PARALLEL_QUOTES quotes), a forked process places the articles while this one
    links: run one after the other, one core sat idle through the whole linking."""
    cache = Cache(settings.cache_dir)
    links_key = _links_key(articles, cache)
    found_links = cache.load("linked", links_key)  # (links, related pairs)
    topics_key = hashlib.sha256(f"{cache.fingerprint}\0{topics!r}".encode()).hexdigest()
    previous = cache.load("placements", topics_key) or {}
    keys = [_text_key(article) for article in articles]
    todo = [i for i, key in enumerate(keys) if key not in previous]
    serial_links = sum(len(article.quotes) for article in articles) < links.PARALLEL_QUOTES
    linked = found_links is None
    if linked and todo and settings.workers > 1 and serial_links and len(todo) >= PARALLEL_THRESHOLD:
        both = fork_map(lambda k, n: links.match_all(articles, 1) if k == 0 else _placed(articles, topics, todo), 2)
        found_links, found = cast(tuple[list[Link], list[Link]], both[0]), dict(both[1])  # type: ignore[arg-type]
    else:
        if found_links is None:
            found_links = links.match_all(articles, settings.workers)
        found = _place(articles, topics, todo, settings.workers)
    if linked:
        cache.store("linked", links_key, found_links)
    _keep_placements(articles, keys, found, previous, cache, topics_key)
    return found_links


def _placed(articles: list[Article], topics: list, todo: list[int]) -> list[tuple[int, list]]:
    return [(i, dossiers.classify(articles[i], topics)) for i in todo]


def _place(articles: list[Article], topics: list, todo: list[int], workers: int) -> dict[int, list]:
    """Placements of the articles `todo` names, shared out over forked processes (forked.py)
    when there are many: stemming every paragraph of 10,000 articles is a long stage."""
    found: dict[int, list] = {}
    workers = workers if len(todo) >= PARALLEL_THRESHOLD * 16 else 1
    for part in fork_map(lambda k, n: _placed(articles, topics, todo[k::n]), workers):
        found.update(part)
    return found


def _keep_placements(articles: list[Article], keys: list[str], found: dict[int, list], previous: dict,
                     cache: Cache, topics_key: str) -> None:
    """Set each article's placements (new, or the previous build's for its unchanged text) and
    store them for the next build."""
    placements = {}
    for i, (article, key) in enumerate(zip(articles, keys, strict=True)):
        article.placements = found[i] if i in found else previous[key]
        placements[key] = article.placements
    if placements != previous:
        cache.store("placements", topics_key, placements)


def _text_key(article: Article) -> str:
    """What an article's placements depend on besides the topics: its title and paragraphs."""
    h = hashlib.blake2b((article.meta.title or "").encode(), digest_size=16)
    for paragraph in article.paragraphs:
        h.update(f"\x1f{paragraph.kind}\0{paragraph.text}".encode())
    return h.hexdigest()


def _load(loader: Callable[[Path], list], folder: Path, problems: list[Problem]) -> list:
    """Run a content loader; its ContentError becomes problems, and the files it could read stay."""
    if not folder.is_dir():
        return []
    try:
        return loader(folder)
    except ContentError as exc:
        problems.extend(exc.problems)
        return exc.loaded


def _apply_overrides(digest: Digest, settings: Settings) -> None:
    """Editors' placements win: `topics:` in a note adds its article to those dossiers;
    content/overrides.yaml sets a source's dossiers exactly."""
    known = {t.slug for t in digest.topics}
    by_id = {a.id: a for a in digest.articles}
    chosen: dict[str, list[str]] = {}
    try:
        for source, slugs in dossiers.load_overrides(settings.content / "overrides.yaml", known).items():
            article = next((a for a in digest.articles if Path(a.source).name == source), None)
            if article is not None:
                chosen[article.id] = slugs
    except ContentError as exc:
        digest.problems.extend(exc.problems)
    for note in digest.notes:
        if note.topics and note.article_id in by_id and note.article_id not in chosen:
            article = by_id[note.article_id]
            dossiers.apply_overrides(article, [p.topic for p in article.placements] + note.topics, known)
    for article_id, slugs in chosen.items():
        dossiers.apply_overrides(by_id[article_id], slugs, known)


def build_digest(settings: Settings, paths: list[str] | None = None,
                 progress: Callable[[int], None] | None = None) -> Digest:
    """Analyse the sources (all of content/sources unless `paths` is given) and link the corpus."""
    paths = paths if paths is not None else source_paths(settings.sources)
    articles, problems = analyze_paths(paths, settings, progress)
    with full_collections_paused():  # heap.py: the articles are all alive until the end
        digest = link_corpus(articles, settings)
    digest.problems[:0] = problems
    return digest
