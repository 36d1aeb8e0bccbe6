"""Languages beyond the corpus: each vocabulary module lets an article in its language be read.

A news article in any language names its author with a byline word ("Av", "Af", "de"), its
date with a month name and a published label, and its photo's credit with a label; these
tests give one small article per language and check the parts its vocabulary exists for.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from artparse import parse, parse_file
from artparse.language import guess_language

ARTICLES = {
    "sv": (
        "Regeringen lägger fram ny budget för skolan\n\n"
        "Publicerad 6 december 2026\n\n"
        "Av Anna Svensson\n\n"
        "Statsministern besökte en skola i Uppsala på fredagen. Budgeten innehåller miljarder "
        "till nya lärare och läromedel, enligt regeringen, som har lovat att det ska räcka.\n\n"
        "Oppositionen är kritisk och menar att pengarna inte räcker för de skolor som har det svårast.\n"
    ),
    "da": (
        "Regeringen fremlægger ny finanslov for skolerne\n\n"
        "Publiceret 6. december 2026\n\n"
        "Af Mette Hansen\n\n"
        "Statsministeren besøgte en skole i Aarhus fredag. Finansloven har flere milliarder til nye "
        "lærere, og regeringen siger, at det er nok for de skoler, som har det svært.\n\n"
        "Oppositionen er kritisk og mener ikke, at pengene er nok efter mange års besparelser.\n"
    ),
    "nb": (
        "Regjeringen legger fram nytt budsjett for skolen\n\n"
        "Publisert 6. desember 2026\n\n"
        "Av Ola Nordmann\n\n"
        "Statsministeren besøkte en skole i Bergen fredag. Budsjettet har flere milliarder til nye "
        "lærere, og regjeringen sier at det er nok for de skolene som har det vanskelig nå.\n\n"
        "Opposisjonen er kritisk og mener at pengene ikke er nok etter mange år med kutt.\n"
    ),
    "fi": (
        "Hallitus esitteli uuden budjetin kouluille\n\n"
        "Julkaistu 6. joulukuuta 2026\n\n"
        "Pääministeri vieraili koulussa Tampereella perjantaina. Budjetti on hallituksen mukaan "
        "riittävä, ja se tuo kouluille uusia opettajia, mutta oppositio ei ole tyytyväinen.\n\n"
        "Oppositio sanoo, että rahaa on liian vähän ja että päätös tulee liian myöhään.\n"
    ),
    "ro": (
        "Guvernul a aprobat bugetul pentru școli\n\n"
        "Publicat 6 decembrie 2026\n\n"
        "Autor: Andrei Popescu\n\n"
        "Guvernul a aprobat vineri proiectul de buget pentru anul viitor. Ministrul Finanțelor a "
        "declarat că deficitul va scădea și că școlile vor primi mai mulți bani în acest an.\n\n"
        "Opoziția critică măsurile și cere dezbateri în Parlament, unde votul este "
        "programat după sărbători.\n"
    ),
    "hu": (
        "A kormány elfogadta az iskolák új költségvetését\n\n"
        "Közzétéve 2026. december 6.\n\n"
        "A miniszterelnök pénteken egy budapesti iskolába látogatott. A kormány szerint a "
        "költségvetés elég, és az iskolák új tanárokat kapnak, de az ellenzék nem elégedett.\n\n"
        "Az ellenzék szerint a pénz kevés, és a döntés már túl késő, mert a tanév már elkezdődött.\n"
    ),
    "el": (
        "Η κυβέρνηση ενέκρινε τον νέο προϋπολογισμό\n\n"
        "6 Δεκεμβρίου 2026\n\n"
        "Της Μαρίας Παπαδοπούλου\n\n"
        "Η κυβέρνηση ενέκρινε την Πέμπτη τον προϋπολογισμό για το επόμενο έτος. Ο υπουργός "
        "Οικονομικών δήλωσε ότι το έλλειμμα θα μειωθεί και ότι τα σχολεία θα πάρουν περισσότερα.\n\n"
        "Η αντιπολίτευση επικρίνει τα μέτρα και ζητά συζήτηση στη Βουλή πριν από την ψηφοφορία.\n"
    ),
    "ka": (
        "მთავრობამ ახალი ბიუჯეტი დაამტკიცა\n\n"
        "6 დეკემბერი, 2026\n\n"
        "მთავრობამ ხუთშაბათს მომავალი წლის ბიუჯეტის პროექტი დაამტკიცა და ეს არის დიდი ნაბიჯი. "
        "ფინანსთა მინისტრის თქმით, დეფიციტი შემცირდება და სკოლები მეტ თანხას მიიღებენ.\n\n"
        "ოპოზიცია აკრიტიკებს ზომებს და პარლამენტში დისკუსიას ითხოვს, რომ ეს გადაწყვეტილება შეიცვალოს.\n"
    ),
}
AUTHORS = {
    "sv": ["Anna Svensson"],
    "da": ["Mette Hansen"],
    "nb": ["Ola Nordmann"],
    "ro": ["Andrei Popescu"],
    "el": ["Μαρίας Παπαδοπούλου"],
}


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_an_article_in_a_language_of_the_vocabulary(language: str) -> None:
    article = parse(ARTICLES[language])
    assert article.language == language
    assert (article.date or "")[:10] == "2026-12-06"
    assert list(article.authors) == AUTHORS.get(language, [])
    assert len(article.paragraphs) == 2
    assert article.title == ARTICLES[language].split("\n", 1)[0]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Foto: Henrik Montgomery/TT", "Henrik Montgomery/TT"),
        ("Billede: Ida Marie Odgaard/Ritzau Scanpix", "Ida Marie Odgaard/Ritzau Scanpix"),
        ("Kuva: Lehtikuva", "Lehtikuva"),
        ("Fotó: MTI/Koszticsák Szilárd", "MTI/Koszticsák Szilárd"),
    ],
)
def test_a_caption_credited_with_the_languages_label(line: str, credit: str) -> None:
    text = (
        "Headline of the story\n\n"
        "The minister visits a school in the capital on Friday\n"
        f"{line}\n\n"
        "The first paragraph of the story tells what happened and who said it was enough.\n\n"
        "The second paragraph adds what the opposition said about it in parliament.\n"
    )
    article = parse(text)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("The minister visits a school in the capital on Friday", credit)
    ]


def test_a_few_words_shared_by_chance_make_no_language() -> None:
    """A language artparse has no vocabulary for shares a few short words with some that it
    has (Lithuanian with "do a" in it, Portuguese and Polish words): under one word in
    twenty is chance, and no guess lets dates be read in whatever language they are in."""
    text = (
        "Vyriausybė penktadienį paskelbė naują biudžetą. Ministras sakė, kad pinigai bus "
        "paskirstyti visoms mokykloms, ir mokytojų atlyginimai kitais metais didės. Opozicija "
        "teigia, kad tai nepakanka, ir reikalauja ilgų diskusijų Seime prieš balsavimą. "
        "Parlamentarai biudžetą svarstys kitą savaitę, ir gyventojai laukia, ar vyriausybės "
        "pažadai bus įvykdyti laiku, do a con."
    )
    assert guess_language(text) is None


VIETNAMESE_TEXTS = (
    "Chính phủ đã công bố ngân sách mới vào thứ Sáu. Bộ trưởng nói rằng tiền sẽ được chia "
    "cho tất cả các trường học và lương giáo viên sẽ tăng vào năm tới.",
    "Thành phố có kế hoạch xây thêm cầu mới trong năm nay và mở rộng đường cho xe buýt theo "
    "đề xuất của người dân.",
)


@pytest.mark.parametrize("text", VIETNAMESE_TEXTS)
def test_vietnamese_is_told_by_its_words_however_many_tone_marks(text: str) -> None:
    """Vietnamese letters carry tone marks, most of them two or three bytes in UTF-8: a text
    dense with them is still Latin script, told by its stop words ("và", "của", "được")."""
    assert guess_language(text) == "vi"


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Đoàn xe chạy qua cầu mới sáng thứ Hai (Ảnh: Reuters)", "Reuters"),
        ("Đoàn xe chạy qua cầu mới sáng thứ Hai. Ảnh: Minh Anh", "Minh Anh"),
    ],
)
def test_a_vietnamese_caption_credited_with_anh(line: str, credit: str) -> None:
    """Vietnamese papers credit a picture with "Ảnh" (photo), after the caption or in
    parentheses closing it."""
    text = (
        "Thành phố khánh thành cây cầu mới\n\n"
        f"{line}\n\n"
        "Cây cầu dài hai cây số được khánh thành sáng nay sau ba năm xây dựng, theo ủy ban "
        "thành phố.\n\n"
        "Người dân cho biết việc đi lại sẽ thuận tiện hơn nhiều so với trước đây.\n"
    )
    article = parse(text)
    assert article.language == "vi"
    assert [c.credit for c in article.captions] == [credit]
    assert len(article.paragraphs) == 2


def test_a_vietnamese_sentence_about_a_photo_stays_body() -> None:
    """The word "ảnh" inside a sentence is no credit label."""
    text = (
        "Triển lãm ảnh mở cửa tại Hà Nội\n\n"
        "Triển lãm trưng bày hơn một trăm bức ảnh của các nhiếp ảnh gia trẻ, mở cửa đến hết "
        "tháng sau.\n\n"
        "Ban tổ chức cho biết vé vào cửa là miễn phí cho học sinh và sinh viên.\n"
    )
    article = parse(text)
    assert article.captions == ()
    assert len(article.paragraphs) == 2


TURKISH_NEWS = (
    "Merkez Bankası faiz kararını açıkladı\n\n"
    "14 Ekim 2015 Çarşamba\n\n"
    "Yazan: Ayşe Yılmaz ve Mehmet Demir\n\n"
    "Banka binasının önünde bekleyen gazeteciler. (Fotoğraf: AA)\n\n"
    "ANKARA (AA) - Merkez Bankası, politika faizini yüzde 8,5 seviyesinde sabit tuttuğunu "
    "açıkladı. Karar bir süredir bekleniyordu ve piyasalar için sürpriz olmadı.\n\n"
    "Açıklamada, enflasyonun önümüzdeki aylarda düşmesinin beklendiği ve ihracatın da güçlü "
    "kalacağı ifade edildi.\n\n"
    "Tüm hakları saklıdır.\n"
)


def test_a_turkish_wire_story() -> None:
    """Turkish: its stop words, months, "Yazan:" bylines, "(Fotoğraf: X)" credits, the
    agency's code in the dateline ("ANKARA (AA) -") and the copyright line."""
    article = parse(TURKISH_NEWS)
    assert article.language == "tr"
    assert article.date == "2015-10-14"
    assert list(article.authors) == ["Ayşe Yılmaz", "Mehmet Demir"]
    assert (article.dateline, article.agency) == ("ANKARA", "AA")
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Banka binasının önünde bekleyen gazeteciler.", "AA")
    ]
    assert len(article.paragraphs) == 2


