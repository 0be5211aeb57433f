<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>EnrolForm</name>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="123"/>
        <source>The district server&apos;s certificate</source>
        <translation>Аудан серверінің сертификаты</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="124"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаттар (*.pem *.crt *.cer);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="137"/>
        <source>{name} is not a certificate in PEM format. Use the file the district administrator gave you (it begins with -----BEGIN CERTIFICATE-----).</source>
        <translation>{name} — PEM пішіміндегі сертификат емес. Аудан әкімшісі берген файлды пайдаланыңыз (ол -----BEGIN CERTIFICATE----- жолынан басталады).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="157"/>
        <source>SHA-256 fingerprint: {fingerprint}</source>
        <translation>SHA-256 саусақ ізі: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="161"/>
        <source>No certificate chosen: the server&apos;s certificate must then be trusted by Windows itself.</source>
        <translation>Сертификат таңдалмады: онда сервер сертификатына Windows өзі сенуі керек.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="180"/>
        <source>Enter the server&apos;s address as the district gave it, e.g. https://qadam.district.kz</source>
        <translation>Сервердің мекенжайын аудан бергендей енгізіңіз, мысалы https://qadam.district.kz</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="185"/>
        <source>Enter the enrolment code the district administrator gave you.</source>
        <translation>Аудан әкімшісі берген тіркеу кодын енгізіңіз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="189"/>
        <source>Name this computer, e.g. the okrug and the office, so the district knows it.</source>
        <translation>Аудан білуі үшін осы компьютерге атау беріңіз, мысалы округ пен кеңсе.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="208"/>
        <source>Enrolling this computer with the district…</source>
        <translation>Бұл компьютер ауданда тіркелуде…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="228"/>
        <source>This computer is enrolled with {server} ({scope}: {place}).</source>
        <translation>Бұл компьютер {server} серверінде тіркелген ({scope}: {place}).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="254"/>
        <source>Server &amp;address:</source>
        <translation>Сервер &amp;мекенжайы:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="254"/>
        <source>&amp;Certificate:</source>
        <translation>&amp;Сертификат:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="255"/>
        <source>Enrolment &amp;code:</source>
        <translation>Тіркеу &amp;коды:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="255"/>
        <source>This computer&apos;s &amp;name:</source>
        <translation>Компьютердің &amp;атауы:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="258"/>
        <source>from the district administrator, used once</source>
        <translation>аудан әкімшісінен, бір рет қолданылады</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="259"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="260"/>
        <source>&amp;Remove</source>
        <translation>&amp;Алып тастау</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="261"/>
        <source>Enrol &amp;again (only if the district asks you to)</source>
        <translation>&amp;Қайта тіркеу (тек аудан сұраса)</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="331"/>
        <source>District server</source>
        <translation>Аудан сервері</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="333"/>
        <source>Connect this computer to the district server to send the okrug&apos;s records and receive the district&apos;s. The address, the certificate and a one-time enrolment code come from the district administrator. Qadam works without it too.</source>
        <translation>Округтің жазбаларын жіберу және ауданның жазбаларын алу үшін осы компьютерді аудан серверіне қосыңыз. Мекенжайды, сертификатты және бір реттік тіркеу кодын аудан әкімшісі береді. Qadam онсыз да жұмыс істейді.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="336"/>
        <source>&amp;Enrol this computer</source>
        <translation>Компьютерді &amp;тіркеу</translation>
    </message>
</context>
</TS>
