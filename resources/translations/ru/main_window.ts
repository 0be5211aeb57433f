<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="428"/>
        <source>About Qadam</source>
        <translation>О программе Qadam</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="430"/>
        <source>Qadam {version}: casework of the Employment Programme 2020 for village akimats.</source>
        <translation>Qadam {version}: ведение дел по Программе занятости 2020 для аппаратов акимов сельских округов.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="436"/>
        <source>Qadam — {user}</source>
        <translation>Qadam — {user}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="437"/>
        <source>Search by surname, first name or IIN (Ctrl+F)</source>
        <translation>Поиск по фамилии, имени или ИИН (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="438"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="439"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="440"/>
        <source>&amp;New applicant…</source>
        <translation>&amp;Новый заявитель…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="441"/>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Импорт из Excel…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="442"/>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="443"/>
        <source>&amp;Monthly report…</source>
        <translation>&amp;Ежемесячный отчёт…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="444"/>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Панель показателей…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="445"/>
        <source>R&amp;eference data…</source>
        <translation>&amp;Справочные данные…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="446"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="447"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="448"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="449"/>
        <source>&amp;About Qadam</source>
        <translation>&amp;О программе Qadam</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="450"/>
        <source>&amp;Sync</source>
        <translation>&amp;Синхронизация</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="451"/>
        <source>Sync &amp;now</source>
        <translation>Синхронизировать &amp;сейчас</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="452"/>
        <source>Sync &amp;status and conflicts…</source>
        <translation>Состояние синхронизации и &amp;конфликты…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="453"/>
        <source>District &amp;server…</source>
        <translation>Районный &amp;сервер…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="454"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="455"/>
        <source>Applicants</source>
        <translation>Заявители</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="456"/>
        <source>Today&apos;s work (Ctrl+1)</source>
        <translation>Работа на сегодня (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="457"/>
        <source>Applicants list (Ctrl+2)</source>
        <translation>Список заявителей (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="484"/>
        <source>Applicants in the database: {count}</source>
        <translation>Заявителей в базе данных: {count}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="492"/>
        <source>Found: {count}</source>
        <translation>Найдено: {count}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="494"/>
        <source>Nobody found. Check the spelling or type fewer letters.</source>
        <translation>Никого не найдено. Проверьте написание или введите меньше букв.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="496"/>
        <source>Nobody matches these filters.</source>
        <translation>Под эти фильтры никто не подходит.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="498"/>
        <source>Shown: {count}</source>
        <translation>Показано: {count}</translation>
    </message>
</context>
</TS>
