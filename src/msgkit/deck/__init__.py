"""Private helpers of the deck builder: templates, text fitting, and package XML.

Imported lazily by `msgkit.builders.deck` (these modules import python-pptx and Pillow).
"""
