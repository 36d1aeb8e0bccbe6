"""Compiled patterns built once from every language's vocabulary.

Every pattern here is anchored or bounded (no nested quantifiers, no unbounded ``.*``
followed by a group), so matching is linear in the line's length.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from artparse import vocab
from artparse.lazyre import lazy_compile

VOCABS = vocab.load_all()
"""Every language's vocabulary, by code, in rank order."""


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, escaped, spaces matching any space.

    An empty group is refused: ``(?:)`` would match everywhere (raised, not asserted, so it
    holds under ``python -O``).
    """
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    if not unique:
        raise ValueError("an empty word group would make its pattern match everywhere")
    return "|".join(re.escape(w).replace(r"\ ", " ") for w in unique)


def _all(field: str) -> list[str]:
    out: list[str] = []
    for v in VOCABS.values():
        out.extend(getattr(v, field))
    return out


def _unspaced(field: str) -> tuple[str, ...]:
    """The words of a category in the languages written with no spaces between words."""
    return tuple(w for v in VOCABS.values() if v.script in vocab.UNSPACED_SCRIPTS for w in getattr(v, field))


WORD_MARKS = "\u0900-\u0dff\u0e00-\u0e7f"
"""A character class's range (the Indic blocks, Devanagari to Sinhala, and Thai) whose vowel signs
and viramas stand between a word's letters and are no ``\\w`` ("दिल्ली", "अक्टूबर"): word patterns
add it to their letters."""

COLON = "[:：]"
"""A label's colon: the ASCII one, or the full-width one of Chinese (and Japanese) text."""


MONTHS_BY_LANGUAGE: dict[str, dict[str, int]] = {c: v.months for c, v in VOCABS.items()}
MONTHS: dict[str, int] = {}
for _vocab in reversed(VOCABS.values()):  # the lower rank wins a clash ("listopad": pl, cs; hr)
    MONTHS.update(_vocab.months)
MONTH = alternation(MONTHS)
WEEKDAYS = frozenset(_all("weekdays"))
WEEKDAY_NUMBERS: dict[str, int] = {
    name: number for v in VOCABS.values() for number, name in enumerate(v.weekdays[:7])
}
"""Each language's full weekday names (its first seven, Monday to Sunday) to 0-6."""
ROLE_WORDS = frozenset(w.casefold() for w in _all("role_words"))
ROLE_WORDS_AS_PRINTED = tuple(_all("role_words"))
ROLE_MODIFIERS = frozenset(w.casefold() for w in _all("role_modifiers"))
ARTICLES = frozenset(w.casefold() for w in _all("articles"))
SITE_NAMES = tuple(sorted({w.casefold() for w in _all("site_names")}, key=len, reverse=True))
"""Site and paper names a page title may print after the headline (the user's configuration)."""
NEWS_WORDS = frozenset(_all("news_words"))
"""The word "news" in every language, capitalised as a site's name holds it ("BBC News",
"Ъ-Новости"; "Good news - ..." is a headline)."""
AFFILIATION_WORDS = frozenset(w.casefold() for w in _all("affiliation_words"))
DESK_NOUNS = frozenset(w.casefold() for w in _all("desk_nouns"))
AND_WORDS = frozenset(w.casefold() for w in _all("and_words"))

_PREFIX_END = r"(?:(?<=/)|(?=[\s:：]))[\s:：]*"
"""After a byline opening: a space or a colon ("Автор: ", "作者："), or nothing after a slash ("文/王明")."""
BYLINE_PREFIX = lazy_compile(rf"(?:{alternation(_all('byline_prefixes'))}){_PREFIX_END}", re.IGNORECASE)
"""A byline opening at the start of a line: "By ", "Von ", "Автор: "."""
BYLINE_FIRST_WORDS = frozenset(w.casefold().split()[0].rstrip(":") for w in _all("byline_prefixes"))
"""First words of the byline openings: a cheap test before the pattern."""
UNSPACED_BYLINE_OPENINGS = _unspaced("byline_prefixes")
"""Byline openings of the languages written with no spaces ("作者：王明"): the line opens with
one (``str.startswith``), as other lines' first word is one of ``BYLINE_FIRST_WORDS``."""
BYLINE_PREFIX_CASED = lazy_compile(rf"(?:{alternation(_all('byline_prefixes'))}){_PREFIX_END}")
"""The same, case as printed (so "by" inside a sentence is not a byline)."""

