"""Turkish.

Wire datelines print the agency's code after the place, "ANKARA (AA) -", "İSTANBUL (DHA) -"
(Anadolu Ajansı, Demirören and İhlas Haber Ajansı: see ``AGENCIES``); older files are in
Windows-1254.
"""

from artparse.vocab import Vocab

VOCAB = Vocab.of(
    answer_buttons=("Evet Hayır",),
    rank=28,
    none="site_names desk_nouns frequent_vowels telltales role_modifiers lead_byline_prefixes affiliation_words articles outlet_nouns place_prepositions image_credit_labels image_caption_labels story_header_labels story_header_openings editors_note_labels copyright_words ordinal_suffixes date_joiners ad_break_markers name_particles date_label_particles dispatch_words contributor_phrases sponsor_labels",
    link_label_words=("ilgili", "bakınız"),
    follow_calls=("bizi takip edin", "takip edin", "abone olun"),
    navigation_phrases=("buraya tıklayın", "tıklayınız", "tıklayın"),
    comments_headings=("yorumlar",),
    news_words=("Haber", "Haberler"),
    byline_prefixes=("Yazan:", "Muhabir:"),
    role_words=("muhabir", "muhabiri", "editör", "editörü", "yazar", "temsilcisi"),
    and_words=("ve",),
    caption_labels=("Fotoğraf", "Foto", "Görsel"),
    caption_text_labels=("Fotoğraf altı",),
    photo_cues=("arşiv fotoğrafı", "fotoğrafta"),
    credit_archive_words=("Arşiv",),
    contact_links=("Yazara e-posta gönder", "Yazarla iletişime geç"),
    published_labels=("Yayınlanma", "Yayınlanma tarihi", "Yayın tarihi", "Oluşturulma tarihi"),
    updated_labels=("Güncelleme", "Güncellenme", "Son güncelleme", "Güncelleme tarihi"),
    furniture=(
        "reklam",
        "ilgili haberler",
        "haberin devamı",
        "devamını oku",
        "paylaş",
        "tüm hakları saklıdır",
    ),
    home_labels=("Ana Sayfa", "Anasayfa"),
    tool_buttons=("kapat", "yazdır", "başa dön"),
    share_count_words=("paylaşım",),
    list_labels=("İlgili Haberler", "Benzer Haberler", "Çok Okunanlar"),
    months={
        "ocak": 1,
        "şubat": 2,
        "mart": 3,
        "nisan": 4,
        "mayıs": 5,
        "haziran": 6,
        "temmuz": 7,
        "ağustos": 8,
        "eylül": 9,
        "ekim": 10,
        "kasım": 11,
        "aralık": 12,
        "oca": 1,
        "şub": 2,
        "nis": 4,
        "haz": 6,
        "tem": 7,
        "ağu": 8,
        "eyl": 9,
        "eki": 10,
        "kas": 11,
        "ara": 12,
    },
    weekdays=("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar"),
    script="latin",
    letters="çğıöşüâî",
    legacy_encodings=("cp1254", "iso8859_9"),
    stop_words=frozenset(
        "ve bir bu da de için ile olarak çok daha ama gibi en ne olan kadar sonra ancak her "
        "ise değil yılında yüzde göre ilk iki".split()
    ),
    signature_labels=("Yazar",),
    header_labels={
        "title": ("Başlık",),
        "subtitle": ("Alt başlık", "Özet"),
        "date": ("Tarih", "Yayınlanma", "Yayın tarihi", "Yayınlanma tarihi"),
        "updated": ("Güncelleme", "Son güncelleme"),
        "authors": ("Yazar", "Yazarlar", "Muhabir"),
        "tags": ("Etiketler", "Anahtar kelimeler"),
        "url": ("URL", "Bağlantı", "Adres"),
        "publication": ("Kaynak", "Yayın", "Gazete"),
    },
)
