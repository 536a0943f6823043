"""Post texts per platform: copy-ready Markdown, every variant as JSON, and scheduler CSVs.

Per language (one target each, so editing one language's posts rebuilds only that language):

- `<lang>/posts/<platform>.md` — each post fitted to the platform, with its counted length, the
  limit and every decision taken, all in the file's language and in plain words (a header says
  how the platform counts; a note says e.g. "left out #EUAntiTraffickingDay to keep the post
  within the length limit");
- `<lang>/posts/posts.json` — every variant, the same objects as `msgkit posts --json`. Its
  `notes` (decisions) and `warnings` (advice, e.g. the first sentence runs past the mobile fold)
  are lists of `{"code": …, "values": {…}, "text": …}`: `code` is stable for machines (see
  `msgkit.fit.NoteCode`), `values` names what it is about (`platform` id, `tag` without `#`,
  numbers), and `text` is the note in the variant's language;
- `<lang>/posts/scheduler.csv` — a generic scheduler import: `platform, scheduled_at` (ISO 8601
  with offset), `text, link, image, alt_text, lang`, then `area, post, part` (`1 of 2`: a
  spreadsheet turns `1/2` into a date). RFC 4180 quoting, CRLF rows, UTF-8 with a byte-order
  mark so Excel shows Cyrillic correctly. A thread is one row per part, each five minutes after
  the previous one, so a scheduler without threads keeps the order (reply each part to the one
  before to make it a thread); only the first part carries the image. `link` is the link the
  row's text publishes (empty where the caption leaves it out, as on Instagram);
- `<lang>/posts/hootsuite-<platform>.csv` — Hootsuite's bulk composer takes one file per social
  profile: `dd/mm/yyyy hh:mm` in the campaign's time zone (choose day/month/year in the upload
  dialog), message, link (Hootsuite appends the link to the message itself, so the message
  leaves out the link msgkit appended). No header row and no byte-order mark: Hootsuite reads
  the first cell as a date. Thread parts are consecutive rows five minutes apart, each message
  ending in its number (`1/2`); Hootsuite cannot post replies, so the pack README says how to
  thread them. Hootsuite takes only times on a 5-minute grid: a post at 09:32 is an error.

Texts are published as written, so a text or alt text whose CSV cell would start with
`= + - @`, TAB or CR (a formula to a spreadsheet) is refused with its location and a hint
(`msgkit.csvcells`); nothing is guarded with an apostrophe the post would then publish.

The image column names the share card the images builder makes for that platform
(`images/<area>-<post>-<W>x<H>.png`, relative to the language folder, as in the packs).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

from msgkit.builders import (
    BaseBuilder,
    BuildContext,
    BuildOptions,
    Edition,
    OutputFile,
    Target,
)
from msgkit.csvcells import formula_hint, is_formula, part_label, write_csv
from msgkit.errors import Diagnostic, MsgkitError, SourceLocation, error
from msgkit.fit import Fit, Tag
from msgkit.fitcache import fitted
from msgkit.hashtags import Registry, lint_hashtags
from msgkit.images.content import image_relpath, post_card
from msgkit.images.sizes import platform_sizes
from msgkit.l10n import format_datetime
from msgkit.labels import label
from msgkit.model import Kit, PlatformSpec
from msgkit.platforms import PLATFORMS, RULES, PlatformRule, rule_for
from msgkit.resolve import resolve
from msgkit.tracking import utm_values

#: A thread's parts are scheduled this far apart.
THREAD_STEP = dt.timedelta(minutes=5)

SCHEDULER_COLUMNS = (
    "platform",
    "scheduled_at",
    "text",
    "link",
    "image",
    "alt_text",
    "lang",
    "area",
    "post",
    "part",
)


@dataclass(frozen=True)
class PostVariant:
    """One post in one language fitted to one platform, with what a scheduler needs."""

    area: str
    post: str
    lang: str
    platform: str
    fit: Fit
    scheduled_at: dt.datetime
    link: str | None
    #: The share card for this platform, relative to the language folder.
    image: str | None
    alt_text: str | None
    #: Where the post's text is written (for errors).
    location: SourceLocation
    #: Where the post's time is written (for errors).
    time_location: SourceLocation
    #: Where the image's alt text is written, when the kit wrote one (else None: composed).
    alt_location: SourceLocation | None
    #: True when the text is the default language's (no translation yet).
    fallback: bool
    #: The post's display title in `lang` (its id is for files and manifests only).
    title: str = ""
    #: The language the text is really written in (the default language when `fallback`).
    text_lang: str = ""
    #: True when the translation is older than its default-language source.
    stale: bool = False
    #: The partner whose edition the variant is for (its zone, its tracked links); None: all.
    partner: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The variant as `msgkit posts --json` and posts.json print it."""
        fit = self.fit
        return {
            "area": self.area,
            "post": self.post,
            "title": self.title,
            "lang": self.lang,
            "text_lang": self.text_lang,
            **({"partner": self.partner} if self.partner else {}),
            "platform": self.platform,
            "parts": [{"text": p.text, "length": p.length} for p in fit.parts],
            "limit": fit.limit,
            "fits": fit.ok,
            "hashtags": list(fit.hashtags),
            "notes": [n.to_json(self.lang) for n in fit.notes],
            "warnings": [w.to_json(self.lang) for w in fit.warnings],
            "text_used": fit.used,
            "scheduled_at": self.scheduled_at.isoformat(),
            "link": self.link,
            "image": self.image,
            "alt_text": self.alt_text,
            "fallback": self.fallback,
            "stale": self.stale,
            "problem": fit.problem,
        }