CAPTION_LABEL = alternation(_all("caption_labels"))
CREDIT_SOURCE = alternation(vocab.CREDIT_SOURCES)
"""A picture agency or library a photo is credited to."""
_SLASHED_SOURCES = (*vocab.CREDIT_SOURCES, *vocab.WIRE_AGENCIES)
SLASHED_SOURCE_SET = frozenset(c.casefold() for c in _SLASHED_SOURCES)
"""The sources of a "Name/Source" credit, case-folded: ``SLASH_CREDIT_END``'s cheap test."""
_SLASHED_SOURCE = alternation(_SLASHED_SOURCES)
"""Who a photographer's "Name/Source" credit names: a picture agency or library, or a wire
agency ("Name/ANSA", "Name / NTB"). A wire agency alone in parentheses closing a paragraph
is the story's agency ("... podsumowuje Ernst.(PAP)"), not a photo's credit."""
CREDIT_SOURCE_SET = frozenset(c.casefold() for c in vocab.CREDIT_SOURCES)
CAPTION_LABEL_WORDS = frozenset(w.casefold().split()[-1].rstrip(".:") for w in _all("caption_labels"))
"""The last word of each caption label: a cheap test of the word before a colon."""

PAREN_CREDIT = lazy_compile(rf"\s*\((?:{CAPTION_LABEL})\s*[:.]\s*(?P<credit>[^()]{{1,80}})\)$", re.IGNORECASE)
"""A credit in parentheses at the end of a caption: "(photo: akorda.kz)"."""
PAREN_AGENCY_CREDIT = lazy_compile(
    rf"\s*\((?P<credit>[^()]{{0,60}}(?:/\s?|\b)(?:{CREDIT_SOURCE})|[A-Z][\w.'’ -]{{1,40}}/ ?[A-Z][\w.'’ /-]{{1,40}})\)$"
)
"""A photographer/agency credit in parentheses at the end: "(Matt Sayles/AP Photo)"."""
LABEL_CREDIT_END = lazy_compile(
    rf"(?:^|\s|(?<=[.!?]))(?:{CAPTION_LABEL})\s*:\s*(?:(?:{CAPTION_LABEL})\s*:\s*)?(?P<credit>[^:]{{1,80}})$",
    re.IGNORECASE,
)
"""A labelled credit at the end: "... Photo: Reuters", "... Снимка: Ройтерс"; the page's label
may stand before the credit's own ("... a boiler Credit : Photo: PA", the Telegraph)."""
ABBREVIATED_LABELS = tuple(label for label in _all("caption_labels") if label.endswith("."))
_ABBREVIATED_LABEL = alternation(ABBREVIATED_LABELS)
"""Labels that are abbreviations ("Fot.") and need no colon: "... w Warszawie. Fot. PAP"."""
ABBREVIATED_CREDIT_END = lazy_compile(
    rf"(?:^|(?<=[\s.!?]))(?:{_ABBREVIATED_LABEL})\s(?P<credit>[^:.]{{1,60}})\.?$"
)
"""An abbreviated label's credit at the end, closed by a full stop or not: BiznesAlert's "Rury
... Nord Stream. Fot. Gazprom." as the colon-labelled credits of "... Фото: AP Photo." (RIA
Novosti's copy in BSNLP) and "Ilustračné foto Foto: TASR." (Dobré noviny) close theirs."""
LABEL_CREDIT_START = lazy_compile(
    rf"^(?:{CAPTION_LABEL})\s*:\s*(?P<credit>[^.:]{{1,60}}?)\s*[.|/]\s+(?P<text>\S.*)$",
    re.IGNORECASE,
)
"""A labelled credit first: "Photo: Reuters. Protesters gather ..."."""
UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŖŘŚŜŞŠŢŤŪŮŰŲŹŻŽА-ЯЁЄІЇЎҐ"
"""Capital letters of the Latin and Cyrillic alphabets, for patterns that need a capital."""
_CREDIT_NAME = rf"(?:[{UPPER}]\.|[{UPPER}][\w'’-]*)(?: (?:[{UPPER}]\.|[{UPPER}][\w'’-]*)){{0,3}}"
"""A photographer's name: up to four capitalised words or initials ("Jim Craven", "J. Smith")."""
CREDIT_ARCHIVE_WORDS = frozenset(w.casefold() for w in _all("credit_archive_words"))
CREDIT_ARCHIVE = rf"(?i:[ /](?:{alternation(_all('credit_archive_words'))}))"
"""An archive marker after a credit's agency ("Reuters files", "EFE/Archivo"), in any case."""
_CREDIT_PART = r"(?:[A-Z][\w-]* ?/ ?)?"
"""A picture library between photographer and agency: "Nathan Alliard / Photononstop / AFP"."""
SLASH_CREDIT_END = lazy_compile(
    rf"(?:^|(?<=\s))(?P<credit>{_CREDIT_NAME} ?[/—] ?{_CREDIT_PART}(?i:{_SLASHED_SOURCE}){CREDIT_ARCHIVE}?)$"
)
"""A "Name/Agency" credit at the end: "... Jim Craven/Getty Images", TIME's "David McNew—Getty
Images", the Postmedia papers' "... Mike Blake/Reuters files"."""
CREDIT_LINE = lazy_compile(
    rf"^(?:(?:{CAPTION_LABEL})\s*:\s*|©\s?)?{_CREDIT_NAME} ?/\s?{_CREDIT_PART}(?:{CREDIT_SOURCE}|{_CREDIT_NAME})$"
)
"""A line that is only a credit: "Jim Craven/ NBC News", "© РИА Новости / Алексей Дружинин",
"Nathan Alliard / Photononstop / AFP"."""
CAPTION_TEXT_LABEL = alternation(_all("caption_text_labels"))
LABEL_CREDIT_ONLY = lazy_compile(
    rf"^(?P<open>\()?(?:{CAPTION_LABEL})\s?{COLON}\s?(?P<credit>[^:：()]{{1,60}})(?(open)\))$", re.IGNORECASE
)
"""A line that is only a labelled credit: "Фото: Алексей БУЛАТОВ", "(Credit: Dan Farber/CNET)"."""
LABEL_CREDIT_THEN_TEXT = lazy_compile(
    rf"^(?:{CAPTION_LABEL})\s?:\s?(?P<credit>[^:]{{1,60}}?)\s(?:{CAPTION_TEXT_LABEL})\s?:\s?(?P<text>\S.{{0,400}})$",
    re.IGNORECASE,
)
"""A credit, then the labelled caption: "Foto: wikipedia Popisek: Pákistánská vlajka"."""
LABEL_CREDIT_MID = lazy_compile(
    rf"^(?P<text>[^.!?]{{10,300}}[.!?])\s(?:{CAPTION_LABEL})\s?:\s?(?P<credit>[^.:]{{1,60}})\.\s(?P<rest>\S)"
)
"""A caption and its credit run into the next paragraph: "X. Фото: AP Photo. Полный ..."."""
LABEL_AFTER_CAPTION = lazy_compile(rf"^(?P<text>[^.!?:]{{10,300}})\s(?:{CAPTION_LABEL})\s?:\s?(?=\S)")
"""The same without full stops, up to the credit: "X Снимка: " of "X Снимка: Ройтерс Франция ..."."""
ABBREVIATED_LABEL_MID = lazy_compile(
    rf"^(?P<text>[^.!?:]{{10,300}}[.!?]?)\s(?i:{_ABBREVIATED_LABEL})\s"
    rf"(?P<credit>[^:]{{0,58}}?\w\w)\.\s(?P<rest>[{UPPER}])"
)
"""A caption and its abbreviation-labelled credit run into the next paragraph: "X fot. mat.
prasowe. Koncepcję ..." (the credit ends at the first full stop before a capital)."""
PHOTO_CUE = lazy_compile(rf"(?<!\w)(?:{alternation(w.casefold() for w in _all('photo_cues'))})(?!\w)")
"""Words only photo captions use, searched in a case-folded line."""
IMAGE_SOURCE = lazy_compile(
    rf"^(?:{alternation(_all('image_credit_labels'))})\s*[,，،]?\s*(?P<credit>.{{1,80}})$"
)
"""The BBC's credit line: "Image source, Getty Images"."""
IMAGE_SOURCE_FIRST_WORDS = tuple(sorted({w.split()[0] for w in _all("image_credit_labels")}))
"""What every such credit line opens with: a cheap test before the pattern."""
IMAGE_CAPTION_LABEL = lazy_compile(
    rf"^(?:{alternation(_all('image_caption_labels'))})\s*[,，،]?\s*", re.IGNORECASE
)
"""The label of the BBC's caption line under its credit line: "Image caption, "."""

