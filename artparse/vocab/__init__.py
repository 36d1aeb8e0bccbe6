"""Vocabulary, per language, apart from the logic that uses it.

Each language module defines ``VOCAB``; adding a language is adding a module here and its
name to ``LANGUAGES``. ``artparse.patterns`` joins every language's words into compiled
patterns, so an article is parsed with all of them (a language guess can be wrong; the
words rarely clash).
"""

from __future__ import annotations

import importlib
from typing import NamedTuple


class Vocab(NamedTuple):
    """The words one language uses for the parts of an article."""

    byline_prefixes: tuple[str, ...] = ()
    """Words that open a byline: "By", "Von", "Автор:"."""
    role_words: tuple[str, ...] = ()
    """Nouns that make a byline part a job title, not a name: "Writer", "Correspondent"."""
    role_modifiers: tuple[str, ...] = ()
    """Words that qualify a job title ("Senior", "Economics", "White House" is not one)."""
    and_words: tuple[str, ...] = ()
    """Words joining two author names: "and", "und", "и"."""
    caption_labels: tuple[str, ...] = ()
    """Labels that introduce a photo credit: "Photo", "Foto", "Фото"."""
    caption_text_labels: tuple[str, ...] = ()
    """Labels that introduce a caption's text: "Image caption", "Popisek", "Подпись"."""
    photo_cues: tuple[str, ...] = ()
    """Words only a photo caption uses: "file photo", "pictured", "(L)"."""
    published_labels: tuple[str, ...] = ()
    """Labels before a publication date: "Published", "Veröffentlicht"."""
    updated_labels: tuple[str, ...] = ()
    """Labels before an update date: "Updated", "Aktualisiert"."""
    furniture: tuple[str, ...] = ()
    """Line openings that mark page furniture: "Advertisement", "Share this", "Read more"."""
    months: dict[str, int] = {}  # noqa: RUF012 - NamedTuple fields are immutable per instance
    """Month names and abbreviations (lower case, every grammatical case used in dates)."""
    weekdays: tuple[str, ...] = ()
    """Weekday names (lower case), skipped around dates."""
    stop_words: frozenset[str] = frozenset()
    """Frequent words, for guessing the language."""


LANGUAGES = (
    "en",
    "de",
    "fr",
    "it",
    "es",
    "pt",
    "nl",
    "ru",
    "uk",
    "be",
    "bg",
    "pl",
    "cs",
    "sk",
    "hr",
    "sl",
)
"""Every language with a vocabulary module, by ISO 639-1 code."""


def load(code: str) -> Vocab:
    """The vocabulary of one language."""
    vocab: Vocab = importlib.import_module(f"artparse.vocab.{code}").VOCAB
    return vocab


def load_all() -> dict[str, Vocab]:
    """Every language's vocabulary, by code."""
    return {code: load(code) for code in LANGUAGES}


# Vocabulary that is not of one language.
AGENCIES = (
    "BBC Sport",
    "BBC News",
    "Fox News",
    "Sky News",
    "The Guardian",
    "NPR",
    "AP",
    "Associated Press",
    "Reuters",
    "AFP",
    "Agence France-Presse",
    "dpa",
    "DPA",
    "dpo",
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
    "TT",
    "NTB",
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
    "БТА",
    "ТАСС",
    "ИТАР-ТАСС",
    "РИА Новости",
    "Интерфакс",
    "ИНТЕРФАКС",
    "УНН",
    "УНИАН",
    "УНІАН",
    "Укрінформ",
    "БелТА",
    "RIA Novosti",
    "Interfax",
    "TASS",
    "Anadolu",
    "CNN",
    "CBS News",
    "NBC News",
    "ABC News",
    "BBC",
)
"""Agencies, networks and outlets that datelines and bylines name: "(AP)", "Berlin (dpa)",
"By Mike Whalley BBC Sport" (an outlet is never an author)."""

WIRE_AGENCIES = (
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
)
"""Wire agencies: the ones a byline names as the story's agency ("By X, Associated Press")."""

AGENCY_ALIASES = {
    "associated press": "AP",
    "the associated press": "AP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "deutsche presse-agentur": "dpa",
}
"""Long names a byline uses for an agency, to the name its datelines print."""

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
    "-30-",
    "###",
    "END",
    "Ends",
    "Enditem",
    "(Enditem)",
)
"""Wire sign-offs that stand alone on the last line (or end it, in flattened text)."""

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
)
"""Picture agencies that end a credit: "Jim Craven/Getty Images", "(Matt Sayles/AP Photo)"."""

BULLETS = ("•", "●", "◦", "▪", "■", "►", "*", "-", "–", "—", "·")
"""Characters that open a bullet highlight."""
