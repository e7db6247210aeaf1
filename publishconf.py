"""Pelican settings for publishing (`make publish`): absolute URLs everywhere.

DIGEST_SITEURL is the public address (the CI workflow takes it from GitHub Pages); links,
canonical URLs, feeds, the sitemap and JSON-LD all use it.
"""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F403

SITEURL = (os.environ.get("DIGEST_SITEURL") or "https://factcheck-digest.github.io").rstrip("/")
DIGEST_CANONICAL_URL = SITEURL
RELATIVE_URLS = False
