"""Finnish."""

from artparse.vocab import Vocab

VOCAB = Vocab.of(
    rank=23,
    none="site_names desk_nouns frequent_vowels telltales role_modifiers lead_byline_prefixes affiliation_words articles outlet_nouns place_prepositions image_credit_labels image_caption_labels story_header_labels story_header_openings navigation_phrases comments_headings editors_note_labels copyright_words ordinal_suffixes date_joiners date_label_particles name_particles byline_prefixes list_labels",
    role_words=("toimittaja", "kirjeenvaihtaja", "kolumnisti", "päätoimittaja", "toimitus"),
    and_words=("ja",),
    caption_labels=("Kuva",),
    caption_text_labels=("Kuvateksti",),
    photo_cues=("arkistokuva",),
    published_labels=("Julkaistu",),
    updated_labels=("Päivitetty",),
    furniture=("mainos", "lue myös", "lue lisää", "jaa artikkeli", "kaikki oikeudet pidätetään"),
    months={
        # a date names the month in the partitive: "6. joulukuuta 2026"
        "tammikuuta": 1,
        "helmikuuta": 2,
        "maaliskuuta": 3,
        "huhtikuuta": 4,
        "toukokuuta": 5,
        "kesäkuuta": 6,
        "heinäkuuta": 7,
        "elokuuta": 8,
        "syyskuuta": 9,
        "lokakuuta": 10,
        "marraskuuta": 11,
        "joulukuuta": 12,
        "tammikuu": 1,
        "helmikuu": 2,
        "maaliskuu": 3,
        "huhtikuu": 4,
        "toukokuu": 5,
        "kesäkuu": 6,
        "heinäkuu": 7,
        "elokuu": 8,
        "syyskuu": 9,
        "lokakuu": 10,
        "marraskuu": 11,
        "joulukuu": 12,
    },
    weekdays=("maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai"),
    script="latin",
    letters="äöå",
    legacy_encodings=("cp1252",),
    stop_words=frozenset(
        "ja on ei se että oli ovat mutta hän myös kun tai joka jo sen ole kuin vain nyt "
        "mukaan jälkeen hänen".split()
    ),
    signature_labels=("Teksti",),
    header_labels={
        "title": ("Otsikko",),
        "subtitle": ("Ingressi", "Alaotsikko"),
        "date": ("Päivämäärä", "Julkaistu"),
        "updated": ("Päivitetty", "Muokattu"),
        "authors": ("Kirjoittaja", "Toimittaja", "Tekijä"),
        "tags": ("Avainsanat", "Aiheet"),
        "url": ("URL", "Linkki", "Osoite"),
        "publication": ("Lähde", "Julkaisu", "Lehti"),
    },
)