def platforms_of(kit: Kit) -> list[str]:
    """The platforms the kit publishes on, in msgkit's platform order."""
    return [p for p in PLATFORMS if p in kit.campaign.platforms]


def kit_rules(kit: Kit) -> dict[str, PlatformRule]:
    """Each platform's rule with the kit's overrides."""
    specs = kit.campaign.platforms
    return {p: rule_for(p, _spec(specs, p)) for p in platforms_of(kit)}


def _spec(specs: Mapping[Any, PlatformSpec | None], platform: str) -> PlatformSpec | None:
    return specs.get(platform)


def post_variants(
    kit: Kit, lang: str, platforms: Iterable[str] | None = None, partner: str | None = None
) -> list[PostVariant]:
    """Every post of the kit in `lang` (for `partner`, if given) fitted to each of its
    platforms, in kit order.

    The texts come resolved (`msgkit.resolve`): canonical hashtags, real language, fallback; for
    a partner, times in its zone and links tagged for each platform, so the fitter counts the
    links as published.
    """
    rules = kit_rules(kit)
    wanted = [p for p in rules if platforms is None or p in set(platforms)]
    registry = Registry.from_kit(kit)
    sizes = platform_sizes(kit)
    content = resolve(kit, lang, partner)
    on = {p: resolve(kit, lang, partner, p) for p in wanted}
    campaign_tags = [Tag(tag, "campaign") for tag in content.campaign_tags]
    variants: list[PostVariant] = []
    for area_index, area in enumerate(content.areas):
        area_tags = [Tag(t, "area") for t in area.hashtags]
        model_area = kit.area(area.id)
        for post in area.posts:
            tags = [Tag(t, "post") for t in post.hashtags] + area_tags + campaign_tags
            location = kit.locate(area.source, ("posts", post.index, "text", post.text.lang))
            time_location = kit.locate(area.source, ("posts", post.index, "time"))
            alt = post_card(kit, model_area, post.index, lang).alt
            image_spec = model_area.content.posts[post.index].image
            alt_location = (
                kit.locate(
                    area.source,
                    (
                        "posts",
                        post.index,
                        "image",
                        "alt",
                        lang if lang in image_spec.alt else kit.campaign.default_language,
                    ),
                )
                if image_spec is not None
                else None
            )
            for platform in wanted:
                if post.platforms is not None and platform not in post.platforms:
                    continue
                # The same post as published there: its links tracked for the platform.
                published = on[platform].areas[area_index].posts[post.index]
                fit = fitted(
                    published.text.text,
                    rules[platform],
                    short=published.short.text if published.short is not None else None,
                    link=published.link,
                    tags=tags,
                    registry=registry,
                    lang=post.text.lang,
                )
                size = sizes.get(platform)
                image = (
                    image_relpath("", area.id, post.id, size[0])
                    if size
                    else None
                )
                variants.append(
                    PostVariant(
                        area=area.id,
                        post=post.id,
                        lang=lang,
                        platform=platform,
                        fit=fit,
                        scheduled_at=post.scheduled_at,
                        link=published.link,
                        image=image,
                        alt_text=alt if image else None,
                        location=location,
                        time_location=time_location,
                        alt_location=alt_location,
                        fallback=post.text.fallback,
                        title=post.title.text,
                        text_lang=post.text.lang,
                        stale=post.text.stale,
                        partner=partner,
                    )
                )
    return variants


