<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>ConclusionText</name>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="43"/>
        <source>Akim&apos;s conclusion on the business project, case {number}</source>
        <translation>Бизнес-жоба бойынша әкімнің қорытындысы, іс № {number}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="47"/>
        <source>Conclusion</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="47"/>
        <source>Da&amp;te</source>
        <translation>&amp;Күні</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="48"/>
        <source>Business pro&amp;ject</source>
        <translation>Бизнес-&amp;жоба</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="49"/>
        <source>&amp;Reasons (required for a refusal)</source>
        <translation>&amp;Негіздері (бас тартқанда міндетті)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="50"/>
        <source>Form &amp;language</source>
        <translation>Нысан &amp;тілі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="53"/>
        <source>&amp;Feasible: the project is agreed</source>
        <translation>&amp;Орынды: жоба келісілді</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="54"/>
        <source>Ref&amp;used, with reasons</source>
        <translation>Дә&amp;лелді бас тарту</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="57"/>
        <source>New conclusion</source>
        <translation>Жаңа қорытынды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="57"/>
        <source>Conclusions given</source>
        <translation>Берілген қорытындылар</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="60"/>
        <source>feasible</source>
        <translation>орынды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="61"/>
        <source>refused</source>
        <translation>бас тартылды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="62"/>
        <source>{day}: {outcome}, by {name}</source>
        <translation>{day}: {outcome}, {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="66"/>
        <source>superseded</source>
        <translation>ауыстырылған</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="70"/>
        <source>No conclusion has been given on this project yet.</source>
        <translation>Бұл жоба бойынша әлі қорытынды берілген жоқ.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="73"/>
        <source>Re&amp;cord conclusion</source>
        <translation>Қорытындыны тірке&amp;у</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="73"/>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="74"/>
        <source>Save as PD&amp;F…</source>
        <translation>PD&amp;F ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="74"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="77"/>
        <source>The conclusion is recorded. It cannot be edited; a new conclusion supersedes it.</source>
        <translation>Қорытынды тіркелді. Оны өзгертуге болмайды; жаңа қорытынды оның орнын басады.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="81"/>
        <source>Saving…</source>
        <translation>Сақталуда…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="84"/>
        <source>Discard the conclusion?</source>
        <translation>Қорытындыдан бас тартасыз ба?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/conclusion_dialog.py" line="87"/>
        <source>The conclusion you typed is not recorded. Close and lose it?</source>
        <translation>Терілген қорытынды тіркелмеді. Жауып, оны жоғалтасыз ба?</translation>
    </message>
</context>
</TS>
