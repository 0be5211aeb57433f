<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="134"/>
        <source>Qadam — forgotten passphrase</source>
        <translation>Qadam — забытая парольная фраза</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="136"/>
        <source>&lt;b&gt;The district employment centre can give {user} a new passphrase.&lt;/b&gt; No data is lost: the district holds a key that opens this computer&apos;s key, and its answer works only on this computer, once.</source>
        <translation>&lt;b&gt;Районный центр занятости может дать пользователю {user} новую парольную фразу.&lt;/b&gt; Данные не теряются: у района есть ключ, открывающий ключ этого компьютера, а его ответ действует только на этом компьютере и только один раз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="139"/>
        <source>1. Ask the district</source>
        <translation>1. Запрос в район</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="141"/>
        <source>Save the request file (on a USB stick, or send it by e-mail) and take it to the district administrator. Then phone them and read out the verification code.</source>
        <translation>Сохраните файл запроса (на USB-накопитель или отправьте по электронной почте) и передайте его администратору района. Затем позвоните ему и продиктуйте проверочный код.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="143"/>
        <source>&amp;Save the request…</source>
        <translation>&amp;Сохранить запрос…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="144"/>
        <source>2. The district&apos;s answer</source>
        <translation>2. Ответ района</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="146"/>
        <source>Open the response file the district gave you and choose a new passphrase (at least {minimum} characters).</source>
        <translation>Откройте файл ответа, полученный из района, и выберите новую парольную фразу (не менее {minimum} символов).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="149"/>
        <source>&amp;Response file:</source>
        <translation>&amp;Файл ответа:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="149"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="150"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Повторите её:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="152"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="153"/>
        <source>Send to the district &amp;server</source>
        <translation>Отправить на с&amp;ервер района</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="154"/>
        <source>&amp;Get it from the server</source>
        <translation>По&amp;лучить с сервера</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="155"/>
        <source>Set the passphrase and &amp;unlock</source>
        <translation>Задать фразу и &amp;разблокировать</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="163"/>
        <source>Sent to the district server.</source>
        <translation>Отправлено на сервер района.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="165"/>
        <source>Saved to {path}.</source>
        <translation>Сохранено: {path}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="167"/>
        <source>A request is waiting for the answer.</source>
        <translation>Запрос ждёт ответа.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="169"/>
        <source>Verification code to read out: &lt;b style=&apos;font-size: 16pt&apos;&gt;{code}&lt;/b&gt;</source>
        <translation>Проверочный код, который нужно продиктовать: &lt;b style=&apos;font-size: 16pt&apos;&gt;{code}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="190"/>
        <source>Save the recovery request</source>
        <translation>Сохранить запрос на восстановление</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="203"/>
        <source>The request could not be saved to {path} ({reason}). Choose another place.</source>
        <translation>Не удалось сохранить запрос в {path} ({reason}). Выберите другое место.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="224"/>
        <source>Sending the request to the district…</source>
        <translation>Запрос отправляется в район…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="236"/>
        <source>Asking the district server for the answer…</source>
        <translation>Запрашивается ответ с сервера района…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="243"/>
        <source>The district has not answered yet. Try again after the phone call.</source>
        <translation>Район ещё не ответил. Попробуйте снова после телефонного разговора.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="251"/>
        <source>Open the district&apos;s response</source>
        <translation>Открыть ответ района</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="257"/>
        <source>Recovery files (*.{suffix});;All files (*)</source>
        <translation>Файлы восстановления (*.{suffix});;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="264"/>
        <source>Open the district&apos;s response file.</source>
        <translation>Откройте файл ответа района.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="269"/>
        <source>The passphrase must have at least {minimum} characters.</source>
        <translation>Парольная фраза должна содержать не менее {minimum} символов.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="274"/>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="279"/>
        <source>Setting the new passphrase…</source>
        <translation>Устанавливается новая парольная фраза…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="305"/>
        <source>The response file {path} could not be read ({reason}).</source>
        <translation>Файл ответа {path} не удалось прочитать ({reason}).</translation>
    </message>
</context>
</TS>