def fit_errors(variants: Iterable[PostVariant]) -> list[Diagnostic]:
    """A located error for every post that cannot be fitted to a platform.

    Languages that fall back to the same text fail the same way: they share one error.
    """
    failed: dict[tuple[SourceLocation, str, str, str, str | None], list[str]] = {}
    for v in variants:
        if not v.fit.ok:
            key = (v.location, v.post, v.platform, v.fit.problem or "", v.fit.hint)
            # A partner's variant fails on its own only through its tracked (longer) links: one
            # failing as its language's does is that failure.
            edition = f"{v.lang} for partner {v.partner}" if v.partner else v.lang
            if edition not in failed.get(key, []) and v.lang not in failed.get(key, []):
                failed.setdefault(key, []).append(edition)
    found: list[Diagnostic] = []
    for (location, post, platform, problem, advice), langs in failed.items():
        rule = RULES[platform]
        hint = advice or (
            "add a `short:` text, or shorten the text"
            if not rule.threads
            else "add a `short:` text, shorten the text, or split its longest sentence"
        )
        message = f"post `{post}` ({', '.join(langs)}) does not fit {rule.name}: {problem}"
        found.append(error(message, location, hint))
    return found


#: Hootsuite's bulk composer refuses times whose minutes are not a multiple of this.
HOOTSUITE_GRID_MINUTES = 5


def export_errors(variants: Iterable[PostVariant]) -> list[Diagnostic]:
    """Located errors for what the CSV exports cannot carry, one per kit location.

    - a text (any thread part) or alt text whose cell would start like a formula (`= + - @`,
      TAB, CR): published texts are refused, not guarded;
    - a time off Hootsuite's 5-minute grid (its bulk upload rejects the row).
    """
    found: dict[tuple[SourceLocation, str], Diagnostic] = {}
    for v in variants:
        for part in v.fit.parts:
            if is_formula(part.text):
                clip = part.text[:40] + ("…" if len(part.text) > 40 else "")
                message = (
                    f"post `{v.post}` would start a spreadsheet formula in the CSV files "
                    f"(it starts with `{part.text[:1]!s}`): “{clip}”"
                )
                found.setdefault(
                    (v.location, "formula"), error(message, v.location, formula_hint(part.text))
                )
        if v.alt_text and is_formula(v.alt_text) and v.alt_location is not None:
            message = (
                f"the alt text of post `{v.post}` would start a spreadsheet formula in the CSV "
                f"files (it starts with `{v.alt_text[:1]!s}`)"
            )
            found.setdefault(
                (v.alt_location, "formula"),
                error(message, v.alt_location, formula_hint(v.alt_text)),
            )
        if v.scheduled_at.minute % HOOTSUITE_GRID_MINUTES:
            when = v.scheduled_at.strftime("%H:%M")
            message = (
                f"post `{v.post}` is at {when}: Hootsuite's bulk upload takes only times on a "
                f"{HOOTSUITE_GRID_MINUTES}-minute grid"
            )
            minute = v.scheduled_at.minute - v.scheduled_at.minute % HOOTSUITE_GRID_MINUTES
            earlier = v.scheduled_at.replace(minute=minute)
            later = earlier + dt.timedelta(minutes=HOOTSUITE_GRID_MINUTES)
            hint = f"use {earlier:%H:%M} or {later:%H:%M}"
            found.setdefault((v.time_location, "grid"), error(message, v.time_location, hint))
    return list(found.values())


