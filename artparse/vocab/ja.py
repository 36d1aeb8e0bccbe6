"""Japanese (Chinese characters and kana; no spaces between words, no capitals).

Sources of the conventions, each at two outlets or more:

- the dateline in lenticular brackets opens the lead: the place and the writer for a paper's
  own correspondent, "【ワシントン＝山田太郎】" (Yomiuri, Nikkei), or the place and the agency
  for wire copy, "【北京共同】" / "【ワシントン時事】" (Kyodo, Jiji as the regional papers carry
  them), or the place alone, "【東京】"; the wires are in ``AGENCIES`` (共同, 時事);
- picture credits: "撮影" (photographed by: Asahi, Mainichi), "写真提供" (photo courtesy of);
- closing furniture: "関連記事" (related articles), "広告" (advertisement) and the reuse notice
  "無断転載" (Yomiuri's "無断転載・複製を禁じます", Asahi's "無断転載禁止");
- dates are numeric ("2015年10月14日", read by ``dates``): no month names.

Older files are in Shift JIS or EUC-JP.
"""

from artparse.vocab import Vocab

VOCAB = Vocab.of(
    rank=35,
    none="highlight_labels relative_days contributor_phrases credit_archive_words follow_calls share_count_words site_names desk_nouns frequent_vowels telltales role_modifiers lead_byline_prefixes affiliation_words articles outlet_nouns place_prepositions name_particles date_label_particles story_header_labels story_header_openings editors_note_labels ordinal_suffixes date_joiners signature_labels ad_break_markers list_labels link_label_words and_words months sponsor_labels dispatch_words image_credit_labels image_caption_labels caption_text_labels contact_links home_labels comments_headings navigation_phrases view_count_labels lead_labels subject_pronouns paywall_notes author_archive_buttons enlarge_labels",
    valedictions=("敬具", "草々"),
    news_words=("ニュース",),
    byline_prefixes=("文：", "文・", "筆者："),
    role_words=("記者", "編集委員", "特派員"),
    caption_labels=("撮影", "写真提供"),
    photo_cues=("写真は",),
    published_labels=("配信", "公開日", "掲載日"),
    updated_labels=("更新", "最終更新"),
    furniture=("関連記事", "広告", "無断転載"),
    copyright_words=("無断転載",),
    weekdays=("月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日"),
    script="kana",
    letters="",
    legacy_encodings=("shift_jis", "euc_jp"),
    stop_words=frozenset("の に は を た が で て と し れ さ ある いる".split()),
    header_labels={
        "title": ("見出し", "タイトル"),
        "subtitle": ("副題",),
        "date": ("日付", "配信日"),
        "updated": ("更新日",),
        "authors": ("著者", "筆者", "記者"),
        "tags": ("タグ",),
        "url": ("URL",),
        "publication": ("出典", "媒体"),
    },
    tool_buttons=("閉じる",),
    answer_buttons=("はい いいえ",),
)
