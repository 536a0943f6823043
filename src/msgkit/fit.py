"""Fitting one post to one platform, never silently: every change is recorded with the variant.

In order, until the variant fits the platform's own count:
1. the full text with all its hashtags, then dropping the lowest-priority tag one at a time
   (campaign-wide before area before post-specific), keeping at least the most specific one;
2. the same with the post's `short` text;
3. the text, then the short one, with no hashtags at all (one post beats a thread);
4. on platforms that have threads, a numbered thread (`1/3` …) of the full text (then the short
   one) split at sentence ends (`msgkit.segment`), the hashtags once on the first part (where
   a thread is found and shared from) and the link on the last, dropping tags as in 1;
5. otherwise a failure that says how far over the text is.
A word is never cut and a limit never exceeded: every candidate is measured whole.

Decisions are data (`Note`: a stable code and its values), put into words only where they are
shown, in the language of the output they are shown in (`Note.text(lang)`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from msgkit import detect
from msgkit.hashtags import Registry, attached_tag, canonicalize
from msgkit.labels import label
from msgkit.platforms import (
    PLATFORM_NAMES,
    PlatformRule,
    TagSource,
    bluesky_display_url,
    count_units,
    extract_hashtags,
    extract_urls,
    length,
    measure,
)
from msgkit.segment import clauses, sentences

#: Every decision and warning fitting can record; `Note.text` words each as `note_<code>`.
NoteCode = Literal[
    # A hashtag rewritten to the campaign's spelling: tag (canonical), written (as typed).
    "rewrote_tag",
    # An attached tag of a kind the platform does not get: tag.
    "campaign_tag_not_used",
    "area_tag_not_used",
    "post_tag_not_used",
    # A tag over the platform's hashtag cap: tag, max.
    "tag_over_cap",
    # A tag over Threads' single topic tag: tag.
    "tag_over_topic_cap",
    # The text holds more hashtags than become topics; only the first does: tag.
    "first_tag_only_topic",
    # The link was not put in the text (Instagram).
    "link_left_out",
    # Dropped to fit the length limit: tag.
    "dropped_tag",
    # The post's `short` text was used to fit.
    "used_short",
    # Split into a numbered thread: n (parts).
    "thread",
    # The app shows the link shortened: shown.
    "link_shown_short",
    # A hashtag written in the text is no hashtag by the platform's own rules: tag.
    "tag_not_detected",
    # … and, as the post carries it, msgkit added it at the end: tag.
    "tag_not_detected_appended",
    # Warning: the first sentence runs past the mobile fold: end, fold.
    "fold",
]


class Note:
    """One decision (or warning) as data: a stable code, the platform and the values it names.

    `Note("dropped_tag", platform="x", tag="EndHumanTrafficking")`; tags are written without
    `#`, the platform is its id. `text(lang)` puts the note into words.
    """

    __slots__ = ("code", "values")

    def __init__(self, code: NoteCode, **values: str | int) -> None:
        self.code: NoteCode = code
        self.values: Mapping[str, str | int] = MappingProxyType(dict(sorted(values.items())))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Note):
            return NotImplemented
        return self.code == other.code and dict(self.values) == dict(other.values)

    def __hash__(self) -> int:
        return hash((self.code, tuple(self.values.items())))

    def __repr__(self) -> str:
        values = "".join(f", {k}={v!r}" for k, v in self.values.items())
        return f"Note({self.code!r}{values})"

    def text(self, lang: str) -> str:
        """The note in words, in `lang` (platform names are names, never translated)."""
        values = dict(self.values)
        platform = values.get("platform")
        if isinstance(platform, str):
            values["platform"] = PLATFORM_NAMES.get(platform, platform)
        return label(f"note_{self.code}", lang, **values)

    def to_json(self, lang: str) -> dict[str, object]:
        """`{"code", "values", "text"}`: the stable code and values, and the text in `lang`."""
        return {"code": self.code, "values": dict(self.values), "text": self.text(lang)}


@dataclass(frozen=True)
class Tag:
    """A hashtag attached to a post (without `#`) and where it was attached."""

    tag: str
    source: TagSource


@dataclass(frozen=True)
class Part:
    """One post of a variant: its exact text and its length by the platform's rule."""

    text: str
    length: int


