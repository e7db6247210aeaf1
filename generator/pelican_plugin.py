"""The thin adapter between the pipeline and Pelican.

Pelican finds this module through PLUGINS in pelicanconf.py. It registers one generator
that runs the pipeline over content/ (or takes the digest `digest build` already made)
and writes the pages `generator.site` describes with the theme's templates.
"""

from __future__ import annotations

from pathlib import Path

from pelican import signals
from pelican.generators import Generator

from .model import Digest
from .pipeline import Settings, build_digest
from .site import pages

PRECOMPUTED: dict[str, Digest] = {}


class DigestGenerator(Generator):
    """Writes the digest's pages: articles, dossiers, speakers, notes, index."""

    def generate_context(self) -> None:
        content = Path(self.settings["PATH"])
        digest = PRECOMPUTED.get(str(content.resolve()))
        if digest is None:
            cache = self.settings.get("DIGEST_CACHE_DIR", ".cache/digest")
            digest = build_digest(Settings(content=content, cache_dir=Path(cache) if cache else None))
        self.digest = digest
        self.context["digest"] = digest

    def generate_output(self, writer) -> None:
        relative = self.settings.get("RELATIVE_URLS", False)
        for page in pages(self.digest):
            template = self.get_template(page.template)
            writer.write_file(page.path, template, self.context, relative_urls=relative, **page.context)


def get_generators(pelican_object) -> type[Generator]:
    return DigestGenerator


def register() -> None:
    signals.get_generators.connect(get_generators)
