"""Korean (Hangul, words parted by spaces, no capitals).

Sources of the conventions, each seen at two outlets or more:

- wire datelines put the place and the agency, joined by "=", in parentheses, then the
  reporters' names with their role and "=" before the text: Yonhap's "(서울=연합뉴스) 홍길동 기자 =
  ..." and News1's "(서울=뉴스1) 홍길동 기자 = ..." (the agencies are in ``AGENCIES``; Newsis
  prints the same slot, "(서울=뉴시스)");
- a story closes with the reporter's name, role and e-mail address, "홍길동 기자 gildong@yna.co.kr"
  (Yonhap; Gyeongnam Daily's "… 기자 hcs@kndaily.co.kr"; Aju Business Daily's), and with the
  notice forbidding reprints, "ⓒ 연합뉴스, 무단 전재-재배포 금지" (Yonhap) and "<저작권자 ©
  경남데일리, 무단 전재 및 재배포 금지>" (Gyeongnam Daily; the "저작권자" form of most papers' CMS);
- picture credits: "사진=연합뉴스" / "(사진=…)" (Yonhap's and News1's photos, Hankyoreh);
- dates are numeric ("2015년 10월 14일", read by ``dates``) and a weekday may follow: no
  month names.

Older files are in EUC-KR (or its extension, Windows code page 949).
"""

from artparse.vocab import Vocab

VOCAB = Vocab.of(
    rank=34,
    none="highlight_labels relative_days contributor_phrases credit_archive_words follow_calls share_count_words site_names desk_nouns frequent_vowels telltales role_modifiers lead_byline_prefixes affiliation_words articles outlet_nouns name_particles date_label_particles story_header_labels story_header_openings editors_note_labels ordinal_suffixes date_joiners signature_labels ad_break_markers list_labels dispatch_words sponsor_labels contact_links image_caption_labels caption_text_labels image_credit_labels months place_prepositions link_label_words navigation_phrases view_count_labels lead_labels subject_pronouns paywall_notes author_archive_buttons enlarge_labels",
    valedictions=("감사합니다",),
    home_labels=("홈",),
    comments_headings=("댓글",),
    news_words=("뉴스",),
    byline_prefixes=("글:", "기자:"),
    role_words=("기자", "특파원", "선임기자", "객원기자", "인턴기자"),
    and_words=("및",),
    caption_labels=("사진",),
    photo_cues=("자료사진",),
    published_labels=("입력", "등록", "기사입력"),
    updated_labels=("수정", "업데이트"),
    furniture=("ⓒ", "<저작권자", "저작권자", "[저작권자", "무단 전재", "관련기사"),
    copyright_words=("저작권자", "무단 전재"),
    weekdays=("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"),
    script="hangul",
    letters="",
    legacy_encodings=("euc_kr", "cp949"),
    stop_words=frozenset(
        "및 등 수 것 더 또 그 이 이번 이날 있다 했다 밝혔다 말했다 위해 대한 통해 것으로 있는 지난".split()
    ),
    header_labels={
        "title": ("제목",),
        "subtitle": ("부제",),
        "date": ("날짜", "입력"),
        "updated": ("수정",),
        "authors": ("기자", "글쓴이"),
        "tags": ("태그",),
        "url": ("URL", "주소"),
        "publication": ("출처",),
    },
    tool_buttons=("닫기",),
    answer_buttons=("예 아니요",),
)
