"""Share images: a branded card per post (and key message) in the sizes its platforms want.

One target per (edition, area, post) — and per key message that gets a card — so editing one
post rebuilds only its images. Each target renders every distinct size its platforms need once:
`<lang>/images/<area>-<post>-<W>x<H>.png` (a partner's co-branded cards under
`partners/<id>/<lang>/images/`), with the alt text, size, post and platforms in the
manifest entry (`meta`) for the index page and the packs. What the card says is decided in
`msgkit.images.content`, the sizes in `msgkit.images.sizes`; Pillow is imported only in `build`.
"""

from __future__ import annotations

from typing import Any, ClassVar

from msgkit.builders import BaseBuilder, BuildContext, BuildOptions, Edition, OutputFile, Target
from msgkit.errors import Diagnostic, MsgkitError, error, warning
from msgkit.fonts import Style, font_path, glyph_error, missing_glyphs
from msgkit.images.content import (
    CardContent,
    image_relpath,
    key_message_card,
    post_card,
    wants_key_message_cards,
)
from msgkit.images.contrast import AA_TEXT, contrast_ratio
from msgkit.images.sizes import Size, format_size, parse_size, size_problem, sizes_for
from msgkit.model import Area, Kit, Partner
from msgkit.resolve import resolve

#: What the glyph check names as the output that needs a character.
_WHAT = "the share images"

#: The font styles a card uses (message, kicker and tags, address).
STYLES: tuple[Style, ...] = ("bold", "semibold", "regular")

#: Text colour on background colour, for every pair of brand colours a card (or page) uses for
#: text: (foreground key, background key, where it is used).
TEXT_PAIRS = (
    ("on_primary", "primary", "card messages"),
    ("text", "background", "body text and card footers"),
)


def _platforms(kit: Kit, chosen: list[str] | None) -> list[str]:
    return [p for p in (chosen or kit.campaign.platforms) if p in kit.campaign.platforms]


