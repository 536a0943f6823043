"""Resolution: the kit in one language exactly as every output shows it, decided once.

Builders render; they do not decide. Between the validated `Kit` and the builders this module
produces, per language, every text an output shows — with the language it is really written in,
whether it is a fallback (the output's language has no translation, so the default language's
text stands in) or stale, its hashtags in their registered spelling — plus the display titles of
posts and the numbered, de-duplicated sources of each area. Every builder reads a `Content` and
nothing else from the kit's texts, so the PDF, the deck, the cards, the calendar, the posts and the
index page cannot disagree about a text (the Sphinx pattern: transforms resolve the document once,
then every builder only translates it).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import zoneinfo
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import regex

from msgkit.labels import label
from msgkit.model import Area, Kit, Post, Source
from msgkit.tracking import tag_text, tag_url, utm_values
from msgkit.typography import typeset

#: How many words of a post's text make its display title when it has no `title:`.
TITLE_WORDS = 6

_TITLE_SKIP = regex.compile(r"(?:https?://|www\.)\S+|[#＃@][\p{L}\p{M}\p{Nd}_]+")
_WORD = regex.compile(r"\S+")


@dataclass(frozen=True)
class Text:
    """One text as an output shows it.

    `lang` is the BCP-47 tag of the language the text is written in: the output's language, or
    the kit's default language when `fallback` is true (no translation yet). `stale` marks a
    translation whose default-language source changed since it was translated.
    """

    text: str
    lang: str
    fallback: bool = False
    stale: bool = False

    def __str__(self) -> str:
        return self.text

    def __bool__(self) -> bool:
        return bool(self.text)


    def to_json(self) -> dict[str, Any]:
        """`{"text", "lang", "fallback", "stale"}`: the form JSON content slices carry."""
        return {
            "text": self.text,
            "lang": self.lang,
            "fallback": self.fallback,
            "stale": self.stale,
        }


@dataclass(frozen=True)
class ResolvedSource:
    """A source as a sheet lists it: one number per distinct source (by URL) in an area."""

    number: int
    title: Text
    url: str
    publisher: str | None
    year: int | None

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "title": self.title.to_json(),
            "url": self.url,
            "publisher": self.publisher,
            "year": self.year,
        }


@dataclass(frozen=True)
class ResolvedFigures:
    """A fact's chart: its unit and labelled values."""

    unit: Text
    series: tuple[tuple[Text, float], ...]


@dataclass(frozen=True)
class ResolvedFact:
    """A fact with the number of its source in the area's source list (None: unsourced)."""

    text: Text
    source: int | None
    figures: ResolvedFigures | None


@dataclass(frozen=True)
class ResolvedAction:
    """A call to action and its link."""

    text: Text
    link: str | None


@dataclass(frozen=True)
class ResolvedMessage:
    """A key message; `card` asks for a share image of it."""

    id: str
    text: Text
    card: bool


@dataclass(frozen=True)
class ResolvedImage:
    """A post's own image (kit-relative path) and its alt text."""

    src: str
    alt: Text


@dataclass(frozen=True)
class ResolvedPost:
    """A post as outputs show it; `id` is for file names and manifests only, `title` for people."""

    id: str
    index: int
    day: int
    time: str
    scheduled_at: dt.datetime
    title: Text
    text: Text
    short: Text | None
    link: str | None
    #: The post's own tags (canonical spelling, without `#`).
    hashtags: tuple[str, ...]
    image: ResolvedImage | None
    platforms: tuple[str, ...] | None


@dataclass(frozen=True)
class ResolvedArea:
    """A thematic area in one language."""

    id: str
    week: int
    starts: dt.date
    ends: dt.date
    #: Display path of the area file (for diagnostics).
    source: str
    title: Text
    summary: Text
    #: The area's own tags (canonical spelling, without `#`).
    hashtags: tuple[str, ...]
    key_messages: tuple[ResolvedMessage, ...]
    facts: tuple[ResolvedFact, ...]
    sources: tuple[ResolvedSource, ...]
    calls_to_action: tuple[ResolvedAction, ...]
    posts: tuple[ResolvedPost, ...]


@dataclass(frozen=True)
class Organisation:
    """An organisation named in outputs, in the language its name is written in."""

    name: Text
    url: str | None


@dataclass(frozen=True)
class ResolvedPartner:
    """The partner an edition is co-branded for, in the edition's language."""

    id: str
    name: Text
    #: The name as share cards show it: the kit's `short_name`, else the name.
    short_name: Text
    url: str | None
    #: Kit-relative path of the partner's mark, if the kit has one it may use.
    logo: str | None
    contact_name: Text | None
    email: str | None
    contact_url: str | None


