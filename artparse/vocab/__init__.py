"""Vocabulary, per language, apart from the logic that uses it.

Each language is one module here, named by its ISO 639-1 code, defining ``VOCAB``: a
``Vocab.of(...)`` that gives every category or names it in ``none``. Adding a
language is adding a module: it is found by ``load_all``. ``artparse.patterns`` joins every
language's words into compiled patterns, so an article is parsed with all of them (a
language guess can be wrong; the words rarely clash). What is not of one language (agency
names, credit sources, sign-offs, bullets) is at the end of this module.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any, NamedTuple


class Vocab(NamedTuple):
    """The words (and letters) one language uses for the parts of an article.

    Every field is required: a language module builds it with ``Vocab.of``, naming the
    categories it has none of. (A NamedTuple: built at every start-up, a frozen dataclass
    of this many fields costs a millisecond to define, 2 % of a one-file run.)
    """

    rank: int
    """Order among the languages: where two languages' words clash (Czech and Polish
    "listopad" is November, Croatian October) or their counts tie, the lower rank wins."""
    script: str
    """The alphabet the language is written in: ``latin``, ``cyrillic``, ``greek``, ``georgian``,
    ``arabic``, ``devanagari`` or ``han`` (Chinese characters, written with no spaces between words)."""
    letters: str
    """The lower-case letters of its alphabet beyond ASCII (for Cyrillic, every letter)."""
    frequent_vowels: str
    """Its commonest vowels beyond ASCII, a good share of running text ("оаеи" in Russian)."""
    telltales: tuple[tuple[str, str], ...]
    """(letters, absent letters): the language is the one of its script whose text has one of
    the letters and none of the absent ones ("ў" is Belarusian; "ъ" without "ы" Bulgarian). In
    Latin script the letters decide only where stop words do not, and only when several
    ("ı" and "ğ" are Turkish: ``language._own_letters``)."""
    legacy_encodings: tuple[str, ...]
    """The single-byte encodings its older files are in, most common first."""
    byline_prefixes: tuple[str, ...]
    """Words that open a byline: "By", "Von", "Автор:"."""
    lead_byline_prefixes: tuple[str, ...]
    """Byline openings that flattened text runs into the lead or a story-file header: "By"."""
    signature_labels: tuple[str, ...]
    """Labels before an author's name closing an article or in a stamp: "Autor", "Autorka"."""
    subject_pronouns: tuple[str, ...]
    """Third-person subject pronouns as a sentence opens with them ("He", "Elle"; not German
    "Sie", also the polite "you"): they refer back to someone the text named, as a heading,
    which stands on its own, does not."""
    valedictions: tuple[str, ...]
    """A letter's complimentary close, alone on its line over the signature: "Sincerely",
    "Mit freundlichen Grüßen", "С уважением" (without the comma some print after it)."""
    role_words: tuple[str, ...]
    """Nouns that make a byline part a job title, not a name: "Writer", "Correspondent"."""
    role_modifiers: tuple[str, ...]
    """Words that qualify a job title ("Senior", "Economics", "White House" is not one)."""
    and_words: tuple[str, ...]
    """Words joining two author names: "and", "und", "и"."""
    site_names: tuple[str, ...]
    """Names of sites and papers that page titles print after the headline ("Harbour plans
    approved ::: The Quayside Courier"); none built in, a user's configuration adds them."""
    news_words: tuple[str, ...]
    """The word "news" as sites name themselves with it ("BBC News", "Ъ-Новости", "Noticias
    Caracol"), as printed: a page title's site name before the headline holds one."""
    desk_nouns: tuple[str, ...]
    """Nouns (lower case) that end a desk's name signing for no one person: "Staff" ("By the
    CNN Wire Staff", "By Electronista Staff")."""
    affiliation_words: tuple[str, ...]
    """Words before the outlet a byline names: "of", "for" ("By X of the Guardian")."""
    articles: tuple[str, ...]
    """Articles that may stand before an outlet's name: "the"."""
    outlet_nouns: tuple[str, ...]
    """Nouns that close an outlet's name in a byline: "magazine", "newspaper"."""
    place_prepositions: tuple[str, ...]
    """Prepositions between a name and the place filed from: "in", "aus", "из"."""
    name_particles: tuple[str, ...]
    """Lower-case words inside a person's name: "van", "von", "de"."""
    caption_labels: tuple[str, ...]
    """Labels that introduce a photo credit: "Photo", "Foto", "Фото"."""
    caption_text_labels: tuple[str, ...]
    """Labels that introduce a caption's text: "Image caption", "Popisek", "Подпись"."""
    image_credit_labels: tuple[str, ...]
    """Labels of a credit line standing above a caption line: "Image source"."""
    image_caption_labels: tuple[str, ...]
    """Labels of the caption line under such a credit line: "Image caption"."""
    photo_cues: tuple[str, ...]
    """Words only a photo caption uses (lower case): "file photo", "pictured", "(l)"."""
    credit_archive_words: tuple[str, ...]
    """Words after a photo credit's agency marking an archive picture: the Postmedia papers'
    "Mike Blake/Reuters files", AFP's "(AFP/Archives - ...)", Infobae's "(EFE/ARCHIVO)"."""
    contact_links: tuple[str, ...]
    """The link to write to the writer that pages set right after the byline's name, which a
    copy keeps, often glued to the name: Wired's "By Jane DoeEmail Author", Search Engine
    Journal's author box button "Email Author", "E-Mail an den Autor"."""
    published_labels: tuple[str, ...]
    """Labels before a publication date: "Published", "Veröffentlicht"."""
    updated_labels: tuple[str, ...]
    """Labels before an update date: "Updated", "Aktualisiert"."""
    relative_days: tuple[str, ...]
    """The words (lower case) for today and yesterday as a date stamp prints them in place of the
    date, before the time of day ("Publicerad i dag 07.40", "Updated today at 11:31": sites'
    stamp formatters print the same day and the day before so); such a stamp is the page's, with
    no date."""
    date_label_particles: tuple[str, ...]
    """Words between a date label and its date: "on", "am", "le"."""
    story_header_labels: tuple[str, ...]
    """Date labels of a story-file header, as printed: "PUBLISHED", "Last updated"."""
    story_header_openings: tuple[str, ...]
    """Labels a story-file header may open with, besides a byline: "PUBLISHED"."""
    furniture: tuple[str, ...]
    """Line openings that mark page furniture: "Advertisement", "Share this", "Read more"."""
    ad_break_markers: tuple[str, ...]
    """A page's note that the story goes on past an advertisement, as printed; scraped text
    runs it into the paragraph it stood after: "Story continues below advertisement"."""
    sponsor_labels: tuple[str, ...]
    """A partner's or sponsor's credit whose name is a logo, which a converter drops, so the
    label stands alone on its line: The Intercept's "In partnership with" (+972 Magazine's
    logo), the New York Times' "Supported by" (the sponsor's)."""
    answer_buttons: tuple[str, ...]
    """A form's two answer buttons to a yes-or-no question, as a converter prints them side by
    side: "Yes No" (Zendesk's and HubSpot's "Was this article helpful? Yes No"), "Oui Non" (Le
    Figaro's newsletter opt-in)."""
    tool_buttons: tuple[str, ...]
    """A page's tool buttons (lower case), each a line or list item of its own that is only the
    button's label: print, back to top ("Imprimer", "Haut de page": Le Figaro; "Artikel drucken":
    Zeit Online; "Print": the Times of Israel), and a carousel's pair of controls, which a
    converted page keeps on one line ("Previous Next": Bootstrap's carousel, Owl Carousel)."""
    enlarge_labels: tuple[str, ...]
    """The link a page sets by a photo to open it larger, its label alone on a line of the copy
    next to the photo's caption: the New York Times' "Enlarge This Image", canada.com's "View
    Larger Image"."""
    share_count_words: tuple[str, ...]
    """Words (lower case) after the number of a share bar's counter: "shares" ("75,345 shares",
    the Times of Israel; the Shared Counts WordPress plugin's "Shares" total), "partages"."""
    view_count_labels: tuple[str, ...]
    """Labels before the number of a page's view counter, the line being only the label and the
    number (perhaps with a word for "times"): Joomla's article info "Hits: 314" and its language
    packs' translations ("Zugriffe:", "Visitas:"), Ultima Hora's "Visto 314 veces"."""
    link_label_words: tuple[str, ...]
    """Words (lower case) that open a label over links to other stories: "more", "read",
    "leia" (CNN's "More Q&As from top 10 Heroes:", R7's "Leia também:")."""
    navigation_phrases: tuple[str, ...]
    """Phrases (lower case) that make a short line navigation wherever they stand: "click here"."""
    paywall_notes: tuple[str, ...]
    """What a paywall prints where it cut the story (lower case), its note or its trial's offer:
    Le Monde's "Il vous reste 80% de cet article à lire. La suite est réservée aux abonnés.",
    El País' "Suscríbete para seguir leyendo", Der Spiegel's "Weiterlesen mit SPIEGEL+", the
    Corriere's "Abbonati per continuare a leggere" (as paywall checkers match them), junge
    Welt's "Drei Wochen kostenlos lesen"; the lines under it are the wall's."""
    follow_calls: tuple[str, ...]
    """Calls (lower case, as they open a clause) asking readers to follow the outlet on a social
    platform: "follow", "subscribe to", "подписывайтесь" (``SOCIAL_PLATFORMS`` names the platform)."""
    contributor_phrases: tuple[str, ...]
    """Phrases (lower case) of the line that credits those who helped with the story, which
    closes many stories and is a paragraph of theirs: "contributed to this report",
    "additional reporting by", "mit material von", "con información de"."""
    highlight_labels: tuple[str, ...]
    """Headings a page prints over its story's highlights, a list of bullets between the
    headline and the body, as the whole line: USA Today's and CNN's "Story highlights" (the
    bullets the CNN/Daily Mail summarisation corpus takes as its summaries, Hermann et al. 2015),
    "Das Wichtigste in Kürze", "L'essentiel"."""
    list_labels: tuple[str, ...]
    """Headings a page prints over a list of links to its other stories, as the whole line:
    "Most popular", "Más información" (over a list in the body, the list is the page's), or over
    the cards of its other stories closing the page ("Related", "Latest stories")."""
    author_archive_buttons: tuple[str, ...]
    """The link a page prints beside or under its byline's name to the writer's other stories,
    as it ends the line (lower case): AutoIndustriya's "View More Articles" after the author's
    name, the New York Post's author menu "View author archive", WordPress's Twenty Eleven
    author box "View all posts by"; inscriptis runs the name and the button into one line."""
    home_labels: tuple[str, ...]
    """The label of a site's home page, as a breadcrumb trail opens with it ("Home",
    "Accueil", "Startseite"): Bootstrap's breadcrumb (Home / Library / Data) and Yoast's
    default trail (Home » Blog) open so, and a converter keeps the labels but not the
    separators the stylesheet draws ("Home ECONOMIE Conjoncture" on Le Figaro's pages)."""
    comments_headings: tuple[str, ...]
    """Headings (lower case) over reader comments, in every language: "comments", "reader
    comments", "kommentare", "комментарии" (a plural: the singular is an opinion genre's label)."""
    editors_note_labels: tuple[str, ...]
    """Labels of an editors' note to subscribers: "Eds"."""
    lead_labels: tuple[str, ...]
    """Labels (as printed) that open a paragraph before a colon and name no place: "Update",
    "Note", "Watch", "Q", "Hinweis", "Обновлено"; a lead opening with one has no dateline."""
    copyright_words: tuple[str, ...]
    """Words of a copyright notice (as printed): "Copyright"."""
    months: dict[str, int]
    """Month names and abbreviations (lower case, every grammatical case used in dates)."""
    weekdays: tuple[str, ...]
    """Weekday names (lower case), skipped around dates: the seven full names first, Monday to
    Sunday (they tell an ambiguous numeric date's order), then any abbreviations."""
    ordinal_suffixes: tuple[str, ...]
    """Suffixes of a day number: "st", "th", "er"."""
    date_joiners: tuple[str, ...]
    """Words between a day, its month and its year: "de"."""
    dispatch_words: tuple[str, ...]
    """The word closing a wire dateline written with no spaces, after the agency, the place and
    the date: Chinese "电" ("新华社北京10月14日电", Xinhua; "中央社台北14日電", CNA)."""
    stop_words: frozenset[str]
    """Frequent words, for guessing the language."""
    header_labels: dict[str, tuple[str, ...]]
    """Labels of a ``Key: value`` header block above the text (e-mail and archive exports), by
    the field they fill (``title``, ``subtitle``, ``date``, ``updated``, ``authors``, ``tags``,
    ``url``, ``publication``): "Title", "Byline", "Source"; "Titel", "Quelle"; "Заголовок"."""

    @classmethod
    def of(cls, *, none: str, **categories: Any) -> Vocab:
        """A language's Vocab from the categories it has, and the names of those it has none of.

        Every category is either given or named in ``none`` (space-separated), never both.
        """
        absent = set(none.split())
        given = categories.keys()
        problems = [
            *(f"{name} is not a category" for name in sorted(absent - _NOTHING.keys())),
            *(f"{name} is given and named as none" for name in sorted(absent & given)),
            *(
                f"{name} is neither given nor named as none"
                for name in sorted(_NOTHING.keys() - given - absent)
            ),
        ]
        if problems:
            raise TypeError("; ".join(problems))
        return cls(**categories, **{name: _NOTHING[name] for name in absent})