class ImagesBuilder(BaseBuilder):
    """`<lang>/images/*.png`: share cards per post and key message, one per needed size."""

    name: ClassVar[str] = "images"
    version: ClassVar[int] = 2

    def lint(self, kit: Kit) -> list[Diagnostic]:
        """Unreadable brand colour pairs, unusable sizes, card file names that would collide."""
        problems: list[Diagnostic] = []
        source = kit.source
        colors = kit.campaign.brand.colors
        for fg, bg, used in TEXT_PAIRS:
            ratio = contrast_ratio(getattr(colors, fg), getattr(colors, bg))
            if ratio < AA_TEXT:
                problems.append(
                    warning(
                        f"brand colours `{fg}` {getattr(colors, fg)} on `{bg}` "
                        f"{getattr(colors, bg)} have a contrast of {ratio:.2f}:1, below the "
                        f"{AA_TEXT}:1 that WCAG AA asks for text ({used})",
                        kit.locate(source, ("brand", "colors", fg)),
                        f"darken or lighten `{fg}` or `{bg}` until the ratio is at least "
                        f"{AA_TEXT}:1, so people with low vision can read the text",
                    )
                )
        overrides = kit.campaign.outputs.image_sizes or {}
        for platform, sizes in overrides.items():
            keypath: tuple[str | int, ...] = ("outputs", "image_sizes", platform)
            if platform not in kit.campaign.platforms:
                problems.append(
                    warning(
                        f"outputs.image_sizes.{platform}: the kit does not publish on "
                        f"`{platform}`, so these sizes are never made",
                        kit.locate(source, keypath),
                        f"add `{platform}` under `platforms:` or remove this line",
                    )
                )
            for i, text in enumerate(sizes):
                problem = size_problem(parse_size(text))
                if problem:
                    problems.append(
                        error(
                            f"outputs.image_sizes.{platform}[{i}]: {text} cannot be a share "
                            f"image: {problem}",
                            kit.locate(source, (*keypath, i)),
                            "use a platform's size, e.g. 1200x675 or 1080x1350",
                        )
                    )
        for area in kit.areas:
            posts = {p.id for p in area.content.posts}
            for i in wants_key_message_cards(kit, area):
                km = area.content.key_messages[i]
                if km.id in posts:
                    problems.append(
                        error(
                            f"key_messages[{i}] `{km.id}`: its card would have the same file "
                            f"name as post `{km.id}`'s",
                            kit.locate(area.source, ("key_messages", i, "id")),
                            "give the key message or the post another id",
                        )
                    )
        return problems

    def preflight(self, kit: Kit, options: BuildOptions) -> list[Diagnostic]:
        """Every character the cards draw must be in the font (emoji are dropped, not drawn)."""
        problems: list[Diagnostic] = []
        for lang in options.wants(kit):
            for area in kit.areas:
                texts: list[tuple[tuple[str | int, ...], str]] = [
                    (("title", lang), resolve(kit, lang).area(area.id).title.text)
                ]
                for card, section in self._cards(kit, area, lang):
                    where = card.text_lang or lang  # a fallback is written in its own language
                    texts.append(((section, card.index, card.text_key, where), card.text))
                for keypath, text in texts:
                    for ch in missing_glyphs(text, STYLES):
                        problems.append(glyph_error(kit, area.source, keypath, ch, _WHAT))
            for i, tag in enumerate(kit.campaign.hashtags):
                if tag.campaign and tag.lang in (None, lang):
                    for ch in missing_glyphs(tag.tag, STYLES):
                        problems.append(glyph_error(kit, kit.source, ("hashtags", i), ch, _WHAT))
        for ch in missing_glyphs(kit.campaign.brand.name, STYLES):
            if kit.campaign.brand.logo is None:
                problems.append(glyph_error(kit, kit.source, ("brand", "name"), ch, _WHAT))
        for e in options.editions(kit):
            if e.partner is None:
                continue
            i, partner = _partner(kit, e.partner)
            shown = resolve(kit, e.lang, e.partner).partner
            assert shown is not None
            key = "short_name" if partner.short_name is not None else "name"
            name_at: tuple[str | int, ...] = ("partners", i, key)
            if isinstance(getattr(partner, key), dict):
                name_at = (*name_at, shown.short_name.lang)
            for ch in missing_glyphs(shown.short_name.text, STYLES):
                problems.append(glyph_error(kit, kit.source, name_at, ch, _WHAT))
        if not problems:
            problems += self._misfits(kit, options)
        return list(dict.fromkeys(problems))

    def _misfits(self, kit: Kit, options: BuildOptions) -> list[Diagnostic]:
        """Every card whose text `build` could not fit: laid out exactly as `build` does,
        without drawing (`measure_card`), so `check` refuses what `build` would."""
        from msgkit.images.card import measure_card
        from msgkit.images.textfit import TextDoesNotFit

        brand = kit.campaign.brand
        logo = kit.asset(brand.logo) if brand.logo else None
        problems: list[Diagnostic] = []
        for target in self.plan(kit, options):
            assert target.lang is not None and target.area is not None
            area = kit.area(target.area)
            inputs: dict[str, Any] = target.inputs
            section, index = inputs["section"], inputs["card"]["index"]
            card = (post_card if section == "posts" else key_message_card)(
                kit, area, index, target.lang, target.partner
            )
            photo = kit.asset(card.image) if card.image else None
            mark = kit.asset(card.partner_logo) if card.partner_logo else None
            for size_text, _platforms in inputs["sizes"]:
                size = parse_size(size_text)
                try:
                    measure_card(card, size, brand.colors, logo, photo, mark)
                except TextDoesNotFit as exc:
                    problem = _misfit(kit, area, section, card, target.lang, size, exc)
                    problem = _partner_misfit(kit, target.partner, size, exc) or problem
                    problems.append(problem)
        # A partner's name that overflows overflows on every card of that size: say it once.
        return list(dict.fromkeys(problems))

    def _cards(
        self, kit: Kit, area: Area, lang: str, partner: str | None = None
    ) -> list[tuple[CardContent, str]]:
        cards = [
            (post_card(kit, area, i, lang, partner), "posts")
            for i in range(len(area.content.posts))
        ]
        cards += [
            (key_message_card(kit, area, i, lang, partner), "key_messages")
            for i in wants_key_message_cards(kit, area)
        ]
        return cards

    def plan(self, kit: Kit, options: BuildOptions) -> list[Target]:
        """One target per edition, area and post (or key message with a card)."""
        brand = kit.campaign.brand
        logo = kit.asset(brand.logo) if brand.logo else None
        fonts = tuple(font_path(s) for s in STYLES)
        targets: list[Target] = []
        for edition in options.editions(kit):
            lang, folder = edition.lang, edition.folder
            for area in kit.areas:
                for card, section in self._cards(kit, area, lang, edition.partner):
                    if section == "posts":
                        post = area.content.posts[card.index]
                        platforms = _platforms(kit, list(post.platforms or []))
                        key = f"{folder}/{area.id}/{card.item_id}"
                    else:
                        platforms = _platforms(kit, None)
                        key = f"{folder}/{area.id}/key-message/{card.item_id}"
                    sizes = sizes_for(kit, platforms)
                    if not sizes:
                        continue
                    assets = [*fonts]
                    if logo is not None:
                        assets.append(logo)
                    if card.image is not None:
                        assets.append(kit.asset(card.image))
                    if card.partner_logo is not None:
                        assets.append(kit.asset(card.partner_logo))
                    targets.append(
                        Target(
                            builder=self.name,
                            key=key,
                            lang=lang,
                            partner=edition.partner,
                            area=area.id,
                            inputs={
                                "card": card.to_json(),
                                "section": section,
                                "sizes": [[format_size(s), p] for s, p in sizes],
                                "colors": brand.colors.model_dump(mode="json"),
                                "logo": brand.logo,
                            },
                            assets=tuple(assets),
                        )
                    )
        return targets

    def build(self, target: Target, ctx: BuildContext) -> list[OutputFile]:
        """Render the target's card in each of its sizes."""
        from msgkit.images.card import render_card
        from msgkit.images.textfit import TextDoesNotFit

        kit = ctx.kit
        assert target.lang is not None and target.area is not None
        lang, area, partner = target.lang, kit.area(target.area), target.partner
        inputs: dict[str, Any] = target.inputs
        section, index = inputs["section"], inputs["card"]["index"]
        card = (post_card if section == "posts" else key_message_card)(
            kit, area, index, lang, partner
        )
        brand = kit.campaign.brand
        logo = kit.asset(brand.logo) if brand.logo else None
        photo = kit.asset(card.image) if card.image else None
        mark = kit.asset(card.partner_logo) if card.partner_logo else None
        outputs: list[OutputFile] = []
        problems: list[Diagnostic] = []
        for size_text, platforms in inputs["sizes"]:
            size = parse_size(size_text)
            try:
                rendered = render_card(card, size, brand.colors, logo, photo, mark)
            except TextDoesNotFit as exc:
                problem = _misfit(kit, area, section, card, lang, size, exc)
                problems.append(_partner_misfit(kit, partner, size, exc) or problem)
                continue
            meta: dict[str, Any] = {"alt": card.alt, "width": size[0], "height": size[1]}
            if card.alt_lang and card.alt_lang != lang:
                meta["alt_lang"] = card.alt_lang
            meta["post" if section == "posts" else "key_message"] = card.item_id
            meta["platforms"] = platforms
            outputs.append(
                OutputFile(
                    relpath=image_relpath(
                        Edition(lang, partner).folder, area.id, card.item_id, size
                    ),
                    data=rendered.png,
                    kind="image",
                    lang=lang,
                    partner=partner,
                    area=area.id,
                    meta=meta,
                )
            )
        if problems:
            raise MsgkitError(problems)
        return outputs


