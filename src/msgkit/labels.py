"""Interface words msgkit prints around the kit's own text (headings, captions), per language."""

from __future__ import annotations

_EN = {
    "overview": "Campaign overview",
    "areas": "Thematic areas",
    "key_messages": "Key messages",
    "facts": "Facts",
    "sources": "Sources",
    "calls_to_action": "Calls to action",
    "posts": "Posts",
    "sample_posts": "Sample posts",
    "hashtags": "Hashtags",
    "schedule": "Schedule",
    "week": "Week {n}",
    "day": "Day {n}",
    "draft": "Draft translation – not yet reviewed",
    "contact": "Contact",
    "page": "Page {n} of {total}",
    "built": "Built {date}",
    "campaign_url": "Campaign website",
    "scan": "Scan to visit the campaign",
    "copy": "Copy",
    "copied": "Copied",
    "length": "{length} of {limit}",
    "image": "Image",
    "alt_text": "Alt text",
    "download": "Download",
    "fact_sheets": "Fact sheets",
    "deck": "Slide deck",
    "dos": "Do",
    "donts": "Don't",
    "usage_terms": "Usage terms",
    "organisations": "Organisations",
    "thread": "Thread",
    "calendar": "Posting calendar",
    "contents": "Contents",
    "deck_cont": "{title} (cont.)",
    "deck_closing": "Join the campaign",
    "deck_mark_alt": "Campaign mark of {name}",
    "deck_source": "Source",
    "deck_talking_points": "Talking points",
    "deck_emoji_note": (
        "The slide leaves out the post's emoji; "
        "copy the post from the posts folder to publish it as written."
    ),
    "fact_sheet": "Fact sheet",
    "week_of": "Week {n} of {total}",
    "card_alt": "Campaign card",
    "post": "Post",
    "platforms": "Platforms",
    "link": "Link",
    "skip": "Skip to content",
    "downloads": "Downloads",
    "guidance": "Do's and don'ts",
    "show_platform": "Show posts for",
    "all_platforms": "All platforms",
    "copy_failed": "Press Ctrl+C to copy",
    "times_in": "Times are in the {tz} time zone.",
    "date": "Date",
    "time": "Time",
    "pack_title": "{title}: campaign pack ({language})",
    "pack_intro": (
        "Everything you need to take part in the campaign, in one folder. It works offline."
    ),
    "pack_inside": "What is inside",
    "pack_howto": "How to use it",
    "pack_step_open": "Unzip the pack and open index.html in your web browser.",
    "pack_step_copy": (
        "Press Copy next to a post to copy its exact text for that platform, then paste it into the"
        " platform."
    ),
    "pack_step_image": (
        "Download the matching image, and paste its alt text into the image description."
    ),
    "pack_step_schedule": (
        "Publish at the times in the schedule; import calendar.ics into your calendar to be "
        "reminded."
    ),
    "pack_step_print": "Print or forward the fact sheets; present the slide deck.",
    "file_index": "the campaign page: every post with a Copy button, images and the schedule",
    "file_factsheets": "fact sheets (PDF) to print or forward",
    "file_deck": "slide deck (PowerPoint) to present or adapt",
    "file_posts": "post texts per platform, and CSV files for scheduling tools",
    "file_images": "share images in platform sizes",
    "file_calendar": "posting calendar (.ics for calendar apps, .csv for spreadsheets)",
    "file_messages": "all campaign texts in one file, for translators",
    "file_changes": "what changed since the previous version of this pack",
    "file_manifest": "every file with its SHA-256 checksum",
    "languages": "Languages",
    "changes_title": "Changes",
    "changes_first": "This is the first version of this pack.",
    "changes_none": "No files changed.",
    "changes_since": "Compared with the previous version of this pack, built {date}.",
    "added": "Added",
    "changed": "Changed",
    "removed": "Removed",
    "changed_posts": "Posts whose text changed",
    "new_posts": "New posts",
    "removed_posts": "Removed posts",
    "message_sheet": "Message sheet",
    "not_translated": (
        "Not translated yet: this is the text in the campaign's main language."
    ),
    "scheduling_tools": "For scheduling tools",
}