_NOTHING: dict[str, Any] = {
    name: {
        "str": "",
        "dict[str, int]": {},
        "dict[str, tuple[str, ...]]": {},
        "frozenset[str]": frozenset(),
    }.get(str(getattr(annotation, "__forward_arg__", annotation)), ())
    for name, annotation in Vocab.__annotations__.items()
}
"""Each category's value for a language that has none of it: ``()``, ``{}``, ``frozenset()``, ``""``."""


_EXTENSIONS: dict[str, dict[str, tuple[str, ...]]] = {}
"""Words a user adds to the built-in vocabulary (``extend_vocabulary``), by language and category."""
EXTENDABLE = frozenset(
    name
    for name, annotation in Vocab.__annotations__.items()
    if str(getattr(annotation, "__forward_arg__", annotation)) == "tuple[str, ...]"
)
"""The categories that are lists of words, which a user's configuration can add to."""


def language_codes() -> tuple[str, ...]:
    """Every language with a vocabulary module, without loading them."""
    names = (os.path.splitext(file) for file in os.listdir(os.path.dirname(__file__)))
    return tuple(sorted(code for code, ext in names if ext == ".py" and not code.startswith("_")))


def extendable_categories() -> dict[str, set[str]]:
    """The categories of word lists each language's vocabulary can be extended with."""
    return {code: set(EXTENDABLE) for code in language_codes()}


