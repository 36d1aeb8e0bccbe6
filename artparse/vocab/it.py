"""Italian."""

from artparse.vocab import Vocab

VOCAB = Vocab.of(
    rank=4,
    none="desk_nouns frequent_vowels telltales role_modifiers lead_byline_prefixes affiliation_words articles outlet_nouns place_prepositions image_credit_labels image_caption_labels story_header_labels story_header_openings navigation_phrases comments_headings editors_note_labels copyright_words ordinal_suffixes date_joiners",
    byline_prefixes=("Di", "DI", "Da"),
    role_words=("corrispondente", "inviato", "inviata", "giornalista", "redazione"),
    and_words=("e",),
    caption_labels=("Foto", "Immagine"),
    caption_text_labels=("Didascalia",),
    photo_cues=("foto", "immagine d'archivio"),
    published_labels=("Pubblicato", "Pubblicato il"),
    updated_labels=("Aggiornato", "Aggiornato il", "Ultimo aggiornamento"),
    furniture=(
        "pubblicità",
        "leggi anche",
        "condividi",
        "riproduzione riservata",
        "tutti i diritti riservati",
    ),
    months={
        "gennaio": 1,
        "febbraio": 2,
        "marzo": 3,
        "aprile": 4,
        "maggio": 5,
        "giugno": 6,
        "luglio": 7,
        "agosto": 8,
        "settembre": 9,
        "ottobre": 10,
        "novembre": 11,
        "dicembre": 12,
        "gen": 1,
        "mag": 5,
        "giu": 6,
        "lug": 7,
        "ago": 8,
        "set": 9,
        "ott": 10,
        "dic": 12,
    },
    weekdays=("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    script="latin",
    letters="àèéìíîòóùú",
    legacy_encodings=("cp1252",),
    stop_words=frozenset(
        "il di che e la per un in è non una del della le si con da al sono gli dei nel "
        "anche come più ha alla lo".split()
    ),
    signature_labels=("Autore",),
    name_particles=("da", "di", "del"),
    date_label_particles=("il",),
)
