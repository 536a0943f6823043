"""Partner packs: one deterministic zip per language, and per partner with its languages.

A language pack holds that language's folder as its root (the index page, fact sheets, deck,
post texts and CSVs, images, calendar) plus README.txt, manifest.json (sha256 per file) and
CHANGES.md (what changed since the pack the previous build left). A partner pack holds one
such folder per language of the partner, each with its own README.txt.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Any, ClassVar

from msgkit.builders import BaseBuilder, BuildContext, BuildOptions, OutputFile, Target
from msgkit.errors import Diagnostic, error
from msgkit.labels import label
from msgkit.model import Kit
from msgkit.output import check_relpath, deterministic_zip, dump_json, sha256


def pack_relpath(kit_id: str, key: str) -> str:
    """Where a pack goes: `packs/<kit-id>-<language or partner id>.zip`."""
    return f"packs/{kit_id}-{key}.zip"


class PackBuilder(BaseBuilder):
    """`packs/<kit>-<lang>.zip` and `packs/<kit>-<partner>.zip`."""

    name: ClassVar[str] = "pack"
    version: ClassVar[int] = 2
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
        campaign = kit.campaign.model_dump(
            mode="json", exclude={"platforms", "outputs", "hashtags"}
        )
        areas = [{"id": a.id, "week": a.week, "title": a.content.title} for a in kit.areas]
        common = {"campaign": campaign, "areas": areas, "built": options.build_time.isoformat()}
        targets = [
            Target(
                builder=self.name,
                key=lang,
                lang=lang,
                inputs={**common, "languages": [lang], "partner": None},
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
                        inputs={
                            **common,
                            "languages": list(partner.languages),
                            "partner": partner.id,
                        },
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
        members = _language_folders(ctx, folders, partner is not None)
        if partner is not None:
            partner_name = next(p.name for p in kit.campaign.partners if p.id == partner)
            readme = render_readme(
                kit,
                languages[0],
                list(members),
                ctx.options.build_time,
                languages=languages,
                partner=partner_name,
            )
            members["README.txt"] = readme.encode("utf-8")
            # One page to start from: it links each language's own index page.
            members["index.html"] = render_landing(kit, languages).encode("utf-8")
        relpath = pack_relpath(kit.id, partner or languages[0])
        _add_changes_and_manifest(ctx, members, folders, relpath, partner)
        stamp = ctx.options.build_time
        date_time = max(
            (stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second),
            (1980, 1, 1, 0, 0, 0),
        )
        meta: dict[str, Any] = {"languages": languages, "files": len(members)}
        if partner is not None:
            meta["partner"] = partner
        # Every member sits in one folder named like the zip, so unzipping never spills files.
        root = pack_root(relpath)
        return [
            OutputFile(
                relpath=relpath,
                data=deterministic_zip(
                    ((root + name, data) for name, data in members.items()), date_time=date_time
                ),
                kind="pack",
                lang=languages[0] if partner is None else None,
                meta=meta,
            )
        ]


def pack_root(relpath: str) -> str:
    """The folder inside a pack that holds its files: the zip's name without `.zip`, then `/`."""
    return PurePosixPath(relpath).stem + "/"


def _language_folders(
    ctx: BuildContext, folders: dict[str, str], partner: bool
) -> dict[str, bytes]:
    """Every file built for each language, under its folder in the pack, and its README."""
    from msgkit.pack.changes import CHANGES_NAME, MANIFEST_NAME
    from msgkit.pack.readme import render_readme

    members: dict[str, bytes] = {}
    # Members the pack writes itself; no file of a language folder may take their names.
    own = {MANIFEST_NAME, CHANGES_NAME, *(f"{folder}README.txt" for folder in folders.values())}
    if partner:
        own.add("index.html")
    for lang, folder in folders.items():
        prefix = f"{lang}/"
        inside = []
        for entry in sorted(ctx.upstream, key=lambda e: str(e["path"])):
            path = str(entry["path"])
            if entry.get("lang") != lang or not path.startswith(prefix):
                continue
            name = folder + path[len(prefix) :]
            check_relpath(name, reserved=False)
            if name in own:
                raise ValueError(f"{path} would overwrite the pack's own {name}")
            members[name] = ctx.read_output(path)
            inside.append(path[len(prefix) :])
        readme = render_readme(ctx.kit, lang, inside, ctx.options.build_time)
        members[f"{folder}README.txt"] = readme.encode("utf-8")
    return members


def _add_changes_and_manifest(
    ctx: BuildContext,
    members: dict[str, bytes],
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
        files={name: sha256(data) for name, data in members.items()},
        posts=post_texts(members.get, folders),
        built=built,
    )
    old = read_pack(ctx.read_previous(relpath), folders, pack_root(relpath))
    if old is not None and old.files == new.files and old.changes is not None:
        # Same files as the pack already out there: its history stays as it was.
        members[CHANGES_NAME] = old.changes
    else:
        title = pack_title(kit, languages[0], languages)
        members[CHANGES_NAME] = render_changes(
            old,
            new,
            languages[0],
            title,
            lambda key: _describe(kit, key, len(languages) > 1),
        ).encode("utf-8")
    members[MANIFEST_NAME] = dump_json(
        {
            "kit": kit.id,
            "languages": languages,
            "partner": partner,
            "build_time": built,
            "files": [
                {"path": name, "sha256": sha256(data), "size": len(data)}
                for name, data in sorted(members.items())
            ],
        }
    )


def _describe(kit: Kit, key: tuple[str, str, str], with_lang: bool) -> str:
    """`Week 1 · <area title> · post-3`, in the post's language."""
    lang, area_id, post_id = key
    found = [a for a in kit.areas if a.id == area_id]
    area = (
        f"{label('week', lang, n=found[0].week)} · {kit.text(found[0].content.title, lang)}"
        if found
        else area_id
    )
    text = f"{area} · `{post_id}`"
    return f"{lang} · {text}" if with_lang else text


BUILDER = PackBuilder()
