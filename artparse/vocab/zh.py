"""Chinese (simplified and traditional characters; no spaces between words, no capitals).

Sources of the conventions, each seen at two outlets or more:

- the wire dateline is the agency, the place, the date and "电" (cabled): "新华社北京10月14日电"
  (Xinhua), "中新社北京10月14日电" (China News Service), "中央社台北14日電" (CNA, Taiwan; the
  traditional "電"); the agencies are in ``AGENCIES``;
- bylines: "记者 王明" / "（记者 王明）" (Xinhua, People's Daily "本报记者 王明"), "作者：王明"
  (Sina, The Paper), "文/王明" (The Beijing News, Southern Weekly);
- picture credits: "图片来源：" (Sina, The Paper), "摄影：" / "摄" (Xinhua, People's Daily), and
  BBC Chinese's "图像来源，"/"图像加注文字，" lines (its "Image source"/"Image caption");
- closing furniture: the source line "来源：新华网" (Xinhua's and People's Daily's sites), the
  editor's line "责任编辑：王明" / "【责任编辑:王明】" (Sina, Xinhua), and the notice "版权所有"
  (Xinhua, People's Daily);
- dates are numeric ("2015年10月14日", read by ``dates``): no month names.

Older files are in GB 2312 / GBK / GB 18030 (mainland) or Big5 (Taiwan, Hong Kong).
"""

from artparse.vocab import Vocab

VOCAB = Vocab.of(
    rank=30,
    none="highlight_labels relative_days contributor_phrases credit_archive_words follow_calls share_count_words site_names desk_nouns frequent_vowels telltales role_modifiers lead_byline_prefixes affiliation_words articles outlet_nouns place_prepositions name_particles date_label_particles story_header_labels story_header_openings editors_note_labels ordinal_suffixes date_joiners signature_labels ad_break_markers list_labels link_label_words and_words months sponsor_labels view_count_labels lead_labels subject_pronouns paywall_notes author_archive_buttons enlarge_labels",
    valedictions=("此致敬礼", "此致"),
    tool_buttons=("关闭", "打印", "返回顶部"),
    home_labels=("首页",),
    navigation_phrases=("点击这里", "点击查看"),
    comments_headings=("评论", "網友評論", "网友评论"),
    news_words=("新闻", "新聞"),
    byline_prefixes=("记者", "記者", "本报记者", "本報記者", "作者", "文/", "撰文"),
    role_words=("记者", "記者", "特约记者", "通讯员", "通訊員", "编辑", "編輯"),
    caption_labels=("图片来源", "圖片來源", "图片", "圖片", "摄影", "攝影", "图", "圖"),
    caption_text_labels=("图片说明", "圖片說明"),
    image_credit_labels=("图像来源", "圖像來源"),
    image_caption_labels=("图像加注文字", "圖像加註文字"),
    photo_cues=("资料图", "資料圖", "资料照片", "資料照片", "图为", "圖為"),
    contact_links=("联系作者",),
    published_labels=("发布时间", "發佈時間", "发表时间", "發表時間", "发布日期", "发布于"),
    updated_labels=("更新时间", "更新時間"),
    furniture=(
        "来源：",
        "來源：",
        "来源:",
        "责任编辑",
        "責任編輯",
        "【责任编辑",
        "【纠错】",
        "(责编",
        "（责编",
        "分享到",
        "扫一扫",
        "广告",
        "廣告",
    ),
    copyright_words=("版权所有", "版權所有"),
    weekdays=(
        "星期一",
        "星期二",
        "星期三",
        "星期四",
        "星期五",
        "星期六",
        "星期日",
        "星期天",
        "周一",
        "周二",
        "周三",
        "周四",
        "周五",
        "周六",
        "周日",
    ),
    dispatch_words=("电", "電"),
    script="han",
    letters="",
    legacy_encodings=("gb18030", "big5"),
    stop_words=frozenset("的 了 是 在 和 有 也 不 这 我 他 就 都 与 及 將 将 對 对".split()),
    header_labels={
        "title": ("标题", "標題"),
        "subtitle": ("副标题", "副標題", "摘要"),
        "updated": ("更新时间", "更新時間"),
        "date": ("日期", "发布时间", "發佈時間"),
        "authors": ("作者",),
        "url": ("URL", "链接", "網址"),
        "publication": ("来源", "來源", "出处"),
        "tags": ("关键词", "關鍵詞", "标签"),
    },
    answer_buttons=("是 否",),
)
