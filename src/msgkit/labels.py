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
    "hr": {
        "overview": "Pregled kampanje",
        "areas": "Tematska područja",
        "key_messages": "Ključne poruke",
        "facts": "Činjenice",
        "sources": "Izvori",
        "calls_to_action": "Pozivi na djelovanje",
        "posts": "Objave",
        "sample_posts": "Primjeri objava",
        "hashtags": "Hashtagovi",
        "schedule": "Raspored",
        "week": "{n}. tjedan",
        "day": "{n}. dan",
        "draft": "Nacrt prijevoda – još nije pregledan",
        "contact": "Kontakt",
        "page": "Stranica {n} od {total}",
        "built": "Pripremljeno {date}",
        "campaign_url": "Mrežna stranica kampanje",
        "scan": "Skenirajte za posjet stranici kampanje",
        "copy": "Kopiraj",
        "copied": "Kopirano",
        "length": "{length} od {limit}",
        "image": "Slika",
        "alt_text": "Alternativni tekst",
        "download": "Preuzmi",
        "fact_sheets": "Informativni listovi",
        "deck": "Prezentacija",
        "dos": "Preporučeno",
        "donts": "Izbjegavati",
        "usage_terms": "Uvjeti korištenja",
        "organisations": "Organizacije",
        "thread": "Nit",
        "calendar": "Kalendar objava",
        "contents": "Sadržaj",
        "deck_cont": "{title} (nastavak)",
        "deck_closing": "Pridružite se kampanji",
        "deck_mark_alt": "Znak kampanje {name}",
        "deck_source": "Izvor",
        "deck_talking_points": "Natuknice za izlaganje",
        "deck_emoji_note": (
            "Slajd ne prikazuje emojije iz objave; "
            "za objavu kopirajte tekst iz mape posts."
        ),
        "fact_sheet": "Informativni list",
        "week_of": "{n}. tjedan od {total}",
        "card_alt": "Kartica kampanje",
        "post": "Objava",
        "platforms": "Platforme",
        "link": "Poveznica",
        "skip": "Preskoči na sadržaj",
        "downloads": "Preuzimanja",
        "guidance": "Što činiti, a što ne",
        "show_platform": "Prikaži objave za",
        "all_platforms": "Sve platforme",
        "copy_failed": "Pritisnite Ctrl+C za kopiranje",
        "times_in": "Vremena su navedena u vremenskoj zoni {tz}.",
        "date": "Datum",
        "time": "Vrijeme",
        "pack_title": "{title}: paket kampanje ({language})",
        "pack_intro": (
            "Sve što vam treba za sudjelovanje u kampanji, u jednoj mapi. Radi i bez interneta."
        ),
        "pack_inside": "Što sadrži",
        "pack_howto": "Kako ga koristiti",
        "pack_step_open": "Raspakirajte paket i otvorite index.html u web-pregledniku.",
        "pack_step_copy": (
            "Pritisnite Kopiraj pokraj objave kako biste kopirali njezin točan tekst za tu "
            "platformu, a zatim ga zalijepite na platformu."
        ),
        "pack_step_image": (
            "Preuzmite odgovarajuću sliku i zalijepite njezin alternativni tekst u opis slike."
        ),
        "pack_step_schedule": (
            "Objavljujte u terminima iz rasporeda; za podsjetnike uvezite calendar.ics u svoj "
            "kalendar."
        ),
        "pack_step_print": (
            "Ispišite ili proslijedite informativne listove; prezentaciju koristite za izlaganje."
        ),
        "file_index": "stranica kampanje: sve objave s gumbom Kopiraj, slike i raspored",
        "file_factsheets": "informativni listovi (PDF) za ispis ili prosljeđivanje",
        "file_deck": "prezentacija (PowerPoint) za izlaganje ili prilagodbu",
        "file_posts": (
            "tekstovi objava po platformama i CSV datoteke za alate za zakazivanje objava"
        ),
        "file_images": "slike za dijeljenje u veličinama za pojedine platforme",
        "file_calendar": "kalendar objava (.ics za kalendare, .csv za tablice)",
        "file_messages": "svi tekstovi kampanje u jednoj datoteci, za prevoditelje",
        "file_changes": "što se promijenilo od prethodne verzije paketa",
        "file_manifest": "sve datoteke s kontrolnim zbrojevima SHA-256",
        "languages": "Jezici",
        "changes_title": "Promjene",
        "changes_first": "Ovo je prva verzija ovog paketa.",
        "changes_none": "Nijedna datoteka nije promijenjena.",
        "changes_since": "U usporedbi s prethodnom verzijom paketa, pripremljenom {date}.",
        "added": "Dodano",
        "changed": "Promijenjeno",
        "removed": "Uklonjeno",
        "changed_posts": "Objave s promijenjenim tekstom",
        "new_posts": "Nove objave",
        "removed_posts": "Uklonjene objave",
        "message_sheet": "Pregled poruka",
        "not_translated": (
            "Još nije prevedeno: ovo je tekst na glavnom jeziku kampanje."
        ),
        "scheduling_tools": "Za alate za zakazivanje objava",
    },
    "bs": {
        "overview": "Pregled kampanje",
        "areas": "Tematske oblasti",
        "key_messages": "Ključne poruke",
        "facts": "Činjenice",
        "sources": "Izvori",
        "calls_to_action": "Pozivi na akciju",
        "posts": "Objave",
        "sample_posts": "Primjeri objava",
        "hashtags": "Hashtagovi",
        "schedule": "Raspored",
        "week": "{n}. sedmica",
        "day": "{n}. dan",
        "draft": "Nacrt prijevoda – još nije pregledan",
        "contact": "Kontakt",
        "page": "Stranica {n} od {total}",
        "built": "Pripremljeno {date}",
        "campaign_url": "Web-stranica kampanje",
        "scan": "Skenirajte za posjetu stranici kampanje",
        "copy": "Kopiraj",
        "copied": "Kopirano",
        "length": "{length} od {limit}",
        "image": "Slika",
        "alt_text": "Alternativni tekst",
        "download": "Preuzmi",
        "fact_sheets": "Informativni listovi",
        "deck": "Prezentacija",
        "dos": "Preporučeno",
        "donts": "Izbjegavati",
        "usage_terms": "Uslovi korištenja",
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
            "Slajd ne prikazuje emojije iz objave; "
            "za objavljivanje kopirajte tekst iz foldera posts."
        ),
        "fact_sheet": "Informativni list",
        "week_of": "{n}. sedmica od {total}",
        "card_alt": "Kartica kampanje",
        "post": "Objava",
        "platforms": "Platforme",
        "link": "Link",
        "skip": "Preskoči na sadržaj",
        "downloads": "Preuzimanja",
        "guidance": "Šta raditi, a šta ne",
        "show_platform": "Prikaži objave za",
        "all_platforms": "Sve platforme",
        "copy_failed": "Pritisnite Ctrl+C za kopiranje",
        "times_in": "Vremena su navedena u vremenskoj zoni {tz}.",
        "date": "Datum",
        "time": "Vrijeme",
        "pack_title": "{title}: paket kampanje ({language})",
        "pack_intro": (
            "Sve što vam treba za učešće u kampanji, u jednom folderu. Radi i bez interneta."
        ),
        "pack_inside": "Šta sadrži",
        "pack_howto": "Kako ga koristiti",
        "pack_step_open": "Raspakujte paket i otvorite index.html u web-pregledniku.",
        "pack_step_copy": (
            "Pritisnite Kopiraj pored objave da kopirate njen tačan tekst za tu platformu, "
            "a zatim ga zalijepite na platformu."
        ),
        "pack_step_image": (
            "Preuzmite odgovarajuću sliku i zalijepite njen alternativni tekst u opis slike."
        ),
        "pack_step_schedule": (
            "Objavljujte u terminima iz rasporeda; za podsjetnike uvezite calendar.ics u svoj "
            "kalendar."
        ),
        "pack_step_print": (
            "Odštampajte ili proslijedite informativne listove; prezentaciju koristite za "
            "izlaganje."
        ),
        "file_index": "stranica kampanje: sve objave s dugmetom Kopiraj, slike i raspored",
        "file_factsheets": "informativni listovi (PDF) za štampanje ili prosljeđivanje",
        "file_deck": "prezentacija (PowerPoint) za izlaganje ili prilagođavanje",
        "file_posts": (
            "tekstovi objava po platformama i CSV datoteke za alate za zakazivanje objava"
        ),
        "file_images": "slike za dijeljenje u veličinama za pojedine platforme",
        "file_calendar": "kalendar objava (.ics za kalendare, .csv za tabele)",
        "file_messages": "svi tekstovi kampanje u jednoj datoteci, za prevodioce",
        "file_changes": "šta se promijenilo od prethodne verzije paketa",
        "file_manifest": "sve datoteke s kontrolnim zbirovima SHA-256",
        "languages": "Jezici",
        "changes_title": "Izmjene",
        "changes_first": "Ovo je prva verzija ovog paketa.",
        "changes_none": "Nijedna datoteka nije promijenjena.",
        "changes_since": "U poređenju s prethodnom verzijom paketa, pripremljenom {date}.",
        "added": "Dodano",
        "changed": "Promijenjeno",
        "removed": "Uklonjeno",
        "changed_posts": "Objave s promijenjenim tekstom",
        "new_posts": "Nove objave",
        "removed_posts": "Uklonjene objave",
        "message_sheet": "Pregled poruka",
        "not_translated": (
            "Još nije prevedeno: ovo je tekst na glavnom jeziku kampanje."
        ),
        "scheduling_tools": "Za alate za zakazivanje objava",
    },
    "mk": {
        "overview": "Преглед на кампањата",
        "areas": "Тематски области",
        "key_messages": "Клучни пораки",
        "facts": "Факти",
        "sources": "Извори",
        "calls_to_action": "Повици за акција",
        "posts": "Објави",
        "sample_posts": "Примери на објави",
        "hashtags": "Хаштагови",
        "schedule": "Распоред",
        # Macedonian writes ordinals with a suffix that depends on the number (1-ва, 2-ра),
        # so the week and day numbers follow the noun as plain numbers.
        "week": "Недела {n}",
        "day": "Ден {n}",
        "draft": "Нацрт-превод – уште не е прегледан",
        "contact": "Контакт",
        "page": "Страница {n} од {total}",
        "built": "Подготвено на {date}",
        "campaign_url": "Веб-страница на кампањата",
        "scan": "Скенирајте за да ја посетите кампањата",
        "copy": "Копирај",
        "copied": "Копирано",
        "length": "{length} од {limit}",
        "image": "Слика",
        "alt_text": "Алтернативен текст",
        "download": "Преземи",
        "fact_sheets": "Информативни листови",
        "deck": "Презентација",
        "dos": "Препорачано",
        "donts": "Да се избегнува",
        "usage_terms": "Услови за користење",
        "organisations": "Организации",
        "thread": "Нишка",
        "calendar": "Календар на објави",
        "contents": "Содржина",
        "deck_cont": "{title} (продолжение)",
        "deck_closing": "Приклучете се кон кампањата",
        "deck_mark_alt": "Знак на кампањата {name}",
        "deck_source": "Извор",
        "deck_talking_points": "Клучни точки за излагање",
        "deck_emoji_note": (
            "Слајдот не ги прикажува емоџијата од објавата; "
            "за објавување, копирајте го текстот од папката posts."
        ),
        "fact_sheet": "Информативен лист",
        "week_of": "Недела {n} од {total}",
        "card_alt": "Картичка на кампањата",
        "post": "Објава",
        "platforms": "Платформи",
        "link": "Линк",
        "skip": "Прескокни до содржината",
        "downloads": "Преземања",
        "guidance": "Што да се прави, а што не",
        "show_platform": "Прикажи објави за",
        "all_platforms": "Сите платформи",
        "copy_failed": "Притиснете Ctrl+C за копирање",
        "times_in": "Времињата се наведени во временската зона {tz}.",
        "date": "Датум",
        "time": "Време",
        "pack_title": "{title}: пакет на кампањата ({language})",
        "pack_intro": (
            "Сето она што ви треба за учество во кампањата, во една папка. Работи и без "
            "интернет."
        ),
        "pack_inside": "Што содржи",
        "pack_howto": "Како да се користи",
        "pack_step_open": (
            "Отпакувајте го пакетот и отворете го index.html во вашиот веб-прелистувач."
        ),
        "pack_step_copy": (
            "Притиснете Копирај до објавата за да го копирате нејзиниот точен текст за таа "
            "платформа, а потоа залепете го на платформата."
        ),
        "pack_step_image": (
            "Преземете ја соодветната слика и залепете го нејзиниот алтернативен текст во "
            "описот на сликата."
        ),
        "pack_step_schedule": (
            "Објавувајте во термините од распоредот; за потсетници, увезете го calendar.ics "
            "во вашиот календар."
        ),
        "pack_step_print": (
            "Испечатете ги или препратете ги информативните листови; користете ја "
            "презентацијата за излагање."
        ),
        "file_index": "страницата на кампањата: сите објави со копче Копирај, сликите и распоредот",
        "file_factsheets": "информативни листови (PDF) за печатење или препраќање",
        "file_deck": "презентација (PowerPoint) за излагање или прилагодување",
        "file_posts": "текстови на објавите по платформи и CSV-датотеки за алатки за закажување",
        "file_images": "слики за споделување во големини за платформите",
        "file_calendar": "календар на објави (.ics за календари, .csv за табели)",
        "file_messages": "сите текстови на кампањата во една датотека, за преведувачите",
        "file_changes": "што се променило од претходната верзија на пакетот",
        "file_manifest": "сите датотеки со нивните контролни суми SHA-256",
        "languages": "Јазици",
        "changes_title": "Промени",
        "changes_first": "Ова е првата верзија на овој пакет.",
        "changes_none": "Ниедна датотека не е променета.",
        "changes_since": "Во споредба со претходната верзија на пакетот, подготвена на {date}.",
        "added": "Додадено",
        "changed": "Изменето",
        "removed": "Отстрането",
        "changed_posts": "Објави со изменет текст",
        "new_posts": "Нови објави",
        "removed_posts": "Отстранети објави",
        "message_sheet": "Преглед на пораки",
        "not_translated": (
            "Уште не е преведено: ова е текстот на главниот јазик на кампањата."
        ),
        "scheduling_tools": "За алатки за закажување објави",
    },
    "bg": {
        "overview": "Преглед на кампанията",
        "areas": "Тематични области",
        "key_messages": "Ключови послания",
        "facts": "Факти",
        "sources": "Източници",
        "calls_to_action": "Призиви за действие",
        "posts": "Публикации",
        "sample_posts": "Примерни публикации",
        "hashtags": "Хаштагове",
        "schedule": "График",
        "week": "Седмица {n}",
        "day": "Ден {n}",
        "draft": "Чернова на превода – все още не е прегледана",
        "contact": "Контакт",
        "page": "Страница {n} от {total}",
        "built": "Изготвено на {date}",
        "campaign_url": "Уебсайт на кампанията",
        "scan": "Сканирайте, за да посетите кампанията",
        "copy": "Копирай",
        "copied": "Копирано",
        "length": "{length} от {limit}",
        "image": "Изображение",
        "alt_text": "Алтернативен текст",
        "download": "Изтегли",
        "fact_sheets": "Информационни листове",
        "deck": "Презентация",
        "dos": "Препоръчително",
        "donts": "Да се избягва",
        "usage_terms": "Условия за ползване",
        "organisations": "Организации",
        "thread": "Нишка",
        "calendar": "Календар на публикациите",
        "contents": "Съдържание",
        "deck_cont": "{title} (продължение)",
        "deck_closing": "Присъединете се към кампанията",
        "deck_mark_alt": "Знак на кампанията {name}",
        "deck_source": "Източник",
        "deck_talking_points": "Тези за изказване",
        "deck_emoji_note": (
            "Слайдът не показва емоджитата от публикацията; за да я публикувате във вида, "
            "в който е написана, копирайте я от папката posts."
        ),
        "fact_sheet": "Информационен лист",
        "week_of": "Седмица {n} от {total}",
        "card_alt": "Картичка на кампанията",
        "post": "Публикация",
        "platforms": "Платформи",
        "link": "Връзка",
        "skip": "Към основното съдържание",
        "downloads": "Изтегляния",
        "guidance": "Какво да правите и какво не",
        "show_platform": "Покажи публикациите за",
        "all_platforms": "Всички платформи",
        "copy_failed": "Натиснете Ctrl+C, за да копирате",
        "times_in": "Часовете са в часовата зона {tz}.",
        "date": "Дата",
        "time": "Час",
        "pack_title": "{title}: пакет на кампанията ({language})",
        "pack_intro": (
            "Всичко необходимо за участие в кампанията, в една папка. Работи и без интернет."
        ),
        "pack_inside": "Какво съдържа",
        "pack_howto": "Как да го използвате",
        "pack_step_open": "Разархивирайте пакета и отворете index.html в уеб браузъра си.",
        "pack_step_copy": (
            "Натиснете Копирай до публикацията, за да копирате точния текст за съответната "
            "платформа, след което го поставете в платформата."
        ),
        "pack_step_image": (
            "Изтеглете съответното изображение и поставете алтернативния му текст в описанието "
            "на изображението."
        ),
        "pack_step_schedule": (
            "Публикувайте в часовете от графика; импортирайте calendar.ics в календара си, "
            "за да получавате напомняния."
        ),
        "pack_step_print": (
            "Отпечатайте или препратете информационните листове; използвайте презентацията."
        ),
        "file_index": (
            "страницата на кампанията: всички публикации с бутон Копирай, изображенията и "
            "графикът"
        ),
        "file_factsheets": "информационни листове (PDF) за печат или препращане",
        "file_deck": "презентация (PowerPoint) за представяне или адаптиране",
        "file_posts": (
            "текстове на публикациите по платформи и CSV файлове за инструменти за планиране"
        ),
        "file_images": "изображения за споделяне в размерите на платформите",
        "file_calendar": (
            "календар на публикациите (.ics за календарни приложения, .csv за таблици)"
        ),
        "file_messages": "всички текстове на кампанията в един файл, за преводачите",
        "file_changes": "какво се е променило спрямо предишната версия на пакета",
        "file_manifest": "всички файлове с контролните им суми SHA-256",
        "languages": "Езици",
        "changes_title": "Промени",
        "changes_first": "Това е първата версия на този пакет.",
        "changes_none": "Няма променени файлове.",
        "changes_since": "В сравнение с предишната версия на пакета, изготвена на {date}.",
        "added": "Добавени",
        "changed": "Променени",
        "removed": "Премахнати",
        "changed_posts": "Публикации с променен текст",
        "new_posts": "Нови публикации",
        "removed_posts": "Премахнати публикации",
        "message_sheet": "Преглед на посланията",
        "not_translated": (
            "Все още не е преведено: това е текстът на основния език на кампанията."
        ),
        "scheduling_tools": "За инструменти за планиране",
    },
    "ro": {
        "overview": "Prezentarea campaniei",
        "areas": "Domenii tematice",
        "key_messages": "Mesaje-cheie",
        "facts": "Fapte",
        "sources": "Surse",
        "calls_to_action": "Îndemnuri la acțiune",
        "posts": "Postări",
        "sample_posts": "Exemple de postări",
        "hashtags": "Hashtaguri",
        "schedule": "Program",
        "week": "Săptămâna {n}",
        "day": "Ziua {n}",
        "draft": "Traducere preliminară – încă nerevizuită",
        "contact": "Contact",
        "page": "Pagina {n} din {total}",
        "built": "Generat la {date}",
        "campaign_url": "Site-ul campaniei",
        "scan": "Scanați pentru a vizita campania",
        "copy": "Copiază",
        "copied": "Copiat",
        "length": "{length} din {limit}",
        "image": "Imagine",
        "alt_text": "Text alternativ",
        "download": "Descarcă",
        "fact_sheets": "Fișe informative",
        "deck": "Prezentare",
        "dos": "Recomandat",
        "donts": "De evitat",
        "usage_terms": "Condiții de utilizare",
        "organisations": "Organizații",
        "thread": "Fir",
        "calendar": "Calendarul postărilor",
        "contents": "Cuprins",
        "deck_cont": "{title} (continuare)",
        "deck_closing": "Alăturați-vă campaniei",
        "deck_mark_alt": "Sigla campaniei {name}",
        "deck_source": "Sursa",
        "deck_talking_points": "Puncte de discuție",
        "deck_emoji_note": (
            "Diapozitivul omite emoji-urile postării; pentru a o publica așa cum a fost "
            "scrisă, copiați postarea din folderul posts."
        ),
        "fact_sheet": "Fișă informativă",
        "week_of": "Săptămâna {n} din {total}",
        "card_alt": "Card al campaniei",
        "post": "Postare",
        "platforms": "Platforme",
        "link": "Link",
        "skip": "Salt la conținut",
        "downloads": "Descărcări",
        "guidance": "Ce să faceți și ce să evitați",
        "show_platform": "Afișați postările pentru",
        "all_platforms": "Toate platformele",
        "copy_failed": "Apăsați Ctrl+C pentru a copia",
        "times_in": "Orele sunt în fusul orar {tz}.",
        "date": "Data",
        "time": "Ora",
        "pack_title": "{title}: pachetul campaniei ({language})",
        "pack_intro": (
            "Tot ce vă trebuie pentru a participa la campanie, într-un singur folder. "
            "Funcționează și fără internet."
        ),
        "pack_inside": "Ce conține",
        "pack_howto": "Cum îl folosiți",
        "pack_step_open": "Dezarhivați pachetul și deschideți index.html în browserul web.",
        "pack_step_copy": (
            "Apăsați Copiază lângă o postare pentru a copia textul exact pentru platforma "
            "respectivă, apoi lipiți-l pe platformă."
        ),
        "pack_step_image": (
            "Descărcați imaginea potrivită și lipiți textul ei alternativ în descrierea imaginii."
        ),
        "pack_step_schedule": (
            "Publicați la orele din program; importați calendar.ics în calendarul "
            "dumneavoastră pentru a primi mementouri."
        ),
        "pack_step_print": "Tipăriți sau transmiteți fișele informative; susțineți prezentarea.",
        "file_index": (
            "pagina campaniei: toate postările cu butonul Copiază, imaginile și programul"
        ),
        "file_factsheets": "fișe informative (PDF) de tipărit sau de transmis",
        "file_deck": "prezentare (PowerPoint) de susținut sau de adaptat",
        "file_posts": (
            "textele postărilor pentru fiecare platformă și fișiere CSV pentru instrumentele de "
            "programare"
        ),
        "file_images": "imagini de distribuit, în dimensiunile fiecărei platforme",
        "file_calendar": (
            "calendarul postărilor (.ics pentru aplicații de calendar, .csv pentru foi de calcul)"
        ),
        "file_messages": "toate textele campaniei într-un singur fișier, pentru traducători",
        "file_changes": "ce s-a schimbat față de versiunea anterioară a pachetului",
        "file_manifest": "toate fișierele, cu suma de control SHA-256 a fiecăruia",
        "languages": "Limbi",
        "changes_title": "Modificări",
        "changes_first": "Aceasta este prima versiune a acestui pachet.",
        "changes_none": "Niciun fișier nu s-a modificat.",
        "changes_since": "Față de versiunea anterioară a pachetului, generată la {date}.",
        "added": "Adăugate",
        "changed": "Modificate",
        "removed": "Eliminate",
        "changed_posts": "Postări cu text modificat",
        "new_posts": "Postări noi",
        "removed_posts": "Postări eliminate",
        "message_sheet": "Fișa mesajelor",
        "not_translated": (
            "Netradus încă: acesta este textul în limba principală a campaniei."
        ),
        "scheduling_tools": "Pentru instrumentele de programare",
    },
    "el": {
        "overview": "Επισκόπηση της εκστρατείας",
        "areas": "Θεματικές ενότητες",
        "key_messages": "Βασικά μηνύματα",
        "facts": "Στοιχεία",
        "sources": "Πηγές",
        "calls_to_action": "Προσκλήσεις σε δράση",
        "posts": "Αναρτήσεις",
        "sample_posts": "Ενδεικτικές αναρτήσεις",
        "hashtags": "Hashtags",
        "schedule": "Χρονοδιάγραμμα",
        "week": "Εβδομάδα {n}",
        "day": "Ημέρα {n}",
        "draft": "Προσχέδιο μετάφρασης – δεν έχει ελεγχθεί ακόμη",
        "contact": "Επικοινωνία",
        "page": "Σελίδα {n} από {total}",
        "built": "Δημιουργήθηκε στις {date}",
        "campaign_url": "Ιστότοπος της εκστρατείας",
        "scan": "Σαρώστε για να επισκεφθείτε την εκστρατεία",
        "copy": "Αντιγραφή",
        "copied": "Αντιγράφηκε",
        "length": "{length} από {limit}",
        "image": "Εικόνα",
        "alt_text": "Εναλλακτικό κείμενο",
        "download": "Λήψη",
        "fact_sheets": "Ενημερωτικά δελτία",
        "deck": "Παρουσίαση",
        "dos": "Τι να κάνετε",
        "donts": "Τι να αποφύγετε",
        "usage_terms": "Όροι χρήσης",
        "organisations": "Οργανώσεις",
        "thread": "Νήμα",
        "calendar": "Ημερολόγιο αναρτήσεων",
        "contents": "Περιεχόμενα",
        "deck_cont": "{title} (συνέχεια)",
        "deck_closing": "Συμμετάσχετε στην εκστρατεία",
        "deck_mark_alt": "Σήμα της εκστρατείας {name}",
        "deck_source": "Πηγή",
        "deck_talking_points": "Βασικά σημεία ομιλίας",
        # Greek joins clauses with the ano teleia (·) where English uses a semicolon.
        "deck_emoji_note": (
            "Η διαφάνεια παραλείπει τα emoji της ανάρτησης· για να τη δημοσιεύσετε όπως "
            "γράφτηκε, αντιγράψτε την ανάρτηση από τον φάκελο posts."
        ),
        "fact_sheet": "Ενημερωτικό δελτίο",
        "week_of": "Εβδομάδα {n} από {total}",
        "card_alt": "Κάρτα της εκστρατείας",
        "post": "Ανάρτηση",
        "platforms": "Πλατφόρμες",
        "link": "Σύνδεσμος",
        "skip": "Μετάβαση στο περιεχόμενο",
        "downloads": "Λήψεις",
        "guidance": "Τι να κάνετε και τι να αποφύγετε",
        "show_platform": "Εμφάνιση αναρτήσεων για",
        "all_platforms": "Όλες οι πλατφόρμες",
        "copy_failed": "Πατήστε Ctrl+C για αντιγραφή",
        "times_in": "Οι ώρες αναφέρονται στη ζώνη ώρας {tz}.",
        "date": "Ημερομηνία",
        "time": "Ώρα",
        "pack_title": "{title}: πακέτο της εκστρατείας ({language})",
        "pack_intro": (
            "Ό,τι χρειάζεστε για να συμμετάσχετε στην εκστρατεία, σε έναν φάκελο. Λειτουργεί "
            "και χωρίς σύνδεση στο διαδίκτυο."
        ),
        "pack_inside": "Τι περιέχει",
        "pack_howto": "Πώς να το χρησιμοποιήσετε",
        "pack_step_open": (
            "Αποσυμπιέστε το πακέτο και ανοίξτε το index.html στο πρόγραμμα περιήγησης."
        ),
        "pack_step_copy": (
            "Πατήστε Αντιγραφή δίπλα σε μια ανάρτηση για να αντιγράψετε το ακριβές κείμενό της "
            "για τη συγκεκριμένη πλατφόρμα και, στη συνέχεια, επικολλήστε το στην πλατφόρμα."
        ),
        "pack_step_image": (
            "Κατεβάστε την αντίστοιχη εικόνα και επικολλήστε το εναλλακτικό της κείμενο στην "
            "περιγραφή της εικόνας."
        ),
        "pack_step_schedule": (
            "Δημοσιεύστε στις ώρες του χρονοδιαγράμματος· εισαγάγετε το calendar.ics στο "
            "ημερολόγιό σας για να λαμβάνετε υπενθυμίσεις."
        ),
        "pack_step_print": (
            "Εκτυπώστε ή προωθήστε τα ενημερωτικά δελτία· χρησιμοποιήστε την παρουσίαση."
        ),
        "file_index": (
            "η σελίδα της εκστρατείας: όλες οι αναρτήσεις με κουμπί Αντιγραφή, οι εικόνες και "
            "το χρονοδιάγραμμα"
        ),
        "file_factsheets": "ενημερωτικά δελτία (PDF) για εκτύπωση ή προώθηση",
        "file_deck": "παρουσίαση (PowerPoint) για προβολή ή προσαρμογή",
        "file_posts": (
            "κείμενα αναρτήσεων ανά πλατφόρμα και αρχεία CSV για εργαλεία προγραμματισμού "
            "αναρτήσεων"
        ),
        "file_images": "εικόνες για κοινοποίηση, στις διαστάσεις κάθε πλατφόρμας",
        "file_calendar": (
            "ημερολόγιο αναρτήσεων (.ics για εφαρμογές ημερολογίου, .csv για υπολογιστικά φύλλα)"
        ),
        "file_messages": "όλα τα κείμενα της εκστρατείας σε ένα αρχείο, για τους μεταφραστές",
        "file_changes": "τι άλλαξε από την προηγούμενη έκδοση του πακέτου",
        "file_manifest": "όλα τα αρχεία με το άθροισμα ελέγχου SHA-256 του καθενός",
        "languages": "Γλώσσες",
        "changes_title": "Αλλαγές",
        "changes_first": "Αυτή είναι η πρώτη έκδοση αυτού του πακέτου.",
        "changes_none": "Κανένα αρχείο δεν άλλαξε.",
        "changes_since": (
            "Σε σύγκριση με την προηγούμενη έκδοση του πακέτου, που δημιουργήθηκε στις {date}."
        ),
        "added": "Προστέθηκαν",
        "changed": "Άλλαξαν",
        "removed": "Αφαιρέθηκαν",
        "changed_posts": "Αναρτήσεις με αλλαγμένο κείμενο",
        "new_posts": "Νέες αναρτήσεις",
        "removed_posts": "Αναρτήσεις που αφαιρέθηκαν",
        "message_sheet": "Κατάλογος μηνυμάτων",
        "not_translated": (
            "Δεν έχει μεταφραστεί ακόμη: αυτό είναι το κείμενο στην κύρια γλώσσα της εκστρατείας."
        ),
        "scheduling_tools": "Για εργαλεία προγραμματισμού αναρτήσεων",
    },
}


#: Tags written without a script that mean one: Serbian's default script is Cyrillic (CLDR).
_DEFAULT_SCRIPT = {"sr": "sr-Cyrl"}


def _table(lang: str) -> dict[str, str] | None:
    # BCP 47 lookup: drop subtags from the end until a table matches, so `hr-HR` uses `hr`
    # and `sr-Latn-RS` uses `sr-Latn` (not English, and never the other script).
    parts = lang.split("-")
    for n in range(len(parts), 0, -1):
        prefix = "-".join(parts[:n])
        table = _LABELS.get(_DEFAULT_SCRIPT.get(prefix, prefix))
        if table is not None:
            return table
    return None


def label(key: str, lang: str, **values: object) -> str:
    """The interface word `key` in `lang` (English where msgkit has no translation yet)."""
    table = _table(lang) or _EN
    text = table.get(key) or _EN[key]
    return text.format(**values) if values else text


def has_labels(lang: str) -> bool:
    """Whether msgkit's own interface words exist in `lang` (else English is used)."""
    return _table(lang) is not None
