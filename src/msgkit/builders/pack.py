"""Partner packs: one deterministic zip per language, and per partner with its languages.

A language pack holds that language's folder as its root (the index page, fact sheets, deck,
post texts and CSVs, images, calendar) plus README.txt, manifest.json (sha256 per file) and
CHANGES.md (what changed since the pack the previous build left). A partner pack holds one
such folder per language of the partner, each with its own README.txt.
"""

from __future__ import annotations

from typing import Any, ClassVar

from msgkit.builders import BaseBuilder, BuildContext, BuildOptions, OutputFile, Target
from msgkit.errors import Diagnostic, error
from msgkit.labels import label
from msgkit.model import Kit
from msgkit.output import check_relpath, deterministic_zip, dump_json, sha256

#: Members the pack writes itself; no language folder file may take their names.
_OWN_MEMBERS = frozenset({"README.txt", "manifest.json", "CHANGES.md"})


def pack_relpath(kit_id: str, key: str) -> str:
    """Where a pack goes: `packs/<kit-id>-<language or partner id>.zip`."""
    return f"packs/{kit_id}-{key}.zip"


class PackBuilder(BaseBuilder):
    """`packs/<kit>-<lang>.zip` and `packs/<kit>-<partner>.zip`."""

    name: ClassVar[str] = "pack"
    version: ClassVar[int] = 1
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
        source = next(iter(kit.documents), "kit.yaml")
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
        from msgkit.pack.changes import (
            CHANGES_NAME,
            MANIFEST_NAME,
            PackState,
            post_texts,
            read_pack,
            render_changes,
        )
        from msgkit.pack.readme import pack_title, render_readme

        kit = ctx.kit
        languages: list[str] = target.inputs["languages"]
        partner: str | None = target.inputs["partner"]
        # A language pack is its language folder; a partner pack has one folder per language.
        folders = {lang: "" if partner is None else f"{lang}/" for lang in languages}
        lang = languages[0]

        members: dict[str, bytes] = {}
        for code, folder in folders.items():
            prefix = f"{code}/"
            inside = []
            for entry in sorted(ctx.upstream, key=lambda e: str(e["path"])):
                path = str(entry["path"])
                if entry.get("lang") != code or not path.startswith(prefix):
                    continue
                name = folder + path[len(prefix) :]
                check_relpath(name, reserved=False)
                if name in _OWN_MEMBERS or name == f"{folder}README.txt":
                    raise ValueError(f"{path} would overwrite the pack's own {name}")
                members[name] = ctx.read_output(path)
                inside.append(path[len(prefix) :])
            readme = render_readme(kit, code, inside, ctx.options.build_time)
            members[f"{folder}README.txt"] = readme.encode("utf-8")
        if partner is not None:
            readme = render_readme(
                kit, lang, list(members), ctx.options.build_time, languages=languages
            )
            members["README.txt"] = readme.encode("utf-8")

        relpath = pack_relpath(kit.id, partner or lang)
        built = ctx.options.build_time.isoformat()
        new = PackState(
            files={name: sha256(data) for name, data in members.items()},
            posts=post_texts(members.get, folders),
            built=built,
        )
        old = read_pack(ctx.read_previous(relpath), folders)
        if old is not None and old.files == new.files and old.changes is not None:
            # Same files as the pack already out there: its history stays as it was.
            members[CHANGES_NAME] = old.changes
        else:
            title = pack_title(kit, lang, languages)
            members[CHANGES_NAME] = render_changes(
                old, new, lang, title, lambda key: _describe(kit, key, len(languages) > 1)
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
        stamp = ctx.options.build_time
        date_time = max(
            (stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second),
            (1980, 1, 1, 0, 0, 0),
        )
        meta: dict[str, Any] = {"languages": languages, "files": len(members)}
        if partner is not None:
            meta["partner"] = partner
        return [
            OutputFile(
                relpath=relpath,
                data=deterministic_zip(members.items(), date_time=date_time),
                kind="pack",
                lang=lang if partner is None else None,
                meta=meta,
            )
        ]


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