FURNITURE_PHRASES: dict[str, tuple[str, ...]] = {}
"""Furniture phrases (case-folded) by their first character, longest first: a line's start is
compared with the few that share its first character (a regular expression of all of them
took longer to compile than a whole batch spends comparing)."""
for _phrase in sorted({w.casefold() for w in _all("furniture")}, key=lambda w: (-len(w), w)):
    FURNITURE_PHRASES[_phrase[:1]] = (*FURNITURE_PHRASES.get(_phrase[:1], ()), _phrase)


FURNITURE_HEAD = 60
"""Furniture phrases are short: only this much of a line's (or a sentence's) opening is compared."""


def opening_furniture_phrase(head: str) -> str | None:
    """The longest furniture phrase the case-folded head opens with, as a whole word."""
    for phrase in FURNITURE_PHRASES.get(head[:1], ()):
        if head.startswith(phrase):
            after = head[len(phrase) : len(phrase) + 1]
            if not (after.isalnum() or after == "_") or not phrase[-1].isalnum():  # "来源：新华网"
                return phrase
    return None


def is_bare_furniture_word(phrase: str) -> bool:
    """A one-word phrase ("share", "anzeige"), which prose can open with too; not a longer
    phrase ("read more") or a label ("zdroj:")."""
    return " " not in phrase and phrase[-1].isalpha()


