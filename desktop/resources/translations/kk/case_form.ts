<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>CaseText</name>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="80"/>
        <source>Case {number}: {name}</source>
        <translation>{number} ісі: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="81"/>
        <source>New case: {name}</source>
        <translation>Жаңа іс: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="84"/>
        <source>&amp;Direction</source>
        <translation>&amp;Бағыт</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="84"/>
        <source>&amp;Measure</source>
        <translation>&amp;Шара</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="85"/>
        <source>A&amp;pplication date</source>
        <translation>Ө&amp;тініш күні</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="85"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="86"/>
        <source>S&amp;tart date</source>
        <translation>Б&amp;асталу күні</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="86"/>
        <source>Monthly &amp;wage, tenge</source>
        <translation>Айлық &amp;жалақы, теңге</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="87"/>
        <source>Family members moving</source>
        <translation>Көшетін отбасы мүшелері</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="88"/>
        <location filename="../../../desktop/ui/case_form.py" line="145"/>
        <source>Amount</source>
        <translation>Сома</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="91"/>
        <source>Application</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="92"/>
        <source>Questions for the eligibility check</source>
        <translation>Құқықты тексеруге арналған сұрақтар</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="93"/>
        <source>Categories</source>
        <translation>Санаттары</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="93"/>
        <source>Eligibility</source>
        <translation>Қатысу құқығы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="94"/>
        <source>Calculation</source>
        <translation>Есептеу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="98"/>
        <source>Years of residence in the settlement</source>
        <translation>Елді мекенде тұрған жылдары</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="99"/>
        <source>Move type</source>
        <translation>Көшу түрі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="100"/>
        <source>Where the business will be</source>
        <translation>Бизнес қай жерде болады</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="101"/>
        <source>Year of school graduation</source>
        <translation>Мектепті бітірген жылы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="102"/>
        <source>Oralman within the quota</source>
        <translation>Квота шегіндегі оралман</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="103"/>
        <source>Acquired citizenship</source>
        <translation>Азаматтық алған</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="104"/>
        <source>Settlement on the low-potential list</source>
        <translation>Елді мекен әлеуеті төмендер тізімінде</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="106"/>
        <source>Vocational education matches the vacancy</source>
        <translation>Кәсіптік білімі бос орынға сәйкес</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="107"/>
        <source>Move arranged by the employer</source>
        <translation>Көшуді жұмыс беруші ұйымдастырды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="109"/>
        <source>A family member has a job after the move</source>
        <translation>Көшкеннен кейін отбасы мүшесінің жұмысы бар</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="110"/>
        <source>Family can pay rent and utilities</source>
        <translation>Отбасы жалдау мен коммуналдық төлемдерді төлей алады</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="111"/>
        <source>Labour or social contract</source>
        <translation>Еңбек немесе әлеуметтік келісімшарт</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="112"/>
        <source>Takes part in housing savings</source>
        <translation>Тұрғын үй жинақтарына қатысады</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="113"/>
        <source>Wants to start a business</source>
        <translation>Кәсіп ашқысы келеді</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="114"/>
        <source>Has a business plan</source>
        <translation>Бизнес-жоспары бар</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="115"/>
        <source>Pilot region</source>
        <translation>Пилоттық өңір</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="119"/>
        <source>not stated</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="119"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="119"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="120"/>
        <source>within the district</source>
        <translation>аудан ішінде</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="121"/>
        <source>within the region</source>
        <translation>облыс ішінде</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="122"/>
        <source>to another region</source>
        <translation>басқа облысқа</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="123"/>
        <source>rural settlement</source>
        <translation>ауылдық елді мекен</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="124"/>
        <source>small town</source>
        <translation>шағын қала</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="125"/>
        <source>urban-type settlement</source>
        <translation>кент</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="126"/>
        <source>other town or city</source>
        <translation>басқа қала</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="129"/>
        <source>Eligible</source>
        <translation>Құқығы бар</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="129"/>
        <source>Not eligible</source>
        <translation>Құқығы жоқ</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="130"/>
        <source>Needs more information</source>
        <translation>Қосымша мәлімет керек</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="133"/>
        <source>Still needed: {fields}</source>
        <translation>Тағы керек: {fields}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="136"/>
        <source>Exemptions</source>
        <translation>Жеңілдіктер</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="139"/>
        <source>Priority groups</source>
        <translation>Басым топтар</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="142"/>
        <source>This measure has no amount to calculate.</source>
        <translation>Бұл шара үшін есептелетін сома жоқ.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="145"/>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="148"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="151"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="155"/>
        <source>Send to the employment centre</source>
        <translation>Жұмыспен қамту орталығына жіберу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="156"/>
        <source>Include in the programme</source>
        <translation>Бағдарламаға енгізу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="157"/>
        <source>Refuse</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="158"/>
        <source>Applicant withdrew</source>
        <translation>Өтініш беруші бас тартты</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="159"/>
        <source>Contract signed</source>
        <translation>Келісімшартқа қол қойылды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="160"/>
        <source>Participation started</source>
        <translation>Қатысу басталды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="161"/>
        <source>Completed</source>
        <translation>Аяқталды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="162"/>
        <source>Terminate</source>
        <translation>Тоқтату</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="166"/>
        <source>Saved as case {number}.</source>
        <translation>{number} ісі ретінде сақталды.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="169"/>
        <source>Social &amp;contract…</source>
        <translation>Әлеуметтік &amp;келісімшарт…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/case_form.py" line="172"/>
        <source>Akim&apos;s co&amp;nclusion…</source>
        <translation>Әкім &amp;қорытындысы…</translation>
    </message>
</context>
</TS>
