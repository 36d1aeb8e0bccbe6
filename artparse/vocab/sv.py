"""Swedish."""

from artparse.vocab import Vocab

VOCAB = Vocab.of(
    rank=20,
    none="site_names desk_nouns frequent_vowels telltales role_modifiers lead_byline_prefixes affiliation_words articles outlet_nouns place_prepositions image_credit_labels image_caption_labels story_header_labels story_header_openings editors_note_labels copyright_words ordinal_suffixes date_joiners ad_break_markers list_labels tool_buttons share_count_words dispatch_words",
    home_labels=(
        "Hem",
        "Startsida",
    ),
    link_label_words=("läs", "mer"),
    follow_calls=("följ", "prenumerera"),
    navigation_phrases=("klicka här",),
    comments_headings=("kommentarer",),
    news_words=("Nyheter",),
    byline_prefixes=("Av", "AV"),
    role_words=("reporter", "korrespondent", "redaktör", "journalist", "krönikör", "redaktion"),
    and_words=("och",),
    caption_labels=("Foto", "Bild"),
    caption_text_labels=("Bildtext",),
    photo_cues=("arkivbild",),
    credit_archive_words=("arkiv",),
    contact_links=("Mejla skribenten", "Kontakta skribenten"),
    published_labels=("Publicerad", "Publicerad den", "Publicerat"),
    updated_labels=("Uppdaterad", "Uppdaterad den", "Uppdaterat"),
    furniture=("annons", "läs också", "läs mer", "dela artikeln", "alla rättigheter förbehållna"),
    months={
        "januari": 1,
        "februari": 2,
        "mars": 3,
        "april": 4,
        "maj": 5,
        "juni": 6,
        "juli": 7,
        "augusti": 8,
        "september": 9,
        "oktober": 10,
        "november": 11,
        "december": 12,
        "okt": 10,
    },
    weekdays=("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    script="latin",
    letters="åäöé",
    legacy_encodings=("cp1252",),
    stop_words=frozenset(
        "och att det som en på är av för med till den har inte om ett han men var jag sig "
        "från vi så kan eller också när efter hade".split()
    ),
    signature_labels=("Text",),
    name_particles=("af", "von", "de"),
    date_label_particles=("den",),
    header_labels={
        "title": ("Titel", "Rubrik"),
        "subtitle": ("Ingress", "Underrubrik"),
        "date": ("Datum", "Publicerad", "Publiceringsdatum"),
        "updated": ("Uppdaterad", "Ändrad"),
        "authors": ("Författare", "Skribent", "Av"),
        "tags": ("Taggar", "Ämnen", "Nyckelord"),
        "url": ("URL", "Länk", "Adress"),
        "publication": ("Källa", "Publikation", "Tidning"),
    },
)