def test_a_turkish_file_in_windows_1254(tmp_path: Path) -> None:
    """Turkish files of the 1990s and 2000s are Windows-1254, whose "ı ş ğ" are cp1252's "ý þ ð"."""
    path = tmp_path / "haber.txt"
    path.write_bytes(TURKISH_NEWS.encode("cp1254"))
    article = parse_file(path)
    assert article.encoding == "cp1254"
    assert article.title == "Merkez Bankası faiz kararını açıkladı"
    assert list(article.authors) == ["Ayşe Yılmaz", "Mehmet Demir"]


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("2026年12月3日 10:15", "2026-12-03T10:15:00"),
        ("发布时间：2026年12月3日", "2026-12-03"),
        ("2026년 12월 3일", "2026-12-03"),
    ],
)
def test_a_date_as_chinese_japanese_and_korean_print_it(line: str, iso: str) -> None:
    lead = "政府周四批准了明年的预算草案。财政部长表示，赤字将会下降。"
    article = parse(f"政府批准新预算\n\n{line}\n\n{lead}\n")
    assert article.date == iso


ARABIC_ARTICLE = (
    "الحكومة تقر ميزانية جديدة للمدارس\n\n"
    "14 تشرين الأول 2015\n\n"
    "بقلم: أحمد محمد\n\n"
    "القاهرة (رويترز) - أقرت الحكومة يوم الأربعاء مشروع الميزانية للعام المقبل، وقال وزير المالية "
    "إن العجز سينخفض وإن المدارس ستحصل على المزيد من الأموال.\n\n"
    "وزير المالية خلال مؤتمر صحفي في القاهرة\n"
    "تصوير: محمد عبد الله\n\n"
    "وانتقدت المعارضة هذه الإجراءات وطالبت بمناقشتها في البرلمان قبل التصويت عليها.\n\n"
    "المصدر: وكالات\n"
    "جميع الحقوق محفوظة © 2015\n"
)
CHINESE_ARTICLE = (
    "政府通过新的学校预算\n\n"
    "2015年10月14日\n\n"
    "（记者 王明 李华）\n\n"
    "新华社北京10月14日电 国务院14日召开常务会议，通过了明年的教育预算草案。财政部长表示，"
    "赤字将会减少，学校将获得更多的资金。\n\n"
    "财政部长在北京举行的新闻发布会上讲话\n"
    "图片来源：新华社\n\n"
    "专家认为，这些措施有助于缩小城乡之间的教育差距，但仍需进一步落实。\n\n"
    "来源：新华网\n"
    "责任编辑：张伟\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            ARABIC_ARTICLE,
            {
                "language": "ar",
                "date": "2015-10-14",
                "authors": ("أحمد محمد",),
                "dateline": "القاهرة",
                "agency": "رويترز",
                "captions": [("وزير المالية خلال مؤتمر صحفي في القاهرة", "محمد عبد الله")],
                "paragraphs": 2,
            },
        ),
        (
            CHINESE_ARTICLE,
            {
                "language": "zh",
                "date": "2015-10-14",
                "authors": ("王明", "李华"),
                "dateline": "北京",
                "agency": "新华社",
                "captions": [("财政部长在北京举行的新闻发布会上讲话", "新华社")],
                "paragraphs": 2,
            },
        ),
    ],
    ids=["ar", "zh"],
)
def test_an_article_in_another_script(text: str, expected: dict[str, object]) -> None:
    """Arabic and Chinese articles: the byline under the date, the wire's dateline ("القاهرة
    (رويترز) -", "新华社北京10月14日电"), the caption's labelled credit, and the source, editor
    and copyright lines closing the page."""
    article = parse(text)
    assert article.title == text.split("\n", 1)[0]
    assert article.language == expected["language"]
    assert (article.date or "")[:10] == expected["date"]
    assert article.authors == expected["authors"]
    assert (article.dateline, article.agency) == (expected["dateline"], expected["agency"])
    assert [(c.text, c.credit) for c in article.captions] == expected["captions"]
    assert len(article.paragraphs) == expected["paragraphs"]
    assert all(not p.startswith(("المصدر", "جميع", "来源", "责任编辑")) for p in article.paragraphs)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("作者：王明", ("王明",)),
        ("文/王明", ("王明",)),
        ("记者 王明、李华", ("王明", "李华")),
        ("كتب: سارة علي", ("سارة علي",)),
    ],
)
def test_bylines_of_other_scripts(line: str, authors: tuple[str, ...]) -> None:
    text = (
        f"政府通过新的学校预算\n\n2015年10月14日\n\n{line}\n\n"
        "国务院14日召开常务会议，通过了明年的教育预算草案。\n\n专家认为，这些措施有助于缩小差距。\n"
    )
    assert parse(text).authors == authors


