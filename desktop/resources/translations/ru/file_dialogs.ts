<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../../desktop/ui/file_dialogs.py" line="96"/>
        <source>This file is part of the database Qadam has open; reading or writing it here could damage it. Choose another file.</source>
        <translation>Этот файл — часть базы данных, открытой в Qadam; чтение или запись его здесь может её повредить. Выберите другой файл.</translation>
    </message>
</context>
</TS>