SPONSOR_LABELS = frozenset(w.casefold() for w in _all("sponsor_labels"))
"""A partner's or sponsor's credit left alone on its line, its logo dropped: "In partnership with"."""
MAX_SPONSOR_LABEL = max(map(len, SPONSOR_LABELS), default=0)
ANSWER_BUTTONS = frozenset(w.casefold() for w in _all("answer_buttons"))
"""A form's yes and no buttons side by side, the whole line or after the question: "Oui Non"."""
MAX_ANSWER_BUTTONS = max(map(len, ANSWER_BUTTONS), default=0)
TOOL_BUTTONS = frozenset(w.casefold() for w in _all("tool_buttons"))
"""A page's tool buttons, each the whole line: "Imprimer", "Haut de page", "Artikel drucken"."""
MAX_TOOL_BUTTON = max(map(len, TOOL_BUTTONS), default=0)
ENLARGE_LABELS = frozenset(w.casefold() for w in _all("enlarge_labels"))
"""A photo's enlarge link alone on its line ("Enlarge This Image"), case-folded."""
TOOL_BAR_LABELS = TOOL_BUTTONS | vocab.SHARE_TARGETS
"""The labels a page's tool bar runs together on one line: its tool buttons and share targets."""
TOOL_BAR_FIRST_WORDS = frozenset(label.split()[0] for label in TOOL_BAR_LABELS)
"""First words of the tool-bar labels: the test before a line is read as a bar."""
TOOL_BAR_OPENINGS = frozenset(
    spelled + end
    for word in (*TOOL_BAR_FIRST_WORDS, "[-]", "[+]")
    for spelled in (word, word.capitalize(), word.upper())
    for end in ("", ":")
)
"""A tool bar's first word as a line prints it (lower case, capitalised or in capitals, perhaps
with the colon after it; a bar after it is cut off before the lookup): the lookups that gate
``furniture._tool_bar``."""
MAX_TOOL_BAR_LABEL_WORDS = max((label.count(" ") + 1 for label in TOOL_BAR_LABELS), default=0)
SHARE_COUNT = lazy_compile(
    rf"^\d[\d.,\u00a0 ]{{0,12}}[km]? ?(?:{alternation(_all('share_count_words'))})$", re.IGNORECASE
)
"""A share bar's counter: a number, perhaps shortened ("1.2K"), and the word for shares."""
VIEW_COUNT = lazy_compile(
    rf"^(?:{alternation(_all('view_count_labels'))}) ?\d[\d.,\u00a0]{{0,12}}(?: [^\W\d_]{{1,12}})?$",
    re.IGNORECASE,
)
"""A page's view counter: its label, the number, perhaps a word for "times" ("Visto 314 veces")."""
VIEW_COUNT_FIRST_WORDS = frozenset(w.split(" ", 1)[0].casefold() for w in _all("view_count_labels"))
"""The first words of the view counters' labels: a line opening with none of them is no counter."""
FURNITURE_FIRST_WORDS = (
    frozenset(w.casefold().split(" ", 1)[0].rstrip(":,.!") for w in _all("furniture"))
    | frozenset(w.casefold()[:1] for w in _all("furniture") if not w[:1].isalnum())
    | frozenset(w[:1] for w in _unspaced("furniture"))
)
"""First words (and leading symbols) of the furniture phrases: a cheap test before comparing them.
A phrase of a language written with no spaces runs into the rest ("来源：新华网"): its first
character stands for it, as a symbol does."""
CONTACT_LINK_LAST_WORDS = frozenset(w.casefold().split()[-1] for w in _all("contact_links"))
"""Last words of the links to write to the writer ("author" of "Email Author"): a cheap test."""
TRAILING_CONTACT_LINK = lazy_compile(rf"[\s|,·•]*(?:{alternation(_all('contact_links'))})\s*$", re.IGNORECASE)
"""The link to write to the writer ending a byline, glued to the name or not: "Jane DoeEmail Author"."""
LINK_LABEL_WORDS = frozenset(w.casefold() for w in _all("link_label_words"))
"""Words that open a label over links to other stories: "more", "read", "leia"."""
AD_BREAK_MARKER = lazy_compile(
    rf"(?:^|(?<=[.!?…:\"”»)] ))(?:{alternation(_all('ad_break_markers'))})[.:]?(?: |$)"
)
"""A page's "story continues below the advertisement" note where scraped text runs it into a
paragraph, at a sentence's end: "... he added. Story continues below advertisement The ..."."""
_AD_BREAKS = _all("ad_break_markers")
AD_BREAK_NOTES = tuple(note for note in _AD_BREAKS if not any(o in note for o in _AD_BREAKS if o != note))
"""The notes as printed, none that holds another ("Story continues below" stands for "Story
continues below advertisement"): a paragraph holding none of them (substring tests, at C
speed) holds no note; a test of their first words would let every French line with "La" through."""
SOCIAL_PLATFORM = lazy_compile(rf"(?<!\w)(?:{alternation(vocab.SOCIAL_PLATFORMS)})", re.IGNORECASE)
"""A social platform's name (its opening: the name may be inflected)."""


