<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="170"/>
        <source>Vacancies</source>
        <translation>Вакансии</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="171"/>
        <source>Education organisations</source>
        <translation>Организации образования</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="172"/>
        <source>Settlements and their potential</source>
        <translation>Населённые пункты и их потенциал</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="173"/>
        <source>Applicants (older spreadsheets)</source>
        <translation>Заявители (из прежних таблиц)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="177"/>
        <source>Import from Excel</source>
        <translation>Импорт из Excel</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="178"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="179"/>
        <source>&amp;List:</source>
        <translation>&amp;Список:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="180"/>
        <source>An Excel workbook (.xlsx)</source>
        <translation>Книга Excel (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="181"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="182"/>
        <source>Chec&amp;k</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="183"/>
        <source>Problems, row by row</source>
        <translation>Ошибки по строкам</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="184"/>
        <source>The same IIN more than once</source>
        <translation>Повторяющиеся ИИН</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="186"/>
        <source>Import &amp;only the valid rows (rows with problems are skipped)</source>
        <translation>Импортировать &amp;только верные строки (строки с ошибками пропускаются)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="188"/>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="189"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="190"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="212"/>
        <source>Choose an Excel file</source>
        <translation>Выберите файл Excel</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="214"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="235"/>
        <source>Choose the Excel file to import.</source>
        <translation>Выберите файл Excel для импорта.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="242"/>
        <source>Checking every row…</source>
        <translation>Проверка каждой строки…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="286"/>
        <source>Sheet “{sheet}”, headings in row {row}.</source>
        <translation>Лист «{sheet}», заголовки столбцов в строке {row}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="290"/>
        <source>Rows: {rows}. New: {new}, unchanged: {unchanged}, changed: {changed}, with problems: {invalid}.</source>
        <translation>Строк: {rows}. Новых: {new}, без изменений: {unchanged}, изменённых: {changed}, с ошибками: {invalid}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="302"/>
        <source>Columns that are not imported: {columns}.</source>
        <translation>Столбцы, которые не импортируются: {columns}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="309"/>
        <source>&lt;b&gt;Nothing will be imported while rows have problems.&lt;/b&gt; Correct the file and check it again, or tick “import only the valid rows”.</source>
        <translation>&lt;b&gt;Пока в строках есть ошибки, ничего не импортируется.&lt;/b&gt; Исправьте файл и проверьте его снова или отметьте «импортировать только верные строки».</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="314"/>
        <source>Everything in this file is already in the database.</source>
        <translation>Всё из этого файла уже есть в базе данных.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="316"/>
        <source>No problems found. Press Import to write the rows.</source>
        <translation>Ошибок не найдено. Нажмите «Импортировать», чтобы записать строки.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="384"/>
        <source>Import cancelled: nothing was written.</source>
        <translation>Импорт отменён: ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/import_dialog.py" line="394"/>
        <source>Imported. New: {new}, changed: {changed}, skipped rows with problems: {skipped}.</source>
        <translation>Импортировано. Новых: {new}, изменённых: {changed}, пропущено строк с ошибками: {skipped}.</translation>
    </message>
</context>
</TS>
