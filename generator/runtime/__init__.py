"""Infrastructure that knows nothing of news text: the per-source cache and its serialisation,
forked worker processes, garbage-collector control, and discarding an old output folder.
"""