def extend_vocabulary(words: Mapping[str, Mapping[str, Iterable[str]]]) -> None:
    """Add a user's words (``{language: {category: words}}``) to the built-in vocabulary.

    Before the first parse: the patterns are built from the vocabulary once, when first needed.
    """
    if not words:
        return
    if load_all.cache_info().currsize:
        raise RuntimeError("the vocabulary is in use: extend it before the first parse")
    for language, categories in words.items():
        for category, added in categories.items():
            if category not in EXTENDABLE:
                raise ValueError(f"{category} is not a category of word lists")
            known = _EXTENSIONS.setdefault(language, {}).get(category, ())
            _EXTENSIONS[language][category] = tuple(dict.fromkeys((*known, *added)))


@cache
def load_all() -> dict[str, Vocab]:
    """Every language's vocabulary, by code, in rank order (every module of this package),
    with the words a user added (``extend_vocabulary``)."""
    found: dict[str, Vocab] = {}
    for file in sorted(os.listdir(os.path.dirname(__file__))):
        code, ext = os.path.splitext(file)
        if ext != ".py" or code.startswith("_"):
            continue
        vocab = importlib.import_module(f"{__name__}.{code}").VOCAB
        if not isinstance(vocab, Vocab):
            raise TypeError(f"{__name__}.{code}.VOCAB is not a Vocab")
        added = _EXTENSIONS.get(code)
        if added:
            merged: dict[str, Any] = {
                name: tuple(dict.fromkeys((*getattr(vocab, name), *words))) for name, words in added.items()
            }
            vocab = vocab._replace(**merged)
        found[code] = vocab
    return dict(sorted(found.items(), key=lambda item: item[1].rank))


