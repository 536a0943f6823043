"""Typesetting a text for reading: the language's quotes, curly apostrophes, no-break spaces."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

# Spans that are copied verbatim: a reader (or a platform) must get them byte for byte.
# A URL may hold an apostrophe but never ends on one (or on punctuation), so `'see https://x.org'`
# still gets its closing quote.
_PROTECTED = re.compile(
    r"""
      `[^`\n]*`                                   # inline code
    | (?:https?://|ftp://|www\.)[^\s"<>`“”„«»]*[^\s"'<>`“”„«».,;:!?)]   # URL (ends on no quote)
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                # e-mail address
    | (?<![\w&])[#@][\w\u00b7\u200c\u200d]+       # hashtag or @mention
    """,
    re.VERBOSE,
)
# A straight quote is an opening one after these (or at the start); a closing one otherwise.
_OPENS_AFTER = frozenset(" \t\n\u00a0\u202f([{<-–—/\u2018\u201c\u201e\u201a«‹")
_NBSP = "\u00a0"


@dataclass(frozen=True)
class _Rules:
    """One language's typesetting rules, read from `data/typography.json`."""

    # CLDR quotationStart/End, alternateQuotationStart/End; None for a language CLDR does not know.
    quotes: tuple[str, str, str, str] | None
    number_unit: re.Pattern[str]  # "12 %", "5 km": the space becomes non-breaking
    unit_number: re.Pattern[str]  # "€ 5", "No. 3": the space becomes non-breaking
    before: dict[str, str]  # punctuation → the no-break space before it (French `; ! ?`: narrow)
    after: str  # punctuation that takes a no-break space after it (French «)


@cache
def _data() -> dict[str, object]:
    text = (resources.files("msgkit") / "data" / "typography.json").read_text("utf-8")
    data: dict[str, object] = json.loads(text)
    return data


@cache
def _rules(lang: str) -> _Rules:
    """Rules for a BCP-47 tag (`sr-Cyrl`, `en-GB`), falling back to its language."""
    data = _data()
    quotes = data["quotes"]
    assert isinstance(quotes, dict)
    parts = lang.replace("_", "-").split("-")
    # Most specific first: `sr-Cyrl-RS` → `sr-Cyrl` → `sr`.
    found = next(
        (quotes[t] for t in ("-".join(parts[:n]) for n in range(len(parts), 0, -1)) if t in quotes),
        None,
    )
    units = sorted(data["units"], key=len, reverse=True)  # type: ignore[call-overload]
    before_units = sorted(data["units_before"], key=len, reverse=True)  # type: ignore[call-overload]
    unit_alt = "|".join(re.escape(u) for u in units)
    before_alt = "|".join(re.escape(u) for u in before_units)
    base = parts[0]
    before_map = data["nbsp_before_punctuation"]
    after_map = data["nbsp_after_punctuation"]
    assert isinstance(before_map, dict) and isinstance(after_map, dict)
    return _Rules(
        quotes=None if found is None else (found[0], found[1], found[2], found[3]),
        number_unit=re.compile(rf"(?<=\d) (?=(?:{unit_alt})(?![\w]))"),
        unit_number=re.compile(rf"(?<![\w])(?:{before_alt}) (?=\d)"),
        before=dict(before_map.get(base, {})),
        after=str(after_map.get(base, "")),
    )


def typeset(text: str, lang: str) -> str:
    """`text` typeset for reading in `lang` (a BCP-47 tag): same length, same words, links intact.

    - straight double quotes become the language's quotation marks and straight single quotes its
      alternate ones (CLDR 48 delimiters, `data/typography.json`); an apostrophe inside or at the
      end of a word becomes U+2019;
    - the space between a number and its unit, currency or `%` (and after `€`, `No.`, `§`) becomes a
      no-break space; in French, the space before `; : ! ? »` and after `«` too.
    URLs, e-mail addresses, hashtags, @mentions and `code` are never changed. Every replacement is
    one character for one character, so `len(typeset(t, l)) == len(t)` and applying it twice changes
    nothing more. A language CLDR does not know keeps its quotes; only the spaces are typeset.

    Meant for every text an output shows, post texts included: a copied post keeps its hashtags and
    links byte for byte and its length (platform limits count the same), and the PDF, deck, card
    and post then quote a message with the same marks (one truth per text).
    """
    rules = _rules(lang)
    out: list[str] = []
    pos = 0
    state = _QuoteState()
    for match in _PROTECTED.finditer(text):
        out.append(_typeset_plain(text[pos : match.start()], rules, state, out))
        out.append(match.group())
        pos = match.end()
    out.append(_typeset_plain(text[pos:], rules, state, out))
    return "".join(out)


@dataclass
class _QuoteState:
    """Open single quotes across protected spans (a quoted hashtag stays one quotation)."""

    single_open: int = 0


def _typeset_plain(chunk: str, rules: _Rules, state: _QuoteState, done: list[str]) -> str:
    if not chunk:
        return chunk
    if rules.quotes is not None:
        chunk = _quotes(chunk, rules.quotes, state, done[-1][-1:] if done and done[-1] else "")
    chunk = rules.number_unit.sub(_NBSP, chunk)
    chunk = rules.unit_number.sub(lambda m: m.group()[:-1] + _NBSP, chunk)
    if rules.before:
        marks = re.escape("".join(rules.before))
        chunk = re.sub(rf" (?=[{marks}])", lambda m: rules.before[chunk[m.end()]], chunk)
    if rules.after:
        chunk = re.sub(rf"(?<=[{re.escape(rules.after)}]) ", _NBSP, chunk)
    return chunk


def _quotes(
    chunk: str, quotes: tuple[str, str, str, str], state: _QuoteState, previous: str
) -> str:
    open_q, close_q, open_alt, close_alt = quotes
    chars = list(chunk)
    for i, ch in enumerate(chars):
        if ch not in "\"'":
            continue
        before = chars[i - 1] if i else previous
        after = chars[i + 1] if i + 1 < len(chars) else ""
        opening = before == "" or before in _OPENS_AFTER
        if ch == '"':
            chars[i] = open_q if opening else close_q
        elif before.isalnum() and (after.isalnum() or state.single_open == 0):
            chars[i] = "\u2019"  # an apostrophe: don't, t'i, students'
        elif opening and after and not after.isspace():
            chars[i] = open_alt
            state.single_open += 1
        elif state.single_open:
            chars[i] = close_alt
            state.single_open -= 1
        else:
            chars[i] = "\u2019"  # elision at a word's start ('90s) or a stray mark
    return "".join(chars)


def short_url(url: str, limit: int = 40) -> str:
    """The shown form of a link, at most about `limit` characters: `host/…/last-part`.

    The scheme and `www.` go; a path that does not fit keeps its host and, if it fits, its last
    segment, with `…` for what was left out (query and fragment included). The full URL stays the
    link's target: this is only what a reader sees. Examples:
    `https://www.icmpd.org/` → `icmpd.org`;
    `https://home-affairs.ec.europa.eu/policies/…/together-against-trafficking_en` →
    `home-affairs.ec.europa.eu/…` (at 40); `ec.europa.eu/…/third_progress_report_on_traf…` (56).
    """
    from urllib.parse import urlsplit

    from msgkit.tracking import untracked

    # A partner's tracking parameters are for analytics, not for readers.
    parts = urlsplit(untracked(url))
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return url
    host = parts.netloc.removeprefix("www.")
    path = parts.path.rstrip("/")
    rest = path + (f"?{parts.query}" if parts.query else "") + (
        f"#{parts.fragment}" if parts.fragment else ""
    )
    if len(host) + len(rest) <= limit:
        return host + rest
    last = path.rsplit("/", 1)[-1]
    if last and len(host) + len(last) + 3 <= limit:
        return f"{host}/…/{last}" if path.count("/") > 1 or rest != path else f"{host}/{last}…"
    room = limit - len(host) - 4
    if last and room >= 16:  # the start of the last part says what the link is
        return f"{host}/…/{last[:room]}…"
    return f"{host}/…" if path or rest else host
