<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="164"/>
        <source>Qadam — first start</source>
        <translation>Qadam — алғашқы іске қосу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="167"/>
        <source>&lt;b&gt;Welcome to Qadam.&lt;/b&gt; Create the encrypted database for this office. Remember the passphrase: without it the data can be opened only with the district centre&apos;s help.</source>
        <translation>&lt;b&gt;Qadam-ға қош келдіңіз.&lt;/b&gt; Осы жұмыс орнына арналған шифрланған дерекқорды жасаңыз. Құпия фразаны есте сақтаңыз: онсыз деректерді тек аудандық орталықтың көмегімен ашуға болады.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="173"/>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="174"/>
        <source>&amp;Database file:</source>
        <translation>&amp;Дерекқор файлы:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="175"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Толық аты-жөні:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="176"/>
        <source>&amp;User name:</source>
        <translation>&amp;Пайдаланушы аты:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="177"/>
        <source>Rural &amp;okrug (КАТО code):</source>
        <translation>Ауылдық &amp;округ (ӘАОЖ коды):</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="178"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Құпия фраза:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="179"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>Құпия фразаны қа&amp;йталаңыз:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="183"/>
        <source>&amp;Browse…</source>
        <translation>Ш&amp;олу…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="184"/>
        <source>e.g. Nurlanova Aigerim Serikovna</source>
        <translation>мысалы, Нұрланова Әйгерім Серікқызы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="185"/>
        <source>9 digits, optional; e.g. 634603000</source>
        <translation>9 цифр, міндетті емес; мысалы, 634603000</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="186"/>
        <source>&amp;Show passphrase</source>
        <translation>Құпия фразаны &amp;көрсету</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="187"/>
        <source>&amp;Create database</source>
        <translation>Дерекқорды &amp;жасау</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="189"/>
        <source>&lt;b&gt;The database is ready.&lt;/b&gt; Optionally, connect this computer to the district server now, with the address, certificate and one-time code the district administrator gave you. You can also do it later (Sync → District server…): Qadam works without a connection.</source>
        <translation>&lt;b&gt;Дерекқор дайын.&lt;/b&gt; Қаласаңыз, аудан әкімшісі берген мекенжай, сертификат және бір реттік код арқылы осы компьютерді аудан серверіне қазір қосыңыз. Мұны кейін де жасауға болады (Синхрондау → Аудан сервері…): Qadam байланыссыз да жұмыс істейді.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="193"/>
        <source>&amp;Enrol this computer</source>
        <translation>Компьютерді &amp;тіркеу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="194"/>
        <source>S&amp;kip: enrol later</source>
        <translation>Ө&amp;ткізу: кейін тіркеу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="207"/>
        <source>At least {minimum} characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Кемінде {minimum} таңба. Бір-бірімен байланысы жоқ бірнеше сөзді есте сақтау оңай, ал табу қиын.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="211"/>
        <source>Too short: {length} of at least {minimum} characters.</source>
        <translation>Тым қысқа: {length} таңба, кемінде {minimum} керек.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="213"/>
        <source>Acceptable. A longer passphrase is stronger: add a word.</source>
        <translation>Жарамды. Құпия фраза неғұрлым ұзын болса, соғұрлым берік: тағы бір сөз қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="214"/>
        <source>Strong passphrase.</source>
        <translation>Құпия фраза берік.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="228"/>
        <source>Where to keep the database</source>
        <translation>Дерекқорды қайда сақтау керек</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="230"/>
        <source>Qadam database (*.db)</source>
        <translation>Qadam дерекқоры (*.db)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="255"/>
        <source>Choose where to keep the database.</source>
        <translation>Дерекқорды қайда сақтайтыныңызды таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="258"/>
        <source>Enter your full name.</source>
        <translation>Толық аты-жөніңізді енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="261"/>
        <source>Enter a user name without spaces, e.g. admin.</source>
        <translation>Пайдаланушы атын бос орынсыз енгізіңіз, мысалы, admin.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="273"/>
        <source>This is not a rural okrug&apos;s code: an okrug&apos;s КАТО code ends in 000, e.g. 634603000. Leave the field empty if you do not know it.</source>
        <translation>Бұл ауылдық округтің коды емес: округтің ӘАОЖ коды 000-ға аяқталады, мысалы, 634603000. Кодты білмесеңіз, өрісті бос қалдырыңыз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="283"/>
        <source>The two passphrases differ. Type the same passphrase twice.</source>
        <translation>Екі құпия фраза бірдей емес. Бір құпия фразаны екі рет теріңіз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/setup_dialog.py" line="303"/>
        <source>Creating the encrypted database… This takes a few seconds.</source>
        <translation>Шифрланған дерекқор жасалуда… Бұл бірнеше секундқа созылады.</translation>
    </message>
</context>
</TS>
