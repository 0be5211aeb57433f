<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>CardText</name>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="59"/>
        <source>New applicant</source>
        <translation>Жаңа өтініш беруші</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="60"/>
        <source>Applicant: {name}</source>
        <translation>Өтініш беруші: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="67"/>
        <source>&amp;IIN</source>
        <translation>&amp;ЖСН</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="68"/>
        <source>From the IIN</source>
        <translation>ЖСН бойынша</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="69"/>
        <source>&amp;Surname</source>
        <translation>&amp;Тегі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="70"/>
        <source>&amp;First name</source>
        <translation>&amp;Аты</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="71"/>
        <source>&amp;Patronymic</source>
        <translation>Әкесінің а&amp;ты</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="72"/>
        <source>C&amp;itizenship</source>
        <translation>А&amp;заматтығы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="73"/>
        <source>P&amp;hone</source>
        <translation>Те&amp;лефон</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="74"/>
        <source>Se&amp;ttlement</source>
        <translation>&amp;Елді мекен</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="75"/>
        <source>Settlement</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="76"/>
        <source>&amp;Address</source>
        <translation>&amp;Мекенжайы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="77"/>
        <source>Sp&amp;ecialty</source>
        <translation>Мама&amp;ндығы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="78"/>
        <source>Categories</source>
        <translation>Санаттары</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="79"/>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="80"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="81"/>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="82"/>
        <source>Removed</source>
        <translation>Жойылды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="83"/>
        <location filename="../../../desktop/ui/applicant_card.py" line="151"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="84"/>
        <location filename="../../../desktop/ui/applicant_card.py" line="151"/>
        <source>Measure</source>
        <translation>Шара</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="85"/>
        <location filename="../../../desktop/ui/applicant_card.py" line="151"/>
        <source>Direction</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="91"/>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="94"/>
        <source>{count} of 12 digits</source>
        <translation>12 цифрдың {count}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="97"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="97"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="98"/>
        <source>Born {date}, {sex}</source>
        <translation>Туған күні {date}, жынысы: {sex}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="101"/>
        <source>IIN {iin} is already registered: {name}. Open that card instead of registering the person twice.</source>
        <translation>ЖСН {iin} тіркелген: {name}. Адамды екі рет тіркемей, сол карточканы ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="105"/>
        <source>This IIN already has an open case {number} ({state}): a new application must wait until it is closed.</source>
        <translation>Бұл ЖСН бойынша ашық іс бар: {number} ({state}). Жаңа өтініш ол жабылғаннан кейін ғана беріледі.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="111"/>
        <source>&amp;Open that applicant</source>
        <translation>Сол өтініш берушіні аш&amp;у</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="115"/>
        <source>oralman (qandas)</source>
        <translation>қандас (оралман)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="116"/>
        <source>citizen of Kazakhstan</source>
        <translation>Қазақстан азаматы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="120"/>
        <source>partially employed</source>
        <translation>ішінара жұмыспен қамтылған</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="121"/>
        <source>unemployed</source>
        <translation>жұмыссыз</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="122"/>
        <source>self-employed</source>
        <translation>өз бетінше жұмыспен қамтылған</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="123"/>
        <source>low-income</source>
        <translation>аз қамтамасыз етілген</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="124"/>
        <source>school graduate of this year</source>
        <translation>биылғы 11-сынып түлегі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="125"/>
        <source>disabled, able to work</source>
        <translation>еңбекке қабілетті мүгедек</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="126"/>
        <source>orphan or without parental care</source>
        <translation>жетім немесе ата-ана қамқорлығынсыз қалған</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="127"/>
        <source>retired before the usual age</source>
        <translation>мерзімінен бұрын зейнеткерлікке шыққан</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="128"/>
        <source>hazardous work, special allowance</source>
        <translation>зиянды жұмыс, арнаулы жәрдемақы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="129"/>
        <source>other target group</source>
        <translation>басқа нысаналы топ</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="133"/>
        <source>&amp;Cases ({count})</source>
        <translation>&amp;Істер ({count})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="136"/>
        <source>&amp;New case…</source>
        <translation>&amp;Жаңа іс…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="139"/>
        <source>&amp;Matching vacancies…</source>
        <translation>Сәйкес &amp;бос жұмыс орындары…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="142"/>
        <source>&amp;History</source>
        <translation>Өз&amp;герістер тарихы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="145"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="148"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="151"/>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="152"/>
        <source>Applied on</source>
        <translation>Өтініш күні</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="155"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="155"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="155"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="155"/>
        <source>Changed fields</source>
        <translation>Өзгерген өрістер</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="158"/>
        <source>direction {number}</source>
        <translation>{number}-бағыт</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="162"/>
        <source>consultation</source>
        <translation>кеңес беру</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="163"/>
        <source>vocational training</source>
        <translation>кәсіптік оқыту</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="164"/>
        <source>social job</source>
        <translation>әлеуметтік жұмыс орны</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="165"/>
        <source>youth practice</source>
        <translation>жастар практикасы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="166"/>
        <source>business training</source>
        <translation>кәсіпкерлік негіздеріне оқыту</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="167"/>
        <source>microcredit</source>
        <translation>микрокредит</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="168"/>
        <source>relocation</source>
        <translation>қоныс аудару</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="169"/>
        <source>infrastructure job</source>
        <translation>инфрақұрылымдық жобадағы жұмыс</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="174"/>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="175"/>
        <source>sent to the employment centre</source>
        <translation>ХЖО-ға жіберілді</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="176"/>
        <source>included</source>
        <translation>қатысушыларға енгізілді</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="177"/>
        <source>refused</source>
        <translation>бас тартылды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="178"/>
        <source>contract signed</source>
        <translation>келісімшарт жасалды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="179"/>
        <source>in progress</source>
        <translation>орындалуда</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="180"/>
        <source>completed</source>
        <translation>аяқталды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="181"/>
        <source>terminated</source>
        <translation>бұзылды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="182"/>
        <source>withdrawn</source>
        <translation>кері қайтарылды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="187"/>
        <source>case opened</source>
        <translation>іс ашылды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="187"/>
        <source>case removed</source>
        <translation>іс жойылды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="188"/>
        <source>case changed</source>
        <translation>іс өзгертілді</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="189"/>
        <source>registered</source>
        <translation>тіркелді</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="189"/>
        <source>removed</source>
        <translation>жойылды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="190"/>
        <source>corrected</source>
        <translation>түзетілді</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="199"/>
        <source>Discard changes?</source>
        <translation>Өзгерістерді тастау керек пе?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/applicant_card.py" line="202"/>
        <source>What you typed in this card is not saved. Close it and lose the changes?</source>
        <translation>Осы карточкада терілгендер сақталмаған. Жауып, өзгерістерден бас тарту керек пе?</translation>
    </message>
</context>
</TS>
