"""The headline."""

from __future__ import annotations

import unicodedata

from artparse.dateline import opens_with_dateline
from artparse.dates import find_date
from artparse.lazyre import lazy_compile
from artparse.model import Kind
from artparse.patterns import NEWS_WORDS, SITE_NAMES
from artparse.rules.subtitle import MIN_SUBTITLE_WORDS
from artparse.state import State
from artparse.vocab import BULLETS, CLOSERS, OPENING_QUOTES, SPACED_COLON_LANGUAGES

_LEADING_TIME = lazy_compile(r"^(?:[01]?\d|2[0-3]):[0-5]\d\s+(?=\S)")
_TRAILING_DATE = lazy_compile(r"\s+\d{1,2}\.\d{1,2}\.\d{4}(?:,?\s+\d{1,2}:\d{2})?$")
_TRAILING_COUNT = lazy_compile(r"\s+(\d{1,6})$")
_SITE_SUFFIX = lazy_compile(r"\s[-|–—]\s[\w-]{1,40}\.[a-z]{2,6}$")
_CAPS_KICKER = lazy_compile(r"^((?:[^\W\d_a-z]+\s+){3,6})(?=[^\W\d_][^\W\d_]*[a-zа-яё])")
_SECTION_WORD = r"[^\W\d_][\w.&'’-]{0,30}"
"""A word of a section's or site's name ("Ekonomika", "Lenta.ru", "AT&T")."""
_SECTION_SUFFIX = lazy_compile(rf"\s[-|–—]\s(?P<tail>{_SECTION_WORD}(?:\s{_SECTION_WORD})?)\s?$")
_SPACED_COLON = " : "
_SPEECH_CLOSE = ","
"""What closes direct speech before the dash that gives it to its speaker."""
MIN_WORDS_BEFORE_SECTION = 4
"""A section or site name follows a whole headline; a short title's dash joins its halves."""
MAX_KICKER_WORDS = 5
SITE_SUFFIX_REACH = 50
"""A site suffix (" - 24hod.sk") is in the last characters of the headline."""
MIN_WORDS_BEFORE_COUNT = 4
"""A counter follows a real headline; a short title ending in a number means the number."""


def clean_title(
    text: str,
    *,
    scraped: bool = False,
    language: str | None = None,
    host: str | None = None,
    gapped: bool = False,
    tag_page: bool = False,
) -> tuple[str, str | None]:
    """Strip what news feeds and scrapers glue to a headline; return (title, date text or None).

    Conventions: a feed's time of day before the headline ("18:29 Глава МИД ..."), a date
    after it ("... в Лондоне 10.07.2018"), a view or comment counter after it ("... 176"),
    a rubric in capitals before it ("O TYM SIĘ MÓWI Asia Bibi ..."), and the site's domain
    after it ("... - 24hod.sk"), or the site's name after a colon or a run of spaces where the
    page's ``host`` is known (``_strip_site_tail``; ``gapped``: the raw line had a run of spaces).
    A trailing counter is only stripped from ``scraped`` dumps (record fields above the title):
    elsewhere "dies aged 61" means the number. A ``tag_page``'s title is the tag's name before
    the site's (``_tag_name``).
    """
    date_text = None
    if tag_page:
        text = _tag_name(text)
    if text.startswith(BULLETS) and text[1:2] == " ":  # a breadcrumb's last item ("* Headline")
        text = text[2:]
    if text[:1].isdigit():
        text = _LEADING_TIME.sub("", text, count=1)
    m = _TRAILING_DATE.search(text) if text[-1:].isdigit() else None
    if m and m.start() > 0:
        date_text, text = m.group().strip(), text[: m.start()]
    if "." in text[-SITE_SUFFIX_REACH:]:
        text = _SITE_SUFFIX.sub("", text)
    if host is not None:
        text = _strip_site_tail(text, host, gapped=gapped)
    m = _TRAILING_COUNT.search(text) if scraped else None
    if (
        m
        and not 1800 <= int(m.group(1)) <= 2100
        and len(text.split()) > MIN_WORDS_BEFORE_COUNT
        and not _names_number(text[: m.start()], m.group(1))
    ):
        text = text[: m.start()]
    text = _strip_site_prefix(_strip_site_name(_strip_section(text)), host)
    if _SPACED_COLON in text and language not in SPACED_COLON_LANGUAGES:
        kicker, _, rest = text.partition(_SPACED_COLON)
        if kicker.count(" ") < MAX_KICKER_WORDS and rest.strip():
            text = rest
    m = _CAPS_KICKER.match(text)
    if m and m.group(1).isupper():
        text = text[m.end() :]
    return text.strip(), date_text


