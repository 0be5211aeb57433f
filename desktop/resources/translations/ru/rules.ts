<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
    <context>
        <name>Rules</name>
        <message>
            <source>11-grade school graduate of the current year</source>
            <translation>выпускник 11 класса школы текущего года</translation>
        </message>
        <message>
            <source>A family member productively employed after the move</source>
            <translation>Член семьи продуктивно занят после переезда</translation>
        </message>
        <message>
            <source>A valid labour contract or social contract</source>
            <translation>Действующий трудовой договор или социальный контракт</translation>
        </message>
        <message>
            <source>After the employment centre checks the criteria, {decided}; the centre of the destination then decides and signs the social contract</source>
            <translation>После проверки критериев центром занятости {decided}; затем центр занятости по месту вселения принимает решение и заключает социальный контракт</translation>
        </message>
        <message>
            <source>Amount {amount} within the maximum of {max_amount}; term {term} months within {max_term}; grace {grace} months within one third of the term ({max_grace} months); purpose "{purpose}" is allowed.</source>
            <translation>Сумма {amount} в пределах максимума {max_amount}; срок {term} мес. в пределах {max_term} мес.; льготный период {grace} мес. в пределах трети срока ({max_grace} мес.); цель «{purpose}» допускается.</translation>
        </message>
        <message>
            <source>Area: {per_member} m² × {members} = {by_members} m², capped at {per_family} m² a family, raised to {floor} m², {floor_source}: the dwelling may not be smaller than a one-room flat or a room in a family-type hostel. Maximum area: {area} m².</source>
            <translation>Площадь: {per_member} м² × {members} = {by_members} м², ограничена {per_family} м² на семью, увеличена до {floor} м² ({floor_source}): жилище не может быть меньше однокомнатной квартиры или комнаты в общежитии семейного типа. Максимальная площадь: {area} м².</translation>
        </message>
        <message>
            <source>Area: {per_member} m² × {members} = {by_members} m², capped at {per_family} m² a family. Maximum area: {area} m².</source>
            <translation>Площадь: {per_member} м² × {members} = {by_members} м², ограничена {per_family} м² на семью. Максимальная площадь: {area} м².</translation>
        </message>
        <message>
            <source>Area: {per_member} m² × {members} = {by_members} m², within {per_family} m² a family, raised to {floor} m², {floor_source}: the dwelling may not be smaller than a one-room flat or a room in a family-type hostel. Maximum area: {area} m².</source>
            <translation>Площадь: {per_member} м² × {members} = {by_members} м², в пределах {per_family} м² на семью, увеличена до {floor} м² ({floor_source}): жилище не может быть меньше однокомнатной квартиры или комнаты в общежитии семейного типа. Максимальная площадь: {area} м².</translation>
        </message>
        <message>
            <source>Area: {per_member} m² × {members} = {by_members} m², within {per_family} m² a family. Maximum area: {area} m².</source>
            <translation>Площадь: {per_member} м² × {members} = {by_members} м², в пределах {per_family} м² на семью. Максимальная площадь: {area} м².</translation>
        </message>
        <message>
            <source>Citizen of Kazakhstan (an oralman once a citizen)</source>
            <translation>Гражданин Казахстана (оралман — после получения гражданства)</translation>
        </message>
        <message>
            <source>Citizen of Kazakhstan or oralman</source>
            <translation>Гражданин Казахстана или оралман</translation>
        </message>
        <message>
            <source>Construction contract of {contract_date}, concluded before {cap_from}: the per-m² price limits do not apply, so there is no maximum budget price or cost.</source>
            <translation>Договор на строительство от {contract_date} заключен до {cap_from}: предельная стоимость 1 м² не применяется, поэтому максимальной бюджетной цены и стоимости нет.</translation>
        </message>
        <message>
            <source>Criterion: permanent residence for the last {years} years in low-potential settlements of the approved list (unless exempt)</source>
            <translation>Критерий: постоянное проживание в течение последних {years} лет в населенных пунктах с низким потенциалом развития утвержденного перечня (если нет освобождения)</translation>
        </message>
        <message>
            <source>Criterion: self-employed, unemployed or working-age low-income (unless exempt)</source>
            <translation>Критерий: самостоятельно занятый, безработный или малообеспеченный трудоспособного возраста (если нет освобождения)</translation>
        </message>
        <message>
            <source>Criterion: vocational education matching vacancies at the destination (unless exempt)</source>
            <translation>Критерий: профессиональное образование соответствует вакансиям по месту вселения (если нет освобождения)</translation>
        </message>
        <message>
            <source>Disabled person: priority</source>
            <translation>Инвалид: преимущественное право</translation>
        </message>
        <message>
            <source>Effective annual rate: (1 + {rate} %/12)^12 − 1 = {effective} % (monthly compounding of the nominal rate; with no fees modelled it equals the annualised internal rate of the schedule). The regional organisation sets its maximum with the regional commission.</source>
            <translation>Годовая эффективная ставка: (1 + {rate} %/12)^12 − 1 = {effective} % (ежемесячное начисление номинальной ставки; без учета комиссий она равна годовой внутренней ставке графика). Ее предельное значение региональная организация устанавливает совместно с региональной комиссией.</translation>
        </message>
        <message>
            <source>Ethnic Kazakh immigrant in the quota, now a citizen</source>
            <translation>Этнический казах-иммигрант, включенный в квоту и получивший гражданство</translation>
        </message>
        <message>
            <source>Family members: {members} × {multiple} МРП × {mrp} = {amount}.</source>
            <translation>Члены семьи: {members} × {multiple} МРП × {mrp} = {amount}.</translation>
        </message>
        <message>
            <source>From 2012, working-age members of low-income families receive АСП only if they take part in the programme's measures.</source>
            <translation>С 2012 года трудоспособные члены малообеспеченных семей получают АСП только при условии участия в мерах Программы.</translation>
        </message>
        <message>
            <source>Head of the family: {multiple} МРП × {mrp} = {amount}.</source>
            <translation>Глава семьи: {multiple} МРП × {mrp} = {amount}.</translation>
        </message>
        <message>
            <source>In a group of §4.3.1</source>
            <translation>Относится к одной из групп п. 4.3.1</translation>
        </message>
        <message>
            <source>In a group of §4.3.2 or an oralman</source>
            <translation>Относится к одной из групп п. 4.3.2 или оралман</translation>
        </message>
        <message>
            <source>Included in direction 1 with priority</source>
            <translation>Включается в первое направление в приоритетном порядке</translation>
        </message>
        <message>
            <source>Infrastructure for one participant costs {cost} (design and state expertise excluded), above the cap of {cap}: the programme may finance {financed}; the project must be cut by {excess} or the excess found elsewhere.</source>
            <translation>Стоимость инфраструктуры для одного участника {cost} (без проектирования и государственной экспертизы) превышает предел {cap}: Программа может профинансировать {financed}; проект нужно сократить на {excess} или найти превышение из других источников.</translation>
        </message>
        <message>
            <source>Infrastructure for one participant costs {cost} (design and state expertise excluded), within the cap of {cap} per participant, whatever the credit amount.</source>
            <translation>Стоимость инфраструктуры для одного участника {cost} (без проектирования и государственной экспертизы) — в пределах {cap} на одного участника, независимо от суммы кредита.</translation>
        </message>
        <message>
            <source>Interest: {rate} % a year, charged monthly at {rate} % / 12 on the outstanding principal and rounded to the tiyn each month.</source>
            <translation>Вознаграждение: {rate} % годовых, начисляется ежемесячно по ставке {rate} % / 12 на остаток основного долга с округлением до тиына каждый месяц.</translation>
        </message>
        <message>
            <source>Lives in a rural settlement of medium or high potential, where direction-4 projects run: part of the jobs a project creates is reserved for participants living there (mechanism item 6)</source>
            <translation>Проживает в сельском населенном пункте со средним или высоким потенциалом, где реализуются проекты четвертого направления: часть создаваемых проектом рабочих мест предназначена для проживающих там участников (подп. 6 механизма)</translation>
        </message>
        <message>
            <source>Maximum budget cost: {area} m² × {price} = {cost}; anything above may be paid from the local budget or by employers.</source>
            <translation>Максимальная бюджетная стоимость: {area} м² × {price} = {cost}; превышение может быть оплачено из местного бюджета или работодателями.</translation>
        </message>
        <message>
            <source>Month {number}</source>
            <translation>{number}-й месяц</translation>
        </message>
        <message>
            <source>Month {number} ({month}): {multiple} МРП × {mrp} = {amount} a month.</source>
            <translation>{number}-й месяц ({month}): {multiple} МРП × {mrp} = {amount} в месяц.</translation>
        </message>
        <message>
            <source>Months 1–{grace}: grace period, interest only: {interest} a month.</source>
            <translation>Месяцы 1–{grace}: льготный период, только вознаграждение: {interest} в месяц.</translation>
        </message>
        <message>
            <source>Months {first}–{last}</source>
            <translation>Месяцы {first}–{last}</translation>
        </message>
        <message>
            <source>Months {first}–{last} ({first_month} to {last_month}): {multiple} МРП × {mrp} = {amount} a month.</source>
            <translation>Месяцы {first}–{last} ({first_month} – {last_month}): {multiple} МРП × {mrp} = {amount} в месяц.</translation>
        </message>
        <message>
            <source>Months {first}–{last} ({first_month} to {last_month}): {share} of {wage} = {share_of_wage}, capped at {cap}: {monthly} a month.</source>
            <translation>Месяцы {first}–{last} ({first_month} – {last_month}): {share} от {wage} = {share_of_wage}, ограничено пределом {cap}: {monthly} в месяц.</translation>
        </message>
        <message>
            <source>Months {first}–{last} ({first_month} to {last_month}): {share} of {wage} = {share_of_wage}, within the cap of {cap}: {monthly} a month.</source>
            <translation>Месяцы {first}–{last} ({first_month} – {last_month}): {share} от {wage} = {share_of_wage}, в пределах {cap}: {monthly} в месяц.</translation>
        </message>
        <message>
            <source>Move and job arranged by an employer</source>
            <translation>Переезд и трудоустройство организованы работодателем</translation>
        </message>
        <message>
            <source>Move {move}; МРП in force on {date}: {mrp}.</source>
            <translation>Переезд: {move}; МРП на {date}: {mrp}.</translation>
        </message>
        <message>
            <source>Moving to another region</source>
            <translation>Переезд в другую область</translation>
        </message>
        <message>
            <source>No business plan yet: not a condition; help in preparing one is part of the support</source>
            <translation>Бизнес-плана пока нет: это не условие; помощь в его подготовке входит в меры поддержки</translation>
        </message>
        <message>
            <source>Not older than {limit}</source>
            <translation>Не старше {limit} лет</translation>
        </message>
        <message>
            <source>Of working age</source>
            <translation>Трудоспособного возраста</translation>
        </message>
        <message>
            <source>On {date} no co-financing share is required.</source>
            <translation>На {date} доля софинансирования не требуется.</translation>
        </message>
        <message>
            <source>On {date} no co-financing share is required: the decree requires it from {from_date} (local executive bodies at least {local_share}, socially responsible entrepreneurs at least {business_share}).</source>
            <translation>На {date} доля софинансирования не требуется: постановление требует ее с {from_date} (местные исполнительные органы — не менее {local_share}, социально ответственные предприниматели — не менее {business_share}).</translation>
        </message>
        <message>
            <source>Orphan under {limit}</source>
            <translation>Сирота младше {limit} лет</translation>
        </message>
        <message>
            <source>Pilot region: for training, the employer selects the candidate, the specialty and the training organisation and guarantees a job afterwards; employer and school join the social contract by accession notices</source>
            <translation>Пилотный регион: для обучения работодатель подбирает кандидата, специальность и учебное заведение и гарантирует трудоустройство после обучения; работодатель и учебное заведение присоединяются к социальному контракту заявлениями о присоединении</translation>
        </message>
        <message>
            <source>Pilot region: service housing is built or bought with employers' co-financing (its minimum share is a housing parameter), and inclusion is on those employers' referral</source>
            <translation>Пилотный регион: служебное жилище строится или приобретается при софинансировании работодателей (его минимальная доля — параметр жилья), включение — по направлению этих работодателей</translation>
        </message>
        <message>
            <source>Pilot regions only (East Kazakhstan, North Kazakhstan, Kyzylorda, Pavlodar and regions chosen by the МВК, from 2013): the employer co-finances at least {share} of the cost of the housing, providing at least {dwellings} flat or house; the dwellings are shared between the state and the employer in proportion to the money each put in.</source>
            <translation>Только в пилотных регионах (Восточно-Казахстанская, Северо-Казахстанская, Кызылординская, Павлодарская области и регионы, определенные МВК, с 2013 года): работодатель софинансирует не менее {share} стоимости жилья, предоставляя не менее {dwellings} квартиры или дома; жилье распределяется между государством и работодателем пропорционально вложенным средствам.</translation>
        </message>
        <message>
            <source>Pilot: housing built in 2011-2012 with an employer giving a permanent job, from a settlement of any potential: the residence criterion does not apply</source>
            <translation>Пилот: жилье, построенное в 2011-2012 годах с работодателем, предоставляющим постоянную работу, из населенного пункта с любым потенциалом: критерий проживания не применяется</translation>
        </message>
        <message>
            <source>Priority settlement for direction 2</source>
            <translation>Приоритетный населенный пункт для второго направления</translation>
        </message>
        <message>
            <source>Project cost {project_cost}: local executive bodies co-finance at least {local_share} = {local}; socially responsible entrepreneurs at least {business_share} = {business} (money or materials); the republican budget at most {republican}.</source>
            <translation>Стоимость проекта {project_cost}: местные исполнительные органы софинансируют не менее {local_share} = {local}; социально ответственные предприниматели — не менее {business_share} = {business} (деньгами или материалами); республиканский бюджет — не более {republican}.</translation>
        </message>
        <message>
            <source>Relocation subsidy (reimbursement of moving costs): {total}.</source>
            <translation>Субсидия на переезд (возмещение расходов на переезд): {total}.</translation>
        </message>
        <message>
            <source>Rural resident: priority</source>
            <translation>Сельский житель: преимущественное право</translation>
        </message>
        <message>
            <source>Rural youth: priority</source>
            <translation>Сельская молодежь: преимущественное право</translation>
        </message>
        <message>
            <source>Self-employed, unemployed, low-income, orphan under {limit}, youth, or an ethnic Kazakh immigrant in the quota</source>
            <translation>Самостоятельно занятый, безработный, малообеспеченный, сирота младше {limit} лет, молодежь или этнический казах-иммигрант в квоте</translation>
        </message>
        <message>
            <source>Self-employed, unemployed, of a target group, or an oralman</source>
            <translation>Самостоятельно занятый, безработный, из целевой группы или оралман</translation>
        </message>
        <message>
            <source>Takes part in the housing construction savings system (жилстройсбережения)</source>
            <translation>Участвует в системе жилищных строительных сбережений (жилстройсбережения)</translation>
        </message>
        <message>
            <source>The business is in a rural settlement, a small town or a settlement classed as urban</source>
            <translation>Бизнес — в сельском населенном пункте, малом городе или поселке городского типа</translation>
        </message>
        <message>
            <source>The employment centre asks the akim of the rural okrug (settlement) where the business would be for a conclusion on the project's feasibility or a reasoned refusal, due within the deadline of the mechanism's item 3</source>
            <translation>Центр занятости запрашивает у акима сельского округа (поселка) по месту открытия бизнеса заключение о целесообразности проекта или мотивированный отказ в срок, установленный подп. 3 механизма</translation>
        </message>
        <message>
            <source>The employment centre decides on inclusion by the applicant's qualification and the project employers' need for workers</source>
            <translation>Центр занятости решает о включении с учетом квалификации заявителя и потребности работодателей проекта в работниках</translation>
        </message>
        <message>
            <source>The family can pay utilities and rent and will live in the housing provided</source>
            <translation>Семья может оплачивать коммунальные услуги и аренду и будет проживать в предоставленном жилье</translation>
        </message>
        <message>
            <source>The family has a member with a disability: АСП is granted under the legislation in force, without the participation condition.</source>
            <translation>В семье есть член семьи с инвалидностью: АСП назначается в соответствии с действующим законодательством, без условия участия.</translation>
        </message>
        <message>
            <source>The family has a member with a socially significant disease: АСП is granted under the legislation in force, without the participation condition.</source>
            <translation>В семье есть член семьи с социально значимым заболеванием: АСП назначается в соответствии с действующим законодательством, без условия участия.</translation>
        </message>
        <message>
            <source>The family has no members of working age (single, elderly people): АСП is granted under the legislation in force, without the participation condition.</source>
            <translation>В семье нет членов трудоспособного возраста (одинокие, пожилые люди): АСП назначается в соответствии с действующим законодательством, без условия участия.</translation>
        </message>
        <message>
            <source>The family keeps its right to АСП.</source>
            <translation>Семья сохраняет право на АСП.</translation>
        </message>
        <message>
            <source>The family keeps its right to АСП: only the payment to this person is affected.</source>
            <translation>Семья сохраняет право на АСП: затрагивается только выплата этому лицу.</translation>
        </message>
        <message>
            <source>The person does not fulfil the obligations of the social contract: the local executive body suspends the payment of АСП to this person.</source>
            <translation>Лицо не выполняет обязательства по социальному контракту: местный исполнительный орган приостанавливает выплату АСП этому лицу.</translation>
        </message>
        <message>
            <source>The person is not of working age: the participation condition does not apply to them.</source>
            <translation>Лицо не трудоспособного возраста: условие участия на него не распространяется.</translation>
        </message>
        <message>
            <source>The person refused to take part in active employment measures: the local executive body suspends the payment of АСП to this person.</source>
            <translation>Лицо отказалось от участия в активных мерах содействия занятости: местный исполнительный орган приостанавливает выплату АСП этому лицу.</translation>
        </message>
        <message>
            <source>The person, of working age in a low-income family, takes part in programme measures: the condition for their АСП is met and it is paid.</source>
            <translation>Трудоспособный член малообеспеченной семьи участвует в мерах Программы: условие для АСП выполнено, она выплачивается.</translation>
        </message>
        <message>
            <source>The republican budget pays at most {price} per m² {where} ({excluding}); the limit applies to construction contracts from {cap_from}.</source>
            <translation>Республиканский бюджет оплачивает не более {price} за 1 м² {where} ({excluding}); предел применяется к договорам на строительство с {cap_from}.</translation>
        </message>
        <message>
            <source>Total for {months} months: {total}.</source>
            <translation>Итого за {months} мес.: {total}.</translation>
        </message>
        <message>
            <source>Total repaid: {total} = principal {amount} + interest {interest}.</source>
            <translation>Всего к возврату: {total} = основной долг {amount} + вознаграждение {interest}.</translation>
        </message>
        <message>
            <source>Up to {share} of the jobs the project creates go to programme participants living in the settlement, on the employment centre's referral.</source>
            <translation>До {share} создаваемых проектом рабочих мест предоставляется участникам Программы, проживающим в населенном пункте, по направлению центра занятости.</translation>
        </message>
        <message>
            <source>Whether this person's АСП depends on taking part turns on working age and on family members who are disabled or have a socially significant disease: give {fields}</source>
            <translation>Зависит ли АСП этого лица от участия, определяется трудоспособным возрастом и наличием в семье инвалидов или лиц с социально значимыми заболеваниями: укажите {fields}</translation>
        </message>
        <message>
            <source>Wishes and is able to start or expand own business</source>
            <translation>Желает и может открыть или расширить собственное дело</translation>
        </message>
        <message>
            <source>Woman in a rural area: priority</source>
            <translation>Женщина в сельской местности: преимущественное право</translation>
        </message>
        <message>
            <source>Woman: priority</source>
            <translation>Женщина: преимущественное право</translation>
        </message>
        <message>
            <source>Youth</source>
            <translation>Молодежь</translation>
        </message>
        <message>
            <source>Youth hostel rooms are given whatever the previous place of residence, regional centres and the capital included</source>
            <translation>Комнаты в общежитиях для молодежи предоставляются независимо от прежнего места жительства, включая областные центры и столицу</translation>
        </message>
        <message>
            <source>Youth in a rural area: priority</source>
            <translation>Молодежь в сельской местности: преимущественное право</translation>
        </message>
        <message>
            <source>a family member is disabled or has a socially significant disease</source>
            <translation>член семьи — инвалид или имеет социально значимое заболевание</translation>
        </message>
        <message>
            <source>aged {age} on {date}</source>
            <translation>возраст {age} на {date}</translation>
        </message>
        <message>
            <source>an employer arranged the move and the job</source>
            <translation>переезд и работу организовал работодатель</translation>
        </message>
        <message>
            <source>an exemption may apply ({why})</source>
            <translation>может применяться освобождение ({why})</translation>
        </message>
        <message>
            <source>another family member is of working age</source>
            <translation>другой член семьи трудоспособного возраста</translation>
        </message>
        <message>
            <source>birth date (or ИИН) not given</source>
            <translation>дата рождения (или ИИН) не указана</translation>
        </message>
        <message>
            <source>business in a rural settlement</source>
            <translation>бизнес в сельском населенном пункте</translation>
        </message>
        <message>
            <source>business in a settlement classed as urban</source>
            <translation>бизнес в поселке городского типа</translation>
        </message>
        <message>
            <source>business in a small town</source>
            <translation>бизнес в малом городе</translation>
        </message>
        <message>
            <source>business in another town or city</source>
            <translation>бизнес в другом городе</translation>
        </message>
        <message>
            <source>business_location not given</source>
            <translation>место бизнеса не указано</translation>
        </message>
        <message>
            <source>categories given: none</source>
            <translation>указанные категории: нет</translation>
        </message>
        <message>
            <source>categories given: {categories}</source>
            <translation>указанные категории: {categories}</translation>
        </message>
        <message>
            <source>categories not given</source>
            <translation>категории не указаны</translation>
        </message>
        <message>
            <source>citizen of Kazakhstan</source>
            <translation>гражданин Казахстана</translation>
        </message>
        <message>
            <source>citizenship not given</source>
            <translation>гражданство не указано</translation>
        </message>
        <message>
            <source>disabled person able to work</source>
            <translation>инвалид, сохранивший трудоспособность</translation>
        </message>
        <message>
            <source>does not apply, exempt: {why}</source>
            <translation>не применяется, освобождение: {why}</translation>
        </message>
        <message>
            <source>does not live in a rural settlement</source>
            <translation>не проживает в сельском населенном пункте</translation>
        </message>
        <message>
            <source>does not take part</source>
            <translation>не участвует</translation>
        </message>
        <message>
            <source>from one district (town of regional significance) to another in one region</source>
            <translation>из одного района (города областного значения) в другой в пределах одной области</translation>
        </message>
        <message>
            <source>has none</source>
            <translation>нет</translation>
        </message>
        <message>
            <source>has one</source>
            <translation>есть</translation>
        </message>
        <message>
            <source>household not given</source>
            <translation>члены семьи не указаны</translation>
        </message>
        <message>
            <source>in Almaty</source>
            <translation>в городе Алматы</translation>
        </message>
        <message>
            <source>in Astana</source>
            <translation>в городе Астане</translation>
        </message>
        <message>
            <source>in heavy, harmful or dangerous work with a special allowance</source>
            <translation>занятый на тяжелых, вредных, опасных работах, получающий специальное пособие</translation>
        </message>
        <message>
            <source>in the regions</source>
            <translation>в областях</translation>
        </message>
        <message>
            <source>included in the oralman immigration quota</source>
            <translation>включен в квоту иммиграции оралманов</translation>
        </message>
        <message>
            <source>lives in a rural settlement</source>
            <translation>проживает в сельском населенном пункте</translation>
        </message>
        <message>
            <source>low-income</source>
            <translation>малообеспеченный</translation>
        </message>
        <message>
            <source>man</source>
            <translation>мужчина</translation>
        </message>
        <message>
            <source>member of another target group</source>
            <translation>относится к иной целевой группе</translation>
        </message>
        <message>
            <source>move_type not given</source>
            <translation>вид переезда не указан</translation>
        </message>
        <message>
            <source>moving to another region</source>
            <translation>переезжает в другую область</translation>
        </message>
        <message>
            <source>moving within-district</source>
            <translation>переезжает в пределах района</translation>
        </message>
        <message>
            <source>moving within-region</source>
            <translation>переезжает в пределах области</translation>
        </message>
        <message>
            <source>no business intended</source>
            <translation>намерения открыть дело нет</translation>
        </message>
        <message>
            <source>no employer-arranged move</source>
            <translation>переезд не организован работодателем</translation>
        </message>
        <message>
            <source>no exemption applies ({why})</source>
            <translation>освобождения не применяются ({why})</translation>
        </message>
        <message>
            <source>no family member is disabled or has a socially significant disease</source>
            <translation>ни один член семьи не является инвалидом и не имеет социально значимого заболевания</translation>
        </message>
        <message>
            <source>not an oralman</source>
            <translation>не оралман</translation>
        </message>
        <message>
            <source>not assured</source>
            <translation>не обеспечено</translation>
        </message>
        <message>
            <source>not in the oralman immigration quota</source>
            <translation>не включен в квоту иммиграции оралманов</translation>
        </message>
        <message>
            <source>not {category}</source>
            <translation>не {category}</translation>
        </message>
        <message>
            <source>oralman</source>
            <translation>оралман</translation>
        </message>
        <message>
            <source>oralman (ethnic Kazakh immigrant)</source>
            <translation>оралман (этнический казах-иммигрант)</translation>
        </message>
        <message>
            <source>oralman who has acquired citizenship of Kazakhstan</source>
            <translation>оралман, получивший гражданство Казахстана</translation>
        </message>
        <message>
            <source>oralman who has not acquired citizenship of Kazakhstan</source>
            <translation>оралман, не получивший гражданство Казахстана</translation>
        </message>
        <message>
            <source>orphan under {limit} ({age})</source>
            <translation>сирота младше {limit} ({age})</translation>
        </message>
        <message>
            <source>orphan, but birth date (or ИИН) not given</source>
            <translation>сирота, но дата рождения (или ИИН) не указана</translation>
        </message>
        <message>
            <source>orphan, but {age}: not under {limit}</source>
            <translation>сирота, но {age}: не младше {limit}</translation>
        </message>
        <message>
            <source>orphanage pupil, orphan or child left without parental care</source>
            <translation>воспитанник детского дома, ребенок-сирота или ребенок, оставшийся без попечения родителей</translation>
        </message>
        <message>
            <source>partially employed</source>
            <translation>частично занятый</translation>
        </message>
        <message>
            <source>pilot: 2011-2012 housing with an employer's permanent job, any settlement potential (§4.3.3.1)</source>
            <translation>пилот: жилье 2011-2012 годов с постоянной работой у работодателя, потенциал населенного пункта любой (п. 4.3.3.1)</translation>
        </message>
        <message>
            <source>residence_since (or residence_years_in_settlement) not given</source>
            <translation>дата начала проживания (или число лет проживания) в населенном пункте не указана</translation>
        </message>
        <message>
            <source>resident for {years} years</source>
            <translation>проживает {years} г.</translation>
        </message>
        <message>
            <source>resident for {years} years: under {limit}</source>
            <translation>проживает {years} г.: менее {limit}</translation>
        </message>
        <message>
            <source>resident since {since}</source>
            <translation>проживает с {since}</translation>
        </message>
        <message>
            <source>resident since {since}: not yet {limit} on {date}</source>
            <translation>проживает с {since}: на {date} еще не исполнилось {limit}</translation>
        </message>
        <message>
            <source>retired before the general pension age</source>
            <translation>пенсионер, вышедший на пенсию до общеустановленного возраста</translation>
        </message>
        <message>
            <source>school graduate of {year}, not of the current year {current}</source>
            <translation>выпускник школы {year} года, а не текущего {current} года</translation>
        </message>
        <message>
            <source>self-employed</source>
            <translation>самостоятельно занятый</translation>
        </message>
        <message>
            <source>settlement not on the approved low-potential list</source>
            <translation>населенный пункт не входит в утвержденный перечень населенных пунктов с низким потенциалом</translation>
        </message>
        <message>
            <source>settlement of high potential</source>
            <translation>населенный пункт с высоким потенциалом</translation>
        </message>
        <message>
            <source>settlement of low potential</source>
            <translation>населенный пункт с низким потенциалом</translation>
        </message>
        <message>
            <source>settlement of medium potential</source>
            <translation>населенный пункт со средним потенциалом</translation>
        </message>
        <message>
            <source>settlement on the approved low-potential list</source>
            <translation>населенный пункт входит в утвержденный перечень населенных пунктов с низким потенциалом</translation>
        </message>
        <message>
            <source>settlement potential not given</source>
            <translation>потенциал населенного пункта не указан</translation>
        </message>
        <message>
            <source>sex not given</source>
            <translation>пол не указан</translation>
        </message>
        <message>
            <source>stated</source>
            <translation>подтверждено</translation>
        </message>
        <message>
            <source>takes part</source>
            <translation>участвует</translation>
        </message>
        <message>
            <source>the assumed one-room flat of the rules (not a figure of the decree)</source>
            <translation>принятая в правилах расчета однокомнатная квартира (в постановлении этой цифры нет)</translation>
        </message>
        <message>
            <source>the district (city) commission recommends inclusion or refusal</source>
            <translation>районная (городская) комиссия рекомендует включение или отказ</translation>
        </message>
        <message>
            <source>the operator decides on employers' applications put forward by the regional commission</source>
            <translation>оператор принимает решение по заявкам работодателей, внесенным региональной комиссией</translation>
        </message>
        <message>
            <source>the regional commission recommends inclusion or refusal</source>
            <translation>региональная комиссия рекомендует включение или отказ</translation>
        </message>
        <message>
            <source>the settlement is a support (опорный) rural settlement</source>
            <translation>населенный пункт — опорный сельский населенный пункт</translation>
        </message>
        <message>
            <source>the settlement is not a support rural settlement</source>
            <translation>населенный пункт не является опорным сельским</translation>
        </message>
        <message>
            <source>the smallest dwelling given with --min-flat-area</source>
            <translation>наименьшее жилище, заданное параметром --min-flat-area</translation>
        </message>
        <message>
            <source>to another region</source>
            <translation>в другую область</translation>
        </message>
        <message>
            <source>unemployed</source>
            <translation>безработный</translation>
        </message>
        <message>
            <source>vocational education does not match vacancies at the destination</source>
            <translation>профессиональное образование не соответствует вакансиям по месту вселения</translation>
        </message>
        <message>
            <source>vocational education matches vacancies at the destination</source>
            <translation>профессиональное образование соответствует вакансиям по месту вселения</translation>
        </message>
        <message>
            <source>whether the settlement is on the low-potential list is not given</source>
            <translation>не указано, входит ли населенный пункт в перечень с низким потенциалом</translation>
        </message>
        <message>
            <source>wishes to start or expand a business</source>
            <translation>желает открыть или расширить дело</translation>
        </message>
        <message>
            <source>within one district</source>
            <translation>в пределах одного района</translation>
        </message>
        <message>
            <source>without engineering networks</source>
            <translation>без учета инженерных сетей</translation>
        </message>
        <message>
            <source>without engineering networks and the region's seismic extras</source>
            <translation>без учета инженерных сетей и удорожания за сейсмичность региона</translation>
        </message>
        <message>
            <source>woman</source>
            <translation>женщина</translation>
        </message>
        <message>
            <source>youth ({low}–{high})</source>
            <translation>молодежь ({low}–{high} лет)</translation>
        </message>
        <message>
            <source>{age}: before either pension age</source>
            <translation>{age}: до наступления любого из пенсионных возрастов</translation>
        </message>
        <message>
            <source>{age}: below {limit}</source>
            <translation>{age}: младше {limit}</translation>
        </message>
        <message>
            <source>{age}: past either pension age</source>
            <translation>{age}: старше обоих пенсионных возрастов</translation>
        </message>
        <message>
            <source>{age}: the pension age depends on sex</source>
            <translation>{age}: пенсионный возраст зависит от пола</translation>
        </message>
        <message>
            <source>{age}; working age runs from {low} until the men's pension age, which is reached on {date}</source>
            <translation>{age}; трудоспособный возраст — с {low} до пенсионного возраста мужчин, который наступает {date}</translation>
        </message>
        <message>
            <source>{age}; working age runs from {low} until the men's pension age, which was reached on {date}</source>
            <translation>{age}; трудоспособный возраст — с {low} до пенсионного возраста мужчин, который наступил {date}</translation>
        </message>
        <message>
            <source>{age}; working age runs from {low} until the women's pension age, which is reached on {date}</source>
            <translation>{age}; трудоспособный возраст — с {low} до пенсионного возраста женщин, который наступает {date}</translation>
        </message>
        <message>
            <source>{age}; working age runs from {low} until the women's pension age, which was reached on {date}</source>
            <translation>{age}; трудоспособный возраст — с {low} до пенсионного возраста женщин, который наступил {date}</translation>
        </message>
        <message>
            <source>{count} years</source>
            <translation>{count} лет</translation>
        </message>
        <message>
            <source>{count} years {months} months</source>
            <translation>{count} лет {months} мес.</translation>
        </message>
        <message>
            <source>{exemption}: the three criteria do not apply ({why})</source>
            <translation>{exemption}: три критерия не применяются ({why})</translation>
        </message>
        <message>
            <source>{field} is not given</source>
            <translation>не указано: {field}</translation>
        </message>
        <message>
            <source>{line} (Agreed share; the decree allows up to {max_share}.)</source>
            <translation>{line} (Согласованная доля; постановление допускает до {max_share}.)</translation>
        </message>
        <message>
            <source>{reasons}</source>
            <translation>{reasons}</translation>
        </message>
        <message>
            <source>{refs}</source>
            <translation>{refs}</translation>
        </message>
        <message>
            <source>{right} ({why})</source>
            <translation>{right} ({why})</translation>
        </message>
        <message>
            <source>{rule}: {why}</source>
            <translation>{rule}: {why}</translation>
        </message>
        <message>
            <source>{span}: annuity of {installment} a month (principal × r / (1 − (1 + r)^−{months}), r the monthly rate); the last payment, {last}, settles the rounding.</source>
            <translation>{span}: аннуитет {installment} в месяц (основной долг × r / (1 − (1 + r)^−{months}), r — месячная ставка); последний платеж, {last}, покрывает разницу округления.</translation>
        </message>
        <message>
            <source>{span}: equal principal of {share} a month plus interest on the balance; the last principal, {last}, settles the rounding.</source>
            <translation>{span}: основной долг равными долями по {share} в месяц плюс вознаграждение на остаток; последний платеж основного долга, {last}, покрывает разницу округления.</translation>
        </message>
        <message>
            <source>{why}: not {label}</source>
            <translation>{why}: не {label}</translation>
        </message>
        <message>
            <source>{why}: {label}</source>
            <translation>{why}: {label}</translation>
        </message>
        <message>
            <source>{years} years</source>
            <translation>{years} лет</translation>
        </message>
        <message>
            <source>{years} years {months} months</source>
            <translation>{years} лет {months} мес.</translation>
        </message>
        <message>
            <source>§{section}</source>
            <translation>п. {section}</translation>
        </message>
        <message>
            <source>§{section} item {item}</source>
            <translation>подп. {item} п. {section}</translation>
        </message>
        <message>
            <source>АСП for this working-age member of a low-income family is paid only while taking part; refusing or not fulfilling the social contract suspends this person's payment, the family keeps its right</source>
            <translation>АСП этому трудоспособному члену малообеспеченной семьи выплачивается только при участии; отказ или невыполнение социального контракта приостанавливает выплату этому лицу, семья сохраняет право</translation>
        </message>
        <message>
            <source>АСП under the general legislation, not tied to taking part: the family has no member of working age</source>
            <translation>АСП по общему законодательству, без условия участия: в семье нет членов трудоспособного возраста</translation>
        </message>
        <message>
            <source>АСП under the general legislation, not tied to taking part: {why}</source>
            <translation>АСП по общему законодательству, без условия участия: {why}</translation>
        </message>
        <message>
            <source>МРП policy "contract": every month is converted with the МРП in force on the start date, {start}.</source>
            <translation>Способ учета МРП «по договору»: каждый месяц пересчитывается по МРП, действующему на дату начала, {start}.</translation>
        </message>
        <message>
            <source>МРП policy "monthly": each month is converted with the МРП in force on the day that paid month begins.</source>
            <translation>Способ учета МРП «помесячно»: каждый месяц пересчитывается по МРП, действующему в день начала оплачиваемого месяца.</translation>
        </message>
        <message>
            <source>categories</source>
            <translation>категории</translation>
        </message>
        <message>
            <source>citizenship</source>
            <translation>гражданство</translation>
        </message>
        <message>
            <source>date of birth</source>
            <translation>дата рождения</translation>
        </message>
        <message>
            <source>date since which the person lives in the settlement</source>
            <translation>дата, с которой лицо проживает в населенном пункте</translation>
        </message>
        <message>
            <source>family members</source>
            <translation>члены семьи</translation>
        </message>
        <message>
            <source>move type</source>
            <translation>вид переезда</translation>
        </message>
        <message>
            <source>settlement</source>
            <translation>населенный пункт</translation>
        </message>
        <message>
            <source>settlement's development potential</source>
            <translation>потенциал развития населенного пункта</translation>
        </message>
        <message>
            <source>settlement's КАТО code</source>
            <translation>код КАТО населенного пункта</translation>
        </message>
        <message>
            <source>sex</source>
            <translation>пол</translation>
        </message>
        <message>
            <source>where the business will be</source>
            <translation>где будет бизнес</translation>
        </message>
        <message>
            <source>whether a family member has a job after the move</source>
            <translation>будет ли у члена семьи работа после переезда</translation>
        </message>
        <message>
            <source>whether an employer arranged the move and the job</source>
            <translation>организовал ли работодатель переезд и работу</translation>
        </message>
        <message>
            <source>whether housing of 2011-2012 comes with an employer's permanent job</source>
            <translation>предоставляется ли жилье 2011-2012 годов с постоянной работой у работодателя</translation>
        </message>
        <message>
            <source>whether the family can pay rent and utilities</source>
            <translation>может ли семья оплачивать аренду и коммунальные услуги</translation>
        </message>
        <message>
            <source>whether the oralman has acquired citizenship</source>
            <translation>получил ли оралман гражданство</translation>
        </message>
        <message>
            <source>whether the oralman is within the immigration quota</source>
            <translation>включен ли оралман в квоту иммиграции</translation>
        </message>
        <message>
            <source>whether the person takes part in housing savings</source>
            <translation>участвует ли лицо в жилищных строительных сбережениях</translation>
        </message>
        <message>
            <source>whether the person wants to start or expand a business</source>
            <translation>желает ли лицо открыть или расширить дело</translation>
        </message>
        <message>
            <source>whether the region is a pilot region</source>
            <translation>является ли регион пилотным</translation>
        </message>
        <message>
            <source>whether the settlement is a support settlement</source>
            <translation>является ли населенный пункт опорным</translation>
        </message>
        <message>
            <source>whether the settlement is on the low-potential list</source>
            <translation>входит ли населенный пункт в перечень с низким потенциалом</translation>
        </message>
        <message>
            <source>whether the settlement is rural</source>
            <translation>является ли населенный пункт сельским</translation>
        </message>
        <message>
            <source>whether there is a business plan</source>
            <translation>есть ли бизнес-план</translation>
        </message>
        <message>
            <source>whether there is a labour or social contract</source>
            <translation>есть ли трудовой договор или социальный контракт</translation>
        </message>
        <message>
            <source>whether vocational education matches the vacancy</source>
            <translation>соответствует ли профессиональное образование вакансии</translation>
        </message>
        <message>
            <source>year of school graduation</source>
            <translation>год окончания школы</translation>
        </message>
        <message>
            <source>years of residence in the settlement</source>
            <translation>число лет проживания в населенном пункте</translation>
        </message>
        <message>
            <source>ИИН</source>
            <translation>ИИН</translation>
        </message>
        <message>
            <source>buying residential property</source>
            <translation>приобретение жилой недвижимости</translation>
        </message>
        <message>
            <source>consumer needs</source>
            <translation>потребительские цели</translation>
        </message>
        <message>
            <source>expanding a business</source>
            <translation>расширение дела</translation>
        </message>
        <message>
            <source>repaying earlier loans</source>
            <translation>погашение ранее полученных займов</translation>
        </message>
        <message>
            <source>replenishing working capital</source>
            <translation>пополнение оборотных средств</translation>
        </message>
        <message>
            <source>starting a business</source>
            <translation>открытие дела</translation>
        </message>
    </context>
</TS>
