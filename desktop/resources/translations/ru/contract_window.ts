<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>ContractText</name>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="57"/>
        <source>Social contract {number}: {name}</source>
        <translation>Социальный контракт № {number}: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="58"/>
        <source>Social contract: {name}</source>
        <translation>Социальный контракт: {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="61"/>
        <source>S&amp;tarts on</source>
        <translation>&amp;Начало</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="61"/>
        <source>&amp;Ends on</source>
        <translation>&amp;Окончание</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="62"/>
        <source>Monthly &amp;wage, tenge</source>
        <translation>Месячная &amp;зарплата, тенге</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="62"/>
        <source>Mo&amp;ve type</source>
        <translation>Ви&amp;д переезда</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="63"/>
        <source>Family members moving</source>
        <translation>Переезжающие члены семьи</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="64"/>
        <source>Form &amp;language</source>
        <translation>&amp;Язык формы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="64"/>
        <source>Signed &amp;on</source>
        <translation>Дат&amp;а подписания</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="67"/>
        <source>Terms</source>
        <translation>Условия</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="67"/>
        <source>Obligations of the parties</source>
        <translation>Обязанности сторон</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="68"/>
        <source>Versions</source>
        <translation>Редакции</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="71"/>
        <source>No social contract yet. Check the terms and draft it.</source>
        <translation>Социального контракта ещё нет. Проверьте условия и составьте проект.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="74"/>
        <source>version {version}</source>
        <translation>редакция {version}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="76"/>
        <source>Draft, not signed</source>
        <translation>Проект, не подписан</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="78"/>
        <source>Superseded by a later version</source>
        <translation>Заменён последующей редакцией</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="80"/>
        <source>Signed on {day}, recorded by {name}</source>
        <translation>Подписан {day}, зарегистрировал(а): {name}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="83"/>
        <source>Signed</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="89"/>
        <source>Period: {start} – {end}</source>
        <translation>Срок: {start} – {end}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="95"/>
        <source>No amount is calculated for this measure.</source>
        <translation>Для этой меры сумма не рассчитывается.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="96"/>
        <source>Amount: {amount}</source>
        <translation>Сумма: {amount}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="99"/>
        <source>Version {version}: {status}</source>
        <translation>Редакция {version}: {status}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="103"/>
        <source>draft</source>
        <translation>проект</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="103"/>
        <source>signed</source>
        <translation>подписан</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="104"/>
        <source>superseded</source>
        <translation>заменено</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="104"/>
        <source>completed</source>
        <translation>исполнен</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="105"/>
        <source>terminated</source>
        <translation>расторгнут</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="108"/>
        <source>Signed: this version can no longer be changed. Amend it to make a new version.</source>
        <translation>Подписан: эту редакцию больше нельзя изменить. Внесите изменения, чтобы создать новую редакцию.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="112"/>
        <source>Amendment: change the terms and save them as a new version.</source>
        <translation>Изменение: измените условия и сохраните их как новую редакцию.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="115"/>
        <source>&amp;Draft contract</source>
        <translation>Составить прое&amp;кт</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="115"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Сохранить проект</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="116"/>
        <source>&amp;Amend…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="116"/>
        <source>&amp;Save amendment</source>
        <translation>&amp;Сохранить изменение</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="117"/>
        <source>&amp;Record signing</source>
        <translation>Зарегист&amp;рировать подписание</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="117"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="118"/>
        <source>Save as PD&amp;F…</source>
        <translation>Сохранить в PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="118"/>
        <source>Accession &amp;notices…</source>
        <translation>&amp;Уведомления о присоединении…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="119"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="122"/>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="122"/>
        <source>within the district</source>
        <translation>в пределах района</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="123"/>
        <source>within the region</source>
        <translation>в пределах области</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="124"/>
        <source>to another region</source>
        <translation>в другую область</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="127"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="130"/>
        <source>The signing is recorded; the contract is now read-only.</source>
        <translation>Подписание зарегистрировано; контракт теперь только для чтения.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="133"/>
        <source>Discard the changes?</source>
        <translation>Отказаться от изменений?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/contract_window.py" line="136"/>
        <source>The terms you typed are not saved. Close and lose them?</source>
        <translation>Введённые условия не сохранены. Закрыть и потерять их?</translation>
    </message>
</context>
</TS>
