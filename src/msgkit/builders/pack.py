"""Partner packs: one deterministic zip per language, and per partner with its languages.

A language pack holds that language's folder as its root (the index page, fact sheets, deck,
post texts and CSVs, images, calendar) plus README.txt, manifest.json (sha256 per file) and
CHANGES.md (what changed since the pack the previous build left). A partner pack holds one
such folder per language of the partner, each with its own README.txt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO, ClassVar

from msgkit.builders import BaseBuilder, BuildContext, BuildOptions, Edition, OutputFile, Target
from msgkit.errors import Diagnostic, error
from msgkit.fonts import shipped_fonts
from msgkit.labels import label
from msgkit.model import Kit
from msgkit.output import MemberData, check_relpath, dump_json, sha256, write_zip, zip_date
from msgkit.tracking import utm_values


def pack_relpath(kit_id: str, key: str) -> str:
    """Where a pack goes: `packs/<kit-id>-<language or partner id>.zip`."""
    return f"packs/{kit_id}-{key}.zip"


class PackBuilder(BaseBuilder):
    """`packs/<kit>-<lang>.zip` and `packs/<kit>-<partner>.zip`."""

    name: ClassVar[str] = "pack"
    #: 5: the title in CHANGES.md's heading is escaped for Markdown.
    #: 6: the README says how to use the scheduling files (BOM, date format, threads).
    #: 7: the README says which time zone the scheduling files and calendar use; partner
    #: packs hold the partner's own editions.
    version: ClassVar[int] = 7
    #: Everything a language folder holds; builders not registered are skipped (`ordered`).
    consumes: ClassVar[tuple[str, ...]] = (
        "calendar",
        "deck",
        "html",
        "images",
        "pdf",
        "posts",
        "sheet",
    )

    def lint(self, kit: Kit) -> list[Diagnostic]:
        """A partner's pack must not take the file name of a language pack or another partner's."""
        source = kit.source
        taken = {lang.lower(): f"the `{lang}` language pack" for lang in kit.campaign.languages}
        problems = []
        for i, partner in enumerate(kit.campaign.partners):
            other = taken.get(partner.id.lower())
            if other is not None:
                problems.append(
                    error(
                        f"partners[{i}]: id `{partner.id}` would give its pack the same file "
                        f"name as {other} ({pack_relpath(kit.id, partner.id)})",
                        kit.locate(source, ("partners", i, "id")),
                        "give the partner an id that is not a language tag or another "
                        "partner's id, e.g. its organisation's short name",
                    )
                )
            taken[partner.id.lower()] = f"partner `{partner.id}`"
        return problems

    def plan(self, kit: Kit, options: BuildOptions) -> list[Target]:
        wanted = options.wants(kit)
        # The README quotes the campaign (title, terms, contact) and CHANGES.md names areas.
        # Partners, their schedule and tracking are each partner pack's own input, below: a
        # partner's edit rebuilds that partner's pack alone.
        campaign = kit.campaign.model_dump(
            mode="json",
            exclude={
                "platforms", "outputs", "hashtags", "partners", "partner_schedule", "tracking"
            },
        )
        areas = [{"id": a.id, "week": a.week, "title": a.content.title} for a in kit.areas]
        common = {"campaign": campaign, "areas": areas, "built": options.build_time.isoformat()}
        fonts = tuple(path for _, path in shipped_fonts())
        targets = [
            Target(
                builder=self.name,
                key=lang,
                lang=lang,
                inputs={**common, "languages": [lang], "partner": None},
                assets=fonts,
            )
            for lang in wanted
        ]
        for partner in kit.campaign.partners:
            # A partner pack is all of its languages or nothing: never a partial pack.
            if all(lang in wanted for lang in partner.languages):
                targets.append(
                    Target(
                        builder=self.name,
                        key=f"partner/{partner.id}",
                        partner=partner.id,
                        inputs={
                            **common,
                            "languages": list(partner.languages),
                            "partner": partner.id,
                            "partner_model": partner.model_dump(mode="json"),
                            "tracking": utm_values(kit, partner.id),
                            "partner_schedule": kit.campaign.partner_schedule,
                        },
                        assets=fonts,
                    )
                )
        return targets

    def build(self, target: Target, ctx: BuildContext) -> list[OutputFile]:
        from msgkit.pack.landing import render_landing
        from msgkit.pack.readme import render_readme

        kit = ctx.kit
        languages: list[str] = target.inputs["languages"]
        partner: str | None = target.inputs["partner"]
        # A language pack is its language folder; a partner pack has one folder per language.
        folders = {lang: "" if partner is None else f"{lang}/" for lang in languages}
        members = _language_folders(ctx, folders, partner)
        # Decks are set in Fira Sans: without it a partner's PC substitutes a wider font.
        for name, path in shipped_fonts():
            members.add(FONTS + name, _read(path))
        if partner is not None:
            readme = render_readme(
                kit,
                languages[0],
                list(members.contents),
                ctx.options.build_time,
                languages=languages,
                partner=partner,
                fonts=FONTS,
            )
            members.add("README.txt", readme.encode("utf-8"))
            # One page to start from: it links each language's own index page.
            members.add("index.html", render_landing(kit, languages).encode("utf-8"))
        relpath = pack_relpath(kit.id, partner or languages[0])
        _add_changes_and_manifest(ctx, members, folders, relpath, partner)
        contents = members.contents
        date_time = zip_date(ctx.options.build_time)
        meta: dict[str, Any] = {"languages": languages, "files": len(contents)}
        if partner is not None:
            meta["partner"] = partner
        # Every member sits in one folder named like the zip, so unzipping never spills files.
        root = pack_root(relpath)

        def write(fh: BinaryIO) -> None:
            # Streamed: members are read from the built files one at a time as they are written.
            write_zip(fh, ((root + name, data) for name, data in contents.items()), date_time)

        return [
            OutputFile(
                relpath=relpath,
                data=write,
                kind="pack",
                lang=languages[0] if partner is None else None,
                meta=meta,
            )
        ]


#: The pack's folder of font files and their licence.
FONTS = "fonts/"


@cache
def _read(path: Path) -> bytes:
    return path.read_bytes()


def pack_root(relpath: str) -> str:
    """The folder inside a pack that holds its files: the zip's name without `.zip`, then `/`."""
    return PurePosixPath(relpath).stem + "/"