def _tag_name(text: str) -> str:
    """A tag's listing page's title without what follows the tag's name after a spaced dash or bar.

    WordPress titles a tag's archive "<tag> – <site>" (``wp_get_document_title``: the term's
    name, then the site's, joined by its "–" separator: prorozvytok.com's "Європейська Комісія
    – Про економічний розвиток"), and tyzhden.ua "<tag> - Тег - <site>": the page lists the
    tag's stories, so the name is the only headline it has.
    """
    cut = min(
        (at for at in (text.find(separator) for separator in _PREFIX_SEPARATORS) if at > 0),
        default=-1,
    )
    return text[:cut] if cut > 0 else text


MAX_NAME_NUMBER_DIGITS = 2
"""A name's number is short ("Nord Stream 2", "Apollo 11"); a view counter runs to hundreds."""
_NAME_CLOSERS = '"”“»’'


def _names_number(head: str, number: str) -> bool:
    """Whether a headline's last number belongs to the name before it, not to a view counter.

    Names carry a short number after a capitalised word or a quoted name: the pipeline in
    Den's "... будівництва Nord Stream 2" (day.kyiv.ua) and in Investor.bg's "... на \"Северен
    поток\" 2", as in the SemEval headline "... o uruchomieniu Nord Stream 2"; the counter that
    scraped titles end with follows whatever word closes the headline (SB's "... оправдания
    христианки 176", sb.by).
    """
    if len(number) > MAX_NAME_NUMBER_DIGITS:
        return False
    last = head[head.rfind(" ") + 1 :]
    return last[-1:] in _NAME_CLOSERS or last[:1].isupper()


_SEPARATOR_CHARS = " -|–—:·•/"
_BREADCRUMB_SEPARATOR = ": "
_SPACED_DOT = " ."
"""What a spaced ".:" before the site's name leaves of itself ("Headline .: Site"): a lone dot."""
_PREFIX_SEPARATORS = (" - ", " – ", " — ", " | ")
_TAIL_SEPARATORS = (*_PREFIX_SEPARATORS, " // ")
_BREADCRUMB_LABEL = lazy_compile(rf"{_SECTION_WORD}(?: {_SECTION_WORD})?")


def _name_key(text: str) -> str:
    """A site's name or host as its letters and digits, case-folded ("Lenta.ru" -> "lentaru")."""
    return "".join(filter(str.isalnum, text.casefold()))


SECOND_LEVEL_LABELS = frozenset({"co", "com", "net", "org", "gov", "ac", "edu"})
"""Labels under a country's domain that name a kind of site, not the site ("bbc.co.uk")."""


def site_label(host: str) -> str:
    """The label of a host that names the site: the one before its domain ending, a subdomain's
    label aside ("news.bbc.co.uk" -> "bbc", "lenta.ru" -> "lenta", "edition.cnn.com" -> "cnn")."""
    labels = host.split(".")[:-1]
    if len(labels) > 1 and labels[-1] in SECOND_LEVEL_LABELS:
        labels.pop()
    return labels[-1] if labels else host


def _names_host(name: str, host: str) -> bool:
    """Whether a site's printed name is its host's: the whole host ("Lenta.ru" on lenta.ru),
    the host's name without its domain ending ("KROKY" on kroky.eu), the last of several names
    after commas ("Український тиждень, Тиждень.ua" on tyzhden.ua), or a name of two to four
    words, capitalised as a name opens, whose last word is the host's name with the kind of
    site before it ("Ресурсний центр ГУРТ" on gurt.org.ua, "Encyklopedia PWN" on
    encyklopedia.pwn.pl; a name that only opens with it may be the headline's own words:
    "... - Daily vows appeal"). A name in Cyrillic letters spells its Latin host letter by
    letter ("НТВ.Ru" on ntv.ru, "Тиждень" on tyzhden.ua; ``_spells``): the BSNLP files of these
    sites print the name after a spaced dash, bar, double slash or spaced ".:".
    """
    last = name[name.rfind(", ") + 2 :] if ", " in name else name
    if _spells(last, _name_key(host)) or _spells(last, _name_key(site_label(host))):
        return True
    words = last.split()
    return (
        1 < len(words) <= MAX_HOST_PREFIX_WORDS
        and words[0][:1].isupper()
        and _spells(words[-1], _name_key(site_label(host)))
    )


