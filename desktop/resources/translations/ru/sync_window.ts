<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>SyncProgressDialog</name>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="67"/>
        <source>Sent: {sent} · accepted: {accepted} · rejected: {rejected} · received: {received} · conflicts: {conflicts}</source>
        <translation>Отправлено: {sent} · принято: {accepted} · отклонено: {rejected} · получено: {received} · конфликтов: {conflicts}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="76"/>
        <source>Stopped: everything done until then is kept.</source>
        <translation>Остановлено: всё сделанное до этого сохранено.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="79"/>
        <source>Rejected changes are listed in the Sync window (F9).</source>
        <translation>Отклонённые изменения перечислены в окне синхронизации (F9).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="587"/>
        <source>Sync finished</source>
        <translation>Синхронизация завершена</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="588"/>
        <source>Sync failed</source>
        <translation>Синхронизация не удалась</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="589"/>
        <source>Sync finished.</source>
        <translation>Синхронизация завершена.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="590"/>
        <source>The sync did not finish.</source>
        <translation>Синхронизация не завершилась.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="602"/>
        <source>Syncing with the district</source>
        <translation>Синхронизация с районом</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="607"/>
        <source>{phase}: {done} of {total}</source>
        <translation>{phase}: {done} из {total}</translation>
    </message>
</context>
<context>
    <name>SyncWindow</name>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="356"/>
        <source>Correct</source>
        <translation>Верно</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="396"/>
        <source>This record has no applicant&apos;s card to open ({kind}).</source>
        <translation>У этой записи нет карточки заявителя, которую можно открыть ({kind}).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="431"/>
        <source>Keep your value «{value}» for {field}? The other value is replaced on every computer of the okrug at the next sync.</source>
        <translation>Оставить ваше значение «{value}» для поля «{field}»? При следующей синхронизации другое значение будет заменено на всех компьютерах округа.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="434"/>
        <source>Keep their value «{value}» for {field}? Your value is replaced on this computer.</source>
        <translation>Оставить их значение «{value}» для поля «{field}»? Ваше значение на этом компьютере будет заменено.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="436"/>
        <source>Resolve the conflict</source>
        <translation>Разрешение конфликта</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="440"/>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="440"/>
        <source>Keep theirs</source>
        <translation>Оставить их</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="464"/>
        <source>Sync with the district</source>
        <translation>Синхронизация с районом</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="466"/>
        <source>District server:</source>
        <translation>Районный сервер:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="467"/>
        <source>Records of:</source>
        <translation>Записи:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="468"/>
        <source>Last sync:</source>
        <translation>Последняя синхронизация:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="469"/>
        <source>Not yet sent:</source>
        <translation>Ещё не отправлено:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="470"/>
        <source>Sent, waiting for the district:</source>
        <translation>Отправлено, ждёт ответа района:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="471"/>
        <source>Rejected by the district:</source>
        <translation>Отклонено районом:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="472"/>
        <source>Conflicts to review:</source>
        <translation>Конфликты для рассмотрения:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="473"/>
        <source>Notices:</source>
        <translation>Уведомления:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="474"/>
        <source>Clock:</source>
        <translation>Часы:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="478"/>
        <source>District &amp;server…</source>
        <translation>Районный &amp;сервер…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="479"/>
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="480"/>
        <location filename="../../../desktop/ui/sync_window.py" line="483"/>
        <source>Show &amp;record</source>
        <translation>Показать &amp;запись</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="481"/>
        <source>Keep &amp;theirs…</source>
        <translation>Оставить &amp;их…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="482"/>
        <source>Keep &amp;mine…</source>
        <translation>Оставить &amp;моё…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="484"/>
        <source>&amp;Open the applicant</source>
        <translation>&amp;Открыть заявителя</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="485"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Скрыть</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="486"/>
        <source>Sync &amp;now</source>
        <translation>Синхронизировать &amp;сейчас</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="495"/>
        <source>&amp;Status</source>
        <translation>&amp;Состояние</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="496"/>
        <source>Re&amp;jected ({count})</source>
        <translation>&amp;Отклонённые ({count})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="498"/>
        <source>&amp;Conflicts ({count})</source>
        <translation>&amp;Конфликты ({count})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_window.py" line="500"/>
        <source>N&amp;otices ({count})</source>
        <translation>&amp;Уведомления ({count})</translation>
    </message>
</context>
</TS>
