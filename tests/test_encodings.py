"""Decoding fixtures, built here from sample articles in each encoding (nothing downloaded)."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

import artparse
from artparse.errors import BinaryInput, DecodeFailed
from artparse.io import decode

RUSSIAN = (
    "Путин провел переговоры с Си Цзиньпином\n\n14.05.2019\n\n"
    "МОСКВА, 14 мая - РИА Новости. Президент России Владимир Путин провел переговоры "
    "с председателем КНР. Стороны обсудили торговлю, инвестиции и энергетику.\n\n"
    "Встреча прошла в Кремле и продолжалась более трех часов.\n"
)
BELARUSIAN = (
    "Археолагі зрабілі выснову\n\n"
    "Пасяленне людзей на месцы Полацкага гарадзішча існавала ў VII стагоддзі да нашай эры. "
    "Такія вывады зроблены на аснове аналізу глебы.\n"
)
FRENCH = (
    "Le président reçoit le chancelier à l'Élysée\n\n14.10.2015\n\nPar Claude Dupont\n\n"
    "Paris, le 14 octobre - Le président français a reçu mercredi le chancelier allemand. "
    "Ils ont évoqué l'économie européenne, la sécurité et l'énergie.\n"
)
UKRAINIAN = (
    "Президент України провів переговори з головою уряду Китаю\n\n"
    "Сторони обговорили торгівлю, інвестиції та енергетику. Зустріч пройшла в Києві "
    "і тривала понад три години, повідомляє агентство.\n"
)
BULGARIAN = (
    "Президентът на България проведе разговори с председателя на Китай\n\n"
    "Страните обсъдиха търговията, инвестициите и енергетиката.\n"
)
GREEK = (
    "Ο πρόεδρος της Ελλάδας είχε συνομιλίες με τον πρόεδρο της Κίνας\n\n"
    "Οι δύο πλευρές συζήτησαν το εμπόριο και τις επενδύσεις.\n"
)
CZECH = (
    "Prezident České republiky jednal s čínským předsedou\n\n"
    "Obě strany diskutovaly o obchodu, investicích a energetice. "
    "Setkání proběhlo na Pražském hradě, kde se s ním sešel i šéf Senátu.\n"
)
POLISH = (
    "Prezydent Polski rozmawiał z przewodniczącym Chin\n\n"
    "Obie strony omówiły handel, inwestycje i energetykę. Spotkanie odbyło się w Pałacu "
    "Prezydenckim, a potem w Krakowie.\n"
)
CROATIAN = (
    "Predsjednik Hrvatske razgovarao je s kineskim predsjednikom\n\n"
    "Dvije strane razgovarale su o trgovini, ulaganjima i energetici. "
    "Sastanak je održan u Zagrebu, a trajao je tri sata.\n"
)
TURKISH = (
    "Merkez Bankası faiz kararını açıkladı\n\n"
    "Banka, politika faizini yüzde 8,5 seviyesinde sabit tuttuğunu açıkladı. Karar bir süredir "
    "bekleniyordu ve piyasalar için sürpriz olmadı. Açıklamada, enflasyonun önümüzdeki aylarda "
    "düşmesinin beklendiği ve ihracatın da güçlü kalacağı ifade edildi. Bu karar ile birlikte "
    "bankanın ağustos ayında başlattığı sıkılaştırma dönemi sona erdi.\n"
)
HUNGARIAN = (
    "A kormány bejelentette az új költségvetést\n\n"
    "A miniszter szerint a pénzt az összes iskola között osztják szét, és a tanárok fizetése "
    "is nő jövőre. Az ellenzék szerint ez nem elég, és a parlamentben vitát kért.\n"
)
ROMANIAN = (
    "Guvernul a anunţat noul buget\n\n"
    "Ministrul a spus că fondurile vor fi împărţite între toate şcolile şi că salariile "
    "profesorilor vor creşte în anul care vine. Opoziţia a spus că nu este de ajuns.\n"
)
ENGLISH = (
    "QPR consider Joey Barton loan\nBy Mike Whalley BBC Sport\n\n"
    "Barton received his ban, together with a £75,000 fine, as a result of his behaviour.\n\n"
    "He said: “It’s not against the rules” — and the club agreed.\n"
)

ARABIC = (
    "الحكومة تقر ميزانية جديدة للمدارس\n\n14 أكتوبر 2015\n\n"
    "القاهرة (رويترز) - أقرت الحكومة يوم الأربعاء مشروع الميزانية للعام المقبل، وقال وزير المالية "
    "إن العجز سينخفض وإن المدارس ستحصل على المزيد من الأموال.\n"
)
CHINESE = (
    "政府通过新的学校预算\n\n2015年10月14日\n\n"
    "新华社北京10月14日电 国务院14日召开常务会议，通过了明年的教育预算草案。财政部长表示，"
    "赤字将会减少，学校将获得更多的资金。\n"
)
CHINESE_TRADITIONAL = (
    "政府通過新的學校預算\n\n"
    "中央社台北14日電 行政院14日召開會議，通過了明年的教育預算草案。財政部長表示，"
    "赤字將會減少，學校將獲得更多的資金。\n"
)

CASES = [
    ("cp1251 Russian", RUSSIAN, "cp1251"),
    ("KOI8-R Russian", RUSSIAN, "koi8_r"),
    ("cp1251 Belarusian", BELARUSIAN, "cp1251"),
    ("cp866 Russian", RUSSIAN, "cp866"),
    ("ISO-8859-5 Russian", RUSSIAN, "iso8859_5"),
    ("Mac Cyrillic Russian", RUSSIAN, "mac_cyrillic"),
    ("KOI8-U Ukrainian", UKRAINIAN, "koi8_u"),
    ("cp1251 Ukrainian", UKRAINIAN, "cp1251"),
    ("cp1251 Bulgarian", BULGARIAN, "cp1251"),
    ("cp1253 Greek", GREEK, "cp1253"),
    ("cp1250 Czech", CZECH, "cp1250"),
    ("ISO-8859-2 Czech", CZECH, "iso8859_2"),
    ("cp1250 Polish", POLISH, "cp1250"),
    ("ISO-8859-2 Polish", POLISH, "iso8859_2"),
    ("cp1250 Croatian", CROATIAN, "cp1250"),
    ("cp1254 Turkish", TURKISH, "cp1254"),
    ("ISO-8859-9 Turkish", TURKISH, "iso8859_9"),
    ("cp1250 Hungarian", HUNGARIAN, "cp1250"),
    ("ISO-8859-2 Hungarian", HUNGARIAN, "iso8859_2"),
    ("ISO-8859-2 Romanian", ROMANIAN, "iso8859_2"),
    ("cp1252 French", FRENCH, "cp1252"),
    ("Latin-1 French", FRENCH, "latin_1"),
    ("cp1252 English with a pound sign and curly quotes", ENGLISH, "cp1252"),
    ("cp1256 Arabic", ARABIC, "cp1256"),
    ("ISO-8859-6 Arabic", ARABIC, "iso8859_6"),
    ("GB 18030 Chinese", CHINESE, "gb18030"),
    ("GBK Chinese", CHINESE, "gbk"),
    ("Big5 Chinese", CHINESE_TRADITIONAL, "big5"),
]


@pytest.mark.parametrize(("text", "encoding"), [(t, e) for _, t, e in CASES], ids=[n for n, _, _ in CASES])
def test_legacy_encodings_decode_to_the_same_text(text: str, encoding: str) -> None:
    decoded = decode(text.encode(encoding))
    assert decoded.text == text
    assert decoded.warnings == ()


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_byte_order_marks(bom: bytes, codec: str) -> None:
    decoded = decode(bom + RUSSIAN.encode(codec))
    assert decoded.text == RUSSIAN
    assert decoded.encoding.replace("_", "-").startswith(codec.split("-")[0])


def test_strict_utf8_first() -> None:
    assert decode(FRENCH.encode("utf-8")).encoding == "utf-8"


def test_a_few_broken_bytes_are_replaced_with_a_warning() -> None:
    data = ENGLISH.encode("utf-8").replace("£".encode(), b"\xa3")
    decoded = decode(data)
    assert decoded.encoding == "utf-8"
    assert "\ufffd" in decoded.text
    assert decoded.warnings and "replaced" in decoded.warnings[0]


def test_binary_data_is_an_error() -> None:
    with pytest.raises(BinaryInput, match="binary file"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"word " * 1500 + b"\x00" + b"word " * 10, id="a NUL after 7 KB of text"),
        pytest.param(b"\x1b[0m\x07\x08\x01\x02 ok\n" * 400, id="control codes without a NUL"),
    ],
)
def test_binary_without_magic_bytes(data: bytes) -> None:
    with pytest.raises(BinaryInput, match="binary file"):
        decode(data)


def test_text_with_a_few_control_characters_is_text() -> None:
    text = ("A line of text with a bell \x07 in it.\n" * 50).encode()
    assert decode(text).text.count("\x07") == 50


def test_forced_encoding_and_its_errors() -> None:
    assert decode(RUSSIAN.encode("koi8_r"), encoding="koi8-r").text == RUSSIAN
    with pytest.raises(DecodeFailed, match="unknown encoding"):
        decode(b"abc", encoding="no-such-codec")
    with pytest.raises(DecodeFailed, match="not valid utf-8"):
        decode(b"caf\xe9", encoding="utf-8")


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\u2028", "\x85", "\x0c"])
def test_line_endings(newline: str, tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(RUSSIAN.replace("\n", newline).encode("utf-8"))
    article = artparse.parse_file(path)
    assert article.title == "Путин провел переговоры с Си Цзиньпином"
    assert article.date == "2019-05-14"
    assert len(article.paragraphs) == 2


def test_mixed_line_endings_and_the_encoding_reported(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    mixed = RUSSIAN.replace("\n\n14.05.2019\n\n", "\r\n\r\n14.05.2019\r\r")
    path.write_bytes(mixed.encode("cp1251"))
    article = artparse.parse_file(path)
    assert article.encoding == "cp1251"
    assert article.date == "2019-05-14"
    assert article.dateline == "МОСКВА"


def test_an_input_error_names_its_path(tmp_path: Path) -> None:
    import pickle

    import artparse

    missing = tmp_path / "missing.txt"
    with pytest.raises(artparse.InputError) as caught:
        artparse.parse_file(missing)
    assert caught.value.path == str(missing)
    assert str(caught.value) == f"{missing}: no such file"
    assert caught.value.reason == "no such file"
    again = pickle.loads(pickle.dumps(caught.value))
    assert (again.path, again.reason, str(again)) == (str(missing), "no such file", str(caught.value))


def test_a_utf8_mark_over_a_legacy_text_is_no_text() -> None:
    """An editor's UTF-8 mark over bytes that are not UTF-8 (files joined, saved with a BOM):
    the text is still detected, and the mark does not become "ï»¿" before the headline."""
    decoded = decode(codecs.BOM_UTF8 + FRENCH.encode("cp1252"))
    assert decoded.text == FRENCH


@pytest.mark.parametrize(
    ("text", "encoding", "language", "dateline"),
    [
        (ARABIC, "cp1256", "ar", ("القاهرة", "رويترز")),
        (CHINESE, "gb18030", "zh", ("北京", "新华社")),
        (CHINESE_TRADITIONAL, "big5", "zh", ("台北", "中央社")),
    ],
    ids=["cp1256-ar", "gb18030-zh", "big5-zh"],
)
def test_a_legacy_file_in_another_script_is_read_in_its_language(
    tmp_path: Path, text: str, encoding: str, language: str, dateline: tuple[str, str]
) -> None:
    """Arabic files in Windows-1256, Chinese ones in GB 18030 (mainland) or Big5 (Taiwan)."""
    path = tmp_path / "article.txt"
    path.write_bytes(text.encode(encoding))
    article = artparse.parse_file(path)
    assert article.encoding == codecs.lookup(encoding).name
    assert (article.language, (article.dateline, article.agency)) == (language, dateline)