def load(code: str) -> Vocab:
    """The vocabulary of one language."""
    return load_all()[code]


# Vocabulary that is not of one language.


BRACKET_WIRES = ("共同", "時事")
"""The Japanese wires, Kyodo and Jiji, as a bracketed dateline names them after the place:
"【北京共同】", "【ワシントン時事】"."""

WIRE_AGENCIES = (
    "The Canadian Press",
    "Canadian Press",
    "Press Trust of India",
    "AP",
    "Associated Press",
    "Reuters",
    "AFP",
    "Agence France-Presse",
    "dpa",
    "DPA",
    "UPI",
    "AFX",
    "ANSA",
    "EFE",
    "Xinhua",
    "Kyodo",
    "Yonhap",
    "PTI",
    "IANS",
    "PA",
    "APA",
    "KNA",
    "epd",
    "SDA",
    "Belga",
    "ANP",
    "CTK",
    "ČTK",
    "TASR",
    "PAP",
    "MTI",
    "BTA",
    "Hina",
    "HINA",
    "STA",
    "Tanjug",
    "JTA",
    "БТА",
    "ТАСС",
    "ИТАР-ТАСС",
    "РИА Новости",
    "Интерфакс",
    "УНН",
    "УНИАН",
    "УНІАН",
    "Укрінформ",
    "БелТА",
    "RIA Novosti",
    "Interfax",
    "TASS",
    "Anadolu",
    "Anadolu Ajansı",
    "AA",
    "DHA",
    "İHA",
    "ANTARA",
    "Antara",
    # Arabic services of the wires and the Arab agencies ("القاهرة (رويترز) -", "باريس (أ ف ب) -")
    "رويترز",
    "أ ف ب",
    "أ.ف.ب",
    "فرانس برس",
    "أ ب",
    "د ب أ",
    "الأناضول",
    "واس",
    "وام",
    "قنا",
    "كونا",
    "سانا",
    "بترا",
    "وكالة الأنباء الألمانية",
    "وكالة الأنباء الفرنسية",
    # Chinese agencies ("新华社北京10月14日电", "中新社", Taiwan's "中央社") and the wires' Chinese names
    "新华社",
    "新華社",
    "中新社",
    "中新网",
    "中央社",
    "路透社",
    "法新社",
    "美联社",
    "美聯社",
    # Indian agencies' names in Devanagari: PTI's Hindi service Bhasha ("नयी दिल्ली, 14 अक्टूबर
    # (भाषा)"), IANS' ("(आईएएनएस)।"), UNI's Hindi service Varta, and PTI and ANI by their letters
    "भाषा",
    "पीटीआई",
    "आईएएनएस",
    "एएनआई",
    "यूनीवार्ता",
    "वार्ता",
    # Korean agencies in the "(서울=연합뉴스)" slot (Yonhap, News1, Newsis) and Japan's wires
    # closing a paragraph ("（共同）": Kyodo, "（時事）": Jiji)
    "연합뉴스",
    "뉴스1",
    "뉴시스",
    *BRACKET_WIRES,
)
"""Wire agencies: the ones a byline names as the story's agency ("By X, Associated Press")."""