class PostsBuilder(BaseBuilder):
    """`<lang>/posts/`: each post fitted to each platform, with CSVs for scheduling tools."""

    name: ClassVar[str] = "posts"
    #: 2: notes, warnings and the counting header in the output's language; notes as objects.
    #: 4: per-platform tag detection, ICU thread splits, `1 of 2` parts, one card per thread.
    #: 5: a card's composed alt text is what the card shows (its leading sentences).
    version: ClassVar[int] = 5

    def lint(self, kit: Kit) -> list[Diagnostic]:
        """Hashtag problems."""
        return lint_hashtags(kit)

    def preflight(self, kit: Kit, options: BuildOptions) -> list[Diagnostic]:
        """Posts that no fitting step can bring under a platform's limit, and texts the CSV
        exports cannot carry, in every edition built (a partner's tracked links are longer).
        Fitting is the work of the posts themselves: a build that makes no posts (`--only
        deck`) or only some languages (`--lang en`) fits only what it makes; `check` fits all."""
        variants = [
            v for e in options.editions(kit) for v in post_variants(kit, e.lang, None, e.partner)
        ]
        return fit_errors(variants) + export_errors(variants)

    def plan(self, kit: Kit, options: BuildOptions) -> list[Target]:
        editions = options.editions(kit)
        return [e.target(self.name, posts_slice(kit, e.lang, e.partner)) for e in editions]

    def build(self, target: Target, ctx: BuildContext) -> list[OutputFile]:
        assert target.lang is not None
        kit, lang, partner = ctx.kit, target.lang, target.partner
        variants = post_variants(kit, lang, None, partner)
        problems = fit_errors(variants) + export_errors(variants)
        if problems:
            raise MsgkitError(problems)
        folder = f"{Edition(lang, partner).folder}/posts"

        def out(name: str, data: bytes, kind: str) -> OutputFile:
            return OutputFile(f"{folder}/{name}", data, kind, lang, partner=partner)

        files = []
        for platform in platforms_of(kit):
            mine = [v for v in variants if v.platform == platform]
            md = render_markdown(kit, lang, kit_rules(kit)[platform], mine, partner)
            files.append(out(f"{platform}.md", md.encode("utf-8"), "posts"))
            files.append(out(f"hootsuite-{platform}.csv", hootsuite_csv(mine), "posts-csv"))
        data = json.dumps([v.to_json() for v in variants], ensure_ascii=False, indent=2) + "\n"
        files.append(out("posts.json", data.encode("utf-8"), "posts-json"))
        files.append(out("scheduler.csv", scheduler_csv(variants), "posts-csv"))
        return files


def posts_slice(kit: Kit, lang: str, partner: str | None = None) -> dict[str, Any]:
    """Exactly what an edition's post outputs read: its fingerprint's content part."""
    c = kit.campaign
    content = resolve(kit, lang, partner)
    areas = []
    for area in content.areas:
        model_area = kit.area(area.id)
        areas.append(
            {
                "id": area.id,
                "week": area.week,
                "title": area.title.to_json(),
                "hashtags": list(area.hashtags),
                "posts": [
                    {
                        "id": post.id,
                        "title": post.title.to_json(),
                        "when": post.scheduled_at.isoformat(),
                        "text": post.text.to_json(),
                        "short": post.short.to_json() if post.short else None,
                        "link": post.link,
                        "hashtags": list(post.hashtags),
                        "platforms": post.platforms,
                        "alt": post_card(kit, model_area, post.index, lang).alt,
                    }
                    for post in area.posts
                ],
            }
        )
    return {
        "lang": lang,
        **({"partner": partner, "tracking": utm_values(kit, partner)} if partner else {}),
        "draft": content.draft,
        "title": content.title.to_json(),
        "campaign_tags": list(content.campaign_tags),
        "hashtags": [h.model_dump(mode="json") for h in c.hashtags],
        "platforms": {
            p: spec.model_dump(mode="json") if spec else None for p, spec in c.platforms.items()
        },
        "image_sizes": {p: [list(s) for s in sizes] for p, sizes in platform_sizes(kit).items()},
        "areas": areas,
    }


# --- rendering ------------------------------------------------------------------------------


def _fence(text: str) -> str:
    """A code fence longer than any run of backticks in `text`."""
    longest = run = 0
    for ch in text:
        run = run + 1 if ch == "`" else 0
        longest = max(longest, run)
    return "`" * max(3, longest + 1)


def render_markdown(
    kit: Kit,
    lang: str,
    rule: PlatformRule,
    variants: list[PostVariant],
    partner: str | None = None,
) -> str:
    """`<platform>.md`: every post of `lang` (for `partner`) for one platform, ready to copy."""
    content = resolve(kit, lang, partner)
    lines = [f"# {rule.name} · {_md_escape(content.title.text)}", ""]
    if content.draft:
        lines += [f"> **{label('draft', lang)}**", ""]
    lines += [counting_rules(rule, lang), ""]
    by_area: dict[str, list[PostVariant]] = {}
    for v in variants:
        by_area.setdefault(v.area, []).append(v)
    for area in content.areas:
        if area.id not in by_area:
            continue
        title = _md_escape(area.title.text)
        lines += [f"## {label('week', lang, n=area.week)} · {title}", ""]
        for v in by_area[area.id]:
            lines += _variant_lines(v, lang)
    return "\n".join(lines).rstrip() + "\n"


