"""Strict YAML reading: kit files become plain data plus a key-path → file:line:col index."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Hashable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from msgkit.errors import Diagnostic, SourceLocation, code_point, error

#: Kit files are hand-written text; anything larger is a mistake (or an attack), not a campaign.
MAX_FILE_BYTES = 1024 * 1024

#: The project's shared assets folder: a kit may name `assets/…` files that it does not have itself.
PROJECT_ASSETS = Path(__file__).resolve().parents[2] / "assets"

#: Keys whose values are prose written per language (`{en: …, sl: …}`), plus `dos`/`donts`,
#: lists of such mappings. The model's localized fields; here for the comment check below.
TEXT_KEYS = frozenset(
    {
        "title",
        "description",
        "summary",
        "text",
        "short",
        "alt",
        "terms",
        "unit",
        "label",
        "name",
        "dos",
        "donts",
    }
)

#: A key path into a YAML document: mapping keys and list indexes, outermost first.
KeyPath = tuple[str | int, ...]

_STANDARD_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
}


class _AliasRefused(Exception):
    def __init__(self, mark: yaml.Mark | None) -> None:
        self.mark = mark
        super().__init__("alias")


class _KitLoader(yaml.SafeLoader):
    """SafeLoader whose implicit types are only YAML 1.2 core: true/false, numbers, null.

    YAML 1.1's `yes/no/on/off` booleans would turn Norwegian (`no:`) into False, its
    timestamps would turn dates into objects before the model can check them, and its
    base-60 numbers would turn an unquoted `time: 10:00` into the number 600.
    """

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        # Aliases are refused while the document is composed, before anything is expanded:
        # a "billion laughs" file costs nothing, and kit authors never need them.
        if self.check_event(yaml.AliasEvent):
            raise _AliasRefused(self.peek_event().start_mark)  # type: ignore[no-untyped-call]
        return super().compose_node(parent, index)


_REPLACED_TAGS = {
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
}
_KitLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag not in _REPLACED_TAGS]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_KitLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"),
)
# PyYAML's own int and float patterns without their base-60 (`1:30`) alternatives.
_KitLoader.add_implicit_resolver(
    "tag:yaml.org,2002:int",
    re.compile(
        r"""^(?:[-+]?0b[0-1_]+
        |[-+]?0[0-7_]+
        |[-+]?(?:0|[1-9][0-9_]*)
        |[-+]?0x[0-9a-fA-F_]+)$""",
        re.X,
    ),
    list("-+0123456789"),
)
_KitLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(
        r"""^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?
        |\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?
        |[-+]?\.(?:inf|Inf|INF)
        |\.(?:nan|NaN|NAN))$""",
        re.X,
    ),
    list("-+0123456789."),
)


_FastKitLoader: type[Any] | None = None
if getattr(yaml, "__with_libyaml__", False):

    class _CKitLoader(yaml.CSafeLoader):
        """libyaml's parser and composer with `_KitLoader`'s scalar rules."""

    _CKitLoader.yaml_implicit_resolvers = _KitLoader.yaml_implicit_resolvers
    _FastKitLoader = _CKitLoader


@dataclass
class YamlDocument:
    """One parsed kit file: its data and where every key and value stands in the text."""

    path: Path
    display: str
    data: Any
    value_locations: dict[KeyPath, SourceLocation] = field(default_factory=dict)
    key_locations: dict[KeyPath, SourceLocation] = field(default_factory=dict)
    problems: list[Diagnostic] = field(default_factory=list)
    #: Problems found while loading that still leave usable data (a hashtag read as a comment).
    findings: list[Diagnostic] = field(default_factory=list)
    lines: list[str] = field(default_factory=list, repr=False)
    #: Texts as typed, where NFC normalisation changed them (key path → the text as written).
    as_typed: dict[KeyPath, str] = field(default_factory=dict, repr=False)

    def locate(self, keypath: KeyPath, *, key: bool = False) -> SourceLocation:
        """The location of a key path, falling back to its nearest located ancestor."""
        table = self.key_locations if key else self.value_locations
        for n in range(len(keypath), -1, -1):
            prefix = keypath[:n]
            if prefix in table:
                return table[prefix]
            if prefix in self.value_locations:
                return self.value_locations[prefix]
        return SourceLocation(self.display, 1, 1)


class _YamlProblem(Exception):
    def __init__(self, diagnostic: Diagnostic) -> None:
        self.diagnostic = diagnostic
        super().__init__(diagnostic.message)


def read_yaml(path: Path, display: str) -> tuple[YamlDocument | None, list[Diagnostic]]:
    """Parse one kit file strictly; on failure return no document and the located problems."""
    start = SourceLocation(display, 1, 1)
    try:
        size = path.stat().st_size
    except OSError as exc:
        return None, [error(f"cannot read file: {exc.strerror}", start)]
    if size > MAX_FILE_BYTES:
        return None, [
            error(
                f"file is {size:,} bytes; kit files may be at most {MAX_FILE_BYTES:,} bytes",
                start,
                "split the content into several area files, or remove pasted binary data",
            )
        ]
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [
            error(
                f"cannot read file: {exc.strerror}",
                start,
                "check that the file is readable (its permissions) and not a folder",
            )
        ]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [
            error(
                f"file is not UTF-8 (byte 0x{raw[exc.start]:02x} cannot be decoded)",
                SourceLocation(display, line, col),
                "save the file as UTF-8 in your editor (e.g. 'Save with encoding → UTF-8')",
            )
        ]
    text = text.removeprefix("\ufeff")
    if not text.strip() or all(
        not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()
    ):
        return None, [
            error("file is empty", start, "add the content, or delete the file if it is not used")
        ]
    control = _first_control(text)
    if control is not None:
        line, col, ch = control
        return None, [
            error(
                f"the file contains the control character {code_point(ch)}, which YAML does "
                "not allow",
                SourceLocation(display, line, col),
                "delete it (it usually comes from a copy and paste or a broken save); if it "
                'belongs in the text, write it as an escape inside "…", e.g. "\\t"',
            )
        ]
    too_deep = _too_deep(text, display)
    if too_deep is not None:
        return None, [too_deep]
    try:
        node = _compose(text, display)
    except _YamlProblem as problem:
        return None, [problem.diagnostic]
    if node is None:
        return None, [error("file is empty", start, "add the content")]
    doc = YamlDocument(path=path, display=display, data=None, lines=text.splitlines())
    try:
        doc.data = _to_python(node, (), doc)
    except _YamlProblem as problem:
        return None, [problem.diagnostic]
    except RecursionError:
        return None, [_nesting_error(SourceLocation(display, 1, 1))]
    if doc.problems:
        return None, doc.problems
    if not isinstance(doc.data, dict):
        kind = "a list" if isinstance(doc.data, list) else "a single value"
        return None, [
            error(
                f"the file must hold a mapping of `key: value` lines, but it holds {kind}",
                _loc(display, node),
                "start the file with top-level keys such as `id:` and `title:`",
            )
        ]
    return doc, doc.findings


#: Kit files nest a few levels (kit → areas → posts → image → alt → language); far deeper
#: nesting is an accident or an attack on the parser's recursion.
MAX_DEPTH = 40


def _first_control(text: str) -> tuple[int, int, str] | None:
    """(line, col, char) of the first character YAML refuses to read (NUL, ESC, DEL, …)."""
    match = re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]", text)
    if match is None:
        return None
    pos = match.start()
    line = text.count("\n", 0, pos) + 1
    col = pos - (text.rfind("\n", 0, pos) + 1) + 1
    return line, col, match.group()


def _too_deep(text: str, display: str) -> Diagnostic | None:
    """An error at the first `[`/`{` nested deeper than MAX_DEPTH (outside quotes), or None."""
    depth = 0
    quote = ""
    line, col = 1, 0
    for ch in text:
        col += 1
        if ch == "\n":
            line, col = line + 1, 0
            continue
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return _nesting_error(SourceLocation(display, line, col))
        elif ch in "]}":
            depth = max(0, depth - 1)
    return None


def _nesting_error(where: SourceLocation) -> Diagnostic:
    return error(
        f"lists or mappings are nested more than {MAX_DEPTH} levels deep here",
        where,
        "kit files need only a few levels; check for unbalanced `[` or `{`",
    )


def _loc(display: str, node: Node) -> SourceLocation:
    mark = node.start_mark
    return SourceLocation(display, mark.line + 1, mark.column + 1)


def _compose(text: str, display: str) -> Node | None:
    fast = _compose_fast(text)
    if fast is not None:
        return fast
    # The pure-Python loader is slower but locates aliases and syntax errors precisely.
    loader = _KitLoader(text)
    try:
        return loader.get_single_node()
    except _AliasRefused as refused:
        mark = refused.mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise _YamlProblem(
            error(
                "YAML aliases (`*name`) are not allowed in kit files",
                SourceLocation(display, line, col),
                "write the text out in full where it is needed",
            )
        ) from None
    except yaml.MarkedYAMLError as exc:
        raise _YamlProblem(_syntax_diagnostic(exc, text, display)) from None
    except RecursionError:
        raise _YamlProblem(_nesting_error(SourceLocation(display, 1, 1))) from None
    finally:
        loader.dispose()


def _compose_fast(text: str) -> Node | None:
    """Compose with libyaml when it is there (about 15× faster); None when it cannot be trusted.

    libyaml resolves scalars with the same rules (the resolvers are shared) and reports the same
    line and column marks. A document that fails to parse, or that shares a node (an alias:
    libyaml composes `*name` as the anchored node itself), is left to the precise loader.
    """
    if _FastKitLoader is None:
        return None
    loader = _FastKitLoader(text)
    try:
        node: Node | None = loader.get_single_node()
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()
    if node is None or _shares_nodes(node):
        return None
    return node


def _shares_nodes(root: Node) -> bool:
    """Whether any node is reachable twice: the trace an alias leaves in a composed document."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            return True
        seen.add(id(node))
        if isinstance(node, MappingNode):
            for key, value in node.value:
                stack += (key, value)
        elif isinstance(node, SequenceNode):
            stack += node.value
    return False