@dataclass(frozen=True)
class Content:
    """The whole kit in one language, as every output shows it (for everyone, or for one
    partner: in its time zone, with its name and, on a channel, with tracked links)."""

    lang: str
    default_language: str
    #: The language's translation is not reviewed yet.
    draft: bool
    title: Text
    description: Text
    url: str
    brand: str
    organisations: tuple[Organisation, ...]
    contact_name: Text | None
    terms: Text | None
    dos: tuple[Text, ...]
    donts: tuple[Text, ...]
    #: The campaign-wide tags of this language (canonical, without `#`).
    campaign_tags: tuple[str, ...]
    areas: tuple[ResolvedArea, ...]
    #: The IANA zone every time of this content is in (posts' `scheduled_at` already are).
    timezone: str = "UTC"
    #: The partner this content is for; None: the language's own edition.
    partner: ResolvedPartner | None = None
    #: The campaign contact's web page (kit.yaml `brand.contact.url`).
    contact_url: str | None = None

    def area(self, area_id: str) -> ResolvedArea:
        return next(a for a in self.areas if a.id == area_id)

    def post(self, area_id: str, post_id: str) -> ResolvedPost:
        return next(p for p in self.area(area_id).posts if p.id == post_id)



def resolve(
    kit: Kit, lang: str, partner: str | None = None, channel: str | None = None
) -> Content:
    """The kit in `lang` — for `partner` if given — resolved once (cached on the kit).

    For a partner, post times are in its time zone (kit.yaml `partner_schedule`: the kit's clock
    time there, or the same instant) and its name and contact are set. With `channel` (a
    platform, or `calendar`, `factsheet`, `deck`, `index`, `messages`) and tracking on, every
    http(s) link — `url`/`link` values and URLs inside texts — carries the partner's UTM
    parameters (`msgkit.tracking`). A language's own edition never has tracked links.
    """
    key = (lang, partner, channel)
    if key not in kit.resolved:
        if channel is not None:
            base = resolve(kit, lang, partner)
            values = utm_values(kit, partner) if partner is not None else {}
            kit.resolved[key] = _tagged(base, values, channel) if values else base
        else:
            kit.resolved[key] = _Resolver(kit, lang, partner).content()
    found: Content = kit.resolved[key]
    return found


#: Dataclass fields that hold a link (an http(s) URL or a mailto:), tagged on a channel.
_LINK_FIELDS = frozenset({"url", "link", "contact_url"})


