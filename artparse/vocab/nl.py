"""Dutch."""

from artparse.vocab import Vocab

VOCAB = Vocab(
    byline_prefixes=("Door", "DOOR"),
    role_words=("correspondent", "redacteur", "verslaggever", "redactie"),
    and_words=("en",),
    caption_labels=("Foto", "Beeld"),
    caption_text_labels=("Bijschrift",),
    photo_cues=("foto",),
    published_labels=("Gepubliceerd", "Gepubliceerd op"),
    updated_labels=("Bijgewerkt", "Laatste update"),
    furniture=("advertentie", "lees ook", "lees meer", "delen", "alle rechten voorbehouden"),
    months={
        "januari": 1,
        "februari": 2,
        "maart": 3,
        "april": 4,
        "mei": 5,
        "juni": 6,
        "juli": 7,
        "augustus": 8,
        "september": 9,
        "oktober": 10,
        "november": 11,
        "december": 12,
        "mrt": 3,
        "okt": 10,
    },
    weekdays=("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    stop_words=frozenset(
        "de het een en van in is dat op te zijn met voor niet aan er die ook als bij "
        "door om maar werd wordt".split()
    ),
)
