<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="561"/>
        <source>Dashboard — Qadam</source>
        <translation>Көрсеткіштер тақтасы — Qadam</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="562"/>
        <source>&amp;Up to:</source>
        <translation>&amp;Соңғы ай:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="563"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="577"/>
        <source>Counting the last 12 months…</source>
        <translation>Соңғы 12 ай есептелуде…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="610"/>
        <source>Indicators by month</source>
        <translation>Айлар бойынша көрсеткіштер</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="614"/>
        <source>By direction, {month}</source>
        <translation>Бағыттар бойынша, {month}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="616"/>
        <source>By direction</source>
        <translation>Бағыттар бойынша</translation>
    </message>
</context>
<context>
    <name>DueDateLabel</name>
    <message numerus="yes">
        <location filename="../../../desktop/ui/report_window.py" line="180"/>
        <source>Report for {month} is due by {date}: %n days left</source>
        <translation>
            <numerusform>{month} есебі — тапсыру мерзімі {date}: %n күн қалды</numerusform>
            <numerusform>{month} есебі — тапсыру мерзімі {date}: %n күн қалды</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="182"/>
        <source>Report for {month} is due tomorrow, {date}</source>
        <translation>{month} есебі — тапсыру мерзімі ертең, {date}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="184"/>
        <source>Report for {month} is due today, {date}</source>
        <translation>{month} есебі — тапсыру мерзімі бүгін, {date}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="186"/>
        <source>Report for {month} was due by {date}</source>
        <translation>{month} есебінің тапсыру мерзімі — {date}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../../desktop/ui/report_window.py" line="218"/>
        <source>{month} report: %n days left</source>
        <translation>
            <numerusform>{month} есебі: %n күн қалды</numerusform>
            <numerusform>{month} есебі: %n күн қалды</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="220"/>
        <source>{month} report: due tomorrow</source>
        <translation>{month} есебі: ертең тапсыру</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="222"/>
        <source>{month} report: due today</source>
        <translation>{month} есебі: бүгін тапсыру</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="224"/>
        <source>{month} report: overdue</source>
        <translation>{month} есебі: мерзімі өтті</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="347"/>
        <source>This okrug</source>
        <translation>Осы округ</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="349"/>
        <source>Whole district</source>
        <translation>Бүкіл аудан</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="350"/>
        <source>Whole district, per okrug</source>
        <translation>Бүкіл аудан, округтер бойынша</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="354"/>
        <source>Monthly report — Qadam</source>
        <translation>Ай сайынғы есеп — Qadam</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="355"/>
        <source>&amp;Month:</source>
        <translation>&amp;Ай:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="356"/>
        <source>&amp;Scope:</source>
        <translation>&amp;Қамту:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="357"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="358"/>
        <source>Save as &amp;Excel…</source>
        <translation>&amp;Excel ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="359"/>
        <source>Save as &amp;CSV…</source>
        <translation>&amp;CSV ретінде сақтау…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="360"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="385"/>
        <source>Monthly report {period}</source>
        <translation>Ай сайынғы есеп: {period}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="404"/>
        <source>Building the report…</source>
        <translation>Есеп жасалуда…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="462"/>
        <source>Save the report as Excel</source>
        <translation>Есепті Excel ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="464"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="480"/>
        <source>Save the report as CSV</source>
        <translation>Есепті CSV ретінде сақтау</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="482"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV файлдары (*.csv)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="493"/>
        <source>Saving {name}…</source>
        <translation>{name} сақталуда…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/report_window.py" line="499"/>
        <source>Saved: {path}</source>
        <translation>Сақталды: {path}</translation>
    </message>
</context>
</TS>
