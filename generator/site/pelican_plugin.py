"""The thin adapter between the pipeline and Pelican.

Pelican finds this module through PLUGINS in pelicanconf.py. It registers one generator
that runs the pipeline over content/ (or takes the digest `digest build` already made)
and writes the pages `generator.site.pages` describes with the theme's templates (in one
process per core on big sites, forked so they share the digest: forked.py), then the
feeds and the sitemap. The Pagefind index is built afterwards by `digest build`
(build.py), which also owns swapping the finished site into place.
"""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path

from jinja2 import Template
from pelican import signals
from pelican.generators import Generator

from generator.model import Digest
from generator.pipeline import Settings, build_digest
from generator.runtime.forked import fork_map
from generator.site.diff_markup import FILTERS
from generator.site.feeds import write_feeds, write_sitemap
from generator.site.page_cache import PageCache, salt
from generator.site.pages import Page, pages
from generator.site.pelican_settings import read_config
from generator.site.search.index import page_twin, rendered_twin

PRECOMPUTED: dict[str, Digest] = {}
PAGE_CACHES: dict[str, PageCache] = {}  # by output folder: set by `digest build` to reuse unchanged pages
PARALLEL_PAGES = 400  # below this, forking rendering processes costs more than it saves


def run(config: Path, settings: Settings, output: Path, digest: Digest, reuse: PageCache | None = None) -> None:
    """Pelican with this plugin over a digest already built, into `output` (`digest build` calls it)."""
    from pelican import Pelican
    from pelican.log import console

    overrides = {"OUTPUT_PATH": str(output), "PATH": str(settings.content), "DELETE_OUTPUT_DIRECTORY": False,
                 "DIGEST_WORKERS": settings.workers}
    pelican_settings = read_config(config, overrides)
    PRECOMPUTED[str(Path(settings.content).resolve())] = digest
    if reuse is not None:
        PAGE_CACHES[str(output.resolve())] = reuse
    quiet, console.quiet = console.quiet, True  # its "Processed 0 articles" counts only Markdown posts
    try:
        Pelican(pelican_settings).run()
    finally:
        console.quiet = quiet
        PRECOMPUTED.clear()
        PAGE_CACHES.clear()


def site_settings(settings: dict) -> dict:
    """The site's absolute address (canonical links, feeds, sitemap, JSON-LD) and name.

    Local builds keep relative links for browsing from disk but still state the public
    address in canonical links; publishconf.py sets both to the same absolute URL.
    """
    url = (settings.get("DIGEST_CANONICAL_URL") or settings.get("SITEURL") or "").rstrip("/")
    return {"url": url, "name": settings["SITENAME"]}


class DigestGenerator(Generator):
    """Writes the digest's pages: articles, dossiers, speakers, notes, index, feeds, sitemap."""

    def generate_context(self) -> None:
        self.env.filters.update(FILTERS)  # the theme's word diffs (diff_markup.py)
        content = Path(self.settings["PATH"])
        digest = PRECOMPUTED.get(str(content.resolve()))
        if digest is None:
            cache = self.settings.get("DIGEST_CACHE_DIR", ".cache/digest")
            digest = build_digest(Settings(content=content, cache_dir=Path(cache) if cache else None))
        self.digest = digest
        self.context["digest"] = digest

    def generate_output(self, writer) -> None:
        site = site_settings(self.settings)
        reuse = PAGE_CACHES.get(str(Path(self.output_path).resolve()))
        if reuse is not None:
            # a new output folder each build, and the number of processes changes no page
            settings = {k: v for k, v in self.settings.items() if k not in ("OUTPUT_PATH", "DIGEST_WORKERS")}
            reuse.begin(salt(Path(self.settings["THEME"]), settings))
        plan = list(pages(self.digest, site))
        workers = (self.settings.get("DIGEST_WORKERS") or os.cpu_count() or 1) if len(plan) >= PARALLEL_PAGES else 1
        for template in sorted({page.template for page in plan}):
            self.get_template(template)  # compiled once, here: the forked renderers inherit them
        # No template changes during one build (each build makes its own environment), so
        # Jinja need not stat every template file again at each page's extends and imports.
        self.env.auto_reload = False
        if reuse is not None and reuse.old_shards:
            reuse.twins = None  # the previous search index may be kept: its twins would be made for nothing
        twins = reuse is not None and reuse.twins is not None
        done = fork_map(partial(self._render, plan, writer, reuse, site, twins), workers)
        if reuse is not None:
            for part, made in done:
                reuse.add(part)  # type: ignore[arg-type]
                if reuse.twins is not None:
                    reuse.twins.update(made)
            reuse.searchable = [page.path for page in plan if page.searchable]
        output = Path(self.output_path)
        feeds = write_feeds(self.digest, output, site["url"], site["name"])
        write_sitemap([page.path for page in plan] + feeds, output, site["url"])

    def _render(self, plan: list[Page], writer, reuse: PageCache | None, site: dict, twins: bool,
                k: int, n: int) -> tuple[dict | None, dict[str, str | None]]:
        """Write every n-th page from the k-th (rendered, or reused from the previous build);
        returns what the page cache learnt, for the process that owns it, and with `twins` the
        search twins of the searchable pages written: made here, in every renderer at once,
        rather than by the search index afterwards in one process."""
        relative = self.settings.get("RELATIVE_URLS", False)
        made: dict[str, str | None] = {}
        for page in plan[k::n]:
            context = page.context
            local = {"relative_urls": relative and page.path != "404.html",
                     "canonical": f"{site['url']}/{context.get('page_url', '')}"}
            fingerprint = reuse.fingerprint(page.path, page.template, context | local) if reuse else None
            template = _Kept(self.get_template(page.template))
            if reuse is None or not reuse.reuse(page.path, fingerprint):
                writer.write_file(page.path, template, self.context, **local, **context)
                if reuse is not None:
                    reuse.record(page.path, fingerprint)
            if twins and page.searchable:
                written = template.output
                made[page.path] = rendered_twin(written) if written is not None else page_twin(
                    Path(self.output_path) / page.path)
        return (reuse.take() if reuse is not None else None), made


class _Kept:
    """A template that keeps the text it rendered: the page's search twin is made from it
    (search/index.py, rendered_twin) instead of from the file read back."""

    def __init__(self, template: Template) -> None:
        self.template = template
        self.output: str | None = None

    def render(self, *args: object, **kwargs: object) -> str:
        self.output = self.template.render(*args, **kwargs)
        return self.output


def get_generators(pelican_object) -> type[Generator]:
    return DigestGenerator


def register() -> None:
    signals.get_generators.connect(get_generators)