def _syntax_diagnostic(exc: yaml.MarkedYAMLError, text: str, display: str) -> Diagnostic:
    lines = text.splitlines()
    mark = exc.problem_mark or exc.context_mark
    # Where the parser gives up is often lines after the mistake: an unclosed quote is found at
    # the end of the file, a missing colon on the next line. Point at where the mistake starts.
    context = exc.context or ""
    problem = (exc.problem or "invalid YAML").strip()
    unclosed = "quoted scalar" in context and "found unexpected end" in problem
    if exc.context_mark and (unclosed or "simple key" in context or "flow" in context):
        mark = exc.context_mark
    line = mark.line + 1 if mark else 1
    col = mark.column + 1 if mark else 1
    loc = SourceLocation(display, line, col)
    here = lines[line - 1] if 0 < line <= len(lines) else ""
    indent = here[: len(here) - len(here.lstrip())]
    if "\t" in problem or "\t" in indent:
        return error(
            "tab character used for indentation",
            SourceLocation(display, line, indent.index("\t") + 1 if "\t" in indent else col),
            "YAML indents with spaces only: replace the tab with spaces (2 per level)",
        )
    opened = _unclosed_quote_before(lines, line)
    if opened is not None and not unclosed:
        # A quote left open on an earlier line swallows everything up to the next quote,
        # so the parser fails far below; the mistake is where that quote opens.
        unclosed = True
        line, col = opened
        loc = SourceLocation(display, line, col)
        here = lines[line - 1]
    if unclosed:
        quote = here[col - 1] if 0 < col <= len(here) else '"'
        return error(
            f"YAML syntax error: the text opened with {quote} here is never closed",
            loc,
            f"add the closing {quote} at the end of the text"
            + (" (inside '…' write an apostrophe as '')" if quote == "'" else ""),
        )
    hint = "check the indentation: the keys of one mapping, or the items of one list, must "
    hint += "start in the same column"
    if "mapping values are not allowed" in problem:
        if ": " in here[: col - 1].lstrip():
            hint = 'a value containing `: ` must be quoted, e.g. title: "Week 1: policies"'
    elif "could not find expected ':'" in problem:
        hint = "each line needs `key: value`; check for a missing colon or an unclosed quote"
    elif "flow" in context:
        hint = "close the `{…}` or `[…]` on this line, and separate its items with `, `"
    elif "found unknown escape" in problem:
        hint = "inside \"…\" a backslash starts an escape: write \\\\ or use '…' quotes"
    elif "found '<scalar>'" in problem and any(q in here[: col - 1] for q in "'\""):
        hint = "quoted text ends at its closing quote; inside '…' write an apostrophe as ''"
    return error(f"YAML syntax error: {_plain(problem)}", loc, hint)


