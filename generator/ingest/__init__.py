"""Reading sources from disk: bytes to text (encodings, mojibake), file digests, and the editors'
YAML files with line numbers for their errors.
"""

from generator.ingest.read import SOURCE_SUFFIXES, SourceError, read_source, source_digest

__all__ = ["SOURCE_SUFFIXES", "SourceError", "read_source", "source_digest"]
