"""The monthly report's own words in Kazakh and Russian: title, headers, row and unit names.

The reports layer has no Qt, so these are plain dictionaries, one per language, in the official
style of the two state languages (Kazakh with its own letters ә ғ қ ң ө ұ ү һ і). Row names
are looked up by the row's indicator code and breakdown (see services.monthly_report.Row).
"""

from __future__ import annotations

from datetime import date

from desktop.services.monthly_report import Language, MonthlyReport, Row, Scope

LANGUAGES: tuple[Language, ...] = ("kk", "ru")

MONTHS: dict[Language, tuple[str, ...]] = {
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз",
           "қыркүйек", "қазан", "қараша", "желтоқсан"),
    "ru": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
           "сентябрь", "октябрь", "ноябрь", "декабрь"),
}
# "10 февраля", "10 ақпанға (дейін)": the forms a due date needs in each language.
MONTHS_GENITIVE_RU = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                      "сентября", "октября", "ноября", "декабря")
MONTHS_DATIVE_KK = ("қаңтарға", "ақпанға", "наурызға", "сәуірге", "мамырға", "маусымға",
                    "шілдеге", "тамызға", "қыркүйекке", "қазанға", "қарашаға", "желтоқсанға")

LABELS: dict[Language, dict[str, str]] = {
    "kk": {
        "sheet": "Есеп",
        "form": "Қазақстан Республикасы Үкіметінің 2011 жылғы 31 наурыздағы № 316 қаулысының "
                "3-тармағына сәйкес ай сайынғы жиынтық ақпарат",
        "title": "Жұмыспен қамту 2020 бағдарламасы іс-шараларының орындалу барысы, оның ішінде "
                 "бөлінген қаражаттың пайдаланылуы туралы жиынтық ақпарат",
        "period": "{year} жылғы {month} айы үшін (жыл басынан бері: {start} – {end})",
        "scope.okrug": "Ауылдық округ: {name}, ӘАОЖ коды {kato}",
        "scope.district": "Аудан: {name}, ӘАОЖ коды {kato}",
        "due": "Ұсыну мерзімі: {year} жылғы {day} {month} дейін",
        "col.number": "Р/с №",
        "col.indicator": "Көрсеткіштің атауы",
        "col.unit": "Өлшем бірлігі",
        "col.month": "есепті айда",
        "col.ytd": "жыл басынан бері",
        "col.district_total": "Аудан бойынша барлығы",
        "unit.units": "бірлік",
        "unit.people": "адам",
        "unit.tenge": "теңге",
        "unit.percent": "%",
        "section.applications": "Өтініштер мен шешімдер",
        "section.participants": "Бағдарламаға қатысушылар",
        "section.placements": "Жұмысқа орналастыру",
        "section.contracts": "Әлеуметтік келісімшарттар",
        "section.asp": "Атаулы әлеуметтік көмек (АӘК)",
        "section.amounts": "Қаражаттың пайдаланылуы",
        "section.coverage": "Нысаналы топтарды қамту (Бағдарламаның 4.2-бөлімі)",
        "applications": "Бағдарламаға қатысуға берілген өтініштер",
        "inclusions": "Бағдарламаға қосу туралы қабылданған шешімдер",
        "refusals": "Бағдарламаға қосудан бас тарту туралы қабылданған шешімдер",
        "participants": "Бағдарламаға қатысушылар саны",
        "placements": "Жұмысқа орналастырылғандар, барлығы",
        "after_training": "оның ішінде оқудан кейін",
        "contracts_signed": "Жасалған әлеуметтік келісімшарттар",
        "contracts_completed": "Орындалған (аяқталған) әлеуметтік келісімшарттар",
        "contracts_terminated": "Бұзылған әлеуметтік келісімшарттар",
        "asp_suspensions": "Қатысушыға АӘК төлеуді тоқтата тұру туралы шешімдер "
                           "(Бағдарламаның 6-бөлімі)",
        "amount_planned": "Жоспарланған қаражат, барлығы",
        "amount_paid": "Төленген қаражат, барлығы",
        "heading.direction": "оның ішінде бағыттар мен шаралар бойынша:",
        "heading.category": "санаттар бойынша:",
        "heading.other": "оның ішінде:",
        "direction.1": "1-бағыт «Оқыту және жұмысқа орналасуға жәрдемдесу»",
        "direction.2": "2-бағыт «Кәсіпкерлікті дамытуға жәрдемдесу»",
        "direction.3": "3-бағыт «Еңбек ресурстарының ұтқырлығын арттыру»",
        "direction.4": "4-бағыт «Ауылдық елді мекендерді дамыту»",
        "measure.consultation": "кеңес беру",
        "measure.vocational_training": "кәсіптік оқыту",
        "measure.social_job": "әлеуметтік жұмыс орындары",
        "measure.youth_practice": "жастар практикасы",
        "measure.business_training": "кәсіпкерлік негіздеріне оқыту",
        "measure.microcredit": "микрокредит беру",
        "measure.relocation": "қоныс аудару (көшуге субсидиялар)",
        "measure.infrastructure_job": "инфрақұрылымдық жобалардағы жұмыс орындары",
        "category.partially_employed": "ішінара жұмыспен қамтылғандар",
        "category.unemployed": "жұмыссыздар",
        "category.self_employed": "өз бетінше жұмыспен қамтылғандар",
        "category.low_income": "аз қамтамасыз етілгендер",
        "category.school_graduate_current_year": "ағымдағы жылғы 11-сынып түлектері",
        "category.disabled_able_to_work": "еңбекке қабілеттілігін сақтаған мүгедектер",
        "category.orphan": "23 жасқа дейінгі балалар үйлерінің тәрбиеленушілері, жетім балалар "
                           "және ата-ананың қамқорлығынсыз қалған балалар",
        "category.early_pensioner": "жалпы белгіленген жастан бұрын зейнеткерлікке шыққандар",
        "category.hazardous_work_allowance": "мемлекеттік арнаулы жәрдемақы алатын ауыр, "
                                             "зиянды және қауіпті жұмыстардағы қызметкерлер",
        "category.other_target_group": "басқа нысаналы топтар",
        "sex.female": "әйелдер",
        "sex.male": "ерлер",
        "youth": "жастар ({age} жасқа дейін қоса алғанда)",
        "rural": "ауыл тұрғындары",
        "placement.permanent_job": "тұрақты жұмыс орындарына",
        "placement.social_job": "әлеуметтік жұмыс орындарына",
        "placement.youth_practice": "жастар практикасына",
        "group.self_employed": "Өз бетінше жұмыспен қамтылғандар",
        "group.unemployed": "Жұмыссыздар",
        "group.low_income_working_age": "Аз қамтамасыз етілген отбасылардың еңбекке қабілетті "
                                        "мүшелері",
        "coverage_registered": "ай соңында Qadam дерекқорында тіркелгендер",
        "coverage_participants": "оның ішінде Бағдарлама шараларымен қамтылғандар",
        "coverage_share": "қамту үлесі",
        "coverage_target": "нысаналы көрсеткіш (4.2-бөлім)",
        "note.participants": "Қатысушы — өтініші бойынша кезеңде Бағдарламаға қосу туралы шешім "
                             "қабылданған немесе әлеуметтік келісімшарт жасалған адам (ең ерте "
                             "күні бойынша). Бірнеше санатқа жататын адам әр санатта ескеріледі.",
        "note.coverage": "Қамту үлесі ресми статистика деректерінен емес, Qadam дерекқорында "
                         "тіркелген адамдар санынан есептелген.",
        "sign.head": "Басшы  ____________________  (қолы, Т.А.Ә.)",
        "sign.executor": "Орындаушы  ____________________  (қолы, Т.А.Ә., телефоны)",
        "generated": "Qadam жүйесінде жасалды; ережелер нұсқасы {version}",
    },
    "ru": {
        "sheet": "Отчёт",
        "form": "Ежемесячная сводная информация согласно пункту 3 постановления Правительства "
                "Республики Казахстан от 31 марта 2011 года № 316",
        "title": "Сводная информация о ходе выполнения мероприятий Программы занятости 2020, "
                 "в том числе об использовании выделяемых средств",
        "period": "за {month} {year} года (с начала года: {start} – {end})",
        "scope.okrug": "Сельский округ: {name}, код КАТО {kato}",
        "scope.district": "Район: {name}, код КАТО {kato}",
        "due": "Срок представления: до {day} {month} {year} года",
        "col.number": "№ п/п",
        "col.indicator": "Наименование показателя",
        "col.unit": "Единица измерения",
        "col.month": "за отчётный месяц",
        "col.ytd": "с начала года",
        "col.district_total": "Всего по району",
        "unit.units": "ед.",
        "unit.people": "чел.",
        "unit.tenge": "тенге",
        "unit.percent": "%",
        "section.applications": "Заявления и решения",
        "section.participants": "Участники Программы",
        "section.placements": "Трудоустройство",
        "section.contracts": "Социальные контракты",
        "section.asp": "Адресная социальная помощь (АСП)",
        "section.amounts": "Использование средств",
        "section.coverage": "Охват целевых групп (раздел 4.2 Программы)",
        "applications": "Подано заявлений на участие в Программе",
        "inclusions": "Принято решений о включении в Программу",
        "refusals": "Принято решений об отказе во включении в Программу",
        "participants": "Численность участников Программы",
        "placements": "Трудоустроено, всего",
        "after_training": "из них после обучения",
        "contracts_signed": "Заключено социальных контрактов",
        "contracts_completed": "Исполнено (завершено) социальных контрактов",
        "contracts_terminated": "Расторгнуто социальных контрактов",
        "asp_suspensions": "Принято решений о приостановлении выплаты АСП участнику "
                           "(раздел 6 Программы)",
        "amount_planned": "Запланировано средств, всего",
        "amount_paid": "Выплачено средств, всего",
        "heading.direction": "в том числе по направлениям и мерам:",
        "heading.category": "по категориям:",
        "heading.other": "в том числе:",
        "direction.1": "направление 1 «Обучение и содействие в трудоустройстве»",
        "direction.2": "направление 2 «Содействие развитию предпринимательства»",
        "direction.3": "направление 3 «Повышение мобильности трудовых ресурсов»",
        "direction.4": "направление 4 «Развитие сельских населённых пунктов»",
        "measure.consultation": "консультирование",
        "measure.vocational_training": "профессиональное обучение",
        "measure.social_job": "социальные рабочие места",
        "measure.youth_practice": "молодёжная практика",
        "measure.business_training": "обучение основам предпринимательства",
        "measure.microcredit": "микрокредитование",
        "measure.relocation": "переселение (субсидии на переезд)",
        "measure.infrastructure_job": "рабочие места в инфраструктурных проектах",
        "category.partially_employed": "частично занятые",
        "category.unemployed": "безработные",
        "category.self_employed": "самостоятельно занятые",
        "category.low_income": "малообеспеченные",
        "category.school_graduate_current_year": "выпускники 11-х классов текущего года",
        "category.disabled_able_to_work": "инвалиды, сохранившие способность к труду",
        "category.orphan": "воспитанники детских домов, дети-сироты и дети, оставшиеся без "
                           "попечения родителей, до 23 лет",
        "category.early_pensioner": "пенсионеры, вышедшие на пенсию ранее общеустановленного "
                                    "возраста",
        "category.hazardous_work_allowance": "работники тяжёлых, вредных и опасных работ, "
                                             "получающие государственные специальные пособия",
        "category.other_target_group": "другие целевые группы",
        "sex.female": "женщины",
        "sex.male": "мужчины",
        "youth": "молодёжь (до {age} лет включительно)",
        "rural": "сельские жители",
        "placement.permanent_job": "на постоянные рабочие места",
        "placement.social_job": "на социальные рабочие места",
        "placement.youth_practice": "на молодёжную практику",
        "group.self_employed": "Самостоятельно занятые",
        "group.unemployed": "Безработные",
        "group.low_income_working_age": "Трудоспособные члены малообеспеченных семей",
        "coverage_registered": "зарегистрировано в базе данных Qadam на конец месяца",
        "coverage_participants": "из них охвачено мерами Программы",
        "coverage_share": "доля охвата",
        "coverage_target": "целевой индикатор (раздел 4.2)",
        "note.participants": "Участник — лицо, по заявлению которого в периоде принято решение "
                             "о включении в Программу или заключён социальный контракт (по более "
                             "ранней из дат). Лицо, относящееся к нескольким категориям, учтено в "
                             "каждой из них.",
        "note.coverage": "Доля охвата рассчитана от числа лиц, зарегистрированных в базе данных "
                         "Qadam, а не по данным официальной статистики.",
        "sign.head": "Руководитель  ____________________  (подпись, Ф.И.О.)",
        "sign.executor": "Исполнитель  ____________________  (подпись, Ф.И.О., телефон)",
        "generated": "Сформировано в системе Qadam; версия правил {version}",
    },
}


