"""The kit model: pydantic v2 schemas for `kit.yaml` and area files, and the assembled Kit."""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
import zoneinfo
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
)
from pydantic_core import PydanticCustomError

from msgkit.errors import SourceLocation, code_point
from msgkit.load import TEXT_KEYS, KeyPath, YamlDocument, resolve_asset

# BCP-47 as campaigns use it: language, optional script, optional region (`sr-Cyrl`, `pt-BR`).
_LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$")
_ID_RE = r"^[a-z0-9][a-z0-9-]*$"
_COLOR_RE = r"^#[0-9A-Fa-f]{6}$"
_EMAIL_PART = r"[^\s@?&#%<>\"']+"
_EMAIL_RE = rf"^{_EMAIL_PART}@{_EMAIL_PART}\.{_EMAIL_PART}$"
_TIME_RE = r"^([01][0-9]|2[0-3]):[0-5][0-9]$"

#: The documented limits of kit text (README "Security and reliability"). A text is at most
#: MAX_TEXT characters (a long fact sheet paragraph is ~1,500); a one-line value (a title, a name,
#: a hashtag, a path) at most MAX_LINE. Above them is a located error: every builder's cost is
#: then bounded, whatever a kit holds.
MAX_TEXT = 5_000
MAX_LINE = 300
#: Ids become file and folder names; at most this long, so that the deepest pack member path
#: (kit, partner, language, area and post ids together) stays below Windows' 260 characters.
MAX_ID = 40
#: A chart is readable with at most this many points; values must be finite and within ±MAX_FIGURE.
MAX_POINTS = 24
MAX_FIGURE = 1e15
#: The campaign's first day must lie in these years (dates beyond overflow calendar arithmetic).
YEARS = (1970, 2200)
#: Device names Windows reserves in every folder: a file named so cannot be opened there.
WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"com{i}" for i in range(10)}
    | {f"lpt{i}" for i in range(10)}
)
#: Line breaks besides `\n` that editors and terminals honour: never inside a one-line value.
_LINE_BREAKS = {"\u2028", "\u2029"}


def _problem(kind: str, message: str, hint: str) -> PydanticCustomError:
    """A validation error in the kit's words; validate.py prints message and hint as they are."""
    # Both travel in the context: a template would format braces in the user's own text.
    return PydanticCustomError(f"msgkit_{kind}", "{message}", {"message": message, "hint": hint})


def _check_chars(value: str, *, lines: bool) -> str:
    for i, ch in enumerate(value):
        if ch in "\t\n" and lines:
            continue
        if unicodedata.category(ch) == "Cc" or ch in _LINE_BREAKS:
            where = f" at character {i + 1}" if len(value) > 1 else ""
            if ch in "\n\r" or ch in _LINE_BREAKS:
                raise _problem(
                    "line_break",
                    f"must be one line, but has a line break{where}",
                    "write it on one line (a `|` or `>` block, or a final `\\n`, adds a "
                    "line break)",
                )
            raise _problem(
                "control_character",
                f"contains the invisible control character {code_point(ch)}{where}",
                "delete it (it usually comes from a copy and paste); retype the text around it",
            )
    return value


def _check_text(value: str) -> str:
    return _check_chars(value, lines=True)


def _check_line(value: str) -> str:
    return _check_chars(value, lines=False)


def _check_id(value: str) -> str:
    if value in WINDOWS_RESERVED:
        raise _problem(
            "reserved_id",
            f"`{value}` is a device name Windows reserves: a file named so cannot be opened there",
            f"choose another id, e.g. `{value}-1`",
        )
    return value