_PLATFORM_NAME = lazy_compile(alternation(vocab.SOCIAL_PLATFORMS))


def mentions_platform(text: str) -> bool:
    """Whether the text names a social platform (``SOCIAL_PLATFORM``, behind its cheap test)."""
    return names_platform(text) and SOCIAL_PLATFORM.search(text) is not None


def names_platform(text: str) -> bool:
    """Whether ``SOCIAL_PLATFORM`` can match: a platform's name is in the lower-cased text (one
    case-sensitive search, which skips to the names' first letters, where the case-blind
    pattern is tried at every position)."""
    lowered = text.lower().replace("i\u0307", "i")  # "İ" lowers to two characters; the pattern reads "i"
    return _PLATFORM_NAME.search(lowered) is not None


FOLLOW_CALL = lazy_compile(
    rf"(?:^|(?<=[(«\"“])|(?<=[.!?,;:] )|(?<=[—–] ))(?:{alternation(_all('follow_calls'))})(?![\w-])",
    re.IGNORECASE,
)
"""A call to follow the outlet where an imperative stands: opening the line, a clause or a
parenthesis ("..., follow X on Facebook"; "to follow him" is no call)."""
PAYWALL_NOTES = tuple(w.casefold() for w in _all("paywall_notes"))
"""What a paywall prints where it cut the story, case-folded."""
_NAVIGATION_PHRASES = (*(w.casefold() for w in _all("navigation_phrases")), *PAYWALL_NOTES)
FURNITURE_INSIDE = lazy_compile(alternation(_NAVIGATION_PHRASES))
"""Phrases that make a short line navigation wherever they stand in it (searched case-folded),
a paywall's note among them."""
_NAVIGATION_WORDS = frozenset(max(w.split(), key=len) for w in _NAVIGATION_PHRASES)
NAVIGATION_CUES = frozenset(
    word
    for word in _NAVIGATION_WORDS
    if not any(other in word for other in _NAVIGATION_WORDS if other != word)
)
"""The longest word of each navigation phrase (case-folded), less those that hold another ("klik"
stands for "kliknij", "subscribe" for "subscribers": a line holding one holds the other): a line
holding none of them holds no phrase, and ``FURNITURE_INSIDE`` is asked only of one that does."""
CONTRIBUTOR_PHRASE = lazy_compile(
    rf"(?<!\w)(?:{alternation(_all('contributor_phrases'))})(?!\w)", re.IGNORECASE
)
"""A phrase crediting the story's contributors anywhere in a line: "... contributed to this
report", "Additional reporting by ...", "Mit Material von dpa"."""
TAG_LABELS = frozenset(w.casefold() for v in VOCABS.values() for w in v.header_labels.get("tags", ()))
"""Labels of an article's tags ("Tags", "Schlagwörter", "Palavras-chave"): over a list in the
body they head the page's topic links."""
LIST_LABELS = TAG_LABELS | frozenset(w.casefold() for w in _all("list_labels"))
"""Whole lines that head a list of the page's links: the tag labels, and the headings over its
other stories ("Most popular", "Más información")."""
AUTHOR_ARCHIVE_BUTTONS = tuple(
    sorted({w.casefold() for w in _all("author_archive_buttons")}, key=len, reverse=True)
)
"""The links to a writer's other stories a byline's name is run into ("View More Articles"),
case-folded, the longest first."""
HIGHLIGHT_LABELS = frozenset(w.casefold() for w in _all("highlight_labels"))
"""Whole lines that head a story's highlights ("Story highlights"), case-folded."""
HOME_LABELS = frozenset(w.casefold() for w in _all("home_labels"))
"""A site's home page as a breadcrumb trail's first item: "home", "accueil"."""
HOME_LABEL_FIRST_WORDS = frozenset(w.split()[0] for w in HOME_LABELS)
"""First words of the home labels: a cheap test before the labels are compared."""
COMMENTS_HEADINGS = frozenset(w.casefold() for w in _all("comments_headings"))
COMMENTS_HEADING = alternation(COMMENTS_HEADINGS)
EDITORS_NOTE_LABELS = frozenset(w.casefold() for w in _all("editors_note_labels"))
EDITORS_NOTE_LABEL = alternation(_all("editors_note_labels"))