@pytest.mark.parametrize(
    "line",
    [
        "记者会上，财政部长表示，赤字将会减少，学校将获得更多的资金。",  # "记者" opening a word
        "来源于民间的建议也被采纳，专家认为这些措施有助于缩小差距。",  # "来源" opening a word
        "新华社的报道说，北京14日的会议通过了预算，明年将会实施。",  # an agency, no dispatch
        "القاهرة هي عاصمة مصر (وأكبر مدنها) - وفيها مقر الحكومة والبرلمان.",  # not an agency
    ],
)
def test_ordinary_lines_of_other_scripts_stay_body(line: str) -> None:
    text = (
        f"政府通过新的学校预算\n\n2015年10月14日\n\n作者：王明\n\n{line}\n\n"
        "专家认为，这些措施有助于缩小城乡之间的教育差距。\n"
    )
    article = parse(text)
    assert line in article.paragraphs
    assert (article.dateline, article.agency) == (None, None)


def test_the_language_of_chinese_text_is_told_by_its_script() -> None:
    """Chinese has no spaces to count words by; Japanese mixes kana into the same characters."""
    assert guess_language("国务院14日召开常务会议，通过了明年的教育预算草案。") == "zh"
    assert guess_language("東京都は14日、新しい計画を発表しました。これは重要なことです。") == "ja"
    assert (
        guess_language(
            "أقرت الحكومة يوم الأربعاء مشروع الميزانية، وقال وزير المالية إن العجز في الميزانية سينخفض."
        )
        == "ar"
    )


