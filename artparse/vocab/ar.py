"""Arabic (Modern Standard Arabic as the Arab press prints it; the alphabet has no capitals).

Sources of the conventions, each seen at two outlets or more:

- bylines open with "بقلم" (by the pen of) or "كتب"/"كتبت" (wrote): Asharq Al-Awsat and
  Al-Ahram ("بقلم: ..."), Al-Ahram and Al-Masry Al-Youm ("كتب: ...");
- wire datelines print the place, the agency in parentheses and a dash, "القاهرة (رويترز) -",
  "باريس (أ ف ب) -": Reuters' and AFP's Arabic services, carried by Al-Ahram and Asharq
  Al-Awsat (the agencies' Arabic names are in ``AGENCIES``);
- picture credits are labelled "تصوير" (photographed by) or "صورة"/"الصورة" (Al-Ahram,
  Al-Masry Al-Youm, Al Jazeera), and the BBC's "Image source"/"Image caption" lines are BBC
  Arabic's "مصدر الصورة،"/"التعليق على الصورة،";
- a source line closes the story, "المصدر: الجزيرة + وكالات" (Al Jazeera, RT Arabic), and the
  footer's notice is "جميع الحقوق محفوظة" (Al Jazeera, Al-Ahram);
- months: the Egyptian and Gulf names ("14 أكتوبر 2015": Al-Ahram, Al Jazeera), the Syriac
  names of the Levant and Iraq ("تشرين الأول": Al-Nahar, Al-Quds Al-Arabi) and the French ones
  of the Maghreb ("جانفي", "أوت": El Khabar, Echorouk).

Older files are in Windows-1256 or ISO-8859-6.
"""

from artparse.vocab import Vocab

_MONTHS = {
    # Egypt and the Gulf: the English names transcribed, with and without hamza
    "يناير": 1,
    "فبراير": 2,
    "مارس": 3,
    "أبريل": 4,
    "ابريل": 4,
    "إبريل": 4,
    "مايو": 5,
    "يونيو": 6,
    "يونيه": 6,
    "يوليو": 7,
    "يوليه": 7,
    "أغسطس": 8,
    "اغسطس": 8,
    "سبتمبر": 9,
    "أكتوبر": 10,
    "اكتوبر": 10,
    "نوفمبر": 11,
    "ديسمبر": 12,
    # the Levant and Iraq: the Syriac names
    "كانون الثاني": 1,
    "شباط": 2,
    "آذار": 3,
    "نيسان": 4,
    "أيار": 5,
    "ايار": 5,
    "حزيران": 6,
    "تموز": 7,
    "آب": 8,
    "أيلول": 9,
    "ايلول": 9,
    "تشرين الأول": 10,
    "تشرين الاول": 10,
    "تشرين الثاني": 11,
    "كانون الأول": 12,
    "كانون الاول": 12,
    # the Maghreb: the French names transcribed
    "جانفي": 1,
    "فيفري": 2,
    "أفريل": 4,
    "ماي": 5,
    "جوان": 6,
    "جويلية": 7,
    "أوت": 8,
}

VOCAB = Vocab.of(
    rank=29,
    none="highlight_labels relative_days contributor_phrases credit_archive_words follow_calls share_count_words site_names desk_nouns frequent_vowels telltales role_modifiers lead_byline_prefixes affiliation_words articles outlet_nouns name_particles date_label_particles story_header_labels story_header_openings editors_note_labels ordinal_suffixes date_joiners signature_labels ad_break_markers list_labels dispatch_words view_count_labels lead_labels subject_pronouns paywall_notes author_archive_buttons enlarge_labels",
    valedictions=("مع خالص التحية", "مع تحياتي", "وتفضلوا بقبول فائق الاحترام"),
    tool_buttons=("إغلاق", "طباعة", "العودة إلى الأعلى"),
    home_labels=("الرئيسية",),
    link_label_words=("اقرأ", "إقرأ"),
    navigation_phrases=("اضغط هنا", "انقر هنا"),
    comments_headings=("التعليقات",),
    news_words=("أخبار", "الأخبار"),
    byline_prefixes=("بقلم:", "بقلم", "كتب:", "كتبت:", "كتب", "كتبت"),
    role_words=("مراسل", "مراسلة", "محرر", "محررة", "صحفي", "صحفية"),
    and_words=("و",),
    place_prepositions=("في", "من"),
    caption_labels=("تصوير", "صورة", "الصورة"),
    caption_text_labels=("التعليق على الصورة",),
    image_credit_labels=("مصدر الصورة",),
    image_caption_labels=("التعليق على الصورة",),
    photo_cues=("صورة أرشيفية", "أرشيفية"),
    contact_links=("راسل الكاتب",),
    sponsor_labels=("بالشراكة مع", "برعاية"),
    published_labels=("نشر في", "نُشر في", "تاريخ النشر", "نشر بتاريخ"),
    updated_labels=("آخر تحديث", "تحديث"),
    furniture=("المصدر:", "المصدر :", "إعلان", "اقرأ أيضا", "اقرأ أيضاً", "شارك", "شارك هذا المقال"),
    copyright_words=("جميع الحقوق محفوظة", "حقوق النشر"),
    months=_MONTHS,
    weekdays=("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "الإثنين", "الاربعاء"),
    script="arabic",
    letters="ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئىة",
    legacy_encodings=("cp1256", "iso8859_6"),
    stop_words=frozenset(
        "في من على إلى أن عن مع التي الذي هذا هذه كان قد لا ما أو بين بعد قبل وقال وفي ومن كما حيث".split()
    ),
    header_labels={
        "title": ("العنوان",),
        "subtitle": ("العنوان الفرعي",),
        "date": ("التاريخ", "تاريخ النشر"),
        "updated": ("آخر تحديث",),
        "authors": ("الكاتب", "المؤلف", "بقلم"),
        "tags": ("الكلمات المفتاحية", "وسوم"),
        "url": ("URL", "الرابط"),
        "publication": ("المصدر", "الصحيفة"),
    },
    answer_buttons=("نعم لا",),
)