@cache
def lead_labels() -> frozenset[str]:
    """Every label the vocabulary knows that may open a paragraph before a colon: not a place
    (built when first asked: few leads open with a word and a colon)."""
    return frozenset(
        w.casefold()
        for field in (
            "lead_labels",
            "editors_note_labels",
            "updated_labels",
            "published_labels",
            "caption_labels",
        )
        for w in _all(field)
    ) | frozenset(w.casefold() for v in VOCABS.values() for words in v.header_labels.values() for w in words)


COPYRIGHT_WORDS = tuple(_all("copyright_words"))
COPYRIGHT_CUES = ("©", "(c)", *(w.casefold() for w in COPYRIGHT_WORDS))
"""What every copyright notice holds (its sign or word), case-folded: a cheap test first."""
SIGNATURE_LABELS = tuple(_all("signature_labels"))
SIGNATURE_LABEL = alternation(SIGNATURE_LABELS)
VALEDICTIONS = frozenset(w.casefold() for w in _all("valedictions"))
SUBJECT_PRONOUNS = {code: frozenset(v.subject_pronouns) for code, v in VOCABS.items() if v.subject_pronouns}
"""Each language's third-person subject pronouns, as a sentence opens with them (by language:
Czech "On" is English "On")."""
"""A letter's complimentary close ("sincerely", "mit freundlichen grüßen"), case-folded."""
LEAD_BYLINE_PREFIXES = frozenset(_all("lead_byline_prefixes"))
LEAD_BYLINE_PREFIX = alternation(LEAD_BYLINE_PREFIXES)
AFFILIATION = alternation(_all("affiliation_words"))
ARTICLE = alternation(_all("articles"))
OUTLET_NOUN = alternation(_all("outlet_nouns"))
OUTLET_NOUNS = frozenset(w.casefold() for w in _all("outlet_nouns"))
PLACE_PREPOSITION = alternation(_all("place_prepositions"))
NAME_PARTICLES = frozenset(w.casefold() for w in _all("name_particles"))
ORDINAL_SUFFIX = alternation(_all("ordinal_suffixes"))
DATE_JOINER = alternation(_all("date_joiners"))
STORY_HEADER_LABELS = frozenset(_all("story_header_labels"))
STORY_HEADER_OPENINGS = tuple(_all("story_header_openings"))
SIGN_OFF = frozenset(s.casefold() for s in vocab.SIGN_OFFS)
SIGN_OFF_WORDS = alternation(vocab.SIGN_OFFS)
DATE_LABEL_PARTICLE = alternation(_all("date_label_particles"))
"""Words between a date label and its date: "Published on", "erschienen am"."""
RELATIVE_DAY = lazy_compile(
    rf"(?:{alternation(_all('relative_days'))})(?!\w),?\s+(?:[^\W\d_]{{1,3}}\.?\s+)?", re.IGNORECASE
)
"""Today or yesterday in place of a stamp's date, and the particle before its time ("i dag kl.",
"today at", "heute um"): what stands between a stamp's label (if any) and its time of day."""
RELATIVE_DAY_FIRST_WORDS = frozenset(w.casefold().split()[0] for w in _all("relative_days"))
"""First words of the words for today and yesterday: a cheap test before ``RELATIVE_DAY``."""
PUBLISHED_LABEL = lazy_compile(
    rf"^(?:{alternation(_all('published_labels'))})\b\s*(?:{DATE_LABEL_PARTICLE})?\s*:?\s*",
    re.IGNORECASE,
)
DATE_LABEL = alternation((*_all("published_labels"), *_all("updated_labels")))
"""Every language's date labels ("Published", "Updated", "Опубликовано") as one alternation."""
LABEL_LAST_WORDS = frozenset(
    w.casefold().split()[-1].rstrip(":") for w in (*_all("published_labels"), *_all("updated_labels"))
)
"""The last word of every date label: a line not ending in one does not end in a label."""
LABEL_FIRST_WORDS = frozenset(
    w.casefold().split()[0].rstrip(":") for w in (*_all("published_labels"), *_all("updated_labels"))
)
"""First words of the date labels ("published", "updated", "erschienen")."""
UPDATED_LABEL_AFTER = lazy_compile(
    rf"(?<=\d)(?: ?,| (?:--|[-\u2013\u2014]))? (?=(?:{alternation(_all('updated_labels'))})\b)", re.IGNORECASE
)
"""Where an update stamp follows a publication stamp (ending in its year or time) on one line,
with no separator but a space: "Pubblicato il 19 Febbraio 2020 Ultima modifica 19 Febbraio 2020
12:02"; or after a comma or a spaced dash: CNN's "November 28, 2013 -- Updated 0203 GMT (1003
HKT)", WirtschaftsWoche's "23. März 2017, aktualisiert 23. März 2017, 15:43 Uhr"."""
UPDATED_LABEL = lazy_compile(
    rf"^(?:{alternation(_all('updated_labels'))})\b\s*(?:{DATE_LABEL_PARTICLE})?\s*:?\s*",
    re.IGNORECASE,
)

