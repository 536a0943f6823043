"""Share images: sizes per platform, what a card says, contrast rules, text fitting and drawing.

Only `textfit` and `card` import Pillow; the rest is cheap enough for `msgkit check`.
"""