def _tagged(value: Any, values: Mapping[str, str], channel: str) -> Any:
    """`value` (a resolved tree) with every link tagged for `channel` (see `resolve`)."""
    if isinstance(value, Text):
        return dataclasses.replace(value, text=tag_text(value.text, values, channel))
    if isinstance(value, tuple):
        return tuple(_tagged(v, values, channel) for v in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if f.name in _LINK_FIELDS and isinstance(item, str):
                changes[f.name] = tag_url(item, values, channel)
            elif isinstance(item, (Text, tuple)) or dataclasses.is_dataclass(item):
                changes[f.name] = _tagged(item, values, channel)
        return dataclasses.replace(value, **changes)
    return value


def untranslated_note(text: Text, lang: str) -> str:
    """The marker an output puts beside a fallback or stale text, in the reader's language `lang`.

    E.g. "not yet translated (English)" on a Greek page; "translation out of date" when stale.
    """
    if text.fallback:
        return label("untranslated", lang, language=language_name(text.lang, lang))
    if text.stale:
        return label("stale", lang)
    return ""


def language_name(tag: str, in_lang: str) -> str:
    """The name of language `tag` as readers of `in_lang` call it (CLDR, through Babel)."""
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(tag, sep="-").get_display_name(Locale.parse(in_lang, sep="-"))
    except (UnknownLocaleError, ValueError):  # a tag CLDR lacks keeps its code: unambiguous
        return tag
    return name or tag


def first_words(text: str, count: int = TITLE_WORDS) -> str:
    """The first `count` words of `text` without links, tags and mentions, `…` if cut."""
    words = _WORD.findall(_TITLE_SKIP.sub(" ", text))
    shown = " ".join(words[:count]).rstrip(",;:–—-")
    return shown + "…" if len(words) > count else shown.rstrip(".")


class _Resolver:
    """Resolves one language; the registry and stale map are read once."""

    def __init__(self, kit: Kit, lang: str, partner: str | None = None) -> None:
        from msgkit.hashtags import Registry, canonicalize

        self.kit = kit
        self.lang = lang
        self.partner = (
            next(p for p in kit.campaign.partners if p.id == partner) if partner else None
        )
        self.timezone = (self.partner and self.partner.timezone) or kit.campaign.timezone
        self.default = kit.campaign.default_language
        registry = Registry.from_kit(kit)
        self._canonical: Callable[[str], str] = lambda s: canonicalize(s, registry)[0]
        self._tag: Callable[[str], str] = lambda tag: _canonical_tag(tag, registry)
        self._stale = _stale_map(kit)

    def text(self, value: Mapping[str, str] | str, source: str, keypath: tuple[Any, ...]) -> Text:
        """A localized value (or a one-for-all-languages string) in this language."""
        if isinstance(value, str):
            return Text(self._shown(value, self.default), self.default)
        if self.lang in value:
            stale = (source, (*keypath, self.lang)) in self._stale
            return Text(self._shown(value[self.lang], self.lang), self.lang, stale=stale)
        fallback = self.default if self.default in value else next(iter(value))
        return Text(self._shown(value[fallback], fallback), fallback, fallback=True)

    def _shown(self, text: str, lang: str) -> str:
        """Canonical hashtags, then the typography of the language the text is written in
        (its quotation marks, curly apostrophes, no-break spaces; links and tags untouched)."""
        return typeset(self._canonical(text), lang)

    def content(self) -> Content:
        kit, c = self.kit, self.kit.campaign
        src = kit.source
        return Content(
            lang=self.lang,
            default_language=self.default,
            draft=kit.is_draft(self.lang),
            title=self.text(c.title, src, ("title",)),
            description=self.text(c.description, src, ("description",)),
            url=c.url,
            brand=c.brand.name,
            organisations=tuple(
                Organisation(Text(o.name, o.lang or self.default), o.url) for o in c.organisations
            ),
            contact_name=(
                self.text(c.brand.contact.name, src, ("brand", "contact", "name"))
                if c.brand.contact.name
                else None
            ),
            terms=self.text(c.brand.terms, src, ("brand", "terms")) if c.brand.terms else None,
            dos=tuple(self.text(d, src, ("dos", i)) for i, d in enumerate(c.dos)),
            donts=tuple(self.text(d, src, ("donts", i)) for i, d in enumerate(c.donts)),
            campaign_tags=tuple(
                dict.fromkeys(self._tag(h.tag) for h in kit.hashtags_for(self.lang) if h.campaign)
            ),
            areas=tuple(self._area(area) for area in kit.areas),
            timezone=self.timezone,
            partner=self._partner(),
            contact_url=c.brand.contact.url,
        )

    def _partner(self) -> ResolvedPartner | None:
        partner = self.partner
        if partner is None:
            return None
        i = self.kit.campaign.partners.index(partner)
        keypath = ("partners", i)
        src = self.kit.source
        contact = partner.contact
        name = self.text(partner.name, src, (*keypath, "name"))
        return ResolvedPartner(
            id=partner.id,
            name=name,
            short_name=(
                self.text(partner.short_name, src, (*keypath, "short_name"))
                if partner.short_name is not None
                else name
            ),
            url=partner.url,
            logo=partner.logo,
            contact_name=(
                self.text(contact.name, src, (*keypath, "contact", "name"))
                if contact is not None and contact.name
                else None
            ),
            email=contact.email if contact is not None else None,
            contact_url=contact.url if contact is not None else None,
        )

    def _scheduled(self, area: Area, post: Post) -> dt.datetime:
        """The post's time in this content's zone: the kit's time there, or its clock time
        (`partner_schedule: same-local-time`, the default)."""
        planned = self.kit.post_time(area, post)
        if self.timezone == self.kit.campaign.timezone:
            return planned
        zone = zoneinfo.ZoneInfo(self.timezone)
        if self.kit.campaign.partner_schedule == "same-instant":
            return planned.astimezone(zone)
        return planned.replace(tzinfo=zone)

    def _area(self, area: Area) -> ResolvedArea:
        a, src = area.content, area.source
        starts = area.starts(self.kit.campaign)
        sources, numbers = self._sources(area)
        facts = []
        for i, fact in enumerate(a.facts):
            figures = None
            if fact.figures is not None:
                base = ("facts", i, "figures")
                figures = ResolvedFigures(
                    unit=self.text(fact.figures.unit, src, (*base, "unit")),
                    series=tuple(
                        (self.text(f.label, src, (*base, "series", j, "label")), f.value)
                        for j, f in enumerate(fact.figures.series)
                    ),
                )
            facts.append(
                ResolvedFact(
                    text=self.text(fact.text, src, ("facts", i, "text")),
                    source=numbers.get(i),
                    figures=figures,
                )
            )
        return ResolvedArea(
            id=a.id,
            week=area.week,
            starts=starts,
            ends=starts + dt.timedelta(days=6),
            source=src,
            title=self.text(a.title, src, ("title",)),
            summary=self.text(a.summary, src, ("summary",)),
            hashtags=tuple(dict.fromkeys(self._tag(t) for t in a.hashtags)),
            key_messages=tuple(
                ResolvedMessage(m.id, self.text(m.text, src, ("key_messages", i, "text")), m.card)
                for i, m in enumerate(a.key_messages)
            ),
            facts=tuple(facts),
            sources=sources,
            calls_to_action=tuple(
                ResolvedAction(self.text(x.text, src, ("calls_to_action", i, "text")), x.link)
                for i, x in enumerate(a.calls_to_action)
            ),
            posts=tuple(self._post(area, i, p) for i, p in enumerate(a.posts)),
        )

    def _sources(self, area: Area) -> tuple[tuple[ResolvedSource, ...], dict[int, int]]:
        """One number per distinct source URL, in order of first citation; fact index → number."""
        by_url: dict[str, ResolvedSource] = {}
        numbers: dict[int, int] = {}
        for i, fact in enumerate(area.content.facts):
            source: Source | None = fact.source
            if source is None:
                continue
            key = source_key(source.url)
            if key not in by_url:
                by_url[key] = ResolvedSource(
                    number=len(by_url) + 1,
                    title=Text(
                        self._shown(source.title, source.lang or self.default),
                        source.lang or self.default,
                    ),
                    url=source.url,
                    publisher=source.publisher,
                    year=source.year,
                )
            numbers[i] = by_url[key].number
        return tuple(by_url.values()), numbers

    def _post(self, area: Area, index: int, post: Post) -> ResolvedPost:
        src = area.source
        base = ("posts", index)
        text = self.text(post.text, src, (*base, "text"))
        # A translated text is never paired with another language's short variant.
        short = None
        if post.short is not None and (self.lang in post.short or self.lang not in post.text):
            short = self.text(post.short, src, (*base, "short"))
        if post.title is not None:
            title = self.text(post.title, src, (*base, "title"))
        else:
            # Made from the text's first words: the text itself carries any untranslated mark.
            words = first_words(text.text) or post.id
            title = Text(f"{label('day', self.lang, n=post.day)}: {words}", text.lang)
        image = None
        if post.image is not None:
            image = ResolvedImage(
                post.image.src, self.text(post.image.alt, src, (*base, "image", "alt"))
            )
        return ResolvedPost(
            id=post.id,
            index=index,
            day=post.day,
            time=post.time,
            scheduled_at=self._scheduled(area, post),
            title=title,
            text=text,
            short=short,
            link=post.link,
            hashtags=tuple(dict.fromkeys(self._tag(t) for t in post.hashtags)),
            image=image,
            platforms=tuple(post.platforms) if post.platforms is not None else None,
        )


def _canonical_tag(tag: str, registry: Any) -> str:
    from msgkit.hashtags import attached_tag

    bare = attached_tag(tag)
    entry = registry.entry(bare)
    return str(entry.tag).removeprefix("#") if entry is not None else bare


def source_key(url: str) -> str:
    """Two citations are one source when their URLs differ only in case of scheme/host or a `/`."""
    scheme, _, rest = url.partition("://")
    host, slash, path = rest.partition("/")
    return f"{scheme.lower()}://{host.lower()}{slash}{path}".rstrip("/")


def _stale_map(kit: Kit) -> set[tuple[str, tuple[Any, ...]]]:
    """(file, key path) of every stale translation, from the kit's translation state (read
    once per kit: every language and partner edition asks)."""
    from msgkit.translate.state import translation_states

    if _STALE not in kit.resolved:
        states = translation_states(kit)
        kit.resolved[_STALE] = {
            (src, tuple(kp)) for (src, kp, lang), state in states.items() if state == "stale"
        }
    found: set[tuple[str, tuple[Any, ...]]] = kit.resolved[_STALE]
    return found


#: `Kit.resolved`'s key of the stale map (the other keys are (lang, partner, channel)).
_STALE = ("stale",)
