"""Setting a text in a kit file changes that scalar only, whatever the text says."""

from __future__ import annotations

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from msgkit.load import _KitLoader
from msgkit.translate.yamledit import edit_yaml

DOC = """\
# A header comment.
title:
  en: Hello   # an end-of-line comment
  sl: "Živjo"
posts:
  # About the first post.
  - id: a
    text:
      en: >-
        A folded text that goes on for a while, so that it wraps over two lines in
        the file.
      sl: >-
        Zloženo besedilo.

  - id: b
    text: {en: Short, sl: Kratko}
"""

#: Texts as translators type them: any printable characters, no control characters.
texts = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cc", "Cs", "Zl", "Zp"), blacklist_characters="\ufeff"
    ),
    min_size=1,
    max_size=300,
).filter(lambda t: t.strip() == t and t.strip())


def load(text: str) -> object:
    """Read as msgkit reads kit files (YAML 1.2 scalars: `yes` stays a string)."""
    return yaml.load(text, Loader=_KitLoader)  # noqa: S506


KEYS = [
    (("title",), "sl"),
    (("title",), "hr"),
    (("posts", 0, "text"), "sl"),
    (("posts", 0, "text"), "mk"),
    (("posts", 1, "text"), "sl"),
    (("posts", 1, "text"), "hr"),
]


@settings(max_examples=150, deadline=None)
@given(text=texts, which=st.sampled_from(KEYS))
def test_edit_sets_exactly_that_value(text: str, which: tuple[tuple[str | int, ...], str]) -> None:
    keypath, lang = which
    out = edit_yaml(DOC, [(keypath, lang, text)], ["en", "sl", "hr", "mk"])
    before, after = load(DOC), load(out)
    node = after
    for part in keypath:
        node = node[part]
    assert node[lang] == text
    # Put the old value back: the rest of the data is unchanged...
    old = before
    for part in keypath:
        old = old[part]
    if lang in old:
        node[lang] = old[lang]
    else:
        del node[lang]
    assert after == before
    # ...and so is every comment and the text before the edited mapping.
    for line in DOC.splitlines():
        if line.lstrip().startswith("#") or "# an end-of-line comment" in line:
            assert line in out.splitlines()


def test_no_edit_is_byte_identical() -> None:
    assert edit_yaml(DOC, [], ["en", "sl"]) == DOC
