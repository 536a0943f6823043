"""Set texts in a kit YAML file without reformatting it: only the changed scalars change.

ruamel.yaml's round trip keeps comments, key order, quoting and the wrapping of folded texts;
with an unlimited line width it reproduces the kit's files byte for byte, which `edit_yaml`
checks before it changes anything.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from msgkit.load import KeyPath

#: Lines of a new long text are folded at this column, like the kit's hand-written ones.
WIDTH = 96

#: The indentation styles kits use: (mapping, sequence, offset).
_STYLES = ((2, 4, 2), (2, 2, 0), (4, 4, 2), (4, 6, 4))


class NotRoundTrippable(Exception):
    """The file cannot be re-emitted byte for byte, so editing it would reformat it."""


def _yaml(style: tuple[int, int, int]) -> Any:
    from ruamel.yaml import YAML

    y = YAML()
    y.preserve_quotes = True
    y.width = 10**6
    y.indent(mapping=style[0], sequence=style[1], offset=style[2])
    return y


def _dump(y: Any, data: Any) -> str:
    out = io.StringIO()
    y.dump(data, out)
    return out.getvalue()


def edit_yaml(text: str, edits: Sequence[tuple[KeyPath, str, str]], order: Sequence[str]) -> str:
    """`text` with each `(keypath, lang, new_text)` set: an existing `lang:` value replaced in
    its own style, a new one added in the language order `order`.

    Raises NotRoundTrippable when the file's formatting cannot be kept.
    """
    for style in _STYLES:
        y = _yaml(style)
        data = y.load(text)
        if _dump(y, data) == text:
            break
    else:
        raise NotRoundTrippable("ruamel.yaml does not reproduce this file byte for byte")
    for keypath, lang, new in edits:
        _set(_node(data, keypath), lang, new, order)
    out = _dump(y, data)
    wrong = _misread(out, edits)
    if wrong:
        # ruamel.yaml writes YAML 1.2; a plain or folded text that the kit's loader would read
        # differently (`0?` in a flow mapping, `- x`, `#…`) is written double-quoted instead.
        from ruamel.yaml.scalarstring import DoubleQuotedScalarString

        for keypath, lang, new in wrong:
            _node(data, keypath)[lang] = DoubleQuotedScalarString(new)
        out = _dump(y, data)
        if _misread(out, edits):
            raise NotRoundTrippable("a text cannot be written so that it reads back the same")
    return out


def _node(data: Any, keypath: KeyPath) -> Any:
    for part in keypath:
        data = data[part]
    return data


def _misread(
    text: str, edits: Sequence[tuple[KeyPath, str, str]]
) -> list[tuple[KeyPath, str, str]]:
    """The edits that the kit's own YAML loader does not read back as written."""
    import yaml

    from msgkit.load import _KitLoader

    try:
        data = yaml.load(text, Loader=_KitLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError:
        return list(edits)
    wrong = []
    for keypath, lang, new in edits:
        try:
            value = _node(data, keypath).get(lang)
        except (KeyError, IndexError, TypeError, AttributeError):
            value = None
        if value != new:
            wrong.append((keypath, lang, new))
    return wrong


def _set(mapping: Any, lang: str, new: str, order: Sequence[str]) -> None:
    from ruamel.yaml.comments import CommentedMap

    assert isinstance(mapping, CommentedMap)
    flow = mapping.fa.flow_style()
    if lang in mapping:
        mapping[lang] = _styled(new, mapping[lang], flow)
        return
    keys = list(mapping)
    rank = {code: i for i, code in enumerate(order)}
    pos = len(keys)
    for i, key in enumerate(keys):
        if rank.get(str(key), len(order)) > rank.get(lang, len(order)):
            pos = i
            break
    value = _styled(new, None, flow)
    if pos == len(keys) and keys and not flow:
        # What follows the mapping (a blank line, the next item's comment) hangs on its last
        # key's comment slot: hand it to the new last key so it stays after the mapping.
        _move_trailing(mapping, keys[-1], lang, value)
    mapping.insert(pos, lang, value)


def _is_block(value: Any) -> bool:
    from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString

    return isinstance(value, (FoldedScalarString, LiteralScalarString))


def _move_trailing(mapping: Any, last: Any, lang: str, value: Any) -> None:
    slot = mapping.ca.items.get(last)
    if not slot or len(slot) < 3 or slot[2] is None:
        return
    token = slot[2]
    raw: str = token.value
    keep = ""
    if raw.startswith("#"):
        # An end-of-line comment stays with its line.
        cut = raw.find("\n") + 1 or len(raw)
        keep, raw = raw[:cut], raw[cut:]
        raw = "\n" + raw
    elif _is_block(mapping[last]):
        raw = "\n" + raw
    if not raw.strip("\n ") and raw.count("\n") <= 1:
        return
    if _is_block(value):
        raw = raw[1:]
    from ruamel.yaml.tokens import CommentToken

    if keep:
        token.value = keep
    else:
        slot[2] = None
    mapping.ca.items[lang] = [None, None, CommentToken(raw, token.start_mark), None]


def _styled(new: str, old: Any, flow: bool) -> Any:
    """`new` as a scalar in the style of the value it replaces (or the kit's style if new)."""
    from ruamel.yaml.scalarstring import (
        DoubleQuotedScalarString,
        FoldedScalarString,
        LiteralScalarString,
        SingleQuotedScalarString,
    )

    if "\n" in new and not flow:
        return LiteralScalarString(new)
    if isinstance(old, (DoubleQuotedScalarString, SingleQuotedScalarString)):
        return type(old)(new)
    if flow:
        return new
    long = len(new) > WIDTH - 14
    if isinstance(old, FoldedScalarString) or (old is None and long) or long:
        if new != new.strip() or "  " in new:
            return DoubleQuotedScalarString(new)
        folded = FoldedScalarString(new)
        folded.fold_pos = _fold_positions(new, WIDTH - 8)
        return folded
    return new


def _fold_positions(text: str, width: int) -> list[int]:
    """Spaces at which to break a folded text so no line is longer than `width`."""
    positions = []
    start = 0
    last_space = -1
    for i, ch in enumerate(text):
        if ch == " ":
            if i - start > width and last_space > start:
                positions.append(last_space)
                start = last_space + 1
            last_space = i
    if len(text) - start > width and last_space > start:
        positions.append(last_space)
    return positions
