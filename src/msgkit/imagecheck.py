"""Whether an image file of a kit can be used: a real PNG or JPEG that decodes, within a size cap.

`msgkit check` and `msgkit build` refuse the same images, with the same words: a file that only
starts like a PNG (an SVG behind a PNG header), a truncated file, or one so large in pixels that
decoding it would take gigabytes of memory (a "decompression bomb").
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

#: The most pixels an image may have: 50 megapixels, more than any platform shows (a 1080×1350
#: card needs 1.5) and about 150 MB decoded. Pillow's own bomb guard starts at 89 million.
MAX_PIXELS = 50_000_000


def image_problem(path: Path) -> tuple[str, str] | None:
    """(what is wrong, how to fix it) for an unusable PNG/JPEG file, or None if it is fine.

    Reads the header first, so an oversized image is refused before any pixel is decoded.
    """
    stat = path.stat()
    return _problem(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=64)
def _problem(path: Path, _mtime: int, _size: int) -> tuple[str, str] | None:
    import warnings

    from PIL import Image

    export = "export it again as PNG (or JPEG for photos) from an image editor"
    # Pillow's own bomb guard would refuse a huge image before its size can be read; msgkit's
    # cap is lower and says the size, so the guard is lifted while the header is read.
    guard = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                if image.format not in ("PNG", "JPEG"):
                    return f"is a {image.format or 'non-image'} file, not a PNG or JPEG", export
                width, height = image.size
                if width * height > MAX_PIXELS:
                    return (
                        f"is {width}×{height} pixels ({width * height / 1e6:.0f} megapixels), "
                        f"more than the {MAX_PIXELS // 1_000_000} megapixels msgkit accepts",
                        "scale it down to at most 4000 pixels on its longest side",
                    )
                image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return (
            "has more pixels than msgkit accepts "
            f"({MAX_PIXELS // 1_000_000} megapixels at most)",
            "scale it down to at most 4000 pixels on its longest side",
        )
    except (OSError, SyntaxError, ValueError) as exc:
        # Pillow reports damaged files as OSError ("image file is truncated"), broken PNG
        # chunks as SyntaxError and odd headers as ValueError.
        reason = str(exc).strip().rstrip(".") or type(exc).__name__
        return f"cannot be read as an image ({reason})", export
    finally:
        Image.MAX_IMAGE_PIXELS = guard
    return None
