"""Norwegian (Bokmål)."""

from artparse.vocab import Vocab

VOCAB = Vocab.of(
    rank=22,
    none="site_names desk_nouns frequent_vowels telltales role_modifiers lead_byline_prefixes affiliation_words articles outlet_nouns place_prepositions image_credit_labels image_caption_labels story_header_labels story_header_openings editors_note_labels copyright_words ordinal_suffixes date_joiners ad_break_markers list_labels tool_buttons share_count_words dispatch_words contributor_phrases",
    home_labels=(
        "Forside",
        "Hjem",
    ),
    link_label_words=("les", "mer"),
    follow_calls=("følg", "abonner"),
    navigation_phrases=("klikk her",),
    comments_headings=("kommentarer",),
    news_words=("Nyheter",),
    byline_prefixes=("Av", "AV"),
    role_words=("journalist", "korrespondent", "redaktør", "reporter", "kommentator", "redaksjon"),
    and_words=("og",),
    caption_labels=("Foto", "Bilde"),
    caption_text_labels=("Bildetekst",),
    photo_cues=("arkivfoto",),
    credit_archive_words=("arkiv",),
    published_labels=("Publisert",),
    updated_labels=("Oppdatert", "Sist oppdatert"),
    furniture=("annonse", "les også", "les mer", "del artikkelen", "alle rettigheter forbeholdt"),
    months={
        "januar": 1,
        "februar": 2,
        "mars": 3,
        "april": 4,
        "mai": 5,
        "juni": 6,
        "juli": 7,
        "august": 8,
        "september": 9,
        "oktober": 10,
        "november": 11,
        "desember": 12,
        "okt": 10,
        "des": 12,
    },
    weekdays=("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    script="latin",
    letters="æøåé",
    legacy_encodings=("cp1252",),
    stop_words=frozenset(
        "og at det som en på er av for med til den har ikke om et han men var jeg seg "
        "fra vi så kan eller også når etter hadde nå mye".split()
    ),
    signature_labels=("Tekst",),
    name_particles=("von", "de"),
    date_label_particles=("den",),
    header_labels={
        "title": ("Tittel", "Overskrift"),
        "subtitle": ("Ingress", "Undertittel"),
        "date": ("Dato", "Publisert"),
        "updated": ("Oppdatert", "Endret"),
        "authors": ("Forfatter", "Skribent", "Av"),
        "tags": ("Stikkord", "Emner", "Tagger"),
        "url": ("URL", "Lenke", "Adresse"),
        "publication": ("Kilde", "Publikasjon", "Avis"),
    },
)
