"""Search: the text each page gives the Pagefind index, how pages are sharded, and building the
index (unchanged shards reused).
"""