@dataclass(frozen=True)
class Fit:
    """A post fitted to one platform: its parts (several for a thread) and the decisions taken."""

    platform: str
    limit: int
    parts: tuple[Part, ...]
    #: Every hashtag the variant carries, canonical, in order of appearance.
    hashtags: tuple[str, ...]
    #: What msgkit changed and why, e.g. `Note("dropped_tag", platform="x", tag="EUDay")`.
    notes: tuple[Note, ...]
    #: Which of the post's texts was used: its `text` or its `short` variant.
    used: Literal["text", "short"] = "text"
    #: Why the post cannot be fitted (then `parts` is empty).
    problem: str | None = None
    #: How far over the limit the post is without hashtags, when it cannot be fitted.
    over: int = 0
    #: Advice that does not stop the post (the first sentence runs past the mobile fold).
    warnings: tuple[Note, ...] = field(default=())
    #: The link msgkit appended to the text (None when it was already in the text, or left out).
    appended_link: str | None = None
    #: What the author can do when the post cannot be fitted, where it is not the usual
    #: (a shorter text): a link longer than the platform's whole budget.
    hint: str | None = None

    @property
    def ok(self) -> bool:
        return self.problem is None

    @property
    def is_thread(self) -> bool:
        return len(self.parts) > 1


def split_sentences(text: str, lang: str = "en") -> list[tuple[str, str]]:
    """`text` as (sentence, separator-after) pairs at real sentence ends (`msgkit.segment`)."""
    return sentences(text, lang)


def compose(body: str, link: str | None, tags: Sequence[str], rule: PlatformRule) -> str:
    """The post as published: body, link, then the hashtags where the platform wants them."""
    gap = " " if rule.tag_layout == "inline" else "\n\n"
    text = body.strip()
    if link:
        text = f"{text}{gap}{link}" if text else link
    if tags:
        line = " ".join(f"#{t}" for t in tags)
        text = f"{text}{gap}{line}" if text else line
    return text


#: Up to this many sentences, a thread's split is balanced exactly; beyond it, packed greedily.
_BALANCE_MAX_UNITS = 12


def _thread(
    body: str, link: str | None, tags: Sequence[str], rule: PlatformRule, lang: str = "en"
) -> list[str] | None:
    """The body as numbered posts that each fit, or None when a clause alone is too long.

    Parts end at sentence ends; a sentence too long for a part of its own is split at clause
    boundaries (after `, ; :` or a dash; never inside a word, never after an abbreviation or
    ordinal).
    """
    units = _units(split_sentences(body, lang), tags, rule, lang)
    if link:
        if units:
            units[-1] = (units[-1][0], " ")
        units.append((link, ""))
    if len(units) < 2:
        return None
    # The fewest parts: greedy packing is optimal for a given label width ("k/n"), and wider
    # labels never need fewer parts, so raise n until the packing uses exactly n.
    total = 2
    while total <= len(units):
        parts = _greedy(units, total, tags, rule)
        if parts is None:
            return None
        if len(parts) == total:
            if len(units) <= _BALANCE_MAX_UNITS:
                return _balanced(units, total, tags, rule) or parts
            return parts
        total = max(total + 1, len(parts))
    return None


def _units(
    pieces: list[tuple[str, str]], tags: Sequence[str], rule: PlatformRule, lang: str
) -> list[tuple[str, str]]:
    """Sentences, with each one too long for a part alone split into clauses."""

    def alone(piece: tuple[str, str]) -> bool:
        # The widest a part gets: the hashtags of part 1 and a two-digit `k/n` label.
        return measure(_render([piece], 1, 99, tags), rule).fits

    out: list[tuple[str, str]] = []
    for piece in pieces:
        if alone(piece):
            out.append(piece)
            continue
        # A clause too long for a part stays whole: the thread then fails, and says which.
        out.extend(_regap(clauses(piece[0], lang), piece[1]))
    return out