Id = Annotated[
    str,
    StringConstraints(pattern=_ID_RE, max_length=MAX_ID),
    AfterValidator(_check_id),
    Field(description="Lower-case letters, digits and hyphens, e.g. `week-1` or `p3`."),
]
#: A text that may have lines (a post, a summary).
NonEmpty = Annotated[
    str,
    StringConstraints(min_length=1, max_length=MAX_TEXT, strip_whitespace=False),
    AfterValidator(_check_text),
]
#: A one-line value: a title, a name, a label, a hashtag, a path.
Line = Annotated[
    str,
    StringConstraints(min_length=1, max_length=MAX_LINE, strip_whitespace=False),
    AfterValidator(_check_line),
]
Color = Annotated[
    str, StringConstraints(pattern=_COLOR_RE), Field(description="A colour as `#RRGGBB`.")
]


def _check_url(value: str) -> str:
    _check_line(value)
    # fullmatch: `$` would also accept a final newline, which would reach calendars raw.
    if not re.fullmatch(r"(https?://[^\s/$.?#][^\s]*|mailto:[^\s@]+@[^\s@]+)", value):
        raise ValueError("must be a full web address starting with https:// (or a mailto: link)")
    return value


Url = Annotated[
    str,
    StringConstraints(max_length=2_000),
    AfterValidator(_check_url),
    Field(description="A full web address, e.g. `https://example.org/page`."),
]


def _check_lang(value: str) -> str:
    _check_line(value)
    if not _LANG_RE.fullmatch(value):
        raise ValueError("must be a BCP-47 language tag such as `en`, `sl`, `sr-Cyrl` or `pt-BR`")
    return value


LangTag = Annotated[str, AfterValidator(_check_lang)]


def _date_text(value: object) -> object:
    # pydantic would read a bare number (`start: 2021`) as Unix time: a 1970 date, silently.
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise ValueError(f"`{value}` is not a date: write it as YYYY-MM-DD, e.g. `2021-10-18`")
    return value


def _check_start(value: dt.date) -> dt.date:
    if not YEARS[0] <= value.year <= YEARS[1]:
        raise _problem(
            "date_range",
            f"`{value.isoformat()}` is not a campaign date",
            f"write a date between {YEARS[0]} and {YEARS[1]}, e.g. `2021-10-18`",
        )
    return value


def _number_as_text(value: object) -> object:
    # A year written as a number (`label: 2022`) is the label "2022", as the author meant.
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return value


def _check_figure(value: float) -> float:
    if not math.isfinite(value) or abs(value) > MAX_FIGURE:
        raise _problem(
            "figure_range",
            f"`{value:g}` is too large to chart",
            f"chart values must be between -{MAX_FIGURE:.0e} and {MAX_FIGURE:.0e}; "
            "change the unit (e.g. millions) to make them smaller",
        )
    if value != 0 and abs(value) < 1e-9:
        raise _problem(
            "figure_range",
            f"`{value:g}` is too small to chart",
            "write 0, or change the unit (e.g. per million) to make the values larger",
        )
    return value


#: Text in several languages, keyed by BCP-47 tag: `{en: "…", sl: "…"}`.
Localized = Annotated[
    dict[LangTag, NonEmpty],
    Field(
        description="The text per language, keyed by BCP-47 tag, e.g. `{en: Hello, sl: Živjo}`.",
        min_length=1,
    ),
]
#: A one-line text per language: a title, a name, a unit, a label.
LocalizedLine = Annotated[
    dict[LangTag, Line],
    Field(
        description="The text per language (one line), keyed by BCP-47 tag, e.g. `{en: Hello}`.",
        min_length=1,
    ),
]

