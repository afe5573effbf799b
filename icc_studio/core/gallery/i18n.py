"""The gallery's interface texts: one small table per language, and the names of languages.

The gallery is a website, not a Qt window, so its few interface strings live here rather
than in the Qt ``.ts`` catalogues. Sentences avoid plural forms ("Contributions: 12"), so
one string per language is enough even where plurals have many forms (Arabic, Ukrainian).
A language missing from the table falls back to English, string by string.
"""

from __future__ import annotations

RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "yi", "dv", "ckb", "sd", "ug"})

#: Names of languages in their own language (shown in the language filter).
LANGUAGE_NAMES: dict[str, str] = {
    "ar": "العربية", "bg": "Български", "bn": "বাংলা", "ca": "Català", "cs": "Čeština", "da": "Dansk",
    "de": "Deutsch", "el": "Ελληνικά", "en": "English", "es": "Español", "et": "Eesti", "fa": "فارسی",
    "fi": "Suomi", "fr": "Français", "he": "עברית", "hi": "हिन्दी", "hr": "Hrvatski", "hu": "Magyar",
    "hy": "Հայերեն", "it": "Italiano", "ja": "日本語", "ka": "ქართული", "ko": "한국어", "lt": "Lietuvių",
    "lv": "Latviešu", "nl": "Nederlands", "no": "Norsk", "pl": "Polski", "pt": "Português", "ro": "Română",
    "ru": "Русский", "sk": "Slovenčina", "sl": "Slovenščina", "so": "Soomaali", "sq": "Shqip",
    "sr": "Српски", "sv": "Svenska", "ti": "ትግርኛ", "tr": "Türkçe", "uk": "Українська", "ur": "اردو",
    "zh": "中文",
}