AGENCIES = (
    *WIRE_AGENCIES,
    # networks and outlets that datelines and bylines name, and agencies no byline names as the
    # story's wire agency
    "BBC Sport",
    "BBC News",
    "Fox News",
    "Sky News",
    "The Guardian",
    "NPR",
    "dpo",
    "TT",
    "NTB",
    "ИНТЕРФАКС",
    "Sputnik",
    "Радио Sputnik",
    "CNN",
    "CBS News",
    "NBC News",
    "ABC News",
    "BBC",
)
"""Agencies, networks and outlets that datelines and bylines name: "(AP)", "Berlin (dpa)",
"By Mike Whalley BBC Sport" (an outlet is never an author). The Jewish Telegraphic Agency is JTA
in its own datelines ("(JTA) — ", jta.org) and alone in the slot on the Times of Israel's pages
("JTA — ")."""

AGENCY_ALIASES = {
    "associated press": "AP",
    "the associated press": "AP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "deutsche presse-agentur": "dpa",
    "agencia efe": "EFE",
    "agência efe": "EFE",
}
"""Long names a byline uses for an agency, to the name its datelines print: the agency's own
full name ("Agencia EFE", EFE's name as it signs, in 24horas.cl's byline box "Agencia EFE" /
"Por Agencia EFE"; "Agência EFE" in its Portuguese service)."""