@pytest.mark.parametrize(
    "note",
    [
        "Nachdruck mit freundlicher Genehmigung des Verlags.",
        "Reproduit avec l'autorisation de l'auteur.",
        "Reproducido con permiso del autor.",
        "Reproduzido com autorização do autor.",
        "Per gentile concessione di Jane Roe.",
    ],
)
def test_a_reprint_permission_note_in_each_language(note: str) -> None:
    text = (
        "Headline of the story\n\n"
        "The first paragraph of the story tells what happened and who said it was enough.\n\n"
        "The second paragraph adds what the opposition said about it in parliament.\n\n"
        f"{note}\n"
    )
    assert note not in parse(text).paragraphs


INDONESIAN_NEWS = (
    "Pemerintah Setujui Anggaran Baru untuk Sekolah\n\n"
    "Jakarta, 14 Oktober 2015\n\n"
    "Oleh: Budi Santoso\n\n"
    "JAKARTA (ANTARA) - Pemerintah pada hari Rabu menyetujui anggaran baru yang bertujuan "
    "mengurangi defisit dan menambah belanja pendidikan.\n\n"
    "Baca juga: Menteri umumkan rencana baru untuk guru honorer\n\n"
    "Menteri Keuangan mengatakan anggaran tersebut akan dibahas di DPR pekan depan.\n"
)


