"""A partner pack's own `index.html`: one link per language folder, nothing else."""

from __future__ import annotations

from html import escape

from msgkit.labels import label
from msgkit.model import Kit
from msgkit.pack.readme import language_name, pack_title
from msgkit.resolve import resolve

_STYLE = (
    "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;"
    "margin:0;padding:48px 20px;background:#f3f4f6;color:#1b1b1b;line-height:1.5}"
    "main{max-width:640px;margin:0 auto;background:#fff;border:1px solid #d9dde3;"
    "border-radius:10px;padding:24px 28px}"
    "h1{font-size:1.5rem;margin:0 0 16px}ul{list-style:none;padding:0;margin:0}"
    "li{margin:10px 0}a{font-size:1.125rem;font-weight:600;color:#1d3557}"
    "a:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}"
    ".draft{color:#4a3a00;font-size:.875rem;margin-left:8px}"
)


def render_landing(kit: Kit, languages: list[str]) -> str:
    """A page linking each language's index page; no script, no requests, every text escaped."""
    first = languages[0]
    title = pack_title(kit, first, languages)
    items = []
    for lang in languages:
        draft = (
            f' <span class="draft">{escape(label("draft", lang))}</span>'
            if resolve(kit, lang).draft
            else ""
        )
        items.append(
            f'<li lang="{escape(lang)}"><a href="{escape(lang)}/index.html">'
            f"{escape(resolve(kit, lang).title.text)} – {escape(language_name(kit, lang))}"
            f"</a>{draft}</li>"
        )
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(first)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">\n"
        f"<title>{escape(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n<main>\n"
        f"<h1>{escape(title)}</h1>\n<ul>\n"
        + "\n".join(items)
        + "\n</ul>\n</main>\n</body>\n</html>\n"
    )
