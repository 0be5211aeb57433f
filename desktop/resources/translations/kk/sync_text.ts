<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>SyncText</name>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="44"/>
        <source>Never synced</source>
        <translation>Әлі синхрондалмаған</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="48"/>
        <source>Synced just now</source>
        <translation>Жаңа ғана синхрондалды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="50"/>
        <source>Synced {count} min ago</source>
        <translation>{count} мин бұрын синхрондалды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="53"/>
        <source>Synced {count} h ago</source>
        <translation>{count} сағ бұрын синхрондалды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="54"/>
        <source>Synced {count} d ago</source>
        <translation>{count} күн бұрын синхрондалды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="66"/>
        <source>{count} d</source>
        <translation>{count} күн</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="68"/>
        <source>{count} h</source>
        <translation>{count} сағ</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="69"/>
        <source>{count} min</source>
        <translation>{count} мин</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="74"/>
        <source>Clock {amount} ahead</source>
        <translation>Сағат {amount} алда</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="75"/>
        <source>Clock {amount} behind</source>
        <translation>Сағат {amount} артта</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="82"/>
        <source>The computer&apos;s clock is {amount} ahead: fix the date and time</source>
        <translation>Компьютер сағаты {amount} алға кеткен: күн мен уақытты түзетіңіз</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="84"/>
        <source>The computer&apos;s clock is {amount} behind: fix the date and time</source>
        <translation>Компьютер сағаты {amount} артта қалған: күн мен уақытты түзетіңіз</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="89"/>
        <source>Not sent: {count}</source>
        <translation>Жіберілмеген: {count}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="92"/>
        <source>Rejected: {count}</source>
        <translation>Қабылданбаған: {count}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="95"/>
        <source>Conflicts: {count}</source>
        <translation>Қайшылықтар: {count}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="98"/>
        <source>Not connected to the district</source>
        <translation>Ауданға қосылмаған</translation>
    </message>
    <message>
        <source>Access withdrawn: enrol again</source>
        <translation>Қолжетімділік алынды: қайта тіркеңіз</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="101"/>
        <source>Syncing…</source>
        <translation>Синхрондалуда…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="104"/>
        <source>Sync with the district: click or press F9 for details</source>
        <translation>Аудан бен синхрондау: толығырақ үшін басыңыз немесе F9</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="109"/>
        <source>Sending changes to the district</source>
        <translation>Өзгерістер ауданға жіберілуде</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="110"/>
        <source>Receiving changes from the district</source>
        <translation>Аудан өзгерістері алынуда</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="111"/>
        <source>Checking that both sides agree</source>
        <translation>Екі жақтың сәйкестігі тексерілуде</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="112"/>
        <source>Connecting to the district server</source>
        <translation>Аудан серверіне қосылуда</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="116"/>
        <source>Stopping after this batch…</source>
        <translation>Осы топтан кейін тоқтайды…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="121"/>
        <source>Rejected: {reason}</source>
        <translation>Қабылданбады: {reason}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="123"/>
        <location filename="../../../desktop/ui/sync_text.py" line="124"/>
        <source>Not yet sent</source>
        <translation>Әлі жіберілмеген</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="125"/>
        <source>Sent, waiting for the district</source>
        <translation>Жіберілді, аудан жауабы күтілуде</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="126"/>
        <source>Accepted by the district</source>
        <translation>Аудан қабылдады</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="130"/>
        <source>Sync: {state}</source>
        <translation>Синхрондау: {state}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="134"/>
        <source>the record belongs to another okrug</source>
        <translation>жазба басқа округке тиесілі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="135"/>
        <source>only the district may change this</source>
        <translation>мұны тек аудан өзгерте алады</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="136"/>
        <source>a signed legal act cannot be changed</source>
        <translation>қол қойылған құқықтық актіні өзгертуге болмайды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="137"/>
        <source>the district does not know this kind of record</source>
        <translation>аудан мұндай жазба түрін білмейді</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="138"/>
        <source>the value is not valid</source>
        <translation>мән жарамсыз</translation>
    </message>
    <message>
        <source>a value breaks the shared rules (type, length or format)</source>
        <translation>мән ортақ ережелерге сай емес (түрі, ұзындығы немесе пішімі)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="139"/>
        <source>no reason given</source>
        <translation>себебі көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="144"/>
        <source>Applicant</source>
        <translation>Өтініш беруші</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="145"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="146"/>
        <location filename="../../../desktop/ui/sync_text.py" line="147"/>
        <source>Household member</source>
        <translation>Отбасы мүшесі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="148"/>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="149"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="150"/>
        <source>Payment</source>
        <translation>Төлем</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="151"/>
        <source>Social contract</source>
        <translation>Әлеуметтік келісімшарт</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="152"/>
        <source>Monitoring visit</source>
        <translation>Мониторинг сапары</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="153"/>
        <source>Sanction</source>
        <translation>Санкция</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="154"/>
        <location filename="../../../desktop/ui/sync_text.py" line="170"/>
        <source>Settlement</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="155"/>
        <source>Employer</source>
        <translation>Жұмыс беруші</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="156"/>
        <source>Vacancy</source>
        <translation>Бос жұмыс орны</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="157"/>
        <source>User</source>
        <translation>Пайдаланушы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="164"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="165"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="166"/>
        <source>First name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="167"/>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="168"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="169"/>
        <source>Address</source>
        <translation>Мекенжай</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="171"/>
        <source>Citizenship</source>
        <translation>Азаматтығы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="172"/>
        <source>Specialty</source>
        <translation>Мамандығы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="173"/>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="174"/>
        <source>Measure</source>
        <translation>Шара</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="175"/>
        <source>Removed</source>
        <translation>Жойылған</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="180"/>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="188"/>
        <source>Contact the district: this person is also registered in another okrug ({okrug})</source>
        <translation>Ауданға хабарласыңыз: бұл адам басқа округте де тіркелген ({okrug})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="190"/>
        <source>Contact the district: this person is also registered in another okrug</source>
        <translation>Ауданға хабарласыңыз: бұл адам басқа округте де тіркелген</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="195"/>
        <source>Rural okrug</source>
        <translation>Ауылдық округ</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="196"/>
        <source>Whole district</source>
        <translation>Бүкіл аудан</translation>
    </message>
</context>
</TS>
