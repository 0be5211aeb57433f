<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>SyncProgressDialog</name>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="67"/>
        <source>Sent: {sent} · accepted: {accepted} · rejected: {rejected} · received: {received} · conflicts: {conflicts}</source>
        <translation>Жіберілді: {sent} · қабылданды: {accepted} · қабылданбады: {rejected} · алынды: {received} · қайшылықтар: {conflicts}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="76"/>
        <source>Stopped: everything done until then is kept.</source>
        <translation>Тоқтатылды: оған дейін жасалғанның бәрі сақталды.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="79"/>
        <source>Rejected changes are listed in the Sync window (F9).</source>
        <translation>Қабылданбаған өзгерістер Синхрондау терезесінде (F9) көрсетілген.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="587"/>
        <source>Sync finished</source>
        <translation>Синхрондау аяқталды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="588"/>
        <source>Sync failed</source>
        <translation>Синхрондау сәтсіз аяқталды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="589"/>
        <source>Sync finished.</source>
        <translation>Синхрондау аяқталды.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="590"/>
        <source>The sync did not finish.</source>
        <translation>Синхрондау аяқталмады.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="602"/>
        <source>Syncing with the district</source>
        <translation>Аудан бен синхрондау</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="607"/>
        <source>{phase}: {done} of {total}</source>
        <translation>{phase}: {total} ішінен {done}</translation>
    </message>
</context>
<context>
    <name>SyncWindow</name>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="356"/>
        <source>Correct</source>
        <translation>Дұрыс</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="396"/>
        <source>This record has no applicant&apos;s card to open ({kind}).</source>
        <translation>Бұл жазбаның ашатын өтініш беруші карточкасы жоқ ({kind}).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="431"/>
        <source>Keep your value «{value}» for {field}? The other value is replaced on every computer of the okrug at the next sync.</source>
        <translation>«{field}» үшін өз мәніңіз «{value}» қалсын ба? Келесі синхрондауда басқа мән округтің барлық компьютерінде ауыстырылады.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="434"/>
        <source>Keep their value «{value}» for {field}? Your value is replaced on this computer.</source>
        <translation>«{field}» үшін олардың мәні «{value}» қалсын ба? Сіздің мәніңіз осы компьютерде ауыстырылады.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="436"/>
        <source>Resolve the conflict</source>
        <translation>Қайшылықты шешу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="440"/>
        <source>Keep mine</source>
        <translation>Менікі қалсын</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="440"/>
        <source>Keep theirs</source>
        <translation>Олардікі қалсын</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="464"/>
        <source>Sync with the district</source>
        <translation>Аудан бен синхрондау</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="466"/>
        <source>District server:</source>
        <translation>Аудан сервері:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="467"/>
        <source>Records of:</source>
        <translation>Жазбалар аясы:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="468"/>
        <source>Last sync:</source>
        <translation>Соңғы синхрондау:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="469"/>
        <source>Not yet sent:</source>
        <translation>Әлі жіберілмеген:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="470"/>
        <source>Sent, waiting for the district:</source>
        <translation>Жіберілді, аудан жауабы күтілуде:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="471"/>
        <source>Rejected by the district:</source>
        <translation>Аудан қабылдамаған:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="472"/>
        <source>Conflicts to review:</source>
        <translation>Қаралатын қайшылықтар:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="473"/>
        <source>Notices:</source>
        <translation>Хабарламалар:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="474"/>
        <source>Clock:</source>
        <translation>Сағат:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="478"/>
        <source>District &amp;server…</source>
        <translation>Аудан &amp;сервері…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="479"/>
        <source>&amp;Retry</source>
        <translation>&amp;Қайта жіберу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="480"/>
        <location filename="../../../desktop/ui/sync_window.py" line="483"/>
        <source>Show &amp;record</source>
        <translation>&amp;Жазбаны көрсету</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="481"/>
        <source>Keep &amp;theirs…</source>
        <translation>&amp;Олардікі қалсын…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="482"/>
        <source>Keep &amp;mine…</source>
        <translation>&amp;Менікі қалсын…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="484"/>
        <source>&amp;Open the applicant</source>
        <translation>Өтініш берушіні &amp;ашу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="485"/>
        <source>&amp;Dismiss</source>
        <translation>Жа&amp;сыру</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="486"/>
        <source>Sync &amp;now</source>
        <translation>&amp;Қазір синхрондау</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="495"/>
        <source>&amp;Status</source>
        <translation>&amp;Күйі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="496"/>
        <source>Re&amp;jected ({count})</source>
        <translation>Қабылданба&amp;ған ({count})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="498"/>
        <source>&amp;Conflicts ({count})</source>
        <translation>Қ&amp;айшылықтар ({count})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="500"/>
        <source>N&amp;otices ({count})</source>
        <translation>&amp;Хабарламалар ({count})</translation>
    </message>
</context>
</TS>
