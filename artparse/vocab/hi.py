"""Hindi (Devanagari; the alphabet has no capitals, vowel signs and viramas join the letters).

Sources of the conventions (checked in stored pages and code: Patrika's "also read" cards, a
Hindi news scraper's list of the same openings, Lokmat's "By भाषा" byline; the rest are the
outlets' usual forms as their readers know them, not checked here):

- wire datelines print the place, the date and the agency in parentheses, with no dash:
  PTI's Hindi service Bhasha's "नयी दिल्ली, 14 अक्टूबर (भाषा) ..." (carried by Navbharat Times
  and Lokmat, whose bylines name it "By भाषा"), IANS' Hindi service "नई दिल्ली, 14 अक्टूबर
  (आईएएनएस)। ..." with the danda as its stop (Zee News Hindi, Navbharat Times), and ANI's and
  PTI's own names in Devanagari, "(एएनआई)", "(पीटीआई)" (the agencies are in ``AGENCIES``);
- bylines: "लेखक:" (writer: Amar Ujala's and Jagran's opinion pages), "रिपोर्ट:" (report:
  Aaj Tak, ABP News), "द्वारा" (by: Lokmat, Navbharat Times' author boxes);
- picture credits are labelled "फोटो:" / "फ़ोटो:" / "तस्वीर:" (Aaj Tak, Amar Ujala, BBC Hindi
  "इमेज स्रोत," and "इमेज कैप्शन," lines, its "Image source"/"Image caption");
- furniture: the link lines "यह भी पढ़ें" / "ये भी पढ़ें" / "इसे भी पढ़ें" (Patrika's "also read"
  cards; a Hindi news scraper's list of the same openings, with "और पढ़ें"), and "विज्ञापन"
  (advertisement: Amar Ujala, Jagran);
- months: "अक्तूबर" (Jansatta, BBC Hindi) and "अक्टूबर" (Aaj Tak, Amar Ujala) both occur, as do
  "दिसंबर"/"दिसम्बर" and "सितंबर"/"सितम्बर" (with the nasal written as anusvara or as a letter).

Older files are in ISCII or in a font's private encoding, which no codec reads: none given.
"""

from artparse.vocab import Vocab

_MONTHS = {
    "जनवरी": 1,
    "फरवरी": 2,
    "फ़रवरी": 2,
    "मार्च": 3,
    "अप्रैल": 4,
    "अप्रेल": 4,
    "मई": 5,
    "जून": 6,
    "जुलाई": 7,
    "अगस्त": 8,
    "सितंबर": 9,
    "सितम्बर": 9,
    "अक्तूबर": 10,
    "अक्टूबर": 10,
    "नवंबर": 11,
    "नवम्बर": 11,
    "दिसंबर": 12,
    "दिसम्बर": 12,
}

VOCAB = Vocab.of(
    rank=33,
    none="highlight_labels relative_days link_label_words contributor_phrases credit_archive_words follow_calls share_count_words site_names desk_nouns frequent_vowels telltales role_modifiers lead_byline_prefixes affiliation_words articles outlet_nouns name_particles date_label_particles story_header_labels story_header_openings editors_note_labels ordinal_suffixes date_joiners signature_labels ad_break_markers list_labels dispatch_words legacy_encodings sponsor_labels contact_links image_caption_labels caption_text_labels view_count_labels lead_labels subject_pronouns paywall_notes author_archive_buttons enlarge_labels",
    valedictions=("भवदीय", "सादर"),
    tool_buttons=(
        "बंद करें",
        "प्रिंट",
    ),
    home_labels=("होम", "मुख्य पृष्ठ"),
    navigation_phrases=("यहां क्लिक करें", "यहाँ क्लिक करें"),
    comments_headings=("टिप्पणियां", "टिप्पणियाँ"),
    news_words=("न्यूज़", "न्यूज", "समाचार"),
    byline_prefixes=("लेखक:", "लेखक", "रिपोर्ट:", "द्वारा"),
    role_words=("संवाददाता", "रिपोर्टर", "संपादक"),
    and_words=("और", "व"),
    place_prepositions=("में", "से"),
    caption_labels=("फोटो", "फ़ोटो", "तस्वीर", "इमेज स्रोत"),
    image_credit_labels=("इमेज स्रोत",),
    photo_cues=("फाइल फोटो", "फ़ाइल फ़ोटो"),
    published_labels=("प्रकाशित", "प्रकाशित तिथि"),
    updated_labels=("अपडेटेड", "अपडेट"),
    furniture=("यह भी पढ़ें", "ये भी पढ़ें", "इसे भी पढ़ें", "विज्ञापन"),
    copyright_words=("सर्वाधिकार सुरक्षित",),
    months=_MONTHS,
    weekdays=("सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार", "शनिवार", "रविवार", "बृहस्पतिवार"),
    script="devanagari",
    letters="",
    stop_words=frozenset("है हैं के की में और से को का ने पर कि यह भी था थे एक लिए".split()),
    header_labels={
        "title": ("शीर्षक",),
        "subtitle": ("उपशीर्षक",),
        "date": ("तिथि", "तारीख"),
        "updated": ("अपडेटेड",),
        "authors": ("लेखक",),
        "tags": ("टैग",),
        "url": ("URL", "लिंक"),
        "publication": ("स्रोत",),
    },
    answer_buttons=("हाँ नहीं",),
)