def _partner(kit: Kit, partner_id: str) -> tuple[int, Partner]:
    """A partner and its position in kit.yaml's `partners:`."""
    return next((i, p) for i, p in enumerate(kit.campaign.partners) if p.id == partner_id)


def _partner_misfit(
    kit: Kit, partner_id: str | None, size: Size, exc: Exception
) -> Diagnostic | None:
    """The located error for a partner's name that does not fit a card's footer (else None)."""
    if partner_id is None or getattr(exc, "part", "") != "partner":
        return None
    i, _partner_model = _partner(kit, partner_id)
    return error(
        f"partners[{i}] (`{partner_id}`): “Shared by” and the partner's name do not fit the "
        f"{format_size(size)} share image, even on three lines at the smallest readable size "
        f"({getattr(exc, 'min_size', 0)}px)",
        kit.locate(kit.source, ("partners", i, "name")),
        "give the partner a `short_name:` for its cards (its usual short form or acronym)",
    )


def _misfit(
    kit: Kit,
    area: Area,
    section: str,
    card: CardContent,
    lang: str,
    size: Size,
    exc: Exception,
) -> Diagnostic:
    """A located error for text that does not fit a card even at the smallest size."""
    part = getattr(exc, "part", "message")
    smallest = getattr(exc, "min_size", 0)
    shown = format_size(size)
    source = area.source
    if part == "message":
        where = f"{section}[{card.index}] `{card.item_id}`: the {lang} {card.text_key}"
        # A fallback text is written under the default language's key: point there.
        keypath: tuple[str | int, ...] = (
            section,
            card.index,
            card.text_key,
            card.text_lang or lang,
        )
        hint = (
            "shorten it, or give the post a `short:` variant (cards use it)"
            if section == "posts" and card.text_key == "text"
            else "shorten it"
        )
    elif part == "brand":
        source, where, keypath = kit.source, "the brand name", ("brand", "name")
        hint = "shorten it, or give the brand a mark (`brand.logo`), which may stand alone"
    else:
        # The kicker and the tags give way to the message instead of failing; what is left is
        # msgkit's own draft label on a very narrow card.
        source, where, keypath = kit.source, "the draft label", ("languages", lang)
        hint = "use a wider size in `outputs.image_sizes`"
    return error(
        f"{where} does not fit the {shown} share image, even at the smallest readable "
        f"size ({smallest}px)",
        kit.locate(source, keypath),
        hint,
    )


BUILDER = ImagesBuilder()