def test_an_indonesian_wire_story() -> None:
    """Indonesian: "Place, date" over the text, "Oleh:" bylines, Antara's dateline, "Baca juga:" links."""
    article = parse(INDONESIAN_NEWS)
    assert article.language == "id"
    assert article.date == "2015-10-14"
    assert list(article.authors) == ["Budi Santoso"]
    assert (article.dateline, article.agency) == ("JAKARTA", "ANTARA")
    assert len(article.paragraphs) == 2
    assert not article.captions


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        (
            "सरकार ने नए बजट की घोषणा की\n\n14 अक्टूबर 2015\n\n"
            "सरकार ने बुधवार को एक नए बजट की घोषणा की जिसका उद्देश्य घाटे को कम करना है।\n",
            "2015-10-14",
        ),
        (
            "সরকার নতুন বাজেট ঘোষণা করেছে\n\n14 অক্টোবর 2015\n\n"
            "সরকার বুধবার একটি নতুন বাজেট ঘোষণা করেছে যার লক্ষ্য ঘাটতি কমানো।\n",
            "2015-10-14",
        ),
        (
            "รัฐบาลประกาศงบประมาณใหม่\n\n14 ตุลาคม 2015\n\n"
            "รัฐบาลประกาศงบประมาณใหม่เมื่อวันพุธเพื่อลดการขาดดุลและเพิ่มการใช้จ่ายด้านการศึกษา\n",
            "2015-10-14",
        ),
    ],
    ids=["hindi", "bengali", "thai"],
)
def test_a_month_written_with_combining_marks_is_read(text: str, iso: str) -> None:
    """Devanagari, Bengali and Thai write vowel signs and viramas between letters: the month is
    still a word, and dateparser reads it."""
    assert parse(text).date == iso


