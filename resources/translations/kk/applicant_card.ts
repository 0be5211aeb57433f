<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>CardText</name>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="49"/>
        <source>New applicant</source>
        <translation>Жаңа өтініш беруші</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="50"/>
        <source>Applicant: {name}</source>
        <translation>Өтініш беруші: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="57"/>
        <source>&amp;IIN</source>
        <translation>&amp;ЖСН</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="58"/>
        <source>From the IIN</source>
        <translation>ЖСН бойынша</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="59"/>
        <source>&amp;Surname</source>
        <translation>&amp;Тегі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="60"/>
        <source>&amp;First name</source>
        <translation>&amp;Аты</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="61"/>
        <source>&amp;Patronymic</source>
        <translation>Әкесінің а&amp;ты</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="62"/>
        <source>C&amp;itizenship</source>
        <translation>А&amp;заматтығы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="63"/>
        <source>P&amp;hone</source>
        <translation>Те&amp;лефон</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="64"/>
        <source>Se&amp;ttlement</source>
        <translation>&amp;Елді мекен</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="65"/>
        <source>Settlement</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="66"/>
        <source>&amp;Address</source>
        <translation>&amp;Мекенжайы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="67"/>
        <source>Categories</source>
        <translation>Санаттары</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="68"/>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="69"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="70"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="71"/>
        <source>Removed</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="72"/>
        <location filename="../../../desktop/ui/applicant_card.py" line="137"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="73"/>
        <location filename="../../../desktop/ui/applicant_card.py" line="137"/>
        <source>Measure</source>
        <translation>Шара</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="74"/>
        <location filename="../../../desktop/ui/applicant_card.py" line="137"/>
        <source>Direction</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="80"/>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="83"/>
        <source>{count} of 12 digits</source>
        <translation>12 цифрдың {count}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="86"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="86"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="87"/>
        <source>Born {date}, {sex}</source>
        <translation>Туған күні {date}, жынысы: {sex}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="90"/>
        <source>IIN {iin} is already registered: {name}. Open that card instead of registering the person twice.</source>
        <translation>ЖСН {iin} тіркелген: {name}. Адамды екі рет тіркемей, сол карточканы ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="94"/>
        <source>This IIN already has an open case {number} ({state}): a new application must wait until it is closed.</source>
        <translation>Бұл ЖСН бойынша ашық іс бар: {number} ({state}). Жаңа өтініш ол жабылғаннан кейін ғана беріледі.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="100"/>
        <source>&amp;Open that applicant</source>
        <translation>Сол өтініш берушіні аш&amp;у</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="104"/>
        <source>oralman (qandas)</source>
        <translation>қандас (оралман)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="105"/>
        <source>citizen of Kazakhstan</source>
        <translation>Қазақстан азаматы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="109"/>
        <source>partially employed</source>
        <translation>ішінара жұмыспен қамтылған</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="110"/>
        <source>unemployed</source>
        <translation>жұмыссыз</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="111"/>
        <source>self-employed</source>
        <translation>өз бетінше жұмыспен қамтылған</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="112"/>
        <source>low-income</source>
        <translation>аз қамтамасыз етілген</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="113"/>
        <source>school graduate of this year</source>
        <translation>биылғы 11-сынып түлегі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="114"/>
        <source>disabled, able to work</source>
        <translation>еңбекке қабілетті мүгедек</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="115"/>
        <source>orphan or without parental care</source>
        <translation>жетім немесе ата-ана қамқорлығынсыз қалған</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="116"/>
        <source>retired before the usual age</source>
        <translation>мерзімінен бұрын зейнеткерлікке шыққан</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="117"/>
        <source>hazardous work, special allowance</source>
        <translation>зиянды жұмыс, арнаулы жәрдемақы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="118"/>
        <source>other target group</source>
        <translation>басқа нысаналы топ</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="122"/>
        <source>&amp;Cases ({count})</source>
        <translation>&amp;Істер ({count})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="125"/>
        <source>&amp;New case…</source>
        <translation>&amp;Жаңа іс…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="128"/>
        <source>&amp;History</source>
        <translation>Өз&amp;герістер тарихы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="131"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="134"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="137"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="138"/>
        <source>Applied on</source>
        <translation>Өтініш күні</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="141"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="141"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="141"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="141"/>
        <source>Changed fields</source>
        <translation>Өзгерген өрістер</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="144"/>
        <source>direction {number}</source>
        <translation>{number}-бағыт</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="148"/>
        <source>consultation</source>
        <translation>кеңес беру</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="149"/>
        <source>vocational training</source>
        <translation>кәсіптік оқыту</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="150"/>
        <source>social job</source>
        <translation>әлеуметтік жұмыс орны</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="151"/>
        <source>youth practice</source>
        <translation>жастар практикасы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="152"/>
        <source>business training</source>
        <translation>кәсіпкерлік негіздеріне оқыту</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="153"/>
        <source>microcredit</source>
        <translation>микрокредит</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="154"/>
        <source>relocation</source>
        <translation>қоныс аудару</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="155"/>
        <source>infrastructure job</source>
        <translation>инфрақұрылымдық жобадағы жұмыс</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="160"/>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="161"/>
        <source>sent to the employment centre</source>
        <translation>ХЖО-ға жіберілді</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="162"/>
        <source>included</source>
        <translation>қатысушыларға енгізілді</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="163"/>
        <source>refused</source>
        <translation>бас тартылды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="164"/>
        <source>contract signed</source>
        <translation>келісімшарт жасалды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="165"/>
        <source>in progress</source>
        <translation>орындалуда</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="166"/>
        <source>completed</source>
        <translation>аяқталды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="167"/>
        <source>terminated</source>
        <translation>бұзылды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="168"/>
        <source>withdrawn</source>
        <translation>кері қайтарылды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="173"/>
        <source>case opened</source>
        <translation>іс ашылды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="173"/>
        <source>case removed</source>
        <translation>іс жойылды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="174"/>
        <source>case changed</source>
        <translation>іс өзгертілді</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="175"/>
        <source>registered</source>
        <translation>тіркелді</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="175"/>
        <source>removed</source>
        <translation>жойылды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="176"/>
        <source>corrected</source>
        <translation>түзетілді</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="185"/>
        <source>Discard changes?</source>
        <translation>Өзгерістерді тастау керек пе?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="188"/>
        <source>What you typed in this card is not saved. Close it and lose the changes?</source>
        <translation>Осы карточкада терілгендер сақталмаған. Жауып, өзгерістерден бас тарту керек пе?</translation>
    </message>
</context>
</TS>
