"""Vietnamese (Latin letters with tone marks).

Sources of the conventions, each at two outlets or more (as the baomoi.com aggregator
carries them: VietNamNet, Đời sống Plus, the motoring sites):

- picture credits open with "Ảnh" (photo): a line "Ảnh: Carscoop" under the story, or a
  caption closed by "(Ảnh: Reuters)", "(Ảnh minh họa)"; "Nguồn ảnh" (picture source);
- the writer signs at the end, on a line of their own ("Hoàng Cường"), and a story taken from
  another paper says so after it, "Theo Đời sống Plus" (according to);
- furniture: "Xem thêm" (see more), "Tin liên quan" (related stories), "Quảng cáo"
  (advertisement);
- dates are numeric ("Thứ hai, 6/3/2017 08:15", "ngày 6 tháng 3 năm 2017"): the months
  are numbered, not named.

Older files are in Windows-1258.
"""

from artparse.vocab import Vocab

VOCAB = Vocab.of(
    rank=36,
    none="view_count_labels site_names desk_nouns frequent_vowels telltales role_modifiers lead_byline_prefixes affiliation_words articles outlet_nouns image_credit_labels image_caption_labels story_header_labels story_header_openings editors_note_labels copyright_words ordinal_suffixes date_joiners ad_break_markers name_particles date_label_particles dispatch_words contributor_phrases sponsor_labels credit_archive_words share_count_words caption_text_labels lead_labels paywall_notes subject_pronouns months place_prepositions valedictions contact_links highlight_labels author_archive_buttons enlarge_labels",
    relative_days=("hôm nay", "hôm qua"),
    link_label_words=("xem", "đọc"),
    follow_calls=("theo dõi",),
    navigation_phrases=("bấm vào đây", "nhấn vào đây", "click vào đây"),
    comments_headings=("bình luận", "ý kiến bạn đọc"),
    news_words=("Tin tức",),
    byline_prefixes=("Tác giả:", "Bài và ảnh:", "Bài:"),
    role_words=("phóng viên", "biên tập viên", "cộng tác viên", "nhà báo"),
    and_words=("và",),
    caption_labels=("Ảnh", "Nguồn ảnh", "Ảnh minh họa"),
    photo_cues=("ảnh minh họa", "ảnh tư liệu"),
    published_labels=("Ngày đăng", "Đăng ngày", "Xuất bản"),
    updated_labels=("Cập nhật",),
    furniture=("xem thêm", "tin liên quan", "quảng cáo", "chia sẻ"),
    home_labels=("Trang chủ",),
    tool_buttons=("in bài", "đóng"),
    list_labels=("Tin liên quan", "Đọc nhiều nhất", "Tin mới nhất"),
    weekdays=("thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật"),
    script="latin",
    letters="àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ",
    legacy_encodings=("cp1258",),
    stop_words=frozenset(
        "và của các là có được cho với trong này những một không người đã đến khi từ cũng "
        "như để theo tại về".split()
    ),
    signature_labels=("Tác giả",),
    header_labels={
        "title": ("Tiêu đề",),
        "subtitle": ("Tóm tắt",),
        "date": ("Ngày", "Ngày đăng"),
        "updated": ("Cập nhật",),
        "authors": ("Tác giả",),
        "tags": ("Từ khóa",),
        "url": ("URL", "Đường dẫn"),
        "publication": ("Nguồn",),
    },
    answer_buttons=("Có Không",),
)
