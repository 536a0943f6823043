"""The offline index page of one language: gather its view model, render it with Jinja2.

Kit text is untrusted: the template autoescapes everything, copy texts travel in a JSON block
whose `<`, `>` and `&` are escaped (so `</script>` in a post cannot end the block), and the
Content-Security-Policy forbids every network request and allows only this page's own script
and style, by hash.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import quote

import jinja2
from markupsafe import Markup

from msgkit.images.contrast import AA_TEXT, contrast_ratio
from msgkit.l10n import format_date, format_range, format_time
from msgkit.labels import label
from msgkit.model import Kit
from msgkit.platforms import PLATFORM_NAMES
from msgkit.resolve import Content, ResolvedArea, Text, resolve, untranslated_note

#: Read by the page's script; kit text never reaches it except through the JSON block.
TEXTS_ID = "msgkit-texts"

ReadOutput = Callable[[str], bytes]


@dataclass(frozen=True)
class Link:
    """A relative link to a file of the pack, with what it is."""

    href: str
    title: str
    detail: str


@dataclass(frozen=True)
class Image:
    """A share image of the pack: preview, alt text, download."""

    href: str
    alt: str
    #: The alt text's language when it is not the page's (a fallback), else "".
    alt_lang: str
    width: int | None
    height: int | None
    detail: str
    #: The alt text is copyable too: partners paste it into the platform's image description.
    alt_copy_id: str
    #: The platforms this size is for: shown ("X, Bluesky") and for the filter ("x bluesky").
    platform_names: str = ""
    platform_keys: str = ""


@dataclass(frozen=True)
class Part:
    """One copyable text: a whole post, or one part of a thread."""

    copy_id: str
    text: str
    length: int | None
    limit: int | None
    #: "1/3" for a thread part, "" for a single post.
    counter: str
    aria: str
    #: The text's language when it is not the page's (a fallback), else "".
    lang: str = ""


@dataclass(frozen=True)
class Variant:
    """A post as published on one platform."""

    platform: str
    platform_name: str
    parts: list[Part]
    #: What msgkit changed and why, in the page's language (from posts.json).
    notes: list[str]
    #: Advice that does not stop the post (e.g. the first sentence runs past the mobile fold).
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class PostView:
    """A post with its schedule and its platform variants."""

    id: str
    #: The post's display title (resolved; never its id), as page markup and as plain text.
    title: Markup
    title_text: str
    anchor: str
    date: str
    time: str
    iso: str
    link: str | None
    variants: list[Variant]
    #: Its share images, each size once, with the platforms it is for.
    images: list[Image]
    #: (alt text, copy id) when every image of the post has the same alt text: shown once.
    shared_alt: tuple[str, str] | None = None


@dataclass(frozen=True)
class Fact:
    """A fact and, where it has one, its source."""

    text: Markup
    source_title: Markup | None
    source_url: str | None


@dataclass(frozen=True)
class KeyMessage:
    """A key message and its share cards, if the kit asks for them."""

    text: Markup
    cards: list[Image]


@dataclass(frozen=True)
class AreaView:
    """One thematic area on the page."""

    id: str
    anchor: str
    week: int
    title: Markup
    summary: Markup
    dates: str
    key_messages: list[KeyMessage]
    facts: list[Fact]
    calls_to_action: list[tuple[Markup, str | None]]
    posts: list[PostView]
    cards: list[Image]
    files: list[Link]


@dataclass(frozen=True)
class ScheduleRow:
    """One line of the posting schedule."""

    date: str
    time: str
    iso: str
    post: Markup
    anchor: str
    platforms: str


@dataclass
class _Copies:
    """Numbers the copy texts in document order, so ids are stable across builds."""

    texts: dict[str, str] = field(default_factory=dict)

    def add(self, text: str) -> str:
        copy_id = f"t{len(self.texts) + 1}"
        self.texts[copy_id] = text
        return copy_id


def render_index(
    kit: Kit,
    lang: str,
    upstream: Iterable[dict[str, Any]],
    read_output: ReadOutput,
    build_time: dt.datetime,
    partner: str | None = None,
) -> str:
    """The complete `index.html` of `lang` (for `partner`: co-branded, its zone, its tracked
    links), from the kit and the files built for that edition."""
    from msgkit.builders import Edition

    prefix = Edition(lang, partner).folder + "/"
    files = sorted(
        (
            e
            for e in upstream
            if e.get("lang") == lang
            and e.get("partner") == partner
            and str(e["path"]).startswith(prefix)
        ),
        key=lambda e: str(e["path"]),
    )
    variants = _read_variants(files, prefix, read_output)
    copies = _Copies()
    images = _images(files)
    content = resolve(kit, lang, partner, "index")
    areas = [
        _area_view(content, area, variants, images, files, prefix, copies) for area in content.areas
    ]
    c = kit.campaign
    brand = c.brand
    colors = _palette(brand.colors.primary, brand.colors.on_primary, brand.colors.accent)
    css = _asset("page.css").replace("/*BRAND*/", _css_vars(colors))
    script = _asset("page.js")
    texts = Markup(_json_for_html(copies.texts))
    platforms = [
        (p, PLATFORM_NAMES.get(p, p))
        for p in PLATFORM_NAMES
        if any(v.platform == p for a in areas for post in a.posts for v in post.variants)
    ]
    context = {
        "lang": lang,
        "L": lambda key, **values: label(key, lang, **values),
        "title": content.title.text,
        "title_shown": shown(content.title, lang),
        "description": shown(content.description, lang),
        "url": _web(content.url),
        "url_label": kit.text(c.url_label, lang) if c.url_label else label("campaign_url", lang),
        "draft": content.draft,
        "logo": _logo(kit),
        "brand_name": brand.name,
        "hashtags": [f"#{tag}" for tag in content.campaign_tags],
        "areas": areas,
        "schedule": _schedule(areas, lang),
        "timezone": content.timezone,
        "platforms": platforms,
        "downloads": _downloads(kit, files, prefix, lang),
        "dos": [shown(d, lang) for d in content.dos],
        "donts": [shown(d, lang) for d in content.donts],
        "contact": {
            "name": shown(content.contact_name, lang) if content.contact_name else "",
            "email": brand.contact.email,
            "url": content.contact_url,
        },
        "contact_url": _web(content.contact_url),
        "partner": _partner_view(kit, content, lang),
        "organisations": [(shown(o.name, lang), _web(o.url)) for o in content.organisations],
        "terms": shown(content.terms, lang) if content.terms else "",
        "built": label("built", lang, date=format_date(build_time.date(), lang)),
        "css": Markup(css),
        "script": Markup(script),
        "texts": texts,
        "texts_id": TEXTS_ID,
        "csp": _csp(css, script),
    }
    return _environment().get_template("page.html.j2").render(context)


# --- reading upstream outputs ---------------------------------------------------------------


def _read_variants(
    files: list[dict[str, Any]], prefix: str, read_output: ReadOutput
) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """The posts builder's variants of this language, by (area, post), in platform order."""
    found: dict[tuple[str, str], list[dict[str, Any]]] = {}
    path = f"{prefix}posts/posts.json"
    if not any(e["path"] == path for e in files):
        return found
    data = json.loads(read_output(path).decode("utf-8"))
    items = data.get("posts", []) if isinstance(data, dict) else data
    order = list(PLATFORM_NAMES)
    for item in items:
        found.setdefault((str(item["area"]), str(item["post"])), []).append(item)
    for key in found:
        found[key].sort(key=lambda v: order.index(v["platform"]) if v["platform"] in order else 99)
    return found


