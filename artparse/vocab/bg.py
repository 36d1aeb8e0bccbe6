"""Bulgarian."""

from artparse.vocab import Vocab

VOCAB = Vocab.of(
    rank=11,
    none="site_names desk_nouns role_modifiers lead_byline_prefixes affiliation_words articles outlet_nouns place_prepositions name_particles image_credit_labels image_caption_labels date_label_particles story_header_labels story_header_openings navigation_phrases comments_headings editors_note_labels copyright_words ordinal_suffixes date_joiners list_labels",
    byline_prefixes=("Автор:", "Автор", "Текст:"),
    role_words=("кореспондент", "редактор", "журналист"),
    and_words=("и",),
    caption_labels=("Снимка", "Снимки", "Фото"),
    caption_text_labels=("Надпис",),
    photo_cues=("снимка", "на снимката"),
    published_labels=("Публикувано",),
    updated_labels=("Обновено",),
    furniture=(
        "реклама",
        "сподели",
        "прочетете още",
        "още по темата",
        "абонамент",
        "всички права запазени",
        "продължението на материала",
    ),
    months={
        "януари": 1,
        "февруари": 2,
        "март": 3,
        "април": 4,
        "май": 5,
        "юни": 6,
        "юли": 7,
        "август": 8,
        "септември": 9,
        "октомври": 10,
        "ноември": 11,
        "декември": 12,
    },
    weekdays=("понеделник", "вторник", "сряда", "четвъртък", "петък", "събота", "неделя"),
    script="cyrillic",
    letters="абвгдежзийклмнопрстуфхцчшщъьюя",
    frequent_vowels="аоеи",
    telltales=(("ъ", "ыэ"),),
    legacy_encodings=("cp1251",),
    stop_words=frozenset(
        "и в на да се че за от не с е са по като това той тя но които още ще бъде беше към след".split()
    ),
    signature_labels=("Автор",),
    header_labels={
        "title": ("Заглавие",),
        "subtitle": ("Подзаглавие", "Резюме"),
        "date": ("Дата", "Публикувано", "Дата на публикуване"),
        "updated": ("Обновено", "Актуализирано"),
        "authors": ("Автор", "Автори"),
        "tags": ("Етикети", "Ключови думи"),
        "url": ("URL", "Връзка", "Адрес"),
        "publication": ("Източник", "Издание", "Вестник"),
    },
)