#: A `key: "value` or `- 'item` line whose quote does not close on the same line.
_OPEN_QUOTE = re.compile(
    r"""^\s*(?:-\s+)?(?:[^\s"'#][^:#]*:\s+)?(?P<q>["'])"""
)


def _unclosed_quote_before(lines: list[str], line: int) -> tuple[int, int] | None:
    """(line, col) of the first quote opened and not closed on a line before `line`, or None.

    Kit texts are one line each (long ones use `|` blocks), so a quoted value that runs on
    past its line is almost always a forgotten closing quote.
    """
    for number, text in enumerate(lines[: max(0, line - 1)], start=1):
        match = _OPEN_QUOTE.match(text)
        if match is None:
            continue
        quote = match.group("q")
        rest = text[match.end() :]
        if quote == '"':
            closed = re.search(r'(?<!\\)(?:\\\\)*"', rest)
        else:
            closed = re.search("'", rest.replace("''", ""))
        if closed is None:
            return number, match.end()
    return None


#: The parser's phrases, in the words of someone editing a kit file.
_PLAIN_PROBLEMS = (
    ("expected <block end>", "this line is not indented like the lines around it"),
    ("did not find expected key", "this line is not indented like the lines around it"),
    ("did not find expected '-' indicator", "a list item here must start with `- `"),
    ("mapping values are not allowed here", "a `: ` here is not expected"),
    ("could not find expected ':'", "a `key: value` line is missing its colon"),
    ("expected ',' or '}'", "the `{…}` is not closed, or its items are not separated by `, `"),
    ("expected ',' or ']'", "the `[…]` is not closed, or its items are not separated by `, `"),
)