def _images(files: list[dict[str, Any]]) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """Share images by (area, `post` or `key_message`, its id); ("", "", "") for the rest."""
    found: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for entry in files:
        if not _is_image(entry):
            continue
        area = str(entry.get("area") or "")
        if entry.get("post"):
            key = (area, "post", str(entry["post"]))
        elif entry.get("key_message"):
            key = (area, "key_message", str(entry["key_message"]))
        else:
            key = (area, "", "")
        found.setdefault(key, []).append(entry)
    return found


def _is_image(entry: dict[str, Any]) -> bool:
    return PurePosixPath(str(entry["path"])).suffix.lower() in (".png", ".jpg", ".jpeg")


def _by_platform(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Images in the order of the first platform each is for (X's size first)."""
    order = list(PLATFORM_NAMES)

    def rank(entry: dict[str, Any]) -> tuple[int, str]:
        mine = [order.index(p) for p in entry.get("platforms") or [] if p in order]
        return (min(mine) if mine else 99, str(entry["path"]))

    return sorted(entries, key=rank)


def _image(entry: dict[str, Any], prefix: str, copies: _Copies, *, with_alt: bool = True) -> Image:
    width, height = entry.get("width"), entry.get("height")
    size = f"{width}×{height}" if width and height else ""
    kind = PurePosixPath(str(entry["path"])).suffix.lstrip(".").upper()
    detail = " · ".join(x for x in (kind, size, _size(entry)) if x)
    alt = str(entry.get("alt") or "")
    platforms = [p for p in PLATFORM_NAMES if p in (entry.get("platforms") or [])]
    return Image(
        href=_href(entry, prefix),
        alt=alt,
        alt_lang=str(entry.get("alt_lang") or ""),
        width=int(width) if width else None,
        height=int(height) if height else None,
        detail=detail,
        alt_copy_id=copies.add(alt) if with_alt else "",
        platform_names=", ".join(PLATFORM_NAMES[p] for p in platforms),
        platform_keys=" ".join(platforms),
    )


def _href(entry: dict[str, Any], prefix: str) -> str:
    return quote(str(entry["path"])[len(prefix) :], safe="/")


def _size(entry: dict[str, Any]) -> str:
    size = int(entry.get("size") or 0)
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


# --- the view model -------------------------------------------------------------------------


def shown(text: Text, lang: str) -> Markup:
    """A resolved text as page markup: escaped, in a `lang` span when it is not the page's
    language, followed by the untranslated/stale marker in the page's language."""
    body = Markup.escape(text.text)
    if text.lang != lang:
        body = Markup('<span lang="{}">{}</span>').format(text.lang, body)
    note = untranslated_note(text, lang)
    if note:
        body += Markup(' <small class="untranslated">({})</small>').format(note)
    return Markup(body)


def _area_view(
    content: Content,
    area: ResolvedArea,
    variants: dict[tuple[str, str], list[dict[str, Any]]],
    images: dict[tuple[str, str, str], list[dict[str, Any]]],
    files: list[dict[str, Any]],
    prefix: str,
    copies: _Copies,
) -> AreaView:
    lang = content.lang
    key_messages = [
        KeyMessage(
            shown(m.text, lang),
            [
                _image(e, prefix, copies)
                for e in _by_platform(images.get((area.id, "key_message", m.id), []))
            ],
        )
        for m in area.key_messages
    ]
    posts = []
    for post in area.posts:
        when = post.scheduled_at
        found = variants.get((area.id, post.id))
        if found is None:
            # No posts builder output: offer the kit's own text once, unmeasured.
            found = [
                {
                    "platform": "",
                    "parts": [{"text": post.text.text}],
                    "limit": None,
                    "text_lang": post.text.lang,
                    "fallback": post.text.fallback,
                }
            ]
        views = [_variant(v, post.title.text, lang, copies) for v in found]
        entries = _by_platform(images.get((area.id, "post", post.id), []))
        alts = {str(e.get("alt") or "") for e in entries}
        shared = alts.pop() if len(alts) == 1 and len(entries) > 1 else None
        posts.append(
            PostView(
                id=post.id,
                title=shown(post.title, lang),
                title_text=post.title.text,
                anchor=f"post-{area.id}-{post.id}",
                date=format_date(when.date(), lang),
                time=format_time(when, lang),
                iso=when.isoformat(),
                link=_web(post.link),
                variants=views,
                images=[_image(e, prefix, copies, with_alt=shared is None) for e in entries],
                shared_alt=(shared, copies.add(shared)) if shared is not None else None,
            )
        )
    area_files = [
        Link(_href(e, prefix), _file_title(content, e, prefix, lang), _detail(e))
        for e in files
        if e.get("area") == area.id and not _is_image(e) and _is_document(e, prefix)
    ]
    sources = {s.number: s for s in area.sources}
    return AreaView(
        id=area.id,
        anchor=f"area-{area.id}",
        week=area.week,
        title=shown(area.title, lang),
        summary=shown(area.summary, lang),
        dates=format_range(area.starts, area.ends, lang),
        key_messages=key_messages,
        facts=[
            Fact(
                shown(f.text, lang),
                shown(sources[f.source].title, lang) if f.source else None,
                _web(sources[f.source].url) if f.source else None,
            )
            for f in area.facts
        ],
        calls_to_action=[(shown(cta.text, lang), _web(cta.link)) for cta in area.calls_to_action],
        posts=posts,
        cards=[_image(e, prefix, copies) for e in images.get((area.id, "", ""), [])],
        files=area_files,
    )


def _variant(item: dict[str, Any], post_title: str, lang: str, copies: _Copies) -> Variant:
    platform = str(item.get("platform") or "")
    name = PLATFORM_NAMES.get(platform, platform)
    raw_parts = item.get("parts") or [{"text": item.get("text", "")}]
    limit = item.get("limit")
    parts = []
    total = len(raw_parts)
    text_lang = str(item.get("text_lang") or lang)
    for n, part in enumerate(raw_parts, 1):
        text = str(part.get("text", ""))
        counter = f"{n}/{total}" if total > 1 else ""
        what = " · ".join(x for x in (name, post_title, counter) if x)
        parts.append(
            Part(
                copy_id=copies.add(text),
                text=text,
                length=part.get("length"),
                limit=int(limit) if limit else None,
                counter=counter,
                aria=f"{label('copy', lang)}: {what}",
                lang=text_lang if text_lang != lang else "",
            )
        )
    notes = _note_texts(item.get("notes"))
    marker = untranslated_note(
        Text("", text_lang, bool(item.get("fallback")), bool(item.get("stale"))), lang
    )
    if marker:
        notes.insert(0, marker[:1].upper() + marker[1:])
    warnings = _note_texts(item.get("warnings"))
    return Variant(
        platform=platform, platform_name=name, parts=parts, notes=notes, warnings=warnings
    )


def _note_texts(raw: Any) -> list[str]:
    """The words of posts.json notes: each `{"code", "values", "text"}` (or a plain string)."""
    if not raw:
        return []
    items = [raw] if isinstance(raw, str | dict) else list(raw)
    return [str(n.get("text", "")) if isinstance(n, dict) else str(n) for n in items]


def _schedule(areas: list[AreaView], lang: str) -> list[tuple[Markup, list[ScheduleRow]]]:
    """The posting schedule, by area (one week each), posts in time order within it."""
    grouped = []
    for area in areas:
        rows = [
            ScheduleRow(
                post.date,
                post.time,
                post.iso,
                post.title,
                post.anchor,
                ", ".join(v.platform_name for v in post.variants if v.platform_name),
            )
            for post in area.posts
        ]
        heading = Markup("{}: {}").format(label("week", lang, n=area.week), area.title)
        # Python's sort is stable: posts at the same time keep their kit order.
        grouped.append((heading, sorted(rows, key=lambda r: r.iso)))
    return grouped


#: Folder (or file) of a language folder → how the downloads list groups it, in this order.
_GROUPS = (
    ("factsheets/", "fact_sheets"),
    ("deck.pptx", "deck"),
    ("decks/", "deck"),
    ("calendar.", "calendar"),
    ("posts/hootsuite-", "scheduling_tools"),
    ("posts/scheduler.csv", "scheduling_tools"),
    ("posts/", "posts"),
    ("messages.md", "message_sheet"),
)


def _is_document(entry: dict[str, Any], prefix: str) -> bool:
    rel = str(entry["path"])[len(prefix) :]
    return rel.startswith(("factsheets/", "decks/"))


def _downloads(
    kit: Kit, files: list[dict[str, Any]], prefix: str, lang: str
) -> list[tuple[str, list[Link]]]:
    """The pack's files grouped for the downloads section (images are shown with their posts)."""
    groups: dict[str, list[tuple[tuple[tuple[int, int], str], Link]]] = {}
    area_order = {a.id: i for i, a in enumerate(kit.areas)}
    for entry in files:
        rel = str(entry["path"])[len(prefix) :]
        if _is_image(entry) or rel == "index.html":
            continue
        key = next((k for start, k in _GROUPS if rel.startswith(start)), "other")
        # Campaign-wide files first (overview sheet, whole deck), then areas in campaign order;
        # among post texts, the per-platform pages first, in platform order.
        area_rank = -1 if entry.get("area") is None else area_order.get(str(entry["area"]), 999)
        stem = PurePosixPath(rel).stem
        platform_rank = list(PLATFORM_NAMES).index(stem) if stem in PLATFORM_NAMES else 99
        rank = (area_rank, platform_rank)
        link = Link(
            _href(entry, prefix),
            _file_title(resolve(kit, lang), entry, prefix, lang),
            _detail(entry),
        )
        groups.setdefault(key, []).append(((rank, rel), link))
    order = ("fact_sheets", "deck", "posts", "scheduling_tools", "calendar", "message_sheet")
    return [
        (key, [link for _, link in sorted(groups[key], key=lambda x: x[0])])
        for key in (*order, "other")
        if key in groups
    ]


def _file_title(content: Content, entry: dict[str, Any], prefix: str, lang: str) -> str:
    rel = PurePosixPath(str(entry["path"])[len(prefix) :])
    area = entry.get("area")
    if rel.parts[0] in ("factsheets", "decks") and area:
        try:
            return content.area(str(area)).title.text
        except StopIteration:
            return rel.name
    if rel.as_posix() == "factsheets/overview.pdf":
        return label("overview", lang)
    if rel.as_posix() == "deck.pptx":
        return label("deck", lang)
    if rel.parts[0] == "posts" and rel.suffix == ".md" and rel.stem in PLATFORM_NAMES:
        return PLATFORM_NAMES[rel.stem]
    return rel.name


def _detail(entry: dict[str, Any]) -> str:
    suffix = PurePosixPath(str(entry["path"])).suffix.lstrip(".").upper()
    return f"{suffix} · {_size(entry)}"


def _web(url: str | None) -> str | None:
    """Only web and mail links reach the page (the model checks too; this is the last guard)."""
    if url and url.startswith(("https://", "http://", "mailto:")):
        return url
    return None


def _partner_view(kit: Kit, content: Any, lang: str) -> dict[str, Any] | None:
    """"Shared by <partner>", its mark and its contact, for a partner's page (else None)."""
    partner = content.partner
    if partner is None:
        return None
    return {
        "shared_by": label("shared_by", lang, partner=partner.name.text),
        "contact_heading": label("partner_contact", lang, partner=partner.name.text),
        "name": partner.name.text,
        "name_lang": partner.name.lang if partner.name.lang != lang else None,
        "logo": _logo(kit, partner.logo) if partner.logo else None,
        "contact_name": shown(partner.contact_name, lang) if partner.contact_name else "",
        "email": partner.email,
        "url": _web(partner.contact_url or partner.url),
    }


def _logo(kit: Kit, logo: str | None = None) -> str | None:
    """A mark (default: the brand's) as a data: URI (the page makes no requests), if it is a
    PNG or JPEG."""
    logo = logo or kit.campaign.brand.logo
    if not logo:
        return None
    data = kit.asset(logo).read_bytes()
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        mime = "image/png"
    elif data.startswith(b"\xff\xd8\xff"):
        mime = "image/jpeg"
    else:
        return None
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"


# --- colours, assets, escaping ---------------------------------------------------------------


_INK = "#1B1B1B"
_PAPER = "#FFFFFF"


def _palette(primary: str, on_primary: str, accent: str) -> dict[str, str]:
    """Brand colours made safe to read: text pairs below WCAG AA (4.5:1) are replaced."""
    if contrast_ratio(on_primary, primary) < AA_TEXT:
        white, black = contrast_ratio(_PAPER, primary), contrast_ratio(_INK, primary)
        on_primary = _PAPER if white >= black else _INK
    # Links and buttons sit on white; a light brand colour would be unreadable there.
    ink = primary if contrast_ratio(primary, _PAPER) >= AA_TEXT else _INK
    on_ink = on_primary if ink == primary else _PAPER
    return {
        "brand": primary,
        "on-brand": on_primary,
        "ink": ink,
        "on-ink": on_ink,
        "accent": accent,
    }


def _css_vars(colors: dict[str, str]) -> str:
    return ":root{" + "".join(f"--{k}:{v};" for k, v in sorted(colors.items())) + "}"


def _csp(css: str, script: str) -> str:
    """No network at all; only this page's own style and script run (by hash)."""

    def digest(text: str) -> str:
        return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")

    return (
        "default-src 'none'; img-src 'self' data:; "
        f"style-src 'sha256-{digest(css)}'; script-src 'sha256-{digest(script)}'; "
        "base-uri 'none'; form-action 'none'"
    )


def _json_for_html(data: dict[str, str]) -> str:
    """JSON safe inside `<script type="application/json">`: no `<`, `>` or `&` survive."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=False, separators=(",", ":"))
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _asset(name: str) -> str:
    return resources.files("msgkit.html").joinpath("assets", name).read_text("utf-8")


def _environment() -> jinja2.Environment:
    from msgkit.typography import short_url

    env = jinja2.Environment(
        loader=jinja2.FunctionLoader(lambda name: _asset(name)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    # Long links are shown short and linked in full (a 134-character URL is not readable text).
    env.filters["short_url"] = short_url
    return env
