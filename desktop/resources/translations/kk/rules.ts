<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
    <context>
        <name>Rules</name>
        <message>
            <source>11-grade school graduate of the current year</source>
            <translation>ағымдағы жылғы 11-сынып мектеп түлегі</translation>
        </message>
        <message>
            <source>A family member productively employed after the move</source>
            <translation>Көшкеннен кейін отбасы мүшесі нәтижелі жұмыспен қамтылады</translation>
        </message>
        <message>
            <source>A valid labour contract or social contract</source>
            <translation>Қолданыстағы еңбек шарты немесе әлеуметтік келісімшарт</translation>
        </message>
        <message>
            <source>After the employment centre checks the criteria, {decided}; the centre of the destination then decides and signs the social contract</source>
            <translation>Жұмыспен қамту орталығы критерийлерді тексергеннен кейін {decided}; содан соң баратын жердің орталығы шешім қабылдап, әлеуметтік келісімшартқа қол қояды</translation>
        </message>
        <message>
            <source>Amount {amount} within the maximum of {max_amount}; term {term} months within {max_term}; grace {grace} months within one third of the term ({max_grace} months); purpose "{purpose}" is allowed.</source>
            <translation>Сомасы {amount} — ең жоғарғы {max_amount} шегінде; мерзімі {term} ай — {max_term} ай шегінде; жеңілдікті кезең {grace} ай — мерзімнің үштен бірі ({max_grace} ай) шегінде; «{purpose}» мақсатына рұқсат етілген.</translation>
        </message>
        <message>
            <source>Area: {per_member} m² × {members} = {by_members} m², capped at {per_family} m² a family, raised to {floor} m², {floor_source}: the dwelling may not be smaller than a one-room flat or a room in a family-type hostel. Maximum area: {area} m².</source>
            <translation>Аудан: {per_member} м² × {members} = {by_members} м², бір отбасыға {per_family} м²-мен шектелді, {floor} м²-ге дейін ұлғайтылды ({floor_source}): тұрғын үй бір бөлмелі пәтерден немесе отбасылық үлгідегі жатақхана бөлмесінен кіші болмауы тиіс. Ең көп аудан: {area} м².</translation>
        </message>
        <message>
            <source>Area: {per_member} m² × {members} = {by_members} m², capped at {per_family} m² a family. Maximum area: {area} m².</source>
            <translation>Аудан: {per_member} м² × {members} = {by_members} м², бір отбасыға {per_family} м²-мен шектелді. Ең көп аудан: {area} м².</translation>
        </message>
        <message>
            <source>Area: {per_member} m² × {members} = {by_members} m², within {per_family} m² a family, raised to {floor} m², {floor_source}: the dwelling may not be smaller than a one-room flat or a room in a family-type hostel. Maximum area: {area} m².</source>
            <translation>Аудан: {per_member} м² × {members} = {by_members} м², бір отбасыға {per_family} м² шегінде, {floor} м²-ге дейін ұлғайтылды ({floor_source}): тұрғын үй бір бөлмелі пәтерден немесе отбасылық үлгідегі жатақхана бөлмесінен кіші болмауы тиіс. Ең көп аудан: {area} м².</translation>
        </message>
        <message>
            <source>Area: {per_member} m² × {members} = {by_members} m², within {per_family} m² a family. Maximum area: {area} m².</source>
            <translation>Аудан: {per_member} м² × {members} = {by_members} м², бір отбасыға {per_family} м² шегінде. Ең көп аудан: {area} м².</translation>
        </message>
        <message>
            <source>Citizen of Kazakhstan (an oralman once a citizen)</source>
            <translation>Қазақстан азаматы (азаматтық алған оралман да)</translation>
        </message>
        <message>
            <source>Citizen of Kazakhstan or oralman</source>
            <translation>Қазақстан азаматы немесе оралман</translation>
        </message>
        <message>
            <source>Construction contract of {contract_date}, concluded before {cap_from}: the per-m² price limits do not apply, so there is no maximum budget price or cost.</source>
            <translation>{contract_date} құрылыс шарты {cap_from} дейін жасалған: 1 м² құнының шектері қолданылмайды, сондықтан бюджеттің ең жоғарғы бағасы мен құны жоқ.</translation>
        </message>
        <message>
            <source>Criterion: permanent residence for the last {years} years in low-potential settlements of the approved list (unless exempt)</source>
            <translation>Критерий: бекітілген тізімдегі әлеуеті төмен елді мекендерде соңғы {years} жыл бойы тұрақты тұру (босатылмаса)</translation>
        </message>
        <message>
            <source>Criterion: self-employed, unemployed or working-age low-income (unless exempt)</source>
            <translation>Критерий: өз бетінше жұмыспен қамтылған, жұмыссыз немесе еңбекке қабілетті жастағы аз қамтылған (босатылмаса)</translation>
        </message>
        <message>
            <source>Criterion: vocational education matching vacancies at the destination (unless exempt)</source>
            <translation>Критерий: кәсіптік білімі баратын жердегі бос жұмыс орындарына сәйкес (босатылмаса)</translation>
        </message>
        <message>
            <source>Disabled person: priority</source>
            <translation>Мүгедек: басымдық</translation>
        </message>
        <message>
            <source>Effective annual rate: (1 + {rate} %/12)^12 − 1 = {effective} % (monthly compounding of the nominal rate; with no fees modelled it equals the annualised internal rate of the schedule). The regional organisation sets its maximum with the regional commission.</source>
            <translation>Жылдық тиімді мөлшерлеме: (1 + {rate} %/12)^12 − 1 = {effective} % (номиналды мөлшерлеме ай сайын күрделі есептеледі; комиссиялар ескерілмегендіктен, ол кестенің жылдық ішкі мөлшерлемесіне тең). Оның ең жоғарғы шегін өңірлік ұйым өңірлік комиссиямен бірге белгілейді.</translation>
        </message>
        <message>
            <source>Ethnic Kazakh immigrant in the quota, now a citizen</source>
            <translation>Көші-қон квотасына енгізілген, азаматтық алған этникалық қазақ</translation>
        </message>
        <message>
            <source>Family members: {members} × {multiple} МРП × {mrp} = {amount}.</source>
            <translation>Отбасы мүшелері: {members} × {multiple} АЕК × {mrp} = {amount}.</translation>
        </message>
        <message>
            <source>From 2012, working-age members of low-income families receive АСП only if they take part in the programme's measures.</source>
            <translation>2012 жылдан бастап аз қамтылған отбасылардың еңбекке қабілетті мүшелері АӘК-ті бағдарлама шараларына қатысқан жағдайда ғана алады.</translation>
        </message>
        <message>
            <source>Head of the family: {multiple} МРП × {mrp} = {amount}.</source>
            <translation>Отбасы басшысы: {multiple} АЕК × {mrp} = {amount}.</translation>
        </message>
        <message>
            <source>In a group of §4.3.1</source>
            <translation>4.3.1-тармақтағы топтардың біріне жатады</translation>
        </message>
        <message>
            <source>In a group of §4.3.2 or an oralman</source>
            <translation>4.3.2-тармақтағы топтардың біріне жатады немесе оралман</translation>
        </message>
        <message>
            <source>Included in direction 1 with priority</source>
            <translation>Бірінші бағытқа басым тәртіппен енгізіледі</translation>
        </message>
        <message>
            <source>Infrastructure for one participant costs {cost} (design and state expertise excluded), above the cap of {cap}: the programme may finance {financed}; the project must be cut by {excess} or the excess found elsewhere.</source>
            <translation>Бір қатысушыға арналған инфрақұрылымның құны {cost} (жобалау мен мемлекеттік сараптамасыз), {cap} шегінен асады: бағдарлама {financed} қаржыландыра алады; жобаны {excess} қысқарту керек немесе асып кеткен соманы басқа көзден табу керек.</translation>
        </message>
        <message>
            <source>Infrastructure for one participant costs {cost} (design and state expertise excluded), within the cap of {cap} per participant, whatever the credit amount.</source>
            <translation>Бір қатысушыға арналған инфрақұрылымның құны {cost} (жобалау мен мемлекеттік сараптамасыз), кредит сомасына қарамастан бір қатысушыға {cap} шегінде.</translation>
        </message>
        <message>
            <source>Interest: {rate} % a year, charged monthly at {rate} % / 12 on the outstanding principal and rounded to the tiyn each month.</source>
            <translation>Сыйақы: жылына {rate} %, негізгі борыштың қалдығына ай сайын {rate} % / 12 мөлшерінде есептеледі және әр ай тиынға дейін дөңгелектенеді.</translation>
        </message>
        <message>
            <source>Lives in a rural settlement of medium or high potential, where direction-4 projects run: part of the jobs a project creates is reserved for participants living there (mechanism item 6)</source>
            <translation>Төртінші бағыт жобалары іске асырылатын орта немесе жоғары әлеуетті ауылдық елді мекенде тұрады: жоба ашатын жұмыс орындарының бір бөлігі сонда тұратын қатысушыларға беріледі (тетіктің 6-тармақшасы)</translation>
        </message>
        <message>
            <source>Maximum budget cost: {area} m² × {price} = {cost}; anything above may be paid from the local budget or by employers.</source>
            <translation>Бюджеттің ең жоғарғы құны: {area} м² × {price} = {cost}; одан асқан сома жергілікті бюджеттен немесе жұмыс берушілер есебінен төленуі мүмкін.</translation>
        </message>
        <message>
            <source>Month {number}</source>
            <translation>{number}-ай</translation>
        </message>
        <message>
            <source>Month {number} ({month}): {multiple} МРП × {mrp} = {amount} a month.</source>
            <translation>{number}-ай ({month}): {multiple} АЕК × {mrp} = айына {amount}.</translation>
        </message>
        <message>
            <source>Months 1–{grace}: grace period, interest only: {interest} a month.</source>
            <translation>1–{grace}-айлар: жеңілдікті кезең, тек сыйақы: айына {interest}.</translation>
        </message>
        <message>
            <source>Months {first}–{last}</source>
            <translation>{first}–{last}-айлар</translation>
        </message>
        <message>
            <source>Months {first}–{last} ({first_month} to {last_month}): {multiple} МРП × {mrp} = {amount} a month.</source>
            <translation>{first}–{last}-айлар ({first_month} – {last_month}): {multiple} АЕК × {mrp} = айына {amount}.</translation>
        </message>
        <message>
            <source>Months {first}–{last} ({first_month} to {last_month}): {share} of {wage} = {share_of_wage}, capped at {cap}: {monthly} a month.</source>
            <translation>{first}–{last}-айлар ({first_month} – {last_month}): {wage} сомасының {share} үлесі = {share_of_wage}, {cap} шегімен шектелді: айына {monthly}.</translation>
        </message>
        <message>
            <source>Months {first}–{last} ({first_month} to {last_month}): {share} of {wage} = {share_of_wage}, within the cap of {cap}: {monthly} a month.</source>
            <translation>{first}–{last}-айлар ({first_month} – {last_month}): {wage} сомасының {share} үлесі = {share_of_wage}, {cap} шегінде: айына {monthly}.</translation>
        </message>
        <message>
            <source>Move and job arranged by an employer</source>
            <translation>Көшуді және жұмысты жұмыс беруші ұйымдастырған</translation>
        </message>
        <message>
            <source>Move {move}; МРП in force on {date}: {mrp}.</source>
            <translation>Көшу: {move}; {date} күнгі АЕК: {mrp}.</translation>
        </message>
        <message>
            <source>Moving to another region</source>
            <translation>Басқа облысқа көшеді</translation>
        </message>
        <message>
            <source>No business plan yet: not a condition; help in preparing one is part of the support</source>
            <translation>Бизнес-жоспар әзірге жоқ: бұл шарт емес; оны дайындауға көмек қолдауға кіреді</translation>
        </message>
        <message>
            <source>Not older than {limit}</source>
            <translation>{limit} жастан аспаған</translation>
        </message>
        <message>
            <source>Of working age</source>
            <translation>Еңбекке қабілетті жаста</translation>
        </message>
        <message>
            <source>On {date} no co-financing share is required.</source>
            <translation>{date} күні қоса қаржыландыру үлесі талап етілмейді.</translation>
        </message>
        <message>
            <source>On {date} no co-financing share is required: the decree requires it from {from_date} (local executive bodies at least {local_share}, socially responsible entrepreneurs at least {business_share}).</source>
            <translation>{date} күні қоса қаржыландыру үлесі талап етілмейді: қаулы оны {from_date} бастап талап етеді (жергілікті атқарушы органдар кемінде {local_share}, әлеуметтік жауапты кәсіпкерлер кемінде {business_share}).</translation>
        </message>
        <message>
            <source>Orphan under {limit}</source>
            <translation>{limit} жасқа толмаған жетім</translation>
        </message>
        <message>
            <source>Pilot region: for training, the employer selects the candidate, the specialty and the training organisation and guarantees a job afterwards; employer and school join the social contract by accession notices</source>
            <translation>Пилоттық өңір: оқыту үшін кандидатты, мамандықты және оқу ұйымын жұмыс беруші таңдайды және оқудан кейін жұмысқа орналастыруға кепілдік береді; жұмыс беруші мен оқу орны әлеуметтік келісімшартқа қосылу туралы өтініш арқылы қосылады</translation>
        </message>
        <message>
            <source>Pilot region: service housing is built or bought with employers' co-financing (its minimum share is a housing parameter), and inclusion is on those employers' referral</source>
            <translation>Пилоттық өңір: қызметтік тұрғын үй жұмыс берушілердің қоса қаржыландыруымен салынады немесе сатып алынады (оның ең аз үлесі тұрғын үй параметрі), қатысуға осы жұмыс берушілердің жолдамасы бойынша енгізіледі</translation>
        </message>
        <message>
            <source>Pilot regions only (East Kazakhstan, North Kazakhstan, Kyzylorda, Pavlodar and regions chosen by the МВК, from 2013): the employer co-finances at least {share} of the cost of the housing, providing at least {dwellings} flat or house; the dwellings are shared between the state and the employer in proportion to the money each put in.</source>
            <translation>Тек пилоттық өңірлерде (Шығыс Қазақстан, Солтүстік Қазақстан, Қызылорда, Павлодар облыстары және ВАК таңдаған өңірлер, 2013 жылдан бастап): жұмыс беруші тұрғын үй құнының кемінде {share} қоса қаржыландырады, кемінде {dwellings} пәтер немесе үй береді; тұрғын үйлер мемлекет пен жұмыс беруші арасында салған қаражатына сәйкес бөлінеді.</translation>
        </message>
        <message>
            <source>Pilot: housing built in 2011-2012 with an employer giving a permanent job, from a settlement of any potential: the residence criterion does not apply</source>
            <translation>Пилот: 2011-2012 жылдары тұрақты жұмыс беретін жұмыс берушімен салынған тұрғын үй, кез келген әлеуеттегі елді мекеннен: тұру критерийі қолданылмайды</translation>
        </message>
        <message>
            <source>Priority settlement for direction 2</source>
            <translation>Екінші бағыт үшін басым елді мекен</translation>
        </message>
        <message>
            <source>Project cost {project_cost}: local executive bodies co-finance at least {local_share} = {local}; socially responsible entrepreneurs at least {business_share} = {business} (money or materials); the republican budget at most {republican}.</source>
            <translation>Жобаның құны {project_cost}: жергілікті атқарушы органдар кемінде {local_share} = {local} қоса қаржыландырады; әлеуметтік жауапты кәсіпкерлер кемінде {business_share} = {business} (ақшалай немесе материалдармен); республикалық бюджет ең көбі {republican}.</translation>
        </message>
        <message>
            <source>Relocation subsidy (reimbursement of moving costs): {total}.</source>
            <translation>Көшуге арналған субсидия (көшу шығындарын өтеу): {total}.</translation>
        </message>
        <message>
            <source>Rural resident: priority</source>
            <translation>Ауыл тұрғыны: басымдық</translation>
        </message>
        <message>
            <source>Rural youth: priority</source>
            <translation>Ауыл жастары: басымдық</translation>
        </message>
        <message>
            <source>Self-employed, unemployed, low-income, orphan under {limit}, youth, or an ethnic Kazakh immigrant in the quota</source>
            <translation>Өз бетінше жұмыспен қамтылған, жұмыссыз, аз қамтылған, {limit} жасқа толмаған жетім, жастар немесе квотаға енгізілген этникалық қазақ</translation>
        </message>
        <message>
            <source>Self-employed, unemployed, of a target group, or an oralman</source>
            <translation>Өз бетінше жұмыспен қамтылған, жұмыссыз, нысаналы топқа жатады немесе оралман</translation>
        </message>
        <message>
            <source>Takes part in the housing construction savings system (жилстройсбережения)</source>
            <translation>Тұрғын үй құрылыс жинақтары жүйесіне қатысады</translation>
        </message>
        <message>
            <source>The business is in a rural settlement, a small town or a settlement classed as urban</source>
            <translation>Бизнес ауылдық елді мекенде, шағын қалада немесе қала үлгісіндегі кентте</translation>
        </message>
        <message>
            <source>The employment centre asks the akim of the rural okrug (settlement) where the business would be for a conclusion on the project's feasibility or a reasoned refusal, due within the deadline of the mechanism's item 3</source>
            <translation>Жұмыспен қамту орталығы бизнес ашылатын ауылдық округтің (кенттің) әкімінен жобаның орындылығы туралы қорытынды немесе дәлелді бас тартуды сұратады; ол тетіктің 3-тармақшасындағы мерзімде беріледі</translation>
        </message>
        <message>
            <source>The employment centre decides on inclusion by the applicant's qualification and the project employers' need for workers</source>
            <translation>Жұмыспен қамту орталығы қатысуға енгізу туралы шешімді өтініш берушінің біліктілігіне және жоба жұмыс берушілерінің жұмыс күшіне қажеттілігіне қарай қабылдайды</translation>
        </message>
        <message>
            <source>The family can pay utilities and rent and will live in the housing provided</source>
            <translation>Отбасы коммуналдық қызметтер мен жалдау ақысын төлей алады және берілген тұрғын үйде тұрады</translation>
        </message>
        <message>
            <source>The family has a member with a disability: АСП is granted under the legislation in force, without the participation condition.</source>
            <translation>Отбасында мүгедек мүшесі бар: АӘК қатысу шартынсыз, қолданыстағы заңнамаға сәйкес тағайындалады.</translation>
        </message>
        <message>
            <source>The family has a member with a socially significant disease: АСП is granted under the legislation in force, without the participation condition.</source>
            <translation>Отбасында әлеуметтік мәні бар аурумен ауыратын мүшесі бар: АӘК қатысу шартынсыз, қолданыстағы заңнамаға сәйкес тағайындалады.</translation>
        </message>
        <message>
            <source>The family has no members of working age (single, elderly people): АСП is granted under the legislation in force, without the participation condition.</source>
            <translation>Отбасында еңбекке қабілетті жастағы мүше жоқ (жалғыз басты, егде жастағы адамдар): АӘК қатысу шартынсыз, қолданыстағы заңнамаға сәйкес тағайындалады.</translation>
        </message>
        <message>
            <source>The family keeps its right to АСП.</source>
            <translation>Отбасы АӘК алу құқығын сақтайды.</translation>
        </message>
        <message>
            <source>The family keeps its right to АСП: only the payment to this person is affected.</source>
            <translation>Отбасы АӘК алу құқығын сақтайды: тек осы адамға төлем тоқтатылады.</translation>
        </message>
        <message>
            <source>The person does not fulfil the obligations of the social contract: the local executive body suspends the payment of АСП to this person.</source>
            <translation>Адам әлеуметтік келісімшарт міндеттемелерін орындамайды: жергілікті атқарушы орган осы адамға АӘК төлеуді тоқтата тұрады.</translation>
        </message>
        <message>
            <source>The person is not of working age: the participation condition does not apply to them.</source>
            <translation>Адам еңбекке қабілетті жаста емес: қатысу шарты оған қолданылмайды.</translation>
        </message>
        <message>
            <source>The person refused to take part in active employment measures: the local executive body suspends the payment of АСП to this person.</source>
            <translation>Адам жұмыспен қамтуға жәрдемдесудің белсенді шараларына қатысудан бас тартты: жергілікті атқарушы орган осы адамға АӘК төлеуді тоқтата тұрады.</translation>
        </message>
        <message>
            <source>The person, of working age in a low-income family, takes part in programme measures: the condition for their АСП is met and it is paid.</source>
            <translation>Аз қамтылған отбасының еңбекке қабілетті мүшесі бағдарлама шараларына қатысады: АӘК шарты орындалды, ол төленеді.</translation>
        </message>
        <message>
            <source>The republican budget pays at most {price} per m² {where} ({excluding}); the limit applies to construction contracts from {cap_from}.</source>
            <translation>Республикалық бюджет {where} 1 м² үшін ең көбі {price} төлейді ({excluding}); шек {cap_from} бастап жасалған құрылыс шарттарына қолданылады.</translation>
        </message>
        <message>
            <source>Total for {months} months: {total}.</source>
            <translation>{months} айға барлығы: {total}.</translation>
        </message>
        <message>
            <source>Total repaid: {total} = principal {amount} + interest {interest}.</source>
            <translation>Барлығы өтеледі: {total} = негізгі борыш {amount} + сыйақы {interest}.</translation>
        </message>
        <message>
            <source>Up to {share} of the jobs the project creates go to programme participants living in the settlement, on the employment centre's referral.</source>
            <translation>Жоба ашатын жұмыс орындарының {share} дейіні жұмыспен қамту орталығының жолдамасы бойынша сол елді мекенде тұратын бағдарлама қатысушыларына беріледі.</translation>
        </message>
        <message>
            <source>Whether this person's АСП depends on taking part turns on working age and on family members who are disabled or have a socially significant disease: give {fields}</source>
            <translation>Бұл адамның АӘК-і қатысуға байланысты ма — бұл еңбекке қабілетті жасқа және отбасында мүгедек немесе әлеуметтік мәні бар аурумен ауыратын мүшелердің бар-жоғына байланысты: көрсетіңіз: {fields}</translation>
        </message>
        <message>
            <source>Wishes and is able to start or expand own business</source>
            <translation>Өз бизнесін ашуға немесе кеңейтуге ниеті және мүмкіндігі бар</translation>
        </message>
        <message>
            <source>Woman in a rural area: priority</source>
            <translation>Ауылдық жердегі әйел: басымдық</translation>
        </message>
        <message>
            <source>Woman: priority</source>
            <translation>Әйел: басымдық</translation>
        </message>
        <message>
            <source>Youth</source>
            <translation>Жастар</translation>
        </message>
        <message>
            <source>Youth hostel rooms are given whatever the previous place of residence, regional centres and the capital included</source>
            <translation>Жастарға арналған жатақхана бөлмелері бұрынғы тұрғылықты жерге қарамастан беріледі, облыс орталықтары мен астана да кіреді</translation>
        </message>
        <message>
            <source>Youth in a rural area: priority</source>
            <translation>Ауылдық жердегі жастар: басымдық</translation>
        </message>
        <message>
            <source>a family member is disabled or has a socially significant disease</source>
            <translation>отбасы мүшесі мүгедек немесе әлеуметтік мәні бар аурумен ауырады</translation>
        </message>
        <message>
            <source>aged {age} on {date}</source>
            <translation>{date} күні {age} жаста</translation>
        </message>
        <message>
            <source>an employer arranged the move and the job</source>
            <translation>көшуді және жұмысты жұмыс беруші ұйымдастырды</translation>
        </message>
        <message>
            <source>an exemption may apply ({why})</source>
            <translation>босату қолданылуы мүмкін ({why})</translation>
        </message>
        <message>
            <source>another family member is of working age</source>
            <translation>отбасының басқа мүшесі еңбекке қабілетті жаста</translation>
        </message>
        <message>
            <source>birth date (or ИИН) not given</source>
            <translation>туған күні (немесе ЖСН) көрсетілмеген</translation>
        </message>
        <message>
            <source>business in a rural settlement</source>
            <translation>бизнес ауылдық елді мекенде</translation>
        </message>
        <message>
            <source>business in a settlement classed as urban</source>
            <translation>бизнес қала үлгісіндегі кентте</translation>
        </message>
        <message>
            <source>business in a small town</source>
            <translation>бизнес шағын қалада</translation>
        </message>
        <message>
            <source>business in another town or city</source>
            <translation>бизнес басқа қалада</translation>
        </message>
        <message>
            <source>business_location not given</source>
            <translation>бизнестің орны көрсетілмеген</translation>
        </message>
        <message>
            <source>categories given: none</source>
            <translation>көрсетілген санаттар: жоқ</translation>
        </message>
        <message>
            <source>categories given: {categories}</source>
            <translation>көрсетілген санаттар: {categories}</translation>
        </message>
        <message>
            <source>categories not given</source>
            <translation>санаттар көрсетілмеген</translation>
        </message>
        <message>
            <source>citizen of Kazakhstan</source>
            <translation>Қазақстан азаматы</translation>
        </message>
        <message>
            <source>citizenship not given</source>
            <translation>азаматтығы көрсетілмеген</translation>
        </message>
        <message>
            <source>disabled person able to work</source>
            <translation>еңбекке қабілетін сақтаған мүгедек</translation>
        </message>
        <message>
            <source>does not apply, exempt: {why}</source>
            <translation>қолданылмайды, босатылған: {why}</translation>
        </message>
        <message>
            <source>does not live in a rural settlement</source>
            <translation>ауылдық елді мекенде тұрмайды</translation>
        </message>
        <message>
            <source>does not take part</source>
            <translation>қатыспайды</translation>
        </message>
        <message>
            <source>from one district (town of regional significance) to another in one region</source>
            <translation>бір облыс ішінде бір ауданнан (облыстық маңызы бар қаладан) басқасына</translation>
        </message>
        <message>
            <source>has none</source>
            <translation>жоқ</translation>
        </message>
        <message>
            <source>has one</source>
            <translation>бар</translation>
        </message>
        <message>
            <source>household not given</source>
            <translation>отбасы мүшелері көрсетілмеген</translation>
        </message>
        <message>
            <source>in Almaty</source>
            <translation>Алматы қаласында</translation>
        </message>
        <message>
            <source>in Astana</source>
            <translation>Астана қаласында</translation>
        </message>
        <message>
            <source>in heavy, harmful or dangerous work with a special allowance</source>
            <translation>ауыр, зиянды, қауіпті жұмыстарда істеген, арнаулы жәрдемақы алатын</translation>
        </message>
        <message>
            <source>in the regions</source>
            <translation>облыстарда</translation>
        </message>
        <message>
            <source>included in the oralman immigration quota</source>
            <translation>оралмандардың көші-қон квотасына енгізілген</translation>
        </message>
        <message>
            <source>lives in a rural settlement</source>
            <translation>ауылдық елді мекенде тұрады</translation>
        </message>
        <message>
            <source>low-income</source>
            <translation>аз қамтылған</translation>
        </message>
        <message>
            <source>man</source>
            <translation>ер адам</translation>
        </message>
        <message>
            <source>member of another target group</source>
            <translation>басқа нысаналы топқа жатады</translation>
        </message>
        <message>
            <source>move_type not given</source>
            <translation>көшу түрі көрсетілмеген</translation>
        </message>
        <message>
            <source>moving to another region</source>
            <translation>басқа облысқа көшеді</translation>
        </message>
        <message>
            <source>moving within-district</source>
            <translation>аудан ішінде көшеді</translation>
        </message>
        <message>
            <source>moving within-region</source>
            <translation>облыс ішінде көшеді</translation>
        </message>
        <message>
            <source>no business intended</source>
            <translation>бизнес ашу ниеті жоқ</translation>
        </message>
        <message>
            <source>no employer-arranged move</source>
            <translation>көшуді жұмыс беруші ұйымдастырмаған</translation>
        </message>
        <message>
            <source>no exemption applies ({why})</source>
            <translation>ешбір босату қолданылмайды ({why})</translation>
        </message>
        <message>
            <source>no family member is disabled or has a socially significant disease</source>
            <translation>отбасы мүшелерінің ешқайсысы мүгедек емес және әлеуметтік мәні бар аурумен ауырмайды</translation>
        </message>
        <message>
            <source>not an oralman</source>
            <translation>оралман емес</translation>
        </message>
        <message>
            <source>not assured</source>
            <translation>қамтамасыз етілмеген</translation>
        </message>
        <message>
            <source>not in the oralman immigration quota</source>
            <translation>оралмандардың көші-қон квотасына енгізілмеген</translation>
        </message>
        <message>
            <source>not {category}</source>
            <translation>{category} емес</translation>
        </message>
        <message>
            <source>oralman</source>
            <translation>оралман</translation>
        </message>
        <message>
            <source>oralman (ethnic Kazakh immigrant)</source>
            <translation>оралман (этникалық қазақ иммигрант)</translation>
        </message>
        <message>
            <source>oralman who has acquired citizenship of Kazakhstan</source>
            <translation>Қазақстан азаматтығын алған оралман</translation>
        </message>
        <message>
            <source>oralman who has not acquired citizenship of Kazakhstan</source>
            <translation>Қазақстан азаматтығын алмаған оралман</translation>
        </message>
        <message>
            <source>orphan under {limit} ({age})</source>
            <translation>{limit} толмаған жетім ({age})</translation>
        </message>
        <message>
            <source>orphan, but birth date (or ИИН) not given</source>
            <translation>жетім, бірақ туған күні (немесе ЖСН) көрсетілмеген</translation>
        </message>
        <message>
            <source>orphan, but {age}: not under {limit}</source>
            <translation>жетім, бірақ {age}: {limit} толған</translation>
        </message>
        <message>
            <source>orphanage pupil, orphan or child left without parental care</source>
            <translation>балалар үйінің тәрбиеленушісі, жетім бала немесе ата-анасының қамқорлығынсыз қалған бала</translation>
        </message>
        <message>
            <source>partially employed</source>
            <translation>ішінара жұмыспен қамтылған</translation>
        </message>
        <message>
            <source>pilot: 2011-2012 housing with an employer's permanent job, any settlement potential (§4.3.3.1)</source>
            <translation>пилот: 2011-2012 жылдардағы тұрғын үй жұмыс берушінің тұрақты жұмысымен, елді мекеннің әлеуеті кез келген (4.3.3.1-тармақ)</translation>
        </message>
        <message>
            <source>residence_since (or residence_years_in_settlement) not given</source>
            <translation>елді мекенде қашаннан бері тұратыны (немесе қанша жыл тұратыны) көрсетілмеген</translation>
        </message>
        <message>
            <source>resident for {years} years</source>
            <translation>{years} жыл тұрады</translation>
        </message>
        <message>
            <source>resident for {years} years: under {limit}</source>
            <translation>{years} жыл тұрады: {limit} толмаған</translation>
        </message>
        <message>
            <source>resident since {since}</source>
            <translation>{since} бастап тұрады</translation>
        </message>
        <message>
            <source>resident since {since}: not yet {limit} on {date}</source>
            <translation>{since} бастап тұрады: {date} күні {limit} әлі толмаған</translation>
        </message>
        <message>
            <source>retired before the general pension age</source>
            <translation>жалпы белгіленген жасқа дейін зейнеткерлікке шыққан</translation>
        </message>
        <message>
            <source>school graduate of {year}, not of the current year {current}</source>
            <translation>{year} жылғы мектеп түлегі, ағымдағы {current} жылғы емес</translation>
        </message>
        <message>
            <source>self-employed</source>
            <translation>өз бетінше жұмыспен қамтылған</translation>
        </message>
        <message>
            <source>settlement not on the approved low-potential list</source>
            <translation>елді мекен әлеуеті төмен елді мекендердің бекітілген тізбесінде жоқ</translation>
        </message>
        <message>
            <source>settlement of high potential</source>
            <translation>жоғары әлеуетті елді мекен</translation>
        </message>
        <message>
            <source>settlement of low potential</source>
            <translation>әлеуеті төмен елді мекен</translation>
        </message>
        <message>
            <source>settlement of medium potential</source>
            <translation>орта әлеуетті елді мекен</translation>
        </message>
        <message>
            <source>settlement on the approved low-potential list</source>
            <translation>елді мекен әлеуеті төмен елді мекендердің бекітілген тізбесінде</translation>
        </message>
        <message>
            <source>settlement potential not given</source>
            <translation>елді мекеннің әлеуеті көрсетілмеген</translation>
        </message>
        <message>
            <source>sex not given</source>
            <translation>жынысы көрсетілмеген</translation>
        </message>
        <message>
            <source>stated</source>
            <translation>расталды</translation>
        </message>
        <message>
            <source>takes part</source>
            <translation>қатысады</translation>
        </message>
        <message>
            <source>the assumed one-room flat of the rules (not a figure of the decree)</source>
            <translation>ережелерде қабылданған бір бөлмелі пәтер (қаулыда бұл сан жоқ)</translation>
        </message>
        <message>
            <source>the district (city) commission recommends inclusion or refusal</source>
            <translation>аудандық (қалалық) комиссия енгізуді немесе бас тартуды ұсынады</translation>
        </message>
        <message>
            <source>the operator decides on employers' applications put forward by the regional commission</source>
            <translation>өңірлік комиссия ұсынған жұмыс берушілердің өтінімдері бойынша операторы шешім қабылдайды</translation>
        </message>
        <message>
            <source>the regional commission recommends inclusion or refusal</source>
            <translation>өңірлік комиссия енгізуді немесе бас тартуды ұсынады</translation>
        </message>
        <message>
            <source>the settlement is a support (опорный) rural settlement</source>
            <translation>елді мекен — тірек ауылдық елді мекен</translation>
        </message>
        <message>
            <source>the settlement is not a support rural settlement</source>
            <translation>елді мекен тірек ауылдық елді мекен емес</translation>
        </message>
        <message>
            <source>the smallest dwelling given with --min-flat-area</source>
            <translation>--min-flat-area арқылы берілген ең кіші тұрғын үй</translation>
        </message>
        <message>
            <source>to another region</source>
            <translation>басқа облысқа</translation>
        </message>
        <message>
            <source>unemployed</source>
            <translation>жұмыссыз</translation>
        </message>
        <message>
            <source>vocational education does not match vacancies at the destination</source>
            <translation>кәсіптік білімі баратын жердегі бос жұмыс орындарына сәйкес келмейді</translation>
        </message>
        <message>
            <source>vocational education matches vacancies at the destination</source>
            <translation>кәсіптік білімі баратын жердегі бос жұмыс орындарына сәйкес</translation>
        </message>
        <message>
            <source>whether the settlement is on the low-potential list is not given</source>
            <translation>елді мекеннің әлеуеті төмен тізбеде бар-жоғы көрсетілмеген</translation>
        </message>
        <message>
            <source>wishes to start or expand a business</source>
            <translation>бизнес ашуға немесе кеңейтуге ниетті</translation>
        </message>
        <message>
            <source>within one district</source>
            <translation>бір аудан ішінде</translation>
        </message>
        <message>
            <source>without engineering networks</source>
            <translation>инженерлік желілерсіз</translation>
        </message>
        <message>
            <source>without engineering networks and the region's seismic extras</source>
            <translation>инженерлік желілер мен өңірдің сейсмикалық қосымша құнынсыз</translation>
        </message>
        <message>
            <source>woman</source>
            <translation>әйел</translation>
        </message>
        <message>
            <source>youth ({low}–{high})</source>
            <translation>жастар ({low}–{high} жас)</translation>
        </message>
        <message>
            <source>{age}: before either pension age</source>
            <translation>{age}: екі зейнеткерлік жасқа да жетпеген</translation>
        </message>
        <message>
            <source>{age}: below {limit}</source>
            <translation>{age}: {limit} толмаған</translation>
        </message>
        <message>
            <source>{age}: past either pension age</source>
            <translation>{age}: екі зейнеткерлік жастан да асқан</translation>
        </message>
        <message>
            <source>{age}: the pension age depends on sex</source>
            <translation>{age}: зейнеткерлік жас жынысқа байланысты</translation>
        </message>
        <message>
            <source>{age}; working age runs from {low} until the men's pension age, which is reached on {date}</source>
            <translation>{age}; еңбекке қабілетті жас {low} толғаннан ерлердің зейнеткерлік жасына дейін, ол {date} күні толады</translation>
        </message>
        <message>
            <source>{age}; working age runs from {low} until the men's pension age, which was reached on {date}</source>
            <translation>{age}; еңбекке қабілетті жас {low} толғаннан ерлердің зейнеткерлік жасына дейін, ол {date} күні толды</translation>
        </message>
        <message>
            <source>{age}; working age runs from {low} until the women's pension age, which is reached on {date}</source>
            <translation>{age}; еңбекке қабілетті жас {low} толғаннан әйелдердің зейнеткерлік жасына дейін, ол {date} күні толады</translation>
        </message>
        <message>
            <source>{age}; working age runs from {low} until the women's pension age, which was reached on {date}</source>
            <translation>{age}; еңбекке қабілетті жас {low} толғаннан әйелдердің зейнеткерлік жасына дейін, ол {date} күні толды</translation>
        </message>
        <message>
            <source>{count} years</source>
            <translation>{count} жыл</translation>
        </message>
        <message>
            <source>{count} years {months} months</source>
            <translation>{count} жыл {months} ай</translation>
        </message>
        <message>
            <source>{exemption}: the three criteria do not apply ({why})</source>
            <translation>{exemption}: үш критерий қолданылмайды ({why})</translation>
        </message>
        <message>
            <source>{field} is not given</source>
            <translation>көрсетілмеген: {field}</translation>
        </message>
        <message>
            <source>{line} (Agreed share; the decree allows up to {max_share}.)</source>
            <translation>{line} (Келісілген үлес; қаулы {max_share} дейін рұқсат етеді.)</translation>
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
            <translation>{span}: аннуитет айына {installment} (негізгі борыш × r / (1 − (1 + r)^−{months}), r — айлық мөлшерлеме); соңғы төлем {last} дөңгелектеу айырмасын жабады.</translation>
        </message>
        <message>
            <source>{span}: equal principal of {share} a month plus interest on the balance; the last principal, {last}, settles the rounding.</source>
            <translation>{span}: негізгі борыш айына тең үлеспен {share} және қалдыққа сыйақы; соңғы негізгі борыш {last} дөңгелектеу айырмасын жабады.</translation>
        </message>
        <message>
            <source>{why}: not {label}</source>
            <translation>{why}: {label} емес</translation>
        </message>
        <message>
            <source>{why}: {label}</source>
            <translation>{why}: {label}</translation>
        </message>
        <message>
            <source>{years} years</source>
            <translation>{years} жас</translation>
        </message>
        <message>
            <source>{years} years {months} months</source>
            <translation>{years} жас {months} ай</translation>
        </message>
        <message>
            <source>§{section}</source>
            <translation>{section}-тармақ</translation>
        </message>
        <message>
            <source>§{section} item {item}</source>
            <translation>{section}-тармақтың {item}-тармақшасы</translation>
        </message>
        <message>
            <source>АСП for this working-age member of a low-income family is paid only while taking part; refusing or not fulfilling the social contract suspends this person's payment, the family keeps its right</source>
            <translation>Аз қамтылған отбасының осы еңбекке қабілетті мүшесіне АӘК тек қатысқан кезде төленеді; бас тарту немесе әлеуметтік келісімшартты орындамау осы адамға төлемді тоқтата тұрады, отбасы құқығын сақтайды</translation>
        </message>
        <message>
            <source>АСП under the general legislation, not tied to taking part: the family has no member of working age</source>
            <translation>АӘК қатысуға байланыссыз, жалпы заңнама бойынша: отбасында еңбекке қабілетті жастағы мүше жоқ</translation>
        </message>
        <message>
            <source>АСП under the general legislation, not tied to taking part: {why}</source>
            <translation>АӘК қатысуға байланыссыз, жалпы заңнама бойынша: {why}</translation>
        </message>
        <message>
            <source>МРП policy "contract": every month is converted with the МРП in force on the start date, {start}.</source>
            <translation>АЕК тәсілі «шарт бойынша»: әр ай басталу күніндегі ({start}) АЕК бойынша есептеледі.</translation>
        </message>
        <message>
            <source>МРП policy "monthly": each month is converted with the МРП in force on the day that paid month begins.</source>
            <translation>АЕК тәсілі «ай сайын»: әр ай сол төленетін ай басталған күні қолданыстағы АЕК бойынша есептеледі.</translation>
        </message>
        <message>
            <source>categories</source>
            <translation>санаттары</translation>
        </message>
        <message>
            <source>citizenship</source>
            <translation>азаматтығы</translation>
        </message>
        <message>
            <source>date of birth</source>
            <translation>туған күні</translation>
        </message>
        <message>
            <source>date since which the person lives in the settlement</source>
            <translation>елді мекенде қай күннен бері тұратыны</translation>
        </message>
        <message>
            <source>family members</source>
            <translation>отбасы мүшелері</translation>
        </message>
        <message>
            <source>move type</source>
            <translation>көшу түрі</translation>
        </message>
        <message>
            <source>settlement</source>
            <translation>елді мекен</translation>
        </message>
        <message>
            <source>settlement's development potential</source>
            <translation>елді мекеннің даму әлеуеті</translation>
        </message>
        <message>
            <source>settlement's КАТО code</source>
            <translation>елді мекеннің ӘАОЖ коды</translation>
        </message>
        <message>
            <source>sex</source>
            <translation>жынысы</translation>
        </message>
        <message>
            <source>where the business will be</source>
            <translation>бизнес қай жерде болады</translation>
        </message>
        <message>
            <source>whether a family member has a job after the move</source>
            <translation>көшкеннен кейін отбасы мүшесінің жұмысы бар ма</translation>
        </message>
        <message>
            <source>whether an employer arranged the move and the job</source>
            <translation>көшу мен жұмысты жұмыс беруші ұйымдастырды ма</translation>
        </message>
        <message>
            <source>whether housing of 2011-2012 comes with an employer's permanent job</source>
            <translation>2011-2012 жылдардағы тұрғын үй жұмыс берушінің тұрақты жұмысымен беріле ме</translation>
        </message>
        <message>
            <source>whether the family can pay rent and utilities</source>
            <translation>отбасы жалдау ақысы мен коммуналдық қызметтерді төлей ала ма</translation>
        </message>
        <message>
            <source>whether the oralman has acquired citizenship</source>
            <translation>оралман азаматтық алды ма</translation>
        </message>
        <message>
            <source>whether the oralman is within the immigration quota</source>
            <translation>оралман көші-қон квотасына енгізілген бе</translation>
        </message>
        <message>
            <source>whether the person takes part in housing savings</source>
            <translation>тұрғын үй құрылыс жинақтарына қатыса ма</translation>
        </message>
        <message>
            <source>whether the person wants to start or expand a business</source>
            <translation>бизнес ашуға немесе кеңейтуге ниеті бар ма</translation>
        </message>
        <message>
            <source>whether the region is a pilot region</source>
            <translation>өңір пилоттық па</translation>
        </message>
        <message>
            <source>whether the settlement is a support settlement</source>
            <translation>елді мекен тірек елді мекен бе</translation>
        </message>
        <message>
            <source>whether the settlement is on the low-potential list</source>
            <translation>елді мекен әлеуеті төмен тізбеде ме</translation>
        </message>
        <message>
            <source>whether the settlement is rural</source>
            <translation>елді мекен ауылдық па</translation>
        </message>
        <message>
            <source>whether there is a business plan</source>
            <translation>бизнес-жоспары бар ма</translation>
        </message>
        <message>
            <source>whether there is a labour or social contract</source>
            <translation>еңбек шарты немесе әлеуметтік келісімшарт бар ма</translation>
        </message>
        <message>
            <source>whether vocational education matches the vacancy</source>
            <translation>кәсіптік білімі бос жұмыс орнына сәйкес пе</translation>
        </message>
        <message>
            <source>year of school graduation</source>
            <translation>мектепті бітірген жылы</translation>
        </message>
        <message>
            <source>years of residence in the settlement</source>
            <translation>елді мекенде тұрған жылдары</translation>
        </message>
        <message>
            <source>ИИН</source>
            <translation>ЖСН</translation>
        </message>
        <message>
            <source>buying residential property</source>
            <translation>тұрғын үй сатып алу</translation>
        </message>
        <message>
            <source>consumer needs</source>
            <translation>тұтынушылық мақсаттар</translation>
        </message>
        <message>
            <source>expanding a business</source>
            <translation>бизнесті кеңейту</translation>
        </message>
        <message>
            <source>repaying earlier loans</source>
            <translation>бұрынғы қарыздарды өтеу</translation>
        </message>
        <message>
            <source>replenishing working capital</source>
            <translation>айналым қаражатын толықтыру</translation>
        </message>
        <message>
            <source>starting a business</source>
            <translation>бизнес ашу</translation>
        </message>
    </context>
</TS>
