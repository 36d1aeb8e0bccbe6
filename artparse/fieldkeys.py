"""Keys that name an article's fields: front matter keys, and header-block labels per language.

Data only. Front matter keys follow the static-site generators' documented conventions
(Jekyll: ``title``, ``date``, ``author``, ``excerpt``; Hugo: ``description``, ``summary``,
``publishDate``, ``lastmod``; Eleventy and MDX sites likewise). Header-block labels are the
``Key: value`` lines that archive and database exports (LexisNexis, Factiva, e-mail, RFC 822
style) print above the text, in every language artparse has words for. Keys are compared
case-blind, so each is written once. (A module of its own, beside ``vocab/``: every module
of that package is one language.)
"""

from __future__ import annotations

from typing import Final

FIELDS: Final = ("title", "subtitle", "date", "updated", "authors", "tags", "url", "publication")
"""The fields a front matter key or header label can fill."""

FRONT_MATTER_KEYS: Final[dict[str, tuple[str, ...]]] = {
    "title": ("title", "headline"),
    "subtitle": ("subtitle", "dek", "standfirst", "description", "summary"),
    "date": ("date", "published", "publishdate", "publish_date", "pubdate", "published_at", "created"),
    "updated": ("updated", "lastmod", "last_modified", "modified", "updated_at"),
    "authors": ("author", "authors", "byline", "by", "creator", "creators"),
    "tags": ("tags", "keywords"),
    "url": ("url", "canonical_url", "canonicalurl", "permalink", "link"),
    "publication": ("publication", "source", "publisher", "site"),
}
"""Field -> front matter keys (YAML/TOML keys, compared case-blind), the first present wins."""

NESTED_TABLES: Final = ("params", "extra", "taxonomies")
"""Tables where static-site generators put keys of their own (Hugo's ``[params]``, Zola's
``[extra]`` and ``[taxonomies]``): a field not found at the top level is looked for there."""

FALLBACK_KEYS: Final = frozenset({"description", "summary"})
"""Keys that describe the page for indexes and search engines (Hugo's ``description`` and
``summary``): the subtitle only where the post prints it as its lead."""