def _regap(pieces: list[tuple[str, str]], gap: str) -> list[tuple[str, str]]:
    """`pieces` of one unit, the last one taking the unit's own separator."""
    return [*pieces[:-1], (pieces[-1][0], gap)] if pieces else []


def _render(chunk: Sequence[tuple[str, str]], k: int, total: int, tags: Sequence[str]) -> str:
    """Part `k` of `total`: its sentences, the hashtags on the first part, then `k/total`."""
    text = "".join(s + sep for s, sep in chunk[:-1]) + chunk[-1][0]
    if k == 1 and tags:
        text = f"{text} {' '.join(f'#{t}' for t in tags)}"
    return f"{text} {k}/{total}"


def _greedy(
    units: list[tuple[str, str]], total: int, tags: Sequence[str], rule: PlatformRule
) -> list[str] | None:
    """Sentences packed first-fit into parts numbered `k/total`; None if one does not fit alone."""
    parts: list[str] = []
    current: list[tuple[str, str]] = []
    for unit in units:
        k = len(parts) + 1
        if current and measure(_render([*current, unit], k, total, tags), rule).fits:
            current.append(unit)
            continue
        if current:
            parts.append(_render(current, k, total, tags))
            k += 1
        if not measure(_render([unit], k, total, tags), rule).fits:
            return None
        current = [unit]
    if current:
        parts.append(_render(current, len(parts) + 1, total, tags))
    return parts


def _balanced(
    units: list[tuple[str, str]], total: int, tags: Sequence[str], rule: PlatformRule
) -> list[str] | None:
    """The split into exactly `total` fitting parts whose longest part is shortest."""
    size = len(units)
    # best[k][i]: (longest part, parts) packing units[:i] into parts 1..k.
    start: dict[int, tuple[int, list[str]]] = {0: (0, [])}
    best: list[dict[int, tuple[int, list[str]]]] = [start] + [{} for _ in range(total)]
    for k in range(1, total + 1):
        for i in range(k, size - (total - k) + 1):
            for j, (longest, parts) in best[k - 1].items():
                if j >= i:
                    continue
                text = _render(units[j:i], k, total, tags)
                m = measure(text, rule)
                if not m.fits:
                    continue
                candidate = (max(longest, m.length), [*parts, text])
                if i not in best[k] or candidate[0] < best[k][i][0]:
                    best[k][i] = candidate
    found = best[total].get(size)
    return found[1] if found else None


def fit_post(
    text: str,
    rule: PlatformRule,
    *,
    short: str | None = None,
    link: str | None = None,
    tags: Sequence[Tag] = (),
    registry: Registry | None = None,
    lang: str = "en",
) -> Fit:
    """Fit one post to the platform of `rule`, recording every decision.

    `lang` is the language the text is written in (its sentence ends and abbreviations).
    """
    registry = registry or Registry.of(())
    platform = rule.id
    notes: list[Note] = []
    body = _canonical(text, registry, platform, notes)
    short_rewrites: list[Note] = []
    short_body = _canonical(short, registry, platform, short_rewrites) if short else None

    chosen = _choose_tags(body, tags, rule, registry, notes)
    if isinstance(chosen, str):
        return Fit(rule.id, rule.budget, (), (), tuple(notes), problem=chosen)
    if link and not rule.link_in_text:
        notes.append(Note("link_left_out", platform=platform))
        link = None
    if link and link in body:
        link = None

    texts: list[tuple[Literal["text", "short"], str]] = [("text", body)]
    if short_body:
        texts.append(("short", short_body))

    def done(kind: Literal["text", "short"], parts: list[str], kept: int, thread: bool) -> Fit:
        extra = [n for n in short_rewrites if n not in notes] if kind == "short" else []
        decisions = [Note("dropped_tag", platform=platform, tag=t) for t in chosen[kept:]]
        if kind == "short":
            decisions.append(Note("used_short", platform=platform))
        if thread:
            decisions.append(Note("thread", platform=platform, n=len(parts)))
        return _finish(rule, parts, notes + extra + decisions, kind, link, lang)

    keep_min = 1 if chosen else 0
    # 1–2: one post, fewer tags, then the short text.
    for kind, candidate in texts:
        for n in range(len(chosen), keep_min - 1, -1):
            single = compose(candidate, link, chosen[:n], rule)
            if measure(single, rule).fits:
                return done(kind, [single], n, False)
    # 3: one post with no hashtags at all: a single post beats a thread.
    if chosen:
        for kind, candidate in texts:
            single = compose(candidate, link, [], rule)
            if measure(single, rule).fits:
                return done(kind, [single], 0, False)
    # 4: a thread, keeping tags as long as possible (they go once, on its first part).
    if rule.threads:
        for kind, candidate in texts:
            for n in range(len(chosen), -1, -1):
                parts = _thread(candidate, link, chosen[:n], rule, lang)
                if parts:
                    return done(kind, parts, n, True)
    return _failure(rule, texts, link, notes, lang)


