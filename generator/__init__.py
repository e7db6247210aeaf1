"""factcheck-digest: turn saved news pages into a cross-linked fact-check digest.

The package is a plain pipeline of stages (see docs/architecture.md); `pelican_plugin`
is the only module that knows about Pelican.
"""

__version__ = "0.1.0"
