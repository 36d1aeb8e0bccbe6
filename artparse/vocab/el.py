"""Greek."""

from artparse.vocab import Vocab

_MONTHS = {
    # a date names the month in the genitive ("3 Δεκεμβρίου 2026"); a heading may use the nominative
    "ιανουαρίου": 1,
    "φεβρουαρίου": 2,
    "μαρτίου": 3,
    "απριλίου": 4,
    "μαΐου": 5,
    "ιουνίου": 6,
    "ιουλίου": 7,
    "αυγούστου": 8,
    "σεπτεμβρίου": 9,
    "οκτωβρίου": 10,
    "νοεμβρίου": 11,
    "δεκεμβρίου": 12,
    "ιανουάριος": 1,
    "φεβρουάριος": 2,
    "μάρτιος": 3,
    "απρίλιος": 4,
    "μάιος": 5,
    "ιούνιος": 6,
    "ιούλιος": 7,
    "αύγουστος": 8,
    "σεπτέμβριος": 9,
    "οκτώβριος": 10,
    "νοέμβριος": 11,
    "δεκέμβριος": 12,
}
_UNACCENTED = str.maketrans("άέήίόύώΐΰϊϋ", "αεηιουωιυιυ")
"""Capitals drop the accents: "3 ΔΕΚΕΜΒΡΙΟΥ 2026" folds to "δεκεμβριου"."""

VOCAB = Vocab.of(
    subject_pronouns=("Αυτός", "Αυτή", "Αυτοί"),
    rank=26,
    relative_days=("σήμερα", "χθες"),
    none="highlight_labels site_names desk_nouns frequent_vowels telltales role_modifiers lead_byline_prefixes affiliation_words articles outlet_nouns place_prepositions name_particles image_credit_labels image_caption_labels date_label_particles story_header_labels story_header_openings editors_note_labels copyright_words ordinal_suffixes date_joiners signature_labels ad_break_markers list_labels share_count_words dispatch_words contributor_phrases view_count_labels lead_labels paywall_notes author_archive_buttons enlarge_labels",
    valedictions=("Με εκτίμηση", "Με φιλικούς χαιρετισμούς"),
    home_labels=("Αρχική",),
    link_label_words=("διαβάστε", "δείτε"),
    follow_calls=("ακολουθήστε", "ακολουθήστε μας", "εγγραφείτε"),
    navigation_phrases=("πατήστε εδώ", "κάντε κλικ εδώ"),
    comments_headings=("σχόλια",),
    news_words=("Ειδήσεις",),
    byline_prefixes=("Του", "Της", "ΤΟΥ", "ΤΗΣ", "Γράφει ο", "Γράφει η", "Γράφει"),
    role_words=("ανταποκριτής", "ανταποκρίτρια", "συντάκτης", "συντάκτρια", "δημοσιογράφος"),
    and_words=("και",),
    caption_labels=("Φωτογραφία", "ΦΩΤΟΓΡΑΦΙΑ"),
    caption_text_labels=("Λεζάντα",),
    photo_cues=("αρχείου",),
    credit_archive_words=("αρχείο",),
    contact_links=("Επικοινωνία με τον συντάκτη",),
    sponsor_labels=("Σε συνεργασία με", "Με την υποστήριξη"),
    published_labels=("Δημοσίευση", "Δημοσιεύθηκε"),
    updated_labels=("Ενημέρωση", "Τελευταία ενημέρωση", "Ενημερώθηκε"),
    furniture=("διαφήμιση", "διαβάστε επίσης", "διαβάστε ακόμη", "κοινοποίηση"),
    months={**_MONTHS, **{name.translate(_UNACCENTED): n for name, n in _MONTHS.items()}},
    weekdays=("δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή"),
    script="greek",
    letters="αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",
    legacy_encodings=("cp1253", "iso8859_7"),
    stop_words=frozenset(
        "και το η της του να σε με για που την των τα ο στο στην από είναι θα δεν οι ότι "
        "στη ως μια ένα τον στις στον".split()
    ),
    header_labels={
        "title": ("Τίτλος",),
        "subtitle": ("Υπότιτλος", "Περίληψη"),
        "date": ("Ημερομηνία", "Δημοσίευση"),
        "updated": ("Ενημέρωση",),
        "authors": ("Συντάκτης", "Συγγραφέας", "Συντάκτες"),
        "tags": ("Ετικέτες", "Λέξεις-κλειδιά"),
        "url": ("URL", "Σύνδεσμος"),
        "publication": ("Πηγή", "Εφημερίδα", "Έκδοση"),
    },
    tool_buttons=("προηγούμενο επόμενο", "κλείσιμο"),
    answer_buttons=("Ναι Όχι",),
)