def counting_rules(rule: PlatformRule, lang: str) -> str:
    """How the platform counts and what else it limits, in plain words in `lang`."""
    said = [label("posts_limit", lang, limit=rule.limit)]
    if rule.margin:
        said.append(label("posts_margin", lang, budget=rule.budget))
    said.append(label(f"counts_{rule.id}", lang))
    if rule.max_hashtags == 1 and not rule.hashtag_cap_hard:
        said.append(label("posts_topic_tag", lang))
    elif rule.max_hashtags is not None:
        said.append(label("posts_tag_cap", lang, max=rule.max_hashtags))
    return " ".join(said)


def _notes_in_words(fit: Fit, lang: str) -> list[str]:
    """The fit's notes, then its warnings (marked ⚠), in `lang`."""
    return [n.text(lang) for n in fit.notes] + [f"⚠ {w.text(lang)}" for w in fit.warnings]


def _variant_lines(v: PostVariant, lang: str) -> list[str]:
    fit = v.fit
    when = format_datetime(v.scheduled_at, lang, zone=True)
    head = f"### {_md_escape(v.title)} · {when}"
    if fit.is_thread:
        head += f" · {label('thread', lang)} ({len(fit.parts)})"
    lines = [head, ""]
    marker = _marker(v, lang)
    if marker:
        lines += [f"*{_md_escape(marker)}*", ""]
    for n, part in enumerate(fit.parts, 1):
        if fit.is_thread:
            lines += [f"**{n}/{len(fit.parts)}** · {part.length}/{fit.limit}", ""]
        fence = _fence(part.text)
        lines += [fence, part.text, fence, ""]
    summary = [] if fit.is_thread else [f"{fit.parts[0].length}/{fit.limit}" if fit.parts else ""]
    summary += _notes_in_words(fit, lang)
    if summary:
        lines += ["*" + _md_escape(" · ".join(summary)) + "*", ""]
    if v.image:
        lines += [
            f"{label('image', lang)}: `{v.image}`  ",
            f"{label('alt_text', lang)}: {_md_escape(v.alt_text or '')}",
            "",
        ]
    return lines


def _marker(v: PostVariant, lang: str) -> str:
    """The untranslated/stale marker of a variant, in the reader's language (empty if none)."""
    from msgkit.resolve import Text, untranslated_note

    return untranslated_note(Text("", v.text_lang or lang, v.fallback, v.stale), lang)


def _md_escape(text: str) -> str:
    """Kit text inside Markdown emphasis: no markup of its own, no line breaks."""
    out = " ".join(text.split())
    for ch in "\\`*_[]<>":
        out = out.replace(ch, "\\" + ch)
    return out


def _rows(v: PostVariant) -> Iterable[tuple[int, str, dt.datetime, str | None]]:
    """(number, text, time, link) for each part; `link` is the link that part publishes."""
    for n, part in enumerate(v.fit.parts, 1):
        # Only a link the text carries: Instagram captions leave it out, threads put it last.
        link = v.link if v.link and v.link in part.text else None
        yield n, part.text, v.scheduled_at + THREAD_STEP * (n - 1), link


def scheduler_csv(variants: Iterable[PostVariant]) -> bytes:
    """The generic scheduler import (see the module docstring for the columns)."""
    rows: list[list[str]] = [list(SCHEDULER_COLUMNS)]
    for v in variants:
        total = len(v.fit.parts)
        for n, text, when, link in _rows(v):
            first = n == 1
            rows.append(
                [
                    v.platform,
                    when.isoformat(),
                    text,
                    link or "",
                    (v.image or "") if first else "",
                    (v.alt_text or "") if first else "",
                    v.text_lang or v.lang,
                    v.area,
                    v.post,
                    part_label(n, total),
                ]
            )
    return write_csv(rows, bom=True)


def hootsuite_csv(variants: Iterable[PostVariant]) -> bytes:
    """Hootsuite's bulk composer file for one platform: date, message, link; no header."""
    rows: list[list[str]] = []
    for v in variants:
        appended = v.fit.appended_link
        for _, text, when, _link in _rows(v):
            message, link = text, ""
            # Hootsuite appends the link column to the message: leave out the one msgkit
            # appended; a link written in the text stays where the author put it.
            if appended and appended in text:
                message, link = _remove_link(text, appended), appended
            rows.append([when.strftime("%d/%m/%Y %H:%M"), message, link])
    return write_csv(rows, bom=False)


def _remove_link(text: str, link: str) -> str:
    for gap in ("\n\n", " ", ""):
        if gap + link in text:
            return text.replace(gap + link, "", 1).strip()
    return text