def text(language: Language, key: str, **params: object) -> str:
    """A label in `language`, its {placeholders} filled."""
    return LABELS[language][key].format(**params)


def row_label(row: Row, language: Language, youth_age_max: int = 29) -> str:
    """The name of a form row: its indicator, or the breakdown it is "of which"."""
    labels = LABELS[language]
    breakdown = row.breakdown
    if row.code.startswith("coverage_") and breakdown.startswith("group:"):
        if row.code == "coverage_group":
            return labels[f"group.{breakdown.split(':', 1)[1]}"]
        return labels[row.code]
    if not breakdown:
        return labels[row.code]
    if breakdown.endswith("/after_training"):
        return labels["after_training"]
    if breakdown == "youth":
        return labels["youth"].format(age=youth_age_max)
    kind, _, value = breakdown.partition(":")
    key = f"{kind}.{value}" if value else kind
    # A category recorded in the data but unknown to the labels still shows, as its code.
    return labels.get(key, value or key)


def unit_label(row: Row, language: Language) -> str:
    return "" if row.unit is None else LABELS[language][f"unit.{row.unit}"]


def date_text(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def period_text(report: MonthlyReport, language: Language) -> str:
    start = report.period_start
    return text(language, "period", year=start.year, month=MONTHS[language][start.month - 1],
                start=date_text(report.year_start), end=date_text(report.period_end))


def due_text(report: MonthlyReport, language: Language) -> str:
    due = report.due_on
    month = (MONTHS_DATIVE_KK if language == "kk" else MONTHS_GENITIVE_RU)[due.month - 1]
    return text(language, "due", day=due.day, month=month, year=due.year)


def scope_name(scope: Scope, language: Language) -> str:
    """An okrug's or district's name, or its КАТО when the name is not known."""
    return scope.name(language) or scope.kato or "—"


def scope_text(report: MonthlyReport, language: Language) -> str:
    scope = report.scope
    return text(language, f"scope.{scope.level}", name=scope_name(scope, language),
                kato=scope.kato or "—")


def column_title(report: MonthlyReport, index: int, language: Language) -> str:
    """The head of a scope's pair of value columns."""
    scope = report.scopes[index]
    if index == 0 and len(report.scopes) > 1:
        return text(language, "col.district_total")
    name = scope_name(scope, language)
    return f"{name} ({scope.kato})" if scope.level == "okrug" and scope.kato else name
