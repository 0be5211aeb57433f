<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="444"/>
        <source>About Qadam</source>
        <translation>О программе Qadam</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="446"/>
        <source>Qadam {version}: casework of the Employment Programme 2020 for village akimats.</source>
        <translation>Qadam {version}: ведение дел по Программе занятости 2020 для аппаратов акимов сельских округов.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="452"/>
        <source>Qadam — {user}</source>
        <translation>Qadam — {user}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="453"/>
        <source>Search by surname, first name or IIN (Ctrl+F)</source>
        <translation>Поиск по фамилии, имени или ИИН (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="454"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="455"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="456"/>
        <source>&amp;New applicant…</source>
        <translation>&amp;Новый заявитель…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="457"/>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Импорт из Excel…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="458"/>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="459"/>
        <source>&amp;Monthly report…</source>
        <translation>&amp;Ежемесячный отчёт…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="460"/>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Панель показателей…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="461"/>
        <source>R&amp;eference data…</source>
        <translation>&amp;Справочные данные…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="462"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="463"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="464"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="465"/>
        <source>&amp;About Qadam</source>
        <translation>&amp;О программе Qadam</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="466"/>
        <source>&amp;Sync</source>
        <translation>&amp;Синхронизация</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="467"/>
        <source>Sync &amp;now</source>
        <translation>Синхронизировать &amp;сейчас</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="468"/>
        <source>Sync &amp;status and conflicts…</source>
        <translation>Состояние синхронизации и &amp;конфликты…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="469"/>
        <source>District se&amp;rver…</source>
        <translation>Районный се&amp;рвер…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="471"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="472"/>
        <source>Applicants</source>
        <translation>Заявители</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="473"/>
        <source>Today&apos;s work (Ctrl+1)</source>
        <translation>Работа на сегодня (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="474"/>
        <source>Applicants list (Ctrl+2)</source>
        <translation>Список заявителей (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="501"/>
        <source>Applicants in the database: {count}</source>
        <translation>Заявителей в базе данных: {count}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="509"/>
        <source>Found: {count}</source>
        <translation>Найдено: {count}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="511"/>
        <source>Nobody found. Check the spelling or type fewer letters.</source>
        <translation>Никого не найдено. Проверьте написание или введите меньше букв.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="513"/>
        <source>Nobody matches these filters.</source>
        <translation>Под эти фильтры никто не подходит.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="515"/>
        <source>Shown: {count}</source>
        <translation>Показано: {count}</translation>
    </message>
</context>
</TS>