HEADER_KEYS: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "en": {
        "title": ("Title", "Headline", "Subject"),
        "subtitle": ("Subtitle", "Subheadline", "Standfirst", "Summary", "Description"),
        "date": ("Date", "Published", "Publication date", "Load-Date", "Pubdate", "Posted"),
        "updated": ("Updated", "Last updated", "Modified"),
        "authors": ("Author", "Authors", "By", "Byline", "Writer", "From"),
        "tags": ("Tags", "Keywords"),
        "url": ("URL", "Link", "Web address"),
        "publication": ("Source", "Publication", "Publisher", "Newspaper"),
    },
    "de": {
        "title": ("Titel", "Überschrift", "Schlagzeile"),
        "subtitle": ("Untertitel", "Unterzeile", "Teaser"),
        "date": ("Datum", "Veröffentlicht", "Erscheinungsdatum"),
        "updated": ("Aktualisiert", "Geändert"),
        "authors": ("Autor", "Autorin", "Autoren", "Von", "Verfasser"),
        "tags": ("Schlagwörter", "Stichwörter"),
        "url": ("Adresse", "Link"),
        "publication": ("Quelle", "Publikation", "Zeitung"),
    },
    "fr": {
        "title": ("Titre",),
        "subtitle": ("Sous-titre", "Chapeau", "Chapô"),
        "date": ("Date", "Publié", "Publié le", "Date de publication"),
        "updated": ("Mis à jour", "Modifié"),
        "authors": ("Auteur", "Auteurs", "Auteure", "Par", "Signé"),
        "tags": ("Mots-clés", "Étiquettes"),
        "url": ("URL", "Lien", "Adresse"),
        "publication": ("Source", "Publication", "Journal"),
    },
    "it": {
        "title": ("Titolo",),
        "subtitle": ("Sottotitolo", "Occhiello", "Sommario"),
        "date": ("Data", "Pubblicato", "Data di pubblicazione"),
        "updated": ("Aggiornato", "Modificato"),
        "authors": ("Autore", "Autori", "Autrice", "Di", "Firma"),
        "tags": ("Tag", "Parole chiave"),
        "url": ("URL", "Link", "Indirizzo"),
        "publication": ("Fonte", "Testata", "Pubblicazione"),
    },
    "es": {
        "title": ("Título", "Titular"),
        "subtitle": ("Subtítulo", "Entradilla", "Sumario", "Bajada"),
        "date": ("Fecha", "Publicado", "Fecha de publicación"),
        "updated": ("Actualizado", "Modificado"),
        "authors": ("Autor", "Autora", "Autores", "Por", "Firma"),
        "tags": ("Etiquetas", "Palabras clave"),
        "url": ("URL", "Enlace", "Dirección"),
        "publication": ("Fuente", "Publicación", "Medio", "Periódico"),
    },
    "pt": {
        "title": ("Título", "Manchete"),
        "subtitle": ("Subtítulo", "Linha fina", "Resumo"),
        "date": ("Data", "Publicado", "Publicado em", "Data de publicação"),
        "updated": ("Atualizado", "Atualizado em", "Modificado"),
        "authors": ("Autor", "Autora", "Autores", "Por"),
        "tags": ("Etiquetas", "Palavras-chave", "Tags"),
        "url": ("URL", "Link", "Endereço"),
        "publication": ("Fonte", "Publicação", "Jornal", "Veículo"),
    },
    "nl": {
        "title": ("Titel", "Kop"),
        "subtitle": ("Ondertitel", "Intro", "Samenvatting"),
        "date": ("Datum", "Gepubliceerd", "Publicatiedatum"),
        "updated": ("Bijgewerkt", "Gewijzigd"),
        "authors": ("Auteur", "Auteurs", "Door", "Schrijver"),
        "tags": ("Trefwoorden", "Tags"),
        "url": ("URL", "Link", "Adres"),
        "publication": ("Bron", "Publicatie", "Krant"),
    },
    "ru": {
        "title": ("Заголовок", "Название"),
        "subtitle": ("Подзаголовок", "Лид", "Аннотация"),
        "date": ("Дата", "Опубликовано", "Дата публикации"),
        "updated": ("Обновлено", "Изменено"),
        "authors": ("Автор", "Авторы"),
        "tags": ("Теги", "Ключевые слова", "Метки"),
        "url": ("URL", "Ссылка", "Адрес"),
        "publication": ("Источник", "Издание", "Газета"),
    },
    "uk": {
        "title": ("Заголовок", "Назва"),
        "subtitle": ("Підзаголовок", "Лід", "Анотація"),
        "date": ("Дата", "Опубліковано", "Дата публікації"),
        "updated": ("Оновлено", "Змінено"),
        "authors": ("Автор", "Автори", "Авторка"),
        "tags": ("Теги", "Ключові слова", "Мітки"),
        "url": ("URL", "Посилання", "Адреса"),
        "publication": ("Джерело", "Видання", "Газета"),
    },
    "be": {
        "title": ("Загаловак", "Назва"),
        "subtitle": ("Падзагаловак", "Лід"),
        "date": ("Дата", "Апублікавана", "Дата публікацыі"),
        "updated": ("Абноўлена", "Зменена"),
        "authors": ("Аўтар", "Аўтары"),
        "tags": ("Тэгі", "Ключавыя словы"),
        "url": ("URL", "Спасылка", "Адрас"),
        "publication": ("Крыніца", "Выданне", "Газета"),
    },
    "bg": {
        "title": ("Заглавие",),
        "subtitle": ("Подзаглавие", "Резюме"),
        "date": ("Дата", "Публикувано", "Дата на публикуване"),
        "updated": ("Обновено", "Актуализирано"),
        "authors": ("Автор", "Автори"),
        "tags": ("Етикети", "Ключови думи"),
        "url": ("URL", "Връзка", "Адрес"),
        "publication": ("Източник", "Издание", "Вестник"),
    },
    "pl": {
        "title": ("Tytuł",),
        "subtitle": ("Podtytuł", "Lead", "Zajawka"),
        "date": ("Data", "Opublikowano", "Data publikacji"),
        "updated": ("Zaktualizowano", "Aktualizacja"),
        "authors": ("Autor", "Autorka", "Autorzy"),
        "tags": ("Tagi", "Słowa kluczowe"),
        "url": ("URL", "Link", "Adres"),
        "publication": ("Źródło", "Publikacja", "Gazeta"),
    },
    "cs": {
        "title": ("Titulek", "Název"),
        "subtitle": ("Podtitulek", "Perex"),
        "date": ("Datum", "Publikováno", "Datum vydání"),
        "updated": ("Aktualizováno", "Změněno"),
        "authors": ("Autor", "Autorka", "Autoři"),
        "tags": ("Štítky", "Klíčová slova"),
        "url": ("URL", "Odkaz", "Adresa"),
        "publication": ("Zdroj", "Publikace", "Noviny"),
    },
    "sk": {
        "title": ("Titulok", "Názov"),
        "subtitle": ("Podtitulok", "Perex"),
        "date": ("Dátum", "Publikované", "Dátum vydania"),
        "updated": ("Aktualizované", "Zmenené"),
        "authors": ("Autor", "Autorka", "Autori"),
        "tags": ("Štítky", "Kľúčové slová"),
        "url": ("URL", "Odkaz", "Adresa"),
        "publication": ("Zdroj", "Publikácia", "Noviny"),
    },
    "sl": {
        "title": ("Naslov",),
        "subtitle": ("Podnaslov", "Povzetek"),
        "date": ("Datum", "Objavljeno", "Datum objave"),
        "updated": ("Posodobljeno", "Spremenjeno"),
        "authors": ("Avtor", "Avtorica", "Avtorji"),
        "tags": ("Oznake", "Ključne besede"),
        "url": ("URL", "Povezava", "Naslov spletne strani"),
        "publication": ("Vir", "Publikacija", "Časopis"),
    },
    "hr": {
        "title": ("Naslov",),
        "subtitle": ("Podnaslov", "Sažetak"),
        "date": ("Datum", "Objavljeno", "Datum objave"),
        "updated": ("Ažurirano", "Izmijenjeno"),
        "authors": ("Autor", "Autorica", "Autori"),
        "tags": ("Oznake", "Ključne riječi"),
        "url": ("URL", "Poveznica", "Adresa"),
        "publication": ("Izvor", "Publikacija", "Novine"),
    },
}
"""Language -> field -> header labels (as printed before the colon)."""

LEAD_COMPONENTS: Final = frozenset({"intro", "lead", "lede", "standfirst", "dek", "summary", "teaser"})
"""MDX/JSX components that set a post's lead apart (react.dev's ``<Intro>``), compared
case-blind: their paragraph is the subtitle."""

FIGURE_SHORTCODES: Final = frozenset({"figure", "img", "image", "video", "youtube", "vimeo"})
"""Hugo shortcodes and Liquid tags that place an image or a video; their ``caption=`` (or
``title=``) is a caption."""