_NOT_USED: dict[TagSource, NoteCode] = {
    "campaign": "campaign_tag_not_used",
    "area": "area_tag_not_used",
    "post": "post_tag_not_used",
}


def _canonical(text: str, registry: Registry, platform: str, notes: list[Note]) -> str:
    """`text` with registered hashtags in their campaign spelling; a note for each rewrite."""
    body, _ = canonicalize(text, registry)
    # canonicalize rewrites tags in place, one for one, so the tags pair up in order.
    before, after = extract_hashtags(text), extract_hashtags(body)
    if len(before) == len(after):
        for typed, written in zip(before, after, strict=True):
            note = Note("rewrote_tag", platform=platform, tag=written.text, written=typed.text)
            if typed.text != written.text and note not in notes:
                notes.append(note)
    return body


def _choose_tags(
    body: str, tags: Sequence[Tag], rule: PlatformRule, registry: Registry, notes: list[Note]
) -> list[str] | str:
    """Tags to append by priority (post, area, campaign), or why the post cannot carry them."""
    name, platform = rule.name, rule.id
    in_text = [span.text for span in detect.hashtags(body, platform)]
    seen = {t.casefold() for t in in_text}
    # Tags the author wrote (twitter-text, the most generous reading) that this platform's own
    # rules do not make tags, e.g. `(#Tag)` on Bluesky: appended below if the post carries them.
    unseen = [s.text for s in extract_hashtags(body) if s.text.casefold() not in seen]
    attached = {attached_tag(t.tag).casefold() for t in tags if t.source in rule.tags}
    for written in unseen:
        known = registry.entry(written)
        spelled = known.tag.removeprefix("#") if known else written
        code: NoteCode = (
            "tag_not_detected_appended"
            if spelled.casefold() in attached or written.casefold() in attached
            else "tag_not_detected"
        )
        note = Note(code, platform=platform, tag=spelled)
        if note not in notes:
            notes.append(note)
    ordered = sorted(tags, key=lambda t: ("post", "area", "campaign").index(t.source))
    chosen: list[str] = []
    for tag in ordered:
        raw = attached_tag(tag.tag)
        entry = registry.entry(raw)
        canonical = entry.tag.removeprefix("#") if entry else raw
        if canonical != raw:
            note = Note("rewrote_tag", platform=platform, tag=canonical, written=raw)
            if note not in notes:
                notes.append(note)
        if canonical.casefold() in seen:
            continue
        seen.add(canonical.casefold())
        if tag.source not in rule.tags:
            notes.append(Note(_NOT_USED[tag.source], platform=platform, tag=canonical))
            continue
        chosen.append(canonical)
    cap = rule.max_hashtags
    if cap is None:
        return chosen
    room = cap - len(in_text)
    if room < 0 and rule.hashtag_cap_hard:
        return f"its text has {len(in_text)} hashtags; {name} takes at most {cap}"
    room = max(0, room)
    for dropped in chosen[room:]:
        # Threads takes more tags in the text but makes only one a topic; a hard cap is a cap.
        if cap == 1 and not rule.hashtag_cap_hard:
            notes.append(Note("tag_over_topic_cap", platform=platform, tag=dropped))
        else:
            notes.append(Note("tag_over_cap", platform=platform, tag=dropped, max=cap))
    if len(in_text) > cap:
        notes.append(Note("first_tag_only_topic", platform=platform, tag=in_text[0]))
    return chosen[:room]


