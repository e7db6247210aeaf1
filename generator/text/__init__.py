"""Language primitives shared by several stages: tokens and stems for matching (`normalise`) and
sentence boundaries (`sentences`).
"""
