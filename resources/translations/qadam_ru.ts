<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
    <context>
        <name>ApplicantTableModel</name>
        <message>
            <location filename="../../desktop/ui/applicant_model.py" line="119" />
            <source>IIN</source>
            <translation>ИИН</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/applicant_model.py" line="120" />
            <source>Surname</source>
            <translation>Фамилия</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/applicant_model.py" line="121" />
            <source>First name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/applicant_model.py" line="122" />
            <source>Patronymic</source>
            <translation>Отчество</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/applicant_model.py" line="123" />
            <source>Date of birth</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/applicant_model.py" line="124" />
            <source>Sex</source>
            <translation>Пол</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/applicant_model.py" line="125" />
            <source>Settlement</source>
            <translation>Населённый пункт</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/applicant_model.py" line="155" />
            <source>male</source>
            <translation>муж.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/applicant_model.py" line="155" />
            <source>female</source>
            <translation>жен.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../desktop/ui/i18n.py" line="132" />
            <source>Something unexpected went wrong ({kind}). Nothing was changed. Try again; if it happens again, tell the district centre.</source>
            <translation>Произошла непредвиденная ошибка ({kind}). Ничего не изменено. Попробуйте ещё раз; если ошибка повторится, сообщите в районный центр.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="133" />
            <source>About Qadam</source>
            <translation>О программе Qadam</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="135" />
            <source>Qadam {version}: casework of the Employment Programme 2020 for village akimats.</source>
            <translation>Qadam {version}: ведение дел по Программе занятости 2020 для аппаратов акимов сельских округов.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="141" />
            <source>Qadam — {user}</source>
            <translation>Qadam — {user}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="142" />
            <source>Search by surname, first name or IIN (Ctrl+F)</source>
            <translation>Поиск по фамилии, имени или ИИН (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="143" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="144" />
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="145" />
            <source>&amp;Find</source>
            <translation>&amp;Найти</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="146" />
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="147" />
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="148" />
            <source>&amp;About Qadam</source>
            <translation>&amp;О программе Qadam</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="169" />
            <source>Applicants in the database: {count}</source>
            <translation>Заявителей в базе данных: {count}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="176" />
            <source>Found: {count}</source>
            <translation>Найдено: {count}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="178" />
            <source>Nobody found. Check the spelling or type fewer letters.</source>
            <translation>Никого не найдено. Проверьте написание или введите меньше букв.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="180" />
            <source>Shown: {count}</source>
            <translation>Показано: {count}</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="127" />
            <source>Qadam — first start</source>
            <translation>Qadam — первый запуск</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="130" />
            <source>&lt;b&gt;Welcome to Qadam.&lt;/b&gt; Create the encrypted database for this office. Remember the passphrase: without it the data can be opened only with the district centre's help.</source>
            <translation>&lt;b&gt;Добро пожаловать в Qadam.&lt;/b&gt; Создайте зашифрованную базу данных для этого рабочего места. Запомните парольную фразу: без неё данные можно открыть только с помощью районного центра.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="136" />
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="137" />
            <source>&amp;Database file:</source>
            <translation>Файл &amp;базы данных:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="138" />
            <source>&amp;Full name:</source>
            <translation>Ф&amp;амилия, имя, отчество:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="139" />
            <source>&amp;User name:</source>
            <translation>&amp;Имя пользователя:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="140" />
            <source>Rural &amp;okrug (КАТО code):</source>
            <translation>Сельский &amp;округ (код КАТО):</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="141" />
            <source>&amp;Passphrase:</source>
            <translation>&amp;Парольная фраза:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="142" />
            <source>&amp;Repeat passphrase:</source>
            <translation>Пов&amp;торите парольную фразу:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="146" />
            <source>&amp;Browse…</source>
            <translation>О&amp;бзор…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="147" />
            <source>e.g. Nurlanova Aigerim Serikovna</source>
            <translation>например, Нурланова Айгерим Сериковна</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="148" />
            <source>9 digits, optional; e.g. 634603000</source>
            <translation>9 цифр, необязательно; например, 634603000</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="149" />
            <source>&amp;Show passphrase</source>
            <translation>По&amp;казать парольную фразу</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="150" />
            <source>&amp;Create database</source>
            <translation>&amp;Создать базу данных</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="163" />
            <source>At least {minimum} characters. A few unrelated words are easy to remember and hard to guess.</source>
            <translation>Не менее {minimum} символов. Несколько не связанных между собой слов легко запомнить и трудно подобрать.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="167" />
            <source>Too short: {length} of at least {minimum} characters.</source>
            <translation>Слишком коротко: символов {length}, нужно не менее {minimum}.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="169" />
            <source>Acceptable. A longer passphrase is stronger: add a word.</source>
            <translation>Допустимо. Чем длиннее парольная фраза, тем она надёжнее: добавьте ещё слово.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="170" />
            <source>Strong passphrase.</source>
            <translation>Надёжная парольная фраза.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="184" />
            <source>Where to keep the database</source>
            <translation>Где хранить базу данных</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="186" />
            <source>Qadam database (*.db)</source>
            <translation>База данных Qadam (*.db)</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="211" />
            <source>Choose where to keep the database.</source>
            <translation>Выберите, где хранить базу данных.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="214" />
            <source>Enter your full name.</source>
            <translation>Введите фамилию, имя и отчество.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="217" />
            <source>Enter a user name without spaces, e.g. admin.</source>
            <translation>Введите имя пользователя без пробелов, например admin.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="229" />
            <source>This is not a rural okrug's code: an okrug's КАТО code ends in 000, e.g. 634603000. Leave the field empty if you do not know it.</source>
            <translation>Это не код сельского округа: код КАТО округа оканчивается на 000, например 634603000. Если вы его не знаете, оставьте поле пустым.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="239" />
            <source>The two passphrases differ. Type the same passphrase twice.</source>
            <translation>Парольные фразы не совпадают. Введите одну и ту же фразу дважды.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/setup_dialog.py" line="259" />
            <source>Creating the encrypted database… This takes a few seconds.</source>
            <translation>Создаётся зашифрованная база данных… Это займёт несколько секунд.</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <location filename="../../desktop/ui/unlock_dialog.py" line="86" />
            <source>Qadam — unlock</source>
            <translation>Qadam — разблокировка</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/unlock_dialog.py" line="88" />
            <source>&lt;b&gt;Unlock the database.&lt;/b&gt; Choose your name and type your passphrase.</source>
            <translation>&lt;b&gt;Разблокируйте базу данных.&lt;/b&gt; Выберите своё имя и введите парольную фразу.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/unlock_dialog.py" line="90" />
            <source>Database: {path}</source>
            <translation>База данных: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/unlock_dialog.py" line="93" />
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/unlock_dialog.py" line="93" />
            <source>&amp;User:</source>
            <translation>По&amp;льзователь:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/unlock_dialog.py" line="93" />
            <source>&amp;Passphrase:</source>
            <translation>Парольная &amp;фраза:</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/unlock_dialog.py" line="97" />
            <source>&amp;Unlock</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/unlock_dialog.py" line="122" />
            <source>Type your passphrase.</source>
            <translation>Введите парольную фразу.</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/unlock_dialog.py" line="139" />
            <source>Checking the passphrase…</source>
            <translation>Проверка парольной фразы…</translation>
        </message>
    </context>
</TS>