@dataclass
class _Members:
    """A pack's members: built files, read only when the zip is written, and its own texts."""

    contents: dict[str, MemberData] = field(default_factory=dict)
    #: Member name → (sha256, size), known without reading built files (their manifest has it).
    digests: dict[str, tuple[str, int]] = field(default_factory=dict)

    def add(self, name: str, data: bytes) -> None:
        self.contents[name] = data
        self.digests[name] = (sha256(data), len(data))

    def add_built(self, name: str, entry: dict[str, Any], read: Callable[[str], bytes]) -> None:
        path = str(entry["path"])
        self.contents[name] = lambda: read(path)
        self.digests[name] = (str(entry["sha256"]), int(entry["size"]))

    def read(self, name: str) -> bytes | None:
        data = self.contents.get(name)
        return data() if callable(data) else data


def _language_folders(
    ctx: BuildContext, folders: dict[str, str], partner: str | None
) -> _Members:
    """Every file built for each language (the partner's edition of it, for a partner's pack),
    under its folder in the pack, and its README."""
    from msgkit.pack.changes import CHANGES_NAME, MANIFEST_NAME
    from msgkit.pack.readme import render_readme

    members = _Members()
    # Members the pack writes itself; no file of a language folder may take their names.
    own = {MANIFEST_NAME, CHANGES_NAME, *(f"{folder}README.txt" for folder in folders.values())}
    if partner:
        own.add("index.html")
    own |= {FONTS + name for name, _ in shipped_fonts()}
    for lang, folder in folders.items():
        prefix = Edition(lang, partner).folder + "/"
        inside = []
        for entry in sorted(ctx.upstream, key=lambda e: str(e["path"])):
            path = str(entry["path"])
            if entry.get("lang") != lang or entry.get("partner") != partner:
                continue
            if not path.startswith(prefix):
                continue
            name = folder + path[len(prefix) :]
            check_relpath(name, reserved=False)
            if name in own:
                raise ValueError(f"{path} would overwrite the pack's own {name}")
            members.add_built(name, entry, ctx.read_output)
            inside.append(path[len(prefix) :])
        fonts = FONTS if not folder else "../" + FONTS
        readme = render_readme(
            ctx.kit, lang, inside, ctx.options.build_time, partner=partner, fonts=fonts
        )
        members.add(f"{folder}README.txt", readme.encode("utf-8"))
    return members


def _add_changes_and_manifest(
    ctx: BuildContext,
    members: _Members,
    folders: dict[str, str],
    relpath: str,
    partner: str | None,
) -> None:
    """CHANGES.md against the pack the previous build left, then manifest.json of it all."""
    from msgkit.pack.changes import (
        CHANGES_NAME,
        MANIFEST_NAME,
        PackState,
        post_texts,
        read_pack,
        render_changes,
    )
    from msgkit.pack.readme import pack_title

    kit = ctx.kit
    languages = list(folders)
    built = ctx.options.build_time.isoformat()
    new = PackState(
        files={name: digest for name, (digest, _) in members.digests.items()},
        posts=post_texts(members.read, folders),
        built=built,
    )
    old = read_pack(ctx.read_previous(relpath), folders, pack_root(relpath))
    if old is not None and old.files == new.files and old.changes is not None:
        # Same files as the pack already out there: its history stays as it was.
        members.add(CHANGES_NAME, old.changes)
    else:
        title = pack_title(kit, languages[0], languages)
        changes = render_changes(
            old,
            new,
            languages[0],
            title,
            lambda key: _describe(kit, key, len(languages) > 1, old.titles if old else {}),
        )
        members.add(CHANGES_NAME, changes.encode("utf-8"))
    manifest = dump_json(
        {
            "kit": kit.id,
            "languages": languages,
            "partner": partner,
            "build_time": built,
            "files": [
                {"path": name, "sha256": digest, "size": size}
                for name, (digest, size) in sorted(members.digests.items())
            ],
        }
    )
    members.add(MANIFEST_NAME, manifest)


def _describe(
    kit: Kit, key: tuple[str, str, str], with_lang: bool, before: dict[tuple[str, str, str], str]
) -> str:
    """`Week 1 · <area title> · <post title>`, in the post's language (resolved; a removed
    post by the title the previous pack showed)."""
    from msgkit.markdown import escape
    from msgkit.resolve import resolve

    lang, area_id, post_id = key
    content = resolve(kit, lang)
    found = [a for a in content.areas if a.id == area_id]
    area = f"{label('week', lang, n=found[0].week)} · {found[0].title.text}" if found else area_id
    posts = [p for p in found[0].posts if p.id == post_id] if found else []
    title = posts[0].title.text if posts else before.get(key, post_id)
    text = escape(f"{area} · {title}", inline=True)
    return f"{lang} · {text}" if with_lang else text


BUILDER = PackBuilder()
