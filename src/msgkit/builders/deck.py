"""Slide decks: native, editable PowerPoint on a named-layout template, one per language.

`<lang>/deck.pptx`, or with `outputs.decks: per-area` one deck per thematic area,
`<lang>/decks/<area-id>.pptx`. python-pptx is imported only when a deck is built.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path, PurePosixPath
from typing import Any, ClassVar

from msgkit.builders import BaseBuilder, BuildContext, BuildOptions, Edition, OutputFile, Target
from msgkit.errors import Diagnostic, MsgkitError, display_path, error
from msgkit.fonts import check_glyphs, font_path, glyph_error, missing_glyphs
from msgkit.load import KeyPath
from msgkit.model import Kit, KitText

#: The font styles the fitting measures with (their files are the targets' assets).
_STYLES = ("regular", "bold", "italic", "bold-italic")
_TEMPLATE_KEY: KeyPath = ("outputs", "deck_template")
_TEMPLATE_SUFFIXES = (".pptx", ".potx")
_PICTURE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff")
WHAT = "the slide decks"
#: Localized keys whose text a slide shows (alt text goes into the picture's description).
_SHOWN = {"title", "description", "summary", "text", "terms", "name"}


class DeckBuilder(BaseBuilder):
    """`<lang>/deck.pptx` (or `<lang>/decks/<area-id>.pptx`): the campaign as slides."""

    name: ClassVar[str] = "deck"
    #: 4: a paragraph longer than a slide is wrapped once and cut at its lines (linear time);
    #: a word wider than a line may now continue on the next slide where it broke.
    #: 5: a follow-on "(cont.)" slide does not repeat the speaker notes.
    version: ClassVar[int] = 5

    def lint(self, kit: Kit) -> list[Diagnostic]:
        """File kinds the decks can use: a .pptx/.potx template, pictures python-pptx embeds."""
        problems = []
        kit_src = kit.source
        template = kit.campaign.outputs.deck_template
        if template and PurePosixPath(template).suffix.lower() not in _TEMPLATE_SUFFIXES:
            problems.append(
                error(
                    f"outputs.deck_template: `{template}` is not a .pptx or .potx file",
                    kit.locate(kit_src, _TEMPLATE_KEY),
                    "save the template from PowerPoint or Impress as .pptx or .potx",
                )
            )
        for source, keypath, path in _pictures(kit):
            if PurePosixPath(path).suffix.lower() not in _PICTURE_SUFFIXES:
                problems.append(
                    error(
                        f"`{path}` cannot go into a slide deck (PNG, JPEG, GIF, BMP or TIFF only)",
                        kit.locate(source, keypath),
                        "export the image as PNG",
                    )
                )
        return problems

    def preflight(self, kit: Kit, options: BuildOptions) -> list[Diagnostic]:
        """The template has every layout and placeholder; every shown character has a glyph."""
        return _check_template(kit) + _check_glyphs(kit, options.wants(kit))

    def plan(self, kit: Kit, options: BuildOptions) -> list[Target]:
        from msgkit.deck.content import compose

        per_area = kit.campaign.outputs.decks == "per-area"
        targets = []
        for e in options.editions(kit):
            lang = e.lang
            groups: list[list[str] | None] = [[a.id] for a in kit.areas] if per_area else [None]
            for area_ids in groups:
                spec = compose(kit, lang, area_ids, e.partner)
                area = area_ids[0] if area_ids else None
                targets.append(
                    Target(
                        builder=self.name,
                        key=f"{e.folder}/{area}" if area else e.folder,
                        lang=lang,
                        partner=e.partner,
                        area=area,
                        inputs={
                            "deck": _jsonable(spec, kit.root),
                            "lang": lang,
                            "colors": kit.campaign.brand.colors.model_dump(mode="json"),
                            "template": kit.campaign.outputs.deck_template,
                            "build_time": options.build_time.isoformat(),
                        },
                        assets=_assets(kit, spec),
                    )
                )
        return targets

    def build(self, target: Target, ctx: BuildContext) -> list[OutputFile]:
        from msgkit.deck.content import compose
        from msgkit.deck.render import FitError, Options, render_deck
        from msgkit.deck.template import read_template
        from msgkit.deck.xml import office_lang, theme_colours

        kit = ctx.kit
        assert target.lang is not None
        lang = target.lang
        spec = compose(kit, lang, [target.area] if target.area else None, target.partner)
        options = Options(
            lang=lang,
            tag=office_lang(lang),
            colours=theme_colours(kit.campaign.brand.colors),
            when=ctx.options.build_time,
            company="; ".join(o.name for o in kit.campaign.organisations),
        )
        try:
            data = render_deck(spec, read_template(_template_path(kit)), options)
        except FitError as exc:
            raise MsgkitError([_fit_error(kit, lang, exc)]) from None
        folder = Edition(lang, target.partner).folder
        relpath = f"{folder}/decks/{target.area}.pptx" if target.area else f"{folder}/deck.pptx"
        return [
            OutputFile(
                relpath=relpath,
                data=data,
                kind="deck",
                lang=lang,
                partner=target.partner,
                area=target.area,
                meta={
                    "slides": _count_slides(data),
                    # Post texts whose emoji the slides leave out (Fira Sans has none); the
                    # speaker notes carry the full text.
                    "emoji_left_out": [f"{area}/{post}" for area, post, _ in spec.stripped],
                },
            )
        ]


def _template_path(kit: Kit) -> Path:
    from msgkit.deck.template import DEFAULT_TEMPLATE

    relpath = kit.campaign.outputs.deck_template
    return kit.asset(relpath) if relpath else DEFAULT_TEMPLATE


def _pictures(kit: Kit) -> list[tuple[str, KeyPath, str]]:
    """Every picture a deck shows: (file, key path, kit-relative path)."""
    found: list[tuple[str, KeyPath, str]] = []
    if kit.campaign.brand.logo:
        found.append((kit.source, ("brand", "logo"), kit.campaign.brand.logo))
    for area in kit.areas:
        for i, post in enumerate(area.content.posts):
            if post.image is not None:
                found.append((area.source, ("posts", i, "image", "src"), post.image.src))
    return found


def _check_template(kit: Kit) -> list[Diagnostic]:
    """A located error, before anything is built, when the template cannot serve the decks."""
    from msgkit.deck.template import TemplateError, inspect_template, missing, summary

    relpath = kit.campaign.outputs.deck_template
    where = kit.locate(kit.source, _TEMPLATE_KEY) if relpath else None
    path = _template_path(kit)
    try:
        info = inspect_template(path)
    except TemplateError as exc:
        return [
            error(
                f"outputs.deck_template: `{relpath or path.name}` is {exc}",
                where,
                "save the template from PowerPoint or Impress as .pptx or .potx and try again",
            )
        ]
    except ValueError as exc:  # kit.asset: validation reports the path itself
        return [error(f"outputs.deck_template: {exc}", where)]
    lacking = missing(info)
    if not lacking:
        return []
    return [
        error(
            f"outputs.deck_template: `{relpath or path.name}` lacks {'; '.join(lacking)}",
            where,
            f"the template has {summary(info)}. Rename or add layouts in the slide master "
            "(PowerPoint: View > Slide Master) so the names match exactly; "
            f"`msgkit template inspect {display_path(path)}` lists them",
        )
    ]


def _shows(item: KitText) -> bool:
    """Localized texts a slide shows as text (post texts are checked after emoji removal)."""
    keys = [k for k in item.keypath if isinstance(k, str)]
    if "posts" in keys[:1] or any(k in ("dos", "donts", "alt", "short", "unit") for k in keys):
        return False
    return len(item.keypath) >= 2 and item.keypath[-2] in _SHOWN


def _check_glyphs(kit: Kit, languages: list[str]) -> list[Diagnostic]:
    """Located errors for characters of the deck's texts that Fira Sans cannot draw."""
    from msgkit.deck.content import strip_emoji

    wanted = {*languages, kit.campaign.default_language}
    problems = check_glyphs(kit, wanted, WHAT, include=_shows)
    plain: list[tuple[str, KeyPath, str]] = []
    for item in kit.texts():
        if item.lang in wanted and item.keypath[:1] == ("posts",) and item.keypath[-2] == "text":
            plain.append((item.source, item.keypath, strip_emoji(item.text)[0]))
    kit_src = kit.source
    c = kit.campaign
    plain += [
        (kit_src, ("organisations", i, "name"), o.name) for i, o in enumerate(c.organisations)
    ]
    plain += [(kit_src, ("hashtags", i, "tag"), h.tag) for i, h in enumerate(c.hashtags)]
    for key in ("name", "email"):
        value = getattr(c.brand.contact, key)
        if isinstance(value, str):  # a contact name per language is a kit text, checked above
            plain.append((kit_src, ("brand", "contact", key), value))
    for area in kit.areas:
        for i, fact in enumerate(area.content.facts):
            if fact.source:
                plain.append((area.source, ("facts", i, "source", "title"), fact.source.title))
                if fact.source.publisher:
                    plain.append(
                        (area.source, ("facts", i, "source", "publisher"), fact.source.publisher)
                    )
    for source, keypath, text in plain:
        for ch in missing_glyphs(text, _STYLES):  # type: ignore[arg-type]
            problems.append(glyph_error(kit, source, keypath, ch, WHAT))
    return problems