KEYS: tuple[str, ...] = (
    "skip", "home", "cities", "contributions", "showing", "filters", "city", "language", "all_cities",
    "all_languages", "interface_language", "city_video", "subtitles", "collage", "collage_download",
    "hashtags", "hashtags_lead", "open_city", "photo", "clip", "description", "nothing", "consent_note",
    "footer", "network", "wall", "wall_city", "pages", "previous", "next",
)

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "skip": "Skip to the contributions",
        "home": "Home",
        "cities": "Cities",
        "contributions": "Contributions: {n}",
        "showing": "Showing {shown} of {total}",
        "filters": "Filter the contributions",
        "city": "City",
        "language": "Language",
        "all_cities": "All cities",
        "all_languages": "All languages",
        "interface_language": "Language of this site",
        "city_video": "The video of {city}",
        "subtitles": "Subtitles",
        "collage": "The collage poster",
        "collage_download": "Open the poster in full size",
        "hashtags": "Hashtags",
        "hashtags_lead": "Share the campaign with these hashtags:",
        "open_city": "See the contributions from {city}",
        "photo": "Photo",
        "clip": "Video clip",
        "description": "Description",
        "nothing": "No contribution matches this selection.",
        "consent_note": "Every photo and video here is published with the consent of the person shown. "
                        "A contribution is removed as soon as its consent is withdrawn.",
        "footer": "A campaign site of the Intercultural Cities network, made with ICC Studio. "
                  "No cookies, no tracking, nothing loaded from elsewhere.",
        "network": "Intercultural Cities",
        "wall": "All contributions",
        "wall_city": "Contributions from {city}",
        "pages": "Pages",
        "previous": "Previous",
        "next": "Next",
    },
    "fr": {
        "skip": "Aller aux contributions",
        "home": "Accueil",
        "cities": "Villes",
        "contributions": "Contributions : {n}",
        "showing": "{shown} sur {total} affichées",
        "filters": "Filtrer les contributions",
        "city": "Ville",
        "language": "Langue",
        "all_cities": "Toutes les villes",
        "all_languages": "Toutes les langues",
        "interface_language": "Langue du site",
        "city_video": "La vidéo de {city}",
        "subtitles": "Sous-titres",
        "collage": "L’affiche collage",
        "collage_download": "Ouvrir l’affiche en grand",
        "hashtags": "Hashtags",
        "hashtags_lead": "Partagez la campagne avec ces hashtags :",
        "open_city": "Voir les contributions de {city}",
        "photo": "Photo",
        "clip": "Vidéo",
        "description": "Description",
        "nothing": "Aucune contribution ne correspond à cette sélection.",
        "consent_note": "Chaque photo et chaque vidéo est publiée avec le consentement de la personne représentée. "
                        "Une contribution est retirée dès que ce consentement est retiré.",
        "footer": "Un site de campagne du réseau des Cités interculturelles, réalisé avec ICC Studio. "
                  "Pas de cookies, pas de pistage, rien n’est chargé d’ailleurs.",
        "network": "Cités interculturelles",
        "wall": "Toutes les contributions",
        "wall_city": "Les contributions de {city}",
        "pages": "Pages",
        "previous": "Précédente",
        "next": "Suivante",
    },
    "de": {
        "skip": "Zu den Beiträgen springen",
        "home": "Startseite",
        "cities": "Städte",
        "contributions": "Beiträge: {n}",
        "showing": "{shown} von {total} angezeigt",
        "filters": "Beiträge filtern",
        "city": "Stadt",
        "language": "Sprache",
        "all_cities": "Alle Städte",
        "all_languages": "Alle Sprachen",
        "interface_language": "Sprache der Website",
        "city_video": "Das Video von {city}",
        "subtitles": "Untertitel",
        "collage": "Das Collage-Plakat",
        "collage_download": "Plakat in voller Größe öffnen",
        "hashtags": "Hashtags",
        "hashtags_lead": "Teilen Sie die Kampagne mit diesen Hashtags:",
        "open_city": "Die Beiträge aus {city} ansehen",
        "photo": "Foto",
        "clip": "Videoclip",
        "description": "Beschreibung",
        "nothing": "Kein Beitrag entspricht dieser Auswahl.",
        "consent_note": "Jedes Foto und jedes Video wird mit der Einwilligung der gezeigten Person veröffentlicht. "
                        "Ein Beitrag wird entfernt, sobald die Einwilligung widerrufen wird.",
        "footer": "Eine Kampagnenseite des Netzwerks Intercultural Cities, erstellt mit ICC Studio. "
                  "Keine Cookies, kein Tracking, nichts wird von anderswo geladen.",
        "network": "Intercultural Cities",
        "wall": "Alle Beiträge",
        "wall_city": "Beiträge aus {city}",
        "pages": "Seiten",
        "previous": "Zurück",
        "next": "Weiter",
    },
    "es": {
        "skip": "Ir a las contribuciones",
        "home": "Inicio",
        "cities": "Ciudades",
        "contributions": "Contribuciones: {n}",
        "showing": "Se muestran {shown} de {total}",
        "filters": "Filtrar las contribuciones",
        "city": "Ciudad",
        "language": "Idioma",
        "all_cities": "Todas las ciudades",
        "all_languages": "Todos los idiomas",
        "interface_language": "Idioma del sitio",
        "city_video": "El vídeo de {city}",
        "subtitles": "Subtítulos",
        "collage": "El cartel collage",
        "collage_download": "Abrir el cartel en tamaño completo",
        "hashtags": "Etiquetas",
        "hashtags_lead": "Comparte la campaña con estas etiquetas:",
        "open_city": "Ver las contribuciones de {city}",
        "photo": "Foto",
        "clip": "Vídeo",
        "description": "Descripción",
        "nothing": "Ninguna contribución coincide con esta selección.",
        "consent_note": "Cada foto y cada vídeo se publica con el consentimiento de la persona que aparece. "
                        "Una contribución se retira en cuanto se retira su consentimiento.",
        "footer": "Un sitio de campaña de la red de Ciudades Interculturales, hecho con ICC Studio. "
                  "Sin cookies, sin seguimiento, nada se carga desde otro sitio.",
        "network": "Ciudades Interculturales",
        "wall": "Todas las contribuciones",
        "wall_city": "Contribuciones de {city}",
        "pages": "Páginas",
        "previous": "Anterior",
        "next": "Siguiente",
    },
    "it": {
        "skip": "Vai ai contributi",
        "home": "Home",
        "cities": "Città",
        "contributions": "Contributi: {n}",
        "showing": "{shown} su {total} mostrati",
        "filters": "Filtra i contributi",
        "city": "Città",
        "language": "Lingua",
        "all_cities": "Tutte le città",
        "all_languages": "Tutte le lingue",
        "interface_language": "Lingua del sito",
        "city_video": "Il video di {city}",
        "subtitles": "Sottotitoli",
        "collage": "Il poster collage",
        "collage_download": "Apri il poster a grandezza piena",
        "hashtags": "Hashtag",
        "hashtags_lead": "Condividi la campagna con questi hashtag:",
        "open_city": "Vedi i contributi di {city}",
        "photo": "Foto",
        "clip": "Video",
        "description": "Descrizione",
        "nothing": "Nessun contributo corrisponde a questa selezione.",
        "consent_note": "Ogni foto e ogni video è pubblicato con il consenso della persona ritratta. "
                        "Un contributo viene rimosso non appena il consenso è revocato.",
        "footer": "Un sito di campagna della rete Città interculturali, realizzato con ICC Studio. "
                  "Niente cookie, nessun tracciamento, nulla viene caricato da altrove.",
        "network": "Città interculturali",
        "wall": "Tutti i contributi",
        "wall_city": "I contributi di {city}",
        "pages": "Pagine",
        "previous": "Precedente",
        "next": "Successiva",
    },
    "pt": {
        "skip": "Ir para as contribuições",
        "home": "Início",
        "cities": "Cidades",
        "contributions": "Contribuições: {n}",
        "showing": "A mostrar {shown} de {total}",
        "filters": "Filtrar as contribuições",
        "city": "Cidade",
        "language": "Língua",
        "all_cities": "Todas as cidades",
        "all_languages": "Todas as línguas",
        "interface_language": "Língua do site",
        "city_video": "O vídeo de {city}",
        "subtitles": "Legendas",
        "collage": "O cartaz colagem",
        "collage_download": "Abrir o cartaz em tamanho real",
        "hashtags": "Hashtags",
        "hashtags_lead": "Partilhe a campanha com estas hashtags:",
        "open_city": "Ver as contribuições de {city}",
        "photo": "Foto",
        "clip": "Vídeo",
        "description": "Descrição",
        "nothing": "Nenhuma contribuição corresponde a esta seleção.",
        "consent_note": "Cada foto e cada vídeo é publicado com o consentimento da pessoa retratada. "
                        "Uma contribuição é retirada assim que o consentimento é retirado.",
        "footer": "Um site de campanha da rede Cidades Interculturais, feito com o ICC Studio. "
                  "Sem cookies, sem rastreamento, nada é carregado de outro lado.",
        "network": "Cidades Interculturais",
        "wall": "Todas as contribuições",
        "wall_city": "Contribuições de {city}",
        "pages": "Páginas",
        "previous": "Anterior",
        "next": "Seguinte",
    },
    "uk": {
        "skip": "Перейти до внесків",
        "home": "Головна",
        "cities": "Міста",
        "contributions": "Внесків: {n}",
        "showing": "Показано {shown} з {total}",
        "filters": "Фільтрувати внески",
        "city": "Місто",
        "language": "Мова",
        "all_cities": "Усі міста",
        "all_languages": "Усі мови",
        "interface_language": "Мова сайту",
        "city_video": "Відео міста {city}",
        "subtitles": "Субтитри",
        "collage": "Плакат-колаж",
        "collage_download": "Відкрити плакат у повному розмірі",
        "hashtags": "Хештеги",
        "hashtags_lead": "Поширюйте кампанію з цими хештегами:",
        "open_city": "Переглянути внески з міста {city}",
        "photo": "Фото",
        "clip": "Відео",
        "description": "Опис",
        "nothing": "Жоден внесок не відповідає цьому вибору.",
        "consent_note": "Кожне фото й відео опубліковано за згодою людини, яку на ньому показано. "
                        "Внесок прибирають, щойно згоду відкликано.",
        "footer": "Сайт кампанії мережі «Міжкультурні міста», створений в ICC Studio. "
                  "Без cookie, без стеження, нічого не завантажується з інших сайтів.",
        "network": "Міжкультурні міста",
        "wall": "Усі внески",
        "wall_city": "Внески з міста {city}",
        "pages": "Сторінки",
        "previous": "Попередня",
        "next": "Наступна",
    },
    "ar": {
        "skip": "الانتقال إلى المساهمات",
        "home": "الصفحة الرئيسية",
        "cities": "المدن",
        "contributions": "عدد المساهمات: {n}",
        "showing": "المعروض: {shown} من {total}",
        "filters": "تصفية المساهمات",
        "city": "المدينة",
        "language": "اللغة",
        "all_cities": "كل المدن",
        "all_languages": "كل اللغات",
        "interface_language": "لغة الموقع",
        "city_video": "فيديو {city}",
        "subtitles": "الترجمة المكتوبة",
        "collage": "ملصق الكولاج",
        "collage_download": "فتح الملصق بحجمه الكامل",
        "hashtags": "الوسوم",
        "hashtags_lead": "شاركوا الحملة بهذه الوسوم:",
        "open_city": "مساهمات {city}",
        "photo": "صورة",
        "clip": "مقطع فيديو",
        "description": "الوصف",
        "nothing": "لا توجد مساهمة تطابق هذا الاختيار.",
        "consent_note": "نُشرت كل صورة وكل مقطع فيديو هنا بموافقة الشخص الظاهر فيه. "
                        "تُحذف المساهمة فور سحب الموافقة.",
        "footer": "موقع حملة لشبكة المدن متعددة الثقافات، أُنجز باستخدام ICC Studio. "
                  "لا ملفات تعريف ارتباط، ولا تتبّع، ولا يُحمَّل أي شيء من مكان آخر.",
        "network": "المدن متعددة الثقافات",
        "wall": "كل المساهمات",
        "wall_city": "مساهمات {city}",
        "pages": "الصفحات",
        "previous": "السابقة",
        "next": "التالية",
    },
}


def primary(lang: str) -> str:
    return (lang or "").replace("_", "-").split("-")[0].lower()


def is_rtl(lang: str) -> bool:
    return primary(lang) in RTL_LANGUAGES


def direction(lang: str) -> str:
    return "rtl" if is_rtl(lang) else "ltr"


def language_name(lang: str) -> str:
    return LANGUAGE_NAMES.get(primary(lang), lang)


def interface_languages(project_languages: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The project's languages that have an interface table, in the project's order (English if none)."""
    chosen = [primary(lang) for lang in project_languages if primary(lang) in STRINGS]
    return tuple(dict.fromkeys(chosen)) or ("en",)


def text(key: str, lang: str, **values: object) -> str:
    """The interface string ``key`` in ``lang`` (English when the table has no such language)."""
    table = STRINGS.get(primary(lang), STRINGS["en"])
    template = table.get(key, STRINGS["en"][key])
    return template.format(**values) if values else template
