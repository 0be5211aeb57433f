<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="261"/>
        <source>About Qadam</source>
        <translation>О программе Qadam</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="263"/>
        <source>Qadam {version}: casework of the Employment Programme 2020 for village akimats.</source>
        <translation>Qadam {version}: ведение дел по Программе занятости 2020 для аппаратов акимов сельских округов.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="269"/>
        <source>Qadam — {user}</source>
        <translation>Qadam — {user}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="270"/>
        <source>Search by surname, first name or IIN (Ctrl+F)</source>
        <translation>Поиск по фамилии, имени или ИИН (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="271"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="272"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="273"/>
        <source>&amp;New applicant…</source>
        <translation>&amp;Новый заявитель…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="274"/>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Импорт из Excel…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="275"/>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="276"/>
        <source>&amp;Monthly report…</source>
        <translation>&amp;Ежемесячный отчёт…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="277"/>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Панель показателей…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="278"/>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="279"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="280"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="281"/>
        <source>&amp;About Qadam</source>
        <translation>&amp;О программе Qadam</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="306"/>
        <source>Applicants in the database: {count}</source>
        <translation>Заявителей в базе данных: {count}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="314"/>
        <source>Found: {count}</source>
        <translation>Найдено: {count}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="316"/>
        <source>Nobody found. Check the spelling or type fewer letters.</source>
        <translation>Никого не найдено. Проверьте написание или введите меньше букв.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="318"/>
        <source>Nobody matches these filters.</source>
        <translation>Под эти фильтры никто не подходит.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/main_window.py" line="320"/>
        <source>Shown: {count}</source>
        <translation>Показано: {count}</translation>
    </message>
</context>
</TS>
