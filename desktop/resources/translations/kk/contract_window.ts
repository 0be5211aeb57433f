<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>ContractText</name>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="57"/>
        <source>Social contract {number}: {name}</source>
        <translation>№ {number} әлеуметтік келісімшарт: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="58"/>
        <source>Social contract: {name}</source>
        <translation>Әлеуметтік келісімшарт: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="61"/>
        <source>S&amp;tarts on</source>
        <translation>&amp;Басталу күні</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="61"/>
        <source>&amp;Ends on</source>
        <translation>&amp;Аяқталу күні</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="62"/>
        <source>Monthly &amp;wage, tenge</source>
        <translation>Айлық жала&amp;қы, теңге</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="62"/>
        <source>Mo&amp;ve type</source>
        <translation>&amp;Көшу түрі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="63"/>
        <source>Family members moving</source>
        <translation>Көшетін отбасы мүшелері</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="64"/>
        <source>Form &amp;language</source>
        <translation>Нысан &amp;тілі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="64"/>
        <source>Signed &amp;on</source>
        <translation>Қол қойылған кү&amp;ні</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="67"/>
        <source>Terms</source>
        <translation>Шарттар</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="67"/>
        <source>Obligations of the parties</source>
        <translation>Тараптардың міндеттері</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="68"/>
        <source>Versions</source>
        <translation>Редакциялар</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="71"/>
        <source>No social contract yet. Check the terms and draft it.</source>
        <translation>Әлеуметтік келісімшарт әлі жоқ. Шарттарын тексеріп, жобасын жасаңыз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="74"/>
        <source>version {version}</source>
        <translation>{version}-редакция</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="76"/>
        <source>Draft, not signed</source>
        <translation>Жоба, қол қойылмаған</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="78"/>
        <source>Superseded by a later version</source>
        <translation>Кейінгі редакциямен ауыстырылған</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="80"/>
        <source>Signed on {day}, recorded by {name}</source>
        <translation>{day} қол қойылды, тіркеген: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="83"/>
        <source>Signed</source>
        <translation>Қол қойылған</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="89"/>
        <source>Period: {start} – {end}</source>
        <translation>Мерзімі: {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="95"/>
        <source>No amount is calculated for this measure.</source>
        <translation>Бұл шара үшін сома есептелмейді.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="96"/>
        <source>Amount: {amount}</source>
        <translation>Сомасы: {amount}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="99"/>
        <source>Version {version}: {status}</source>
        <translation>{version}-редакция: {status}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="103"/>
        <source>draft</source>
        <translation>жоба</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="103"/>
        <source>signed</source>
        <translation>қол қойылған</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="104"/>
        <source>superseded</source>
        <translation>ауыстырылған</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="104"/>
        <source>completed</source>
        <translation>аяқталған</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="105"/>
        <source>terminated</source>
        <translation>бұзылған</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="108"/>
        <source>Signed: this version can no longer be changed. Amend it to make a new version.</source>
        <translation>Қол қойылған: бұл редакцияны енді өзгертуге болмайды. Жаңа редакция жасау үшін өзгеріс енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="112"/>
        <source>Amendment: change the terms and save them as a new version.</source>
        <translation>Өзгеріс: шарттарды өзгертіп, жаңа редакция ретінде сақтаңыз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="115"/>
        <source>&amp;Draft contract</source>
        <translation>Келісімшарт &amp;жобасын жасау</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="115"/>
        <source>&amp;Save draft</source>
        <translation>Жобаны &amp;сақтау</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="116"/>
        <source>&amp;Amend…</source>
        <translation>Өзгеріс &amp;енгізу…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="116"/>
        <source>&amp;Save amendment</source>
        <translation>Өзгерісті &amp;сақтау</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="117"/>
        <source>&amp;Record signing</source>
        <translation>Қол қоюды т&amp;іркеу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="117"/>
        <source>&amp;Print…</source>
        <translation>Басып &amp;шығару…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="118"/>
        <source>Save as PD&amp;F…</source>
        <translation>PD&amp;F ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="118"/>
        <source>Accession &amp;notices…</source>
        <translation>Қосылу &amp;хабарламалары…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="119"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="122"/>
        <source>not stated</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="122"/>
        <source>within the district</source>
        <translation>аудан ішінде</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="123"/>
        <source>within the region</source>
        <translation>облыс ішінде</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="124"/>
        <source>to another region</source>
        <translation>басқа облысқа</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="127"/>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="130"/>
        <source>The signing is recorded; the contract is now read-only.</source>
        <translation>Қол қою тіркелді; енді келісімшартты тек оқуға болады.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="133"/>
        <source>Discard the changes?</source>
        <translation>Өзгерістерден бас тартасыз ба?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="136"/>
        <source>The terms you typed are not saved. Close and lose them?</source>
        <translation>Терілген шарттар сақталмаған. Жауып, оларды жоғалтасыз ба?</translation>
    </message>
</context>
</TS>
