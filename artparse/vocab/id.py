"""Indonesian.

Indonesian news sites (Kompas, Detik, Tempo, Antara) sign with "Oleh" or "Penulis:", put
"Baca juga:" links to other stories between the paragraphs, and date their stories "Jakarta,
14 Oktober 2015"; Antara's datelines print its name, "JAKARTA (ANTARA) -" (see ``AGENCIES``).
"""

from artparse.vocab import Vocab

VOCAB = Vocab.of(
    subject_pronouns=("Ia", "Dia", "Mereka"),
    rank=31,
    relative_days=("hari ini", "kemarin"),
    none="highlight_labels view_count_labels site_names desk_nouns frequent_vowels telltales role_modifiers lead_byline_prefixes affiliation_words articles outlet_nouns image_credit_labels image_caption_labels story_header_labels story_header_openings editors_note_labels copyright_words ordinal_suffixes date_joiners ad_break_markers name_particles date_label_particles dispatch_words contributor_phrases sponsor_labels credit_archive_words share_count_words caption_text_labels lead_labels paywall_notes author_archive_buttons enlarge_labels",
    link_label_words=("baca", "lihat"),
    follow_calls=("ikuti kami", "ikuti berita"),
    navigation_phrases=("klik di sini", "klik disini"),
    comments_headings=("komentar",),
    news_words=("Berita",),
    byline_prefixes=("Oleh", "Oleh:", "Penulis:", "Reporter:", "Pewarta:"),
    role_words=("wartawan", "koresponden", "editor", "penulis", "reporter", "pewarta"),
    and_words=("dan",),
    caption_labels=("Foto", "Sumber foto", "Gambar"),
    photo_cues=("foto arsip", "foto ilustrasi"),
    contact_links=("Kirim email ke penulis",),
    published_labels=("Diterbitkan", "Dipublikasikan"),
    updated_labels=("Diperbarui",),
    place_prepositions=("di",),
    furniture=(
        "baca juga",
        "baca selengkapnya",
        "iklan",
        "bagikan",
        "hak cipta dilindungi undang-undang",
    ),
    home_labels=("Beranda",),
    tool_buttons=("cetak", "ikuti", "sebelumnya berikutnya", "tutup"),
    list_labels=("Berita Terkait", "Terpopuler"),
    months={
        "januari": 1,
        "februari": 2,
        "maret": 3,
        "april": 4,
        "mei": 5,
        "juni": 6,
        "juli": 7,
        "agustus": 8,
        "september": 9,
        "oktober": 10,
        "november": 11,
        "desember": 12,
        "agu": 8,
        "okt": 10,
        "des": 12,
    },
    weekdays=("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "jum'at"),
    script="latin",
    letters="",
    legacy_encodings=("cp1252",),
    stop_words=frozenset(
        "yang dan di ke dari ini itu dengan untuk pada adalah dalam tidak akan juga oleh sebagai "
        "tersebut telah bahwa karena atau mereka ada saat".split()
    ),
    signature_labels=("Penulis", "Editor"),
    valedictions=("Hormat kami", "Hormat saya", "Salam hangat"),
    header_labels={
        "title": ("Judul",),
        "subtitle": ("Ringkasan",),
        "date": ("Tanggal", "Diterbitkan"),
        "updated": ("Diperbarui",),
        "authors": ("Penulis", "Oleh"),
        "tags": ("Tag", "Kata kunci"),
        "url": ("URL", "Tautan"),
        "publication": ("Sumber",),
    },
    answer_buttons=("Ya Tidak",),
)
