"""Slovenian."""

from artparse.vocab import Vocab

VOCAB = Vocab(
    byline_prefixes=("Avtor:", "Avtorica:", "Piše:"),
    role_words=("dopisnik", "urednik", "novinar", "novinarka"),
    and_words=("in",),
    caption_labels=("Foto",),
    caption_text_labels=("Opis",),
    photo_cues=("foto", "na sliki"),
    published_labels=("Objavljeno",),
    updated_labels=("Posodobljeno",),
    furniture=("oglas", "preberite še", "deli", "vse pravice pridržane"),
    months={
        "januar": 1,
        "januarja": 1,
        "februar": 2,
        "februarja": 2,
        "marec": 3,
        "marca": 3,
        "april": 4,
        "aprila": 4,
        "maj": 5,
        "maja": 5,
        "junij": 6,
        "junija": 6,
        "julij": 7,
        "julija": 7,
        "avgust": 8,
        "avgusta": 8,
        "september": 9,
        "septembra": 9,
        "oktober": 10,
        "oktobra": 10,
        "november": 11,
        "novembra": 11,
        "december": 12,
        "decembra": 12,
    },
    weekdays=("ponedeljek", "torek", "sreda", "četrtek", "petek", "sobota", "nedelja"),
    stop_words=frozenset(
        "in je v se na da so za od z o a kot ki ne bo bi iz ali ima bil ni tudi še pa smo".split()
    ),
)