_LABELS: dict[str, dict[str, str]] = {
    "en": _EN,
    "sl": {
        "overview": "Pregled kampanje",
        "areas": "Tematska področja",
        "key_messages": "Ključna sporočila",
        "facts": "Dejstva",
        "sources": "Viri",
        "calls_to_action": "Pozivi k dejanju",
        "posts": "Objave",
        "sample_posts": "Primeri objav",
        "hashtags": "Ključniki",
        "schedule": "Časovnica",
        "week": "{n}. teden",
        "day": "{n}. dan",
        "draft": "Osnutek prevoda – še ni pregledan",
        "contact": "Kontakt",
        "page": "Stran {n} od {total}",
        "built": "Pripravljeno {date}",
        "campaign_url": "Spletna stran kampanje",
        "scan": "Skenirajte za obisk kampanje",
        "copy": "Kopiraj",
        "copied": "Kopirano",
        "length": "{length} od {limit}",
        "image": "Slika",
        "alt_text": "Nadomestno besedilo",
        "download": "Prenesi",
        "fact_sheets": "Informativni listi",
        "deck": "Predstavitev",
        "dos": "Priporočeno",
        "donts": "Odsvetovano",
        "usage_terms": "Pogoji uporabe",
        "organisations": "Organizacije",
        "thread": "Nit",
        "calendar": "Koledar objav",
        "contents": "Vsebina",
        "deck_cont": "{title} (nadaljevanje)",
        "deck_closing": "Pridružite se kampanji",
        "deck_mark_alt": "Znak kampanje {name}",
        "deck_source": "Vir",
        "deck_talking_points": "Iztočnice za govor",
        "deck_emoji_note": (
            "Prosojnica ne prikazuje emodžijev iz objave; "
            "za objavo kopirajte besedilo iz mape posts."
        ),
        "fact_sheet": "Informativni list",
        "week_of": "{n}. teden od {total}",
        "card_alt": "Kartica kampanje",
        "post": "Objava",
        "platforms": "Platforme",
        "link": "Povezava",
        "skip": "Preskoči na vsebino",
        "downloads": "Prenosi",
        "guidance": "Priporočeno in odsvetovano",
        "show_platform": "Prikaži objave za",
        "all_platforms": "Vsa omrežja",
        "copy_failed": "Pritisnite Ctrl+C za kopiranje",
        "times_in": "Časi so v časovnem pasu {tz}.",
        "date": "Datum",
        "time": "Ura",
        "pack_title": "{title}: paket kampanje ({language})",
        "pack_intro": (
            "Vse, kar potrebujete za sodelovanje v kampanji, v eni mapi. Deluje brez povezave."
        ),
        "pack_inside": "Vsebina paketa",
        "pack_howto": "Kako ga uporabiti",
        "pack_step_open": "Razširite paket in odprite index.html v spletnem brskalniku.",
        "pack_step_copy": (
            "Pritisnite Kopiraj ob objavi, da kopirate njeno točno besedilo za izbrano omrežje, "
            "nato ga prilepite v omrežje."
        ),
        "pack_step_image": (
            "Prenesite ustrezno sliko in v opis slike prilepite njeno nadomestno besedilo."
        ),
        "pack_step_schedule": (
            "Objavljajte ob časih iz časovnice; za opomnike uvozite calendar.ics v svoj koledar."
        ),
        "pack_step_print": "Natisnite ali posredujte informativne liste; uporabite predstavitev.",
        "file_index": "stran kampanje: vse objave z gumbom Kopiraj, slike in časovnica",
        "file_factsheets": "informativni listi (PDF) za tiskanje ali posredovanje",
        "file_deck": "predstavitev (PowerPoint) za predstavljanje ali prilagajanje",
        "file_posts": "besedila objav po omrežjih in datoteke CSV za orodja za načrtovanje objav",
        "file_images": "slike za deljenje v velikostih za posamezna omrežja",
        "file_calendar": "koledar objav (.ics za koledarje, .csv za preglednice)",
        "file_messages": "vsa besedila kampanje v eni datoteki, za prevajalce",
        "file_changes": "kaj se je spremenilo od prejšnje različice paketa",
        "file_manifest": "vse datoteke s kontrolnimi vsotami SHA-256",
        "languages": "Jeziki",
        "changes_title": "Spremembe",
        "changes_first": "To je prva različica tega paketa.",
        "changes_none": "Nobena datoteka se ni spremenila.",
        "changes_since": "V primerjavi s prejšnjo različico paketa, pripravljeno {date}.",
        "added": "Dodano",
        "changed": "Spremenjeno",
        "removed": "Odstranjeno",
        "changed_posts": "Objave s spremenjenim besedilom",
        "new_posts": "Nove objave",
        "removed_posts": "Odstranjene objave",
        "message_sheet": "Seznam sporočil",
        "not_translated": (
            "Še ni prevedeno: to je besedilo v glavnem jeziku kampanje."
        ),
        "scheduling_tools": "Za orodja za načrtovanje objav",
    },
    "sr-Cyrl": {
        "overview": "Преглед кампање",
        "areas": "Тематске области",
        "key_messages": "Кључне поруке",
        "facts": "Чињенице",
        "sources": "Извори",
        "calls_to_action": "Позиви на акцију",
        "posts": "Објаве",
        "sample_posts": "Примери објава",
        "hashtags": "Хештегови",
        "schedule": "Распоред",
        "week": "{n}. недеља",
        "day": "{n}. дан",
        "draft": "Нацрт превода – још није прегледан",
        "contact": "Контакт",
        "page": "Страна {n} од {total}",
        "built": "Припремљено {date}",
        "campaign_url": "Веб-сајт кампање",
        "scan": "Скенирајте за посету кампањи",
        "copy": "Копирај",
        "copied": "Копирано",
        "length": "{length} од {limit}",
        "image": "Слика",
        "alt_text": "Алтернативни текст",
        "download": "Преузми",
        "fact_sheets": "Информативни листови",
        "deck": "Презентација",
        "dos": "Препоручено",
        "donts": "Избегавати",
        "usage_terms": "Услови коришћења",
        "organisations": "Организације",
        "thread": "Нит",
        "calendar": "Календар објава",
        "contents": "Садржај",
        "deck_cont": "{title} (наставак)",
        "deck_closing": "Придружите се кампањи",
        "deck_mark_alt": "Знак кампање {name}",
        "deck_source": "Извор",
        "deck_talking_points": "Тезе за излагање",
        "deck_emoji_note": (
            "Слајд не приказује емоџије из објаве; "
            "за објављивање копирајте текст из фасцикле posts."
        ),
        "fact_sheet": "Информативни лист",
        "week_of": "{n}. недеља од {total}",
        "card_alt": "Картица кампање",
        "post": "Објава",
        "platforms": "Платформе",
        "link": "Веза",
        "skip": "Пређи на садржај",
        "downloads": "Преузимања",
        "guidance": "Препоруке и шта избегавати",
        "show_platform": "Прикажи објаве за",
        "all_platforms": "Све мреже",
        "copy_failed": "Притисните Ctrl+C за копирање",
        "times_in": "Времена су у временској зони {tz}.",
        "date": "Датум",
        "time": "Време",
        "pack_title": "{title}: пакет кампање ({language})",
        "pack_intro": (
            "Све што вам треба за учешће у кампањи, у једној фасцикли. Ради без интернета."
        ),
        "pack_inside": "Шта садржи",
        "pack_howto": "Како се користи",
        "pack_step_open": "Распакујте пакет и отворите index.html у веб-прегледачу.",
        "pack_step_copy": (
            "Притисните Копирај поред објаве да копирате њен тачан текст за ту мрежу, па га "
            "налепите на мрежу."
        ),
        "pack_step_image": (
            "Преузмите одговарајућу слику и у опис слике налепите њен алтернативни текст."
        ),
        "pack_step_schedule": (
            "Објављујте у временима из распореда; увезите calendar.ics у свој календар за "
            "подсетнике."
        ),
        "pack_step_print": (
            "Одштампајте или проследите информативне листове; користите презентацију."
        ),
        "file_index": "страница кампање: све објаве са дугметом Копирај, слике и распоред",
        "file_factsheets": "информативни листови (PDF) за штампу или прослеђивање",
        "file_deck": "презентација (PowerPoint) за представљање или прилагођавање",
        "file_posts": "текстови објава по мрежама и CSV датотеке за алате за заказивање",
        "file_images": "слике за дељење у величинама за мреже",
        "file_calendar": "календар објава (.ics за календаре, .csv за табеле)",
        "file_messages": "сви текстови кампање у једној датотеци, за преводиоце",
        "file_changes": "шта се променило од претходне верзије пакета",
        "file_manifest": "све датотеке са SHA-256 контролним збировима",
        "languages": "Језици",
        "changes_title": "Измене",
        "changes_first": "Ово је прва верзија овог пакета.",
        "changes_none": "Ниједна датотека није промењена.",
        "changes_since": "У поређењу са претходном верзијом пакета, припремљеном {date}.",
        "added": "Додато",
        "changed": "Промењено",
        "removed": "Уклоњено",
        "changed_posts": "Објаве чији је текст промењен",
        "new_posts": "Нове објаве",
        "removed_posts": "Уклоњене објаве",
        "message_sheet": "Преглед порука",
        "not_translated": (
            "Још није преведено: ово је текст на главном језику кампање."
        ),
        "scheduling_tools": "За алате за заказивање",
    },
    "sr-Latn": {
        "overview": "Pregled kampanje",
        "areas": "Tematske oblasti",
        "key_messages": "Ključne poruke",
        "facts": "Činjenice",
        "sources": "Izvori",
        "calls_to_action": "Pozivi na akciju",
        "posts": "Objave",
        "sample_posts": "Primeri objava",
        "hashtags": "Heštegovi",
        "schedule": "Raspored",
        "week": "{n}. nedelja",
        "day": "{n}. dan",
        "draft": "Nacrt prevoda – još nije pregledan",
        "contact": "Kontakt",
        "page": "Strana {n} od {total}",
        "built": "Pripremljeno {date}",
        "campaign_url": "Veb-sajt kampanje",
        "scan": "Skenirajte za posetu kampanji",
        "copy": "Kopiraj",
        "copied": "Kopirano",
        "length": "{length} od {limit}",
        "image": "Slika",
        "alt_text": "Alternativni tekst",
        "download": "Preuzmi",
        "fact_sheets": "Informativni listovi",
        "deck": "Prezentacija",
        "dos": "Preporučeno",
        "donts": "Izbegavati",
        "usage_terms": "Uslovi korišćenja",
        "organisations": "Organizacije",
        "thread": "Nit",
        "calendar": "Kalendar objava",
        "contents": "Sadržaj",
        "deck_cont": "{title} (nastavak)",
        "deck_closing": "Pridružite se kampanji",
        "deck_mark_alt": "Znak kampanje {name}",
        "deck_source": "Izvor",
        "deck_talking_points": "Teze za izlaganje",
        "deck_emoji_note": (
            "Slajd ne prikazuje emodžije iz objave; "
            "za objavljivanje kopirajte tekst iz fascikle posts."
        ),
        "fact_sheet": "Informativni list",
        "week_of": "{n}. nedelja od {total}",
        "card_alt": "Kartica kampanje",
        "post": "Objava",
        "platforms": "Platforme",
        "link": "Veza",
        "skip": "Pređi na sadržaj",
        "downloads": "Preuzimanja",
        "guidance": "Preporuke i šta izbegavati",
        "show_platform": "Prikaži objave za",
        "all_platforms": "Sve mreže",
        "copy_failed": "Pritisnite Ctrl+C za kopiranje",
        "times_in": "Vremena su u vremenskoj zoni {tz}.",
        "date": "Datum",
        "time": "Vreme",
        "pack_title": "{title}: paket kampanje ({language})",
        "pack_intro": (
            "Sve što vam treba za učešće u kampanji, u jednoj fascikli. Radi bez interneta."
        ),
        "pack_inside": "Šta sadrži",
        "pack_howto": "Kako se koristi",
        "pack_step_open": "Raspakujte paket i otvorite index.html u veb-pregledaču.",
        "pack_step_copy": (
            "Pritisnite Kopiraj pored objave da kopirate njen tačan tekst za tu mrežu, pa ga "
            "nalepite na mrežu."
        ),
        "pack_step_image": (
            "Preuzmite odgovarajuću sliku i u opis slike nalepite njen alternativni tekst."
        ),
        "pack_step_schedule": (
            "Objavljujte u vremenima iz rasporeda; uvezite calendar.ics u svoj kalendar za "
            "podsetnike."
        ),
        "pack_step_print": (
            "Odštampajte ili prosledite informativne listove; koristite prezentaciju."
        ),
        "file_index": "stranica kampanje: sve objave sa dugmetom Kopiraj, slike i raspored",
        "file_factsheets": "informativni listovi (PDF) za štampu ili prosleđivanje",
        "file_deck": "prezentacija (PowerPoint) za predstavljanje ili prilagođavanje",
        "file_posts": "tekstovi objava po mrežama i CSV datoteke za alate za zakazivanje",
        "file_images": "slike za deljenje u veličinama za mreže",
        "file_calendar": "kalendar objava (.ics za kalendare, .csv za tabele)",
        "file_messages": "svi tekstovi kampanje u jednoj datoteci, za prevodioce",
        "file_changes": "šta se promenilo od prethodne verzije paketa",
        "file_manifest": "sve datoteke sa SHA-256 kontrolnim zbirovima",
        "languages": "Jezici",
        "changes_title": "Izmene",
        "changes_first": "Ovo je prva verzija ovog paketa.",
        "changes_none": "Nijedna datoteka nije promenjena.",
        "changes_since": "U poređenju sa prethodnom verzijom paketa, pripremljenom {date}.",
        "added": "Dodato",
        "changed": "Promenjeno",
        "removed": "Uklonjeno",
        "changed_posts": "Objave čiji je tekst promenjen",
        "new_posts": "Nove objave",
        "removed_posts": "Uklonjene objave",
        "message_sheet": "Pregled poruka",
        "not_translated": (
            "Još nije prevedeno: ovo je tekst na glavnom jeziku kampanje."
        ),
        "scheduling_tools": "Za alate za zakazivanje",
    },
    "sq": {
        "overview": "Përmbledhje e fushatës",
        "areas": "Fushat tematike",
        "key_messages": "Mesazhet kryesore",
        "facts": "Fakte",
        "sources": "Burimet",
        "calls_to_action": "Thirrje për veprim",
        "posts": "Postime",
        "sample_posts": "Shembuj postimesh",
        "hashtags": "Hashtag-ët",
        "schedule": "Kalendari",
        "week": "Java {n}",
        "day": "Dita {n}",
        "draft": "Përkthim draft – ende i pashqyrtuar",
        "contact": "Kontakti",
        "page": "Faqja {n} nga {total}",
        "built": "Përgatitur më {date}",
        "campaign_url": "Faqja e fushatës",
        "scan": "Skanoni për të vizituar fushatën",
        "copy": "Kopjo",
        "copied": "U kopjua",
        "length": "{length} nga {limit}",
        "image": "Imazhi",
        "alt_text": "Teksti alternativ",
        "download": "Shkarko",
        "fact_sheets": "Fletë informative",
        "deck": "Prezantimi",
        "dos": "Bëni",
        "donts": "Mos bëni",
        "usage_terms": "Kushtet e përdorimit",
        "organisations": "Organizatat",
        "thread": "Fije",
        "calendar": "Kalendari i postimeve",
        "contents": "Përmbajtja",
        "deck_cont": "{title} (vazhdim)",
        "deck_closing": "Bashkohuni me fushatën",
        "deck_mark_alt": "Shenja e fushatës {name}",
        "deck_source": "Burimi",
        "deck_talking_points": "Pikat për të folur",
        "deck_emoji_note": (
            "Slajdi nuk i shfaq emoji-t e postimit; "
            "për ta publikuar, kopjoni tekstin nga dosja posts."
        ),
        "fact_sheet": "Fletë informative",
        "week_of": "Java {n} nga {total}",
        "card_alt": "Kartë e fushatës",
        "post": "Postim",
        "platforms": "Platformat",
        "link": "Lidhja",
        "skip": "Kalo te përmbajtja",
        "downloads": "Shkarkime",
        "guidance": "Çfarë të bëni dhe çfarë jo",
        "show_platform": "Shfaq postimet për",
        "all_platforms": "Të gjitha platformat",
        "copy_failed": "Shtypni Ctrl+C për ta kopjuar",
        "times_in": "Oraret janë në zonën kohore {tz}.",
        "date": "Data",
        "time": "Ora",
        "pack_title": "{title}: paketa e fushatës ({language})",
        "pack_intro": (
            "Gjithçka që ju nevojitet për të marrë pjesë në fushatë, në një dosje. Funksionon pa "
            "internet."
        ),
        "pack_inside": "Çfarë përmban",
        "pack_howto": "Si përdoret",
        "pack_step_open": "Shpaketoni paketën dhe hapni index.html në shfletuesin tuaj.",
        "pack_step_copy": (
            "Shtypni Kopjo pranë një postimi për të kopjuar tekstin e saktë për atë platformë, "
            "pastaj ngjiteni në platformë."
        ),
        "pack_step_image": (
            "Shkarkoni imazhin përkatës dhe ngjitni tekstin e tij alternativ te përshkrimi i "
            "imazhit."
        ),
        "pack_step_schedule": (
            "Publikoni në oraret e kalendarit; importoni calendar.ics në kalendarin tuaj për "
            "kujtesa."
        ),
        "pack_step_print": "Printoni ose përcillni fletët informative; përdorni prezantimin.",
        "file_index": (
            "faqja e fushatës: të gjitha postimet me butonin Kopjo, imazhet dhe kalendari"
        ),
        "file_factsheets": "fletë informative (PDF) për t'u printuar ose përcjellë",
        "file_deck": "prezantimi (PowerPoint) për t'u prezantuar ose përshtatur",
        "file_posts": (
            "tekstet e postimeve sipas platformave dhe skedarë CSV për mjetet e planifikimit"
        ),
        "file_images": "imazhe për shpërndarje në madhësitë e platformave",
        "file_calendar": "kalendari i postimeve (.ics për kalendarë, .csv për tabela)",
        "file_messages": "të gjitha tekstet e fushatës në një skedar, për përkthyesit",
        "file_changes": "çfarë ka ndryshuar që nga versioni i mëparshëm i paketës",
        "file_manifest": "të gjithë skedarët me shumat e kontrollit SHA-256",
        "languages": "Gjuhët",
        "changes_title": "Ndryshimet",
        "changes_first": "Ky është versioni i parë i kësaj pakete.",
        "changes_none": "Asnjë skedar nuk ka ndryshuar.",
        "changes_since": "Krahasuar me versionin e mëparshëm të paketës, përgatitur më {date}.",
        "added": "Shtuar",
        "changed": "Ndryshuar",
        "removed": "Hequr",
        "changed_posts": "Postimet me tekst të ndryshuar",
        "new_posts": "Postime të reja",
        "removed_posts": "Postime të hequra",
        "message_sheet": "Fleta e mesazheve",
        "not_translated": (
            "Ende e papërkthyer: ky është teksti në gjuhën kryesore të fushatës."
        ),
        "scheduling_tools": "Për mjetet e planifikimit",
    },
}


def label(key: str, lang: str, **values: object) -> str:
    """The interface word `key` in `lang` (English where msgkit has no translation yet)."""
    table = _LABELS.get(lang) or _LABELS.get(lang.split("-")[0]) or _EN
    text = table.get(key) or _EN[key]
    return text.format(**values) if values else text


def has_labels(lang: str) -> bool:
    """Whether msgkit's own interface words exist in `lang` (else English is used)."""
    return lang in _LABELS or lang.split("-")[0] in _LABELS
