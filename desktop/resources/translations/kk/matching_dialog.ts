<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>MatchingDialog</name>
    <message>
        <location filename="../../../desktop/ui/matching_dialog.py" line="60"/>
        <source>Looking for matching vacancies…</source>
        <translation>Сәйкес бос жұмыс орындары ізделуде…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/matching_dialog.py" line="88"/>
        <source>The applicant&apos;s specialty is not filled in: enter it on the card and save, then look again.</source>
        <translation>Өтініш берушінің мамандығы толтырылмаған: оны карточкаға енгізіп, сақтаңыз, содан кейін қайта қараңыз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/matching_dialog.py" line="92"/>
        <source>No open vacancy fits the specialty «{specialty}». The district&apos;s vacancy list may have more after the next synchronisation.</source>
        <translation>«{specialty}» мамандығына сәйкес ашық бос жұмыс орны жоқ. Келесі синхрондаудан кейін ауданның бос жұмыс орындары тізімінде жаңалары болуы мүмкін.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/matching_dialog.py" line="95"/>
        <source>Open vacancies for the specialty «{specialty}»: {count}. The best fit and the nearest come first.</source>
        <translation>«{specialty}» мамандығына ашық бос жұмыс орындары: {count}. Ең сәйкесі және ең жақыны бірінші тұр.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/matching_dialog.py" line="102"/>
        <source>Matching vacancies: {name}</source>
        <translation>Сәйкес бос жұмыс орындары: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/matching_dialog.py" line="103"/>
        <source>Matching vacancies</source>
        <translation>Сәйкес бос жұмыс орындары</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/matching_dialog.py" line="107"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
</TS>
