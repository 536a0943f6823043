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
    "pack_csv": "Scheduling tools",
    "pack_csv_scheduler": (
        "posts/scheduler.csv: UTF-8 with a byte-order mark, so Excel shows every alphabet "
        "correctly; one row per post and platform; the text column already contains the link, "
        "so do not map the link column as well."
    ),
    "pack_csv_hootsuite": (
        "posts/hootsuite-<platform>.csv: Hootsuite's bulk upload, one file per social profile; "
        "UTF-8 without a byte-order mark; in the upload dialog choose the date format "
        "day/month/year (dd/mm/yyyy); times are in the campaign's time zone ({timezone}) and on"
        " a 5-minute grid."
    ),
    "pack_csv_thread": (
        "Thread parts: rows whose text ends in 1/3, 2/3, 3/3 are one thread, five minutes apart,"
        " and only part 1 has an image. Hootsuite and most schedulers cannot post replies: schedule"
        " part 1, then post each next part as a reply to the one before."
    ),
    "pack_csv_calendar": (
        "calendar.csv: UTF-8 with a byte-order mark, for spreadsheets; a text that would start "
        "a formula begins with an apostrophe there."
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
    # Fitting notes and how each platform counts, in words for campaign staff (posts).
    "note_rewrote_tag": "wrote #{tag} instead of #{written}, as the campaign spells it",
    "note_campaign_tag_not_used": (
        "left out #{tag}: the campaign does not use its general hashtags on this platform"
    ),
    "note_area_tag_not_used": (
        "left out #{tag}: the campaign does not use thematic-area hashtags on this platform"
    ),
    "note_post_tag_not_used": (
        "left out #{tag}: the campaign does not use post-specific hashtags on this platform"
    ),
    "note_tag_over_cap": "left out #{tag}: the hashtag limit on this platform is {max}",
    "note_tag_over_topic_cap": (
        "left out #{tag}: this platform turns only one hashtag per post into a topic"
    ),
    "note_first_tag_only_topic": "only #{tag} becomes a topic; the other hashtags stay plain text",
    "note_link_left_out": (
        "left out the link: links in the post text cannot be clicked on this platform"
    ),
    "note_dropped_tag": "left out #{tag} to keep the post within the length limit",
    "note_used_short": (
        "used the short version of the text to keep the post within the length limit"
    ),
    "note_thread": (
        "split into a thread of posts numbered 1/{n} to {n}/{n}, to keep each within the length "
        "limit"
    ),
    "note_link_shown_short": "the app shows the link shortened, as {shown}, but counts it in full",
    "note_tag_not_detected": (
        "#{tag} in the text is not a hashtag on {platform}, which needs a space or the start "
        "of a line before # and ends a tag only at a space"
    ),
    "note_tag_not_detected_appended": (
        "#{tag} in the text is not a hashtag on {platform}, which needs a space or the start "
        "of a line before # and ends a tag only at a space; added #{tag} at the end"
    ),
    "note_fold": (
        "on phones only about the first {fold} characters show before “more”; the first sentence "
        "is longer (length: {end})"
    ),
    "posts_limit": "Length limit: {limit}.",
    "posts_margin": (
        "The posts are kept to {budget}, a little under the limit, because the platform's own "
        "counters do not always agree."
    ),
    "posts_tag_cap": "Hashtag limit: {max}.",
    "posts_topic_tag": "Only one hashtag per post becomes a topic.",
    "counts_x": (
        "Letters of the Latin, Cyrillic and Greek alphabets and common punctuation count as 1; "
        "emoji, Chinese or Japanese characters and some symbols (such as € and …) count as 2; "
        "every link counts as 23, even a web address written without https://."
    ),
    "counts_bluesky": (
        "Every character you see counts as 1, an emoji too; a link counts in full, as written."
    ),
    "counts_mastodon": (
        "Every character you see counts as 1, an emoji too; every link starting with http counts "
        "as 23; a mention @name@server counts as @name."
    ),
    "counts_threads": (
        "Every character counts as 1, but an emoji counts as 4 or more; at most 5 links per post."
    ),
    "counts_linkedin": "Most characters count as 1; an emoji counts as 2 or more.",
    "counts_facebook": (
        "Most characters count as 1; an emoji counts as 2 or more. On phones only about the first "
        "125 characters show before “See more”."
    ),
    "counts_instagram": (
        "Most characters count as 1; an emoji counts as 2 or more. Only about the first 125 "
        "characters show before “more”. Links in the caption cannot be clicked."
    ),
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
        "pack_csv": "Orodja za načrtovanje objav",
        "pack_csv_scheduler": (
            "posts/scheduler.csv: UTF-8 z oznako BOM, da Excel pravilno prikaže vse pisave; ena"
            " vrstica za vsako objavo in platformo; stolpec text že vsebuje povezavo, zato "
            "stolpca link ne povežite še enkrat."
        ),
        "pack_csv_hootsuite": (
            "posts/hootsuite-<platforma>.csv: za množično nalaganje v Hootsuite, ena datoteka "
            "za vsak profil; UTF-8 brez oznake BOM; v oknu za nalaganje izberite obliko datuma "
            "dan/mesec/leto (dd/mm/yyyy); časi so v časovnem pasu kampanje ({timezone}) in na 5"
            " minut natančno."
        ),
        "pack_csv_thread": (
            "Niti: vrstice, katerih besedilo se konča z 1/3, 2/3, 3/3, so ena nit, pet minut "
            "narazen, sliko ima le 1. del. Hootsuite in večina orodij ne objavljata odgovorov: "
            "načrtujte 1. del, nato vsak naslednji del objavite kot odgovor na prejšnjega."
        ),
        "pack_csv_calendar": (
            "calendar.csv: UTF-8 z oznako BOM, za preglednice; besedilo, ki bi se začelo kot "
            "formula, se tam začne z opuščajem."
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
        # Fitting notes and how each platform counts, in words for campaign staff (posts).
        "note_rewrote_tag": "ključnik #{written} je zapisan kot #{tag}, kot ga piše kampanja",
        "note_campaign_tag_not_used": (
            "izpuščen #{tag}: kampanja na tej platformi ne uporablja svojih splošnih ključnikov"
        ),
        "note_area_tag_not_used": (
            "izpuščen #{tag}: kampanja na tej platformi ne uporablja ključnikov tematskih področij"
        ),
        "note_post_tag_not_used": (
            "izpuščen #{tag}: kampanja na tej platformi ne uporablja ključnikov posameznih objav"
        ),
        "note_tag_over_cap": (
            "izpuščen #{tag}: največje število ključnikov na tej platformi je {max}"
        ),
        "note_tag_over_topic_cap": (
            "izpuščen #{tag}: ta platforma v temo spremeni le en ključnik na objavo"
        ),
        "note_first_tag_only_topic": (
            "le #{tag} postane tema; drugi ključniki ostanejo navadno besedilo"
        ),
        "note_link_left_out": (
            "povezava je izpuščena: na tej platformi povezave v besedilu objave niso klikljive"
        ),
        "note_dropped_tag": "izpuščen #{tag}, da objava ne preseže omejitve dolžine",
        "note_used_short": (
            "uporabljena je kratka različica besedila, da objava ne preseže omejitve dolžine"
        ),
        "note_thread": (
            "razdeljeno v nit objav, oštevilčenih od 1/{n} do {n}/{n}, da nobena ne preseže "
            "omejitve dolžine"
        ),
        "note_link_shown_short": (
            "aplikacija povezavo prikaže skrajšano, kot {shown}, šteje pa jo v celoti"
        ),
        "note_tag_not_detected": (
            "#{tag} v besedilu na platformi {platform} ni ključnik: pred # potrebuje "
            "presledek ali začetek vrstice, konča pa ga šele presledek"
        ),
        "note_tag_not_detected_appended": (
            "#{tag} v besedilu na platformi {platform} ni ključnik: pred # potrebuje "
            "presledek ali začetek vrstice, konča pa ga šele presledek; #{tag} je dodan na "
            "konec"
        ),
        "note_fold": (
            "na telefonih je pred »več« vidnih le približno prvih {fold} znakov; prvi stavek je "
            "daljši (dolžina: {end})"
        ),
        "posts_limit": "Omejitev dolžine: {limit}.",
        "posts_margin": (
            "Objave so prilagojene na {budget}, nekoliko pod omejitvijo, ker se števci same "
            "platforme ne ujemajo vedno."
        ),
        "posts_tag_cap": "Največje število ključnikov: {max}.",
        "posts_topic_tag": "V temo se spremeni le en ključnik na objavo.",
        "counts_x": (
            "Črke latinice, cirilice in grške abecede ter običajna ločila se štejejo kot 1; "
            "emodžiji, kitajski ali japonski znaki in nekateri simboli (na primer € in …) kot 2; "
            "vsaka povezava kot 23, tudi spletni naslov, zapisan brez https://."
        ),
        "counts_bluesky": (
            "Vsak viden znak se šteje kot 1, tudi emodži; povezava se šteje v celoti, tako kot je "
            "zapisana."
        ),
        "counts_mastodon": (
            "Vsak viden znak se šteje kot 1, tudi emodži; vsaka povezava, ki se začne s http, se "
            "šteje kot 23; omemba @ime@strežnik se šteje kot @ime."
        ),
        "counts_threads": (
            "Vsak znak se šteje kot 1, emodži pa kot 4 ali več; največ 5 povezav na objavo."
        ),
        "counts_linkedin": "Večina znakov se šteje kot 1; emodži kot 2 ali več.",
        "counts_facebook": (
            "Večina znakov se šteje kot 1; emodži kot 2 ali več. Na telefonih je pred »Prikaži "
            "več« vidnih le približno prvih 125 znakov."
        ),
        "counts_instagram": (
            "Večina znakov se šteje kot 1; emodži kot 2 ali več. Pred »več« je vidnih le približno "
            "prvih 125 znakov. Povezave v opisu niso klikljive."
        ),
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
        "pack_csv": "Алати за заказивање објава",
        "pack_csv_scheduler": (
            "posts/scheduler.csv: UTF-8 са ознаком BOM, да Excel исправно прикаже сва писма; "
            "један ред за сваку објаву и платформу; колона text већ садржи везу, зато колону "
            "link не повезујте још једном."
        ),
        "pack_csv_hootsuite": (
            "posts/hootsuite-<платформа>.csv: за групно отпремање у Hootsuite, једна датотека "
            "по профилу; UTF-8 без ознаке BOM; у прозору за отпремање изаберите формат датума "
            "дан/месец/година (dd/mm/yyyy); времена су у временској зони кампање ({timezone}) и"
            " на сваких 5 минута."
        ),
        "pack_csv_thread": (
            "Нити: редови чији текст се завршава са 1/3, 2/3, 3/3 су једна нит, пет минута "
            "размака, а слику има само 1. део. Hootsuite и већина алата не објављују одговоре: "
            "закажите 1. део, па сваки следећи део објавите као одговор на претходни."
        ),
        "pack_csv_calendar": (
            "calendar.csv: UTF-8 са ознаком BOM, за табеле; текст који би почео као формула "
            "тамо почиње апострофом."
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
        # Fitting notes and how each platform counts, in words for campaign staff (posts).
        "note_rewrote_tag": "#{written} је написан као #{tag}, како га пише кампања",
        "note_campaign_tag_not_used": (
            "изостављен #{tag}: кампања на овој платформи не користи своје опште хештегове"
        ),
        "note_area_tag_not_used": (
            "изостављен #{tag}: кампања на овој платформи не користи хештегове тематских области"
        ),
        "note_post_tag_not_used": (
            "изостављен #{tag}: кампања на овој платформи не користи хештегове појединачних објава"
        ),
        "note_tag_over_cap": "изостављен #{tag}: највећи број хештегова на овој платформи је {max}",
        "note_tag_over_topic_cap": (
            "изостављен #{tag}: ова платформа само један хештег по објави претвара у тему"
        ),
        "note_first_tag_only_topic": (
            "само #{tag} постаје тема; остали хештегови остају обичан текст"
        ),
        "note_link_left_out": (
            "веза је изостављена: на овој платформи везе у тексту објаве не могу да се отворе "
            "кликом"
        ),
        "note_dropped_tag": "изостављен #{tag} да објава не би прешла ограничење дужине",
        "note_used_short": (
            "коришћена је краћа верзија текста да објава не би прешла ограничење дужине"
        ),
        "note_thread": (
            "подељено у нит објава нумерисаних од 1/{n} до {n}/{n}, да ниједна не би прешла "
            "ограничење дужине"
        ),
        "note_link_shown_short": (
            "апликација приказује везу скраћено, као {shown}, али је рачуна у целости"
        ),
        "note_tag_not_detected": (
            "#{tag} у тексту није хештег на платформи {platform}: испред # мора бити размак "
            "или почетак реда, а хештег завршава тек размак"
        ),
        "note_tag_not_detected_appended": (
            "#{tag} у тексту није хештег на платформи {platform}: испред # мора бити размак "
            "или почетак реда, а хештег завршава тек размак; #{tag} је додат на крај"
        ),
        "note_fold": (
            "на телефонима се пре „више“ види само око првих {fold} знакова; прва реченица је дужа "
            "(дужина: {end})"
        ),
        "posts_limit": "Ограничење дужине: {limit}.",
        "posts_margin": (
            "Објаве су прилагођене на {budget}, нешто испод ограничења, јер се бројачи саме "
            "платформе не слажу увек."
        ),
        "posts_tag_cap": "Највећи број хештегова: {max}.",
        "posts_topic_tag": "Само један хештег по објави постаје тема.",
        "counts_x": (
            "Слова латинице, ћирилице и грчког алфабета и уобичајени интерпункцијски знаци "
            "рачунају се као 1; емоџији, кинески или јапански знакови и неки симболи (као € и …) "
            "као 2; свака веза као 23, чак и веб-адреса написана без https://."
        ),
        "counts_bluesky": (
            "Сваки видљиви знак рачуна се као 1, и емоџи; веза се рачуна у целости, онако како је "
            "написана."
        ),
        "counts_mastodon": (
            "Сваки видљиви знак рачуна се као 1, и емоџи; свака веза која почиње са http рачуна се "
            "као 23; помињање @име@сервер рачуна се као @име."
        ),
        "counts_threads": (
            "Сваки знак рачуна се као 1, али емоџи као 4 или више; највише 5 веза по објави."
        ),
        "counts_linkedin": "Већина знакова рачуна се као 1; емоџи као 2 или више.",
        "counts_facebook": (
            "Већина знакова рачуна се као 1; емоџи као 2 или више. На телефонима се пре „Прикажи "
            "више“ види само око првих 125 знакова."
        ),
        "counts_instagram": (
            "Већина знакова рачуна се као 1; емоџи као 2 или више. Пре „више“ види се само око "
            "првих 125 знакова. Везе у опису не могу да се отворе кликом."
        ),
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
        "pack_csv": "Alati za zakazivanje objava",
        "pack_csv_scheduler": (
            "posts/scheduler.csv: UTF-8 sa oznakom BOM, da Excel ispravno prikaže sva pisma; "
            "jedan red za svaku objavu i platformu; kolona text već sadrži vezu, zato kolonu "
            "link ne povezujte još jednom."
        ),
        "pack_csv_hootsuite": (
            "posts/hootsuite-<platforma>.csv: za grupno otpremanje u Hootsuite, jedna datoteka "
            "po profilu; UTF-8 bez oznake BOM; u prozoru za otpremanje izaberite format datuma "
            "dan/mesec/godina (dd/mm/yyyy); vremena su u vremenskoj zoni kampanje ({timezone}) "
            "i na svakih 5 minuta."
        ),
        "pack_csv_thread": (
            "Niti: redovi čiji tekst se završava sa 1/3, 2/3, 3/3 su jedna nit, pet minuta "
            "razmaka, a sliku ima samo 1. deo. Hootsuite i većina alata ne objavljuju odgovore:"
            " zakažite 1. deo, pa svaki sledeći deo objavite kao odgovor na prethodni."
        ),
        "pack_csv_calendar": (
            "calendar.csv: UTF-8 sa oznakom BOM, za tabele; tekst koji bi počeo kao formula "
            "tamo počinje apostrofom."
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
        # Fitting notes and how each platform counts, in words for campaign staff (posts).
        "note_rewrote_tag": "#{written} je napisan kao #{tag}, kako ga piše kampanja",
        "note_campaign_tag_not_used": (
            "izostavljen #{tag}: kampanja na ovoj platformi ne koristi svoje opšte heštegove"
        ),
        "note_area_tag_not_used": (
            "izostavljen #{tag}: kampanja na ovoj platformi ne koristi heštegove tematskih oblasti"
        ),
        "note_post_tag_not_used": (
            "izostavljen #{tag}: kampanja na ovoj platformi ne koristi heštegove pojedinačnih "
            "objava"
        ),
        "note_tag_over_cap": (
            "izostavljen #{tag}: najveći broj heštegova na ovoj platformi je {max}"
        ),
        "note_tag_over_topic_cap": (
            "izostavljen #{tag}: ova platforma samo jedan hešteg po objavi pretvara u temu"
        ),
        "note_first_tag_only_topic": (
            "samo #{tag} postaje tema; ostali heštegovi ostaju običan tekst"
        ),
        "note_link_left_out": (
            "veza je izostavljena: na ovoj platformi veze u tekstu objave ne mogu da se otvore "
            "klikom"
        ),
        "note_dropped_tag": "izostavljen #{tag} da objava ne bi prešla ograničenje dužine",
        "note_used_short": (
            "korišćena je kraća verzija teksta da objava ne bi prešla ograničenje dužine"
        ),
        "note_thread": (
            "podeljeno u nit objava numerisanih od 1/{n} do {n}/{n}, da nijedna ne bi prešla "
            "ograničenje dužine"
        ),
        "note_link_shown_short": (
            "aplikacija prikazuje vezu skraćeno, kao {shown}, ali je računa u celosti"
        ),
        "note_tag_not_detected": (
            "#{tag} u tekstu nije hešteg na platformi {platform}: ispred # mora biti razmak "
            "ili početak reda, a hešteg završava tek razmak"
        ),
        "note_tag_not_detected_appended": (
            "#{tag} u tekstu nije hešteg na platformi {platform}: ispred # mora biti razmak "
            "ili početak reda, a hešteg završava tek razmak; #{tag} je dodat na kraj"
        ),
        "note_fold": (
            "na telefonima se pre „više“ vidi samo oko prvih {fold} znakova; prva rečenica je duža "
            "(dužina: {end})"
        ),
        "posts_limit": "Ograničenje dužine: {limit}.",
        "posts_margin": (
            "Objave su prilagođene na {budget}, nešto ispod ograničenja, jer se brojači same "
            "platforme ne slažu uvek."
        ),
        "posts_tag_cap": "Najveći broj heštegova: {max}.",
        "posts_topic_tag": "Samo jedan hešteg po objavi postaje tema.",
        "counts_x": (
            "Slova latinice, ćirilice i grčkog alfabeta i uobičajeni interpunkcijski znaci "
            "računaju se kao 1; emodžiji, kineski ili japanski znakovi i neki simboli (kao € i …) "
            "kao 2; svaka veza kao 23, čak i veb-adresa napisana bez https://."
        ),
        "counts_bluesky": (
            "Svaki vidljivi znak računa se kao 1, i emodži; veza se računa u celosti, onako kako "
            "je napisana."
        ),
        "counts_mastodon": (
            "Svaki vidljivi znak računa se kao 1, i emodži; svaka veza koja počinje sa http računa "
            "se kao 23; pominjanje @ime@server računa se kao @ime."
        ),
        "counts_threads": (
            "Svaki znak računa se kao 1, ali emodži kao 4 ili više; najviše 5 veza po objavi."
        ),
        "counts_linkedin": "Većina znakova računa se kao 1; emodži kao 2 ili više.",
        "counts_facebook": (
            "Većina znakova računa se kao 1; emodži kao 2 ili više. Na telefonima se pre „Prikaži "
            "više“ vidi samo oko prvih 125 znakova."
        ),
        "counts_instagram": (
            "Većina znakova računa se kao 1; emodži kao 2 ili više. Pre „više“ vidi se samo oko "
            "prvih 125 znakova. Veze u opisu ne mogu da se otvore klikom."
        ),
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
        "pack_csv": "Mjetet e planifikimit të postimeve",
        "pack_csv_scheduler": (
            "posts/scheduler.csv: UTF-8 me shenjë BOM, që Excel të shfaqë saktë çdo alfabet; "
            "një rresht për çdo postim dhe platformë; kolona text e përmban tashmë lidhjen, "
            "prandaj mos e lidhni edhe kolonën link."
        ),
        "pack_csv_hootsuite": (
            "posts/hootsuite-<platforma>.csv: për ngarkimin në grup në Hootsuite, një skedar "
            "për çdo profil; UTF-8 pa shenjë BOM; në dritaren e ngarkimit zgjidhni formatin e "
            "datës ditë/muaj/vit (dd/mm/yyyy); oraret janë në zonën kohore të fushatës "
            "({timezone}) dhe çdo 5 minuta."
        ),
        "pack_csv_thread": (
            "Fijet: rreshtat, teksti i të cilëve mbaron me 1/3, 2/3, 3/3, janë një fije, pesë "
            "minuta larg njëri-tjetrit, dhe vetëm pjesa 1 ka figurë. Hootsuite dhe shumica e "
            "mjeteve nuk postojnë përgjigje: planifikoni pjesën 1, pastaj postoni çdo pjesë "
            "tjetër si përgjigje ndaj asaj para saj."
        ),
        "pack_csv_calendar": (
            "calendar.csv: UTF-8 me shenjë BOM, për fletëllogaritëse; një tekst që do të "
            "fillonte si formulë atje fillon me apostrof."
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
        # Fitting notes and how each platform counts, in words for campaign staff (posts).
        "note_rewrote_tag": "#{written} u shkrua #{tag}, siç e shkruan fushata",
        "note_campaign_tag_not_used": (
            "u la jashtë #{tag}: fushata nuk i përdor hashtag-ët e saj të përgjithshëm në këtë "
            "platformë"
        ),
        "note_area_tag_not_used": (
            "u la jashtë #{tag}: fushata nuk përdor hashtag-ë të fushave tematike në këtë "
            "platformë"
        ),
        "note_post_tag_not_used": (
            "u la jashtë #{tag}: fushata nuk përdor hashtag-ë të postimeve të veçanta në këtë "
            "platformë"
        ),
        "note_tag_over_cap": (
            "u la jashtë #{tag}: numri më i madh i hashtag-ëve në këtë platformë është {max}"
        ),
        "note_tag_over_topic_cap": (
            "u la jashtë #{tag}: kjo platformë e kthen në temë vetëm një hashtag për postim"
        ),
        "note_first_tag_only_topic": (
            "vetëm #{tag} bëhet temë; hashtag-ët e tjerë mbeten tekst i thjeshtë"
        ),
        "note_link_left_out": (
            "lidhja u la jashtë: në këtë platformë lidhjet në tekstin e postimit nuk hapen me "
            "klikim"
        ),
        "note_dropped_tag": "u la jashtë #{tag} që postimi të mos e kalojë kufirin e gjatësisë",
        "note_used_short": (
            "u përdor versioni i shkurtër i tekstit që postimi të mos e kalojë kufirin e gjatësisë"
        ),
        "note_thread": (
            "u nda në një fije postimesh të numëruara nga 1/{n} deri në {n}/{n}, që asnjëri të mos "
            "e kalojë kufirin e gjatësisë"
        ),
        "note_link_shown_short": (
            "aplikacioni e shfaq lidhjen të shkurtuar, si {shown}, por e numëron të plotë"
        ),
        "note_tag_not_detected": (
            "#{tag} në tekst nuk është hashtag në {platform}: para # duhet një hapësirë ose "
            "fillimi i rreshtit, dhe hashtagu mbaron vetëm te një hapësirë"
        ),
        "note_tag_not_detected_appended": (
            "#{tag} në tekst nuk është hashtag në {platform}: para # duhet një hapësirë ose "
            "fillimi i rreshtit, dhe hashtagu mbaron vetëm te një hapësirë; #{tag} u shtua në"
            " fund"
        ),
        "note_fold": (
            "në telefon shfaqen vetëm rreth {fold} shenjat e para përpara «më shumë»; fjalia e "
            "parë është më e gjatë (gjatësia: {end})"
        ),
        "posts_limit": "Kufiri i gjatësisë: {limit}.",
        "posts_margin": (
            "Postimet janë përshtatur në {budget}, pak nën kufi, sepse numëruesit e vetë "
            "platformës nuk përputhen gjithmonë."
        ),
        "posts_tag_cap": "Numri më i madh i hashtag-ëve: {max}.",
        "posts_topic_tag": "Vetëm një hashtag për postim bëhet temë.",
        "counts_x": (
            "Shkronjat e alfabeteve latin, cirilik dhe grek dhe shenjat e zakonshme të pikësimit "
            "numërohen si 1; emoji-t, shenjat kineze ose japoneze dhe disa simbole (si € dhe …) si "
            "2; çdo lidhje si 23, edhe një adresë uebi e shkruar pa https://."
        ),
        "counts_bluesky": (
            "Çdo shenjë e dukshme numërohet si 1, edhe një emoji; një lidhje numërohet e plotë, "
            "ashtu siç është shkruar."
        ),
        "counts_mastodon": (
            "Çdo shenjë e dukshme numërohet si 1, edhe një emoji; çdo lidhje që fillon me http "
            "numërohet si 23; përmendja @emri@serveri numërohet si @emri."
        ),
        "counts_threads": (
            "Çdo shenjë numërohet si 1, por një emoji si 4 ose më shumë; jo më shumë se 5 lidhje "
            "për postim."
        ),
        "counts_linkedin": "Shumica e shenjave numërohen si 1; një emoji si 2 ose më shumë.",
        "counts_facebook": (
            "Shumica e shenjave numërohen si 1; një emoji si 2 ose më shumë. Në telefon shfaqen "
            "vetëm rreth 125 shenjat e para përpara «Shiko më shumë»."
        ),
        "counts_instagram": (
            "Shumica e shenjave numërohen si 1; një emoji si 2 ose më shumë. Përpara «më shumë» "
            "shfaqen vetëm rreth 125 shenjat e para. Lidhjet në përshkrim nuk hapen me klikim."
        ),
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
        "pack_csv": "Alati za zakazivanje objava",
        "pack_csv_scheduler": (
            "posts/scheduler.csv: UTF-8 s oznakom BOM, da Excel ispravno prikaže sva pisma; "
            "jedan redak za svaku objavu i platformu; stupac text već sadrži poveznicu, pa "
            "stupac link nemojte povezati još jednom."
        ),
        "pack_csv_hootsuite": (
            "posts/hootsuite-<platforma>.csv: za skupno učitavanje u Hootsuite, jedna datoteka "
            "po profilu; UTF-8 bez oznake BOM; u prozoru za učitavanje odaberite format datuma "
            "dan/mjesec/godina (dd/mm/yyyy); vremena su u vremenskoj zoni kampanje ({timezone})"
            " i na svakih 5 minuta."
        ),
        "pack_csv_thread": (
            "Niti: retci čiji tekst završava s 1/3, 2/3, 3/3 jedna su nit, pet minuta razmaka, "
            "a sliku ima samo 1. dio. Hootsuite i većina alata ne objavljuju odgovore: zakažite"
            " 1. dio, a svaki sljedeći dio objavite kao odgovor na prethodni."
        ),
        "pack_csv_calendar": (
            "calendar.csv: UTF-8 s oznakom BOM, za proračunske tablice; tekst koji bi počeo kao"
            " formula ondje počinje apostrofom."
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
        # Fitting notes and how each platform counts, in words for campaign staff (posts).
        "note_rewrote_tag": "#{written} napisan je kao #{tag}, kako ga piše kampanja",
        "note_campaign_tag_not_used": (
            "izostavljen #{tag}: kampanja na ovoj platformi ne upotrebljava svoje opće hashtagove"
        ),
        "note_area_tag_not_used": (
            "izostavljen #{tag}: kampanja na ovoj platformi ne upotrebljava hashtagove tematskih "
            "područja"
        ),
        "note_post_tag_not_used": (
            "izostavljen #{tag}: kampanja na ovoj platformi ne upotrebljava hashtagove "
            "pojedinačnih objava"
        ),
        "note_tag_over_cap": (
            "izostavljen #{tag}: najveći broj hashtagova na ovoj platformi je {max}"
        ),
        "note_tag_over_topic_cap": (
            "izostavljen #{tag}: ova platforma samo jedan hashtag po objavi pretvara u temu"
        ),
        "note_first_tag_only_topic": (
            "samo #{tag} postaje tema; ostali hashtagovi ostaju običan tekst"
        ),
        "note_link_left_out": (
            "poveznica je izostavljena: na ovoj platformi poveznice u tekstu objave ne mogu se "
            "otvoriti klikom"
        ),
        "note_dropped_tag": "izostavljen #{tag} kako objava ne bi prešla ograničenje duljine",
        "note_used_short": (
            "upotrijebljena je kraća inačica teksta kako objava ne bi prešla ograničenje duljine"
        ),
        "note_thread": (
            "podijeljeno u nit objava numeriranih od 1/{n} do {n}/{n}, kako nijedna ne bi prešla "
            "ograničenje duljine"
        ),
        "note_link_shown_short": (
            "aplikacija prikazuje poveznicu skraćeno, kao {shown}, ali je broji u cijelosti"
        ),
        "note_tag_not_detected": (
            "#{tag} u tekstu nije hashtag na platformi {platform}: ispred # mora biti razmak "
            "ili početak retka, a hashtag završava tek razmak"
        ),
        "note_tag_not_detected_appended": (
            "#{tag} u tekstu nije hashtag na platformi {platform}: ispred # mora biti razmak "
            "ili početak retka, a hashtag završava tek razmak; #{tag} je dodan na kraj"
        ),
        "note_fold": (
            "na mobitelima se prije „više” vidi samo otprilike prvih {fold} znakova; prva je "
            "rečenica dulja (duljina: {end})"
        ),
        "posts_limit": "Ograničenje duljine: {limit}.",
        "posts_margin": (
            "Objave su prilagođene na {budget}, nešto ispod ograničenja, jer se brojači same "
            "platforme ne slažu uvijek."
        ),
        "posts_tag_cap": "Najveći broj hashtagova: {max}.",
        "posts_topic_tag": "Samo jedan hashtag po objavi postaje tema.",
        "counts_x": (
            "Slova latinice, ćirilice i grčkog alfabeta te uobičajeni interpunkcijski znakovi "
            "broje se kao 1; emojiji, kineski ili japanski znakovi i neki simboli (npr. € i …) kao "
            "2; svaka poveznica kao 23, čak i web-adresa napisana bez https://."
        ),
        "counts_bluesky": (
            "Svaki vidljivi znak broji se kao 1, pa i emoji; poveznica se broji u cijelosti, onako "
            "kako je napisana."
        ),
        "counts_mastodon": (
            "Svaki vidljivi znak broji se kao 1, pa i emoji; svaka poveznica koja počinje s http "
            "broji se kao 23; spominjanje @ime@poslužitelj broji se kao @ime."
        ),
        "counts_threads": (
            "Svaki znak broji se kao 1, ali emoji kao 4 ili više; najviše 5 poveznica po objavi."
        ),
        "counts_linkedin": "Većina znakova broji se kao 1; emoji kao 2 ili više.",
        "counts_facebook": (
            "Većina znakova broji se kao 1; emoji kao 2 ili više. Na mobitelima se prije „Prikaži "
            "više” vidi samo otprilike prvih 125 znakova."
        ),
        "counts_instagram": (
            "Većina znakova broji se kao 1; emoji kao 2 ili više. Prije „više” vidi se samo "
            "otprilike prvih 125 znakova. Poveznice u opisu ne mogu se otvoriti klikom."
        ),
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
        "pack_csv": "Alati za zakazivanje objava",
        "pack_csv_scheduler": (
            "posts/scheduler.csv: UTF-8 s oznakom BOM, da Excel ispravno prikaže sva pisma; "
            "jedan red za svaku objavu i platformu; kolona text već sadrži link, zato kolonu "
            "link ne povezujte još jednom."
        ),
        "pack_csv_hootsuite": (
            "posts/hootsuite-<platforma>.csv: za grupno učitavanje u Hootsuite, jedna datoteka "
            "po profilu; UTF-8 bez oznake BOM; u prozoru za učitavanje odaberite format datuma "
            "dan/mjesec/godina (dd/mm/yyyy); vremena su u vremenskoj zoni kampanje ({timezone})"
            " i na svakih 5 minuta."
        ),
        "pack_csv_thread": (
            "Niti: redovi čiji tekst završava sa 1/3, 2/3, 3/3 su jedna nit, pet minuta "
            "razmaka, a sliku ima samo 1. dio. Hootsuite i većina alata ne objavljuju odgovore:"
            " zakažite 1. dio, a svaki sljedeći dio objavite kao odgovor na prethodni."
        ),
        "pack_csv_calendar": (
            "calendar.csv: UTF-8 s oznakom BOM, za tabele; tekst koji bi počeo kao formula tamo"
            " počinje apostrofom."
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
        # Fitting notes and how each platform counts, in words for campaign staff (posts).
        "note_rewrote_tag": "#{written} napisan je kao #{tag}, kako ga piše kampanja",
        "note_campaign_tag_not_used": (
            "izostavljen #{tag}: kampanja na ovoj platformi ne koristi svoje opće hashtagove"
        ),
        "note_area_tag_not_used": (
            "izostavljen #{tag}: kampanja na ovoj platformi ne koristi hashtagove tematskih "
            "oblasti"
        ),
        "note_post_tag_not_used": (
            "izostavljen #{tag}: kampanja na ovoj platformi ne koristi hashtagove pojedinačnih "
            "objava"
        ),
        "note_tag_over_cap": (
            "izostavljen #{tag}: najveći broj hashtagova na ovoj platformi je {max}"
        ),
        "note_tag_over_topic_cap": (
            "izostavljen #{tag}: ova platforma samo jedan hashtag po objavi pretvara u temu"
        ),
        "note_first_tag_only_topic": (
            "samo #{tag} postaje tema; ostali hashtagovi ostaju običan tekst"
        ),
        "note_link_left_out": (
            "link je izostavljen: na ovoj platformi linkovi u tekstu objave ne mogu se otvoriti "
            "klikom"
        ),
        "note_dropped_tag": "izostavljen #{tag} da objava ne bi prešla ograničenje dužine",
        "note_used_short": (
            "korištena je kraća verzija teksta da objava ne bi prešla ograničenje dužine"
        ),
        "note_thread": (
            "podijeljeno u nit objava numerisanih od 1/{n} do {n}/{n}, da nijedna ne bi prešla "
            "ograničenje dužine"
        ),
        "note_link_shown_short": (
            "aplikacija prikazuje link skraćeno, kao {shown}, ali ga broji u cijelosti"
        ),
        "note_tag_not_detected": (
            "#{tag} u tekstu nije hashtag na platformi {platform}: ispred # mora biti razmak "
            "ili početak reda, a hashtag završava tek razmak"
        ),
        "note_tag_not_detected_appended": (
            "#{tag} u tekstu nije hashtag na platformi {platform}: ispred # mora biti razmak "
            "ili početak reda, a hashtag završava tek razmak; #{tag} je dodan na kraj"
        ),
        "note_fold": (
            "na mobitelima se prije „više“ vidi samo otprilike prvih {fold} znakova; prva rečenica "
            "je duža (dužina: {end})"
        ),
        "posts_limit": "Ograničenje dužine: {limit}.",
        "posts_margin": (
            "Objave su prilagođene na {budget}, nešto ispod ograničenja, jer se brojači same "
            "platforme ne slažu uvijek."
        ),
        "posts_tag_cap": "Najveći broj hashtagova: {max}.",
        "posts_topic_tag": "Samo jedan hashtag po objavi postaje tema.",
        "counts_x": (
            "Slova latinice, ćirilice i grčkog alfabeta i uobičajeni interpunkcijski znakovi broje "
            "se kao 1; emojiji, kineski ili japanski znakovi i neki simboli (npr. € i …) kao 2; "
            "svaki link kao 23, čak i web-adresa napisana bez https://."
        ),
        "counts_bluesky": (
            "Svaki vidljivi znak broji se kao 1, pa i emoji; link se broji u cijelosti, onako kako "
            "je napisan."
        ),
        "counts_mastodon": (
            "Svaki vidljivi znak broji se kao 1, pa i emoji; svaki link koji počinje sa http broji "
            "se kao 23; spominjanje @ime@server broji se kao @ime."
        ),
        "counts_threads": (
            "Svaki znak broji se kao 1, ali emoji kao 4 ili više; najviše 5 linkova po objavi."
        ),
        "counts_linkedin": "Većina znakova broji se kao 1; emoji kao 2 ili više.",
        "counts_facebook": (
            "Većina znakova broji se kao 1; emoji kao 2 ili više. Na mobitelima se prije „Prikaži "
            "više“ vidi samo otprilike prvih 125 znakova."
        ),
        "counts_instagram": (
            "Većina znakova broji se kao 1; emoji kao 2 ili više. Prije „više“ vidi se samo "
            "otprilike prvih 125 znakova. Linkovi u opisu ne mogu se otvoriti klikom."
        ),
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
        "pack_csv": "Алатки за закажување објави",
        "pack_csv_scheduler": (
            "posts/scheduler.csv: UTF-8 со ознака BOM, за Excel правилно да ги прикаже сите "
            "писма; по еден ред за секоја објава и платформа; колоната text веќе го содржи "
            "линкот, затоа не ја поврзувајте и колоната link."
        ),
        "pack_csv_hootsuite": (
            "posts/hootsuite-<платформа>.csv: за групно прикачување во Hootsuite, по една "
            "датотека за секој профил; UTF-8 без ознака BOM; во прозорецот за прикачување "
            "изберете формат на датум ден/месец/година (dd/mm/yyyy); времињата се во "
            "временската зона на кампањата ({timezone}) и на секои 5 минути."
        ),
        "pack_csv_thread": (
            "Нишки: редовите чиј текст завршува со 1/3, 2/3, 3/3 се една нишка, пет минути "
            "разлика, а слика има само 1. дел. Hootsuite и повеќето алатки не објавуваат "
            "одговори: закажете го 1. дел, а секој следен дел објавете го како одговор на "
            "претходниот."
        ),
        "pack_csv_calendar": (
            "calendar.csv: UTF-8 со ознака BOM, за табели; текст што би започнал како формула "
            "таму започнува со апостроф."
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
        # Fitting notes and how each platform counts, in words for campaign staff (posts).
        "note_rewrote_tag": "#{written} е напишан како #{tag}, како што го пишува кампањата",
        "note_campaign_tag_not_used": (
            "изоставен #{tag}: кампањата на оваа платформа не ги користи своите општи хаштагови"
        ),
        "note_area_tag_not_used": (
            "изоставен #{tag}: кампањата на оваа платформа не користи хаштагови на тематските "
            "области"
        ),
        "note_post_tag_not_used": (
            "изоставен #{tag}: кампањата на оваа платформа не користи хаштагови на поединечни "
            "објави"
        ),
        "note_tag_over_cap": (
            "изоставен #{tag}: најголемиот број хаштагови на оваа платформа е {max}"
        ),
        "note_tag_over_topic_cap": (
            "изоставен #{tag}: оваа платформа само еден хаштаг по објава претвора во тема"
        ),
        "note_first_tag_only_topic": (
            "само #{tag} станува тема; другите хаштагови остануваат обичен текст"
        ),
        "note_link_left_out": (
            "линкот е изоставен: на оваа платформа линковите во текстот на објавата не можат да се "
            "отворат со клик"
        ),
        "note_dropped_tag": (
            "изоставен #{tag} за објавата да не го надмине ограничувањето на должината"
        ),
        "note_used_short": (
            "користена е пократката верзија на текстот за објавата да не го надмине ограничувањето "
            "на должината"
        ),
        "note_thread": (
            "поделено во нишка од објави нумерирани од 1/{n} до {n}/{n}, за ниедна да не го "
            "надмине ограничувањето на должината"
        ),
        "note_link_shown_short": (
            "апликацијата го прикажува линкот скратено, како {shown}, но го брои во целост"
        ),
        "note_tag_not_detected": (
            "#{tag} во текстот не е хаштаг на {platform}: пред # треба празно место или "
            "почеток на ред, а хаштагот завршува дури на празно место"
        ),
        "note_tag_not_detected_appended": (
            "#{tag} во текстот не е хаштаг на {platform}: пред # треба празно место или "
            "почеток на ред, а хаштагот завршува дури на празно место; #{tag} е додаден на "
            "крајот"
        ),
        "note_fold": (
            "на телефоните пред „повеќе“ се гледаат само околу првите {fold} знаци; првата "
            "реченица е подолга (должина: {end})"
        ),
        "posts_limit": "Ограничување на должината: {limit}.",
        "posts_margin": (
            "Објавите се прилагодени на {budget}, малку под ограничувањето, бидејќи бројачите на "
            "самата платформа не се совпаѓаат секогаш."
        ),
        "posts_tag_cap": "Најголем број хаштагови: {max}.",
        "posts_topic_tag": "Само еден хаштаг по објава станува тема.",
        "counts_x": (
            "Буквите од латиницата, кирилицата и грчкото писмо и вообичаените интерпункциски знаци "
            "се бројат како 1; емоџијата, кинеските или јапонските знаци и некои симболи (како € и "
            "…) како 2; секој линк како 23, дури и веб-адреса напишана без https://."
        ),
        "counts_bluesky": (
            "Секој видлив знак се брои како 1, и емоџи; линкот се брои во целост, онака како што е "
            "напишан."
        ),
        "counts_mastodon": (
            "Секој видлив знак се брои како 1, и емоџи; секој линк што почнува со http се брои "
            "како 23; спомнувањето @име@сервер се брои како @име."
        ),
        "counts_threads": (
            "Секој знак се брои како 1, но емоџи како 4 или повеќе; најмногу 5 линкови по објава."
        ),
        "counts_linkedin": "Повеќето знаци се бројат како 1; емоџи како 2 или повеќе.",
        "counts_facebook": (
            "Повеќето знаци се бројат како 1; емоџи како 2 или повеќе. На телефоните пред „Види "
            "повеќе“ се гледаат само околу првите 125 знаци."
        ),
        "counts_instagram": (
            "Повеќето знаци се бројат како 1; емоџи како 2 или повеќе. Пред „повеќе“ се гледаат "
            "само околу првите 125 знаци. Линковите во описот не можат да се отворат со клик."
        ),
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
        "pack_csv": "Инструменти за планиране на публикации",
        "pack_csv_scheduler": (
            "posts/scheduler.csv: UTF-8 със знак BOM, за да показва Excel правилно всяка "
            "азбука; по един ред за всяка публикация и платформа; колоната text вече съдържа "
            "връзката, затова не свързвайте и колоната link."
        ),
        "pack_csv_hootsuite": (
            "posts/hootsuite-<платформа>.csv: за групово качване в Hootsuite, по един файл за "
            "всеки профил; UTF-8 без знак BOM; в прозореца за качване изберете формат на датата"
            " ден/месец/година (dd/mm/yyyy); часовете са в часовата зона на кампанията "
            "({timezone}) и през 5 минути."
        ),
        "pack_csv_thread": (
            "Нишки: редовете, чийто текст завършва с 1/3, 2/3, 3/3, са една нишка, през пет "
            "минути, и само част 1 има изображение. Hootsuite и повечето инструменти не "
            "публикуват отговори: планирайте част 1, после публикувайте всяка следваща част "
            "като отговор на предишната."
        ),
        "pack_csv_calendar": (
            "calendar.csv: UTF-8 със знак BOM, за електронни таблици; текст, който би започнал "
            "като формула, там започва с апостроф."
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
        # Fitting notes and how each platform counts, in words for campaign staff (posts).
        "note_rewrote_tag": "#{written} е изписан като #{tag}, както го пише кампанията",
        "note_campaign_tag_not_used": (
            "пропуснат #{tag}: кампанията не използва общите си хаштагове в тази платформа"
        ),
        "note_area_tag_not_used": (
            "пропуснат #{tag}: кампанията не използва хаштагове на тематичните области в тази "
            "платформа"
        ),
        "note_post_tag_not_used": (
            "пропуснат #{tag}: кампанията не използва хаштагове на отделни публикации в тази "
            "платформа"
        ),
        "note_tag_over_cap": (
            "пропуснат #{tag}: максималният брой хаштагове в тази платформа е {max}"
        ),
        "note_tag_over_topic_cap": (
            "пропуснат #{tag}: тази платформа превръща в тема само един хаштаг на публикация"
        ),
        "note_first_tag_only_topic": (
            "само #{tag} става тема; останалите хаштагове остават обикновен текст"
        ),
        "note_link_left_out": (
            "връзката е пропусната: в тази платформа връзките в текста на публикацията не се "
            "отварят с щракване"
        ),
        "note_dropped_tag": (
            "пропуснат #{tag}, за да не надхвърли публикацията ограничението за дължина"
        ),
        "note_used_short": (
            "използван е краткият вариант на текста, за да не надхвърли публикацията ограничението "
            "за дължина"
        ),
        "note_thread": (
            "разделено на нишка от публикации с номера от 1/{n} до {n}/{n}, за да не надхвърли "
            "никоя ограничението за дължина"
        ),
        "note_link_shown_short": (
            "приложението показва връзката съкратено, като {shown}, но я брои изцяло"
        ),
        "note_tag_not_detected": (
            "#{tag} в текста не е хаштаг в {platform}: пред # трябва интервал или начало на "
            "ред, а хаштагът свършва едва при интервал"
        ),
        "note_tag_not_detected_appended": (
            "#{tag} в текста не е хаштаг в {platform}: пред # трябва интервал или начало на "
            "ред, а хаштагът свършва едва при интервал; #{tag} е добавен в края"
        ),
        "note_fold": (
            "на телефон преди „Още“ се виждат само около първите {fold} знака; първото изречение е "
            "по-дълго (дължина: {end})"
        ),
        "posts_limit": "Ограничение за дължина: {limit}.",
        "posts_margin": (
            "Публикациите са съобразени с {budget}, малко под ограничението, защото броячите на "
            "самата платформа не винаги съвпадат."
        ),
        "posts_tag_cap": "Максимален брой хаштагове: {max}.",
        "posts_topic_tag": "Само един хаштаг на публикация става тема.",
        "counts_x": (
            "Буквите от латиницата, кирилицата и гръцката азбука и обичайните препинателни знаци "
            "се броят за 1; емоджитата, китайските или японските знаци и някои символи (като € и "
            "…) за 2; всяка връзка за 23, дори уеб адрес, написан без https://."
        ),
        "counts_bluesky": (
            "Всеки видим знак се брои за 1, включително емоджи; връзката се брои изцяло, както е "
            "написана."
        ),
        "counts_mastodon": (
            "Всеки видим знак се брои за 1, включително емоджи; всяка връзка, която започва с "
            "http, се брои за 23; споменаване @име@сървър се брои като @име."
        ),
        "counts_threads": (
            "Всеки знак се брои за 1, но емоджи се брои за 4 или повече; най-много 5 връзки в "
            "публикация."
        ),
        "counts_linkedin": "Повечето знаци се броят за 1; емоджи се брои за 2 или повече.",
        "counts_facebook": (
            "Повечето знаци се броят за 1; емоджи се брои за 2 или повече. На телефон преди „Вижте "
            "още“ се виждат само около първите 125 знака."
        ),
        "counts_instagram": (
            "Повечето знаци се броят за 1; емоджи се брои за 2 или повече. Преди „още“ се виждат "
            "само около първите 125 знака. Връзките в описанието не се отварят с щракване."
        ),
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
        "pack_csv": "Instrumente de programare a postărilor",
        "pack_csv_scheduler": (
            "posts/scheduler.csv: UTF-8 cu marcaj BOM, ca Excel să afișeze corect orice "
            "alfabet; un rând pentru fiecare postare și platformă; coloana text conține deja "
            "linkul, deci nu asociați și coloana link."
        ),
        "pack_csv_hootsuite": (
            "posts/hootsuite-<platformă>.csv: pentru încărcarea în bloc în Hootsuite, un fișier"
            " pentru fiecare profil; UTF-8 fără marcaj BOM; în fereastra de încărcare alegeți "
            "formatul de dată zi/lună/an (dd/mm/yyyy); orele sunt în fusul orar al campaniei "
            "({timezone}) și din 5 în 5 minute."
        ),
        "pack_csv_thread": (
            "Fire: rândurile al căror text se termină cu 1/3, 2/3, 3/3 sunt un singur fir, la "
            "cinci minute unul de altul, și doar partea 1 are imagine. Hootsuite și majoritatea"
            " instrumentelor nu pot posta răspunsuri: programați partea 1, apoi postați fiecare"
            " parte următoare ca răspuns la cea dinainte."
        ),
        "pack_csv_calendar": (
            "calendar.csv: UTF-8 cu marcaj BOM, pentru foi de calcul; un text care ar începe ca"
            " o formulă începe acolo cu un apostrof."
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
        # Fitting notes and how each platform counts, in words for campaign staff (posts).
        "note_rewrote_tag": "#{written} a fost scris #{tag}, cum îl scrie campania",
        "note_campaign_tag_not_used": (
            "omis #{tag}: campania nu își folosește hashtagurile generale pe această platformă"
        ),
        "note_area_tag_not_used": (
            "omis #{tag}: campania nu folosește hashtagurile domeniilor tematice pe această "
            "platformă"
        ),
        "note_post_tag_not_used": (
            "omis #{tag}: campania nu folosește hashtagurile proprii ale postărilor pe această "
            "platformă"
        ),
        "note_tag_over_cap": (
            "omis #{tag}: numărul maxim de hashtaguri pe această platformă este {max}"
        ),
        "note_tag_over_topic_cap": (
            "omis #{tag}: această platformă transformă în subiect un singur hashtag pe postare"
        ),
        "note_first_tag_only_topic": (
            "doar #{tag} devine subiect; celelalte hashtaguri rămân text simplu"
        ),
        "note_link_left_out": (
            "linkul a fost omis: pe această platformă, linkurile din textul postării nu se pot "
            "deschide printr-un clic"
        ),
        "note_dropped_tag": "omis #{tag}, ca postarea să se încadreze în limita de lungime",
        "note_used_short": (
            "s-a folosit varianta scurtă a textului, ca postarea să se încadreze în limita de "
            "lungime"
        ),
        "note_thread": (
            "împărțit într-un fir de postări numerotate de la 1/{n} la {n}/{n}, ca fiecare să se "
            "încadreze în limita de lungime"
        ),
        "note_link_shown_short": (
            "aplicația afișează linkul scurtat, ca {shown}, dar îl numără în întregime"
        ),
        "note_tag_not_detected": (
            "#{tag} din text nu este hashtag pe {platform}: înainte de # trebuie un spațiu "
            "sau începutul unui rând, iar hashtagul se termină doar la un spațiu"
        ),
        "note_tag_not_detected_appended": (
            "#{tag} din text nu este hashtag pe {platform}: înainte de # trebuie un spațiu "
            "sau începutul unui rând, iar hashtagul se termină doar la un spațiu; #{tag} a "
            "fost adăugat la sfârșit"
        ),
        "note_fold": (
            "pe telefon se văd doar aproximativ primele {fold} de caractere înainte de „mai mult”; "
            "prima propoziție este mai lungă (lungime: {end})"
        ),
        "posts_limit": "Limita de lungime: {limit}.",
        "posts_margin": (
            "Postările sunt încadrate în {budget}, puțin sub limită, pentru că numărătorile "
            "platformei înseși nu concordă mereu."
        ),
        "posts_tag_cap": "Numărul maxim de hashtaguri: {max}.",
        "posts_topic_tag": "Un singur hashtag pe postare devine subiect.",
        "counts_x": (
            "Literele alfabetelor latin, chirilic și grec și semnele de punctuație obișnuite "
            "contează ca 1; emoji, caracterele chinezești sau japoneze și unele simboluri (precum "
            "€ și …) ca 2; fiecare link ca 23, chiar și o adresă web scrisă fără https://."
        ),
        "counts_bluesky": (
            "Fiecare caracter vizibil contează ca 1, inclusiv un emoji; un link contează întreg, "
            "așa cum este scris."
        ),
        "counts_mastodon": (
            "Fiecare caracter vizibil contează ca 1, inclusiv un emoji; fiecare link care începe "
            "cu http contează ca 23; o mențiune @nume@server contează ca @nume."
        ),
        "counts_threads": (
            "Fiecare caracter contează ca 1, dar un emoji contează ca 4 sau mai mult; cel mult 5 "
            "linkuri pe postare."
        ),
        "counts_linkedin": (
            "Majoritatea caracterelor contează ca 1; un emoji contează ca 2 sau mai mult."
        ),
        "counts_facebook": (
            "Majoritatea caracterelor contează ca 1; un emoji contează ca 2 sau mai mult. Pe "
            "telefon se văd doar aproximativ primele 125 de caractere înainte de „Vezi mai mult”."
        ),
        "counts_instagram": (
            "Majoritatea caracterelor contează ca 1; un emoji contează ca 2 sau mai mult. Înainte "
            "de „mai mult” se văd doar aproximativ primele 125 de caractere. Linkurile din "
            "descriere nu se pot deschide printr-un clic."
        ),
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
        "pack_csv": "Εργαλεία προγραμματισμού αναρτήσεων",
        "pack_csv_scheduler": (
            "posts/scheduler.csv: UTF-8 με σήμανση BOM, ώστε το Excel να δείχνει σωστά κάθε "
            "αλφάβητο· μία γραμμή για κάθε ανάρτηση και πλατφόρμα· η στήλη text περιέχει ήδη "
            "τον σύνδεσμο, γι' αυτό μην αντιστοιχίσετε και τη στήλη link."
        ),
        "pack_csv_hootsuite": (
            "posts/hootsuite-<πλατφόρμα>.csv: για μαζική μεταφόρτωση στο Hootsuite, ένα αρχείο "
            "για κάθε προφίλ· UTF-8 χωρίς σήμανση BOM· στο παράθυρο μεταφόρτωσης επιλέξτε μορφή"
            " ημερομηνίας ημέρα/μήνας/έτος (dd/mm/yyyy)· οι ώρες είναι στη ζώνη ώρας της "
            "καμπάνιας ({timezone}) και ανά 5 λεπτά."
        ),
        "pack_csv_thread": (
            "Νήματα: οι γραμμές των οποίων το κείμενο τελειώνει σε 1/3, 2/3, 3/3 είναι ένα "
            "νήμα, με πέντε λεπτά διαφορά, και μόνο το μέρος 1 έχει εικόνα. Το Hootsuite και τα"
            " περισσότερα εργαλεία δεν δημοσιεύουν απαντήσεις: προγραμματίστε το μέρος 1 και "
            "δημοσιεύστε κάθε επόμενο μέρος ως απάντηση στο προηγούμενο."
        ),
        "pack_csv_calendar": (
            "calendar.csv: UTF-8 με σήμανση BOM, για υπολογιστικά φύλλα· ένα κείμενο που θα "
            "άρχιζε σαν τύπος ξεκινά εκεί με απόστροφο."
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
        # Fitting notes and how each platform counts, in words for campaign staff (posts).
        "note_rewrote_tag": "το #{written} γράφτηκε #{tag}, όπως το γράφει η εκστρατεία",
        "note_campaign_tag_not_used": (
            "παραλείφθηκε το #{tag}: η εκστρατεία δεν χρησιμοποιεί τα γενικά της hashtags σε αυτή "
            "την πλατφόρμα"
        ),
        "note_area_tag_not_used": (
            "παραλείφθηκε το #{tag}: η εκστρατεία δεν χρησιμοποιεί hashtags θεματικών ενοτήτων σε "
            "αυτή την πλατφόρμα"
        ),
        "note_post_tag_not_used": (
            "παραλείφθηκε το #{tag}: η εκστρατεία δεν χρησιμοποιεί hashtags μεμονωμένων αναρτήσεων "
            "σε αυτή την πλατφόρμα"
        ),
        "note_tag_over_cap": (
            "παραλείφθηκε το #{tag}: ο μέγιστος αριθμός hashtags σε αυτή την πλατφόρμα είναι {max}"
        ),
        "note_tag_over_topic_cap": (
            "παραλείφθηκε το #{tag}: αυτή η πλατφόρμα κάνει θέμα μόνο ένα hashtag ανά ανάρτηση"
        ),
        "note_first_tag_only_topic": (
            "μόνο το #{tag} γίνεται θέμα· τα υπόλοιπα hashtags μένουν απλό κείμενο"
        ),
        "note_link_left_out": (
            "ο σύνδεσμος παραλείφθηκε: σε αυτή την πλατφόρμα οι σύνδεσμοι στο κείμενο της "
            "ανάρτησης δεν ανοίγουν με κλικ"
        ),
        "note_dropped_tag": "παραλείφθηκε το #{tag} ώστε η ανάρτηση να μην ξεπερνά το όριο μήκους",
        "note_used_short": (
            "χρησιμοποιήθηκε η σύντομη εκδοχή του κειμένου ώστε η ανάρτηση να μην ξεπερνά το όριο "
            "μήκους"
        ),
        "note_thread": (
            "χωρίστηκε σε νήμα αναρτήσεων με αρίθμηση από 1/{n} έως {n}/{n}, ώστε καμία να μην "
            "ξεπερνά το όριο μήκους"
        ),
        "note_link_shown_short": (
            "η εφαρμογή δείχνει τον σύνδεσμο συντομευμένο, ως {shown}, αλλά τον μετρά ολόκληρο"
        ),
        "note_tag_not_detected": (
            "το #{tag} στο κείμενο δεν είναι hashtag στο {platform}: πριν από το # χρειάζεται"
            " κενό ή αρχή γραμμής, και το hashtag τελειώνει μόνο σε κενό"
        ),
        "note_tag_not_detected_appended": (
            "το #{tag} στο κείμενο δεν είναι hashtag στο {platform}: πριν από το # χρειάζεται"
            " κενό ή αρχή γραμμής, και το hashtag τελειώνει μόνο σε κενό· προστέθηκε το "
            "#{tag} στο τέλος"
        ),
        "note_fold": (
            "στα κινητά φαίνονται μόνο περίπου οι πρώτοι {fold} χαρακτήρες πριν από το "
            "«Περισσότερα»· η πρώτη πρόταση είναι μεγαλύτερη (μήκος: {end})"
        ),
        "posts_limit": "Όριο μήκους: {limit}.",
        "posts_margin": (
            "Οι αναρτήσεις κρατιούνται έως {budget}, λίγο κάτω από το όριο, επειδή οι μετρητές της "
            "ίδιας της πλατφόρμας δεν συμφωνούν πάντα."
        ),
        "posts_tag_cap": "Μέγιστος αριθμός hashtags: {max}.",
        "posts_topic_tag": "Μόνο ένα hashtag ανά ανάρτηση γίνεται θέμα.",
        "counts_x": (
            "Τα γράμματα του λατινικού, του κυριλλικού και του ελληνικού αλφαβήτου και τα συνήθη "
            "σημεία στίξης μετρούν ως 1· τα emoji, οι κινεζικοί ή ιαπωνικοί χαρακτήρες και "
            "ορισμένα σύμβολα (όπως € και …) ως 2· κάθε σύνδεσμος ως 23, ακόμη και μια διεύθυνση "
            "ιστού γραμμένη χωρίς https://."
        ),
        "counts_bluesky": (
            "Κάθε ορατός χαρακτήρας μετρά ως 1, και ένα emoji· ένας σύνδεσμος μετρά ολόκληρος, "
            "όπως είναι γραμμένος."
        ),
        "counts_mastodon": (
            "Κάθε ορατός χαρακτήρας μετρά ως 1, και ένα emoji· κάθε σύνδεσμος που αρχίζει με http "
            "μετρά ως 23· η αναφορά @όνομα@διακομιστής μετρά ως @όνομα."
        ),
        "counts_threads": (
            "Κάθε χαρακτήρας μετρά ως 1, αλλά ένα emoji μετρά ως 4 ή περισσότερο· έως 5 σύνδεσμοι "
            "ανά ανάρτηση."
        ),
        "counts_linkedin": (
            "Οι περισσότεροι χαρακτήρες μετρούν ως 1· ένα emoji μετρά ως 2 ή περισσότερο."
        ),
        "counts_facebook": (
            "Οι περισσότεροι χαρακτήρες μετρούν ως 1· ένα emoji μετρά ως 2 ή περισσότερο. Στα "
            "κινητά φαίνονται μόνο περίπου οι πρώτοι 125 χαρακτήρες πριν από το «Δείτε "
            "περισσότερα»."
        ),
        "counts_instagram": (
            "Οι περισσότεροι χαρακτήρες μετρούν ως 1· ένα emoji μετρά ως 2 ή περισσότερο. Πριν από "
            "το «περισσότερα» φαίνονται μόνο περίπου οι πρώτοι 125 χαρακτήρες. Οι σύνδεσμοι στη "
            "λεζάντα δεν ανοίγουν με κλικ."
        ),
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
