<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>EnrolForm</name>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="123"/>
        <source>The district server&apos;s certificate</source>
        <translation>Сертификат районного сервера</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="124"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="137"/>
        <source>{name} is not a certificate in PEM format. Use the file the district administrator gave you (it begins with -----BEGIN CERTIFICATE-----).</source>
        <translation>{name} — не сертификат в формате PEM. Используйте файл, который дал администратор района (он начинается с -----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="157"/>
        <source>SHA-256 fingerprint: {fingerprint}</source>
        <translation>Отпечаток SHA-256: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="161"/>
        <source>No certificate chosen: the server&apos;s certificate must then be trusted by Windows itself.</source>
        <translation>Сертификат не выбран: тогда сертификату сервера должна доверять сама Windows.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="180"/>
        <source>Enter the server&apos;s address as the district gave it, e.g. https://qadam.district.kz</source>
        <translation>Введите адрес сервера так, как его дал район, например https://qadam.district.kz</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="185"/>
        <source>Enter the enrolment code the district administrator gave you.</source>
        <translation>Введите код регистрации, который дал администратор района.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="189"/>
        <source>Name this computer, e.g. the okrug and the office, so the district knows it.</source>
        <translation>Назовите этот компьютер, например округ и кабинет, чтобы район его узнал.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="208"/>
        <source>Enrolling this computer with the district…</source>
        <translation>Регистрация компьютера в районе…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="228"/>
        <source>This computer is enrolled with {server} ({scope}: {place}).</source>
        <translation>Этот компьютер зарегистрирован на {server} ({scope}: {place}).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="254"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="254"/>
        <source>&amp;Certificate:</source>
        <translation>&amp;Сертификат:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="255"/>
        <source>Enrolment &amp;code:</source>
        <translation>&amp;Код регистрации:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="255"/>
        <source>This computer&apos;s &amp;name:</source>
        <translation>&amp;Имя компьютера:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="258"/>
        <source>from the district administrator, used once</source>
        <translation>от администратора района, действует один раз</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="259"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="260"/>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="261"/>
        <source>Enrol &amp;again (only if the district asks you to)</source>
        <translation>Зарегистрировать &amp;заново (только если просит район)</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="331"/>
        <source>District server</source>
        <translation>Районный сервер</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="333"/>
        <source>Connect this computer to the district server to send the okrug&apos;s records and receive the district&apos;s. The address, the certificate and a one-time enrolment code come from the district administrator. Qadam works without it too.</source>
        <translation>Подключите этот компьютер к районному серверу, чтобы отправлять записи округа и получать записи района. Адрес, сертификат и одноразовый код регистрации даёт администратор района. Qadam работает и без этого.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/server_dialog.py" line="336"/>
        <source>&amp;Enrol this computer</source>
        <translation>&amp;Зарегистрировать компьютер</translation>
    </message>
</context>
</TS>