def _finish(
    rule: PlatformRule,
    texts: list[str],
    notes: list[Note],
    used: Literal["text", "short"],
    link: str | None,
    lang: str,
) -> Fit:
    parts = tuple(Part(t, length(t, rule)) for t in texts)
    hashtags: list[str] = []
    for part in parts:
        for span in detect.hashtags(part.text, rule.id):
            if span.text not in hashtags:
                hashtags.append(span.text)
    warnings: list[Note] = []
    if rule.fold is not None and parts:
        end = _first_sentence_end(parts[0].text, lang)
        if end > rule.fold:
            warnings.append(Note("fold", platform=rule.id, end=end, fold=rule.fold))
    if rule.short_link_display:
        for part in parts:
            for url in extract_urls(part.text):
                shown = bluesky_display_url(url.text)
                if shown != url.text:
                    notes.append(Note("link_shown_short", platform=rule.id, shown=shown))
    return Fit(
        platform=rule.id,
        limit=rule.budget,
        parts=parts,
        hashtags=tuple(hashtags),
        notes=tuple(notes),
        used=used,
        warnings=tuple(warnings),
        appended_link=link,
    )


def _first_sentence_end(text: str, lang: str) -> int:
    pieces = split_sentences(text, lang)
    first = pieces[0][0] if pieces else text
    return count_units(first, "utf16")


def _failure(
    rule: PlatformRule,
    texts: list[tuple[Literal["text", "short"], str]],
    link: str | None,
    notes: list[Note],
    lang: str,
) -> Fit:
    """Why nothing fits: the shortest text with no hashtags; for threads, the longest clause."""
    best = min(
        (measure(compose(t, link, [], rule), rule) for _, t in texts), key=lambda m: m.length
    )
    which = "even its short text" if len(texts) > 1 else "its text"
    hint: str | None = None
    what = "; ".join(best.problems) if best.problems else f"{best.length}/{best.limit}"
    problem = f"{which} is too long for {rule.name} without hashtags: {what}"
    if link and length(link, rule) > rule.budget:
        # No text and no thread can help a link that alone exceeds the budget (Bluesky and
        # Threads count a link in full; X and Mastodon count every link as 23).
        tracked = "utm_" in link
        problem += (
            f"; its link alone is {length(link, rule)}/{rule.budget}"
            + (" with the partner's tracking parameters" if tracked else "")
            + ", and a link cannot be split"
        )
        hint = "give the post a shorter link (a shorter address, or a redirect)" + (
            ", or shorten the kit's `tracking:` values" if tracked else ""
        )
    elif rule.threads:
        # Threads split down to clauses, so only a clause can be too long.
        pieces = [
            c for _, t in texts for s, _ in split_sentences(t, lang) for c, _ in clauses(s, lang)
        ]
        if pieces:
            longest = max(pieces, key=lambda s: length(s, rule))
            problem += (
                f"; a thread cannot help, as one clause alone is "
                f"{length(longest, rule)}/{rule.budget}: “{_clip(longest)}”"
            )
    return Fit(
        rule.id,
        rule.budget,
        (),
        (),
        tuple(notes),
        problem=problem,
        over=max(0, best.length - rule.budget),
        hint=hint,
    )


def _clip(text: str, width: int = 60) -> str:
    if len(text) <= width:
        return text
    cut = text[:width].rsplit(" ", 1)[0]
    return f"{cut} …"
