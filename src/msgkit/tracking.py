"""Campaign tracking: UTM parameters on the links of a partner's pack.

Google Analytics' campaign parameters (`utm_source`, `utm_medium`, `utm_campaign`,
`utm_content`; https://support.google.com/analytics/answer/10917952) tell the campaign which
partner's post on which platform brought a visitor. Schedulers such as Hootsuite add them the
same way: to the query of each http(s) link, keeping the link's own parameters and fragment.
Only `http://` and `https://` links are tagged; `mailto:` and bare domains are not links a
reader's analytics can see.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Mapping

from msgkit.model import UTM_FIELDS, Kit
from msgkit.twittertext import extract_urls

#: Placeholders a UTM value may hold (kit.yaml `tracking:`), filled per link.
PLACEHOLDERS = ("{platform}", "{kit}", "{partner}")


def utm_values(kit: Kit, partner: str) -> dict[str, str]:
    """The kit's UTM values for `partner`, `{kit}` and `{partner}` filled, `{platform}` kept:
    `{"utm_source": "{platform}", "utm_medium": "social", …}`; empty when tracking is off."""
    tracking = kit.campaign.tracking
    if not tracking.utm:
        return {}
    return {
        name: getattr(tracking, name).replace("{kit}", kit.id).replace("{partner}", partner)
        for name in UTM_FIELDS
    }


def tag_url(url: str, values: Mapping[str, str], channel: str) -> str:
    """`url` with the UTM `values` in its query (`{platform}` → `channel`, e.g. `bluesky` or
    `factsheet`); an existing `utm_*` parameter of the same name is replaced, others kept in
    order. Anything but an http(s) URL is returned as it is."""
    if not values or not url.lower().startswith(("http://", "https://")):
        return url
    parts = urllib.parse.urlsplit(url)
    # The link's own parameters keep their exact spelling: only ours are added or replaced.
    kept = [p for p in parts.query.split("&") if p and p.split("=", 1)[0] not in values]
    ours = [
        f"{k}={urllib.parse.quote(v.replace('{platform}', channel), safe='')}"
        for k, v in values.items()
    ]
    return urllib.parse.urlunsplit(parts._replace(query="&".join(kept + ours)))


def tag_text(text: str, values: Mapping[str, str], channel: str) -> str:
    """`text` with every http(s) URL in it (found as X finds them) tagged by `tag_url`."""
    if not values or "://" not in text:
        return text
    out: list[str] = []
    pos = 0
    for span in extract_urls(text, bare_domains=False):
        if not span.text.lower().startswith(("http://", "https://")):
            continue
        out += [text[pos : span.start], tag_url(span.text, values, channel)]
        pos = span.end
    out.append(text[pos:])
    return "".join(out)


def untracked(url: str) -> str:
    """`url` without `utm_*` parameters: the form a reader sees (the link keeps them)."""
    if "utm_" not in url:
        return url
    parts = urllib.parse.urlsplit(url)
    kept = [p for p in parts.query.split("&") if p and not p.startswith("utm_")]
    return urllib.parse.urlunsplit(parts._replace(query="&".join(kept)))
