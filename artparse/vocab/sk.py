"""Slovak."""

from artparse.vocab import Vocab

VOCAB = Vocab(
    byline_prefixes=("Autor:", "Autorka:", "Text:"),
    role_words=("spravodajca", "redaktor", "redaktorka", "novinár"),
    and_words=("a",),
    caption_labels=("Foto",),
    caption_text_labels=("Popis",),
    photo_cues=("foto", "na snímke"),
    published_labels=("Publikované", "Zverejnené"),
    updated_labels=("Aktualizované",),
    furniture=("reklama", "čítajte aj", "zdieľať", "všetky práva vyhradené", "zdroj:"),
    months={
        "január": 1,
        "januára": 1,
        "február": 2,
        "februára": 2,
        "marec": 3,
        "marca": 3,
        "apríl": 4,
        "apríla": 4,
        "máj": 5,
        "mája": 5,
        "jún": 6,
        "júna": 6,
        "júl": 7,
        "júla": 7,
        "august": 8,
        "augusta": 8,
        "september": 9,
        "septembra": 9,
        "október": 10,
        "októbra": 10,
        "november": 11,
        "novembra": 11,
        "december": 12,
        "decembra": 12,
    },
    weekdays=("pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota", "nedeľa"),
    stop_words=frozenset(
        "a sa na že je v vo o s z do to sú by k za ako ale pre bol jeho ktoré podľa tiež už bolo keď".split()
    ),
)