PlatformName = Literal["x", "bluesky", "mastodon", "threads", "linkedin", "facebook", "instagram"]
TagSource = Literal["post", "area", "campaign"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class LanguageSpec(_Model):
    """A language of the campaign and whether its translation has been reviewed."""

    status: Literal["draft", "approved"] = Field(
        "draft", description="`draft` until a native speaker has reviewed every text."
    )
    name: Line | None = Field(None, description="The language's own name, e.g. `Slovenščina`.")


class Organisation(_Model):
    """An organisation behind the campaign, named in footers and document metadata."""

    name: Line
    url: Url | None = None
    lang: LangTag | None = Field(
        None, description="The language the name is written in; default: the default language."
    )


class BrandColors(_Model):
    """The brand palette; text on `primary` and on `background` must stay readable."""

    primary: Color = "#1D3557"
    secondary: Color = "#457B9D"
    accent: Color = "#E63946"
    text: Color = "#1B1B1B"
    background: Color = "#FFFFFF"
    on_primary: Color = Field("#FFFFFF", description="Text colour used on the primary colour.")


class Contact(_Model):
    """Who partners write to."""

    name: Line | LocalizedLine | None = Field(
        None, description="Who answers: one text, or a text per language."
    )
    # No `?`, `&` or `#`: the address goes into mailto: links, which must not pre-fill a mail.
    email: str | None = Field(None, pattern=_EMAIL_RE, max_length=MAX_LINE)
    url: Url | None = None


class Brand(_Model):
    """How every output looks and whom it credits."""

    name: Line
    colors: BrandColors = BrandColors()
    logo: Line | None = Field(None, description="Path to a PNG mark, relative to the kit folder.")
    contact: Contact = Contact()
    terms: Localized | None = Field(None, description="Usage terms / licence line per language.")


class Hashtag(_Model):
    """A registered hashtag in its canonical spelling (without `#`)."""

    tag: Line = Field(
        description="Canonical spelling without `#`, CamelCase: `EndHumanTrafficking`."
    )
    campaign: bool = Field(False, description="Attach to every post as a campaign-wide tag.")
    lang: LangTag | None = Field(None, description="Only for posts in this language.")


class PlatformSpec(_Model):
    """Per-kit settings of one platform; omitted values keep msgkit's built-in rules."""

    limit: int | None = Field(
        None, gt=0, description="Override the length limit (e.g. a Mastodon instance's 1000)."
    )
    tags: list[TagSource] | None = Field(
        None, description="Which hashtags this platform gets, from `post`, `area`, `campaign`."
    )
    max_hashtags: int | None = Field(None, ge=0)


class AreaRef(_Model):
    """One thematic area in campaign order; its content lives in `areas/<id>.yaml`."""

    id: Id
    week: int | None = Field(
        None,
        ge=1,
        le=520,
        description="Campaign week (1 = the start week); default: its position.",
    )


class Partner(_Model):
    """A partner agency that gets its own co-branded pack in its languages and time zone."""

    id: Id
    name: Line | LocalizedLine = Field(
        description="The partner's name: one text, or its name per language."
    )
    short_name: Line | LocalizedLine | None = Field(
        None,
        description="A short form of the name (an acronym, the office without its ministry) "
        "for share cards, where the full name may not fit.",
    )
    languages: list[LangTag] = Field(min_length=1)
    timezone: Line | None = Field(
        None, description="The partner's IANA time zone, e.g. `Europe/Sofia`; default: the kit's."
    )
    logo: Line | None = Field(
        None,
        description="The partner's PNG mark, relative to the kit folder; only with the right "
        "to use it.",
    )
    contact: Contact | None = Field(None, description="Who answers at the partner.")
    url: Url | None = Field(None, description="The partner's website.")


#: `{platform}`, `{kit}` and `{partner}` in a UTM value stand for the post's platform (or the
#: document: `calendar`, `factsheet`, `deck`, `index`), the kit's id and the partner's id.
UTM_FIELDS = ("utm_source", "utm_medium", "utm_campaign", "utm_content")
_UTM_VALUE = r"^(?:[A-Za-z0-9._~-]|\{(?:platform|kit|partner)\})+$"


class Tracking(_Model):
    """Campaign tracking added to every link of a partner's pack (Google Analytics' UTM tags)."""

    utm: bool = Field(False, description="Add UTM parameters to the links of partner packs.")
    utm_source: str = Field("{platform}", pattern=_UTM_VALUE, max_length=100)
    utm_medium: str = Field("social", pattern=_UTM_VALUE, max_length=100)
    utm_campaign: str = Field("{kit}", pattern=_UTM_VALUE, max_length=100)
    utm_content: str = Field("{partner}", pattern=_UTM_VALUE, max_length=100)


class Outputs(_Model):
    """Options for what `msgkit build` produces."""

    paper: Literal["A4", "Letter"] = "A4"
    decks: Literal["per-language", "per-area"] = "per-language"
    deck_template: Line | None = Field(
        None, description="A .pptx/.potx template, relative to the kit."
    )
    image_sizes: (
        dict[PlatformName, list[Annotated[str, StringConstraints(pattern=r"^\d{2,4}x\d{2,4}$")]]]
        | None
    ) = Field(None, description="Share-image sizes per platform, e.g. `{x: [1200x675]}`.")
    key_message_cards: bool = Field(False, description="Also make a share image per key message.")


class KitFile(_Model):
    """`kit.yaml`: the campaign as a whole."""

    id: Id
    title: LocalizedLine
    description: Localized
    url: Url
    url_label: LocalizedLine | None = Field(
        None, description="What `url` is, per language (e.g. `EU anti-trafficking website`)."
    )
    start: Annotated[dt.date, BeforeValidator(_date_text), AfterValidator(_check_start)] = Field(
        description="First day of week 1, as YYYY-MM-DD."
    )
    timezone: Line = Field("UTC", description="IANA time zone, e.g. `Europe/Ljubljana`.")
    default_language: LangTag = "en"
    languages: dict[LangTag, LanguageSpec] = Field(min_length=1)
    organisations: list[Organisation] = Field(default_factory=list)
    brand: Brand
    hashtags: list[Hashtag] = Field(default_factory=list)
    platforms: dict[PlatformName, PlatformSpec | None] = Field(min_length=1)
    areas: list[AreaRef] = Field(min_length=1)
    outputs: Outputs = Outputs()
    partners: list[Partner] = Field(default_factory=list)
    partner_schedule: Literal["same-local-time", "same-instant"] = Field(
        "same-local-time",
        description="A partner in another time zone posts at the kit's clock time in its own "
        "zone (`same-local-time`), or at the same moment as the campaign (`same-instant`).",
    )
    tracking: Tracking = Tracking()
    dos: list[Localized] = Field(default_factory=list, description="Do's for partners.")
    donts: list[Localized] = Field(default_factory=list, description="Don'ts for partners.")


class Source(_Model):
    """Where a fact comes from."""

    title: Line
    url: Url
    publisher: Line | None = None
    year: int | None = None
    lang: LangTag | None = Field(
        None, description="The language of the title; default: the kit's default language."
    )


class Figure(_Model):
    """One data point of a fact's series."""

    label: Annotated[Line | LocalizedLine, BeforeValidator(_number_as_text)] = Field(
        description="The point's label: one text (`2019`) or a text per language."
    )
    value: Annotated[float, AfterValidator(_check_figure)] = Field(allow_inf_nan=False)


class Figures(_Model):
    """Numbers behind a fact, drawn as a chart in the fact sheet."""

    unit: LocalizedLine
    series: list[Figure] = Field(min_length=2, max_length=MAX_POINTS)


class KeyMessage(_Model):
    """A message the whole campaign repeats."""

    id: Id
    text: Localized
    card: bool = Field(False, description="Make a share image of this message.")


class Fact(_Model):
    """A statement of fact; it needs a source."""

    id: Id
    text: Localized
    source: Source | None = None
    figures: Figures | None = None


class CallToAction(_Model):
    """What the audience should do."""

    id: Id
    text: Localized
    link: Url | None = None


class PostImage(_Model):
    """An image that goes with a post; alt text is required for every language."""

    src: Line = Field(description="Path relative to the kit folder.")
    alt: Localized


class Post(_Model):
    """A social media post, written once per language."""

    id: Id
    day: int = Field(1, ge=1, le=7, description="Day within the area's week (1 = first day).")
    time: Annotated[str, StringConstraints(pattern=_TIME_RE)] = "10:00"
    title: Localized | None = Field(
        None,
        description="What people see as the post's name (index page, calendar, deck notes); "
        "default: its day and first words.",
    )
    text: Localized
    short: Localized | None = Field(None, description="A shorter variant for tight platforms.")
    link: Url | None = None
    hashtags: list[Line] = Field(default_factory=list, description="Post-specific tags.")
    image: PostImage | None = None
    platforms: list[PlatformName] | None = Field(None, description="Only these platforms.")


class AreaFile(_Model):
    """`areas/<id>.yaml`: one thematic area."""

    id: Id
    title: LocalizedLine
    summary: Localized
    hashtags: list[Line] = Field(default_factory=list, description="Area-wide tags.")
    key_messages: list[KeyMessage] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    calls_to_action: list[CallToAction] = Field(default_factory=list)
    posts: list[Post] = Field(default_factory=list)


#: Keys whose values are `{lang: text}` mappings (plus the items of `dos` / `donts`).
LOCALIZED_KEYS = TEXT_KEYS


@dataclass(frozen=True)
class KitText:
    """One text of the kit in one language, and where it was written."""

    source: str
    keypath: KeyPath
    lang: str
    text: str


def _all_text(value: dict[str, Any]) -> bool:
    return bool(value) and all(isinstance(v, str) for v in value.values())


def _walk_texts(source: str, data: Any, keypath: KeyPath) -> Iterator[KitText]:
    if isinstance(data, list):
        for i, item in enumerate(data):
            if keypath and keypath[-1] in ("dos", "donts") and isinstance(item, dict):
                for lang, text in item.items():
                    yield KitText(source, (*keypath, i, lang), lang, text)
            else:
                yield from _walk_texts(source, item, (*keypath, i))
    elif isinstance(data, dict):
        for key, value in data.items():
            path = (*keypath, key)
            if key in LOCALIZED_KEYS and isinstance(value, dict):
                for lang, text in value.items():
                    if isinstance(text, str):
                        yield KitText(source, (*path, lang), lang, text)
            elif key != "languages":
                yield from _walk_texts(source, value, path)


@dataclass(frozen=True)
class Area:
    """An area file placed in the campaign: its content, week and source file."""

    content: AreaFile
    week: int
    source: str  # display path of the area file

    @property
    def id(self) -> str:
        return self.content.id

    def starts(self, campaign: KitFile) -> dt.date:
        """The first day of this area's week."""
        return campaign.start + dt.timedelta(weeks=self.week - 1)


@dataclass
class Kit:
    """A validated kit: the campaign, its areas in order, and where every value came from."""

    root: Path
    campaign: KitFile
    areas: list[Area]
    documents: dict[str, YamlDocument] = field(default_factory=dict, repr=False)
    #: The display path of kit.yaml, as diagnostics print it (and `locate` takes it).
    source: str = "kit.yaml"
    #: `texts()` computed once: the model is frozen, so the list never goes stale.
    _texts: list[KitText] | None = field(default=None, repr=False, compare=False)
    #: `msgkit.resolve.resolve` results by language, computed once (the model is frozen).
    resolved: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)
    #: During a build, each asset's bytes as read once (`snapshot_assets`): every builder
    #: renders from this copy, so an asset edited mid-build cannot reach some outputs only.
    snapshot: dict[str, Path] = field(default_factory=dict, repr=False, compare=False)

    def __getstate__(self) -> dict[str, Any]:
        """What a worker process gets: the kit without this process's caches (`resolved`,
        `_texts`), which it fills again for the editions it builds. Every edition's resolved
        tree, sent to every worker, made each worker's memory grow with the partners."""
        return {**self.__dict__, "_texts": None, "resolved": {}}

    @property
    def id(self) -> str:
        return self.campaign.id

    @property
    def languages(self) -> list[str]:
        """Languages in kit order, the default first."""
        default = self.campaign.default_language
        return [default] + [lang for lang in self.campaign.languages if lang != default]

    def is_draft(self, lang: str) -> bool:
        spec = self.campaign.languages.get(lang)
        return spec is None or spec.status == "draft"

    def text(self, value: dict[str, str] | str | None, lang: str) -> str:
        """A localized value in `lang`, falling back to the default language.

        A plain string (a field that may be given once for all languages) is returned as it is.
        """
        if not value:
            return ""
        if isinstance(value, str):
            return value
        if lang in value:
            return value[lang]
        return value.get(self.campaign.default_language, next(iter(value.values())))

    def post_time(self, area: Area, post: Post) -> dt.datetime:
        """When a post is scheduled: its area's week, its day and time, in the campaign's zone."""
        day = area.starts(self.campaign) + dt.timedelta(days=post.day - 1)
        hour, minute = (int(p) for p in post.time.split(":"))
        zone = zoneinfo.ZoneInfo(self.campaign.timezone)
        return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)

    def hashtags_for(self, lang: str) -> list[Hashtag]:
        """Registered hashtags usable in `lang`: language-neutral ones and that language's own."""
        return [h for h in self.campaign.hashtags if h.lang in (None, lang)]

    def in_language(self, data: Any, lang: str) -> Any:
        """A `model_dump` with every `{lang: text}` replaced by its text in `lang` (or fallback).

        Used for fingerprints: a target that shows one language then changes only when that
        language's text does, and its inputs stay small however many languages the kit has.
        """
        if isinstance(data, list):
            return [self.in_language(item, lang) for item in data]
        if not isinstance(data, dict):
            return data
        out: dict[str, Any] = {}
        for key, value in data.items():
            if key in ("dos", "donts") and isinstance(value, list):
                out[key] = [self._one(v, lang) if isinstance(v, dict) else v for v in value]
            elif key in LOCALIZED_KEYS and isinstance(value, dict) and _all_text(value):
                out[key] = self._one(value, lang)
            elif key != "languages":
                out[key] = self.in_language(value, lang)
            else:
                out[key] = value
        return out

    def _one(self, value: dict[str, str], lang: str) -> str | dict[str, str]:
        # A fallback is marked as one: outputs flag untranslated text, so adding a translation
        # must change the fingerprint even if it reads like the default language's text.
        return value[lang] if lang in value else {"fallback": self.text(value, lang)}

    def texts(self) -> list[KitText]:
        """Every localized text of the kit with its file and key path, in file order."""
        if self._texts is None:
            found = list(_walk_texts(self.source, self.campaign.model_dump(mode="json"), ()))
            for area in self.areas:
                found += _walk_texts(area.source, area.content.model_dump(mode="json"), ())
            self._texts = found
        return self._texts

    def asset_refs(self) -> list[str]:
        """Every kit-relative asset path the kit names: logo, deck template, post images."""
        refs = [self.campaign.brand.logo, self.campaign.outputs.deck_template]
        refs += [p.logo for p in self.campaign.partners]
        refs += [p.image.src for a in self.areas for p in a.content.posts if p.image is not None]
        return sorted({r for r in refs if r})

    def area(self, area_id: str) -> Area:
        return next(a for a in self.areas if a.id == area_id)

    def locate(self, source: str, keypath: KeyPath) -> SourceLocation:
        """file:line:col of a value, given its file's display path and key path."""
        doc = self.documents.get(source)
        if doc is None:
            return SourceLocation(source)
        return doc.locate(keypath)

    def asset(self, relpath: str) -> Path:
        """The absolute path of a kit asset that validation has already checked.

        During a build this is the build's snapshot of the file (same name, same bytes as when
        the build read it), never the kit's live file.
        """
        if relpath in self.snapshot:
            return self.snapshot[relpath]
        path, problem = resolve_asset(self.root, relpath)
        if path is None:
            raise ValueError(f"{relpath}: {problem}")
        return path
