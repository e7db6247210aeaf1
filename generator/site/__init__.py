"""The site: view models of every page (articles, dossiers, speakers, notes), ClaimReview JSON-LD,
feeds, the page cache, the Pagefind search index (`search/`) and the one module that knows
Pelican (`pelican_plugin`).
"""
