"""Pelican settings for publishing (`make publish`): absolute URLs, feeds on."""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F403

SITEURL = os.environ.get("DIGEST_SITEURL", "https://factcheck-digest.github.io")
DIGEST_CANONICAL_URL = SITEURL
RELATIVE_URLS = False