HINDI_ARTICLE = (
    "सरकार ने स्कूलों के लिए नए बजट को मंजूरी दी\n\n"
    "बुधवार, 14 अक्तूबर 2015\n\n"
    "लेखक: राहुल शर्मा\n\n"
    "नई दिल्ली, 14 अक्टूबर (भाषा) सरकार ने बुधवार को अगले साल के लिए स्कूलों के बजट को मंजूरी दे दी "
    "है। वित्त मंत्री ने कहा कि घाटा कम होगा और स्कूलों को ज्यादा पैसा मिलेगा।\n\n"
    "नई दिल्ली में संवाददाता सम्मेलन के दौरान वित्त मंत्री\n"
    "फोटो: पीटीआई\n\n"
    "विपक्ष ने इन कदमों की आलोचना की है और संसद में इस पर चर्चा की मांग की है।\n\n"
    "यह भी पढ़ें: शिक्षकों की भर्ती के लिए नई योजना\n"
)


def test_a_hindi_wire_story() -> None:
    """Hindi: Devanagari tells the script and the stop words the language; the weekday and
    "अक्तूबर" date, the "लेखक:" byline, Bhasha's dateline (place, date, "(भाषा)", no dash), the
    "फोटो:" credit and the "यह भी पढ़ें" link line closing the page."""
    article = parse(HINDI_ARTICLE)
    assert article.language == "hi"
    assert article.title == HINDI_ARTICLE.split("\n", 1)[0]
    assert article.date == "2015-10-14"
    assert article.authors == ("राहुल शर्मा",)
    assert (article.dateline, article.agency) == ("नई दिल्ली", "भाषा")
    assert [(c.text, c.credit) for c in article.captions] == [
        ("नई दिल्ली में संवाददाता सम्मेलन के दौरान वित्त मंत्री", "पीटीआई")
    ]
    assert len(article.paragraphs) == 2
    assert not any(p.startswith("यह भी") for p in article.paragraphs)


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        ("नई दिल्ली, 14 अक्टूबर (आईएएनएस)। सरकार ने बुधवार को बजट को मंजूरी दे दी है।", ("नई दिल्ली", "आईएएनएस")),
        ("मुंबई (पीटीआई) - सरकार ने बुधवार को बजट को मंजूरी दे दी है।", ("मुंबई", "पीटीआई")),
        # prose naming a language ("भाषा") in parentheses: no dateline
        ("सरकार ने बुधवार को (भाषा) के सवाल पर बजट को मंजूरी दे दी है।", (None, None)),
        ("लेखक ने बुधवार को कहा कि बजट में स्कूलों को ज्यादा पैसा मिलेगा।", (None, None)),
    ],
)
def test_hindi_datelines(lead: str, dateline: tuple[str | None, str | None]) -> None:
    text = f"सरकार ने नए बजट को मंजूरी दी\n\n14 अक्टूबर 2015\n\n{lead}\n\nविपक्ष ने इन कदमों की आलोचना की है।\n"
    article = parse(text)
    assert (article.dateline, article.agency) == dateline
    assert lead in article.paragraphs
    assert not article.authors


KOREAN_ARTICLE = (
    "정부, 학교 예산 증액안 확정\n\n"
    "2015년 10월 14일 수요일\n\n"
    "(서울=연합뉴스) 홍길동 기자 = 정부는 14일 국무회의를 열고 내년도 교육 예산안을 확정했다. "
    "기획재정부 장관은 적자가 줄어들고 학교에 더 많은 예산이 배정될 것이라고 밝혔다.\n\n"
    "야당은 이번 조치를 비판하며 국회에서 충분한 논의가 필요하다고 주장했다.\n\n"
    "ⓒ 연합뉴스, 무단 전재-재배포 금지\n"
)


def test_a_korean_wire_story() -> None:
    """Korean: Hangul tells the language; Yonhap's dateline "(서울=연합뉴스)" with the reporter
    and "=" before the text (the name is the author, the dateline stays), the numeric date
    with its weekday, and the notice forbidding reprints."""
    article = parse(KOREAN_ARTICLE)
    assert article.language == "ko"
    assert article.title == KOREAN_ARTICLE.split("\n", 1)[0]
    assert article.date == "2015-10-14"
    assert article.authors == ("홍길동",)
    assert (article.dateline, article.agency) == ("서울", "연합뉴스")
    assert len(article.paragraphs) == 2
    assert article.paragraphs[0].startswith("(서울=연합뉴스) 정부는")


