<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../../desktop/ui/file_dialogs.py" line="96"/>
        <source>This file is part of the database Qadam has open; reading or writing it here could damage it. Choose another file.</source>
        <translation>Бұл файл Qadam ашып отырған дерекқордың бөлігі; оны мұнда оқу не оған жазу дерекқорды зақымдауы мүмкін. Басқа файл таңдаңыз.</translation>
    </message>
</context>
</TS>
