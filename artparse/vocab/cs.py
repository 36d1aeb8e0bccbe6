"""Czech."""

from artparse.vocab import Vocab

VOCAB = Vocab.of(
    rank=13,
    none="desk_nouns frequent_vowels telltales role_modifiers lead_byline_prefixes affiliation_words articles outlet_nouns place_prepositions name_particles image_credit_labels image_caption_labels date_label_particles story_header_labels story_header_openings navigation_phrases comments_headings editors_note_labels copyright_words ordinal_suffixes date_joiners",
    byline_prefixes=("Autor:", "Autorka:", "Text:"),
    role_words=("zpravodaj", "zpravodajka", "redaktor", "redaktorka", "novinář"),
    and_words=("a",),
    caption_labels=("Foto", "Ilustrační foto"),
    caption_text_labels=("Popisek",),
    photo_cues=("foto", "na snímku", "ilustrační"),
    published_labels=("Publikováno", "Zveřejněno"),
    updated_labels=("Aktualizováno",),
    furniture=("reklama", "čtěte také", "sdílet", "všechna práva vyhrazena", "zdroj:"),
    months={
        "leden": 1,
        "ledna": 1,
        "únor": 2,
        "února": 2,
        "březen": 3,
        "března": 3,
        "duben": 4,
        "dubna": 4,
        "květen": 5,
        "května": 5,
        "červen": 6,
        "června": 6,
        "červenec": 7,
        "července": 7,
        "srpen": 8,
        "srpna": 8,
        "září": 9,
        "říjen": 10,
        "října": 10,
        "listopad": 11,
        "listopadu": 11,
        "prosinec": 12,
        "prosince": 12,
    },
    weekdays=("pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"),
    script="latin",
    letters="áčďéěíňóřšťúůýž",
    legacy_encodings=("cp1250", "iso8859_2"),
    stop_words=frozenset(
        "a se na že je v ve o s z do to jsou by k za jako ale pro byl jeho které podle "
        "také už bylo když".split()
    ),
    signature_labels=("Autor", "Autorka"),
)
