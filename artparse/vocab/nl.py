"""Dutch."""

from artparse.vocab import Vocab

VOCAB = Vocab.of(
    rank=7,
    none="site_names desk_nouns frequent_vowels telltales role_modifiers lead_byline_prefixes signature_labels affiliation_words articles outlet_nouns place_prepositions image_credit_labels image_caption_labels date_label_particles story_header_labels story_header_openings editors_note_labels copyright_words ordinal_suffixes date_joiners ad_break_markers list_labels tool_buttons dispatch_words",
    home_labels=(
        "Home",
        "Voorpagina",
    ),
    share_count_words=("keer gedeeld",),
    link_label_words=("lees", "meer", "bekijk"),
    follow_calls=("volg", "abonneer"),
    navigation_phrases=("klik hier",),
    comments_headings=("reacties",),
    news_words=("Nieuws",),
    byline_prefixes=("Door", "DOOR"),
    role_words=("correspondent", "redacteur", "verslaggever", "redactie"),
    and_words=("en",),
    caption_labels=("Foto", "Beeld"),
    caption_text_labels=("Bijschrift",),
    photo_cues=("foto",),
    credit_archive_words=("archief",),
    contact_links=("Mail de auteur", "Contact met de auteur"),
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
    script="latin",
    letters="éëïóöü",
    legacy_encodings=("cp1252",),
    stop_words=frozenset(
        "de het een en van in is dat op te zijn met voor niet aan er die ook als bij "
        "door om maar werd wordt".split()
    ),
    name_particles=("van", "der", "den", "ter", "ten"),
    header_labels={
        "title": ("Titel", "Kop"),
        "subtitle": ("Ondertitel", "Intro", "Samenvatting"),
        "date": ("Datum", "Gepubliceerd", "Publicatiedatum"),
        "updated": ("Bijgewerkt", "Gewijzigd"),
        "authors": ("Auteur", "Auteurs", "Door", "Schrijver"),
        "tags": ("Trefwoorden", "Tags"),
        "url": ("URL", "Link", "Adres"),
        "publication": ("Bron", "Publicatie", "Krant"),
    },
)
