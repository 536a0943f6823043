"""Private to the `pack` builder: a pack's README and its CHANGES.md against the previous pack."""