def _unaccented(char: str) -> str:
    """A Latin letter without its accent ("ž" -> "z")."""
    return "".join(c for c in unicodedata.normalize("NFKD", char) if c.isalnum())


_CYRILLIC_LATIN = {
    "а": "a", "б": "b", "в": "v|w", "г": "g|h", "ґ": "g", "д": "d", "е": "e|ie|ye|je",
    "ё": "e|yo|jo|io", "є": "ie|ye|je|e", "ж": "zh|z|j", "з": "z", "и": "i|y", "і": "i", "ї": "i|yi|ji",
    "й": "y|i|j", "к": "k|c", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ў": "u|w", "ф": "f", "х": "h|kh|ch|x", "ц": "c|ts|tz", "ч": "ch|c",
    "ш": "sh|s", "щ": "shch|sch|sht", "ъ": "|a|u", "ы": "y|i", "ь": "", "э": "e", "ю": "yu|iu|ju",
    "я": "ya|ia|ja", "ђ": "dj|d", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c|ch", "џ": "dz|dj",
}  # fmt: skip
"""How Cyrillic letters are written in Latin hosts: the national transliterations (Russian
GOST 7.79 and BGN/PCGN, Ukraine's 2010 official table, Bulgaria's 2009 law, Serbian Latin) give
each letter its one or two usual spellings."""


def _spells(name: str, key: str) -> bool:
    """Whether a printed name spells a host's letters ``key``: the same letters and digits, case
    and accents aside (a name's "ž" for the host's "z"), or Cyrillic ones written in Latin."""
    folded = "".join(c if c in _CYRILLIC_LATIN else _unaccented(c) for c in _name_key(name))
    if not folded or not key:
        return False
    if folded == key:
        return True
    reached = {0}  # how far into the host's letters each way of writing the name so far gets
    for char in folded:
        spellings = _CYRILLIC_LATIN[char].split("|") if char in _CYRILLIC_LATIN else (char,)
        reached = {at + len(s) for at in reached for s in spellings if key.startswith(s, at)}
        if not reached:
            return False
    return len(key) in reached


def _breadcrumb_label(item: str) -> bool:
    """Whether a breadcrumb item is a section's label: one or two capitalised words ("Мир")."""
    return bool(_BREADCRUMB_LABEL.fullmatch(item)) and all(w[:1].isupper() for w in item.split(" "))


def _strip_site_tail(text: str, host: str, *, gapped: bool) -> str:
    """A headline without the site's name and breadcrumb that a page title prints after it.

    Page titles end with the site's name set off by a colon (Lenta.ru's "Headline: Политика:
    Мир: Lenta.ru", its breadcrumb of sections between), by a spaced dash or bar (Drugi svet's
    "Headline - Drugi svet" on drugisvet.com, Dnevnik's "Headline | Dnevnik" on dnevnik.si: a
    name of any case, as the site spells it) or by a run of spaces (kroky.eu's "Headline
    KROKY"). Where the page's URL is known, a last item that names its host is the site: it
    goes, with the capitalised labels of one or two words before it (the sections), as long
    as a headline of four words or more stays. A name after one space goes only where it is
    the whole host ("... Lenta.ru"); a bare word such as "kroky" (steps) may be the headline's
    own, so it needs the run of spaces (``gapped``).
    """
    if _BREADCRUMB_SEPARATOR in text:
        items = text.split(_BREADCRUMB_SEPARATOR)
        if _names_host(items[-1], host):
            items.pop()
            while len(items) > 1 and _breadcrumb_label(items[-1]):
                if _BREADCRUMB_SEPARATOR.join(items[:-1]).count(" ") + 1 < MIN_WORDS_BEFORE_SECTION:
                    break
                items.pop()
            head = _BREADCRUMB_SEPARATOR.join(items).removesuffix(_SPACED_DOT)
            if head.count(" ") + 1 >= MIN_WORDS_BEFORE_SECTION:
                return head
            return text
    for separator in _TAIL_SEPARATORS:
        if separator in text:
            head, _, name = text.rpartition(separator)
            if head.count(" ") + 1 >= MIN_WORDS_BEFORE_SECTION and _names_host(name, host):
                return head
    head, _, name = text.rpartition(" ")
    if (
        (gapped or "." in name)
        and head.count(" ") + 1 >= MIN_WORDS_BEFORE_SECTION
        and _names_host(name, host)
    ):
        return head
    return text