def _plain(problem: str) -> str:
    for phrase, plain in _PLAIN_PROBLEMS:
        if phrase in problem:
            return plain
    return problem


def _to_python(node: Node, keypath: KeyPath, doc: YamlDocument) -> Any:
    display = doc.display
    doc.value_locations[keypath] = _loc(display, node)
    if node.tag not in _STANDARD_TAGS:
        raise _YamlProblem(
            error(
                f"YAML tag `{_written_tag(node.tag)}` is not allowed in kit files",
                _loc(display, node),
                "remove the `!tag`; kit files hold plain text, numbers, lists and mappings",
            )
        )
    if isinstance(node, MappingNode):
        result: dict[Hashable, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise _YamlProblem(
                    error(
                        "YAML merge keys (`<<`) are not allowed in kit files",
                        _loc(display, key_node),
                        "write the keys out in full",
                    )
                )
            key = _to_python(key_node, (*keypath, "<key>"), doc)
            if isinstance(key, (dict, list)):
                raise _YamlProblem(
                    error("a key must be plain text", _loc(display, key_node), "quote the key")
                )
            key = str(key) if not isinstance(key, str) else key
            if key in result:
                first = doc.key_locations[(*keypath, key)]
                doc.problems.append(
                    error(
                        f"duplicate key `{key}` (first defined at line {first.line})",
                        _loc(display, key_node),
                        "remove one of the two, or merge their content",
                    )
                )
                continue
            doc.key_locations[(*keypath, key)] = _loc(display, key_node)
            result[key] = _to_python(value_node, (*keypath, key), doc)
        doc.value_locations.pop((*keypath, "<key>"), None)
        return result
    if isinstance(node, SequenceNode):
        return [_to_python(item, (*keypath, i), doc) for i, item in enumerate(node.value)]
    assert isinstance(node, ScalarNode)
    # Plain (unquoted) prose only: style is None in PyYAML, "" in libyaml. A comment after a
    # URL, a number or an id (`week: 2 #moved`) is a comment.
    if not node.style and _is_prose(keypath):
        _check_hashtag_comment(node, doc)
    constructor = yaml.SafeLoader.yaml_constructors[node.tag]
    value = constructor(_SCALAR_LOADER, node)
    if isinstance(value, str):
        # One text, one form: a tag typed with `e` + combining diaeresis (as macOS input may
        # produce) is the same tag as with `ë`, and compares, counts and renders so.
        normal = unicodedata.normalize("NFC", value)
        if normal != value:
            doc.as_typed[keypath] = value
        return normal
    return value


#: What follows an unquoted value when a hashtag was swallowed as a comment: ` #Word…`.
_HASHTAG_COMMENT = re.compile(r"^(\s*)(#[^\s#].*)$")


def _is_prose(keypath: KeyPath) -> bool:
    parents = [k for k in keypath[:-1] if isinstance(k, str)]
    return bool(parents) and parents[-1] in TEXT_KEYS


def _check_hashtag_comment(node: ScalarNode, doc: YamlDocument) -> None:
    """Warn when an unquoted text is cut short by a `#hashtag` YAML took for a comment."""
    end = node.end_mark
    if end is None or end.line >= len(doc.lines):
        return
    match = _HASHTAG_COMMENT.match(doc.lines[end.line][end.column :])
    if match is None:
        return
    comment = match.group(2).rstrip()
    where = SourceLocation(doc.display, end.line + 1, end.column + len(match.group(1)) + 1)
    whole = f"{node.value} {comment}".strip()
    # An error, not a warning: the text would silently lose its end. A real comment is
    # written with a space after the `#`, which this does not match.
    doc.findings.append(
        error(
            f"the text stops before `{comment}`: in YAML an unquoted ` #` starts a comment, "
            "so the rest of the line is left out",
            where,
            f'put the whole text in quotes: "{whole}" (a comment needs a space after `#`)',
        )
    )


def _written_tag(tag: str) -> str:
    """A resolved tag as the user wrote it: `tag:yaml.org,2002:python/…` → `!!python/…`."""
    return "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml.org") else tag