DISPATCH_WORDS = tuple(_all("dispatch_words"))
"""The word closing a dateline written with no spaces: "电" ("新华社北京10月14日电")."""
AGENCIES = frozenset(vocab.AGENCIES)
AGENCY_CASEFOLD = {a.casefold(): a for a in vocab.AGENCIES}
AGENCY = alternation(vocab.AGENCIES)
AGENCY_LAST_WORDS = frozenset(a.split()[-1].casefold().strip(".") for a in vocab.AGENCIES)
"""The last word of every agency's name: a sentence ending in another word names none."""

URL = lazy_compile(r"^(?:https?://|www\.)\S{1,2000}$", re.IGNORECASE)
URL_OPENINGS = frozenset({"http", "www."})
"""The first four characters (lower case) of every line ``URL`` matches: its pre-test."""


def url_line(text: str) -> bool:
    """Whether the line is only a URL (``URL``, asked only of a line opening as one)."""
    return text[:4].lower() in URL_OPENINGS and URL.match(text) is not None


DOC_ID = lazy_compile(r"^(?=[^\s]{0,60}\d)[A-Za-z0-9][\w.-]{0,60}$")
"""A record id: one token with a digit ("ru-111", "157", "ru-ryanair-new-extra-629")."""
LANGUAGE_CODE = lazy_compile(r"^[a-z]{2,3}(?:[-_][A-Za-z]{2})?$")
EMAIL = lazy_compile(r"\S{1,64}@\S{1,255}\.[a-z]{2,10}", re.IGNORECASE)
HANDLE = lazy_compile(r"(?<!\w)@\w{1,30}")
"""A social handle: "@janeroe" (a byline's or a stamp's follow button)."""

_HOMOGLYPHS = dict(zip("aceopxyACEHKMOPTXB", "асеорхуАСЕНКМОРТХВ", strict=True))
_LOOKALIKE = lazy_compile("[aceopxyACEHKMOPTXB]")
_CYRILLIC = lazy_compile(r"[\u0400-\u04ff]")


def _fold(match: re.Match[str]) -> str:
    return _HOMOGLYPHS[match.group()]


def fold_homoglyphs(text: str) -> str:
    """Latin look-alikes to Cyrillic in Cyrillic text ("cен" typed with a Latin c), same length.

    A regex replaces only the look-alikes (few in Cyrillic text): ``str.translate`` would
    look up every character.
    """
    if text.isascii() or not _CYRILLIC.search(text):
        return text
    return _LOOKALIKE.sub(_fold, text)
