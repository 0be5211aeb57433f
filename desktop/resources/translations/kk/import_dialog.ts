<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="170"/>
        <source>Vacancies</source>
        <translation>Бос жұмыс орындары</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="171"/>
        <source>Education organisations</source>
        <translation>Білім беру ұйымдары</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="172"/>
        <source>Settlements and their potential</source>
        <translation>Елді мекендер және олардың әлеуеті</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="173"/>
        <source>Applicants (older spreadsheets)</source>
        <translation>Өтініш берушілер (бұрынғы кестелерден)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="177"/>
        <source>Import from Excel</source>
        <translation>Excel-ден импорттау</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="178"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="179"/>
        <source>&amp;List:</source>
        <translation>&amp;Тізім:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="180"/>
        <source>An Excel workbook (.xlsx)</source>
        <translation>Excel кітабы (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="181"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="182"/>
        <source>Chec&amp;k</source>
        <translation>&amp;Тексеру</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="183"/>
        <source>Problems, row by row</source>
        <translation>Жолдардағы қателер</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="184"/>
        <source>The same IIN more than once</source>
        <translation>Бірнеше рет кездесетін ЖСН</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="186"/>
        <source>Import &amp;only the valid rows (rows with problems are skipped)</source>
        <translation>Тек &amp;дұрыс жолдарды импорттау (қатесі бар жолдар өткізіліп жіберіледі)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="188"/>
        <source>&amp;Import</source>
        <translation>&amp;Импорттау</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="189"/>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="190"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="212"/>
        <source>Choose an Excel file</source>
        <translation>Excel файлын таңдаңыз</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="214"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel кітаптары (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="235"/>
        <source>Choose the Excel file to import.</source>
        <translation>Импорттайтын Excel файлын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="242"/>
        <source>Checking every row…</source>
        <translation>Әр жол тексерілуде…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="286"/>
        <source>Sheet “{sheet}”, headings in row {row}.</source>
        <translation>«{sheet}» парағы, баған тақырыптары {row}-жолда.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="290"/>
        <source>Rows: {rows}. New: {new}, unchanged: {unchanged}, changed: {changed}, with problems: {invalid}.</source>
        <translation>Жолдар: {rows}. Жаңа: {new}, өзгермеген: {unchanged}, өзгерген: {changed}, қатесі бар: {invalid}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="302"/>
        <source>Columns that are not imported: {columns}.</source>
        <translation>Импортталмайтын бағандар: {columns}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="309"/>
        <source>&lt;b&gt;Nothing will be imported while rows have problems.&lt;/b&gt; Correct the file and check it again, or tick “import only the valid rows”.</source>
        <translation>&lt;b&gt;Қатесі бар жолдар тұрғанда ештеңе импортталмайды.&lt;/b&gt; Файлды түзетіп, қайта тексеріңіз немесе «тек дұрыс жолдарды импорттау» белгісін қойыңыз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="314"/>
        <source>Everything in this file is already in the database.</source>
        <translation>Бұл файлдағының бәрі дерекқорда бар.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="316"/>
        <source>No problems found. Press Import to write the rows.</source>
        <translation>Қате табылған жоқ. Жолдарды жазу үшін «Импорттау» батырмасын басыңыз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="384"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>Импорттау тоқтатылды: ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="394"/>
        <source>Imported. New: {new}, changed: {changed}, skipped rows with problems: {skipped}.</source>
        <translation>Импортталды. Жаңа: {new}, өзгерген: {changed}, өткізілген қатесі бар жолдар: {skipped}.</translation>
    </message>
</context>
</TS>