def _strip_site_name(text: str) -> str:
    """A headline without a known site's name after a separator ("... ::: The Quayside Courier")."""
    folded = text.casefold()
    for name in SITE_NAMES:
        if folded.endswith(name):
            head = text[: len(text) - len(name)]
            separator = head[len(head.rstrip(_SEPARATOR_CHARS)) :]
            if head.strip() and separator.strip() and separator[:1] == " ":
                return head.rstrip(_SEPARATOR_CHARS)
    return text


MAX_SITE_PREFIX_WORDS = 2
MAX_HOST_PREFIX_WORDS = 4
"""A site's full name opening with its host's ("Transparency International Slovenija")."""


def _opens_with_host(words: list[str], host: str) -> bool:
    """Whether a name's first words spell its host's name ("Transparency ..." on transparency.si,
    "Zeleni Pas ..." on zelenipas.si)."""
    name = _name_key(site_label(host))
    key = ""
    for word in words:
        key += _name_key(word)
        if len(key) >= len(name):
            return key == name
    return False


def _strip_site_prefix(text: str, host: str | None = None) -> str:
    """A headline without the news site's name a page title prints before it.

    Some sites put their name first: BBC News ("BBC News - Home", "BBC News - Technology" and
    its stories' "BBC News - <headline>"), Kommersant ("Ъ-Новости - Дональд Трамп осудил
    ...") and transparency.si ("Transparency International Slovenija - <headline>"). A name
    before a spaced dash or bar, over a headline of four or more words, is taken off when it
    is one or two words holding the word "news" (any language's, capitalised as a name is,
    hyphenated or not: "Good news - ..." stays), or, where the page's URL is known, up to
    four capitalised words opening with the host's name ("BBC" on bbc.co.uk).
    """
    for separator in _PREFIX_SEPARATORS:
        head, found, rest = text.partition(separator)
        if not found:
            continue
        words = head.split()
        if not words or rest.count(" ") + 1 < MIN_WORDS_BEFORE_SECTION:
            break
        if len(words) <= MAX_SITE_PREFIX_WORDS and any(
            part in NEWS_WORDS for w in words for part in w.split("-")
        ):
            return rest
        if (
            host is not None
            and len(words) <= MAX_HOST_PREFIX_WORDS
            and all(w[:1].isupper() for w in words)
            and _opens_with_host(words, host)
        ):
            return rest
        break
    return text


def _strip_section(text: str) -> str:
    """A headline without the section or site name a page title adds after a dash or bar.

    Page titles print "Headline - Section | Site" ("... pokutu 485 miliónov eur - Ekonomika",
    "... - BBC News"): a name of one or two capitalised words after the last separator of a
    headline of four or more words is taken off, twice at most. A comma before the dash gives
    the quote to its speaker ("Есть определенные параллели ..., - Квин" on RBC-Ukraine): direct
    speech before the author's words closes with a comma and a dash (Розенталь, "Справочник по
    правописанию и стилистике", § 120), and a section's name never follows a comma.
    """
    for _ in range(2):
        m = _SECTION_SUFFIX.search(text)
        if m is None or not all(w[:1].isupper() for w in m.group("tail").split()):
            break
        head = text[: m.start()]
        if head.count(" ") + 1 < MIN_WORDS_BEFORE_SECTION or head.endswith(_SPEECH_CLOSE):
            break
        text = head
    return text


MIN_HEADLINE_WORDS = 2
MAX_PARTICLE = 2
"""A headline does not end on a one- or two-letter preposition or conjunction ("з", "ў", "на")."""
_SENTENCE_ENDS = (". ", "! ", "? ", "… ")


