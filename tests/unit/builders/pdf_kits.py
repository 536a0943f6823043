"""Small kits for the PDF tests: every script the sheets must print, long text, figures, markup."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

#: Markup a kit text may contain; the sheets must print it as typed.
INJECTION = (
    'Print literally: <img src="/etc/passwd"> & <b>bold</b> <a href="javascript:alert(1)">x</a>'
)

#: Per language: (campaign title, area title, summary, key messages, facts, calls to action).
TEXTS: dict[str, dict[str, Any]] = {
    "en": {
        "title": "No impunity for human trafficking",
        "area": "Policies and cooperation",
        "summary": "Trafficking crosses borders; the answer must cross them too.",
        "messages": [
            "Every victim deserves protection, wherever they were exploited.",
            "Cooperation between police, prosecutors and NGOs ends impunity.",
            INJECTION,
        ],
        "facts": [
            "Most registered victims in the EU are women and girls.",
            "Cross-border cases take longer to prosecute than domestic ones.",
        ],
        "ctas": ["Share the campaign posts on 18 October.", "Invite a prosecutor to speak."],
        "unit": "Registered victims in the EU",
    },
    "sl": {
        "title": "Brez nekaznovanosti za trgovino z ljudmi",
        "area": "Politike in sodelovanje",
        "summary": "Trgovina z ljudmi prečka meje; odziv jih mora tudi.",
        "messages": [
            "Vsaka žrtev si zasluži zaščito, ne glede na to, kje je bila izkoriščana.",
            "Sodelovanje policije, tožilstev in nevladnih organizacij odpravlja nekaznovanost.",
        ],
        "facts": ["Večina registriranih žrtev v EU so ženske in dekleta."],
        "ctas": ["Delite objave kampanje 18. oktobra."],
        "unit": "Registrirane žrtve v EU",
    },
    "sr-Cyrl": {
        "title": "Нема некажњивости за трговину људима",
        "area": "Политике и сарадња",
        "summary": "Трговина људима прелази границе; одговор мора и он.",
        "messages": [
            "Свака жртва заслужује заштиту, где год да је била експлоатисана.",
            "Сарадња полиције, тужилаштава и невладиних организација окончава некажњивост.",
        ],
        "facts": ["Већина регистрованих жртава у ЕУ су жене и девојчице, међу њима и деца."],
        "ctas": ["Поделите објаве кампање 18. октобра."],
        "unit": "Регистроване жртве у ЕУ",
    },
    "sq": {
        "title": "Asnjë mosndëshkim për trafikimin e qenieve njerëzore",
        "area": "Politikat dhe bashkëpunimi",
        "summary": "Trafikimi kalon kufijtë; përgjigjja duhet t'i kalojë gjithashtu.",
        "messages": [
            "Çdo viktimë meriton mbrojtje, kudo që është shfrytëzuar.",
            "Bashkëpunimi ndërmjet policisë, prokurorëve dhe OJQ-ve i jep fund mosndëshkimit.",
        ],
        "facts": ["Shumica e viktimave të regjistruara në BE janë gra dhe vajza."],
        "ctas": ["Shpërndani postimet e fushatës më 18 tetor."],
        "unit": "Viktima të regjistruara në BE",
    },
    "el": {
        "title": "Καμία ατιμωρησία για την εμπορία ανθρώπων",
        "area": "Πολιτικές και συνεργασία",
        "summary": "Η εμπορία ανθρώπων διασχίζει σύνορα· το ίδιο πρέπει και η απάντηση.",
        "messages": [
            "Κάθε θύμα αξίζει προστασία, όπου κι αν έπεσε θύμα εκμετάλλευσης.",
            "Η συνεργασία αστυνομίας, εισαγγελέων και ΜΚΟ τερματίζει την ατιμωρησία.",
        ],
        "facts": ["Τα περισσότερα καταγεγραμμένα θύματα στην ΕΕ είναι γυναίκες και κορίτσια."],
        "ctas": ["Μοιραστείτε τις αναρτήσεις της εκστρατείας στις 18 Οκτωβρίου."],
        "unit": "Καταγεγραμμένα θύματα στην ΕΕ",
    },
    "ro": {
        "title": "Nicio impunitate pentru traficul de persoane",
        "area": "Politici și cooperare",
        "summary": "Traficul trece granițele; răspunsul trebuie să le treacă și el.",
        "messages": [
            "Fiecare victimă merită protecție, oriunde a fost exploatată.",
            "Cooperarea dintre poliție, procurori și ONG-uri pune capăt impunității.",
        ],
        "facts": ["Majoritatea victimelor înregistrate în UE sunt femei și fete."],
        "ctas": ["Distribuiți postările campaniei pe 18 octombrie."],
        "unit": "Victime înregistrate în UE",
    },
}

#: A paragraph long enough that an area with several of them flows onto a second page.
LONG = (
    "Investigations that follow the money, joint teams across borders and specialised "
    "prosecutors make convictions possible; without them, traffickers move their victims "
    "and their profits faster than any single country can follow."
)


def _loc(langs: list[str], pick: Any) -> dict[str, str]:
    return {lang: pick(TEXTS[lang]) for lang in langs}


def write_kit(
    folder: Path,
    langs: list[str],
    *,
    logo: bool = True,
    long: bool = False,
    paper: str = "A4",
    drafts: tuple[str, ...] = (),
    area_overrides: dict[str, Any] | None = None,
) -> Path:
    """Write a one-area kit in `langs` (the first is the default) and return its folder."""
    folder.mkdir(parents=True, exist_ok=True)
    kit: dict[str, Any] = {
        "id": "pdf-test",
        "title": _loc(langs, lambda t: t["title"]),
        "description": _loc(langs, lambda t: t["summary"]),
        "url": "https://example.org/campaign?ref=pdf&lang=all",
        "start": "2021-10-18",
        "timezone": "Europe/Ljubljana",
        "default_language": langs[0],
        "languages": {
            lang: {"status": "draft" if lang in drafts else "approved"} for lang in langs
        },
        "organisations": [
            {"name": "Example Network & Partners", "url": "https://example.org"},
            {"name": "Second Organisation"},
        ],
        "brand": {
            "name": "NoImpunity",
            "colors": {"primary": "#1D3557", "secondary": "#457B9D", "accent": "#E63946"},
            "contact": {"name": "Press office", "email": "press@example.org"},
            "terms": _loc(langs, lambda t: t["summary"]),
        },
        "hashtags": [
            {"tag": "NoImpunityforTHB", "campaign": True},
            {"tag": "EndHumanTrafficking", "campaign": True},
        ],
        "platforms": {"x": {}},
        "areas": [{"id": "policies"}],
        "outputs": {"paper": paper},
    }
    if logo:
        from PIL import Image, ImageDraw

        image = Image.new("RGBA", (120, 120), (0, 0, 0, 0))
        draw = ImageDraw.Draw(image)
        draw.ellipse((8, 8, 112, 112), outline=(29, 53, 87, 255), width=12)
        draw.line((30, 90, 90, 30), fill=(230, 57, 70, 255), width=14)
        image.save(folder / "logo.png")
        kit["brand"]["logo"] = "logo.png"
    n_messages = max(len(TEXTS[lang]["messages"]) for lang in langs)
    area: dict[str, Any] = {
        "id": "policies",
        "title": _loc(langs, lambda t: t["area"]),
        "summary": _loc(langs, lambda t: t["summary"] + (" " + LONG if long else "")),
        "hashtags": ["EUAntiTraffickingDay"],
        "key_messages": [
            {
                "id": f"km-{i}",
                "text": {
                    lang: TEXTS[lang]["messages"][i]
                    for lang in langs
                    if i < len(TEXTS[lang]["messages"])
                },
            }
            for i in range(n_messages)
        ],
        "facts": [
            {
                "id": "fact-1",
                "text": _loc(langs, lambda t: t["facts"][0]),
                "source": {
                    "title": "Data collection on trafficking in human beings in the EU",
                    "url": "https://ec.europa.eu/home-affairs/report_en?x=1&y=2",
                    "publisher": "European Commission",
                    "year": 2020,
                },
                "figures": {
                    "unit": _loc(langs, lambda t: t["unit"]),
                    "series": [
                        {"label": "2017", "value": 13254},
                        {"label": "2018", "value": 14145},
                        {"label": "2019", "value": 12.5},
                    ],
                },
            },
        ],
        "calls_to_action": [
            {
                "id": f"cta-{i}",
                "text": _loc(langs, lambda t, i=i: t["ctas"][min(i, len(t["ctas"]) - 1)]),
                "link": "https://example.org/act" if i == 0 else None,
            }
            for i in range(2)
        ],
        "posts": [
            {"id": "p1", "text": {lang: "Post 😀 " + TEXTS[lang]["title"] for lang in langs}},
        ],
    }
    if "en" in langs and len(TEXTS["en"]["facts"]) > 1:
        area["facts"].append(
            {
                "id": "fact-2",
                "text": {
                    lang: TEXTS["en"]["facts"][1] if lang == "en" else TEXTS[lang]["facts"][0]
                    for lang in langs
                },
                "source": {"title": "Second report", "url": "https://example.org/second"},
                "figures": {
                    "unit": _loc(langs, lambda t: t["unit"]),
                    "series": [
                        {"label": "Sexual exploitation", "value": 51.5},
                        {"label": "Forced labour and other forms of exploitation", "value": 38},
                        {"label": "Other", "value": 10.5},
                    ],
                },
            }
        )
    if long:
        area["key_messages"] += [
            {"id": f"km-long-{i}", "text": dict.fromkeys(langs, LONG)} for i in range(3)
        ]
        area["facts"] += [
            {
                "id": f"fact-long-{i}",
                "text": dict.fromkeys(langs, LONG),
                "source": {"title": f"Long report {i}", "url": f"https://example.org/long/{i}"},
            }
            for i in range(4)
        ]
    for key, value in (area_overrides or {}).items():
        area[key] = value
    (folder / "areas").mkdir(exist_ok=True)
    (folder / "kit.yaml").write_text(
        yaml.safe_dump(kit, allow_unicode=True, sort_keys=False), "utf-8"
    )
    (folder / "areas" / "policies.yaml").write_text(
        yaml.safe_dump(area, allow_unicode=True, sort_keys=False), "utf-8"
    )
    return folder