# A loader instance used only to run SafeLoader's scalar constructors on already-parsed nodes.
_SCALAR_LOADER = _KitLoader("")


def resolve_asset(root: Path, relpath: str) -> tuple[Path | None, tuple[str, str] | None]:
    """Resolve a kit-relative asset path; return it, or why it is unusable (problem, hint).

    The path must stay inside the kit folder (or, for `assets/…`, the project's assets folder),
    also after following symbolic links, and must name an existing file.
    """
    if (
        not relpath
        or Path(relpath).is_absolute()
        or relpath.startswith(("/", "\\"))
        or ":" in relpath[:3]
    ):
        return None, (
            f"`{relpath}` is an absolute path",
            "give the path relative to the kit folder, e.g. `images/week1.png`",
        )
    if ".." in Path(relpath).parts or ".." in relpath.split("\\"):
        return None, (
            f"`{relpath}` leaves the kit folder",
            "copy the file into the kit folder and give its path relative to the kit",
        )
    if "\x00" in relpath:
        return None, (
            "path contains a NUL character",
            "write the file name as it is on disk",
        )
    bases = [root.resolve()]
    if Path(relpath).parts[0] == "assets":
        bases.append(PROJECT_ASSETS.parent.resolve())
    for base in bases:
        try:
            candidate = (base / relpath).resolve(strict=False)
            found = candidate.is_file()
        except RuntimeError:  # Python < 3.13 reports a link loop so
            return None, (
                f"`{relpath}` is a symbolic link that points back to itself",
                "replace the link with the file itself",
            )
        except OSError as exc:
            return None, (
                f"`{relpath}` cannot be read: {exc.strerror or exc}",
                "check the file name (at most 255 characters per part) and its permissions",
            )
        if not candidate.is_relative_to(base):
            return None, (
                f"`{relpath}` resolves outside the kit folder (through a symbolic link)",
                "copy the file into the kit folder instead of linking to it",
            )
        if found:
            return candidate, None
    return None, (
        f"`{relpath}` does not exist",
        "check the file name and that the file is in the kit folder",
    )
