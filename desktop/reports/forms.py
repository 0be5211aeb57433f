"""Printable forms as pure data and HTML (no Qt): the social contract, the accession notices
of the employer and of the education organisation (§4.3.1.1 step 4), the akim's conclusion on a
business project (§4.3.2 step 3).

Each builder takes what the services read and the form's language ("kk" or "ru", chosen for
the paper, not the interface) and returns a `PrintedForm`: its HTML, in the subset Qt's
QTextDocument renders (tables, headings, paragraphs, inline CSS), laid out like an official
form: title, number and date, parties, numbered sections, amounts in tenge as the language
writes them, signature blocks with lines. `desktop/ui/printing.py` turns it into a PDF or
sends it to a printer with the bundled DejaVu font.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from html import escape
from typing import Any

import yaml

from desktop.reports.labels import MONTHS, MONTHS_GENITIVE_RU
from desktop.resources import RESOURCES
from desktop.services.applicants import ApplicantError
from desktop.services.conclusions import FEASIBLE, ConclusionDocument
from desktop.services.contracts import SUPERSEDED, ContractDocument, period_months

LANGUAGES = ("kk", "ru")
FONT_FAMILY = "DejaVu Sans"
NBSP = "\u00a0"
LINE = "_" * 24  # where a hand signature goes
STYLE = f"""
body {{ font-family: '{FONT_FAMILY}'; font-size: 10.5pt; }}
p {{ margin-top: 3px; margin-bottom: 3px; }}
.centre {{ text-align: center; }}
.right {{ text-align: right; }}
.small {{ font-size: 8.5pt; color: #444444; }}
.title {{ font-size: 13pt; font-weight: bold; text-align: center; }}
.section {{ font-size: 11pt; font-weight: bold; margin-top: 10px; margin-bottom: 3px; }}
.draft {{ font-size: 12pt; font-weight: bold; color: #a8071a; text-align: center; }}
td {{ vertical-align: top; padding: 3px; }}
"""


@dataclass(frozen=True)
class PrintedForm:
    """A form ready to render: `html` for QTextDocument, `file_stem` for "Save as PDF"."""

    kind: str  # social_contract | accession_employer | accession_education | akim_conclusion
    language: str
    title: str
    html: str
    file_stem: str


@functools.cache
def labels(language: str) -> dict[str, Any]:
    if language not in LANGUAGES:
        raise ValueError(f"forms print in kk or ru, not {language!r}")
    with (RESOURCES / "forms" / "labels.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)[language]


# -- formatting ------------------------------------------------------------------------------
def tenge(amount: Decimal, language: str) -> str:
    """"1 234 567,50 ₸": digits grouped by a no-break space, a decimal comma (as both state
    languages write money), formatted from the Decimal itself, never through a float."""
    quantized = amount.quantize(Decimal("0.01"))
    sign = "−" if quantized < 0 else ""
    whole, _, cents = f"{abs(quantized):f}".partition(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return f"{sign}{NBSP.join(groups)},{cents or '00'}{NBSP}₸"


def short_date(day: date | str | None) -> str:
    if day is None:
        return ""
    value = date.fromisoformat(day) if isinstance(day, str) else day
    return value.strftime("%d.%m.%Y")


def long_date(day: date | None, language: str) -> str:
    """«01» марта 2026 г. / 2026 жылғы «01» наурыз; a blank line to fill in when None."""
    words = labels(language)
    if day is None:
        return words["blank_date"]
    month = (MONTHS_GENITIVE_RU if language == "ru" else MONTHS["kk"])[day.month - 1]
    return words["date_long"].format(day=f"{day.day:02d}", month=month, year=day.year)


def month_name(month: str, language: str) -> str:
    """"2026-03" → "март 2026" / "2026 ж. наурыз"."""
    year, number = month.split("-")
    return labels(language)["month_year"].format(year=year, month=MONTHS[language][int(number) - 1])


def _e(text: object) -> str:
    return escape(str(text), quote=False)


def _page(body: str, language: str) -> str:
    return (f'<html lang="{language}"><head><meta charset="utf-8"><style>{STYLE}</style>'
            f"</head><body>{body}</body></html>")


def _signature_table(left: list[str], right: list[str]) -> str:
    """Two columns of lines (a party each), aligned at the top, the lines already escaped."""
    cell = '<td width="50%">{}</td>'
    return ('<table width="100%" cellspacing="0" cellpadding="4"><tr>'
            + cell.format("<br/>".join(left)) + cell.format("<br/>".join(right))
            + "</tr></table>")


def _participant_lines(doc_party: Any, language: str) -> list[str]:
    words = labels(language)
    lines = [f"<b>{_e(doc_party.full_name)}</b>",
             f"{words['iin']}: {_e(doc_party.iin)}",
             f"{words['birth_date']}: {short_date(doc_party.birth_date)}"]
    place = ", ".join(filter(None, (doc_party.settlement.get(language), doc_party.address)))
    if place:
        lines.append(f"{words['address']}: {_e(place)}")
    if doc_party.phone:
        lines.append(f"{words['phone']}: {_e(doc_party.phone)}")
    return lines


def _heading(title: str, number: str | None, place: str, day: date | None,
             language: str, draft: bool, programme: bool = True) -> str:
    words = labels(language)
    parts = [f'<p class="centre small">{_e(words["programme"])}</p>'] if programme else []
    if draft:
        parts.append(f'<p class="draft">{_e(words["draft"])}</p>')
    parts.append(f'<p class="title">{_e(title)}</p>')
    if number:
        parts.append(f'<p class="centre"><b>{_e(words["contract.number"].format(number=number))}'
                     "</b></p>")
    parts.append('<table width="100%" cellspacing="0" cellpadding="2"><tr>'
                 f'<td width="50%">{_e(place)}</td>'
                 f'<td width="50%" align="right">{_e(long_date(day, language))}</td>'
                 "</tr></table>")
    return "".join(parts)


# -- the social contract ---------------------------------------------------------------------
def social_contract_form(doc: ContractDocument, language: str) -> PrintedForm:
    words = labels(language)
    contract, case, person = doc.contract, doc.case, doc.participant
    centre = words["centre"].format(district=doc.district.get(language, ""))
    measure = contract.measure or case.get("measure") or "none"
    place = person.settlement.get(language, "")
    case_ref = words["case"].format(number=case["number"])
    body = [_heading(words["contract.title"], contract.number, place, contract.signed_on,
                     language, draft=contract.status == "draft")]
    if contract.version > 1:
        version = words["contract.version"].format(
            version=contract.version, previous=contract.version - 1, number=contract.number)
        body.append(f'<p class="centre small">{_e(version)}</p>')
    if contract.status == SUPERSEDED:
        body.append(f'<p class="draft">{_e(words["contract.superseded"])}</p>')
    body.append("<p>" + _e(words["contract.preamble"].format(
        centre=centre, name=person.full_name, iin=person.iin, decree=words["decree"])) + "</p>")

    body.append(f"<p class='section'>1. {_e(words['contract.s1'])}</p>")
    body.append("<p>1.1. " + _e(words["contract.s1.text"].format(
        direction=words["directions"][case["direction"]], case=case_ref,
        measure=words["measures"].get(measure, measure))) + "</p>")

    body.append(f"<p class='section'>2. {_e(words['contract.s2'])}</p>")
    months = period_months(measure, contract.valid_from) if contract.valid_from else None
    period = (words["contract.s2.months"].format(
        start=short_date(contract.valid_from), end=short_date(contract.valid_to),
        months=months, ref="§4.3.1") if months else words["contract.s2.text"].format(
        start=short_date(contract.valid_from), end=short_date(contract.valid_to)))
    body.append(f"<p>2.1. {_e(period)}</p>")

    body.append(f"<p class='section'>3. {_e(words['contract.s3'])}</p>")
    body.append(_benefits(contract, language))

    for number, (key, party) in enumerate((("contract.s4", "participant"),
                                           ("contract.s5", "centre")), start=4):
        body.append(f"<p class='section'>{number}. {_e(words[key])}</p>")
        items = [o for o in contract.obligations if o["party"] == party]
        for n, obligation in enumerate(items, start=1):
            text = obligation["description_kk"] if language == "kk" and \
                obligation.get("description_kk") else obligation["description"]
            due = (f" ({_e(words['contract.due'].format(day=short_date(obligation['due_on'])))})"
                   if obligation.get("due_on") else "")
            section = f" <i>({_e(obligation['section'])})</i>" if obligation.get("section") else ""
            body.append(f"<p>{number}.{n}. {_e(text.rstrip('.'))}{due}{section}.</p>")

    body.append(f"<p class='section'>6. {_e(words['contract.s6'])}</p>")
    body.append(f"<p>6.1. {_e(words['contract.s6.text'])}</p>")

    body.append(f"<p class='section'>7. {_e(words['contract.s7'])}</p>")
    left = [f"<b>{_e(words['centre_short'])}</b>", _e(centre), "",
            f"{_e(words['head'])} {LINE}", f'<span class="small">{_e(words["seal"])}</span>']
    right = [f"<b>{_e(words['participant_short'])}</b>",
             *_participant_lines(person, language), "", f"{_e(words['signature'])} {LINE}"]
    body.append(_signature_table(left, right))
    if contract.signed_on and contract.signed_by:
        body.append('<p class="small">' + _e(words["recorded"].format(
            day=short_date(contract.signed_on), name=contract.signed_by)) + "</p>")
    title = f"{words['contract.title'].capitalize()} {contract.number}"
    stem = f"contract-{contract.number}-v{contract.version}-{language}"
    return PrintedForm("social_contract", language, title, _page("".join(body), language), stem)


def _benefits(contract: Any, language: str) -> str:
    words = labels(language)
    if contract.amount is None and not contract.schedule:
        return f"<p>3.1. {_e(words['contract.s3.none'])}</p>"
    parts = []
    if contract.schedule:
        rows = "".join(
            f'<tr><td align="center">{n}</td><td>{_e(month_name(month, language))}</td>'
            f'<td align="right">{tenge(amount, language)}</td></tr>'
            for n, (month, amount) in enumerate(contract.schedule, start=1))
        parts.append(
            '<table width="80%" border="1" cellspacing="0" cellpadding="3"'
            ' style="border-collapse: collapse;">'
            f'<tr><th width="10%">{_e(words["contract.col.no"])}</th>'
            f'<th>{_e(words["contract.col.month"])}</th>'
            f'<th width="35%">{_e(words["contract.col.amount"])}</th></tr>{rows}</table>')
    if contract.amount is not None:
        parts.append("<p>3.1. <b>" + _e(words["contract.s3.total"].format(
            amount=tenge(contract.amount, language))) + "</b></p>")
    if contract.rules_version:
        parts.append('<p class="small">' + _e(words["contract.s3.rules"].format(
            version=contract.rules_version)) + "</p>")
    return "".join(parts)


# -- accession notices (§4.3.1.1 step 4) -----------------------------------------------------
@dataclass(frozen=True)
class EmployerNotice:
    """What the employer states besides the contract's own data (§4.3.1.1 step 4)."""

    employer: str
    bin: str
    specialty: str
    education_organisation: str
    practice_place: str
    work_months: int  # the period of work after training
    official: str = ""  # the responsible official who signs


@dataclass(frozen=True)
class EducationNotice:
    """What the education organisation states (§4.3.1.1 step 4)."""

    organisation: str
    bin: str
    specialty: str
    duration: str  # as the organisation writes it, e.g. "3 months, 480 hours"
    cost: Decimal
    practice: str  # possible place and conditions of practical training
    official: str = ""


def _required(values: dict[str, str]) -> None:
    """Each key is the field's English name (an error parameter the UI translates)."""
    for name, value in values.items():
        if value is None or (isinstance(value, str) and not value.strip()):
            raise ApplicantError("Fill in {field}: the notice must state it (§4.3.1.1).",
                                 field=name)


def _notice(doc: ContractDocument, language: str, kind: str, party: str, bin_: str,
            rows: list[tuple[str, str]], official: str, day: date | None) -> PrintedForm:
    words = labels(language)
    contract, case, person = doc.contract, doc.case, doc.participant
    centre = words["centre"].format(district=doc.district.get(language, ""))
    body = [f'<p class="right">{_e(words["accession.to"].format(centre=centre))}</p>',
            f'<p class="right">{_e(party)}, {_e(words["bin"])} {_e(bin_)}</p>',
            _heading(words[f"accession.{kind}.title"], contract.number,
                     person.settlement.get(language, ""), day, language, draft=False,
                     programme=False)]
    body.append("<p>" + _e(words[f"accession.{kind}.text"].format(
        party=party, decree_of=words["decree_of"], number=contract.number,
        case=words["case"].format(number=case["number"]))) + "</p>")
    table = "".join(f'<tr><td width="5%">{n}.</td><td width="40%">{_e(label)}</td>'
                    f"<td>{value}</td></tr>" for n, (label, value) in enumerate(rows, start=1))
    body.append('<table width="100%" border="1" cellspacing="0" cellpadding="4"'
                f' style="border-collapse: collapse;">{table}</table>')
    body.append("<p></p>")
    left = [f"<b>{_e(words['accession.official'])}</b>", _e(official or ""),
            "", f"{_e(words['signature'])} {LINE}"]
    right = ["", "", "", f'<span class="small">{_e(words["seal"])}</span>']
    body.append(_signature_table(left, right))
    stem = f"accession-{kind}-{contract.number}-{language}"
    return PrintedForm(f"accession_{kind}", language, words[f"accession.{kind}.title"],
                       _page("".join(body), language), stem)


def employer_notice_form(doc: ContractDocument, notice: EmployerNotice, language: str,
                         day: date | None = None) -> PrintedForm:
    _required({"the employer": notice.employer, "the specialty": notice.specialty,
               "the education organisation": notice.education_organisation,
               "the place of practical training": notice.practice_place})
    if notice.work_months <= 0:
        raise ApplicantError("The period of work after training must be at least one month.")
    words = labels(language)
    person = "<br/>".join(_participant_lines(doc.participant, language))
    rows = [(words["accession.participants"], person),
            (words["accession.specialty"], _e(notice.specialty)),
            (words["accession.education_org"], _e(notice.education_organisation)),
            (words["accession.practice_place"], _e(notice.practice_place)),
            (words["accession.work_period"], _e(words["months"].format(n=notice.work_months)))]
    return _notice(doc, language, "employer", notice.employer, notice.bin, rows,
                   notice.official, day)


def education_notice_form(doc: ContractDocument, notice: EducationNotice, language: str,
                          day: date | None = None) -> PrintedForm:
    _required({"the education organisation": notice.organisation,
               "the specialty": notice.specialty, "the duration of training": notice.duration,
               "the place and conditions of practical training": notice.practice})
    if notice.cost < 0:
        raise ApplicantError("The cost of training cannot be negative.")
    words = labels(language)
    person = "<br/>".join(_participant_lines(doc.participant, language))
    rows = [(words["accession.participants"], person),
            (words["accession.specialty"], _e(notice.specialty)),
            (words["accession.duration"], _e(notice.duration)),
            (words["accession.cost"], tenge(notice.cost, language)),
            (words["accession.practice"], _e(notice.practice))]
    return _notice(doc, language, "education", notice.organisation, notice.bin, rows,
                   notice.official, day)


# -- the akim's conclusion (§4.3.2 step 3) ---------------------------------------------------
def akim_conclusion_form(doc: ConclusionDocument, language: str) -> PrintedForm:
    words = labels(language)
    conclusion, case, person = doc.conclusion, doc.case, doc.participant
    okrug = doc.okrug.get(language, "")
    akim = words["conclusion.akim"].format(okrug=okrug)
    feasible = conclusion.outcome == FEASIBLE
    title = words["conclusion.title.feasible" if feasible else "conclusion.title.refused"]
    body = [_heading(title, None, person.settlement.get(language, ""), conclusion.decided_on,
                     language, draft=False)]
    if conclusion.superseded:
        body.append(f'<p class="draft">{_e(words["conclusion.superseded"])}</p>')
    body.append("<p>" + _e(words["conclusion.intro"].format(
        decree_of=words["decree_of"], akim=akim, name=person.full_name, iin=person.iin,
        case=words["case"].format(number=case["number"]))) + "</p>")
    body.append(f"<p class='section'>1. {_e(words['conclusion.project'])}</p>"
                f"<p>{_e(conclusion.project)}</p>")
    body.append(f"<p class='section'>2. {_e(words['conclusion.place'])}</p>"
                f"<p>{_e(person.settlement.get(language, '') or okrug)}</p>")
    if feasible:
        body.append(f"<p class='section'>3. {_e(words['conclusion.feasible'])}</p>")
        if conclusion.reason:
            body.append(f"<p>{_e(words['conclusion.grounds'])}: {_e(conclusion.reason)}</p>")
    else:
        body.append(f"<p class='section'>3. {_e(words['conclusion.refused'])}:</p>"
                    f"<p>{_e(conclusion.reason)}</p>")
    body.append(f'<p class="small">{_e(words["conclusion.deadline"])}</p><p></p>')
    left = [f"<b>{_e(akim)}</b>", "", f"{_e(words['signature'])} {LINE}",
            f'<span class="small">{_e(words["seal"])}</span>']
    right = ["", "", _e(words["conclusion.prepared"].format(name=conclusion.author or ""))]
    body.append(_signature_table(left, right))
    stem = f"akim-conclusion-{case['number']}-{conclusion.decided_on.isoformat()}-{language}"
    return PrintedForm("akim_conclusion", language, title, _page("".join(body), language), stem)
