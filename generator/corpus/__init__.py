"""The corpus stages, over every article at once: one canonical name per person (aliases,
transliteration), cross-links between matching quotes, topic dossiers, editors' notes, and the
whole-digest checks.
"""
