<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="134"/>
        <source>Qadam — forgotten passphrase</source>
        <translation>Qadam — ұмытылған құпия фраза</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="136"/>
        <source>&lt;b&gt;The district employment centre can give {user} a new passphrase.&lt;/b&gt; No data is lost: the district holds a key that opens this computer&apos;s key, and its answer works only on this computer, once.</source>
        <translation>&lt;b&gt;Аудандық жұмыспен қамту орталығы {user} пайдаланушысына жаңа құпия фраза орнатуға мүмкіндік бере алады.&lt;/b&gt; Деректер жоғалмайды: ауданда осы компьютердің кілтін ашатын кілт бар, ал оның жауабы тек осы компьютерде, бір рет қана жарайды.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="139"/>
        <source>1. Ask the district</source>
        <translation>1. Аудандан сұраңыз</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="141"/>
        <source>Save the request file (on a USB stick, or send it by e-mail) and take it to the district administrator. Then phone them and read out the verification code.</source>
        <translation>Сұрау файлын сақтап (USB жинақтағышқа немесе электрондық поштамен жіберіңіз), аудан әкімшісіне жеткізіңіз. Содан кейін оған телефон соғып, тексеру кодын оқып беріңіз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="143"/>
        <source>&amp;Save the request…</source>
        <translation>Сұрауды &amp;сақтау…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="144"/>
        <source>2. The district&apos;s answer</source>
        <translation>2. Ауданның жауабы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="146"/>
        <source>Open the response file the district gave you and choose a new passphrase (at least {minimum} characters).</source>
        <translation>Аудан берген жауап файлын ашып, жаңа құпия фраза таңдаңыз (кемінде {minimum} таңба).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="149"/>
        <source>&amp;Response file:</source>
        <translation>&amp;Жауап файлы:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="149"/>
        <source>&amp;New passphrase:</source>
        <translation>Жаңа &amp;құпия фраза:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="150"/>
        <source>&amp;Repeat it:</source>
        <translation>Қа&amp;йталаңыз:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="152"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="153"/>
        <source>Send to the district &amp;server</source>
        <translation>Аудан сер&amp;веріне жіберу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="154"/>
        <source>&amp;Get it from the server</source>
        <translation>Серверден а&amp;лу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="155"/>
        <source>Set the passphrase and &amp;unlock</source>
        <translation>Құпия фразаны орнатып, құлпын а&amp;шу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="163"/>
        <source>Sent to the district server.</source>
        <translation>Аудан серверіне жіберілді.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="165"/>
        <source>Saved to {path}.</source>
        <translation>Сақталды: {path}.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="167"/>
        <source>A request is waiting for the answer.</source>
        <translation>Сұрау жауап күтуде.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="169"/>
        <source>Verification code to read out: &lt;b style=&apos;font-size: 16pt&apos;&gt;{code}&lt;/b&gt;</source>
        <translation>Оқып беретін тексеру коды: &lt;b style=&apos;font-size: 16pt&apos;&gt;{code}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="190"/>
        <source>Save the recovery request</source>
        <translation>Қалпына келтіру сұрауын сақтау</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="203"/>
        <source>The request could not be saved to {path} ({reason}). Choose another place.</source>
        <translation>Сұрауды {path} орнына сақтау мүмкін болмады ({reason}). Басқа орын таңдаңыз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="224"/>
        <source>Sending the request to the district…</source>
        <translation>Сұрау ауданға жіберілуде…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="236"/>
        <source>Asking the district server for the answer…</source>
        <translation>Аудан серверінен жауап сұралуда…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="243"/>
        <source>The district has not answered yet. Try again after the phone call.</source>
        <translation>Аудан әлі жауап берген жоқ. Телефон арқылы сөйлескеннен кейін қайталап көріңіз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="251"/>
        <source>Open the district&apos;s response</source>
        <translation>Ауданның жауабын ашу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="257"/>
        <source>Recovery files (*.{suffix});;All files (*)</source>
        <translation>Қалпына келтіру файлдары (*.{suffix});;Барлық файлдар (*)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="264"/>
        <source>Open the district&apos;s response file.</source>
        <translation>Ауданның жауап файлын ашыңыз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="269"/>
        <source>The passphrase must have at least {minimum} characters.</source>
        <translation>Құпия фраза кемінде {minimum} таңбадан тұруы керек.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="274"/>
        <source>The two passphrases differ.</source>
        <translation>Екі құпия фраза бірдей емес.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="279"/>
        <source>Setting the new passphrase…</source>
        <translation>Жаңа құпия фраза орнатылуда…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/recovery_dialog.py" line="305"/>
        <source>The response file {path} could not be read ({reason}).</source>
        <translation>{path} жауап файлын оқу мүмкін болмады ({reason}).</translation>
    </message>
</context>
</TS>
