<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>DialogText</name>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="76"/>
        <source>New monitoring visit</source>
        <translation>Жаңа мониторинг сапары</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="76"/>
        <source>Correct the visit</source>
        <translation>Сапарды түзету</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="80"/>
        <source>&amp;Date of the visit</source>
        <translation>Сапар &amp;күні</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="80"/>
        <source>&amp;Place</source>
        <translation>&amp;Орны</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="81"/>
        <source>&amp;Compliance</source>
        <translation>Сәйкес&amp;тік</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="81"/>
        <source>Place de&amp;tails</source>
        <translation>Орынды &amp;нақтылау</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="82"/>
        <source>&amp;Findings</source>
        <translation>&amp;Анықталғаны</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="82"/>
        <source>&amp;Result</source>
        <translation>&amp;Нәтиже</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="83"/>
        <source>&amp;Checked on</source>
        <translation>&amp;Тексерілген күні</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="83"/>
        <source>&amp;Note</source>
        <translation>&amp;Ескерту</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="84"/>
        <source>&amp;Decision date</source>
        <translation>Шешім &amp;күні</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="84"/>
        <source>&amp;Ground</source>
        <translation>&amp;Негіз</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="85"/>
        <source>&amp;Reason</source>
        <translation>&amp;Себебі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="85"/>
        <source>Based on &amp;visit</source>
        <translation>Сапар не&amp;гізінде</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="86"/>
        <source>&amp;Sanction</source>
        <translation>Санк&amp;ция</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="90"/>
        <source>required when the place is elsewhere</source>
        <translation>орны «басқа жерде» болса, міндетті</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="93"/>
        <source>P&amp;ropose a sanction to the employment centre</source>
        <translation>Жұмыспен қамту орталығына санкция &amp;ұсыну</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="96"/>
        <source>Possible when the visit found a breach or partial compliance. The employment centre decides on sanctions (§7).</source>
        <translation>Сапар бұзушылықты немесе ішінара орындауды анықтаса ғана мүмкін. Санкция туралы жұмыспен қамту орталығы шешеді (§7).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="100"/>
        <source>A correction keeps the earlier text in the audit log.</source>
        <translation>Түзету кезінде бұрынғы мәтін аудит журналында сақталады.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="103"/>
        <source>Check an obligation</source>
        <translation>Міндеттемені тексеру</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="106"/>
        <source>no visit</source>
        <translation>сапарсыз</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="109"/>
        <source>, sanction proposed</source>
        <translation>, санкция ұсынылған</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="110"/>
        <source>{date}: {compliance}{proposed}</source>
        <translation>{date}: {compliance}{proposed}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="115"/>
        <source>Impose a sanction (§6)</source>
        <translation>Санкция салу (§6)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="118"/>
        <source>A sanction is a legal act of the employment centre. Once recorded it cannot be edited; it can only be lifted by a new decision.</source>
        <translation>Санкция — жұмыспен қамту орталығының құқықтық актісі. Тіркелгеннен кейін оны өзгертуге болмайды, тек жаңа шешіммен алып тастауға болады.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="122"/>
        <source>Su&amp;spend the payment of АСП to this person</source>
        <translation>Осы адамға АӘК төлеуді &amp;тоқтата тұру</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="125"/>
        <source>Only the payment of targeted social assistance (АСП) to this person is suspended; the family keeps its right to АСП (§6).</source>
        <translation>Тек осы адамға атаулы әлеуметтік көмек (АӘК) төлеу тоқтатыла тұрады; отбасы АӘК алу құқығын сақтайды (§6).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="131"/>
        <source>The person is registered as disabled: a family with a disabled member receives АСП under the general legislation (§6). Check before suspending.</source>
        <translation>Адам мүгедек ретінде тіркелген: мүгедек мүшесі бар отбасы АӘК-ні қолданыстағы заңнамаға сәйкес алады (§6). Тоқтатар алдында тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="134"/>
        <source>A member of the person&apos;s household is registered as disabled: such a family receives АСП under the general legislation (§6). Check before suspending.</source>
        <translation>Адамның отбасы мүшесі мүгедек ретінде тіркелген: мұндай отбасы АӘК-ні қолданыстағы заңнамаға сәйкес алады (§6). Тоқтатар алдында тексеріңіз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="137"/>
        <source>The person is not of working age: the participation condition of §6 covers working-age members of low-income families only.</source>
        <translation>Адам еңбекке қабілетті жаста емес: §6 бойынша қатысу шарты аз қамтылған отбасылардың еңбекке қабілетті жастағы мүшелеріне ғана қатысты.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="142"/>
        <source>Socially significant diseases are not recorded in Qadam: a family with such a member receives АСП under the general legislation (§6).</source>
        <translation>Әлеуметтік мәні бар аурулар Qadam-да тіркелмейді: мұндай мүшесі бар отбасы АӘК-ні қолданыстағы заңнамаға сәйкес алады (§6).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="146"/>
        <source>&amp;Impose sanction…</source>
        <translation>Санкция са&amp;лу…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="149"/>
        <source>Record the sanction?</source>
        <translation>Санкцияны тіркеу керек пе?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="152"/>
        <source>Record a sanction on {name} from {date}? It cannot be edited after it is recorded.</source>
        <translation>{name} атына {date} бастап санкция тіркелсін бе? Тіркелгеннен кейін оны өзгертуге болмайды.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="157"/>
        <source>The payment of АСП is not suspended by this sanction.</source>
        <translation>Бұл санкция АӘК төлеуді тоқтатпайды.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="161"/>
        <source>&amp;Record the sanction</source>
        <translation>Санкцияны &amp;тіркеу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="164"/>
        <source>Lift a sanction</source>
        <translation>Санкцияны алу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="167"/>
        <source>&amp;Lift sanction…</source>
        <translation>Санкцияны &amp;алу…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="170"/>
        <source>Lifting is a new decision of the employment centre: the sanction stays in the history. The payment of АСП to the person resumes.</source>
        <translation>Санкцияны алу — жұмыспен қамту орталығының жаңа шешімі: санкция тарихта қалады. Адамға АӘК төлеу қайта басталады.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="174"/>
        <source>{date}: {ground}</source>
        <translation>{date}: {ground}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="178"/>
        <source>Lift the sanction?</source>
        <translation>Санкцияны алу керек пе?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="181"/>
        <source>Lift the sanction of {sanction_date} on {name} from {date}? The payment of АСП to the person resumes; the family kept its right to АСП throughout.</source>
        <translation>{name} атына {sanction_date} салынған санкция {date} бастап алынсын ба? Адамға АӘК төлеу қайта басталады; отбасы АӘК алу құқығын барлық уақытта сақтады.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="186"/>
        <source>&amp;Lift the sanction</source>
        <translation>Санкцияны &amp;алу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="189"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="192"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="195"/>
        <source>Discard what you typed?</source>
        <translation>Енгізілгенді жою керек пе?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/monitoring_dialogs.py" line="198"/>
        <source>What you typed here is not saved. Close and lose it?</source>
        <translation>Мұнда енгізілген мәтін сақталмаған. Жауып, оны жоғалту керек пе?</translation>
    </message>
</context>
</TS>
