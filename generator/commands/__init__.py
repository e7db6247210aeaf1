"""The `digest` command line, one module per verb family: `cli` (analyze, clean, check), `build`
(the site, atomically), `serve` (the local preview); `report` prints problems; `freshness` tells
whether output/ is already what the inputs make.
"""
