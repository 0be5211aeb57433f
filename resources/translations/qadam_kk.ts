<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
    <context>
        <name>ApplicantTableModel</name>
        <message>
            <location filename="../../desktop/ui/applicant_model.py" line="127" />
            <source>IIN</source>
            <translation>ЖСН</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/applicant_model.py" line="128" />
            <source>Surname</source>
            <translation>Тегі</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/applicant_model.py" line="129" />
            <source>First name</source>
            <translation>Аты</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/applicant_model.py" line="130" />
            <source>Patronymic</source>
            <translation>Әкесінің аты</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/applicant_model.py" line="131" />
            <source>Date of birth</source>
            <translation>Туған күні</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/applicant_model.py" line="132" />
            <source>Sex</source>
            <translation>Жынысы</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/applicant_model.py" line="133" />
            <source>Settlement</source>
            <translation>Елді мекен</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/applicant_model.py" line="163" />
            <source>male</source>
            <translation>ер</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/applicant_model.py" line="163" />
            <source>female</source>
            <translation>әйел</translation>
        </message>
    </context>
    <context>
        <name>AutoLock</name>
        <message>
            <location filename="../../desktop/ui/autolock.py" line="98" />
            <source>&amp;Lock now</source>
            <translation>Қазір &amp;құлыптау</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/autolock.py" line="99" />
            <source>Auto-lock &amp;after…</source>
            <translation>Автоқұлыптау &amp;уақыты…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/autolock.py" line="107" />
            <source>Auto-lock</source>
            <translation>Автоқұлыптау</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/autolock.py" line="108" />
            <source>Lock Qadam after this many minutes without use (0: never):</source>
            <translation>Осынша минут пайдаланылмаса, Qadam құлыпталады (0 — ешқашан):</translation>
        </message>
    </context>
    <context>
        <name>CardText</name>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="50" />
            <source>New applicant</source>
            <translation>Жаңа өтініш беруші</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="51" />
            <source>Applicant: {name}</source>
            <translation>Өтініш беруші: {name}</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="58" />
            <source>&amp;IIN</source>
            <translation>&amp;ЖСН</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="59" />
            <source>From the IIN</source>
            <translation>ЖСН бойынша</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="60" />
            <source>&amp;Surname</source>
            <translation>&amp;Тегі</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="61" />
            <source>&amp;First name</source>
            <translation>&amp;Аты</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="62" />
            <source>&amp;Patronymic</source>
            <translation>Әкесінің а&amp;ты</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="63" />
            <source>C&amp;itizenship</source>
            <translation>А&amp;заматтығы</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="64" />
            <source>P&amp;hone</source>
            <translation>Те&amp;лефон</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="65" />
            <source>Se&amp;ttlement</source>
            <translation>&amp;Елді мекен</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="66" />
            <source>Settlement</source>
            <translation>Елді мекен</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="67" />
            <source>&amp;Address</source>
            <translation>&amp;Мекенжайы</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="68" />
            <source>Categories</source>
            <translation>Санаттары</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="69" />
            <source>Date of birth</source>
            <translation>Туған күні</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="70" />
            <source>Sex</source>
            <translation>Жынысы</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="71" />
            <source>Language</source>
            <translation>Тілі</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="72" />
            <source>Removed</source>
            <translation>Жойылды</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="73" />
            <source>State</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="74" />
            <source>Measure</source>
            <translation>Шара</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="75" />
            <source>Direction</source>
            <translation>Бағыт</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="81" />
            <source>12 digits</source>
            <translation>12 цифр</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="84" />
            <source>{count} of 12 digits</source>
            <translation>12 цифрдың {count}</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="87" />
            <source>male</source>
            <translation>ер</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="87" />
            <source>female</source>
            <translation>әйел</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="88" />
            <source>Born {date}, {sex}</source>
            <translation>Туған күні {date}, жынысы: {sex}</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="91" />
            <source>IIN {iin} is already registered: {name}. Open that card instead of registering the person twice.</source>
            <translation>ЖСН {iin} тіркелген: {name}. Адамды екі рет тіркемей, сол карточканы ашыңыз.</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="95" />
            <source>This IIN already has an open case {number} ({state}): a new application must wait until it is closed.</source>
            <translation>Бұл ЖСН бойынша ашық іс бар: {number} ({state}). Жаңа өтініш ол жабылғаннан кейін ғана беріледі.</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="101" />
            <source>&amp;Open that applicant</source>
            <translation>Сол өтініш берушіні аш&amp;у</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="105" />
            <source>oralman (qandas)</source>
            <translation>қандас (оралман)</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="106" />
            <source>citizen of Kazakhstan</source>
            <translation>Қазақстан азаматы</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="110" />
            <source>partially employed</source>
            <translation>ішінара жұмыспен қамтылған</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="111" />
            <source>unemployed</source>
            <translation>жұмыссыз</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="112" />
            <source>self-employed</source>
            <translation>өз бетінше жұмыспен қамтылған</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="113" />
            <source>low-income</source>
            <translation>аз қамтамасыз етілген</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="114" />
            <source>school graduate of this year</source>
            <translation>биылғы 11-сынып түлегі</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="115" />
            <source>disabled, able to work</source>
            <translation>еңбекке қабілетті мүгедек</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="116" />
            <source>orphan or without parental care</source>
            <translation>жетім немесе ата-ана қамқорлығынсыз қалған</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="117" />
            <source>retired before the usual age</source>
            <translation>мерзімінен бұрын зейнеткерлікке шыққан</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="118" />
            <source>hazardous work, special allowance</source>
            <translation>зиянды жұмыс, арнаулы жәрдемақы</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="119" />
            <source>other target group</source>
            <translation>басқа нысаналы топ</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="123" />
            <source>&amp;Cases ({count})</source>
            <translation>&amp;Істер ({count})</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="126" />
            <source>&amp;History</source>
            <translation>Өз&amp;герістер тарихы</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="129" />
            <source>Save</source>
            <translation>Сақтау</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="132" />
            <source>Cancel</source>
            <translation>Бас тарту</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="135" />
            <source>Number</source>
            <translation>Нөмірі</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="136" />
            <source>Applied on</source>
            <translation>Өтініш күні</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="139" />
            <source>When</source>
            <translation>Қашан</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="139" />
            <source>Who</source>
            <translation>Кім</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="139" />
            <source>What</source>
            <translation>Не</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="139" />
            <source>Changed fields</source>
            <translation>Өзгерген өрістер</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="142" />
            <source>direction {number}</source>
            <translation>{number}-бағыт</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="146" />
            <source>consultation</source>
            <translation>кеңес беру</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="147" />
            <source>vocational training</source>
            <translation>кәсіптік оқыту</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="148" />
            <source>social job</source>
            <translation>әлеуметтік жұмыс орны</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="149" />
            <source>youth practice</source>
            <translation>жастар практикасы</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="150" />
            <source>business training</source>
            <translation>кәсіпкерлік негіздеріне оқыту</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="151" />
            <source>microcredit</source>
            <translation>микрокредит</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="152" />
            <source>relocation</source>
            <translation>қоныс аудару</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="153" />
            <source>infrastructure job</source>
            <translation>инфрақұрылымдық жобадағы жұмыс</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="158" />
            <source>draft</source>
            <translation>жоба</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="159" />
            <source>sent to the employment centre</source>
            <translation>ХЖО-ға жіберілді</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="160" />
            <source>included</source>
            <translation>қатысушыларға енгізілді</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="161" />
            <source>refused</source>
            <translation>бас тартылды</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="162" />
            <source>contract signed</source>
            <translation>келісімшарт жасалды</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="163" />
            <source>in progress</source>
            <translation>орындалуда</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="164" />
            <source>completed</source>
            <translation>аяқталды</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="165" />
            <source>terminated</source>
            <translation>бұзылды</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="166" />
            <source>withdrawn</source>
            <translation>кері қайтарылды</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="171" />
            <source>case opened</source>
            <translation>іс ашылды</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="171" />
            <source>case removed</source>
            <translation>іс жойылды</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="172" />
            <source>case changed</source>
            <translation>іс өзгертілді</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="173" />
            <source>registered</source>
            <translation>тіркелді</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="173" />
            <source>removed</source>
            <translation>жойылды</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="174" />
            <source>corrected</source>
            <translation>түзетілді</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="183" />
            <source>Discard changes?</source>
            <translation>Өзгерістерді тастау керек пе?</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/applicant_card.py" line="186" />
            <source>What you typed in this card is not saved. Close it and lose the changes?</source>
            <translation>Осы карточкада терілгендер сақталмаған. Жауып, өзгерістерден бас тарту керек пе?</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/applicant_card.py" line="125" />
            <source>&amp;New case…</source>
            <translation>&amp;Жаңа іс…</translation>
        </message>
    </context>
    <context>
        <name>CaseText</name>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="74" />
            <source>Case {number}: {name}</source>
            <translation>{number} ісі: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="75" />
            <source>New case: {name}</source>
            <translation>Жаңа іс: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="78" />
            <source>&amp;Direction</source>
            <translation>&amp;Бағыт</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="78" />
            <source>&amp;Measure</source>
            <translation>&amp;Шара</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="79" />
            <source>A&amp;pplication date</source>
            <translation>Ө&amp;тініш күні</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="79" />
            <source>State</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="80" />
            <source>S&amp;tart date</source>
            <translation>Б&amp;асталу күні</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="80" />
            <source>Monthly &amp;wage, tenge</source>
            <translation>Айлық &amp;жалақы, теңге</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="81" />
            <source>Family members moving</source>
            <translation>Көшетін отбасы мүшелері</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="82" />
            <source>Amount</source>
            <translation>Сома</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="85" />
            <source>Application</source>
            <translation>Өтініш</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="86" />
            <source>Questions for the eligibility check</source>
            <translation>Құқықты тексеруге арналған сұрақтар</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="87" />
            <source>Categories</source>
            <translation>Санаттары</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="87" />
            <source>Eligibility</source>
            <translation>Қатысу құқығы</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="88" />
            <source>Calculation</source>
            <translation>Есептеу</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="92" />
            <source>Years of residence in the settlement</source>
            <translation>Елді мекенде тұрған жылдары</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="93" />
            <source>Move type</source>
            <translation>Көшу түрі</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="94" />
            <source>Where the business will be</source>
            <translation>Бизнес қай жерде болады</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="95" />
            <source>Year of school graduation</source>
            <translation>Мектепті бітірген жылы</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="96" />
            <source>Oralman within the quota</source>
            <translation>Квота шегіндегі оралман</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="97" />
            <source>Acquired citizenship</source>
            <translation>Азаматтық алған</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="98" />
            <source>Settlement on the low-potential list</source>
            <translation>Елді мекен әлеуеті төмендер тізімінде</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="100" />
            <source>Vocational education matches the vacancy</source>
            <translation>Кәсіптік білімі бос орынға сәйкес</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="101" />
            <source>Move arranged by the employer</source>
            <translation>Көшуді жұмыс беруші ұйымдастырды</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="103" />
            <source>A family member has a job after the move</source>
            <translation>Көшкеннен кейін отбасы мүшесінің жұмысы бар</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="104" />
            <source>Family can pay rent and utilities</source>
            <translation>Отбасы жалдау мен коммуналдық төлемдерді төлей алады</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="105" />
            <source>Labour or social contract</source>
            <translation>Еңбек немесе әлеуметтік келісімшарт</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="106" />
            <source>Takes part in housing savings</source>
            <translation>Тұрғын үй жинақтарына қатысады</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="107" />
            <source>Wants to start a business</source>
            <translation>Кәсіп ашқысы келеді</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="108" />
            <source>Has a business plan</source>
            <translation>Бизнес-жоспары бар</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="109" />
            <source>Pilot region</source>
            <translation>Пилоттық өңір</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="113" />
            <source>not stated</source>
            <translation>көрсетілмеген</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="113" />
            <source>yes</source>
            <translation>иә</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="113" />
            <source>no</source>
            <translation>жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="114" />
            <source>within the district</source>
            <translation>аудан ішінде</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="115" />
            <source>within the region</source>
            <translation>облыс ішінде</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="116" />
            <source>to another region</source>
            <translation>басқа облысқа</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="117" />
            <source>rural settlement</source>
            <translation>ауылдық елді мекен</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="118" />
            <source>small town</source>
            <translation>шағын қала</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="119" />
            <source>urban-type settlement</source>
            <translation>кент</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="120" />
            <source>other town or city</source>
            <translation>басқа қала</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="123" />
            <source>Eligible</source>
            <translation>Құқығы бар</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="123" />
            <source>Not eligible</source>
            <translation>Құқығы жоқ</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="124" />
            <source>Needs more information</source>
            <translation>Қосымша мәлімет керек</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="127" />
            <source>Still needed: {fields}</source>
            <translation>Тағы керек: {fields}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="130" />
            <source>Exemptions</source>
            <translation>Жеңілдіктер</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="133" />
            <source>Priority groups</source>
            <translation>Басым топтар</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="136" />
            <source>This measure has no amount to calculate.</source>
            <translation>Бұл шара үшін есептелетін сома жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="139" />
            <source>Month</source>
            <translation>Ай</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="142" />
            <source>&amp;Save</source>
            <translation>&amp;Сақтау</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="145" />
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="149" />
            <source>Send to the employment centre</source>
            <translation>Жұмыспен қамту орталығына жіберу</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="150" />
            <source>Include in the programme</source>
            <translation>Бағдарламаға енгізу</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="151" />
            <source>Refuse</source>
            <translation>Бас тарту</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="152" />
            <source>Applicant withdrew</source>
            <translation>Өтініш беруші бас тартты</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="153" />
            <source>Contract signed</source>
            <translation>Келісімшартқа қол қойылды</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="154" />
            <source>Participation started</source>
            <translation>Қатысу басталды</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="155" />
            <source>Completed</source>
            <translation>Аяқталды</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="156" />
            <source>Terminate</source>
            <translation>Тоқтату</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/case_form.py" line="160" />
            <source>Saved as case {number}.</source>
            <translation>{number} ісі ретінде сақталды.</translation>
        </message>
    </context>
    <context>
        <name>ChartLabels</name>
        <message>
            <location filename="../../desktop/ui/report_model.py" line="204" />
            <source>Applications</source>
            <translation>Өтініштер</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_model.py" line="205" />
            <source>Participants</source>
            <translation>Қатысушылар</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_model.py" line="206" />
            <source>Placed in work</source>
            <translation>Жұмысқа орналастырылғандар</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_model.py" line="207" />
            <source>Contracts signed</source>
            <translation>Жасалған келісімшарттар</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_model.py" line="212" />
            <source>1. Training and employment</source>
            <translation>1. Оқыту және жұмысқа орналастыру</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_model.py" line="213" />
            <source>2. Entrepreneurship</source>
            <translation>2. Кәсіпкерлік</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_model.py" line="214" />
            <source>3. Labour mobility</source>
            <translation>3. Еңбек ұтқырлығы</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_model.py" line="215" />
            <source>4. Rural development</source>
            <translation>4. Ауылды дамыту</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_model.py" line="221" />
            <source>Applications in the month</source>
            <translation>Айдағы өтініштер</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_model.py" line="222" />
            <source>Participants in the month</source>
            <translation>Айдағы қатысушылар</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_model.py" line="223" />
            <source>Participants since 1 January</source>
            <translation>Жыл басынан бергі қатысушылар</translation>
        </message>
    </context>
    <context>
        <name>ChartWidget</name>
        <message>
            <location filename="../../desktop/ui/charts.py" line="120" />
            <source>No data for this period.</source>
            <translation>Бұл кезеңде деректер жоқ.</translation>
        </message>
    </context>
    <context>
        <name>DashboardWindow</name>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="572" />
            <source>Dashboard — Qadam</source>
            <translation>Көрсеткіштер тақтасы — Qadam</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="573" />
            <source>&amp;Up to:</source>
            <translation>&amp;Соңғы ай:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="574" />
            <source>&amp;Refresh</source>
            <translation>&amp;Жаңарту</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="588" />
            <source>Counting the last 12 months…</source>
            <translation>Соңғы 12 ай есептелуде…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="621" />
            <source>Indicators by month</source>
            <translation>Айлар бойынша көрсеткіштер</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="625" />
            <source>By direction, {month}</source>
            <translation>Бағыттар бойынша, {month}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="627" />
            <source>By direction</source>
            <translation>Бағыттар бойынша</translation>
        </message>
    </context>
    <context>
        <name>DueDateLabel</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/report_window.py" line="191" />
            <source>Report for {month} is due by {date}: %n days left</source>
            <translation>
                <numerusform>{month} есебі — тапсыру мерзімі {date}: %n күн қалды</numerusform>
                <numerusform>{month} есебі — тапсыру мерзімі {date}: %n күн қалды</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="193" />
            <source>Report for {month} is due tomorrow, {date}</source>
            <translation>{month} есебі — тапсыру мерзімі ертең, {date}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="195" />
            <source>Report for {month} is due today, {date}</source>
            <translation>{month} есебі — тапсыру мерзімі бүгін, {date}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="197" />
            <source>Report for {month} was due by {date}</source>
            <translation>{month} есебінің тапсыру мерзімі — {date}</translation>
        </message>
    </context>
    <context>
        <name>DuplicateTableModel</name>
        <message>
            <location filename="../../desktop/ui/import_model.py" line="115" />
            <source>IIN</source>
            <translation>ЖСН</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_model.py" line="115" />
            <source>Rows</source>
            <translation>Жолдар</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_model.py" line="115" />
            <source>Already registered to</source>
            <translation>Кімге тіркелген</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../desktop/ui/i18n.py" line="132" />
            <source>Something unexpected went wrong ({kind}). Nothing was changed. Try again; if it happens again, tell the district centre.</source>
            <translation>Күтпеген қате орын алды ({kind}). Ештеңе өзгертілген жоқ. Қайталап көріңіз; қате қайталанса, аудандық орталыққа хабарлаңыз.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="170" />
            <source>Vacancies</source>
            <translation>Бос жұмыс орындары</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="171" />
            <source>Education organisations</source>
            <translation>Білім беру ұйымдары</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="172" />
            <source>Settlements and their potential</source>
            <translation>Елді мекендер және олардың әлеуеті</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="173" />
            <source>Applicants (older spreadsheets)</source>
            <translation>Өтініш берушілер (бұрынғы кестелерден)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="177" />
            <source>Import from Excel</source>
            <translation>Excel-ден импорттау</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="178" />
            <source>&amp;File:</source>
            <translation>&amp;Файл:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="179" />
            <source>&amp;List:</source>
            <translation>&amp;Тізім:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="180" />
            <source>An Excel workbook (.xlsx)</source>
            <translation>Excel кітабы (.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="181" />
            <source>&amp;Choose…</source>
            <translation>&amp;Таңдау…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="182" />
            <source>Chec&amp;k</source>
            <translation>&amp;Тексеру</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="183" />
            <source>Problems, row by row</source>
            <translation>Жолдардағы қателер</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="184" />
            <source>The same IIN more than once</source>
            <translation>Бірнеше рет кездесетін ЖСН</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="186" />
            <source>Import &amp;only the valid rows (rows with problems are skipped)</source>
            <translation>Тек &amp;дұрыс жолдарды импорттау (қатесі бар жолдар өткізіліп жіберіледі)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="188" />
            <source>&amp;Import</source>
            <translation>&amp;Импорттау</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="189" />
            <source>Cancel</source>
            <translation>Болдырмау</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="190" />
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="212" />
            <source>Choose an Excel file</source>
            <translation>Excel файлын таңдаңыз</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="214" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel кітаптары (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="235" />
            <source>Choose the Excel file to import.</source>
            <translation>Импорттайтын Excel файлын таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="242" />
            <source>Checking every row…</source>
            <translation>Әр жол тексерілуде…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="286" />
            <source>Sheet “{sheet}”, headings in row {row}.</source>
            <translation>«{sheet}» парағы, баған тақырыптары {row}-жолда.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="290" />
            <source>Rows: {rows}. New: {new}, unchanged: {unchanged}, changed: {changed}, with problems: {invalid}.</source>
            <translation>Жолдар: {rows}. Жаңа: {new}, өзгермеген: {unchanged}, өзгерген: {changed}, қатесі бар: {invalid}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="302" />
            <source>Columns that are not imported: {columns}.</source>
            <translation>Импортталмайтын бағандар: {columns}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="309" />
            <source>&lt;b&gt;Nothing will be imported while rows have problems.&lt;/b&gt; Correct the file and check it again, or tick “import only the valid rows”.</source>
            <translation>&lt;b&gt;Қатесі бар жолдар тұрғанда ештеңе импортталмайды.&lt;/b&gt; Файлды түзетіп, қайта тексеріңіз немесе «тек дұрыс жолдарды импорттау» белгісін қойыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="314" />
            <source>Everything in this file is already in the database.</source>
            <translation>Бұл файлдағының бәрі дерекқорда бар.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="316" />
            <source>No problems found. Press Import to write the rows.</source>
            <translation>Қате табылған жоқ. Жолдарды жазу үшін «Импорттау» батырмасын басыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="384" />
            <source>Import cancelled: nothing was written.</source>
            <translation>Импорттау тоқтатылды: ештеңе жазылған жоқ.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_dialog.py" line="394" />
            <source>Imported. New: {new}, changed: {changed}, skipped rows with problems: {skipped}.</source>
            <translation>Импортталды. Жаңа: {new}, өзгерген: {changed}, өткізілген қатесі бар жолдар: {skipped}.</translation>
        </message>
    </context>
    <context>
        <name>LockDialog</name>
        <message>
            <location filename="../../desktop/ui/lock_dialog.py" line="78" />
            <source>Qadam — locked</source>
            <translation>Qadam — құлыпталған</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock_dialog.py" line="80" />
            <source>&lt;b&gt;Qadam is locked&lt;/b&gt; after a time without use. {user}, type your passphrase to go on where you stopped.</source>
            <translation>&lt;b&gt;Qadam құлыпталды&lt;/b&gt;: біраз уақыт пайдаланылмады. {user}, тоқтаған жеріңізден жалғастыру үшін құпия фразаңызды теріңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock_dialog.py" line="85" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Құпия фраза:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock_dialog.py" line="86" />
            <source>&amp;Unlock</source>
            <translation>&amp;Ашу</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock_dialog.py" line="87" />
            <source>&amp;Quit Qadam</source>
            <translation>Qadam-нан &amp;шығу</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock_dialog.py" line="108" />
            <source>Type your passphrase.</source>
            <translation>Құпия фразаңызды теріңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/lock_dialog.py" line="124" />
            <source>Checking the passphrase…</source>
            <translation>Құпия фраза тексерілуде…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="192" />
            <source>About Qadam</source>
            <translation>Qadam туралы</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="194" />
            <source>Qadam {version}: casework of the Employment Programme 2020 for village akimats.</source>
            <translation>Qadam {version}: ауылдық округ әкімдері аппараттарына арналған «Жұмыспен қамту 2020» бағдарламасы бойынша істерді жүргізу.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="200" />
            <source>Qadam — {user}</source>
            <translation>Qadam — {user}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="201" />
            <source>Search by surname, first name or IIN (Ctrl+F)</source>
            <translation>Тегі, аты немесе ЖСН бойынша іздеу (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="202" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="203" />
            <source>&amp;Quit</source>
            <translation>&amp;Шығу</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="204" />
            <source>&amp;Import from Excel…</source>
            <translation>Excel-ден &amp;импорттау…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="205" />
            <source>&amp;Reports</source>
            <translation>&amp;Есептер</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="206" />
            <source>&amp;Monthly report…</source>
            <translation>&amp;Ай сайынғы есеп…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="207" />
            <source>&amp;Dashboard…</source>
            <translation>&amp;Көрсеткіштер тақтасы…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="208" />
            <source>&amp;Find</source>
            <translation>&amp;Іздеу</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="209" />
            <source>&amp;Language</source>
            <translation>&amp;Тіл</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="210" />
            <source>&amp;Help</source>
            <translation>&amp;Анықтама</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="211" />
            <source>&amp;About Qadam</source>
            <translation>Qadam &amp;туралы</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="236" />
            <source>Applicants in the database: {count}</source>
            <translation>Дерекқордағы өтініш берушілер: {count}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="243" />
            <source>Found: {count}</source>
            <translation>Табылды: {count}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="245" />
            <source>Nobody found. Check the spelling or type fewer letters.</source>
            <translation>Ешкім табылмады. Жазылуын тексеріңіз немесе азырақ әріп теріңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="247" />
            <source>Shown: {count}</source>
            <translation>Көрсетілді: {count}</translation>
        </message>
        <message>
            <location filename="../work/main/desktop/ui/main_window.py" line="240" />
            <source>&amp;New applicant…</source>
            <translation>&amp;Жаңа өтініш беруші…</translation>
        </message>
    </context>
    <context>
        <name>ProblemTableModel</name>
        <message>
            <location filename="../../desktop/ui/import_model.py" line="75" />
            <source>Row</source>
            <translation>Жол</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_model.py" line="75" />
            <source>Column</source>
            <translation>Баған</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/import_model.py" line="75" />
            <source>Problem</source>
            <translation>Қате</translation>
        </message>
    </context>
    <context>
        <name>ReportWindow</name>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="358" />
            <source>This okrug</source>
            <translation>Осы округ</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="360" />
            <source>Whole district</source>
            <translation>Бүкіл аудан</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="361" />
            <source>Whole district, per okrug</source>
            <translation>Бүкіл аудан, округтер бойынша</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="365" />
            <source>Monthly report — Qadam</source>
            <translation>Ай сайынғы есеп — Qadam</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="366" />
            <source>&amp;Month:</source>
            <translation>&amp;Ай:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="367" />
            <source>&amp;Scope:</source>
            <translation>&amp;Қамту:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="368" />
            <source>&amp;Refresh</source>
            <translation>&amp;Жаңарту</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="369" />
            <source>Save as &amp;Excel…</source>
            <translation>&amp;Excel ретінде сақтау…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="370" />
            <source>Save as &amp;CSV…</source>
            <translation>&amp;CSV ретінде сақтау…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="371" />
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="396" />
            <source>Monthly report {period}</source>
            <translation>Ай сайынғы есеп: {period}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="415" />
            <source>Building the report…</source>
            <translation>Есеп жасалуда…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="473" />
            <source>Save the report as Excel</source>
            <translation>Есепті Excel ретінде сақтау</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="475" />
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel кітаптары (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="491" />
            <source>Save the report as CSV</source>
            <translation>Есепті CSV ретінде сақтау</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="493" />
            <source>CSV files (*.csv)</source>
            <translation>CSV файлдары (*.csv)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="504" />
            <source>Saving {name}…</source>
            <translation>{name} сақталуда…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/report_window.py" line="510" />
            <source>Saved: {path}</source>
            <translation>Сақталды: {path}</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="127" />
            <source>Qadam — first start</source>
            <translation>Qadam — алғашқы іске қосу</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="130" />
            <source>&lt;b&gt;Welcome to Qadam.&lt;/b&gt; Create the encrypted database for this office. Remember the passphrase: without it the data can be opened only with the district centre's help.</source>
            <translation>&lt;b&gt;Qadam-ға қош келдіңіз.&lt;/b&gt; Осы жұмыс орнына арналған шифрланған дерекқорды жасаңыз. Құпия фразаны есте сақтаңыз: онсыз деректерді тек аудандық орталықтың көмегімен ашуға болады.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="136" />
            <source>&amp;Language:</source>
            <translation>&amp;Тіл:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="137" />
            <source>&amp;Database file:</source>
            <translation>&amp;Дерекқор файлы:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="138" />
            <source>&amp;Full name:</source>
            <translation>&amp;Толық аты-жөні:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="139" />
            <source>&amp;User name:</source>
            <translation>&amp;Пайдаланушы аты:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="140" />
            <source>Rural &amp;okrug (КАТО code):</source>
            <translation>Ауылдық &amp;округ (ӘАОЖ коды):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="141" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Құпия фраза:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="142" />
            <source>&amp;Repeat passphrase:</source>
            <translation>Құпия фразаны қа&amp;йталаңыз:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="146" />
            <source>&amp;Browse…</source>
            <translation>Ш&amp;олу…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="147" />
            <source>e.g. Nurlanova Aigerim Serikovna</source>
            <translation>мысалы, Нұрланова Әйгерім Серікқызы</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="148" />
            <source>9 digits, optional; e.g. 634603000</source>
            <translation>9 цифр, міндетті емес; мысалы, 634603000</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="149" />
            <source>&amp;Show passphrase</source>
            <translation>Құпия фразаны &amp;көрсету</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="150" />
            <source>&amp;Create database</source>
            <translation>Дерекқорды &amp;жасау</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="163" />
            <source>At least {minimum} characters. A few unrelated words are easy to remember and hard to guess.</source>
            <translation>Кемінде {minimum} таңба. Бір-бірімен байланысы жоқ бірнеше сөзді есте сақтау оңай, ал табу қиын.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="167" />
            <source>Too short: {length} of at least {minimum} characters.</source>
            <translation>Тым қысқа: {length} таңба, кемінде {minimum} керек.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="169" />
            <source>Acceptable. A longer passphrase is stronger: add a word.</source>
            <translation>Жарамды. Құпия фраза неғұрлым ұзын болса, соғұрлым берік: тағы бір сөз қосыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="170" />
            <source>Strong passphrase.</source>
            <translation>Құпия фраза берік.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="184" />
            <source>Where to keep the database</source>
            <translation>Дерекқорды қайда сақтау керек</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="186" />
            <source>Qadam database (*.db)</source>
            <translation>Qadam дерекқоры (*.db)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="211" />
            <source>Choose where to keep the database.</source>
            <translation>Дерекқорды қайда сақтайтыныңызды таңдаңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="214" />
            <source>Enter your full name.</source>
            <translation>Толық аты-жөніңізді енгізіңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="217" />
            <source>Enter a user name without spaces, e.g. admin.</source>
            <translation>Пайдаланушы атын бос орынсыз енгізіңіз, мысалы, admin.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="229" />
            <source>This is not a rural okrug's code: an okrug's КАТО code ends in 000, e.g. 634603000. Leave the field empty if you do not know it.</source>
            <translation>Бұл ауылдық округтің коды емес: округтің ӘАОЖ коды 000-ға аяқталады, мысалы, 634603000. Кодты білмесеңіз, өрісті бос қалдырыңыз.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="239" />
            <source>The two passphrases differ. Type the same passphrase twice.</source>
            <translation>Екі құпия фраза бірдей емес. Бір құпия фразаны екі рет теріңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="259" />
            <source>Creating the encrypted database… This takes a few seconds.</source>
            <translation>Шифрланған дерекқор жасалуда… Бұл бірнеше секундқа созылады.</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../desktop/ui/unlock_dialog.py" line="86" />
            <source>Qadam — unlock</source>
            <translation>Qadam — құлыпты ашу</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/unlock_dialog.py" line="88" />
            <source>&lt;b&gt;Unlock the database.&lt;/b&gt; Choose your name and type your passphrase.</source>
            <translation>&lt;b&gt;Дерекқордың құлпын ашыңыз.&lt;/b&gt; Атыңызды таңдап, құпия фразаңызды теріңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/unlock_dialog.py" line="90" />
            <source>Database: {path}</source>
            <translation>Дерекқор: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/unlock_dialog.py" line="93" />
            <source>&amp;Language:</source>
            <translation>&amp;Тіл:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/unlock_dialog.py" line="93" />
            <source>&amp;User:</source>
            <translation>&amp;Пайдаланушы:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/unlock_dialog.py" line="93" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Құпия фраза:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/unlock_dialog.py" line="97" />
            <source>&amp;Unlock</source>
            <translation>&amp;Ашу</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/unlock_dialog.py" line="122" />
            <source>Type your passphrase.</source>
            <translation>Құпия фразаңызды теріңіз.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/unlock_dialog.py" line="139" />
            <source>Checking the passphrase…</source>
            <translation>Құпия фраза тексерілуде…</translation>
        </message>
    </context>
</TS>
