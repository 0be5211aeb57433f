<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="164"/>
        <source>Qadam — first start</source>
        <translation>Qadam — первый запуск</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="167"/>
        <source>&lt;b&gt;Welcome to Qadam.&lt;/b&gt; Create the encrypted database for this office. Remember the passphrase: without it the data can be opened only with the district centre&apos;s help.</source>
        <translation>&lt;b&gt;Добро пожаловать в Qadam.&lt;/b&gt; Создайте зашифрованную базу данных для этого рабочего места. Запомните парольную фразу: без неё данные можно открыть только с помощью районного центра.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="173"/>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="174"/>
        <source>&amp;Database file:</source>
        <translation>Файл &amp;базы данных:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="175"/>
        <source>&amp;Full name:</source>
        <translation>Ф&amp;амилия, имя, отчество:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="176"/>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="177"/>
        <source>Rural &amp;okrug (КАТО code):</source>
        <translation>Сельский &amp;округ (код КАТО):</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="178"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="179"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>Пов&amp;торите парольную фразу:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="183"/>
        <source>&amp;Browse…</source>
        <translation>О&amp;бзор…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="184"/>
        <source>e.g. Nurlanova Aigerim Serikovna</source>
        <translation>например, Нурланова Айгерим Сериковна</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="185"/>
        <source>9 digits, optional; e.g. 634603000</source>
        <translation>9 цифр, необязательно; например, 634603000</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="186"/>
        <source>&amp;Show passphrase</source>
        <translation>По&amp;казать парольную фразу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="187"/>
        <source>&amp;Create database</source>
        <translation>&amp;Создать базу данных</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="189"/>
        <source>&lt;b&gt;The database is ready.&lt;/b&gt; Optionally, connect this computer to the district server now, with the address, certificate and one-time code the district administrator gave you. You can also do it later (Sync → District server…): Qadam works without a connection.</source>
        <translation>&lt;b&gt;База данных готова.&lt;/b&gt; При желании подключите этот компьютер к районному серверу сейчас — по адресу, сертификату и одноразовому коду от администратора района. Это можно сделать и позже (Синхронизация → Районный сервер…): Qadam работает и без связи.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="193"/>
        <source>&amp;Enrol this computer</source>
        <translation>&amp;Зарегистрировать компьютер</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="194"/>
        <source>S&amp;kip: enrol later</source>
        <translation>&amp;Пропустить: зарегистрировать позже</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="207"/>
        <source>At least {minimum} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Не менее {minimum} символов. Несколько не связанных между собой слов легко запомнить и трудно подобрать.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="211"/>
        <source>Too short: {length} of at least {minimum} characters.</source>
        <translation>Слишком коротко: символов {length}, нужно не менее {minimum}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="213"/>
        <source>Acceptable. A longer passphrase is stronger: add a word.</source>
        <translation>Допустимо. Чем длиннее парольная фраза, тем она надёжнее: добавьте ещё слово.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="214"/>
        <source>Strong passphrase.</source>
        <translation>Надёжная парольная фраза.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="228"/>
        <source>Where to keep the database</source>
        <translation>Где хранить базу данных</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="230"/>
        <source>Qadam database (*.db)</source>
        <translation>База данных Qadam (*.db)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="255"/>
        <source>Choose where to keep the database.</source>
        <translation>Выберите, где хранить базу данных.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="258"/>
        <source>Enter your full name.</source>
        <translation>Введите фамилию, имя и отчество.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="261"/>
        <source>Enter a user name without spaces, e.g. admin.</source>
        <translation>Введите имя пользователя без пробелов, например admin.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="273"/>
        <source>This is not a rural okrug&apos;s code: an okrug&apos;s КАТО code ends in 000, e.g. 634603000. Leave the field empty if you do not know it.</source>
        <translation>Это не код сельского округа: код КАТО округа оканчивается на 000, например 634603000. Если вы его не знаете, оставьте поле пустым.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="283"/>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Парольные фразы не совпадают. Введите одну и ту же фразу дважды.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="303"/>
        <source>Creating the encrypted database… This takes a few seconds.</source>
        <translation>Создаётся зашифрованная база данных… Это займёт несколько секунд.</translation>
    </message>
</context>
</TS>
