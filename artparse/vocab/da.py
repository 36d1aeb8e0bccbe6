"""Danish."""

from artparse.vocab import Vocab

VOCAB = Vocab.of(
    rank=21,
    none="site_names desk_nouns frequent_vowels telltales role_modifiers lead_byline_prefixes affiliation_words articles outlet_nouns place_prepositions image_credit_labels image_caption_labels story_header_labels story_header_openings editors_note_labels copyright_words ordinal_suffixes date_joiners ad_break_markers list_labels contributor_phrases",
    home_labels=("Forside",),
    link_label_words=("læs", "mere"),
    navigation_phrases=("klik her",),
    comments_headings=("kommentarer",),
    news_words=("Nyheder",),
    byline_prefixes=("Af", "AF"),
    role_words=("journalist", "korrespondent", "redaktør", "reporter", "klummeskribent", "redaktion"),
    and_words=("og",),
    caption_labels=("Foto", "Billede"),
    caption_text_labels=("Billedtekst",),
    photo_cues=("arkivfoto",),
    published_labels=("Publiceret", "Offentliggjort"),
    updated_labels=("Opdateret", "Senest opdateret"),
    furniture=("annonce", "læs også", "læs mere", "del artiklen", "alle rettigheder forbeholdes"),
    months={
        "januar": 1,
        "februar": 2,
        "marts": 3,
        "april": 4,
        "maj": 5,
        "juni": 6,
        "juli": 7,
        "august": 8,
        "september": 9,
        "oktober": 10,
        "november": 11,
        "december": 12,
        "okt": 10,
    },
    weekdays=("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    script="latin",
    letters="æøåé",
    legacy_encodings=("cp1252",),
    stop_words=frozenset(
        "og at det som en på er af for med til den har ikke om et han men var jeg sig "
        "fra vi så kan eller også når efter havde nu meget".split()
    ),
    signature_labels=("Tekst",),
    name_particles=("von", "de"),
    date_label_particles=("den",),
    header_labels={
        "title": ("Titel", "Overskrift"),
        "subtitle": ("Underrubrik", "Manchet"),
        "date": ("Dato", "Publiceret", "Udgivet"),
        "updated": ("Opdateret", "Ændret"),
        "authors": ("Forfatter", "Skribent", "Af"),
        "tags": ("Tags", "Emner", "Nøgleord"),
        "url": ("URL", "Link", "Adresse"),
        "publication": ("Kilde", "Publikation", "Avis", "Medie"),
    },
)