# --- terminal preview (rich is imported only here, for `msgkit posts` and `msgkit measure`) ---


def _ratio_style(length: int, limit: int, ok: bool = True) -> str:
    if not ok or length > limit:
        return "bold red"
    return "yellow" if length >= 0.9 * limit else "green"


def preview_table(variants: list[PostVariant], width: int = 160) -> Any:
    """A Rich table of variants: where, length/limit coloured near the limit, text, decisions.

    On a terminal narrower than `width`, long area and post ids wrap to leave the text room.
    """
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAD, expand=True, pad_edge=False)
    if width >= 140:
        table.add_column("area / post", no_wrap=True)
    else:
        table.add_column("area / post", max_width=max(12, width // 6), overflow="fold")
    table.add_column("lang", no_wrap=True)
    table.add_column("platform", no_wrap=True)
    table.add_column("length", justify="right", no_wrap=True)
    table.add_column("text", ratio=3, overflow="fold")
    table.add_column("decisions", ratio=2, overflow="fold")
    previous: tuple[str, str, str] | None = None
    shown: dict[tuple[str, ...], str] = {}
    for v in variants:
        fit = v.fit
        key = (v.area, v.post, v.lang)
        if key != previous:
            shown = {}
            if previous is not None:
                table.add_section()
        lengths = Text()
        body = Text()
        texts = tuple(p.text for p in fit.parts)
        if not fit.ok:
            lengths.append(f"+{fit.over}" if fit.over else "✗", "bold red")
            body.append(fit.problem or "", style="red")
        for n, part in enumerate(fit.parts, 1):
            if n > 1:
                lengths.append("\n")
            lengths.append(f"{part.length}/{fit.limit}", _ratio_style(part.length, fit.limit))
            if texts in shown:
                continue
            if n > 1:
                body.append("\n")
            if fit.is_thread:
                body.append(f"{n}/{len(fit.parts)} ", style="bold magenta")
            body.append(" ".join(part.text.split()))
        if fit.ok and texts in shown:
            body.append(f"same text as {shown[texts]}", style="dim")
        elif fit.ok:
            shown[texts] = RULES[v.platform].name
        # Notes in the previewed language: staff see what partners will read.
        notes = Text()
        for note in fit.notes:
            notes.append(("\n" if notes else "") + note.text(v.lang))
        for warning in fit.warnings:
            notes.append(("\n" if notes else "") + "⚠ " + warning.text(v.lang), style="yellow")
        marker = _marker(v, v.lang)
        if marker:
            notes.append(("\n" if notes else "") + marker, "dim")
        where = Text()
        if key != previous:
            where.append(v.area, "cyan")
            where.append("\n" + v.post, "bold")
        table.add_row(
            where,
            v.lang if key != previous else "",
            RULES[v.platform].name,
            lengths,
            body,
            notes,
        )
        previous = key
    return table


def measure_rows(text: str, platforms: Iterable[str]) -> list[dict[str, Any]]:
    """`msgkit measure`: the length, limit and verdict of `text` on each platform."""
    from msgkit.platforms import measure

    rows = []
    for platform in platforms:
        m = measure(text, RULES[platform])
        rows.append(
            {
                "platform": platform,
                "length": m.length,
                "limit": m.limit,
                "fits": m.fits,
                "bytes": m.bytes,
                "byte_limit": m.byte_limit,
                "problems": list(m.problems),
            }
        )
    return rows


def measure_table(rows: list[dict[str, Any]]) -> Any:
    """A Rich table of `measure_rows`."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("platform", no_wrap=True)
    table.add_column("length", justify="right", no_wrap=True)
    table.add_column("limit", justify="right", no_wrap=True)
    table.add_column("fits", no_wrap=True)
    table.add_column("how it counts", overflow="fold")
    for row in rows:
        rule = RULES[row["platform"]]
        style = _ratio_style(row["length"], row["limit"], row["fits"])
        length_text = Text(str(row["length"]), style)
        if row["bytes"] is not None:
            length_text.append(f"\n{row['bytes']} B", "dim")
        limit = str(row["limit"]) + (f"\n{row['byte_limit']} B" if row["byte_limit"] else "")
        verdict = (
            Text("yes", "green")
            if row["fits"]
            else Text("no: " + "; ".join(row["problems"]), "bold red")
        )
        table.add_row(rule.name, length_text, limit, verdict, rule.counts)
    return table


BUILDER = PostsBuilder()