TRUST_MARKS = ("the trust project", "thetrustproject", "trust-project")
"""Names of the Trust Project's mark, as an image's alt text or its link's target spell them
(lower case): the consortium's news partners set the "Trust Mark" logo on their article pages
(thetrustproject.org's FAQ), El País under its story ("Se adhiere a los criterios de [![The
Trust Project](...)](.../que-es-the-trust-project/) [Más información >](...)")."""

SIGN_OFFS = (
    "Reuter",
    "Reuters",
    "(AP)",
    "AP",
    "(dpa)",
    "dpa",
    "(AFP)",
    "AFP",
    "(UPI)",
    "UPI",
    "(AAP)",  # Australian Associated Press: The Australian's "- AAP" under the wire stories it runs
    "AAP",
    "-30-",
    "###",
    "END",
    "Ends",
    "Enditem",
    "(Enditem)",
)
"""Wire sign-offs that stand alone on the last line (or end it, in flattened text)."""
END_MARKS = ("###", "# # #", "-30-")
"""The marks that end a press release or a story's copy ("###" in the press-release guides of
PR Newswire, Business Wire and the PRSA; "-30-" in newsrooms): the media contacts under one are
the release's, not its text."""

CREDIT_SOURCES = (
    "Getty Images",
    "Getty",
    "AP Photo",
    "AP Images",
    "AP",
    "Reuters",
    "AFP",
    "EPA",
    "PA",
    "PA Wire",
    "Shutterstock",
    "Alamy",
    "Bloomberg",
    "dpa",
    "picture alliance",
    "picture-alliance",
    "imago",
    "Xinhua",
    "ТАСС",
    "РИА Новости",
    "Ройтерс",
    "EPA-EFE",
    "NASA",
    # picture libraries and an agency's full name as credits print them ("Rich Pedroncelli/
    # Associated Press", "Name / Photononstop / AFP", "Name/ZUMA Press"); not the wires that
    # sign paragraphs off in parentheses ("(PAP)", "(ANSA)")
    "Associated Press",
    "The Associated Press",
    "Europa Press",
    "LaPresse",
    "Anadolu Agency",
    "Keystone",
    "SIPA",
    "Sipa",
    "Abaca",
    "MAXPPP",
    "Hans Lucas",
    "Photononstop",
    "ZUMA Press",
    "ZUMA Wire",
    "Redux",
    "Polaris",
    "Corbis",
    "iStock",
    "Unsplash",
    "Wikimedia Commons",
    # the national picture agencies of the Nordic wires ("EMMI KORHONEN / STT-LEHTIKUVA" in
    # Finnish papers, "Foto: Name / NTB", "Name/TT", "Ritzau Scanpix"), Croatia's Pixsell and
    # Romania's Inquam: a credit may name any wire agency too (``patterns.CREDIT_SOURCE``)
    "Lehtikuva",
    "STT-Lehtikuva",
    "Scanpix",
    "Ritzau Scanpix",
    "NTB",
    "NTB Scanpix",
    "TT",
    "TT Nyhetsbyrån",
    "Pixsell",
    "Inquam Photos",
    "Agerpres",
    "Lusa",
    "رويترز",
    "أ ف ب",
    "新华社",
    "新華社",
)
"""Picture agencies that end a credit: "Jim Craven/Getty Images", "(Matt Sayles/AP Photo)"."""

