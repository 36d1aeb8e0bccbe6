"""Polish."""

from artparse.vocab import Vocab

VOCAB = Vocab(
    byline_prefixes=("Autor:", "Autorka:", "Tekst:"),
    role_words=("korespondent", "korespondentka", "redaktor", "dziennikarz", "dziennikarka"),
    and_words=("i", "oraz"),
    caption_labels=("Fot.", "Foto", "Zdjęcie"),
    caption_text_labels=("Podpis",),
    photo_cues=("fot.", "na zdjęciu", "zdjęcie"),
    published_labels=("Opublikowano", "Data publikacji"),
    updated_labels=("Aktualizacja", "Zaktualizowano"),
    furniture=(
        "reklama",
        "czytaj także",
        "czytaj też",
        "czytaj więcej",
        "zobacz także",
        "zobacz też",
        "udostępnij",
        "wszelkie prawa zastrzeżone",
    ),
    months={
        "styczeń": 1,
        "stycznia": 1,
        "luty": 2,
        "lutego": 2,
        "marzec": 3,
        "marca": 3,
        "kwiecień": 4,
        "kwietnia": 4,
        "maj": 5,
        "maja": 5,
        "czerwiec": 6,
        "czerwca": 6,
        "lipiec": 7,
        "lipca": 7,
        "sierpień": 8,
        "sierpnia": 8,
        "wrzesień": 9,
        "września": 9,
        "październik": 10,
        "października": 10,
        "listopad": 11,
        "listopada": 11,
        "grudzień": 12,
        "grudnia": 12,
    },
    weekdays=("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"),
    stop_words=frozenset(
        "i w na z się nie do to że jest o jak po a od za przez ale co jego dla tak są "
        "który które także być został".split()
    ),
)
