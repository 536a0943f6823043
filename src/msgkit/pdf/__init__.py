"""Fact-sheet rendering with reportlab; imported lazily by the `pdf` builder."""