SHARE_TARGETS = frozenset(
    {
        "facebook",
        "twitter",
        "x",
        "linkedin",
        "whatsapp",
        "telegram",
        "pinterest",
        "reddit",
        "flipboard",
        "messenger",
        "email",
        "e-mail",
        "mail",
        "print",
        "copy link",
        "link copied",  # the copy-link button's label once pressed, kept by a converter (The Atlantic)
        "tweet",
        # the bookmarking services of the 2008 share bars (McClatchy's "Digg it del.icio.us AIM",
        # the New York Daily News' "Digg Del.icio.us Newsvine Reddit Furl Stumble")
        "digg",
        "del.icio.us",
        "newsvine",
        "furl",
        "stumbleupon",
        "aim",
    }
)
"""The buttons of a share bar, each a list item in a converted page ("* Facebook", "* Twitter",
"* Email": WIRED, fox13now, the Times of Israel); compared case-folded, without the mark."""

SOCIAL_PLATFORMS = (
    "facebook",
    "twitter",
    "telegram",
    "instagram",
    "youtube",
    "whatsapp",
    "viber",
    "tiktok",
    "linkedin",
    "pinterest",
    "google+",
    "vkontakte",
    # the brands as Cyrillic text spells them ("у Телеграмі", "в Фейсбуке")
    "телеграм",
    "фейсбук",
    "твиттер",
    "твітер",
    "инстаграм",
    "інстаграм",
    "вконтакте",
    "вайбер",
    "ютуб",
)
"""Social platforms an outlet asks readers to follow it on (lower case, a name's opening: the
name may be inflected, "na Facebooku", "у Телеграмі")."""

BULLETS = ("•", "●", "◦", "▪", "■", "►", "*", "-", "–", "—", "·")
"""Characters that open a bullet highlight."""

OPENING_QUOTES = "\"'“„«‘‚"
"""Quotation marks that open a quote (straight, English, German and Polish, French, single)."""
CLOSERS = "\"'”’»)"
"""What may close a line after its last word: a closing quotation mark or parenthesis (a line's
end is read past them: "… he said.”")."""
CLAUSE_ENDS = tuple(".!?…:;,")
"""Punctuation that ends a clause: a line ending in one is no headline, label or title."""
DASHES = "-–—"
"""The hyphen-minus, the en dash and the em dash, as printed between a dateline or a caption and
what follows it."""
DOUBLE_QUOTES = frozenset('"“”„«»')
"""Double quotation marks, opening or closing: they never stand for an apostrophe ("L'Italia")."""

UNSPACED_SCRIPTS = frozenset({"han", "kana"})
"""Scripts written with no spaces between words (Chinese): a label runs into what it labels
("作者：王明", "来源：新华网"), so a first word cannot be cut at a space; Japanese the same,
in its kana and characters."""

OWN_SCRIPTS = frozenset({"hangul"})
"""Scripts only one language is written in (Hangul: Korean): the script tells the language, as
its words, glued to their particles ("정부는"), are seldom a stop word."""

SPACED_COLON_LANGUAGES = frozenset({"fr"})
"""Languages whose typography sets a space before a colon ("Covid-19 : une France ..."); in
the others a spaced colon in a headline joins a kicker to it ("Zugverkehr : Im ICE ...")."""

CAPITAL_AFTER_COLON_LANGUAGES = frozenset({"en", "de"})
"""Languages whose headlines open what follows a colon with a capital (AP: "Analysts: Russia
will be big loser"; German "Zugverkehr: Im ICE ..."). The others write it in small letters
unless it is a name: French ("Covid-19 : une France sans cap ni boussole ...", the Lexique des
règles typographiques: no capital after a colon), Polish ("Trybunał w Strasburgu: obowiązkowe
szczepienia ..."), Russian ("Кургинян: под прикрытием демократии ...", Розенталь: after a colon
a small letter), Italian, Spanish and the rest."""

COLON_DATELINE_LANGUAGES = frozenset({"en", "hi"})
"""Languages whose papers set the place off by a colon at the start of the lead: South Asian
papers in English (The Times of India's "New Delhi: ...", Dawn's "ISLAMABAD: ...") and in Hindi
(NDTV India's "नई दिल्ली: ..."). Elsewhere a word and a colon opening the lead is a label or a
writer's interjection (a German opinion piece's "Irre: Da kündigt jemand an ..."), never a
place: German papers print "Berlin (dpa) -", Russian ones "МОСКВА, 8 июля"."""
