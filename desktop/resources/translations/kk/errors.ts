<?xml version='1.0' encoding='utf-8'?>
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
      <source>The key file {path} beside the database is missing, and its copy too. Restore it from any backup of this database (“Restore the key file from a backup…”): the records of today stay as they are.</source>
      <translation>Дерекқордың жанындағы {path} кілт файлы жоқ, оның көшірмесі де жоқ. Оны осы дерекқордың кез келген сақтық көшірмесінен қалпына келтіріңіз («Кілт файлын сақтық көшірмеден қалпына келтіру…»): бүгінгі жазбалар өзгермейді.</translation>
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
      <source>The database {path} is already open in another Qadam window (process {pid}). Close Qadam there, or wait until its work is finished, and try again.</source>
      <translation>{path} дерекқоры Qadam-ның басқа терезесінде ашық тұр (процесс {pid}). Qadam-ды сол жерде жабыңыз немесе оның жұмысы аяқталғанша күтіп, қайталап көріңіз.</translation>
    </message>
    <message>
      <source>Qadam cannot write in the folder {path} ({reason}), so it cannot open the database there. Copy the database and its key file to a folder you can write to, such as Documents, and open it from there.</source>
      <translation>Qadam {path} қалтасына жаза алмайды ({reason}), сондықтан дерекқорды сол жерде аша алмайды. Дерекқорды кілт файлымен бірге жазуға болатын қалтаға (мысалы, Құжаттар) көшіріп, сол жерден ашыңыз.</translation>
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
      <source>it cannot be read</source>
      <translation>оны оқу мүмкін емес</translation>
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
      <source>change the data key</source>
      <translation>деректер кілтін ауыстыру</translation>
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
    <message>
      <source>No column headings of this list were found in the first {rows} rows of the sheet {sheet}. Check that the right sheet and the right kind of list are chosen; the headings expected include: {expected}.</source>
      <translation>{sheet} парағының алғашқы {rows} жолынан бұл тізімнің баған тақырыптары табылмады. Парақ пен тізім түрі дұрыс таңдалғанын тексеріңіз; күтілетін тақырыптар: {expected}.</translation>
    </message>
    <message>
      <source>Rows {rows} describe the same {what}: keep one of them.</source>
      <translation>{rows} жолдары бір жазбаны сипаттайды ({what}): біреуін ғана қалдырыңыз.</translation>
    </message>
    <message>
      <source>Text was expected here, but the cell holds a number or a date ({value}). Format the column as text and type it again.</source>
      <translation>Мұнда мәтін күтілген, бірақ ұяшықта сан немесе күн тұр ({value}). Бағанды мәтін пішіміне ауыстырып, мәнді қайта теріңіз.</translation>
    </message>
    <message>
      <source>The cell holds a formula ({formula}): type the value itself instead.</source>
      <translation>Ұяшықта формула тұр ({formula}): оның орнына мәннің өзін теріңіз.</translation>
    </message>
    <message>
      <source>The cell holds control characters that cannot be part of text ({codes}). Retype it.</source>
      <translation>Ұяшықта мәтінде болмайтын басқару таңбалары бар ({codes}). Мәнді қайта теріңіз.</translation>
    </message>
    <message>
      <source>The cell shows an Excel error ({value}).</source>
      <translation>Ұяшықта Excel қатесі көрсетілген ({value}).</translation>
    </message>
    <message>
      <source>The closing date {closes} is before the posting date {posted}.</source>
      <translation>Аяқталу күні {closes} орналастырылған күннен {posted} бұрын.</translation>
    </message>
    <message>
      <source>The column {header} appears twice: in {first} and {second}.</source>
      <translation>{header} бағаны екі рет кездеседі: {first} және {second}.</translation>
    </message>
    <message>
      <source>The file {path} cannot be read. Check that it exists and that no other program holds it.</source>
      <translation>{path} файлын оқу мүмкін емес. Файлдың бар екенін және оны басқа бағдарлама ашып тұрмағанын тексеріңіз.</translation>
    </message>
    <message>
      <source>The file {path} is empty.</source>
      <translation>{path} файлы бос.</translation>
    </message>
    <message>
      <source>The file {path} is too big to import ({size_mb} MB; at most {limit_mb} MB). Split the list into smaller files.</source>
      <translation>{path} файлы импорттау үшін тым үлкен ({size_mb} МБ; ең көбі {limit_mb} МБ). Тізімді шағын файлдарға бөліңіз.</translation>
    </message>
    <message>
      <source>The number of places must be a whole number from 1 to {limit}, not {value}.</source>
      <translation>Орын саны 1-ден {limit}-ге дейінгі бүтін сан болуы керек, {value} емес.</translation>
    </message>
    <message>
      <source>The number was stored by Excel as a number ({value}) and is not valid even with its leading zeros restored. Format the column as text and type the number again.</source>
      <translation>Excel нөмірді сан ретінде сақтаған ({value}), алдыңғы нөлдерін қалпына келтірсе де ол жарамсыз. Бағанды мәтін пішіміне ауыстырып, нөмірді қайта теріңіз.</translation>
    </message>
    <message>
      <source>The required column {header} is missing.</source>
      <translation>Міндетті {header} бағаны жоқ.</translation>
    </message>
    <message>
      <source>The settlement {kato} does not lie in the okrug {okrug}.</source>
      <translation>{kato} елді мекені {okrug} округінде емес.</translation>
    </message>
    <message>
      <source>The sheet {sheet} has headings but no rows below them.</source>
      <translation>{sheet} парағында тақырыптар бар, бірақ олардың астында жолдар жоқ.</translation>
    </message>
    <message>
      <source>The sheet {sheet} has more than {limit} rows, more than one import takes. Split the list into several files, or delete empty rows at its end.</source>
      <translation>{sheet} парағында {limit} жолдан көп — бір импорт мұнша жолды қабылдамайды. Тізімді бірнеше файлға бөліңіз немесе соңындағы бос жолдарды жойыңыз.</translation>
    </message>
    <message>
      <source>The sheet {sheet} is empty.</source>
      <translation>{sheet} парағы бос.</translation>
    </message>
    <message>
      <source>The text is too long ({length} characters; at most {limit}).</source>
      <translation>Мәтін тым ұзын ({length} таңба; ең көбі {limit}).</translation>
    </message>
    <message>
      <source>The text looks garbled by a wrong encoding ({value}). Retype it, or convert the source file again choosing the UTF-8 or Windows-1251 encoding.</source>
      <translation>Мәтін қате кодтаудан бұзылған сияқты ({value}). Оны қайта теріңіз немесе бастапқы файлды UTF-8 не Windows-1251 кодтауын таңдап, қайта түрлендіріңіз.</translation>
    </message>
    <message>
      <source>The workbook has no sheet named {sheet}. Its sheets are: {sheets}.</source>
      <translation>Кітапта {sheet} деген парақ жоқ. Оның парақтары: {sheets}.</translation>
    </message>
    <message>
      <source>The workbook {path} has no worksheets.</source>
      <translation>{path} кітабында жұмыс парағы жоқ.</translation>
    </message>
    <message>
      <source>The КАТО code {kato} names a {level}, not a {expected}.</source>
      <translation>{kato} ӘАОЖ коды — {level} коды, ал мұнда {expected} коды керек.</translation>
    </message>
    <message>
      <source>This cell is required but empty.</source>
      <translation>Бұл ұяшықты толтыру міндетті, бірақ ол бос.</translation>
    </message>
    <message>
      <source>Unknown citizenship {value}: write citizen or kandas (азамат or қандас; гражданин or кандас).</source>
      <translation>Белгісіз азаматтық {value}: азамат немесе қандас деп жазыңыз (гражданин немесе кандас; citizen немесе kandas).</translation>
    </message>
    <message>
      <source>Unknown potential {value}: write low, medium or high (төмен, орташа, жоғары; низкий, средний, высокий).</source>
      <translation>Белгісіз әлеует {value}: төмен, орташа немесе жоғары деп жазыңыз (низкий, средний, высокий; low, medium, high).</translation>
    </message>
    <message>
      <source>Unknown value {value}: write yes or no (иә or жоқ; да or нет).</source>
      <translation>Белгісіз мән {value}: иә немесе жоқ деп жазыңыз (да немесе нет; yes немесе no).</translation>
    </message>
    <message>
      <source>{path} is a text (CSV) file, not an Excel workbook. Open it in Excel and save it as an Excel workbook (.xlsx), then import that.</source>
      <translation>{path} — Excel кітабы емес, мәтіндік (CSV) файл. Оны Excel-де ашып, Excel кітабы (.xlsx) ретінде сақтаңыз, содан кейін соны импорттаңыз.</translation>
    </message>
    <message>
      <source>{path} is a web page or XML file saved under an Excel name, not an Excel workbook. Open it in Excel and save it as an Excel workbook (.xlsx), then import that.</source>
      <translation>{path} — Excel кітабы емес, Excel атауымен сақталған веб-бет немесе XML файлы. Оны Excel-де ашып, Excel кітабы (.xlsx) ретінде сақтаңыз, содан кейін соны импорттаңыз.</translation>
    </message>
    <message>
      <source>{path} is an archive but not an Excel workbook ({reason}). Save the list from Excel as an Excel workbook (.xlsx).</source>
      <translation>{path} — мұрағат, бірақ Excel кітабы емес ({reason}). Тізімді Excel-ден Excel кітабы (.xlsx) ретінде сақтаңыз.</translation>
    </message>
    <message>
      <source>{path} is an old Excel 97–2003 workbook (.xls) or a password-protected workbook. Open it in Excel and save it as an Excel workbook (.xlsx) without a password, then import that.</source>
      <translation>{path} — ескі Excel 97–2003 кітабы (.xls) немесе құпиясөзбен қорғалған кітап. Оны Excel-де ашып, құпиясөзсіз Excel кітабы (.xlsx) ретінде сақтаңыз, содан кейін соны импорттаңыз.</translation>
    </message>
    <message>
      <source>{path} is damaged or was not written by Excel. Open it in Excel, save it again and import the new file.</source>
      <translation>{path} зақымдалған немесе оны Excel жазбаған. Оны Excel-де ашып, қайта сақтаңыз да, жаңа файлды импорттаңыз.</translation>
    </message>
    <message>
      <source>{path} is not an Excel workbook (.xlsx). Save the list from Excel as .xlsx.</source>
      <translation>{path} — Excel кітабы (.xlsx) емес. Тізімді Excel-ден .xlsx ретінде сақтаңыз.</translation>
    </message>
    <message>
      <source>{path} is protected with a password. Remove the password in Excel and save it again.</source>
      <translation>{path} құпиясөзбен қорғалған. Excel-де құпиясөзді алып тастап, файлды қайта сақтаңыз.</translation>
    </message>
    <message>
      <source>{path} unpacks to far more data than a list holds, so it was not opened. Ask for the list again, saved from Excel.</source>
      <translation>{path} ашылғанда тізімге тән көлемнен әлдеқайда көп дерекке айналады, сондықтан ол ашылмады. Тізімді Excel-ден сақтап, қайта сұратыңыз.</translation>
    </message>
    <message>
      <source>{value} is not a date: write it as DD.MM.YYYY.</source>
      <translation>{value} — күн емес: КК.АА.ЖЖЖЖ түрінде жазыңыз.</translation>
    </message>
    <message>
      <source>{value} is not an amount of money.</source>
      <translation>{value} — ақша сомасы емес.</translation>
    </message>
    <message>
      <source>ИИН {iin} appears more than once in the file: rows {rows}.</source>
      <translation>{iin} ЖСН файлда бірнеше рет кездеседі: {rows} жолдар.</translation>
    </message>
    <message>
      <source>a Word document</source>
      <translation>Word құжаты</translation>
    </message>
    <message>
      <source>a binary .xlsb workbook</source>
      <translation>екілік .xlsb кітабы</translation>
    </message>
    <message>
      <source>an OpenDocument file</source>
      <translation>OpenDocument файлы</translation>
    </message>
    <message>
      <source>no workbook inside</source>
      <translation>ішінде Excel кітабы жоқ</translation>
    </message>
    <message>
      <source>country</source>
      <translation>ел</translation>
    </message>
    <message>
      <source>region</source>
      <translation>облыс</translation>
    </message>
    <message>
      <source>district</source>
      <translation>аудан</translation>
    </message>
    <message>
      <source>okrug</source>
      <translation>ауылдық округ</translation>
    </message>
    <message>
      <source>settlement</source>
      <translation>елді мекен</translation>
    </message>
    <message>
      <source>vacancy</source>
      <translation>бос жұмыс орны</translation>
    </message>
    <message>
      <source>organisation</source>
      <translation>ұйым</translation>
    </message>
    <message>
      <source>applicant</source>
      <translation>өтініш беруші</translation>
    </message>
    <message>
      <source>ИИН {iin} is already registered to {name}, and this row differs in: {fields}. An import never overwrites a registered person: correct the card by hand, or remove the row.</source>
      <translation>{iin} ЖСН {name} атына тіркелген, ал бұл жол мына бағандарда өзгеше: {fields}. Импорт тіркелген адамның деректерін ешқашан қайта жазбайды: карточканы қолмен түзетіңіз немесе жолды алып тастаңыз.</translation>
    </message>
    <message>
      <source>The КАТО code {kato} is not in the list of settlements. Correct it, or import the settlements list first.</source>
      <translation>{kato} ӘАОЖ коды елді мекендер тізімінде жоқ. Оны түзетіңіз немесе алдымен елді мекендер тізімін импорттаңыз.</translation>
    </message>
    <message>
      <source>The settlement {kato} was removed from the list of settlements and cannot be added again by an import.</source>
      <translation>{kato} елді мекені тізімнен алынып тасталған, оны импорт арқылы қайта қосуға болмайды.</translation>
    </message>
    <message>
      <source>The file has {count} problems, so nothing was imported. Correct them and check the file again, or choose to import only the valid rows.</source>
      <translation>Файлда {count} қате бар, сондықтан ештеңе импортталмады. Оларды түзетіп, файлды қайта тексеріңіз немесе тек дұрыс жолдарды импорттауды таңдаңыз.</translation>
    </message>
    <message>
      <source>The records changed after the file was checked ({count} rows no longer fit), so nothing was imported. Check the file again.</source>
      <translation>Файл тексерілгеннен кейін жазбалар өзгерді ({count} жол енді сәйкес емес), сондықтан ештеңе импортталмады. Файлды қайта тексеріңіз.</translation>
    </message>
    <message>
      <source>A report month must be written YYYY-MM, not {month}.</source>
      <translation>Есеп айы ЖЖЖЖ-АА түрінде жазылуы керек, {month} емес.</translation>
    </message>
    <message>
      <source>{kato} is not a КАТО code of an okrug.</source>
      <translation>{kato} — ауылдық округтің ӘАОЖ коды емес.</translation>
    </message>
    <message>
      <source>{option} is required for the {calculation} calculation ({rule}).</source>
      <translation>{calculation} есебі үшін {option} міндетті ({rule}).</translation>
    </message>
    <message>
      <source>Give {option} or {other_option} for the {calculation} calculation ({rule}).</source>
      <translation>{calculation} есебі үшін {option} немесе {other_option} беріңіз ({rule}).</translation>
    </message>
    <message>
      <source>{option} must be a date written YYYY-MM-DD, not "{value}" ({rule}).</source>
      <translation>{option} ЖЖЖЖ-АА-КК түрінде жазылған күн болуы керек, «{value}» емес ({rule}).</translation>
    </message>
    <message>
      <source>{option} must be an amount in tenge with at most two decimals, for example 90000 or 90000.50, not "{value}" ({rule}).</source>
      <translation>{option} ең көбі екі ондық таңбасы бар теңгедегі сома болуы керек, мысалы 90000 немесе 90000.50, «{value}» емес ({rule}).</translation>
    </message>
    <message>
      <source>{option} must be a number, for example 6 or 6.5, not "{value}" ({rule}).</source>
      <translation>{option} сан болуы керек, мысалы 6 немесе 6.5, «{value}» емес ({rule}).</translation>
    </message>
    <message>
      <source>{option} must be a whole number, not "{value}" ({rule}).</source>
      <translation>{option} бүтін сан болуы керек, «{value}» емес ({rule}).</translation>
    </message>
    <message>
      <source>{option} must be one of {choices}, not "{value}" ({rule}).</source>
      <translation>{option} мына мәндердің бірі болуы керек: {choices}, «{value}» емес ({rule}).</translation>
    </message>
    <message>
      <source>{option} must be more than zero, not {value} ({rule}).</source>
      <translation>{option} нөлден үлкен болуы керек, {value} емес ({rule}).</translation>
    </message>
    <message>
      <source>{option} cannot be negative: {value} ({rule}).</source>
      <translation>{option} теріс бола алмайды: {value} ({rule}).</translation>
    </message>
    <message>
      <source>{option} must be at least {minimum}, not {value} ({rule}).</source>
      <translation>{option} кемінде {minimum} болуы керек, {value} емес ({rule}).</translation>
    </message>
    <message>
      <source>{option} {value} is before {first}, the first date from which the rules know {parameter} ({rule}).</source>
      <translation>{option} {value} — {first} күнінен бұрын, ал ережелер {parameter} мәнін тек сол күннен бастап біледі ({rule}).</translation>
    </message>
    <message>
      <source>{option} {value} % is above the legal maximum of {maximum} % for months {months} of a social job: the subsidy is up to that share of the wage ({rule}).</source>
      <translation>{option} {value} % әлеуметтік жұмыс орнының {months} айлары үшін заңдағы ең жоғары {maximum} % шегінен асады: субсидия жалақының осы үлесінен аспайды ({rule}).</translation>
    </message>
    <message>
      <source>{option} {value} is above the largest microcredit, {maximum} tenge ({rule}).</source>
      <translation>{option} {value} ең үлкен микрокредиттен, {maximum} теңгеден асады ({rule}).</translation>
    </message>
    <message>
      <source>{option} {value} months is longer than the longest microcredit term, {maximum} months ({rule}).</source>
      <translation>{option} {value} ай микрокредиттің ең ұзақ мерзімінен, {maximum} айдан ұзақ ({rule}).</translation>
    </message>
    <message>
      <source>{option} {value} months is longer than one third of the {term}-month term: the grace period on the principal may last at most {maximum} months ({rule}).</source>
      <translation>{option} {value} ай {term} айлық мерзімнің үштен бірінен ұзақ: негізгі қарыз бойынша жеңілдікті кезең ең көбі {maximum} айға созылады ({rule}).</translation>
    </message>
    <message>
      <source>{option} "{value}": a microcredit is not given for consumer needs, repaying earlier loans or buying residential property; allowed purposes: {allowed} ({rule}).</source>
      <translation>{option} «{value}»: микрокредит тұтынушылық қажеттіліктерге, бұрынғы қарыздарды өтеуге немесе тұрғын үй сатып алуға берілмейді; рұқсат етілген мақсаттар: {allowed} ({rule}).</translation>
    </message>
    <message>
      <source>{option} "{value}" is not a purpose the programme knows; allowed purposes: {allowed} ({rule}).</source>
      <translation>{option} «{value}» — бағдарламаға белгісіз мақсат; рұқсат етілген мақсаттар: {allowed} ({rule}).</translation>
    </message>
    <message>
      <source>{option} {value} % gives an effective annual rate of {effective} %, above the regional maximum of {maximum} % set with the regional commission ({rule}).</source>
      <translation>{option} {value} % тиімді жылдық мөлшерлемені {effective} % етеді, бұл өңірлік комиссиямен белгіленген ең жоғары {maximum} % шектен асады ({rule}).</translation>
    </message>
    <message>
      <source>A row of the workbook holds far more data than a list row ({size_mb} MB), so the file was not read. Ask for the list again, saved from Excel.</source>
      <translation>Кітаптың бір жолында тізім жолына тән көлемнен әлдеқайда көп дерек бар ({size_mb} МБ), сондықтан файл оқылмады. Тізімді Excel-ден қайта сақтап, қайта сұратыңыз.</translation>
    </message>
    <message>
      <source>Unknown category: {category}.</source>
      <translation>Белгісіз санат: {category}.</translation>
    </message>
    <message>
      <source>This applicant is no longer in the database.</source>
      <translation>Бұл өтініш беруші енді дерекқорда жоқ.</translation>
    </message>
    <message>
      <source>Measure {measure} does not belong to direction {direction}.</source>
      <translation>{measure} шарасы {direction} бағытына жатпайды.</translation>
    </message>
    <message>
      <source>This case is no longer in the database.</source>
      <translation>Бұл іс енді дерекқорда жоқ.</translation>
    </message>
    <message>
      <source>open cases</source>
      <translation>іс ашу</translation>
    </message>
    <message>
      <source>plan cases</source>
      <translation>іс сомасын жоспарлау</translation>
    </message>
    <message>
      <source>move cases</source>
      <translation>іс күйін өзгерту</translation>
    </message>
    <message>
      <source>decide on inclusion in the programme</source>
      <translation>бағдарламаға енгізу туралы шешім қабылдау</translation>
    </message>
    <message>
      <source>Unknown relation: {relation}.</source>
      <translation>Белгісіз туыстық: {relation}.</translation>
    </message>
    <message>
      <source>This is the applicant's own ИИН: they are in the household already.</source>
      <translation>Бұл өтініш берушінің өз ЖСН-і: ол үй шаруашылығында бар.</translation>
    </message>
    <message>
      <source>{name} is already a member of this household.</source>
      <translation>{name} осы үй шаруашылығының мүшесі болып тұр.</translation>
    </message>
    <message>
      <source>{name} (ИИН {iin}) is already a member of another household: a person can be in one household only. Remove them from that household first.</source>
      <translation>{name} (ЖСН {iin}) басқа үй шаруашылығының мүшесі: адам тек бір үй шаруашылығында бола алады. Алдымен оны сол үй шаруашылығынан шығарыңыз.</translation>
    </message>
    <message>
      <source>This household member is no longer in the database.</source>
      <translation>Бұл үй шаруашылығы мүшесі дерекқорда енді жоқ.</translation>
    </message>
    <message>
      <source>A household has one head: the head's relation cannot change, and no other member can become the head.</source>
      <translation>Үй шаруашылығының басшысы біреу: басшының туыстығы өзгермейді, басқа мүше басшы бола алмайды.</translation>
    </message>
    <message>
      <source>The head of the household cannot be removed from it.</source>
      <translation>Үй шаруашылығының басшысын одан шығаруға болмайды.</translation>
    </message>
    <message>
      <source>Document {document} is not on the checklist of direction {direction}.</source>
      <translation>{document} құжаты {direction}-бағыттың тізбесінде жоқ.</translation>
    </message>
    <message>
      <source>A document cannot be received in the future ({date}).</source>
      <translation>Құжат болашақта алына алмайды ({date}).</translation>
    </message>
    <message>
      <source>add household members</source>
      <translation>үй шаруашылығына мүше қосу</translation>
    </message>
    <message>
      <source>correct household members</source>
      <translation>үй шаруашылығы мүшелерінің деректерін түзету</translation>
    </message>
    <message>
      <source>remove household members</source>
      <translation>үй шаруашылығынан мүшені шығару</translation>
    </message>
    <message>
      <source>correct households</source>
      <translation>үй шаруашылығының деректерін түзету</translation>
    </message>
    <message>
      <source>record documents</source>
      <translation>алынған құжаттарды белгілеу</translation>
    </message>
    <message>
      <source>Monitoring starts when the social contract is signed: this case is not under monitoring.</source>
      <translation>Мониторинг әлеуметтік келісімшартқа қол қойылғаннан кейін басталады: бұл іс мониторингте емес.</translation>
    </message>
    <message>
      <source>The date {date} is in the future: enter the day it happened.</source>
      <translation>{date} күні әлі келген жоқ: оқиға болған күнді енгізіңіз.</translation>
    </message>
    <message>
      <source>The date {date} is before the case was applied for ({earliest}).</source>
      <translation>{date} күні іс бойынша өтініш берілген күннен ({earliest}) бұрын.</translation>
    </message>
    <message>
      <source>Say where the visit took place.</source>
      <translation>Сапар қай жерде болғанын көрсетіңіз.</translation>
    </message>
    <message>
      <source>Write what the visit found.</source>
      <translation>Сапар кезінде не анықталғанын жазыңыз.</translation>
    </message>
    <message>
      <source>A sanction can be proposed only after a visit that found a breach or partial compliance.</source>
      <translation>Санкцияны бұзушылық немесе ішінара орындау анықталған сапардан кейін ғана ұсынуға болады.</translation>
    </message>
    <message>
      <source>This visit is no longer in the database.</source>
      <translation>Бұл сапар енді дерекқорда жоқ.</translation>
    </message>
    <message>
      <source>Choose whether the obligation was fulfilled or not.</source>
      <translation>Міндеттеме орындалды ма, жоқ па — таңдаңыз.</translation>
    </message>
    <message>
      <source>This obligation is no longer in the database.</source>
      <translation>Бұл міндеттеме енді дерекқорда жоқ.</translation>
    </message>
    <message>
      <source>This social contract is no longer in the database.</source>
      <translation>Бұл әлеуметтік келісімшарт енді дерекқорда жоқ.</translation>
    </message>
    <message>
      <source>The date {date} is before the social contract was signed ({earliest}).</source>
      <translation>{date} күні әлеуметтік келісімшартқа қол қойылған күннен ({earliest}) бұрын.</translation>
    </message>
    <message>
      <source>Write how the obligation was not fulfilled.</source>
      <translation>Міндеттеме қалай орындалмағанын жазыңыз.</translation>
    </message>
    <message>
      <source>The reason for the sanction is required.</source>
      <translation>Санкцияның себебін көрсету міндетті.</translation>
    </message>
    <message>
      <source>This sanction is no longer in the database.</source>
      <translation>Бұл санкция енді дерекқорда жоқ.</translation>
    </message>
    <message>
      <source>This sanction was already lifted on {date}.</source>
      <translation>Бұл санкция {date} күні алынып қойған.</translation>
    </message>
    <message>
      <source>The date {date} is before the sanction it lifts ({earliest}).</source>
      <translation>{date} күні алынатын санкция күнінен ({earliest}) бұрын.</translation>
    </message>
    <message>
      <source>The reason for lifting the sanction is required.</source>
      <translation>Санкцияны алу себебін көрсету міндетті.</translation>
    </message>
    <message>
      <source>record monitoring visits</source>
      <translation>мониторинг сапарларын тіркеу</translation>
    </message>
    <message>
      <source>correct monitoring visits</source>
      <translation>мониторинг сапарларын түзету</translation>
    </message>
    <message>
      <source>check obligations</source>
      <translation>міндеттемелерді тексеру</translation>
    </message>
    <message>
      <source>impose sanctions</source>
      <translation>санкция салу</translation>
    </message>
    <message>
      <source>lift sanctions</source>
      <translation>санкцияны алу</translation>
    </message>
    <message>
      <source>correct a visit recorded by another specialist</source>
      <translation>басқа маман тіркеген сапарды түзету</translation>
    </message>
    <message>
      <source>impose or lift sanctions (the employment centre decides)</source>
      <translation>санкция салу немесе алу (жұмыспен қамту орталығы шешеді)</translation>
    </message>
    <message>
      <source>{date} is in the future: record a date that has already come.</source>
      <translation>{date} — болашақтағы күн: келіп жеткен күнді жазыңыз.</translation>
    </message>
    <message>
      <source>The applicant cannot be notified ({date}) before the decision of {decided}.</source>
      <translation>Өтініш берушіге {decided} шешімінен бұрын ({date}) хабарлау мүмкін емес.</translation>
    </message>
    <message>
      <source>The conclusion cannot be requested ({date}) before the application of {applied}.</source>
      <translation>Қорытындыны {applied} өтінішінен бұрын ({date}) сұрау мүмкін емес.</translation>
    </message>
    <message>
      <source>Only direction 2 cases have an akim's conclusion (§4.3.2 step 3).</source>
      <translation>Әкімнің қорытындысы тек 2-бағыттың істеріне беріледі (§4.3.2, 3-тармақ).</translation>
    </message>
    <message>
      <source>record case dates</source>
      <translation>іс күндерін жазу</translation>
    </message>
    <message>
      <source>edit the district's reference data</source>
      <translation>ауданның анықтамалық деректерін өзгерту</translation>
    </message>
    <message>
      <source>The name is required.</source>
      <translation>Атауы міндетті.</translation>
    </message>
    <message>
      <source>The name in Kazakh and the name in Russian are both required.</source>
      <translation>Қазақша атауы да, орысша атауы да міндетті.</translation>
    </message>
    <message>
      <source>The settlement {kato} is not in the list of settlements.</source>
      <translation>{kato} елді мекені елді мекендер тізімінде жоқ.</translation>
    </message>
    <message>
      <source>{kato} is not the code of a rural okrug: an okrug's КАТО ends in 000 after its own two digits.</source>
      <translation>{kato} ауылдық округтің коды емес: округтің ӘАОЖ коды өзінің екі цифрынан кейін 000-мен аяқталады.</translation>
    </message>
    <message>
      <source>The settlement {settlement} does not lie in the okrug {okrug}: the first six digits of both codes must be the same.</source>
      <translation>{settlement} елді мекені {okrug} округінде жатпайды: екі кодтың алғашқы алты цифры бірдей болуы керек.</translation>
    </message>
    <message>
      <source>Unknown settlement potential: {potential}.</source>
      <translation>Елді мекеннің белгісіз әлеуеті: {potential}.</translation>
    </message>
    <message>
      <source>This record is no longer in the database.</source>
      <translation>Бұл жазба дерекқорда енді жоқ.</translation>
    </message>
    <message>
      <source>draft social contracts</source>
      <translation>әлеуметтік келісімшарт жобасын жасау</translation>
    </message>
    <message>
      <source>correct social contracts</source>
      <translation>әлеуметтік келісімшарт жобасын түзету</translation>
    </message>
    <message>
      <source>amend social contracts</source>
      <translation>әлеуметтік келісімшартқа өзгеріс енгізу</translation>
    </message>
    <message>
      <source>sign social contracts</source>
      <translation>әлеуметтік келісімшартқа қол қоюды тіркеу</translation>
    </message>
    <message>
      <source>record akim's conclusions</source>
      <translation>әкімнің қорытындысын тіркеу</translation>
    </message>
    <message>
      <source>record the signing of a social contract</source>
      <translation>әлеуметтік келісімшартқа қол қойылғанын тіркеу (мұны жұмыспен қамту орталығы жасайды)</translation>
    </message>
    <message>
      <source>write the akim's conclusion on a business project</source>
      <translation>бизнес-жоба бойынша әкімнің қорытындысын жазу (мұны әкім аппараты жасайды)</translation>
    </message>
    <message>
      <source>Enter the date the contract ends: no rule sets this measure's period.</source>
      <translation>Келісімшарттың аяқталу күнін енгізіңіз: бұл шараның мерзімін ешбір ереже белгілемейді.</translation>
    </message>
    <message>
      <source>The contract cannot end ({end}) before it starts ({start}).</source>
      <translation>Келісімшарт басталғанға дейін ({start}) аяқтала алмайды ({end}).</translation>
    </message>
    <message>
      <source>The case plans {amount} tenge: enter {what} so the contract shows how it is paid.</source>
      <translation>Іс бойынша {amount} теңге жоспарланған: келісімшартта оның қалай төленетіні көрсетілуі үшін {what} енгізіңіз.</translation>
    </message>
    <message>
      <source>the monthly wage</source>
      <translation>айлық жалақыны</translation>
    </message>
    <message>
      <source>the move type</source>
      <translation>көшу түрін</translation>
    </message>
    <message>
      <source>For these terms the rules give {computed} tenge, but the case plans {planned} tenge. Recalculate the case with the same start date and inputs, or correct the terms.</source>
      <translation>Осы шарттар бойынша ережелер {computed} теңге береді, ал іс бойынша {planned} теңге жоспарланған. Істі сол басталу күнімен және деректермен қайта есептеңіз немесе шарттарды түзетіңіз.</translation>
    </message>
    <message>
      <source>A case in state {state} gets no social contract.</source>
      <translation>{state} күйіндегі іс бойынша әлеуметтік келісімшарт жасалмайды.</translation>
    </message>
    <message>
      <source>This case already has social contract {number}: open it, or amend it once it is signed.</source>
      <translation>Бұл істе № {number} әлеуметтік келісімшарт бар: соны ашыңыз немесе қол қойылғаннан кейін өзгеріс енгізіңіз.</translation>
    </message>
    <message>
      <source>Social contract {number} is signed and can no longer be changed: amend it to make a new version.</source>
      <translation>№ {number} әлеуметтік келісімшартқа қол қойылған, оны енді өзгертуге болмайды: жаңа редакция жасау үшін өзгеріс енгізіңіз.</translation>
    </message>
    <message>
      <source>Only a signed social contract is amended; a draft is corrected in place.</source>
      <translation>Өзгеріс тек қол қойылған әлеуметтік келісімшартқа енгізіледі; жобаның өзі түзетіледі.</translation>
    </message>
    <message>
      <source>An amendment of social contract {number} is already being drafted (version {version}).</source>
      <translation>№ {number} әлеуметтік келісімшартқа өзгеріс жобасы дайындалып жатыр ({version}-редакция).</translation>
    </message>
    <message>
      <source>The employment centre signs a social contract with a person it has included in the programme; this case is in state {state}.</source>
      <translation>Жұмыспен қамту орталығы әлеуметтік келісімшартқа бағдарламаға енгізілген адаммен қол қояды; бұл іс {state} күйінде.</translation>
    </message>
    <message>
      <source>The signing date {day} is in the future.</source>
      <translation>Қол қою күні {day} әлі келген жоқ.</translation>
    </message>
    <message>
      <source>The signing date {day} is before the application ({applied}).</source>
      <translation>Қол қою күні {day} өтініш берілген күннен ({applied}) бұрын.</translation>
    </message>
    <message>
      <source>The akim's conclusion is given on business projects of direction 2 only; this case is under direction {direction}.</source>
      <translation>Әкімнің қорытындысы тек 2-бағыттың бизнес-жобаларына беріледі; бұл іс {direction}-бағыт бойынша.</translation>
    </message>
    <message>
      <source>Choose whether the project is feasible or refused.</source>
      <translation>Жоба орынды ма, әлде бас тартылды ма — таңдаңыз.</translation>
    </message>
    <message>
      <source>Describe the business project the conclusion is about.</source>
      <translation>Қорытынды берілетін бизнес-жобаны сипаттаңыз.</translation>
    </message>
    <message>
      <source>A refusal must give its reasons (§4.3.2: a reasoned refusal).</source>
      <translation>Бас тартудың негіздері көрсетілуі тиіс (§4.3.2: дәлелді бас тарту).</translation>
    </message>
    <message>
      <source>The conclusion's date {day} is in the future.</source>
      <translation>Қорытынды күні {day} әлі келген жоқ.</translation>
    </message>
    <message>
      <source>The conclusion's date {day} is before the application ({applied}).</source>
      <translation>Қорытынды күні {day} өтініш берілген күннен ({applied}) бұрын.</translation>
    </message>
    <message>
      <source>This conclusion is no longer in the database.</source>
      <translation>Бұл қорытынды дерекқорда енді жоқ.</translation>
    </message>
    <message>
      <source>Fill in {field}: the notice must state it (§4.3.1.1).</source>
      <translation>{field} толтырыңыз: хабарламада ол көрсетілуі тиіс (§4.3.1.1).</translation>
    </message>
    <message>
      <source>the employer</source>
      <translation>жұмыс берушіні</translation>
    </message>
    <message>
      <source>the specialty</source>
      <translation>мамандықты</translation>
    </message>
    <message>
      <source>the education organisation</source>
      <translation>білім беру ұйымын</translation>
    </message>
    <message>
      <source>the place of practical training</source>
      <translation>өндірістік практика орнын</translation>
    </message>
    <message>
      <source>the duration of training</source>
      <translation>оқу ұзақтығын</translation>
    </message>
    <message>
      <source>the place and conditions of practical training</source>
      <translation>өндірістік практиканың орны мен шарттарын</translation>
    </message>
    <message>
      <source>The period of work after training must be at least one month.</source>
      <translation>Оқудан кейінгі жұмыс кезеңі кемінде бір ай болуы тиіс.</translation>
    </message>
    <message>
      <source>The cost of training cannot be negative.</source>
      <translation>Оқу құны теріс бола алмайды.</translation>
    </message>
    <message>
      <source>The cost of training must be an amount in tenge, such as 150000 or 150000.50; {value} is not.</source>
      <translation>Оқу құны теңгемен сома болуы тиіс, мысалы 150000 немесе 150000.50; {value} сома емес.</translation>
    </message>
    <message>
      <source>Unknown filter value {value} for {name}.</source>
      <translation>{name} сүзгісінің белгісіз мәні: {value}.</translation>
    </message>
    <message>
      <source>Unknown sort column {name}.</source>
      <translation>Белгісіз сұрыптау бағаны: {name}.</translation>
    </message>
    <message>
      <source>{field} must be zero or more years</source>
      <translation>{field}: жыл саны нөл немесе одан көп болуы керек</translation>
    </message>
    <message>
      <source>{field} {born} is after the check date {on}</source>
      <translation>{field} {born} тексеру күнінен ({on}) кейін</translation>
    </message>
    <message>
      <source>{field}: {given} does not agree with the ИИН, which says {implied}</source>
      <translation>{field}: {given} ЖСН-ге сәйкес келмейді, ЖСН бойынша: {implied}</translation>
    </message>
    <message>
      <source>{field} must be a non-empty string</source>
      <translation>{field} бос болмауы керек</translation>
    </message>
    <message>
      <source>{field}: unknown category {value!r}; known: {options}</source>
      <translation>{field}: {value!r} деген санат белгісіз; белгілі санаттар: {options}</translation>
    </message>
    <message>
      <source>{field} must be a number of years</source>
      <translation>{field}: жыл санын цифрмен жазыңыз, мысалы 3 немесе 2,5</translation>
    </message>
    <message>
      <source>{field}: {stated} contradicts settlement.potential {potential}</source>
      <translation>{field}: {stated} мәні settlement.potential {potential} мәніне қайшы</translation>
    </message>
    <message>
      <source>{field} must be an object with a members list</source>
      <translation>{field} members тізімі бар объект болуы керек</translation>
    </message>
    <message>
      <source>unknown field {field}</source>
      <translation>белгісіз өріс {field}</translation>
    </message>
    <message>
      <source>{field} must be a JSON object</source>
      <translation>{field} JSON объектісі болуы керек</translation>
    </message>
    <message>
      <source>{field} must be true or false</source>
      <translation>{field} true немесе false болуы керек</translation>
    </message>
    <message>
      <source>{field} must be a real date written YYYY-MM-DD</source>
      <translation>{field} ЖЖЖЖ-АА-КК түрінде жазылған нақты күн болуы керек</translation>
    </message>
    <message>
      <source>{field}: give residence_since or residence_years_in_settlement, not both</source>
      <translation>{field}: residence_since немесе residence_years_in_settlement өрісінің біреуін ғана көрсетіңіз</translation>
    </message>
    <message>
      <source>{field}: {reason}</source>
      <translation>{field}: {reason}</translation>
    </message>
    <message>
      <source>the profile is not valid JSON: {detail} (line {line}, column {column})</source>
      <translation>профиль дұрыс JSON емес: {detail} ({line}-жол, {column}-баған)</translation>
    </message>
    <message>
      <source>the profile nests deeper than {limit} levels</source>
      <translation>профильдің ұялануы {limit} деңгейден терең</translation>
    </message>
    <message>
      <source>a number in the profile has more than {limit} digits</source>
      <translation>профильдегі сан {limit} цифрдан ұзын</translation>
    </message>
    <message>
      <source>{field} must be a year such as 2013</source>
      <translation>{field} 2013 сияқты жыл болуы керек</translation>
    </message>
    <message>
      <source>{field} must be one of {options}</source>
      <translation>{field} мына мәндердің бірі болуы керек: {options}</translation>
    </message>
    <message>
      <source>{field} must be a list</source>
      <translation>{field} тізім болуы керек</translation>
    </message>
    <message>
      <source>residence_years_in_settlement</source>
      <translation>Елді мекенде тұрған жылдары</translation>
    </message>
    <message>
      <source>This file is not a Qadam sync bundle, or it is incomplete. Copy it from the USB stick again, or make a new bundle on the sending computer.</source>
      <translation>Бұл файл Qadam синхрондау пакеті емес немесе толық жазылмаған. Оны USB-жинақтағыштан қайта көшіріңіз немесе жіберуші компьютерде жаңа пакет жасаңыз.</translation>
    </message>
    <message>
      <source>The bundle was made by {sender}, which is not enrolled here, so it was not imported.</source>
      <translation>Пакетті {sender} жасаған, ол мұнда тіркелмеген, сондықтан пакет жүктелмеді.</translation>
    </message>
    <message>
      <source>The bundle {bundle_id} was changed after it was made (its signature does not match), so it was not imported. Make a new bundle on the sending computer.</source>
      <translation>{bundle_id} пакеті жасалғаннан кейін өзгертілген (қолтаңбасы сәйкес келмейді), сондықтан жүктелмеді. Жіберуші компьютерде жаңа пакет жасаңыз.</translation>
    </message>
    <message>
      <source>The bundle {bundle_id} is meant for {recipient}, not for {expected}. Nothing was imported; take it to the computer it was made for.</source>
      <translation>{bundle_id} пакеті {expected} үшін емес, {recipient} үшін жасалған. Ештеңе жүктелмеді; оны өзі арналған компьютерге апарыңыз.</translation>
    </message>
    <message>
      <source>The bundle {bundle_id} cannot be decrypted with this computer's key: it was made for an older enrolment. Make a new bundle on the sending computer.</source>
      <translation>{bundle_id} пакетін осы компьютердің кілтімен шифрдан шығару мүмкін емес: ол бұрынғы тіркеу үшін жасалған. Жіберуші компьютерде жаңа пакет жасаңыз.</translation>
    </message>
    <message>
      <source>The bundle was made by a newer version of Qadam (bundle format {version}). Install the newer version to import it.</source>
      <translation>Пакетті Qadam-ның жаңарақ нұсқасы жасаған (пакет пішімі {version}). Оны жүктеу үшін жаңа нұсқаны орнатыңыз.</translation>
    </message>
    <message>
      <source>Synchronisation with the district failed. Try again later; nothing is lost.</source>
      <translation>Ауданмен синхрондау сәтсіз аяқталды. Кейінірек қайталаңыз; ештеңе жоғалған жоқ.</translation>
    </message>
    <message>
      <source>The district server cannot be reached: check the connection and try again; nothing is lost.</source>
      <translation>Аудан серверіне қосылу мүмкін емес: байланысты тексеріп, қайталап көріңіз; ештеңе жоғалған жоқ.</translation>
    </message>
    <message>
      <source>This version of Qadam is too old for the district server: install the update the district gives you.</source>
      <translation>Qadam-ның бұл нұсқасы аудан сервері үшін тым ескі: аудан беретін жаңартуды орнатыңыз.</translation>
    </message>
    <message>
      <source>This computer's access was withdrawn by the district. Ask for a new enrolment code and enrol again; nothing is lost.</source>
      <translation>Аудан бұл компьютердің қолжетімділігін кері қайтарып алды. Жаңа тіркеу кодын сұрап, компьютерді қайта тіркеңіз; ештеңе жоғалмайды.</translation>
    </message>
    <message>
      <source>The district server does not know this computer. Ask the district administrator for an enrolment code and enrol it again.</source>
      <translation>Аудан сервері бұл компьютерді танымайды. Аудан әкімшісінен тіркеу кодын сұрап, компьютерді қайта тіркеңіз.</translation>
    </message>
    <message>
      <source>The district server's certificate is not the one this computer was given, so nothing was sent. Tell the district administrator.</source>
      <translation>Аудан серверінің сертификаты бұл компьютерге берілген сертификат емес, сондықтан ештеңе жіберілмеді. Аудан әкімшісіне хабарлаңыз.</translation>
    </message>
    <message>
      <source>The district server has a problem (error {status}). Try again later; nothing is lost.</source>
      <translation>Аудан серверінде ақау бар (қате {status}). Кейінірек қайталаңыз; ештеңе жоғалған жоқ.</translation>
    </message>
    <message>
      <source>The district server refused the request ({reason}). Tell the district administrator.</source>
      <translation>Аудан сервері сұрауды қабылдамады ({reason}). Аудан әкімшісіне хабарлаңыз.</translation>
    </message>
    <message>
      <source>The clock of this computer is {minutes} minutes off the district server's. Set the correct date and time, then synchronise again.</source>
      <translation>Бұл компьютердің сағаты аудан серверінің сағатынан {minutes} минутқа ауытқиды. Дұрыс күн мен уақытты орнатып, қайта синхрондаңыз.</translation>
    </message>
    <message>
      <source>The enrolment code is wrong, already used or expired: ask the district administrator for a new one.</source>
      <translation>Тіркеу коды қате, бұрын пайдаланылған немесе мерзімі өткен: аудан әкімшісінен жаңасын сұраңыз.</translation>
    </message>
    <message>
      <source>This computer is already enrolled with {server}. Enrol it again only if the district administrator asks you to.</source>
      <translation>Бұл компьютер {server} серверіне қосылып қойған. Оны аудан әкімшісі сұраған жағдайда ғана қайта қосыңыз.</translation>
    </message>
    <message>
      <source>This computer is not enrolled with the district server yet: enrol it with the code the district gives you.</source>
      <translation>Бұл компьютер аудан серверіне әлі қосылмаған: оны аудан беретін кодпен қосыңыз.</translation>
    </message>
    <message>
      <source>The server's address must begin with https://: over plain http:// the district's data would cross the network unencrypted. Enter the address the district gave you.</source>
      <translation>Сервердің мекенжайы https:// деп басталуы керек: қарапайым http:// арқылы аудан деректері желіде шифрланбай өтер еді. Аудан берген мекенжайды енгізіңіз.</translation>
    </message>
    <message>
      <source>The district server sent an answer this version of Qadam cannot read. Try again later; nothing is lost.</source>
      <translation>Аудан сервері Qadam-ның бұл нұсқасы оқи алмайтын жауап жіберді. Кейінірек қайталаңыз; ештеңе жоғалған жоқ.</translation>
    </message>
    <message>
      <source>Synchronisation was stopped. Everything done until then is kept.</source>
      <translation>Синхрондау тоқтатылды. Оған дейін жасалғанның бәрі сақталды.</translation>
    </message>
    <message>
      <source>This conflict is no longer open.</source>
      <translation>Бұл қайшылық енді ашық емес.</translation>
    </message>
    <message>
      <source>synchronise with the district</source>
      <translation>ауданмен синхрондау</translation>
    </message>
    <message>
      <source>enrol this computer with the district</source>
      <translation>бұл компьютерді ауданға қосу</translation>
    </message>
    <message>
      <source>resolve a synchronisation conflict</source>
      <translation>синхрондау қайшылығын шешу</translation>
    </message>
    <message>
      <source>The bundle {bundle_id} was made by {sender}, whose permission to synchronise has been withdrawn, so it was not imported. Ask the district administrator.</source>
      <translation>{bundle_id} пакетін {sender} жасаған, оның синхрондау рұқсаты қайтарып алынған, сондықтан пакет жүктелмеді. Аудан әкімшісіне хабарласыңыз.</translation>
    </message>
    <message>
      <source>The bundle {bundle_id} is not the kind imported here: a computer's bundle is imported at the district, and the district's answer on the computer. Nothing was imported.</source>
      <translation>{bundle_id} пакеті мұнда жүктелетін түрі емес: компьютердің пакеті ауданда, ал ауданның жауабы компьютерде жүктеледі. Ештеңе жүктелмеді.</translation>
    </message>
    <message>
      <source>The bundle {bundle_id} is older than one already imported from {sender}, so it was not imported: what it carries arrived with the newer one.</source>
      <translation>{bundle_id} пакеті {sender} жіберген, бұрын жүктелген пакеттен ескі, сондықтан жүктелмеді: ондағының бәрі жаңасымен бірге келді.</translation>
    </message>
    <message>
      <source>The bundle {bundle_id} does not answer a bundle made on this computer, so it was not imported.</source>
      <translation>{bundle_id} пакеті осы компьютерде жасалған пакетке жауап емес, сондықтан жүктелмеді.</translation>
    </message>
    <message>
      <source>The bundle could not be written: the disk or USB stick is full. Nothing was changed and nothing is lost; free some space or use another stick, then export again.</source>
      <translation>Пакет жазылмады: диск немесе USB-жинақтағыш толы. Ештеңе өзгерген жоқ және ештеңе жоғалған жоқ; орын босатыңыз немесе басқа жинақтағышты алыңыз, содан кейін қайта экспорттаңыз.</translation>
    </message>
    <message>
      <source>The bundle could not be written there: the folder does not exist, or it is read-only. Nothing was changed and nothing is lost; choose another place.</source>
      <translation>Пакетті ол жерге жазу мүмкін болмады: қалта жоқ немесе тек оқуға арналған. Ештеңе өзгерген жоқ және ештеңе жоғалған жоқ; басқа орынды таңдаңыз.</translation>
    </message>
    <message>
      <source>The bundle file cannot be read: it is missing, or the USB stick was removed. Nothing was imported; insert the stick and choose the file again.</source>
      <translation>Пакет файлын оқу мүмкін емес: ол жоқ немесе USB-жинақтағыш алынып тасталған. Ештеңе жүктелмеді; жинақтағышты салып, файлды қайта таңдаңыз.</translation>
    </message>
    <message>
      <source>This database has no recovery key from the district, so the district cannot recover it. Enrol the computer with the district server (or create the database with the district&apos;s recovery key) while the passphrase is still known.</source>
      <translation>Бұл дерекқорда ауданның қалпына келтіру кілті жоқ, сондықтан аудан оны қалпына келтіре алмайды. Құпия фраза әлі есіңізде болғанда компьютерді аудан серверіне тіркеңіз (немесе дерекқорды ауданның қалпына келтіру кілтімен жасаңыз).</translation>
    </message>
    <message>
      <source>{path} is not a Qadam recovery file. Check that you chose the right file.</source>
      <translation>{path} — Qadam қалпына келтіру файлы емес. Дұрыс файлды таңдағаныңызды тексеріңіз.</translation>
    </message>
    <message>
      <source>The recovery file {path} was changed or damaged on the way, so it was refused and nothing was changed. Ask the district centre for the file again.</source>
      <translation>{path} қалпына келтіру файлы жолда өзгертілген немесе бүлінген, сондықтан қабылданбады, ештеңе өзгерген жоқ. Файлды аудандық орталықтан қайта сұраңыз.</translation>
    </message>
    <message>
      <source>No recovery request is waiting on this computer: this response was already used, or the request was made on another computer. Make a new request if you still need one.</source>
      <translation>Бұл компьютерде жауап күтіп тұрған қалпына келтіру сұрауы жоқ: бұл жауап бұрын пайдаланылған немесе сұрау басқа компьютерде жасалған. Қажет болса, жаңа сұрау жасаңыз.</translation>
    </message>
    <message>
      <source>This response answers another recovery request (another computer, or an older request from this one), so nothing was changed. Use the response to the latest request.</source>
      <translation>Бұл жауап басқа қалпына келтіру сұрауына берілген (басқа компьютердің немесе осы компьютердің ескі сұрауына), сондықтан ештеңе өзгерген жоқ. Соңғы сұрауға берілген жауапты пайдаланыңыз.</translation>
    </message>
    <message>
      <source>This response is not signed by your district&apos;s server, so it was refused and nothing was changed.</source>
      <translation>Бұл жауапқа сіздің ауданыңыздың сервері қол қоймаған, сондықтан ол қабылданбады, ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
      <source>There is no backup file at {path}.</source>
      <translation>{path} жерінде сақтық көшірме файлы жоқ.</translation>
    </message>
    <message>
      <source>{path} is not a Qadam backup. Nothing was changed.</source>
      <translation>{path} — Qadam сақтық көшірмесі емес. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
      <source>The backup {path} is damaged ({reason}). Nothing was changed. Use another backup.</source>
      <translation>{path} сақтық көшірмесі зақымдалған ({reason}). Ештеңе өзгертілген жоқ. Басқа көшірмені пайдаланыңыз.</translation>
    </message>
    <message>
      <source>The backup {path} belongs to another database, not to this one. Nothing was changed.</source>
      <translation>{path} сақтық көшірмесі осы дерекқордікі емес, басқа дерекқордікі. Ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
      <source>The backup folder {path} cannot be reached (is the USB stick plugged in?). Nothing was lost, and the backups already there are untouched.</source>
      <translation>{path} сақтық көшірмелер қалтасына қол жеткізу мүмкін емес (USB-жинақтағыш салынған ба?). Ештеңе жоғалған жоқ, ондағы бұрынғы көшірмелер өзгертілмеді.</translation>
    </message>
    <message>
      <source>There is no room for the backup in {path}. Nothing was lost, and the backups already there are untouched. Free some space or choose another folder.</source>
      <translation>{path} ішінде сақтық көшірмеге орын жоқ. Ештеңе жоғалған жоқ, ондағы бұрынғы көшірмелер өзгертілмеді. Орын босатыңыз немесе басқа қалта таңдаңыз.</translation>
    </message>
    <message>
      <source>its header does not match its checksum</source>
      <translation>оның тақырыбы бақылау сомасына сәйкес келмейді</translation>
    </message>
    <message>
      <source>its header is unreadable</source>
      <translation>оның тақырыбы оқылмайды</translation>
    </message>
    <message>
      <source>its key file is unreadable</source>
      <translation>оның кілт файлы оқылмайды</translation>
    </message>
    <message>
      <source>its key file belongs to another one</source>
      <translation>оның кілт файлы басқа дерекқордікі</translation>
    </message>
    <message>
      <source>its contents do not match their checksum</source>
      <translation>оның мазмұны бақылау сомасына сәйкес келмейді</translation>
    </message>
    <message>
      <source>its database does not open</source>
      <translation>оның дерекқоры ашылмайды</translation>
    </message>
    <message>
      <source>its database fails the integrity check</source>
      <translation>оның дерекқоры тұтастық тексерісінен өтпейді</translation>
    </message>
    <message>
      <source>its audit trail is broken</source>
      <translation>оның аудит журналы бұзылған</translation>
    </message>
    <message>
      <source>The key file {path} is there and readable: there is nothing to restore. Unlock with your passphrase; if it is forgotten, use “Forgot passphrase?”.</source>
      <translation>{path} кілт файлы орнында және оқылады: қалпына келтіретін ештеңе жоқ. Құпия фразаңызбен ашыңыз; ұмытып қалсаңыз, «Құпия фразаны ұмыттыңыз ба?» батырмасын пайдаланыңыз.</translation>
    </message>
  </context>
</TS>