def _fit_error(kit: Kit, lang: str, exc: Any) -> Diagnostic:
    """A located error for a title too long for its placeholder, found by its text."""
    where = None
    for item in kit.texts():
        if item.text == exc.text and item.lang in (lang, kit.campaign.default_language):
            where = kit.locate(item.source, item.keypath)
            break
    shown = exc.text if len(exc.text) <= 60 else exc.text[:59].rstrip() + "…"
    return error(
        f"`{shown}` does not fit the {exc.where} even at the smallest readable size",
        where,
        "shorten it",
    )


def _jsonable(value: Any, root: Path) -> Any:
    """The deck spec as JSON data for the target's fingerprint (paths relative to the kit)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name), root) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v, root) for v in value]
    if isinstance(value, Path):
        return value.relative_to(root).as_posix() if value.is_relative_to(root) else value.name
    return value


def _assets(kit: Kit, spec: Any) -> tuple[Path, ...]:
    """Files the deck reads: template, pictures, the fonts the fitting measures with."""
    from msgkit.deck.content import Picture

    paths = {_template_path(kit)}
    for slide in spec.slides:
        if slide.mark is not None:
            paths.add(slide.mark.path)
        paths.update(s.path for s in slide.slots if isinstance(s, Picture))
    paths.update(font_path(style) for style in _STYLES)  # type: ignore[arg-type]
    return tuple(sorted(paths))


def _count_slides(data: bytes) -> int:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return sum(
            1 for n in package.namelist() if n.startswith("ppt/slides/slide") and n.endswith(".xml")
        )


BUILDER = DeckBuilder()
