"""Croatian."""

from artparse.vocab import Vocab

VOCAB = Vocab(
    byline_prefixes=("Autor:", "Piše:", "Pišu:", "Tekst:"),
    role_words=("dopisnik", "urednik", "novinar", "novinarka"),
    and_words=("i",),
    caption_labels=("Foto", "Snimio"),
    caption_text_labels=("Opis",),
    photo_cues=("foto", "na slici"),
    published_labels=("Objavljeno",),
    updated_labels=("Ažurirano",),
    furniture=("oglas", "pročitajte još", "podijeli", "sva prava pridržana"),
    months={
        "siječanj": 1,
        "siječnja": 1,
        "veljača": 2,
        "veljače": 2,
        "ožujak": 3,
        "ožujka": 3,
        "travanj": 4,
        "travnja": 4,
        "svibanj": 5,
        "svibnja": 5,
        "lipanj": 6,
        "lipnja": 6,
        "srpanj": 7,
        "srpnja": 7,
        "kolovoz": 8,
        "kolovoza": 8,
        "rujan": 9,
        "rujna": 9,
        "listopad": 10,
        "listopada": 10,
        "studeni": 11,
        "studenoga": 11,
        "studenog": 11,
        "prosinac": 12,
        "prosinca": 12,
    },
    weekdays=("ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja"),
    stop_words=frozenset(
        "i je u se na da su za od s o a kao što koji ne će bi iz ali ima bio nije koja ili sve".split()
    ),
)
