<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>BundleActions</name>
    <message>
        <location filename="../../../desktop/ui/bundle_actions.py" line="59"/>
        <source>&amp;Export changes to a USB stick…</source>
        <translation>Өзгерістерді USB жинақтағышқа &amp;экспорттау…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/bundle_actions.py" line="60"/>
        <source>&amp;Import the district&apos;s answer…</source>
        <translation>Ауданның жауабын &amp;импорттау…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/bundle_actions.py" line="81"/>
        <source>Save the changes for the district</source>
        <translation>Өзгерістерді аудан үшін сақтау</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/bundle_actions.py" line="91"/>
        <source>Changes saved: {count}. File: {path}

Take the file to the district employment centre; bring back its answer and import it here (Sync menu).</source>
        <translation>Сақталған өзгерістер: {count}. Файл: {path}

Файлды аудандық жұмыспен қамту орталығына апарыңыз; оның жауабын әкеліп, осы жерде импорттаңыз («Синхрондау» мәзірі).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/bundle_actions.py" line="96"/>
        <source>Changes that did not fit in this file: {count}. Export again once the district&apos;s answer is imported.</source>
        <translation>Бұл файлға сыймаған өзгерістер: {count}. Ауданның жауабы импортталғаннан кейін қайта экспорттаңыз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/bundle_actions.py" line="98"/>
        <source>Changes saved for the district</source>
        <translation>Өзгерістер аудан үшін сақталды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/bundle_actions.py" line="107"/>
        <source>Open the district&apos;s answer</source>
        <translation>Ауданның жауабын ашу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/bundle_actions.py" line="117"/>
        <source>Already imported</source>
        <translation>Бұрын импортталған</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/bundle_actions.py" line="118"/>
        <source>This answer was imported before; nothing has changed.</source>
        <translation>Бұл жауап бұрын импортталған; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/bundle_actions.py" line="122"/>
        <source>Parts this computer already had newer data for were skipped.</source>
        <translation>Бұл компьютерде жаңарақ деректері бар бөліктер өткізіліп жіберілді.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/bundle_actions.py" line="125"/>
        <source>The district has more to send: export a new file and take it to the district again.</source>
        <translation>Ауданның сізге жіберетін тағы деректері бар: жаңа файл экспорттап, ауданға қайта апарыңыз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/bundle_actions.py" line="127"/>
        <source>The district&apos;s answer is imported</source>
        <translation>Ауданның жауабы импортталды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/bundle_actions.py" line="132"/>
        <source>Qadam sync files (*.{suffix})</source>
        <translation>Qadam синхрондау файлдары (*.{suffix})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/bundle_actions.py" line="133"/>
        <source>All files (*)</source>
        <translation>Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/bundle_actions.py" line="155"/>
        <source>Nothing has changed</source>
        <translation>Ештеңе өзгерген жоқ</translation>
    </message>
</context>
</TS>
