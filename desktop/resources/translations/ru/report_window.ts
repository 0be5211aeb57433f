<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="561"/>
        <source>Dashboard — Qadam</source>
        <translation>Панель показателей — Qadam</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="562"/>
        <source>&amp;Up to:</source>
        <translation>&amp;Последний месяц:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="563"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="577"/>
        <source>Counting the last 12 months…</source>
        <translation>Подсчёт за последние 12 месяцев…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="610"/>
        <source>Indicators by month</source>
        <translation>Показатели по месяцам</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="614"/>
        <source>By direction, {month}</source>
        <translation>По направлениям, {month}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="616"/>
        <source>By direction</source>
        <translation>По направлениям</translation>
    </message>
</context>
<context>
    <name>DueDateLabel</name>
    <message numerus="yes">
        <location filename="../../../desktop/ui/report_window.py" line="180"/>
        <source>Report for {month} is due by {date}: %n days left</source>
        <translation>
            <numerusform>Отчёт за {month} сдать до {date}: остался %n день</numerusform>
            <numerusform>Отчёт за {month} сдать до {date}: осталось %n дня</numerusform>
            <numerusform>Отчёт за {month} сдать до {date}: осталось %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="182"/>
        <source>Report for {month} is due tomorrow, {date}</source>
        <translation>Отчёт за {month} сдать завтра, {date}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="184"/>
        <source>Report for {month} is due today, {date}</source>
        <translation>Отчёт за {month} сдать сегодня, {date}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="186"/>
        <source>Report for {month} was due by {date}</source>
        <translation>Отчёт за {month} нужно было сдать до {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../desktop/ui/report_window.py" line="218"/>
        <source>{month} report: %n days left</source>
        <translation>
            <numerusform>Отчёт за {month}: остался %n день</numerusform>
            <numerusform>Отчёт за {month}: осталось %n дня</numerusform>
            <numerusform>Отчёт за {month}: осталось %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="220"/>
        <source>{month} report: due tomorrow</source>
        <translation>Отчёт за {month}: сдать завтра</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="222"/>
        <source>{month} report: due today</source>
        <translation>Отчёт за {month}: сдать сегодня</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="224"/>
        <source>{month} report: overdue</source>
        <translation>Отчёт за {month}: срок прошёл</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="347"/>
        <source>This okrug</source>
        <translation>Этот округ</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="349"/>
        <source>Whole district</source>
        <translation>Весь район</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="350"/>
        <source>Whole district, per okrug</source>
        <translation>Весь район, по округам</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="354"/>
        <source>Monthly report — Qadam</source>
        <translation>Ежемесячный отчёт — Qadam</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="355"/>
        <source>&amp;Month:</source>
        <translation>&amp;Месяц:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="356"/>
        <source>&amp;Scope:</source>
        <translation>&amp;Охват:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="357"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="358"/>
        <source>Save as &amp;Excel…</source>
        <translation>Сохранить в &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="359"/>
        <source>Save as &amp;CSV…</source>
        <translation>Сохранить в &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="360"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="385"/>
        <source>Monthly report {period}</source>
        <translation>Ежемесячный отчёт {period}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="404"/>
        <source>Building the report…</source>
        <translation>Формирование отчёта…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="462"/>
        <source>Save the report as Excel</source>
        <translation>Сохранить отчёт в Excel</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="464"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="480"/>
        <source>Save the report as CSV</source>
        <translation>Сохранить отчёт в CSV</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="482"/>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="493"/>
        <source>Saving {name}…</source>
        <translation>Сохранение {name}…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="499"/>
        <source>Saved: {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
</context>
</TS>
