<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>WindowText</name>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="57"/>
        <source>Monitoring of case {number}: {name}</source>
        <translation>{number} ісінің мониторингі: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="60"/>
        <source>Case {number} · {direction} · {measure} · state: {state}</source>
        <translation>Іс {number} · {direction} · {measure} · күйі: {state}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="64"/>
        <source>АСП to this person suspended — the family keeps its right (§6)</source>
        <translation>Осы адамға АӘК тоқтатылған — отбасы құқығын сақтайды (§6)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="67"/>
        <source>This case is not under monitoring: visits and sanctions are recorded once the social contract is signed.</source>
        <translation>Бұл іс мониторингте емес: сапарлар мен санкциялар әлеуметтік келісімшартқа қол қойылғаннан кейін тіркеледі.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="71"/>
        <source>&amp;Visits ({count})</source>
        <translation>&amp;Сапарлар ({count})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="72"/>
        <source>&amp;Obligations ({count})</source>
        <translation>&amp;Міндеттемелер ({count})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="73"/>
        <source>&amp;Sanctions ({count})</source>
        <translation>Сан&amp;кциялар ({count})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="76"/>
        <source>Direction 2 projects are supported by consultations at the participant&apos;s home at least once every two months (§4.3.2).</source>
        <translation>2-бағыттың жобалары қатысушының тұрғылықты жері бойынша кемінде екі айда бір рет кеңес беру арқылы сүйемелденеді (§4.3.2).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="80"/>
        <source>&amp;Add visit…</source>
        <translation>Сапар &amp;қосу…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="83"/>
        <source>&amp;Correct visit…</source>
        <translation>Сапарды &amp;түзету…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="87"/>
        <source>The case has no signed social contract: there are no obligations to check.</source>
        <translation>Істе қол қойылған әлеуметтік келісімшарт жоқ: тексеретін міндеттеме жоқ.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="89"/>
        <source>Social contract {number}, version {version}, signed {date}</source>
        <translation>Әлеуметтік келісімшарт {number}, {version}-нұсқа, қол қойылған күні {date}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="94"/>
        <source>Mark &amp;fulfilled…</source>
        <translation>&amp;Орындалды деп белгілеу…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="97"/>
        <source>Mark &amp;not fulfilled…</source>
        <translation>Орындалма&amp;ды деп белгілеу…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="100"/>
        <source>&amp;Impose sanction…</source>
        <translation>Санкция са&amp;лу…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="103"/>
        <source>&amp;Lift sanction…</source>
        <translation>Санкцияны &amp;алу…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="107"/>
        <source>The employment centre applies sanctions (§7). A suspension stops the payment of АСП to this person only; the family keeps its right to АСП (§6).</source>
        <translation>Санкцияларды жұмыспен қамту орталығы қолданады (§7). Тоқтата тұру тек осы адамға АӘК төлеуді тоқтатады; отбасы АӘК алу құқығын сақтайды (§6).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="110"/>
        <source>Sanctions are decided by the employment centre (§7). Propose one with a visit that found a breach; the centre sees the proposal.</source>
        <translation>Санкция туралы жұмыспен қамту орталығы шешеді (§7). Бұзушылық анықталған сапармен санкция ұсыныңыз; орталық ұсынысты көреді.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="114"/>
        <source>Sanction proposed after the visit of {dates}: waiting for the employment centre&apos;s decision.</source>
        <translation>{dates} сапарынан кейін санкция ұсынылды: жұмыспен қамту орталығының шешімі күтілуде.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_window.py" line="118"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
</TS>
