"""Pelican settings for local builds (`make html`, `make serve`).

Pelican reads no content of its own here: the digest plugin (generator.site.pelican_plugin)
analyses content/sources, content/notes and content/topics and writes every page.
"""

AUTHOR = "factcheck-digest editors"
SITENAME = "Fact-check Digest"
SITE_DESCRIPTION = "What officials said, as each outlet reported it, with editors' verdicts."
SITEURL = ""
# Absolute address of the published site: canonical links, feeds, sitemap and JSON-LD use it.
DIGEST_CANONICAL_URL = "https://factcheck-digest.github.io"
PATH = "content"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
THEME = "themes/digest"

PLUGINS = ["generator.site.pelican_plugin"]
DIGEST_CACHE_DIR = ".cache/digest"

# The plugin writes all pages; Pelican's own readers and page types stay idle.
ARTICLE_PATHS: list[str] = []
PAGE_PATHS: list[str] = []
STATIC_PATHS: list[str] = []
DIRECT_TEMPLATES: list[str] = []
CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False

# Source text is untrusted: every template variable is escaped unless marked safe.
JINJA_ENVIRONMENT = {"autoescape": True, "trim_blocks": True, "lstrip_blocks": True}

FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

RELATIVE_URLS = True
DEFAULT_DATE = "fs"