def split_run_on_dek(text: str) -> tuple[str, str | None]:
    """(headline, standfirst or None): a headline and its standfirst flattened onto one line.

    Headlines carry no closing full stop (AP Stylebook and The Guardian's style guide, "no full
    stops in headlines"; Мильчин, "Справочник издателя и автора": "точка в конце заголовка не
    ставится"), a standfirst is a sentence that ends with one. Text dumps that join a page's
    lines with a space (the YABC newspaper files) print "Музы збяруцца разам Аб'яднаны тэатры
    оперы і балета Беларусі.". A one-sentence line in the headline's place, ending with a full
    stop, is split where a sentence opens: a capital (or an opening quote and a capital) after
    a word in small letters that is not a particle, and before a word in small letters (not
    inside a name such as "Adam Niedzielski"), with a headline of two words or more and a
    standfirst of six or more, both with words in small letters (a Title Case headline
    capitalises every word: it is never split).
    """
    if text[-1:] != "." or text[-2:] == ".." or any(end in text for end in _SENTENCE_ENDS):
        return text, None
    words = text.split(" ")
    for i in range(MIN_HEADLINE_WORDS, len(words) - MIN_SUBTITLE_WORDS + 1):
        before, word = words[i - 1], words[i].lstrip(OPENING_QUOTES)
        if not (
            word[:1].isupper()
            and before[:1].islower()
            and before[-1:].islower()
            and len(before) > MAX_PARTICLE
        ):
            continue
        if not (words[i + 1][:1].islower() or _quoted_name(words, i + 1)):
            continue  # a name of two capitalised words stands inside a headline
        head, dek = words[:i], words[i:]
        if _has_small_word(head[1:]) and _has_small_word(dek[1:]):
            return " ".join(head), " ".join(dek)
    return text, None


def _quoted_name(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` is a one-word name in quotation marks that a word in small letters
    follows: the name of a works, a firm or a paper after its generic noun ("Шклозавод “Нёман”
    будзе ...", "газета «Звязда» піша"). Belarusian and Russian typography quote such names
    after the noun (Мильчин, "Справочник издателя и автора": names of enterprises and
    organisations used with a generic word go in quotes), so the noun before may open the
    standfirst; a quote of several words ("чэмпіянат Еўропы “Спорт для ўсіх”") is left whole."""
    word = words[i]
    return (
        word[:1] in OPENING_QUOTES
        and word.rstrip(",;")[-1:] in CLOSERS
        and i + 1 < len(words)
        and words[i + 1][:1].islower()
    )


def _has_small_word(words: list[str]) -> bool:
    """Whether a word of the run opens with a small letter (the run is in sentence case)."""
    return any(word[:1].islower() for word in words)


MAX_TITLE = 250
"""Longer than any headline: a first line this long is the lead (story files with no title)."""
MAX_RECORD_TITLE = 500
"""A page title a record header carries can be a long official name; a line this long is text."""


def _in_record_title_slot(state: State) -> bool:
    """Whether the cursor line is the title field of a record header: right under its fields.

    Dataset dumps print a record's fields one a line and then the page's title, whatever its
    length: the BSNLP shared task's raw files (id, language, creation date, URL, then the title;
    the corpus README's ``bsnlp-raw`` layout), where Razvojni center Murska Sobota's page title
    is the full name of a call for proposals. A missing title leaves its line empty, so a line
    right under the last field is the title's.
    """
    return state.block_above(Kind.META)


def title(state: State, silent: bool) -> bool:
    """Claim the first content line no header rule wanted: articles open with their headline.

    Story files that carry no headline open with the lead instead: a first line that is
    paragraph-long (but for a record header's title field), or that opens with a dateline
    ("(CNN) -- ..."), is left to the body.
    """
    if state.title is not None or state.body_started:
        return False
    text = state.lines[state.pos].text
    if len(text) > MAX_TITLE and (len(text) > MAX_RECORD_TITLE or not _in_record_title_slot(state)):
        return False
    if (text[:1] in "(" or " (" in text[:60]) and opens_with_dateline(text):
        return False
    if not silent:
        scraped = Kind.META in state.counts
        line = state.lines[state.pos]
        text, date_text = clean_title(
            text,
            scraped=scraped,
            language=state.language,
            host=state.site_host,
            gapped=line.width - line.indent > len(line.text),
            tag_page=state.tag_page,
        )
        text, dek = split_run_on_dek(text)
        date = None
        if date_text and not state.date_found:
            found = find_date(date_text, language=state.language, order=state.options.date_order)
            date = found.value if found else None
        state.title = state.claim(Kind.TITLE, "title", state.pos, text, date=date, dek=dek)
    return True
