<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
    <context>
        <name>Errors</name>
        <message>
            <source>The database could not be used.</source>
            <translation>Дерекқорды пайдалану мүмкін болмады.</translation>
        </message>
        <message>
            <source>There is no database at {path}.</source>
            <translation>{path} орнында дерекқор жоқ.</translation>
        </message>
        <message>
            <source>A database already exists at {path}; choose another place or open it.</source>
            <translation>{path} орнында дерекқор бар; басқа орын таңдаңыз немесе оны ашыңыз.</translation>
        </message>
        <message>
            <source>The key file {path} beside the database is missing. Restore it from the backup (it is always copied together with the database) or ask the district centre to recover access.</source>
            <translation>Дерекқордың жанындағы {path} кілт файлы жоқ. Оны сақтық көшірмеден қалпына келтіріңіз (ол әрдайым дерекқормен бірге көшіріледі) немесе қолжетімділікті қалпына келтіру үшін аудандық орталыққа жүгініңіз.</translation>
        </message>
        <message>
            <source>{path} is not a Qadam database ({reason}).</source>
            <translation>{path} — Qadam дерекқоры емес ({reason}).</translation>
        </message>
        <message>
            <source>The database {path} is damaged ({reason}). Nothing was changed. Restore the latest backup, or take the file to the district centre.</source>
            <translation>{path} дерекқоры зақымдалған ({reason}). Ештеңе өзгертілген жоқ. Соңғы сақтық көшірмені қалпына келтіріңіз немесе файлды аудандық орталыққа апарыңыз.</translation>
        </message>
        <message>
            <source>This database was written by a newer version of Qadam ({found}). Install the newer version to open it; this version leaves the file untouched.</source>
            <translation>Бұл дерекқорды Qadam-ның жаңарақ нұсқасы жазған ({found}). Оны ашу үшін жаңа нұсқаны орнатыңыз; осы нұсқа файлды өзгертпейді.</translation>
        </message>
        <message>
            <source>There is no user {username} in this database.</source>
            <translation>Бұл дерекқорда {username} деген пайдаланушы жоқ.</translation>
        </message>
        <message>
            <source>The passphrase is wrong. Check the keyboard layout and Caps Lock, and try again.</source>
            <translation>Құпия фраза қате. Пернетақта тілін және Caps Lock пернесін тексеріп, қайталап көріңіз.</translation>
        </message>
        <message>
            <source>Your role ({role}) does not allow this: {action}.</source>
            <translation>Сіздің рөліңіз ({role}) бұған рұқсат бермейді: {action}.</translation>
        </message>
        <message>
            <source>The disk is full, so the last change was not saved. Nothing already saved is lost. Free some space and save again.</source>
            <translation>Диск толып қалды, сондықтан соңғы өзгеріс сақталмады. Бұрын сақталғанның бәрі орнында. Дискіден орын босатып, қайта сақтаңыз.</translation>
        </message>
        <message>
            <source>The passphrase must have at least {minimum} characters.</source>
            <translation>Құпия фраза кемінде {minimum} таңбадан тұруы керек.</translation>
        </message>
        <message>
            <source>ИИН must have 12 digits</source>
            <translation>ЖСН 12 цифрдан тұруы керек</translation>
        </message>
        <message>
            <source>ИИН must contain only digits</source>
            <translation>ЖСН тек цифрлардан тұруы керек</translation>
        </message>
        <message>
            <source>the first six digits of the ИИН are not a real birth date</source>
            <translation>ЖСН-нің алғашқы алты цифры шын туған күнді білдірмейді</translation>
        </message>
        <message>
            <source>the 7th digit of the ИИН must be 1 to 6 (it codes century and sex)</source>
            <translation>ЖСН-нің 7-ші цифры 1-ден 6-ға дейін болуы керек (ол ғасыр мен жынысты білдіреді)</translation>
        </message>
        <message>
            <source>the check digit does not match: the number is mistyped</source>
            <translation>бақылау цифры сәйкес келмейді: нөмір қате терілген</translation>
        </message>
        <message>
            <source>no valid number starts with these 11 digits: the number is mistyped</source>
            <translation>бұл 11 цифрдан басталатын дұрыс нөмір болмайды: нөмір қате терілген</translation>
        </message>
        <message>
            <source>БИН must have 12 digits</source>
            <translation>БСН 12 цифрдан тұруы керек</translation>
        </message>
        <message>
            <source>БИН must contain only digits</source>
            <translation>БСН тек цифрлардан тұруы керек</translation>
        </message>
        <message>
            <source>the first four digits of the БИН are not a valid year and month of registration</source>
            <translation>БСН-нің алғашқы төрт цифры тіркелудің дұрыс жылы мен айын білдірмейді</translation>
        </message>
        <message>
            <source>the 5th digit of a БИН must be 4, 5 or 6 (an ИИН has 0 to 3 there)</source>
            <translation>БСН-нің 5-ші цифры 4, 5 немесе 6 болуы керек (ЖСН-де бұл орында 0-ден 3-ке дейінгі цифр тұрады)</translation>
        </message>
        <message>
            <source>a КАТО code must have 9 digits</source>
            <translation>ӘАОЖ коды 9 цифрдан тұруы керек</translation>
        </message>
        <message>
            <source>a КАТО code must contain only digits</source>
            <translation>ӘАОЖ коды тек цифрлардан тұруы керек</translation>
        </message>
        <message>
            <source>a КАТО code cannot name a district, okrug or settlement without its region</source>
            <translation>ӘАОЖ коды облысы көрсетілмеген ауданды, округті немесе елді мекенді білдіре алмайды</translation>
        </message>
        <message>
            <source>Surname and first name are required.</source>
            <translation>Тегі мен аты міндетті түрде толтырылуы керек.</translation>
        </message>
        <message>
            <source>A person with ИИН {iin} is already registered: {name}.</source>
            <translation>ЖСН-і {iin} адам бұрыннан тіркелген: {name}.</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>файл бос</translation>
        </message>
        <message>
            <source>it is an unencrypted SQLite file</source>
            <translation>бұл шифрланбаған SQLite файлы</translation>
        </message>
        <message>
            <source>the file is cut short</source>
            <translation>файлдың соңы қиылған</translation>
        </message>
        <message>
            <source>it is cut short or corrupted</source>
            <translation>файлдың соңы қиылған немесе ол бүлінген</translation>
        </message>
        <message>
            <source>it does not match its key file</source>
            <translation>ол өзінің кілт файлына сәйкес келмейді</translation>
        </message>
        <message>
            <source>it does not match its key file or its start is damaged</source>
            <translation>ол өзінің кілт файлына сәйкес келмейді немесе басы зақымдалған</translation>
        </message>
        <message>
            <source>the key file belongs to another one</source>
            <translation>кілт файлы басқа дерекқорға тиесілі</translation>
        </message>
        <message>
            <source>it has no Qadam tables</source>
            <translation>онда Qadam кестелері жоқ</translation>
        </message>
        <message>
            <source>its key file is not a Qadam key file</source>
            <translation>оның кілт файлы Qadam кілт файлы емес</translation>
        </message>
        <message>
            <source>its key file is incomplete</source>
            <translation>оның кілт файлы толық емес</translation>
        </message>
        <message>
            <source>village_specialist</source>
            <translation>ауылдық округ әкімі аппаратының маманы</translation>
        </message>
        <message>
            <source>district_specialist</source>
            <translation>жұмыспен қамту орталығының маманы</translation>
        </message>
        <message>
            <source>administrator</source>
            <translation>әкімші</translation>
        </message>
        <message>
            <source>auditor</source>
            <translation>аудитор (тек қарау)</translation>
        </message>
        <message>
            <source>change records</source>
            <translation>жазбаларды өзгерту</translation>
        </message>
        <message>
            <source>add users</source>
            <translation>пайдаланушыларды қосу</translation>
        </message>
        <message>
            <source>create demo data</source>
            <translation>демо-деректер жасау</translation>
        </message>
        <message>
            <source>register applicants</source>
            <translation>өтініш берушілерді тіркеу</translation>
        </message>
        <message>
            <source>correct applicants</source>
            <translation>өтініш берушілердің деректерін түзету</translation>
        </message>
        <message>
            <source>remove applicants</source>
            <translation>өтініш берушілерді жою</translation>
        </message>
        <message>
            <source>A case in state {current} cannot move to {wanted}.</source>
            <translation>{current} күйіндегі іс {wanted} күйіне өте алмайды.</translation>
        </message>
    </context>
</TS>
