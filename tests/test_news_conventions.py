"""Conventions of real news articles, one small made-up article each (as ``test_rules.py``).

Each case names the convention and where it is printed so; ``expected`` holds Article fields
(as in ``to_dict()``) plus ``rules``: the rule that claimed each non-blank line, in order.
"""

from __future__ import annotations

from typing import Any

import pytest

from artparse import parse
from tests.test_rules import check

# --- a headline and its standfirst flattened onto one line -------------------------------

RUN_ON_DEK = [
    pytest.param(
        "«Газета», №.3 (3075), чацвер, 24 студзеня, 2008\n"
        "Новы мост адкрыты Будаўнікі завяршылі працы на месяц раней, чым планавалася.\n"
        "Мост праз раку адкрылі ў суботу. На цырымоніі выступіў міністр транспарту.\n",
        {
            "title": "Новы мост адкрыты",
            "subtitle": "Будаўнікі завяршылі працы на месяц раней, чым планавалася.",
            "paragraphs": ["Мост праз раку адкрылі ў суботу. На цырымоніі выступіў міністр транспарту."],
        },
        id="be: headline without a full stop, then a one-sentence standfirst",
    ),
    pytest.param(
        "Новы мост на Нёмане Будаўнікі завяршылі працы на месяц раней, чым планавалася.\n\n"
        "Мост праз раку адкрылі ў суботу. На цырымоніі выступіў міністр транспарту.\n",
        {
            "title": "Новы мост на Нёмане",
            "subtitle": "Будаўнікі завяршылі працы на месяц раней, чым планавалася.",
        },
        id="be: a headline ending with a name, then the standfirst",
        marks=pytest.mark.xfail(
            strict=True, reason="read as a two-word name inside the headline, as 'Adam Niedzielski' below"
        ),
    ),
    pytest.param(
        "Ученые нашли древний город “Раскопки под Новгородом” дали неожиданный результат.\n\n"
        "Археологи работали на месте три года. Находки передадут в музей.\n",
        {
            "title": "Ученые нашли древний город",
            "subtitle": "“Раскопки под Новгородом” дали неожиданный результат.",
        },
        id="ru: the standfirst opens with a quotation mark",
    ),
    pytest.param(
        "«Газета», №.5 (3077), чацвер, 7 лютага, 2008\n"
        "Хлеб — на любы густ Хлебазавод «Каласок» пачаў выпуск новых гатункаў для школ і садкоў.\n"
        "Новыя гатункі ўжо прадаюць у сталіцы. Неўзабаве іх прывязуць і ў абласныя цэнтры.\n",
        {
            "title": "Хлеб — на любы густ",
            "subtitle": "Хлебазавод «Каласок» пачаў выпуск новых гатункаў для школ і садкоў.",
        },
        id="be: the standfirst opens with a works' generic noun and its quoted name",
    ),
    pytest.param(
        "Менск прыме чэмпіянат Еўропы «Спорт для ўсіх» па лёгкай атлетыцы ў наступным годзе.\n\n"
        "Спаборніцтвы пройдуць на новым стадыёне. Чакаюць тысячу ўдзельнікаў.\n",
        {
            "title": "Менск прыме чэмпіянат Еўропы «Спорт для ўсіх» па лёгкай атлетыцы ў наступным годзе.",
            "subtitle": None,
        },
        id="be: a capitalised word before a quote of several words stays inside the headline",
    ),
    pytest.param(
        "Рабочие сдали мост в Минске раньше срока\n\nМост открыли в субботу. Движение пустили сразу.\n",
        {"title": "Рабочие сдали мост в Минске раньше срока", "subtitle": None},
        id="no full stop: a headline alone, with a place name, is not split",
    ),
    pytest.param(
        "Minister zdrowia Adam Niedzielski zapowiada nowe obostrzenia od poniedziałku.\n\n"
        "Rząd przedstawi szczegóły w piątek. Zmiany obejmą szkoły i sklepy.\n",
        {
            "title": "Minister zdrowia Adam Niedzielski zapowiada nowe obostrzenia od poniedziałku.",
            "subtitle": None,
        },
        id="pl: a headline with a full stop and a two-word name inside is not split",
    ),
    pytest.param(
        "Officials Eyeing Possible Tsunami Debris Off The Coast Of Wash.\n\n"
        "The debris was spotted on Tuesday by a fishing boat.\n",
        {"title": "Officials Eyeing Possible Tsunami Debris Off The Coast Of Wash.", "subtitle": None},
        id="a Title Case headline ending with an abbreviation is not split",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUN_ON_DEK)
def test_run_on_dek(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- a dateline whose agency is set off by a slash ---------------------------------------

SLASHED_AGENCY = [
    pytest.param(
        "В Киеве прошли переговоры\n\n"
        "МОСКВА, 8 июля/ Радио Sputnik. Переговоры завершились без подписания документов, сообщил источник.\n"
        "Следующая встреча назначена на осень.\n",
        {"dateline": "МОСКВА", "agency": "Радио Sputnik"},
        id="ru: Sputnik's 'PLACE, date/ Agency.'",
    ),
    pytest.param(
        "Переговоры завершились\n\n"
        "МОСКВА, 8 июля/ по словам министра, переговоры завершились без подписания документов.\n",
        {"dateline": None, "agency": None},
        id="ru: prose after a slash names no agency",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SLASHED_AGENCY)
def test_slashed_agency(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- a page's header line: date stamp, then the headline repeated ------------------------

STAMP_OVER_HEADLINE = [
    pytest.param(
        "Il ponte riapre dopo due anni\n\n23 Giu 2022 Il ponte riapre dopo due anni\n\n"
        "Il ponte sul fiume è stato riaperto ieri mattina al traffico.\n",
        {
            "title": "Il ponte riapre dopo due anni",
            "date": "2022-06-23",
            "paragraphs": ["Il ponte sul fiume è stato riaperto ieri mattina al traffico."],
            "rules": ["title", "date_line", "paragraph"],
        },
        id="it: the stamp and the headline on one line",
    ),
    pytest.param(
        "Bridge reopens after two years\n\n"
        "June 23, 2022, Thursday 12:43 3 READ ALSO: Why did the tunnel close? "
        "Bridge reopens after two years\n\n"
        "The bridge over the river reopened to traffic on Thursday morning.\n",
        {
            "date": "2022-06-23T12:43:00",
            "paragraphs": ["The bridge over the river reopened to traffic on Thursday morning."],
        },
        id="en: a counter and a teaser between the stamp and the headline",
    ),
    pytest.param(
        "Bridge reopens after two years\n\n"
        "In 2022 the council voted to close it. Bridge reopens after two years\n\n"
        "The bridge over the river reopened to traffic on Thursday morning.\n",
        {"date": None},
        id="a sentence ending with the headline's words opens with no stamp",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STAMP_OVER_HEADLINE)
def test_stamp_over_headline(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- an outlet's closing boilerplate -------------------------------------------------------

CLOSING_BOILERPLATE = [
    pytest.param(
        "Harbour plans approved\n\nBy Jane Doe\n"
        "LONDON (Reuters) - The council approved the harbour plans on Tuesday.\n\n"
        "Work is due to start next year.\n\n"
        "Our Standards: The Thomson Reuters Trust Principles.\n",
        {
            "paragraphs": [
                "LONDON (Reuters) - The council approved the harbour plans on Tuesday.",
                "Work is due to start next year.",
            ]
        },
        id="en: the standards link that closes every Reuters page",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLOSING_BOILERPLATE)
def test_closing_boilerplate(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- the standfirst set tight under the headline, the body's paragraphs set apart ----------

TIGHT_DEK = [
    pytest.param(
        "\nPrefeitura anuncia nova ponte sobre o rio\n"
        "Segundo o prefeito, a obra deve começar em março e terminar no fim do ano.\n\n"
        "A prefeitura anunciou nesta segunda-feira (16) a construção de uma nova ponte.\n\n"
        "O projeto foi aprovado pela câmara municipal na semana passada.\n\n"
        "A obra será financiada pelo governo estadual.\n",
        {
            "title": "Prefeitura anuncia nova ponte sobre o rio",
            "subtitle": "Segundo o prefeito, a obra deve começar em março e terminar no fim do ano.",
            "rules": ["title", "subtitle", "paragraph", "paragraph", "paragraph"],
        },
        id="pt: one sentence under the headline, blank-separated body",
    ),
    pytest.param(
        "Prefeitura anuncia nova ponte sobre o rio\n"
        "Segundo o prefeito, a obra deve começar em março e terminar no fim do ano.\n"
        "A prefeitura anunciou nesta segunda-feira (16) a construção de uma nova ponte.\n"
        "O projeto foi aprovado pela câmara municipal na semana passada.\n",
        {"subtitle": None},
        id="pt: no gaps in the body, the line under the headline is the lead",
    ),
    pytest.param(
        "Prefeitura anuncia nova ponte sobre o rio\n"
        "A prefeitura anunciou nesta segunda-feira a construção de uma ponte. "
        "A obra custará R$ 20 milhões.\n\n"
        "O projeto foi aprovado pela câmara municipal na semana passada.\n\n"
        "A obra será financiada pelo governo estadual.\n\n"
        "As obras começam em março.\n",
        {"subtitle": None},
        id="pt: a lead of two sentences set tight under the headline stays body",
    ),
    pytest.param(
        "Exportações crescem no segundo trimestre\n"
        "Entre os setores, a soja teve a maior alta (7,2%). Apenas o café recuou.\n\n"
        "As exportações brasileiras cresceram 4,1% no segundo trimestre, segundo dados divulgados "
        "nesta terça-feira (8) pelo ministério, puxadas pela soja e pelo minério de ferro.\n\n"
        "O café teve queda de 2,3% no período.\n\n"
        "O ministério espera nova alta no terceiro trimestre.\n",
        {
            "subtitle": "Entre os setores, a soja teve a maior alta (7,2%). Apenas o café recuou.",
            "rules": ["title", "subtitle", "paragraph", "paragraph", "paragraph"],
        },
        id="pt: a dek of two sentences set tight over a longer lead (G1)",
    ),
    pytest.param(
        "Exportações crescem no segundo trimestre\n"
        "As exportações cresceram 4,1% no trimestre. A soja puxou a alta. O café recuou 2,3%.\n\n"
        "O ministério divulgou os dados nesta terça-feira (8), com alta em quase todos os setores "
        "e queda apenas no café e no açúcar.\n\n"
        "O ministério espera nova alta no terceiro trimestre.\n\n"
        "Os dados completos saem em agosto.\n",
        {"subtitle": None},
        id="pt: a lead of three sentences set tight stays body, whatever follows",
    ),
    pytest.param(
        "Phone makers add data meter\nOctober 29, 2012 at 10:45 am by Todd Bishop and friends\n\n"
        "Two new features unveiled by the company this morning aim to save data.\n\n"
        "The company says compression lets users browse more pages.\n\n"
        "A second feature creates a separate area on the phone.\n",
        {"subtitle": None},
        id="en: a date line under the headline is no standfirst",
    ),
    pytest.param(
        "301\nhr\nhttp://www.primjer.hr/vijesti/most/\nGradonačelnik otvorio novi most preko Save\n"
        "Nakon tri godine gradnje, gradonačelnik je u subotu otvorio most preko Save, doznaju\n\n"
        "“Most je dug 400 metara i stajao je 30 milijuna kuna, a gradit ćemo i drugi”, "
        "rekli su iz gradske uprave.\n\n"
        "Promet preko mosta počinje u ponedjeljak.\n",
        {
            "title": "Gradonačelnik otvorio novi most preko Save",
            "subtitle": None,
            "rules": ["header_meta"] * 3 + ["title"] + ["paragraph"] * 3,
        },
        id="hr: a record's text on the line under its title field opens with the lead",
    ),
    pytest.param(
        "302\nsl\nhttp://www.primer.si/novice/most/\nŽupan odprl nov most čez reko\n\n"
        "Promet čez most bo stekel že v ponedeljek\n\n"
        "Župan je v soboto po treh letih gradnje odprl nov most čez Savo, dolg 400 metrov.\n\n"
        "Most je stal 30 milijonov evrov.\n",
        {"subtitle": "Promet čez most bo stekel že v ponedeljek"},
        id="sl: a record's standfirst in a block of its own under the title field",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TIGHT_DEK)
def test_tight_dek(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- a heading that gives a quoted phrase to its speaker -----------------------------------

QUOTE_HEADING = [
    pytest.param(
        "Il governo cerca una maggioranza\n\n"
        "Roma, 19 lug – Il presidente del Consiglio ha incontrato i leader dei partiti.\n\n"
        # a paragraph of prose, longer than any heading, may end with a quote given to its speaker
        "Il vertice si è chiuso a tarda sera senza un accordo tra i partiti. "
        "Lega e Forza Italia: “Sconcerto”\n\n"
        "Lega e Forza Italia: “Sconcerto”\n\n"
        "Le opposizioni chiedono di tornare al voto entro l'autunno.\n",
        {
            "paragraphs": [
                "Roma, 19 lug – Il presidente del Consiglio ha incontrato i leader dei partiti.",
                "Il vertice si è chiuso a tarda sera senza un accordo tra i partiti. "
                "Lega e Forza Italia: “Sconcerto”",
                "Le opposizioni chiedono di tornare al voto entro l'autunno.",
            ]
        },
        id="it: a speaker, a colon and the quote alone, between paragraphs",
    ),
    pytest.param(
        "Tributes pour in for the astronaut\n\n"
        "The first American woman in space has died, her foundation said on Monday.\n\n"
        "He told reporters: “We lost a hero” and then left the room\n\n"
        "Friends said she was a private person who loved teaching.\n",
        {
            "paragraphs": [
                "The first American woman in space has died, her foundation said on Monday.",
                "He told reporters: “We lost a hero” and then left the room",
                "Friends said she was a private person who loved teaching.",
            ]
        },
        id="en: a quote inside a sentence is no heading",
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTE_HEADING)
def test_quote_heading(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- a wire story filed with no place: its date, then the agency ---------------------------

DATE_FIRST_DATELINE = [
    pytest.param(
        "Island to receive disaster aid\n\nBy Jane Doe\n\n"
        "Feb 9 (Reuters) - The island said on Friday it will receive $16 billion in federal aid.\n\n"
        "The money will help the territory recover from the hurricane.\n",
        {"dateline": None, "agency": "Reuters", "date": None},
        id="en: Reuters' 'Feb 9 (Reuters) - '",
    ),
    pytest.param(
        "Military reports new test\n\n"
        "Jan. 3 (UPI) -- The U.S. military said on Tuesday it had tracked a new missile test.\n\n"
        "Officials gave no further details.\n",
        {"dateline": None, "agency": "UPI"},
        id="en: UPI's 'Jan. 3 (UPI) -- '",
    ),
    pytest.param(
        "Storm reaches the coast\n\n"
        "May 5 (local time) - The storm reached the coast late on Sunday, officials said.\n\n"
        "Thousands were left without power.\n",
        {"dateline": None, "agency": None},
        id="en: a parenthesis that names no agency",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATE_FIRST_DATELINE)
def test_date_first_dateline(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- an initialism opening the lead is no dateline: its stop does not close a place ---------

INITIALISM_LEAD = [
    pytest.param(
        "Court frees farmer held by new order\n\n"
        "A U.S. judge on Tuesday ordered the release of a farmer held under the new rules.\n\n"
        "The farmer walked out of the courthouse an hour later.\n",
        {
            "dateline": None,
            "paragraphs": [
                "A U.S. judge on Tuesday ordered the release of a farmer held under the new rules.",
                "The farmer walked out of the courthouse an hour later.",
            ],
        },
        id="en: 'A U.S. judge ...' (Reuters' lead)",
    ),
    pytest.param(
        "Panel warns of shortages\n\n"
        "U.N. experts said on Monday that grain stocks would run low by the spring.\n\n"
        "Prices rose again in March.\n",
        {"dateline": None},
        id="en: 'U.N. experts said ...'",
    ),
    pytest.param(
        "Bridge reopens after repairs\n\n"
        "LAKEVILLE. The bridge reopened on Monday after two months of repairs.\n\n"
        "Traffic was light.\n",
        {"dateline": "LAKEVILLE"},
        id="negative: a place in capitals and a stop, then the lead's capital, stays a dateline",
    ),
]


@pytest.mark.parametrize(("text", "expected"), INITIALISM_LEAD)
def test_initialism_lead_is_no_dateline(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- a picture's credit alone above the body, its caption lost -----------------------------

LONE_CREDIT = [
    pytest.param(
        "Exportações crescem no trimestre\n\n"
        "As exportações brasileiras cresceram 4,1% no segundo trimestre.\n"
        "Exportações por setor em 2020 — Foto: Economia Jornal\n\n"
        "A soja teve a maior alta entre os produtos.\n",
        {"captions": [{"text": "Exportações por setor em 2020", "credit": "Economia Jornal"}]},
        id="pt: the dash a template sets between caption and labelled credit (G1)",
    ),
    pytest.param(
        "Exportações crescem no trimestre\n\n"
        "As exportações brasileiras cresceram 4,1% no segundo trimestre.\n"
        "Exportações por setor em 2020 - comparação anual — Foto: Economia Jornal\n\n"
        "A soja teve a maior alta entre os produtos.\n",
        {
            "captions": [
                {"text": "Exportações por setor em 2020 - comparação anual", "credit": "Economia Jornal"}
            ]
        },
        id="pt: a dash inside the caption stays",
    ),
    pytest.param(
        "Asteroide poderá atingir a Terra em 2068\n\nSofia Pilagallo\n31/10/2020 - 02h00\n\nNASA\n"
        "Observações feitas neste ano por astrônomos apontam que o asteroide pode atingir a Terra.\n\n"
        "A chance é de 1 em 150.000, segundo os cientistas.\n",
        {
            "paragraphs": [
                "Observações feitas neste ano por astrônomos apontam que o asteroide pode atingir a Terra.",
                "A chance é de 1 em 150.000, segundo os cientistas.",
            ],
            "captions": [],
        },
        id="pt: a picture agency's name on its own line above the lead",
    ),
    pytest.param(
        "Markets fall on rate fears\n\nBy Jane Doe\n\nGetty Images\n\n"
        "Shares fell sharply on Monday as investors worried about higher interest rates.\n\n"
        "The index closed down two percent.\n",
        {
            "paragraphs": [
                "Shares fell sharply on Monday as investors worried about higher interest rates.",
                "The index closed down two percent.",
            ]
        },
        id="en: 'Getty Images' alone under the byline",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LONE_CREDIT)
def test_lone_credit(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- a byline's role after a spaced dash -----------------------------------------------------

DASH_ROLE = [
    pytest.param(
        "Drouin out for Game 1\n\nBy Jane Doe - Managing Editor Example.com\n\n"
        "The forward will not play on Monday because of a foot injury, the team said.\n\n"
        "He is expected back for the second game of the series.\n",
        {"authors": ["Jane Doe"]},
        id="en: 'By X - Managing Editor Site' (NHL.com)",
    ),
    pytest.param(
        "Council approves new budget\n\nBy John Roe - Staff Writer\n\n"
        "The city council approved the budget on Tuesday after a long debate.\n\n"
        "The vote was seven to two.\n",
        {"authors": ["John Roe"]},
        id="en: 'By X - Staff Writer'",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DASH_ROLE)
def test_dash_role(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- a news site's name before the headline in a page title ----------------------------------

SITE_PREFIX = [
    pytest.param(
        "101\nru\n2016-12-20\nhttp://example.ru/doc/101\n"
        "Ъ-Новости - Мэр города открыл новый мост через реку\n"
        "Мэр города открыл в субботу новый мост через реку. На церемонии выступили строители.\n",
        {"title": "Мэр города открыл новый мост через реку"},
        id="ru: Kommersant's 'Ъ-Новости - ' before the headline (BSNLP header)",
    ),
    pytest.param(
        "BBC News - Council approves new city budget\n\n"
        "The city council approved the budget on Tuesday after a long debate.\n\n"
        "The vote was seven to two.\n",
        {"title": "Council approves new city budget"},
        id="en: 'BBC News - ' before the headline",
    ),
    pytest.param(
        "Good news - the economy is growing again\n\n"
        "The economy grew by two percent in the last quarter, figures showed on Tuesday.\n\n"
        "Economists had expected less.\n",
        {"title": "Good news - the economy is growing again"},
        id="en: 'Good news - ' is the headline's own",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SITE_PREFIX)
def test_site_prefix(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- the outlet's name after the byline's names ------------------------------------------------

OUTLET_AFTER_NAMES = [
    pytest.param(
        "Shanghai eases rules on foreign banks\n\nBy Jane Doe, John Roe and Ann Poe | Quayside Times,\n\n"
        "Shanghai will let foreign banks open more branches, the city government said on Monday.\n\n"
        "The change takes effect next year.\n",
        {"authors": ["Jane Doe", "John Roe", "Ann Poe"]},
        id="en: '| Financial Times' after the names",
    ),
    pytest.param(
        "Council approves new budget\n\nBy Jane Doe, Springfield News\n\n"
        "The city council approved the budget on Tuesday after a long debate.\n\n"
        "The vote was seven to two.\n",
        {"authors": ["Jane Doe"]},
        id="en: ', NBC News' after the name (an outlet not in the agency list)",
    ),
]


@pytest.mark.parametrize(("text", "expected"), OUTLET_AFTER_NAMES)
def test_outlet_after_names(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- a "story continues below the advertisement" note run into a paragraph ---------------------

AD_BREAK = [
    pytest.param(
        "Toronto wins home opener\n\nToronto beat Charlotte 2-0 on Saturday in front of a full stadium.\n\n"
        "“All I care about is that we won,” he said. "
        "Story continues below advertisement The win moved Toronto into sixth place overall.\n",
        {
            "paragraphs": [
                "Toronto beat Charlotte 2-0 on Saturday in front of a full stadium.",
                "“All I care about is that we won,” he said. The win moved Toronto into sixth place overall.",
            ]
        },
        id="en: Global News' 'Story continues below advertisement' inside a paragraph",
    ),
    pytest.param(
        "Brexit już boli inwestorów\n\n"
        "Przez lata Wielka Brytania była najlepszym miejscem do inwestowania.\n\n"
        "Fabryka w Sunderland nadal pracuje, ale inwestorzy są ostrożni. Poniżej dalsza część artykułu.\n\n"
        "Teraz jednak koncern ostrzega, że rozważa zamknięcie fabryki.\n",
        {
            "paragraphs": [
                "Przez lata Wielka Brytania była najlepszym miejscem do inwestowania.",
                "Fabryka w Sunderland nadal pracuje, ale inwestorzy są ostrożni.",
                "Teraz jednak koncern ostrzega, że rozważa zamknięcie fabryki.",
            ]
        },
        id="pl: rp.pl's 'Poniżej dalsza część artykułu.' at a paragraph's end",
    ),
]


@pytest.mark.parametrize(("text", "expected"), AD_BREAK)
def test_ad_break(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- a link label ending with a colon over related headlines ------------------------------------

LINK_LABEL = [
    pytest.param(
        "Heroes of the year announced\n\nThe ten heroes were announced on Thursday in New York.\n\n"
        "Each of them receives a grant for their work.\n\n"
        "More Q&As from top 10 Heroes:\n'A ray of hope' where girls didn't count\n"
        "A voice for America's caregiving kids\nSeeking justice for the storm's victims\n",
        {
            "paragraphs": [
                "The ten heroes were announced on Thursday in New York.",
                "Each of them receives a grant for their work.",
            ]
        },
        id="en: CNN's 'More Q&As from top 10 Heroes:' over headlines",
    ),
    pytest.param(
        "Heroes of the year announced\n\nThe ten heroes were announced on Thursday in New York.\n\n"
        "Read the full story on CNN Hero Jane Doe:\nGiving teen moms the tools to change their lives\n\n"
        "Each of them receives a grant for their work.\n",
        {
            "paragraphs": [
                "The ten heroes were announced on Thursday in New York.",
                "Each of them receives a grant for their work.",
            ]
        },
        id="en: CNN's 'Read the full story on ...:' over one headline",
    ),
    pytest.param(
        "Mayor speaks on the budget\n\nThe mayor spoke to reporters on Monday morning.\n\n"
        "See what she said:\n“We will not raise taxes this year,” she said.\n",
        {
            "paragraphs": [
                "The mayor spoke to reporters on Monday morning.",
                "See what she said:",
                "“We will not raise taxes this year,” she said.",
            ]
        },
        id="en: a colon introducing a quoted sentence stays prose",
    ),
    pytest.param(
        "Police arrest four after protest\n\nPolice arrested four people after the protest on Sunday.\n\n"
        "All of the following were charged:\nJohn Smith of Newport Beach\nJane Doe of Orange County\n\n"
        "They will appear in court next week.\n",
        {"rules": ["title", "paragraph", "paragraph", "paragraph", "paragraph", "paragraph"]},
        id="en: a sentence's colon over names is no link label ('All' opens furniture, not links)",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LINK_LABEL)
def test_link_label(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- reader comments under their heading, in every language -------------------------------------

COMMENTS_HEADING = [
    pytest.param(
        "Stadtrat beschließt neuen Haushalt\n\n"
        "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen.\n\n"
        "Die Abstimmung endete mit sieben zu zwei Stimmen.\n\nKommentare\n\n"
        "Endlich passiert etwas in dieser Stadt, das wurde auch Zeit.\n",
        {
            "paragraphs": [
                "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen.",
                "Die Abstimmung endete mit sieben zu zwei Stimmen.",
            ]
        },
        id="de: 'Kommentare' over readers' comments",
    ),
    pytest.param(
        "Городской совет принял бюджет\n\nГородской совет во вторник принял бюджет на следующий год.\n\n"
        "Голосование закончилось со счётом семь к двум.\n\nКомментарии\n\n"
        "Наконец-то в нашем городе что-то происходит, давно пора.\n",
        {
            "paragraphs": [
                "Городской совет во вторник принял бюджет на следующий год.",
                "Голосование закончилось со счётом семь к двум.",
            ]
        },
        id="ru: 'Комментарии' over readers' comments",
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMMENTS_HEADING)
def test_comments_heading(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- "click here" lines, in every language -------------------------------------------------------

CLICK_HERE = [
    pytest.param(
        "Stadtrat beschließt neuen Haushalt\n\n"
        "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen.\n\n"
        "Hier klicken, um die Bildergalerie zur Sitzung zu sehen.\n\n"
        "Die Abstimmung endete mit sieben zu zwei Stimmen.\n",
        {
            "paragraphs": [
                "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen.",
                "Die Abstimmung endete mit sieben zu zwei Stimmen.",
            ]
        },
        id="de: 'Hier klicken ...' between paragraphs",
    ),
    pytest.param(
        "El ayuntamiento aprueba el presupuesto\n\n"
        "El pleno del ayuntamiento aprobó el martes el presupuesto para el próximo año.\n\n"
        "Para ver la galería de fotos de la sesión, haga clic aquí.\n\n"
        "La votación terminó con siete votos a favor y dos en contra.\n",
        {
            "paragraphs": [
                "El pleno del ayuntamiento aprobó el martes el presupuesto para el próximo año.",
                "La votación terminó con siete votos a favor y dos en contra.",
            ]
        },
        id="es: '... haga clic aquí' between paragraphs",
    ),
    pytest.param(
        "Câmara aprova o orçamento\n\n"
        "A câmara municipal aprovou na terça-feira o orçamento para o próximo ano.\n\n"
        "Apoie o jornalismo local. Assine o Diário clicando aqui\n\n"
        "A votação terminou com sete votos a favor e dois contra.\n",
        {
            "paragraphs": [
                "A câmara municipal aprovou na terça-feira o orçamento para o próximo ano.",
                "A votação terminou com sete votos a favor e dois contra.",
            ]
        },
        id="pt: the gerund 'Assine ... clicando aqui' between paragraphs (EL PAÍS Brasil)",
    ),
    pytest.param(
        "Câmara aprova o orçamento\n\n"
        "A câmara municipal aprovou na terça-feira o orçamento para o próximo ano.\n\n"
        "Os vereadores votaram clicando em aparelhos instalados aqui na sala do plenário.\n\n"
        "A votação terminou com sete votos a favor e dois contra.\n",
        {
            "paragraphs": [
                "A câmara municipal aprovou na terça-feira o orçamento para o próximo ano.",
                "Os vereadores votaram clicando em aparelhos instalados aqui na sala do plenário.",
                "A votação terminou com sete votos a favor e dois contra.",
            ]
        },
        id="pt: 'clicando' in a sentence of the story stays body",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLICK_HERE)
def test_click_here(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- another story's teaser, trimmed with an ellipsis, under the last paragraph ------------

TEASED = (
    "Vláda schválila nový zákon o dopravě\n\nPoslanci o něm jednali celý týden. Zákon platí od ledna.\n\n"
)
TEASER = "Ministr financí chce od příštího roku snížit daně všem malým podnikatelům v zemi…"
TRIMMED_TEASER = [
    pytest.param(
        TEASED + TEASER + "\n",
        {"paragraphs": ["Poslanci o něm jednali celý týden. Zákon platí od ledna."]},
        id="the last line cut short with an ellipsis glued to its last word",
    ),
    pytest.param(
        TEASED + TEASER.replace("…", "...") + "\n",
        {"paragraphs": ["Poslanci o něm jednali celý týden. Zákon platí od ledna."]},
        id="the ellipsis as three full stops",
    ),
    pytest.param(
        TEASED + "Но это уже совсем другая история…\n",
        {
            "paragraphs": [
                "Poslanci o něm jednali celý týden. Zákon platí od ledna.",
                "Но это уже совсем другая история…",
            ]
        },
        id="guard: a short last sentence trailing off is body",
    ),
    pytest.param(
        TEASED + TEASER + "\n\nZákon podepsal prezident ve středu.\n",
        {
            "paragraphs": [
                "Poslanci o něm jednali celý týden. Zákon platí od ledna.",
                TEASER,
                "Zákon podepsal prezident ve středu.",
            ]
        },
        id="guard: the same line inside the body is a paragraph",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TRIMMED_TEASER)
def test_trimmed_teaser(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- a short capitals headline over a hard-wrapped lead ---------------------------------------

WRAPPED_LEAD = [
    pytest.param(
        "BAHIA COCOA REVIEW\n\n    Showers continued throughout the week in the Bahia cocoa\n"
        "zone, alleviating the drought since early January.\n"
        "    Comissaria Smith said it expects the crop to be large.\n",
        {
            "title": "BAHIA COCOA REVIEW",
            "paragraphs": [
                "Showers continued throughout the week in the Bahia cocoa zone, alleviating the "
                "drought since early January.",
                "Comissaria Smith said it expects the crop to be large.",
            ],
        },
        id="wire copy: the wrapped lead's first line is no headline under a kicker",
    ),
    pytest.param(
        "COUNCIL PASSES BUDGET\n\nThe city council passed the budget on Monday after a long debate in which\n"
        "members of the opposition said the library funds were too small.\n",
        {"title": "COUNCIL PASSES BUDGET"},
        id="a scanned page's lead, wrapped without indent",
    ),
    pytest.param(
        "CLIMATE\n\nGlaciers in the Alps lost a tenth of their ice in two years\n\n"
        "Swiss glaciers shrank faster than ever recorded, scientists said on Tuesday in Zurich.\n",
        {"title": "Glaciers in the Alps lost a tenth of their ice in two years"},
        id="guard: a kicker over a headline on its own line",
    ),
]


@pytest.mark.parametrize(("text", "expected"), WRAPPED_LEAD)
def test_a_capitals_headline_over_a_wrapped_lead(text: str, expected: dict[str, Any]) -> None:
    """Wire copy (Reuters, AP) and scanned pages wrap their paragraphs under a short capitals
    headline; the first line of a wrapped paragraph is no headline, so the line above is no kicker."""
    check(text, expected)


# --- the line crediting the story's contributors, closing it without a full stop ----------------

_HARBOUR_EN = (
    "Harbour plans approved after long debate\n\n"
    "The council approved the plans for the new harbour on Tuesday after a long debate.\n\n"
    "Objectors said they would take the case to the courts.\n\n"
)

CONTRIBUTOR_LINE = [
    pytest.param(
        _HARBOUR_EN + "Reporters Tom Lee and Ann Park contributed to this report\n",
        {"rules": ["title", "paragraph", "paragraph", "paragraph"]},
        id="en: '... contributed to this report' closing the story",
    ),
    pytest.param(
        _HARBOUR_EN + "Additional reporting by Tom Lee in Leeds\n",
        {"rules": ["title", "paragraph", "paragraph", "paragraph"]},
        id="en: 'Additional reporting by ...' closing the story",
    ),
    pytest.param(
        "Hafen-Pläne nach langer Debatte genehmigt\n\n"
        "Der Stadtrat hat die Pläne für den neuen Hafen am Dienstag genehmigt.\n\n"
        "Gegner wollen nun vor Gericht ziehen.\n\n"
        "Mit Material von dpa\n",
        {
            "paragraphs": [
                "Der Stadtrat hat die Pläne für den neuen Hafen am Dienstag genehmigt.",
                "Gegner wollen nun vor Gericht ziehen.",
                "Mit Material von dpa",
            ]
        },
        id="de: 'Mit Material von dpa' closing the story",
    ),
    pytest.param(
        "Aprueban los planes del puerto tras un largo debate\n\n"
        "El ayuntamiento aprobó el martes los planes del nuevo puerto.\n\n"
        "Los opositores dijeron que llevarán el caso a los tribunales.\n\n"
        "Con información de EFE\n",
        {"rules": ["title", "paragraph", "paragraph", "paragraph"]},
        id="es: 'Con información de EFE' closing the story",
    ),
    pytest.param(
        "Planos do porto aprovados após longo debate\n\n"
        "A câmara aprovou na terça-feira os planos do novo porto.\n\n"
        "Os opositores disseram que vão levar o caso à Justiça.\n\n"
        "Com informações da Agência Brasil\n",
        {"rules": ["title", "paragraph", "paragraph", "paragraph"]},
        id="pt: 'Com informações da Agência Brasil' closing the story",
    ),
    pytest.param(
        _HARBOUR_EN.rstrip("\n") + "\n\nContributions to the fund rise again\n\n"
        "The fund for the works has grown by a fifth since the spring.\n",
        {"rules": ["title", "paragraph", "paragraph", "crosshead", "paragraph"]},
        id="en: a crosshead about contributions stays a crosshead",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTRIBUTOR_LINE)
def test_contributor_line(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- a table of short indented rows under a wrapped wire lead ----------------------------------

INDENTED_ROWS = [
    pytest.param(
        "Lumber Futures Close Lower\n\n"
        "   PORTLAND, Ore. (AP) _ Lumber futures ended lower today in quiet trading\n"
        "on the exchange.\n"
        "   Closing prices, per thousand board feet:\n"
        "   March    188   off 2\n"
        "   May      191   off 1\n"
        "   July     195   unch\n"
        "   Sept     197   up 1\n",
        {
            "paragraphs": [
                "PORTLAND, Ore. (AP) _ Lumber futures ended lower today in quiet trading on the exchange.",
                "Closing prices, per thousand board feet:",
                "March 188 off 2",
                "May 191 off 1",
                "July 195 unch",
                "Sept 197 up 1",
            ],
        },
        id="AP: figure rows under a wrapped lead, one per indented line",
    ),
    pytest.param(
        "Curling Standings\n\n"
        "   OTTAWA (AP) _ Standings in the national curling league after play on\n"
        "Sunday, with the top two rinks going on to the final round:\n"
        "   Eastern Group\n"
        "   Halifax   9  2\n   Quebec    8  3\n   Ottawa    6  5\n   Toronto   5  6\n"
        "   Windsor   4  7\n   Sudbury   2  9\n"
        "   Western Group\n"
        "   Calgary   10 1\n   Regina    7  4\n   Winnipeg  3  8\n",
        {
            "rules": ["title"] + ["paragraph"] * 13,
            "paragraphs": [
                "OTTAWA (AP) _ Standings in the national curling league after play on Sunday, with "
                "the top two rinks going on to the final round:",
                "Eastern Group",
                "Halifax 9 2",
                "Quebec 8 3",
                "Ottawa 6 5",
                "Toronto 5 6",
                "Windsor 4 7",
                "Sudbury 2 9",
                "Western Group",
                "Calgary 10 1",
                "Regina 7 4",
                "Winnipeg 3 8",
            ],
        },
        id="AP: a standings table longer than its lead, group labels included",
    ),
    pytest.param(
        "PINE RIVER BANCORP <PRB> YEAR NET\n\n"
        "    DULUTH, Minn., March 4 - Pine River Bancorp said its results for the year\n"
        "were as follows:\n"
        "    Shr 52 cts vs 71 cts\n    Net 1,210,000 vs 1,650,000\n"
        "    Assets 402.5 mln vs 388.0 mln\n    Loans 250.1 mln vs 241.7 mln\n"
        "    Deposits 350.9 mln vs 340.2 mln\n",
        {
            "paragraphs": [
                "DULUTH, Minn., March 4 - Pine River Bancorp said its results for the year were as follows:",
                "Shr 52 cts vs 71 cts",
                "Net 1,210,000 vs 1,650,000",
                "Assets 402.5 mln vs 388.0 mln",
                "Loans 250.1 mln vs 241.7 mln",
                "Deposits 350.9 mln vs 340.2 mln",
            ],
        },
        id="Reuters: an earnings table under a wrapped lead",
    ),
    pytest.param(
        "Harbour plans approved after long debate\n\n"
        "  The council approved the plans for the new harbour on Tuesday night.\n"
        "  Objectors said they would take the case to the courts next month.\n"
        "  Funding questions remain\n"
        "  The fund for the works has grown by a fifth since the spring, officials said.\n",
        {"rules": ["title", "paragraph", "paragraph", "crosshead", "paragraph"]},
        id="guard: indented lines that never wrap are one paragraph per line, crossheads kept",
    ),
]


@pytest.mark.parametrize(("text", "expected"), INDENTED_ROWS)
def test_indented_rows(text: str, expected: dict[str, Any]) -> None:
    """Wire copy sets tables one row per indented line (TREC AP89's agate, Reuters-21578's
    earnings reports): short indented rows are paragraphs of indented copy, and they do not
    make the wrapped lead above them a paragraph per line."""
    check(text, expected)


# --- a short story laid one paragraph per line, every line under the wrap limit ---------------

SHORT_LINES = [
    pytest.param(
        "Port bonds rally after debt deal\n\nBy Tom Hale\n"
        "BOSTON, May 4 (Reuters) - The port authority's bonds rose on Monday after a deal.\n"
        "The agreement covers about $2 billion of debt.\n",
        {
            "authors": ["Tom Hale"],
            "paragraphs": [
                "BOSTON, May 4 (Reuters) - The port authority's bonds rose on Monday after a deal.",
                "The agreement covers about $2 billion of debt.",
            ],
        },
        id="en: a wire story of two one-line paragraphs under its byline",
    ),
    pytest.param(
        "Chuva forte fecha estradas no litoral\n\n"
        "Temporal atinge a região no fim da tarde e deixa vias interditadas\n\n"
        "Uma chuva forte atingiu o litoral nesta sexta-feira e fechou três estradas.\n"
        "Segundo a Defesa Civil, ninguém ficou ferido.\n"
        "A previsão é de mais chuva no sábado.\n",
        {
            "paragraphs": [
                "Uma chuva forte atingiu o litoral nesta sexta-feira e fechou três estradas.",
                "Segundo a Defesa Civil, ninguém ficou ferido.",
                "A previsão é de mais chuva no sábado.",
            ],
        },
        id="pt: two one-line paragraphs under a standfirst",
    ),
    pytest.param(
        "Новая бальніца ў горадзе\n"
        "Бальніцу на дзвесце месцаў адкрылі ў панядзелак на ўскраіне горада.\n"
        "Першых пацыентаў прымуць у траўні.\n"
        "Іван Петрык\n",
        {
            "paragraphs": [
                "Бальніцу на дзвесце месцаў адкрылі ў панядзелак на ўскраіне горада.",
                "Першых пацыентаў прымуць у траўні.",
            ],
        },
        id="be: a newspaper note of two one-line paragraphs over its signature",
    ),
    pytest.param(
        "Senator Calls For Review of Leases\nBy LENA FORD\nAssociated Press Writer\n"
        "   WASHINGTON (AP) _ A senator called today for a review of federal\n"
        "grazing leases awarded without bidding.\n",
        {
            "paragraphs": [
                "WASHINGTON (AP) _ A senator called today for a review of federal grazing leases "
                "awarded without bidding."
            ]
        },
        id="guard: a one-paragraph wire story wrapped in mid-sentence stays one paragraph",
    ),
    pytest.param(
        "Council approves harbour plan\n\n"
        "The council approved the plans for the new harbour on Tuesday, after a\n"
        "debate that ran late into the night.\n\n"
        "Objectors said they would take the case to the courts. The vote was\n"
        "close, with nine members for and seven against.\n",
        {
            "paragraphs": [
                "The council approved the plans for the new harbour on Tuesday, after a debate "
                "that ran late into the night.",
                "Objectors said they would take the case to the courts. The vote was close, with "
                "nine members for and seven against.",
            ]
        },
        id="guard: hard-wrapped paragraphs between blank lines stay joined",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_LINES)
def test_short_lines(text: str, expected: dict[str, Any]) -> None:
    """Text laid one paragraph per line (SemEval-2023 task 3 files, the BBC News dataset, YABC
    newspaper files) ends each line at a sentence's end; hard-wrapped wire copy (TREC AP89,
    Reuters-21578) breaks sentences at its width. Short lines alone make no hard wrap."""
    check(text, expected)


# --- the items of a list hang under the line that introduces it ---------------------------------

INTRODUCED_LIST = [
    pytest.param(
        "Gadget sales hit a new high\n\nSales of gadgets rose by a quarter last year, figures from "
        "the industry's own trade body published on Monday show, the fastest growth in a decade.\n"
        "The biggest risers were:\nDigital cameras and lenses\nPortable music players\n"
        "Shops said prices had fallen by a third over the year, and that buyers were coming back "
        "to the high street after two years of falling sales.\n",
        {"rules": ["title", "paragraph", "paragraph", "paragraph", "paragraph", "paragraph"]},
        id="en: short items under 'The biggest risers were:' are the story's lines",
    ),
    pytest.param(
        "Gadget sales hit a new high\n\nSales of gadgets rose by a quarter last year, figures show.\n"
        "Shops said prices had fallen.\nCameras lead the way\nDigital cameras sold best of all.\n",
        {"rules": ["title", "paragraph", "paragraph", "crosshead", "paragraph"]},
        id="guard: a heading under a sentence stays a crosshead",
    ),
]


@pytest.mark.parametrize(("text", "expected"), INTRODUCED_LIST)
def test_introduced_list(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- press releases: the release note over the text, the end mark and the contacts under it ----

RELEASE = (
    "Harbour authority approves new ferry terminal\n\n"
    "FOR IMMEDIATE RELEASE\n\n"
    "PORTVILLE, Dec. 3, 2026 -- The harbour authority on Wednesday approved plans for a new "
    "ferry terminal on the eastern quay.\n\n"
    "Work is to begin in the spring, the authority said.\n\n"
)
LATER = (
    "The authority will publish the full plans next month, with a map of the quay and the costs "
    "of each stage of the work, and will hear objections until May, when the board votes again "
    "on the money for the second stage and on the timetable of the works on the western quay."
)
RELEASE_BODY = [
    "PORTVILLE, Dec. 3, 2026 -- The harbour authority on Wednesday approved plans for a new "
    "ferry terminal on the eastern quay.",
    "Work is to begin in the spring, the authority said.",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            RELEASE + "###\n\nMedia contact:\nJane Roe\n+1 555 0100\npress@harbour.example\n",
            {"paragraphs": RELEASE_BODY},
            id="the end mark and the media contacts under it",
        ),
        pytest.param(
            RELEASE + "-30-\n\nContact: Jane Roe, 555-0100\n",
            {"paragraphs": RELEASE_BODY},
            id="a newsroom's end mark",
        ),
        pytest.param(
            RELEASE + "###\n\n" + LATER,
            {"paragraphs": [*RELEASE_BODY, LATER]},
            id="guard: a paragraph under the mark is text, the mark a separator",
        ),
    ],
)
def test_press_release_marks(text: str, expected: dict[str, Any]) -> None:
    """Press releases open with "FOR IMMEDIATE RELEASE" and end with "###" (PR Newswire's and
    Business Wire's templates, the PRSA's format; newsrooms' "-30-"): the contacts under the
    end mark are the release's."""
    check(text, expected)


# --- a date line in the letter heading's order: the place, a comma, the date --------------------


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Washington, 14 October 2015", "2015-10-14"),
        ("Санкт-Петербург, 14 октября 2015", "2015-10-14"),
        ("Palma de Mallorca, 14 de octubre de 2015", "2015-10-14"),
        ("Frankfurt am Main, 14. Oktober 2015, 10:32 Uhr", "2015-10-14T10:32:00"),
    ],
)
def test_a_place_of_any_length_before_the_date(line: str, iso: str) -> None:
    """Papers and agencies print "Place, date" above the text; a long place's letters are no prose."""
    text = (
        f"Council approves the harbour plan\n\n{line}\n\n"
        "The council approved the harbour plan on Monday after a debate that lasted all night.\n\n"
        "Work on the new quay is to start in the spring, the mayor said afterwards.\n"
    )
    check(text, {"date": iso})


def test_a_sentence_with_a_date_under_the_headline_is_no_date_line() -> None:
    text = (
        "Council approves the harbour plan\n\n"
        "The minister told reporters in the capital on 14 October 2015 that the plan would wait.\n\n"
        "Work on the new quay is to start in the spring, the mayor said afterwards.\n"
    )
    check(text, {"date": None})


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Doe, The Washington Post", ["Jane Doe"]),
        ("By Jane Doe and John Roe, The Boston Globe", ["Jane Doe", "John Roe"]),
        ("By Jane Doe, CNN Money", ["Jane Doe"]),
        ("By Jane Doe, John Roe", ["Jane Doe", "John Roe"]),
    ],
)
def test_the_outlet_after_the_names_is_no_author(line: str, names: list[str]) -> None:
    """Syndicated copy credits its source after the writer: a paper's name opens with its
    article, a network's with the network ("NBC News" closes with an outlet noun, as before)."""
    lead = "The council approved the plan on Monday after a long debate."
    text = f"Council approves the harbour plan\n{line}\n\n{lead}\n"
    check(text, {"authors": names})


# --- a letter's signature under its complimentary close ----------------------------------

LETTER = (
    "An open letter to the members of the club\n\nDear members,\n\n"
    "The club house will close for repairs in March and open again in May.\n\n"
)


@pytest.mark.parametrize(
    ("close", "signature", "authors"),
    [
        ("Sincerely,", "Jane Q. Doe, a.k.a. JQ\n", ["Jane Q. Doe"]),
        ("Best regards,", "Jane Doe\nChair, Friends of the Harbour Park\n", ["Jane Doe"]),
        ("Mit freundlichen Grüßen", "Hans Muster, Vorstand\n", ["Hans Muster"]),
        ("С уважением,", "Иван Петров\n", ["Иван Петров"]),
    ],
)
def test_a_letters_signature_under_its_close_is_no_paragraph(
    close: str, signature: str, authors: list[str]
) -> None:
    """Letters published as posts sign under the complimentary close (ruby-lang.org's news
    posts; the business letter's signature block): the name line or two are the signature,
    whatever their form, and the close stays a paragraph."""
    text = f"{LETTER}{close}\n\n{signature}"
    lines = [line for line in signature.splitlines() if line]
    check(
        text,
        {
            "authors": authors,
            "paragraphs": [
                "Dear members,",
                "The club house will close for repairs in March and open again in May.",
                close,
            ],
            "rules": ["title", "paragraph", "paragraph", "paragraph", *["byline"] * len(lines)],
        },
    )


@pytest.mark.parametrize(
    "after",
    [
        "Sincerely, we thank you all.\n\nJane Q. Doe, a.k.a. JQ\n",  # the close in a sentence
        "Sincerely,\n\nWe will write again in May to tell you about the opening.\n",  # a sentence
        "Sincerely,\n\nJane Q. Doe, a.k.a. JQ\nChair of the club\nHarbour Park, Springfield\n",  # three lines
    ],
)
def test_a_close_without_a_signature_block_under_it_signs_nothing(after: str) -> None:
    article_text = f"{LETTER}{after}"
    check(article_text, {"authors": []})


# --- narrow columns: a newspaper page's OCR text -----------------------------------------

NARROW_COLUMN = (
    "City approves new bridge\n\n"
    "SPRINGFIELD — The city council on\n"
    "Tuesday approved a new bridge over\n"
    "the river, ending a debate that lasted\n"
    "more than two years. The project is\n"
    "expected to cost about $10 million.\n\n"
    "Construction is scheduled to begin\n"
    "next spring, and the bridge should\n"
    "open to traffic in 2017.\n"
)


def test_narrow_columns_are_joined_into_paragraphs() -> None:
    """Digitised newspapers' OCR text (Chronicling America's, as the other archives') and
    pdftotext of a printed page keep the column's lines, 25-45 characters wide: lines that go
    on with a sentence in lower case are one paragraph."""
    check(
        NARROW_COLUMN,
        {
            "dateline": "SPRINGFIELD",
            "paragraphs": [
                "SPRINGFIELD — The city council on Tuesday approved a new bridge over the river, ending a "
                "debate that lasted more than two years. The project is expected to cost about $10 million.",
                "Construction is scheduled to begin next spring, and the bridge should open to "
                "traffic in 2017.",
            ],
        },
    )


def test_a_word_broken_at_a_narrow_columns_end_is_joined() -> None:
    """Justified columns hyphenate to fill their lines: "Tues-" over "day" is "Tuesday"."""
    text = NARROW_COLUMN.replace("council on\nTuesday approved", "council on Tues-\nday approved")
    article = parse(text)
    assert article.paragraphs[0].startswith(
        "SPRINGFIELD — The city council on Tuesday approved a new bridge over the"
    )


def test_a_wire_lines_end_hyphen_is_a_compounds() -> None:
    """Guard: ragged wire copy (65-69 columns) breaks no words; its line-end hyphen is a compound's."""
    text = (
        "City approves new bridge\n\n"
        "SPRINGFIELD (AP) — The city council on Tuesday approved a long-\n"
        "term plan for a new bridge over the river, ending a debate that\n"
        "lasted more than two years. The project is expected to cost about\n"
        "$10 million, officials said after the vote late on Tuesday night.\n"
    )
    assert "a long- term plan" in parse(text).paragraphs[0]


def test_short_lines_of_whole_sentences_stay_paragraphs() -> None:
    """Guard: short lines that each hold a sentence (a short story laid one per line, a list of
    results) are not a narrow column, even where one of them goes on in lower case."""
    lines = [
        "The council met on Tuesday.",
        "The mayor spoke first.",
        "Two members voted against.",
        "the vote was 7 to 2.",
        "The bridge will cost $10 million.",
        "Work starts next spring.",
    ]
    check("City approves new bridge\n\n" + "\n".join(lines) + "\n", {"paragraphs": lines})


# --- a place set off by a colon opening the lead (South Asian English papers) ---------------

COLON_DATELINE = [
    pytest.param(
        "City opens new metro line\n\nBy Jane Doe\n\n"
        "Pune: The city opened its second metro line on Sunday, officials said.\n\n"
        "The line links the airport with the old town.\n",
        {"dateline": "Pune", "agency": None},
        id="en: 'Pune: ' (the Times of India's print pages)",
    ),
    pytest.param(
        "Court hears appeal in land case\n\n"
        "NORTH HARBOUR: A high court on Tuesday heard the appeal of two farmers.\n\n"
        "The hearing was adjourned until next week.\n",
        {"dateline": "NORTH HARBOUR", "agency": None},
        id="en: 'NORTH HARBOUR: ' (Dawn's capitals, two words)",
    ),
    pytest.param(
        "Leak at a power plant\n\n"
        "EASTPORT/WESTVILLE: About forty workers fell ill after a leak at the plant, staff said.\n\n"
        "The plant was shut for checks.\n",
        {"dateline": "EASTPORT/WESTVILLE", "agency": None},
        id="en: two places joined by a slash (the Times of India's)",
    ),
    pytest.param(
        "Club changes its rules\n\n"
        "Update: The club changed its rules again on Friday after members complained.\n\n"
        "The new rules apply from May.\n",
        {"dateline": None, "agency": None},
        id="en: a label the vocabulary knows is no place",
    ),
    pytest.param(
        "Club changes its rules\n\n"
        "Factbox: The club changed its rules again on Friday after members complained.\n\n"
        "The new rules apply from May.\n",
        {"dateline": None, "agency": None},
        id="en: a wire's story-kind label is no place",
    ),
    pytest.param(
        "Talking to the mayor\n\n"
        "Smith: We wanted the bridge open before the winter came.\n\n"
        "Jones: And was it open in time?\n",
        {"dateline": None, "agency": None},
        id="en: an interview's speakers label the next paragraph too",
    ),
    pytest.param(
        "A day at the market\n\n"
        "Traders said: The prices went up again on Monday morning.\n\n"
        "Buyers stayed at home.\n",
        {"dateline": None, "agency": None},
        id="en: a clause before a colon, words in small letters",
    ),
    pytest.param(
        "Talks resume in the capital\n\nBy Jane Doe\n\n"
        "Trade: What comes next for the talks\n\n"
        "The two sides met again on Monday to discuss the tariffs on steel.\n",
        {"dateline": None, "agency": None},
        id="en: a topic over a short headline-shaped line is no lead",
    ),
    pytest.param(
        "Der Streit um die neue Brücke\n\n"
        "Unglaublich: Da kündigt der Bürgermeister an, die alte Brücke noch vor dem Winter zu schließen.\n\n"
        "Die Händler in der Altstadt sind empört und sammeln nun Unterschriften.\n",
        {"dateline": None, "agency": None},
        id="de: a writer's interjection before a colon is no place (German papers print no colon dateline)",
    ),
    pytest.param(
        "Il ponte della discordia\n\n"
        "Incredibile: il sindaco annuncia che il vecchio ponte chiuderà prima dell'inverno.\n\n"
        "I commercianti del centro storico raccolgono firme contro la decisione.\n",
        {"dateline": None, "agency": None},
        id="it: an interjection before a colon is no place",
    ),
    pytest.param(
        "Court hears appeal in land case\n\n"
        "Eastport: The district court on Tuesday heard the appeal of two farmers against the order.\n\n"
        "The hearing was adjourned until next week.\n",
        {"dateline": "Eastport", "agency": None},
        id="en: the place before a colon stays in English copy",
    ),
]


@pytest.mark.parametrize(("text", "expected"), COLON_DATELINE)
def test_colon_dateline(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- a sentence that lost its full stop is no crosshead ----------------------------------


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (
            "Senate rejects the harbour motion\n\nThe minister spoke for an hour on Tuesday.\n\n"
            "He reiterated that a new tax was not the answer to the port's problems\n\n"
            "The motion was defeated by 15 votes to 9.\n",
            "He reiterated that a new tax was not the answer to the port's problems",
        ),
        (
            "Le Sénat rejette la motion sur le port\n\nLa ministre a parlé pendant une heure mardi.\n\n"
            "Elle a rappelé qu'une nouvelle taxe ne résoudrait pas les problèmes du port\n\n"
            "La motion a été rejetée par 15 voix contre 9.\n",
            "Elle a rappelé qu'une nouvelle taxe ne résoudrait pas les problèmes du port",
        ),
    ],
)
def test_a_line_opening_with_a_pronoun_is_no_crosshead(text: str, line: str) -> None:
    """A heading names whom it is about; "He reiterated that ..." refers back to the text."""
    assert line in parse(text).paragraphs


@pytest.mark.parametrize(
    "heading",
    ["On the campaign trail", "We retire the old ferry", "Heavy rain expected"],
)
def test_a_heading_opening_with_other_words_stays_a_crosshead(heading: str) -> None:
    """Guard: English "On" is no pronoun (Czech "On" is), and "We" opens headlines."""
    text = (
        "Senate rejects the harbour motion\n\nThe minister spoke for an hour on Tuesday.\n\n"
        "The senators then debated the motion until late in the evening, when the vote was held.\n\n"
        f"{heading}\n\nThe motion was defeated by 15 votes to 9.\n"
    )
    article = parse(text)
    assert heading not in article.paragraphs
    assert "The motion was defeated by 15 votes to 9." in article.paragraphs


# --- a stamp that prints today or yesterday in place of its date ------------------------

_STAMP_BODY = "{title}\n\n{byline}\n{stamp}\n\n{lead}\n\n{second}\n"


@pytest.mark.parametrize(
    ("title", "byline", "stamp", "lead", "second"),
    [
        (
            "Ny färjelinje öppnar i skärgården",
            "Av Karin Berg",
            "Publicerad i dag 07.40",
            "Den nya färjelinjen mellan öarna öppnar på lördag efter två års förhandlingar med kommunen.",
            "Rederiet räknar med fler resenärer under sommaren än under förra året.",
        ),
        (
            "Ny fergerute åpner i skjærgården",
            "Av Kari Berg",
            "Oppdatert i går kl. 21.05",
            "Den nye fergeruten mellom øyene åpner på lørdag etter to års forhandlinger med kommunen.",
            "Rederiet regner med flere reisende i sommer enn i fjor, ifølge selskapet.",
        ),
        (
            "Nieuwe veerdienst tussen de eilanden",
            "Door Karin Berg",
            "Vandaag, 08:12",
            "De nieuwe veerdienst tussen de eilanden begint zaterdag na twee jaar overleg met de gemeente.",
            "De rederij rekent deze zomer op meer reizigers dan vorig jaar, zegt het bedrijf.",
        ),
        (
            "Harbour ferry service starts again",
            "By Karen Hill",
            "Updated today at 11:31 AM",
            "The ferry between the islands resumes on Saturday after two years of talks with the council.",
            "The operator expects more passengers this summer than last year, it said.",
        ),
    ],
)
def test_a_stamp_of_today_or_yesterday_is_no_paragraph(
    title: str, byline: str, stamp: str, lead: str, second: str
) -> None:
    """A stamp of the same day or the day before ("Publicerad i dag 07.40", "Updated today at
    11:31") names no date, so the article has none, and the stamp is not body."""
    article = parse(_STAMP_BODY.format(title=title, byline=byline, stamp=stamp, lead=lead, second=second))
    assert stamp not in article.paragraphs
    assert article.subtitle != stamp
    assert article.date is None
    assert article.paragraphs[-1] == second


@pytest.mark.parametrize(
    "line",
    [
        "I dag 08:12 samlas styrelsen för ett extra möte om färjelinjen och dess framtid.",
        "Today at 11:31 the council will vote on the ferry contract for the islands.",
    ],
)
def test_a_sentence_opening_with_today_and_a_time_stays_body(line: str) -> None:
    """Guard: a sentence that opens with today's time goes on; the stamp is only the time."""
    text = (
        "Harbour ferry service starts again\n\nBy Karen Hill\n\n"
        "The ferry between the islands resumes on Saturday after two years of talks with the council.\n\n"
        f"{line}\n\nThe operator expects more passengers this summer than last year, it said.\n"
    )
    assert line in parse(text).paragraphs


# --- a quote headline given to its speaker after a comma and a dash ------------------------------

SPEAKER_DASH = [
    pytest.param(
        "Мы будем строить новый мост через реку уже этим летом, - Петров\n\n"
        "Глава городской администрации Иван Петров рассказал журналистам о планах на лето.\n\n"
        "По его словам, работы займут два года.\n",
        {"title": "Мы будем строить новый мост через реку уже этим летом, - Петров"},
        id="ru: 'quote, - Speaker': direct speech closes with a comma before the dash",
    ),
    pytest.param(
        "«Цены на хлеб останутся прежними до конца года», — Сидорова\n\n"
        "Министр сельского хозяйства Анна Сидорова выступила на пресс-конференции в среду.\n\n"
        "Она добавила, что урожай был хорошим.\n",
        {"title": "«Цены на хлеб останутся прежними до конца года», — Сидорова"},
        id="ru: '«quote», — Speaker'",
    ),
    pytest.param(
        "Городской совет утвердил новый бюджет на следующий год - Экономика\n\n"
        "Городской совет утвердил бюджет во вторник после долгих споров.\n\n"
        "Голосование прошло со счетом семь к двум.\n",
        {"title": "Городской совет утвердил новый бюджет на следующий год"},
        id="ru: a section's name after the dash (no comma) still goes",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_DASH)
def test_speaker_dash(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- a label, a colon and a headline in small letters: a crosshead where headlines write so ------

LOWER_AFTER_COLON = [
    pytest.param(
        "Nowe przepisy o ruchu drogowym\n\n"
        "Sejm przyjął w piątek ustawę, która zmienia zasady parkowania w centrach miast.\n\n"
        "Sąd w Krakowie: nowe opłaty nie naruszają prawa\n\n"
        "Sędziowie uznali, że gminy mogą same ustalać wysokość opłat za parkowanie.\n",
        {"rules": ["title", "paragraph", "crosshead", "paragraph"]},
        id="pl: 'Sąd w Krakowie: nowe opłaty ...' is a crosshead",
    ),
    pytest.param(
        "La réforme des retraites au Sénat\n\n"
        "Les sénateurs ont commencé mardi l'examen du texte adopté par les députés.\n\n"
        "Le calendrier : un vote attendu avant la fin du mois\n\n"
        "Le gouvernement espère une adoption définitive dans les prochaines semaines.\n",
        {"rules": ["title", "paragraph", "crosshead", "paragraph"]},
        id="fr: 'Le calendrier : un vote attendu ...' is a crosshead",
    ),
    pytest.param(
        "New parking rules for the city centre\n\n"
        "The council passed the new rules on Friday after a long debate about fees.\n\n"
        "The mayor said: we will review the fees again next year\n\n"
        "Traders welcomed the decision and said they would watch the prices.\n",
        {"rules": ["title", "paragraph", "paragraph", "paragraph"]},
        id="en: words in small letters after a colon stay prose (English headlines capitalise)",
    ),
    pytest.param(
        "Nowe przepisy o ruchu drogowym\n\n"
        "Sejm przyjął w piątek ustawę, która zmienia zasady parkowania w centrach miast.\n\n"
        "Burmistrz powiedział: opłaty zostaną obniżone w przyszłym roku, a strefa się powiększy.\n\n"
        "Kupcy przyjęli decyzję z zadowoleniem.\n",
        {"rules": ["title", "paragraph", "paragraph", "paragraph"]},
        id="pl: a sentence with a colon that ends with a full stop stays a paragraph",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LOWER_AFTER_COLON)
def test_lower_case_after_colon(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- a caption with no full stop between one-line paragraphs that says it is a photo's --------

DM_CAPTION = "Jane Roe, pictured at the opening of the bridge last spring, said the work was worth it"
UNSTOPPED_CAPTION = [
    pytest.param(
        "Mayor defends the new harbour bridge\n\n"
        "The mayor defended the cost of the new bridge at a meeting on Monday.\n"
        "Jane Roe, pictured at the opening of the bridge last spring, said the work was worth it\n"
        "Critics said the bridge had cost twice as much as planned.\n",
        {
            "captions": [{"text": DM_CAPTION, "credit": None}],
            "paragraphs": [
                "The mayor defended the cost of the new bridge at a meeting on Monday.",
                "Critics said the bridge had cost twice as much as planned.",
            ],
        },
        id="en: Daily Mail caption line ('pictured', no full stop) between paragraphs",
    ),
    pytest.param(
        "Mayor defends the new harbour bridge\n\n"
        "The mayor defended the cost of the new bridge at a meeting on Monday.\n"
        "Jane Roe, pictured at the opening of the bridge last spring, said the work was worth it.\n"
        "Critics said the bridge had cost twice as much as planned.\n",
        {"captions": []},
        id="en: a sentence that ends with a full stop stays a paragraph",
    ),
    pytest.param(
        "Mayor defends the new harbour bridge\n\n"
        "The mayor defended the cost of the new bridge at a meeting on Monday.\n"
        "Jane Roe said the work on the bridge was worth every penny the town had spent on it\n"
        "Critics said the bridge had cost twice as much as planned.\n",
        {"captions": []},
        id="en: a line with no full stop that speaks of no photo stays a paragraph",
    ),
    pytest.param(
        "Der Stadtrat streitet über die Brücke\n\n"
        "Der Stadtrat hat am Montag erneut über die Kosten der neuen Brücke gestritten.\n"
        "Unsere Zeitung von links lebt vom Engagement ihrer Leserinnen und Leser\n"
        "Die Kritiker sagen, die Brücke habe doppelt so viel gekostet wie geplant.\n",
        {"captions": []},
        id="de: a short heading with 'links' (left, politically) is no caption",
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNSTOPPED_CAPTION)
def test_unstopped_caption(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- a wire byline filed under the editors' note, with no blank line between ------------------

NB = "\u00a0" * 4

_EASTPORT_LEAD = (
    "EASTPORT, Maine (AP) _ The mayor opened the new harbor bridge on Saturday after three years of work."
)
NOTE_THEN_BYLINE = [
    pytest.param(
        "Mayor Opens New Harbor Bridge\n"
        "Eds: SUBS 2nd graf to CORRECT spelling of name; picks up 3rd graf pvs,\n"
        "`The bridge...'\n"
        "By MARTHA QUILL\n"
        "Associated Press Writer\n\n"
        "   EASTPORT, Maine (AP) _ The mayor opened the new harbor bridge on\n"
        "Saturday after three years of work.\n"
        "   About 2,000 people walked across it in the first hour, officials said.\n",
        {"authors": ["Martha Quill"], "dateline": "EASTPORT, Maine", "agency": "AP"},
        id="en: AP byline under a two-line Eds note",
    ),
    pytest.param(
        "Mayor Opens New Harbor Bridge\n"
        "Eds: LEADS with 2 grafs to UPDATE with opening; the ceremony was moved\n"
        "By popular request of the council, a second ceremony follows on Sunday and the\n"
        "parade route is unchanged.\n\n"
        "   EASTPORT, Maine (AP) _ The mayor opened the new harbor bridge on\n"
        "Saturday after three years of work.\n",
        {
            "authors": [],
            "paragraphs": [_EASTPORT_LEAD],
        },
        id="en: a note's line opening 'By' in a sentence stays the note's",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOTE_THEN_BYLINE)
def test_byline_under_editors_note(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- the reference layout: the line under the repeated headline is the lead photo's caption --

REPEATED_TITLE_CAPTION = [
    pytest.param(
        "Harbor festival draws record crowds\n\n12.06.2019\n"
        f"{NB}By Jane Roe\n"
        f"{NB}Harbor Festival Draws Record Crowds\n"
        f"{NB}Want to know what the boats looked like? Jane Roe walked the pier to see.\n"
        f"{NB}EASTPORT, Maine — The harbor festival drew more visitors than ever this year.\n"
        f"{NB}Organizers said the weather helped.\n",
        {
            "captions": [
                {
                    "text": "Want to know what the boats looked like? Jane Roe walked the pier to see.",
                    "credit": None,
                }
            ],
            "subtitle": None,
        },
        id="en: uncredited caption over a datelined first paragraph",
    ),
    pytest.param(
        "Harbor festival draws record crowds\n\n12.06.2019\n"
        f"{NB}By Jane Roe\n"
        f"{NB}Harbor Festival Draws Record Crowds\n"
        f"{NB}The harbor festival drew more visitors than ever this year, organizers said.\n"
        f"{NB}The weather helped, they added.\n",
        {
            "captions": [],
            "paragraphs": [
                "The harbor festival drew more visitors than ever this year, organizers said.",
                "The weather helped, they added.",
            ],
        },
        id="en: no datelined paragraph below: the first line is the body's",
    ),
    pytest.param(
        "Harbor festival draws record crowds\n\n"
        "Harbor Festival Draws Record Crowds\n"
        "Want to know what the boats looked like? Jane Roe walked the pier to see.\n"
        "EASTPORT, Maine — The harbor festival drew more visitors than ever this year.\n"
        "Organizers said the weather helped.\n",
        {"captions": []},
        id="en: flush lines (no reference layout): not asked",
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPEATED_TITLE_CAPTION)
def test_caption_under_repeated_title(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- wire copy's table rows: indented right under the row above, body lines, no crossheads ----

WIRE_ROWS = [
    pytest.param(
        "ACME WIDGET CO <ACW> 4TH QTR NET\n\n"
        "    DAYTON, Ohio, March 4 - Shr 22 cts vs 18 cts\n"
        "    Net 3,400,000 vs 2,900,000\n"
        "    Revs 41.2 mln vs 38.7 mln\n"
        "    Year\n"
        "    Shr 81 cts vs 70 cts\n"
        " Reuter\n",
        {
            "dateline": "DAYTON, Ohio",
            "paragraphs": [
                "DAYTON, Ohio, March 4 - Shr 22 cts vs 18 cts",
                "Net 3,400,000 vs 2,900,000",
                "Revs 41.2 mln vs 38.7 mln",
                "Year",
                "Shr 81 cts vs 70 cts",
            ],
        },
        id="en: an earnings table's rows under the datelined first row",
    ),
    pytest.param(
        "City council approves harbor plan\n\n"
        "    The city council approved the harbor plan on Tuesday after a long debate about costs.\n\n"
        "    Fishermen Welcome the Vote\n\n"
        "    Local fishermen said the new docks would help them land larger catches.\n"
        "    The work starts in May.\n",
        {
            "paragraphs": [
                "The city council approved the harbor plan on Tuesday after a long debate about costs.",
                "Local fishermen said the new docks would help them land larger catches.",
                "The work starts in May.",
            ]
        },
        id="en: an indented heading set apart by blank lines stays a crosshead",
    ),
]


@pytest.mark.parametrize(("text", "expected"), WIRE_ROWS)
def test_wire_table_rows(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- a wire dateline broken off its table's first row ------------------------------------------

LONE_DATELINE_OVER_ROWS = [
    pytest.param(
        "ACME WIDGET CO <ACW> ANNUAL NET\n\n"
        "    DAYTON, Ohio, March 4 -\n"
        "    Shr 81 cts vs 70 cts\n"
        "    Net 9,100,000 vs 7,800,000\n"
        " Reuter\n",
        {
            "dateline": "DAYTON, Ohio",
            "subtitle": None,
            "paragraphs": ["Shr 81 cts vs 70 cts", "Net 9,100,000 vs 7,800,000"],
        },
        id="en: the dateline alone over an indented table row",
    ),
    pytest.param(
        "Council votes on harbor plan\n\n"
        "Mary Quill -\n"
        "Short note here\n\n"
        "The council voted on the harbor plan on Tuesday after a debate that lasted into the night.\n",
        {"dateline": None},
        id="en: a name over a flush short line is no dateline",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LONE_DATELINE_OVER_ROWS)
def test_lone_dateline_over_rows(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- the site's name after a record's headline, as its host spells it -----------------------

_LONG_CALL = (
    "Javni poziv za sofinanciranje projektov nevladnih organizacij, ki delujejo na področju "
    "varstva okolja, ohranjanja narave in trajnostnega razvoja podeželja ter se financirajo iz "
    "sredstev občinskega proračuna in skladov Evropske unije za obdobje od leta 2024 do leta 2027 "
    "v vseh občinah pomurske regije"
)

RECORD_TITLE = [
    pytest.param(
        "401\nsl\nhttps://www.novicenamizi.si/svet/most\nŽupan odprl nov most čez reko - Novice na mizi\n\n"
        "Župan je v soboto po treh letih gradnje odprl nov most čez Savo.\n",
        {"title": "Župan odprl nov most čez reko"},
        id="sl: the site's name in small letters after a dash, spelling the host",
    ),
    pytest.param(
        "402\nsl\nhttps://www.tedenskiglas.si/1042/most\nŽupan odprl nov most čez reko | Tedenski glas\n\n"
        "Župan je v soboto po treh letih gradnje odprl nov most čez Savo.\n",
        {"title": "Župan odprl nov most čez reko"},
        id="sl: the site's name after a bar, spelling the host",
    ),
    pytest.param(
        "403\nsl\nhttps://www.primer.si/novice/most\nŽupan odprl nov most čez reko - Novice na mizi\n\n"
        "Župan je v soboto po treh letih gradnje odprl nov most čez Savo.\n",
        {"title": "Župan odprl nov most čez reko - Novice na mizi"},
        id="sl: words after a dash that do not spell the host stay in the headline",
    ),
    pytest.param(
        f"404\nsl\nhttps://www.primer.si/razpis/poziv\n{_LONG_CALL}\n{_LONG_CALL} je odprt do konca maja.\n",
        {"title": _LONG_CALL, "paragraphs": [f"{_LONG_CALL} je odprt do konca maja."]},
        id="sl: a record's title field is the headline however long",
    ),
    pytest.param(
        f"405\nsl\nhttps://www.primer.si/razpis/poziv\n\n{_LONG_CALL} je odprt do konca maja.\n",
        {"title": None, "paragraphs": [f"{_LONG_CALL} je odprt do konca maja."]},
        id="sl: a long line under a record's empty title field is text",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RECORD_TITLE)
def test_record_title(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- an abbreviated photo credit closed by a full stop -----------------------------------------

STOPPED_ABBREVIATED_CREDIT = [
    pytest.param(
        "Nowy gazociąg na dnie Bałtyku\n\nBudowa gazociągu ruszyła w maju.\n\n"
        "Rury ułożone na nabrzeżu w porcie. Fot. Gazociąg Bałtycki.\n\n"
        "Prace mają potrwać do końca przyszłego roku.\n",
        {
            "captions": [{"text": "Rury ułożone na nabrzeżu w porcie.", "credit": "Gazociąg Bałtycki"}],
            "paragraphs": [
                "Budowa gazociągu ruszyła w maju.",
                "Prace mają potrwać do końca przyszłego roku.",
            ],
        },
        id="pl: 'Fot. X.' closing a caption line",
    ),
    pytest.param(
        "Nowy gazociąg na dnie Bałtyku\n\nBudowa gazociągu ruszyła w maju.\n\n"
        "Rury ułożono w porcie. Fot. Gazociąg Bałtycki. Prace potrwają rok.\n",
        {
            "captions": [],
            "paragraphs": [
                "Budowa gazociągu ruszyła w maju.",
                "Rury ułożono w porcie. Fot. Gazociąg Bałtycki. Prace potrwają rok.",
            ],
        },
        id="pl: a sentence after the credit makes the line text",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STOPPED_ABBREVIATED_CREDIT)
def test_stopped_abbreviated_credit(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- the site's name after a record's headline, spelled in Cyrillic letters -------------------

_BRIDGE_RU = "Мэр открыл новый мост через реку"
_BRIDGE_UK = "Мер відкрив новий міст через річку"

SPELLED_SITE_NAME = [
    pytest.param(
        f"501\nru\nhttps://www.vesti-kraya.ru/news/most\n{_BRIDGE_RU} // Вести Края\n\n"
        "Мэр открыл мост в субботу после трёх лет работ.\n",
        {"title": _BRIDGE_RU},
        id="ru: the site's name in Cyrillic after a double slash spells its Latin host",
    ),
    pytest.param(
        "502\nen\nhttps://www.daily.example/news/ruling\n"
        "Judge throws out the defamation suit - Daily vows appeal\n\nThe judge ruled on Monday.\n",
        {"title": "Judge throws out the defamation suit - Daily vows appeal"},
        id="guard: words after a dash that open with the host's name are the headline's",
    ),
    pytest.param(
        f"503\nuk\nhttps://vechirka.ua/news/most\n{_BRIDGE_UK} - Щоденна газета, Вечірка.ua\n\n"
        "Мер відкрив міст у суботу.\n",
        {"title": _BRIDGE_UK},
        id="uk: the last of the site's names after a comma spells the host",
    ),
    pytest.param(
        f"504\nru\nhttps://www.primer.ru/news/most\n{_BRIDGE_RU} // Вести Края\n\n"
        "Мэр открыл мост в субботу после трёх лет работ.\n",
        {"title": f"{_BRIDGE_RU} // Вести Края"},
        id="guard: a name that does not spell the host stays in the headline",
    ),
    pytest.param(
        f"505\nuk\nhttps://7.ua/news/most\n{_BRIDGE_UK} — Перший канал\n\nМер відкрив міст у суботу.\n",
        {"title": f"{_BRIDGE_UK} — Перший канал"},
        id="guard: another channel's name stays in the headline",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPELLED_SITE_NAME)
def test_site_name_spelled_in_cyrillic(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- the site's name ending with its host's name, the kind of site before it --------------

_LIBRARY_UK = "Бібліотека міста відкрила нову читальну залу"

HOST_ENDING_SITE_NAME = [
    pytest.param(
        f"601\nuk\nhttps://kvitka.org.ua/news/zala\n{_LIBRARY_UK} | Громадський центр КВІТКА\n\n"
        "Зала працює щодня з дев'ятої ранку.\n",
        {"title": _LIBRARY_UK},
        id="uk: 'Громадський центр КВІТКА' after a bar ends with the host's name",
    ),
    pytest.param(
        f"602\nuk\nhttps://kvitka.org.ua/news/zala\n{_LIBRARY_UK} .: Громадський центр КВІТКА\n\n"
        "Зала працює щодня з дев'ятої ранку.\n",
        {"title": _LIBRARY_UK},
        id="uk: the name after a spaced '.:' goes with the separator's dot",
    ),
    pytest.param(
        "603\npl\nhttps://slownik.abc.pl/haslo/most\n"
        "Nowy most na rzece otwarty dla ruchu - Internetowy słownik ABC\n\nMost otwarto w sobotę.\n",
        {"title": "Nowy most na rzece otwarty dla ruchu"},
        id="pl: 'Internetowy słownik ABC' on slownik.abc.pl ends with the host's name",
    ),
    pytest.param(
        f"604\nuk\nhttps://kvitka.org.ua/news/zala\n{_LIBRARY_UK} - подарунок від КВІТКА\n\n"
        "Зала працює щодня з дев'ятої ранку.\n",
        {"title": f"{_LIBRARY_UK} - подарунок від КВІТКА"},
        id="guard: a lower-case phrase ending with the host's name is the headline's",
    ),
    pytest.param(
        f"605\nuk\nhttps://kvitka.org.ua/news/zala\n{_LIBRARY_UK} | Громадський центр РОМАШКА\n\n"
        "Зала працює щодня з дев'ятої ранку.\n",
        {"title": f"{_LIBRARY_UK} | Громадський центр РОМАШКА"},
        id="guard: a name ending with another word than the host's stays",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HOST_ENDING_SITE_NAME)
def test_site_name_ending_with_the_hosts_name(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- a tag's listing page: the tag's name before the site's is the title ---------------------

_TAG_BODY = "Мер відкрив міст у суботу.\n\nРемонт тривав три роки.\n"

TAG_PAGE_TITLE = [
    pytest.param(
        f"701\nuk\nhttps://mistonews.example/tag/mosty/\nМости – Міські новини Полтави\n\n{_TAG_BODY}",
        {"title": "Мости"},
        id="uk: WordPress '<tag> – <site>' on a /tag/ page",
    ),
    pytest.param(
        "702\nuk\nhttps://misto.example/Tag/mosty\n"
        f"Мости - Тег - Міські новини, Misto.example\n\n{_TAG_BODY}",
        {"title": "Мости"},
        id="uk: '<tag> - Тег - <site>' on a /Tag/ page",
    ),
    pytest.param(
        "703\nen\nhttps://news.example/tag/bridges/\nBridges\n\nThe mayor opened the bridge.\n",
        {"title": "Bridges"},
        id="en: a tag page's title without a separator stays whole",
    ),
    pytest.param(
        "704\nuk\nhttps://mistonews.example/news/tag-mostiv/\n"
        "Міст відкрили після ремонту – мер задоволений роботою\n\n" + _TAG_BODY,
        {"title": "Міст відкрили після ремонту – мер задоволений роботою"},
        id="guard: an article whose URL slug only holds 'tag' keeps its whole headline",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TAG_PAGE_TITLE)
def test_tag_page_title(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- a Korean byline: the name, then the role word, no "By" ---------------------------------

NAME_THEN_ROLE = [
    pytest.param(
        "시립도서관 야간 개관 연장\n2024-03-05\n김민지 기자\n\n"
        "시립도서관이 다음 달부터 평일 야간 개관 시간을 두 시간 늘린다.\n\n"
        "도서관 측은 이용자 설문 결과를 반영했다고 밝혔다.\n",
        {"authors": ["김민지"], "dateline": None, "paragraphs_count": 2},
        id="ko: 'NAME 기자' next to the date is the byline",
    ),
    pytest.param(
        "항구 축제 사흘간 열려\n2024-05-10\n여수=박서준 기자, 이하늘 기자\n\n"
        "여수 항구 축제가 사흘 일정으로 막을 올렸다.\n",
        {"authors": ["박서준", "이하늘"], "dateline": "여수", "paragraphs_count": 1},
        id="ko: 'PLACE=NAME 기자, NAME 기자': the place is the dateline",
    ),
    pytest.param(
        "항구 축제 사흘간 열려\n2024-05-10\n\n"
        "축제 기간에 방문객이 몰렸다.\n\n항구 관광 안내 기자\n\n행사는 일요일에 끝난다.\n",
        {"authors": [], "dateline": None, "paragraphs_count": 2},
        id="ko: a body line ending with the role word is no byline",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAME_THEN_ROLE)
def test_name_then_role(text: str, expected: dict[str, Any]) -> None:
    got = parse(text).to_dict()
    assert {
        "authors": got["authors"],
        "dateline": got["dateline"],
        "paragraphs_count": len(got["paragraphs"]),
    } == expected


# --- a dash opening a quoted lead under the headline is no highlight ------------------------

QUOTATION_DASH_LEAD = [
    pytest.param(
        "Kommunen bygger ny simhall\n\n"
        "– Vi har väntat länge på det här. Nu kan skolorna ha simundervisning igen, säger "
        "kommunalrådet Eva Lind.\n\nBygget börjar i höst och ska vara klart om två år.\n",
        {"highlights": [], "paragraphs": 2},
        id="sv: '– ' quote of two sentences under the headline",
    ),
    pytest.param(
        "Miasto buduje nowy basen\n\n"
        "— Czekaliśmy na to długo. Teraz szkoły znów będą miały lekcje pływania — mówi burmistrz.\n\n"
        "Budowa ruszy jesienią.\n",
        {"highlights": [], "paragraphs": 2},
        id="pl: em-dash quote of two sentences under the headline",
    ),
    pytest.param(
        "Council approves new pool\n\n– Construction starts in the autumn\n"
        "– The pool opens in two years\n\nThe council voted on Tuesday.\n",
        {"highlights": ["Construction starts in the autumn", "The pool opens in two years"], "paragraphs": 1},
        id="dash bullets of one sentence each stay highlights",
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTATION_DASH_LEAD)
def test_quotation_dash_lead(text: str, expected: dict[str, Any]) -> None:
    got = parse(text).to_dict()
    assert {"highlights": got["highlights"], "paragraphs": len(got["paragraphs"])} == expected


# --- names, then the date, with no "By" ---------------------------------------------------------

NAMES_THEN_DATE = [
    pytest.param(
        "Harbor cranes get a robotic upgrade\n\nJane Roe, HARBOR DAILY 4:12 p.m. EST March 3, 2015\n\n"
        "The port installed twelve new cranes this winter, its director said.\n\n"
        "They will be tested until May.\n",
        {"authors": ["Jane Roe"], "date": "2015-03-03T16:12:00-05:00"},
        id="en: 'Name, PAPER time date' under the headline",
    ),
    pytest.param(
        "Harbor cranes get a robotic upgrade\n\nA video shows the cranes at work.\n\n"
        "Jane Roe, HARBOR DAILY 4:12 p.m. EST March 3, 2015\n\n"
        "The port installed twelve new cranes this winter, its director said.\n\n"
        "They will be tested until May.\n",
        {"authors": ["Jane Roe"], "date": "2015-03-03T16:12:00-05:00"},
        id="en: the byline under a video's description",
    ),
    pytest.param(
        "Las obras del puerto se retrasan\n\n"
        "Ana Ruiz Pardo / Luis de Mora Valencia 14 MAR 2013 - 09:30 CET\n\n"
        "Las obras de ampliación del puerto acumulan un año de retraso, según la autoridad portuaria.\n\n"
        "El plazo vence en otoño.\n",
        {
            "authors": ["Ana Ruiz Pardo", "Luis de Mora"],
            "dateline": "Valencia",
            "date": "2013-03-14T09:30:00+01:00",
        },
        id="es: 'Names / Names Place DATE' under the headline",
    ),
    pytest.param(
        "Harbor cranes get a robotic upgrade\n\nThe port installed twelve new cranes on March 3, 2015\n\n"
        "They will be tested until May, its director said.\n",
        {
            "authors": [],
            "paragraphs": [
                "The port installed twelve new cranes on March 3, 2015",
                "They will be tested until May, its director said.",
            ],
        },
        id="en: a sentence ending with a date stays body",
    ),
    pytest.param(
        "Harbor cranes get a robotic upgrade\n\nThe port installed new cranes.\n\nIts crews trained.\n\n"
        "The director spoke.\n\nJane Roe, HARBOR DAILY 4:12 p.m. EST March 3, 2015\n",
        {"authors": []},
        id="en: deep in the body a name and a date is no byline",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMES_THEN_DATE)
def test_names_then_date(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)