@pytest.mark.parametrize(
    ("lead", "authors", "dateline"),
    [
        (
            "(서울=뉴스1) 홍길동 김철수 기자 = 정부는 14일 예산안을 확정했다.",
            ("홍길동", "김철수"),
            ("서울", "뉴스1"),
        ),
        # a formula in parentheses, no agency: body
        ("(가=나) 두 값이 같다 = 정부는 14일 예산안을 확정했다고 밝혔다.", (), (None, None)),
        ("정부는 14일 예산안을 확정했다 = 기자들은 이를 보도했다.", (), (None, None)),
    ],
)
def test_korean_wire_bylines(lead: str, authors: tuple[str, ...], dateline: tuple[str | None, ...]) -> None:
    text = f"정부, 학교 예산 증액안 확정\n\n2015년 10월 14일\n\n{lead}\n\n야당은 이번 조치를 비판했다.\n"
    article = parse(text)
    assert article.authors == authors
    assert (article.dateline, article.agency) == dateline


JAPANESE_NEWS = (
    "政府が新予算を発表\n\n"
    "2015年10月14日 10時32分\n\n"
    "【ワシントン＝山田太郎】政府は14日、赤字削減と教育・医療への支出拡大を目指す新たな予算を発表した。\n\n"
    "財務相は、予算案を来週国会に提出すると述べた。\n\n"
    "関連記事\n\n"
    "無断転載・複製を禁じます\n"
)


def test_a_japanese_story() -> None:
    """Japanese: told by its kana, the dateline in lenticular brackets (the place, then the
    paper's correspondent), the reuse notice and the related-articles label closing it."""
    article = parse(JAPANESE_NEWS)
    assert article.language == "ja"
    assert article.date == "2015-10-14"
    assert (article.dateline, article.agency) == ("ワシントン", None)
    assert len(article.paragraphs) == 2


@pytest.mark.parametrize(
    ("lead", "dateline", "agency"),
    [
        ("【北京共同】中国政府は14日、新たな予算を発表した。", "北京", "共同"),
        ("【東京】政府は14日、新たな予算を発表した。", "東京", None),
        ("政府は【重要】と書かれた文書を14日に発表した。", None, None),
    ],
)
def test_japanese_bracketed_datelines(lead: str, dateline: str | None, agency: str | None) -> None:
    text = f"政府が新予算を発表\n\n{lead}\n\n財務相は、予算案を来週国会に提出すると述べた。\n"
    article = parse(text)
    assert (article.dateline, article.agency) == (dateline, agency)


def test_turkish_with_few_stop_words_is_told_by_its_own_letters() -> None:
    """A Turkish item whose first lines repeat the headline and are full of names and figures
    has too few stop words to reach their share; its dotless "ı" and "ğ", letters no other
    language with a vocabulary writes, tell it."""
    text = (
        "Haberler Kasabada yağışlı hava alarmı: Valilik uyardı\n2024-03-02\n\n"
        "Haberler Kasabada yağışlı hava alarmı: Valilik uyardı Meteoroloji uzmanları, "
        "hafta sonu kuvvetli sağanak beklendiğini açıkladı. Giriş: 1 Mart 2024, Cuma 09:10 "
        "Valilik, sürücülerin dikkatli olmasını istedi."
    )
    assert guess_language(text) == "tr"


def test_a_turkish_name_in_another_language_leaves_it_alone() -> None:
    """A name or two with Turkish letters does not make a text Turkish: a text its stop words
    tell keeps its language, and one they do not stays unknown unless the letters are many."""
    english = (
        "Mr Erdoğan met the mayor of Kadıköy on Monday, and the two men spoke about the new "
        "bridge that the city wants to build over the river before the end of the year."
    )
    assert guess_language(english) == "en"
    lithuanian = "Vyriausybė penktadienį paskelbė naują biudžetą, Kılıç sakė, kad pinigai bus paskirstyti."
    assert guess_language(lithuanian) is None


def test_a_script_with_no_vocabulary_is_not_told_by_a_latin_sentence_in_it() -> None:
    """Hebrew with an English clause quoted: no language artparse has words for."""
    text = "ראש הממשלה אמר היום כי the report of the committee is not in the public domain and " + (
        "שלום עולם זה טקסט בעברית ארוך מאוד " * 6
    )
    assert guess_language(text) is None
