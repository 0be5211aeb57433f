<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
  <context>
    <name>Errors</name>
    <message>
      <source>The database could not be used.</source>
      <translation>Не удалось воспользоваться базой данных.</translation>
    </message>
    <message>
      <source>There is no database at {path}.</source>
      <translation>По пути {path} нет базы данных.</translation>
    </message>
    <message>
      <source>A database already exists at {path}; choose another place or open it.</source>
      <translation>По пути {path} уже есть база данных; выберите другое место или откройте её.</translation>
    </message>
    <message>
      <source>The key file {path} beside the database is missing, and its copy too. Restore it from any backup of this database (“Restore the key file from a backup…”): the records of today stay as they are.</source>
      <translation>Рядом с базой данных нет файла ключей {path}, и его копии тоже нет. Восстановите его из любой резервной копии этой базы данных («Восстановить файл ключей из резервной копии…»): сегодняшние записи останутся как есть.</translation>
    </message>
    <message>
      <source>{path} is not a Qadam database ({reason}).</source>
      <translation>{path} не является базой данных Qadam ({reason}).</translation>
    </message>
    <message>
      <source>The database {path} is damaged ({reason}). Nothing was changed. Restore the latest backup, or take the file to the district centre.</source>
      <translation>База данных {path} повреждена ({reason}). Ничего не изменено. Восстановите последнюю резервную копию или отнесите файл в районный центр.</translation>
    </message>
    <message>
      <source>This database was written by a newer version of Qadam ({found}). Install the newer version to open it; this version leaves the file untouched.</source>
      <translation>Эта база данных записана более новой версией Qadam ({found}). Чтобы открыть её, установите новую версию; эта версия файл не изменяет.</translation>
    </message>
    <message>
      <source>There is no user {username} in this database.</source>
      <translation>В этой базе данных нет пользователя {username}.</translation>
    </message>
    <message>
      <source>The passphrase is wrong. Check the keyboard layout and Caps Lock, and try again.</source>
      <translation>Неверная парольная фраза. Проверьте раскладку клавиатуры и Caps Lock и попробуйте ещё раз.</translation>
    </message>
    <message>
      <source>Your role ({role}) does not allow this: {action}.</source>
      <translation>Ваша роль ({role}) не позволяет это действие: {action}.</translation>
    </message>
    <message>
      <source>The disk is full, so the last change was not saved. Nothing already saved is lost. Free some space and save again.</source>
      <translation>Диск заполнен, поэтому последнее изменение не сохранено. Ранее сохранённые данные не потеряны. Освободите место на диске и сохраните ещё раз.</translation>
    </message>
    <message>
      <source>The database {path} is already open in another Qadam window (process {pid}). Close Qadam there, or wait until its work is finished, and try again.</source>
      <translation>База данных {path} уже открыта в другом окне Qadam (процесс {pid}). Закройте Qadam там или дождитесь окончания его работы и повторите попытку.</translation>
    </message>
    <message>
      <source>Qadam cannot write in the folder {path} ({reason}), so it cannot open the database there. Copy the database and its key file to a folder you can write to, such as Documents, and open it from there.</source>
      <translation>Qadam не может записывать в папку {path} ({reason}), поэтому не может открыть там базу данных. Скопируйте базу данных вместе с файлом ключей в папку, доступную для записи (например, «Документы»), и откройте её оттуда.</translation>
    </message>
    <message>
      <source>The passphrase must have at least {minimum} characters.</source>
      <translation>Парольная фраза должна содержать не менее {minimum} символов.</translation>
    </message>
    <message>
      <source>ИИН must have 12 digits</source>
      <translation>ИИН должен состоять из 12 цифр</translation>
    </message>
    <message>
      <source>ИИН must contain only digits</source>
      <translation>ИИН должен содержать только цифры</translation>
    </message>
    <message>
      <source>the first six digits of the ИИН are not a real birth date</source>
      <translation>первые шесть цифр ИИН не образуют реальную дату рождения</translation>
    </message>
    <message>
      <source>the 7th digit of the ИИН must be 1 to 6 (it codes century and sex)</source>
      <translation>7-я цифра ИИН должна быть от 1 до 6 (она обозначает век и пол)</translation>
    </message>
    <message>
      <source>the check digit does not match: the number is mistyped</source>
      <translation>контрольная цифра не совпадает: номер набран с ошибкой</translation>
    </message>
    <message>
      <source>no valid number starts with these 11 digits: the number is mistyped</source>
      <translation>ни один действительный номер не начинается с этих 11 цифр: номер набран с ошибкой</translation>
    </message>
    <message>
      <source>БИН must have 12 digits</source>
      <translation>БИН должен состоять из 12 цифр</translation>
    </message>
    <message>
      <source>БИН must contain only digits</source>
      <translation>БИН должен содержать только цифры</translation>
    </message>
    <message>
      <source>the first four digits of the БИН are not a valid year and month of registration</source>
      <translation>первые четыре цифры БИН не образуют допустимые год и месяц регистрации</translation>
    </message>
    <message>
      <source>the 5th digit of a БИН must be 4, 5 or 6 (an ИИН has 0 to 3 there)</source>
      <translation>5-я цифра БИН должна быть 4, 5 или 6 (в ИИН на этом месте стоит цифра от 0 до 3)</translation>
    </message>
    <message>
      <source>a КАТО code must have 9 digits</source>
      <translation>код КАТО должен состоять из 9 цифр</translation>
    </message>
    <message>
      <source>a КАТО code must contain only digits</source>
      <translation>код КАТО должен содержать только цифры</translation>
    </message>
    <message>
      <source>a КАТО code cannot name a district, okrug or settlement without its region</source>
      <translation>код КАТО не может обозначать район, округ или населённый пункт без области</translation>
    </message>
    <message>
      <source>Surname and first name are required.</source>
      <translation>Фамилия и имя обязательны для заполнения.</translation>
    </message>
    <message>
      <source>A person with ИИН {iin} is already registered: {name}.</source>
      <translation>Человек с ИИН {iin} уже зарегистрирован: {name}.</translation>
    </message>
    <message>
      <source>the file is empty</source>
      <translation>файл пуст</translation>
    </message>
    <message>
      <source>it is an unencrypted SQLite file</source>
      <translation>это незашифрованный файл SQLite</translation>
    </message>
    <message>
      <source>the file is cut short</source>
      <translation>файл обрезан</translation>
    </message>
    <message>
      <source>it cannot be read</source>
      <translation>его невозможно прочитать</translation>
    </message>
    <message>
      <source>it is cut short or corrupted</source>
      <translation>файл обрезан или испорчен</translation>
    </message>
    <message>
      <source>it does not match its key file</source>
      <translation>он не соответствует своему файлу ключей</translation>
    </message>
    <message>
      <source>it does not match its key file or its start is damaged</source>
      <translation>он не соответствует своему файлу ключей или его начало повреждено</translation>
    </message>
    <message>
      <source>the key file belongs to another one</source>
      <translation>файл ключей относится к другой базе данных</translation>
    </message>
    <message>
      <source>it has no Qadam tables</source>
      <translation>в нём нет таблиц Qadam</translation>
    </message>
    <message>
      <source>its key file is not a Qadam key file</source>
      <translation>его файл ключей не является файлом ключей Qadam</translation>
    </message>
    <message>
      <source>its key file is incomplete</source>
      <translation>его файл ключей неполный</translation>
    </message>
    <message>
      <source>village_specialist</source>
      <translation>специалист аппарата акима сельского округа</translation>
    </message>
    <message>
      <source>district_specialist</source>
      <translation>специалист центра занятости населения</translation>
    </message>
    <message>
      <source>administrator</source>
      <translation>администратор</translation>
    </message>
    <message>
      <source>auditor</source>
      <translation>аудитор (только просмотр)</translation>
    </message>
    <message>
      <source>change records</source>
      <translation>изменение записей</translation>
    </message>
    <message>
      <source>change the data key</source>
      <translation>смена ключа данных</translation>
    </message>
    <message>
      <source>add users</source>
      <translation>добавление пользователей</translation>
    </message>
    <message>
      <source>create demo data</source>
      <translation>создание демонстрационных данных</translation>
    </message>
    <message>
      <source>register applicants</source>
      <translation>регистрация заявителей</translation>
    </message>
    <message>
      <source>correct applicants</source>
      <translation>исправление данных заявителей</translation>
    </message>
    <message>
      <source>remove applicants</source>
      <translation>удаление заявителей</translation>
    </message>
    <message>
      <source>A case in state {current} cannot move to {wanted}.</source>
      <translation>Дело в состоянии {current} не может перейти в состояние {wanted}.</translation>
    </message>
    <message>
      <source>No column headings of this list were found in the first {rows} rows of the sheet {sheet}. Check that the right sheet and the right kind of list are chosen; the headings expected include: {expected}.</source>
      <translation>В первых {rows} строках листа {sheet} не найдены заголовки столбцов этого списка. Проверьте, что выбраны нужный лист и вид списка; ожидаются, в частности, заголовки: {expected}.</translation>
    </message>
    <message>
      <source>Rows {rows} describe the same {what}: keep one of them.</source>
      <translation>Строки {rows} описывают одну и ту же запись ({what}): оставьте одну из них.</translation>
    </message>
    <message>
      <source>Text was expected here, but the cell holds a number or a date ({value}). Format the column as text and type it again.</source>
      <translation>Здесь ожидается текст, а в ячейке число или дата ({value}). Задайте столбцу текстовый формат и введите значение заново.</translation>
    </message>
    <message>
      <source>The cell holds a formula ({formula}): type the value itself instead.</source>
      <translation>В ячейке формула ({formula}): введите вместо неё само значение.</translation>
    </message>
    <message>
      <source>The cell holds control characters that cannot be part of text ({codes}). Retype it.</source>
      <translation>В ячейке управляющие символы, которых не может быть в тексте ({codes}). Введите значение заново.</translation>
    </message>
    <message>
      <source>The cell shows an Excel error ({value}).</source>
      <translation>В ячейке ошибка Excel ({value}).</translation>
    </message>
    <message>
      <source>The closing date {closes} is before the posting date {posted}.</source>
      <translation>Дата окончания {closes} раньше даты размещения {posted}.</translation>
    </message>
    <message>
      <source>The column {header} appears twice: in {first} and {second}.</source>
      <translation>Столбец {header} встречается дважды: {first} и {second}.</translation>
    </message>
    <message>
      <source>The file {path} cannot be read. Check that it exists and that no other program holds it.</source>
      <translation>Не удаётся прочитать файл {path}. Проверьте, что он существует и не открыт в другой программе.</translation>
    </message>
    <message>
      <source>The file {path} is empty.</source>
      <translation>Файл {path} пуст.</translation>
    </message>
    <message>
      <source>The file {path} is too big to import ({size_mb} MB; at most {limit_mb} MB). Split the list into smaller files.</source>
      <translation>Файл {path} слишком велик для импорта ({size_mb} МБ; не более {limit_mb} МБ). Разделите список на файлы поменьше.</translation>
    </message>
    <message>
      <source>The number of places must be a whole number from 1 to {limit}, not {value}.</source>
      <translation>Количество мест должно быть целым числом от 1 до {limit}, а не {value}.</translation>
    </message>
    <message>
      <source>The number was stored by Excel as a number ({value}) and is not valid even with its leading zeros restored. Format the column as text and type the number again.</source>
      <translation>Excel сохранил номер как число ({value}), и он неверен даже с восстановленными ведущими нулями. Задайте столбцу текстовый формат и введите номер заново.</translation>
    </message>
    <message>
      <source>The required column {header} is missing.</source>
      <translation>Нет обязательного столбца {header}.</translation>
    </message>
    <message>
      <source>The settlement {kato} does not lie in the okrug {okrug}.</source>
      <translation>Населённый пункт {kato} не находится в округе {okrug}.</translation>
    </message>
    <message>
      <source>The sheet {sheet} has headings but no rows below them.</source>
      <translation>На листе {sheet} есть заголовки, но под ними нет строк.</translation>
    </message>
    <message>
      <source>The sheet {sheet} has more than {limit} rows, more than one import takes. Split the list into several files, or delete empty rows at its end.</source>
      <translation>На листе {sheet} больше {limit} строк — больше, чем принимает один импорт. Разделите список на несколько файлов или удалите пустые строки в его конце.</translation>
    </message>
    <message>
      <source>The sheet {sheet} is empty.</source>
      <translation>Лист {sheet} пуст.</translation>
    </message>
    <message>
      <source>The text is too long ({length} characters; at most {limit}).</source>
      <translation>Текст слишком длинный ({length} символов; не более {limit}).</translation>
    </message>
    <message>
      <source>The text looks garbled by a wrong encoding ({value}). Retype it, or convert the source file again choosing the UTF-8 or Windows-1251 encoding.</source>
      <translation>Текст, похоже, искажён неверной кодировкой ({value}). Введите его заново или заново преобразуйте исходный файл, выбрав кодировку UTF-8 или Windows-1251.</translation>
    </message>
    <message>
      <source>The workbook has no sheet named {sheet}. Its sheets are: {sheets}.</source>
      <translation>В книге нет листа {sheet}. Её листы: {sheets}.</translation>
    </message>
    <message>
      <source>The workbook {path} has no worksheets.</source>
      <translation>В книге {path} нет рабочих листов.</translation>
    </message>
    <message>
      <source>The КАТО code {kato} names a {level}, not a {expected}.</source>
      <translation>Код КАТО {kato} обозначает уровень «{level}», а нужен уровень «{expected}».</translation>
    </message>
    <message>
      <source>This cell is required but empty.</source>
      <translation>Эта ячейка обязательна, но пуста.</translation>
    </message>
    <message>
      <source>Unknown citizenship {value}: write citizen or kandas (азамат or қандас; гражданин or кандас).</source>
      <translation>Неизвестное гражданство {value}: напишите гражданин или кандас (азамат или қандас; citizen или kandas).</translation>
    </message>
    <message>
      <source>Unknown potential {value}: write low, medium or high (төмен, орташа, жоғары; низкий, средний, высокий).</source>
      <translation>Неизвестный потенциал {value}: напишите низкий, средний или высокий (төмен, орташа, жоғары; low, medium, high).</translation>
    </message>
    <message>
      <source>Unknown value {value}: write yes or no (иә or жоқ; да or нет).</source>
      <translation>Неизвестное значение {value}: напишите да или нет (иә или жоқ; yes или no).</translation>
    </message>
    <message>
      <source>{path} is a text (CSV) file, not an Excel workbook. Open it in Excel and save it as an Excel workbook (.xlsx), then import that.</source>
      <translation>{path} — текстовый файл (CSV), а не книга Excel. Откройте его в Excel, сохраните как книгу Excel (.xlsx) и импортируйте её.</translation>
    </message>
    <message>
      <source>{path} is a web page or XML file saved under an Excel name, not an Excel workbook. Open it in Excel and save it as an Excel workbook (.xlsx), then import that.</source>
      <translation>{path} — веб-страница или файл XML, сохранённый под именем Excel, а не книга Excel. Откройте его в Excel, сохраните как книгу Excel (.xlsx) и импортируйте её.</translation>
    </message>
    <message>
      <source>{path} is an archive but not an Excel workbook ({reason}). Save the list from Excel as an Excel workbook (.xlsx).</source>
      <translation>{path} — архив, но не книга Excel ({reason}). Сохраните список из Excel как книгу Excel (.xlsx).</translation>
    </message>
    <message>
      <source>{path} is an old Excel 97–2003 workbook (.xls) or a password-protected workbook. Open it in Excel and save it as an Excel workbook (.xlsx) without a password, then import that.</source>
      <translation>{path} — старая книга Excel 97–2003 (.xls) или книга, защищённая паролем. Откройте её в Excel, сохраните как книгу Excel (.xlsx) без пароля и импортируйте её.</translation>
    </message>
    <message>
      <source>{path} is damaged or was not written by Excel. Open it in Excel, save it again and import the new file.</source>
      <translation>{path} повреждён или записан не Excel. Откройте его в Excel, сохраните заново и импортируйте новый файл.</translation>
    </message>
    <message>
      <source>{path} is not an Excel workbook (.xlsx). Save the list from Excel as .xlsx.</source>
      <translation>{path} — не книга Excel (.xlsx). Сохраните список из Excel в формате .xlsx.</translation>
    </message>
    <message>
      <source>{path} is protected with a password. Remove the password in Excel and save it again.</source>
      <translation>{path} защищён паролем. Снимите пароль в Excel и сохраните файл заново.</translation>
    </message>
    <message>
      <source>{path} unpacks to far more data than a list holds, so it was not opened. Ask for the list again, saved from Excel.</source>
      <translation>{path} распаковывается в намного больший объём данных, чем бывает в списке, поэтому он не открыт. Запросите список заново, сохранённым из Excel.</translation>
    </message>
    <message>
      <source>{value} is not a date: write it as DD.MM.YYYY.</source>
      <translation>{value} — не дата: запишите её в виде ДД.ММ.ГГГГ.</translation>
    </message>
    <message>
      <source>{value} is not an amount of money.</source>
      <translation>{value} — не денежная сумма.</translation>
    </message>
    <message>
      <source>ИИН {iin} appears more than once in the file: rows {rows}.</source>
      <translation>ИИН {iin} встречается в файле несколько раз: строки {rows}.</translation>
    </message>
    <message>
      <source>a Word document</source>
      <translation>документ Word</translation>
    </message>
    <message>
      <source>a binary .xlsb workbook</source>
      <translation>двоичная книга .xlsb</translation>
    </message>
    <message>
      <source>an OpenDocument file</source>
      <translation>файл OpenDocument</translation>
    </message>
    <message>
      <source>no workbook inside</source>
      <translation>внутри нет книги Excel</translation>
    </message>
    <message>
      <source>country</source>
      <translation>страна</translation>
    </message>
    <message>
      <source>region</source>
      <translation>область</translation>
    </message>
    <message>
      <source>district</source>
      <translation>район</translation>
    </message>
    <message>
      <source>okrug</source>
      <translation>сельский округ</translation>
    </message>
    <message>
      <source>settlement</source>
      <translation>населённый пункт</translation>
    </message>
    <message>
      <source>vacancy</source>
      <translation>вакансия</translation>
    </message>
    <message>
      <source>organisation</source>
      <translation>организация</translation>
    </message>
    <message>
      <source>applicant</source>
      <translation>заявитель</translation>
    </message>
    <message>
      <source>ИИН {iin} is already registered to {name}, and this row differs in: {fields}. An import never overwrites a registered person: correct the card by hand, or remove the row.</source>
      <translation>ИИН {iin} уже зарегистрирован на {name}, а эта строка отличается в полях: {fields}. Импорт никогда не перезаписывает зарегистрированного человека: исправьте карточку вручную или удалите строку.</translation>
    </message>
    <message>
      <source>The КАТО code {kato} is not in the list of settlements. Correct it, or import the settlements list first.</source>
      <translation>Кода КАТО {kato} нет в списке населённых пунктов. Исправьте его или сначала импортируйте список населённых пунктов.</translation>
    </message>
    <message>
      <source>The settlement {kato} was removed from the list of settlements and cannot be added again by an import.</source>
      <translation>Населённый пункт {kato} удалён из списка населённых пунктов, и импорт не может добавить его снова.</translation>
    </message>
    <message>
      <source>The file has {count} problems, so nothing was imported. Correct them and check the file again, or choose to import only the valid rows.</source>
      <translation>В файле ошибок: {count}, поэтому ничего не импортировано. Исправьте их и проверьте файл снова или выберите импорт только верных строк.</translation>
    </message>
    <message>
      <source>The records changed after the file was checked ({count} rows no longer fit), so nothing was imported. Check the file again.</source>
      <translation>После проверки файла записи изменились ({count} строк больше не подходят), поэтому ничего не импортировано. Проверьте файл снова.</translation>
    </message>
    <message>
      <source>A report month must be written YYYY-MM, not {month}.</source>
      <translation>Месяц отчёта записывается как ГГГГ-ММ, а не {month}.</translation>
    </message>
    <message>
      <source>{kato} is not a КАТО code of an okrug.</source>
      <translation>{kato} — не код КАТО сельского округа.</translation>
    </message>
    <message>
      <source>{option} is required for the {calculation} calculation ({rule}).</source>
      <translation>Для расчёта {calculation} обязателен параметр {option} ({rule}).</translation>
    </message>
    <message>
      <source>Give {option} or {other_option} for the {calculation} calculation ({rule}).</source>
      <translation>Для расчёта {calculation} укажите {option} или {other_option} ({rule}).</translation>
    </message>
    <message>
      <source>{option} must be a date written YYYY-MM-DD, not "{value}" ({rule}).</source>
      <translation>{option} должен быть датой в виде ГГГГ-ММ-ДД, а не «{value}» ({rule}).</translation>
    </message>
    <message>
      <source>{option} must be an amount in tenge with at most two decimals, for example 90000 or 90000.50, not "{value}" ({rule}).</source>
      <translation>{option} должен быть суммой в тенге не более чем с двумя знаками после точки, например 90000 или 90000.50, а не «{value}» ({rule}).</translation>
    </message>
    <message>
      <source>{option} must be a number, for example 6 or 6.5, not "{value}" ({rule}).</source>
      <translation>{option} должен быть числом, например 6 или 6.5, а не «{value}» ({rule}).</translation>
    </message>
    <message>
      <source>{option} must be a whole number, not "{value}" ({rule}).</source>
      <translation>{option} должен быть целым числом, а не «{value}» ({rule}).</translation>
    </message>
    <message>
      <source>{option} must be one of {choices}, not "{value}" ({rule}).</source>
      <translation>{option} должен быть одним из значений {choices}, а не «{value}» ({rule}).</translation>
    </message>
    <message>
      <source>{option} must be more than zero, not {value} ({rule}).</source>
      <translation>{option} должен быть больше нуля, а не {value} ({rule}).</translation>
    </message>
    <message>
      <source>{option} cannot be negative: {value} ({rule}).</source>
      <translation>{option} не может быть отрицательным: {value} ({rule}).</translation>
    </message>
    <message>
      <source>{option} must be at least {minimum}, not {value} ({rule}).</source>
      <translation>{option} должен быть не меньше {minimum}, а не {value} ({rule}).</translation>
    </message>
    <message>
      <source>{option} {value} is before {first}, the first date from which the rules know {parameter} ({rule}).</source>
      <translation>{option} {value} раньше {first} — первой даты, с которой правилам известен параметр {parameter} ({rule}).</translation>
    </message>
    <message>
      <source>{option} {value} % is above the legal maximum of {maximum} % for months {months} of a social job: the subsidy is up to that share of the wage ({rule}).</source>
      <translation>{option} {value} % выше установленного максимума {maximum} % для месяцев {months} социального рабочего места: субсидия составляет не более этой доли зарплаты ({rule}).</translation>
    </message>
    <message>
      <source>{option} {value} is above the largest microcredit, {maximum} tenge ({rule}).</source>
      <translation>{option} {value} больше максимального микрокредита, {maximum} тенге ({rule}).</translation>
    </message>
    <message>
      <source>{option} {value} months is longer than the longest microcredit term, {maximum} months ({rule}).</source>
      <translation>{option} {value} мес. больше максимального срока микрокредита, {maximum} мес. ({rule}).</translation>
    </message>
    <message>
      <source>{option} {value} months is longer than one third of the {term}-month term: the grace period on the principal may last at most {maximum} months ({rule}).</source>
      <translation>{option} {value} мес. больше трети срока в {term} мес.: льготный период по основному долгу не может превышать {maximum} мес. ({rule}).</translation>
    </message>
    <message>
      <source>{option} "{value}": a microcredit is not given for consumer needs, repaying earlier loans or buying residential property; allowed purposes: {allowed} ({rule}).</source>
      <translation>{option} «{value}»: микрокредит не выдаётся на потребительские нужды, погашение прежних займов или покупку жилья; допустимые цели: {allowed} ({rule}).</translation>
    </message>
    <message>
      <source>{option} "{value}" is not a purpose the programme knows; allowed purposes: {allowed} ({rule}).</source>
      <translation>{option} «{value}» — цель, неизвестная программе; допустимые цели: {allowed} ({rule}).</translation>
    </message>
    <message>
      <source>{option} {value} % gives an effective annual rate of {effective} %, above the regional maximum of {maximum} % set with the regional commission ({rule}).</source>
      <translation>{option} {value} % даёт эффективную годовую ставку {effective} %, выше регионального максимума {maximum} %, установленного с региональной комиссией ({rule}).</translation>
    </message>
    <message>
      <source>A row of the workbook holds far more data than a list row ({size_mb} MB), so the file was not read. Ask for the list again, saved from Excel.</source>
      <translation>Строка книги содержит намного больше данных, чем строка списка ({size_mb} МБ), поэтому файл не прочитан. Запросите список заново, сохранённым из Excel.</translation>
    </message>
    <message>
      <source>Unknown category: {category}.</source>
      <translation>Неизвестная категория: {category}.</translation>
    </message>
    <message>
      <source>This applicant is no longer in the database.</source>
      <translation>Этого заявителя больше нет в базе данных.</translation>
    </message>
    <message>
      <source>Measure {measure} does not belong to direction {direction}.</source>
      <translation>Мера {measure} не относится к направлению {direction}.</translation>
    </message>
    <message>
      <source>This case is no longer in the database.</source>
      <translation>Этого дела больше нет в базе данных.</translation>
    </message>
    <message>
      <source>open cases</source>
      <translation>открытие дел</translation>
    </message>
    <message>
      <source>plan cases</source>
      <translation>планирование суммы дела</translation>
    </message>
    <message>
      <source>move cases</source>
      <translation>смена состояния дела</translation>
    </message>
    <message>
      <source>decide on inclusion in the programme</source>
      <translation>решение о включении в программу</translation>
    </message>
    <message>
      <source>Unknown relation: {relation}.</source>
      <translation>Неизвестное родство: {relation}.</translation>
    </message>
    <message>
      <source>This is the applicant's own ИИН: they are in the household already.</source>
      <translation>Это ИИН самого заявителя: он уже в домохозяйстве.</translation>
    </message>
    <message>
      <source>{name} is already a member of this household.</source>
      <translation>{name} уже состоит в этом домохозяйстве.</translation>
    </message>
    <message>
      <source>{name} (ИИН {iin}) is already a member of another household: a person can be in one household only. Remove them from that household first.</source>
      <translation>{name} (ИИН {iin}) уже состоит в другом домохозяйстве: человек может состоять только в одном домохозяйстве. Сначала уберите его из того домохозяйства.</translation>
    </message>
    <message>
      <source>This household member is no longer in the database.</source>
      <translation>Этого члена домохозяйства больше нет в базе данных.</translation>
    </message>
    <message>
      <source>A household has one head: the head's relation cannot change, and no other member can become the head.</source>
      <translation>У домохозяйства один глава: родство главы не меняется, и другой член не может стать главой.</translation>
    </message>
    <message>
      <source>The head of the household cannot be removed from it.</source>
      <translation>Главу домохозяйства нельзя убрать из него.</translation>
    </message>
    <message>
      <source>Document {document} is not on the checklist of direction {direction}.</source>
      <translation>Документа {document} нет в перечне направления {direction}.</translation>
    </message>
    <message>
      <source>A document cannot be received in the future ({date}).</source>
      <translation>Документ не может быть получен в будущем ({date}).</translation>
    </message>
    <message>
      <source>add household members</source>
      <translation>добавление членов домохозяйства</translation>
    </message>
    <message>
      <source>correct household members</source>
      <translation>исправление данных членов домохозяйства</translation>
    </message>
    <message>
      <source>remove household members</source>
      <translation>удаление членов из домохозяйства</translation>
    </message>
    <message>
      <source>correct households</source>
      <translation>исправление данных домохозяйства</translation>
    </message>
    <message>
      <source>record documents</source>
      <translation>отметка полученных документов</translation>
    </message>
    <message>
      <source>Monitoring starts when the social contract is signed: this case is not under monitoring.</source>
      <translation>Мониторинг начинается после подписания социального контракта: это дело не на мониторинге.</translation>
    </message>
    <message>
      <source>The date {date} is in the future: enter the day it happened.</source>
      <translation>Дата {date} ещё не наступила: укажите день, когда это произошло.</translation>
    </message>
    <message>
      <source>The date {date} is before the case was applied for ({earliest}).</source>
      <translation>Дата {date} раньше даты подачи заявления по делу ({earliest}).</translation>
    </message>
    <message>
      <source>Say where the visit took place.</source>
      <translation>Укажите, где проходило посещение.</translation>
    </message>
    <message>
      <source>Write what the visit found.</source>
      <translation>Напишите, что выявило посещение.</translation>
    </message>
    <message>
      <source>A sanction can be proposed only after a visit that found a breach or partial compliance.</source>
      <translation>Санкцию можно предложить только после посещения, выявившего нарушение или частичное соблюдение.</translation>
    </message>
    <message>
      <source>This visit is no longer in the database.</source>
      <translation>Этого посещения больше нет в базе данных.</translation>
    </message>
    <message>
      <source>Choose whether the obligation was fulfilled or not.</source>
      <translation>Выберите, выполнено обязательство или нет.</translation>
    </message>
    <message>
      <source>This obligation is no longer in the database.</source>
      <translation>Этого обязательства больше нет в базе данных.</translation>
    </message>
    <message>
      <source>This social contract is no longer in the database.</source>
      <translation>Этого социального контракта больше нет в базе данных.</translation>
    </message>
    <message>
      <source>The date {date} is before the social contract was signed ({earliest}).</source>
      <translation>Дата {date} раньше подписания социального контракта ({earliest}).</translation>
    </message>
    <message>
      <source>Write how the obligation was not fulfilled.</source>
      <translation>Напишите, в чём обязательство не выполнено.</translation>
    </message>
    <message>
      <source>The reason for the sanction is required.</source>
      <translation>Причина санкции обязательна.</translation>
    </message>
    <message>
      <source>This sanction is no longer in the database.</source>
      <translation>Этой санкции больше нет в базе данных.</translation>
    </message>
    <message>
      <source>This sanction was already lifted on {date}.</source>
      <translation>Эта санкция уже снята {date}.</translation>
    </message>
    <message>
      <source>The date {date} is before the sanction it lifts ({earliest}).</source>
      <translation>Дата {date} раньше снимаемой санкции ({earliest}).</translation>
    </message>
    <message>
      <source>The reason for lifting the sanction is required.</source>
      <translation>Причина снятия санкции обязательна.</translation>
    </message>
    <message>
      <source>record monitoring visits</source>
      <translation>записывать посещения (мониторинг)</translation>
    </message>
    <message>
      <source>correct monitoring visits</source>
      <translation>исправлять посещения (мониторинг)</translation>
    </message>
    <message>
      <source>check obligations</source>
      <translation>проверять обязательства</translation>
    </message>
    <message>
      <source>impose sanctions</source>
      <translation>накладывать санкции</translation>
    </message>
    <message>
      <source>lift sanctions</source>
      <translation>снимать санкции</translation>
    </message>
    <message>
      <source>correct a visit recorded by another specialist</source>
      <translation>исправлять посещение, записанное другим специалистом</translation>
    </message>
    <message>
      <source>impose or lift sanctions (the employment centre decides)</source>
      <translation>накладывать или снимать санкции (решает центр занятости)</translation>
    </message>
    <message>
      <source>{date} is in the future: record a date that has already come.</source>
      <translation>{date} — дата в будущем: укажите дату, которая уже наступила.</translation>
    </message>
    <message>
      <source>The applicant cannot be notified ({date}) before the decision of {decided}.</source>
      <translation>Заявителя нельзя уведомить ({date}) раньше решения от {decided}.</translation>
    </message>
    <message>
      <source>The conclusion cannot be requested ({date}) before the application of {applied}.</source>
      <translation>Заключение нельзя запросить ({date}) раньше заявления от {applied}.</translation>
    </message>
    <message>
      <source>Only direction 2 cases have an akim's conclusion (§4.3.2 step 3).</source>
      <translation>Заключение акима дают только по делам направления 2 (§4.3.2, п. 3).</translation>
    </message>
    <message>
      <source>record case dates</source>
      <translation>запись дат дела</translation>
    </message>
    <message>
      <source>edit the district's reference data</source>
      <translation>изменение справочных данных района</translation>
    </message>
    <message>
      <source>The name is required.</source>
      <translation>Наименование обязательно.</translation>
    </message>
    <message>
      <source>The name in Kazakh and the name in Russian are both required.</source>
      <translation>Обязательны наименования и на казахском, и на русском.</translation>
    </message>
    <message>
      <source>The settlement {kato} is not in the list of settlements.</source>
      <translation>Населённого пункта {kato} нет в списке населённых пунктов.</translation>
    </message>
    <message>
      <source>{kato} is not the code of a rural okrug: an okrug's КАТО ends in 000 after its own two digits.</source>
      <translation>{kato} не является кодом сельского округа: КАТО округа после двух его цифр заканчивается на 000.</translation>
    </message>
    <message>
      <source>The settlement {settlement} does not lie in the okrug {okrug}: the first six digits of both codes must be the same.</source>
      <translation>Населённый пункт {settlement} не находится в округе {okrug}: первые шесть цифр обоих кодов должны совпадать.</translation>
    </message>
    <message>
      <source>Unknown settlement potential: {potential}.</source>
      <translation>Неизвестный потенциал населённого пункта: {potential}.</translation>
    </message>
    <message>
      <source>This record is no longer in the database.</source>
      <translation>Этой записи больше нет в базе данных.</translation>
    </message>
    <message>
      <source>draft social contracts</source>
      <translation>составление проекта социального контракта</translation>
    </message>
    <message>
      <source>correct social contracts</source>
      <translation>исправление проекта социального контракта</translation>
    </message>
    <message>
      <source>amend social contracts</source>
      <translation>изменение социального контракта</translation>
    </message>
    <message>
      <source>sign social contracts</source>
      <translation>регистрация подписания социального контракта</translation>
    </message>
    <message>
      <source>record akim's conclusions</source>
      <translation>запись заключения акима</translation>
    </message>
    <message>
      <source>record the signing of a social contract</source>
      <translation>регистрация подписания социального контракта (это делает центр занятости)</translation>
    </message>
    <message>
      <source>write the akim's conclusion on a business project</source>
      <translation>составление заключения акима по бизнес-проекту (это делает аппарат акима)</translation>
    </message>
    <message>
      <source>Enter the date the contract ends: no rule sets this measure's period.</source>
      <translation>Укажите дату окончания контракта: срок этой меры не задан правилами.</translation>
    </message>
    <message>
      <source>The contract cannot end ({end}) before it starts ({start}).</source>
      <translation>Контракт не может закончиться ({end}) раньше, чем начнётся ({start}).</translation>
    </message>
    <message>
      <source>The case plans {amount} tenge: enter {what} so the contract shows how it is paid.</source>
      <translation>По делу запланировано {amount} тенге: укажите {what}, чтобы в контракте был виден порядок выплаты.</translation>
    </message>
    <message>
      <source>the monthly wage</source>
      <translation>месячную зарплату</translation>
    </message>
    <message>
      <source>the move type</source>
      <translation>вид переезда</translation>
    </message>
    <message>
      <source>For these terms the rules give {computed} tenge, but the case plans {planned} tenge. Recalculate the case with the same start date and inputs, or correct the terms.</source>
      <translation>По этим условиям правила дают {computed} тенге, а по делу запланировано {planned} тенге. Пересчитайте дело с той же датой начала и данными или исправьте условия.</translation>
    </message>
    <message>
      <source>A case in state {state} gets no social contract.</source>
      <translation>По делу в состоянии {state} социальный контракт не заключается.</translation>
    </message>
    <message>
      <source>This case already has social contract {number}: open it, or amend it once it is signed.</source>
      <translation>По этому делу уже есть социальный контракт № {number}: откройте его или измените после подписания.</translation>
    </message>
    <message>
      <source>Social contract {number} is signed and can no longer be changed: amend it to make a new version.</source>
      <translation>Социальный контракт № {number} подписан и больше не может быть изменён: внесите изменения новой редакцией.</translation>
    </message>
    <message>
      <source>Only a signed social contract is amended; a draft is corrected in place.</source>
      <translation>Изменения вносятся только в подписанный социальный контракт; проект исправляется на месте.</translation>
    </message>
    <message>
      <source>An amendment of social contract {number} is already being drafted (version {version}).</source>
      <translation>Изменение социального контракта № {number} уже готовится (редакция {version}).</translation>
    </message>
    <message>
      <source>The employment centre signs a social contract with a person it has included in the programme; this case is in state {state}.</source>
      <translation>Центр занятости подписывает социальный контракт с лицом, включённым в программу; это дело в состоянии {state}.</translation>
    </message>
    <message>
      <source>The signing date {day} is in the future.</source>
      <translation>Дата подписания {day} ещё не наступила.</translation>
    </message>
    <message>
      <source>The signing date {day} is before the application ({applied}).</source>
      <translation>Дата подписания {day} раньше даты заявления ({applied}).</translation>
    </message>
    <message>
      <source>The akim's conclusion is given on business projects of direction 2 only; this case is under direction {direction}.</source>
      <translation>Заключение акима даётся только по бизнес-проектам направления 2; это дело по направлению {direction}.</translation>
    </message>
    <message>
      <source>Choose whether the project is feasible or refused.</source>
      <translation>Выберите: проект целесообразен или в согласовании отказано.</translation>
    </message>
    <message>
      <source>Describe the business project the conclusion is about.</source>
      <translation>Опишите бизнес-проект, по которому даётся заключение.</translation>
    </message>
    <message>
      <source>A refusal must give its reasons (§4.3.2: a reasoned refusal).</source>
      <translation>Отказ должен содержать основания (§4.3.2: обоснованный отказ).</translation>
    </message>
    <message>
      <source>The conclusion's date {day} is in the future.</source>
      <translation>Дата заключения {day} ещё не наступила.</translation>
    </message>
    <message>
      <source>The conclusion's date {day} is before the application ({applied}).</source>
      <translation>Дата заключения {day} раньше даты заявления ({applied}).</translation>
    </message>
    <message>
      <source>This conclusion is no longer in the database.</source>
      <translation>Этого заключения больше нет в базе данных.</translation>
    </message>
    <message>
      <source>Fill in {field}: the notice must state it (§4.3.1.1).</source>
      <translation>Заполните: {field} — это обязательно указывается в уведомлении (§4.3.1.1).</translation>
    </message>
    <message>
      <source>the employer</source>
      <translation>работодатель</translation>
    </message>
    <message>
      <source>the specialty</source>
      <translation>специальность</translation>
    </message>
    <message>
      <source>the education organisation</source>
      <translation>организация образования</translation>
    </message>
    <message>
      <source>the place of practical training</source>
      <translation>место производственной практики</translation>
    </message>
    <message>
      <source>the duration of training</source>
      <translation>продолжительность обучения</translation>
    </message>
    <message>
      <source>the place and conditions of practical training</source>
      <translation>место и условия производственной практики</translation>
    </message>
    <message>
      <source>The period of work after training must be at least one month.</source>
      <translation>Период отработки после обучения должен быть не меньше одного месяца.</translation>
    </message>
    <message>
      <source>The cost of training cannot be negative.</source>
      <translation>Стоимость обучения не может быть отрицательной.</translation>
    </message>
    <message>
      <source>The cost of training must be an amount in tenge, such as 150000 or 150000.50; {value} is not.</source>
      <translation>Стоимость обучения должна быть суммой в тенге, например 150000 или 150000.50; {value} — не сумма.</translation>
    </message>
    <message>
      <source>Unknown filter value {value} for {name}.</source>
      <translation>Неизвестное значение фильтра {name}: {value}.</translation>
    </message>
    <message>
      <source>Unknown sort column {name}.</source>
      <translation>Неизвестный столбец сортировки: {name}.</translation>
    </message>
    <message>
      <source>{field} must be zero or more years</source>
      <translation>{field}: число лет должно быть не меньше нуля</translation>
    </message>
    <message>
      <source>{field} {born} is after the check date {on}</source>
      <translation>{field} {born} позже даты проверки {on}</translation>
    </message>
    <message>
      <source>{field}: {given} does not agree with the ИИН, which says {implied}</source>
      <translation>{field}: {given} не совпадает с ИИН, по ИИН: {implied}</translation>
    </message>
    <message>
      <source>{field} must be a non-empty string</source>
      <translation>{field} не может быть пустым</translation>
    </message>
    <message>
      <source>{field}: unknown category {value!r}; known: {options}</source>
      <translation>{field}: неизвестная категория {value!r}; известные: {options}</translation>
    </message>
    <message>
      <source>{field} must be a number of years</source>
      <translation>{field}: укажите число лет цифрами, например 3 или 2,5</translation>
    </message>
    <message>
      <source>{field}: {stated} contradicts settlement.potential {potential}</source>
      <translation>{field}: {stated} противоречит settlement.potential {potential}</translation>
    </message>
    <message>
      <source>{field} must be an object with a members list</source>
      <translation>{field} должно быть объектом со списком members</translation>
    </message>
    <message>
      <source>unknown field {field}</source>
      <translation>неизвестное поле {field}</translation>
    </message>
    <message>
      <source>{field} must be a JSON object</source>
      <translation>{field} должно быть объектом JSON</translation>
    </message>
    <message>
      <source>{field} must be true or false</source>
      <translation>{field} должно быть true или false</translation>
    </message>
    <message>
      <source>{field} must be a real date written YYYY-MM-DD</source>
      <translation>{field} должно быть реальной датой в виде ГГГГ-ММ-ДД</translation>
    </message>
    <message>
      <source>{field}: give residence_since or residence_years_in_settlement, not both</source>
      <translation>{field}: укажите residence_since или residence_years_in_settlement, но не оба</translation>
    </message>
    <message>
      <source>{field}: {reason}</source>
      <translation>{field}: {reason}</translation>
    </message>
    <message>
      <source>the profile is not valid JSON: {detail} (line {line}, column {column})</source>
      <translation>профиль не является корректным JSON: {detail} (строка {line}, столбец {column})</translation>
    </message>
    <message>
      <source>the profile nests deeper than {limit} levels</source>
      <translation>профиль вложен глубже {limit} уровней</translation>
    </message>
    <message>
      <source>a number in the profile has more than {limit} digits</source>
      <translation>число в профиле длиннее {limit} цифр</translation>
    </message>
    <message>
      <source>{field} must be a year such as 2013</source>
      <translation>{field} должно быть годом, например 2013</translation>
    </message>
    <message>
      <source>{field} must be one of {options}</source>
      <translation>{field} должно быть одним из значений: {options}</translation>
    </message>
    <message>
      <source>{field} must be a list</source>
      <translation>{field} должно быть списком</translation>
    </message>
    <message>
      <source>residence_years_in_settlement</source>
      <translation>Число лет проживания в населенном пункте</translation>
    </message>
    <message>
      <source>This file is not a Qadam sync bundle, or it is incomplete. Copy it from the USB stick again, or make a new bundle on the sending computer.</source>
      <translation>Этот файл не является пакетом синхронизации Qadam или записан не полностью. Скопируйте его с USB-накопителя ещё раз или создайте новый пакет на компьютере-отправителе.</translation>
    </message>
    <message>
      <source>The bundle was made by {sender}, which is not enrolled here, so it was not imported.</source>
      <translation>Пакет создан устройством {sender}, которое здесь не зарегистрировано, поэтому он не загружен.</translation>
    </message>
    <message>
      <source>The bundle {bundle_id} was changed after it was made (its signature does not match), so it was not imported. Make a new bundle on the sending computer.</source>
      <translation>Пакет {bundle_id} был изменён после создания (подпись не совпадает), поэтому он не загружен. Создайте новый пакет на компьютере-отправителе.</translation>
    </message>
    <message>
      <source>The bundle {bundle_id} is meant for {recipient}, not for {expected}. Nothing was imported; take it to the computer it was made for.</source>
      <translation>Пакет {bundle_id} предназначен для {recipient}, а не для {expected}. Ничего не загружено; отнесите его на компьютер, для которого он создан.</translation>
    </message>
    <message>
      <source>The bundle {bundle_id} cannot be decrypted with this computer's key: it was made for an older enrolment. Make a new bundle on the sending computer.</source>
      <translation>Пакет {bundle_id} нельзя расшифровать ключом этого компьютера: он создан для прежней регистрации. Создайте новый пакет на компьютере-отправителе.</translation>
    </message>
    <message>
      <source>The bundle was made by a newer version of Qadam (bundle format {version}). Install the newer version to import it.</source>
      <translation>Пакет создан более новой версией Qadam (формат пакета {version}). Чтобы загрузить его, установите новую версию.</translation>
    </message>
    <message>
      <source>Synchronisation with the district failed. Try again later; nothing is lost.</source>
      <translation>Синхронизация с районом не удалась. Попробуйте позже; ничего не потеряно.</translation>
    </message>
    <message>
      <source>The district server cannot be reached: check the connection and try again; nothing is lost.</source>
      <translation>Районный сервер недоступен: проверьте связь и попробуйте ещё раз; ничего не потеряно.</translation>
    </message>
    <message>
      <source>This version of Qadam is too old for the district server: install the update the district gives you.</source>
      <translation>Эта версия Qadam слишком старая для районного сервера: установите обновление, которое выдаёт район.</translation>
    </message>
    <message>
      <source>This computer's access was withdrawn by the district. Ask for a new enrolment code and enrol again; nothing is lost.</source>
      <translation>Район отозвал доступ этого компьютера. Попросите новый код регистрации и зарегистрируйте компьютер заново; ничего не потеряно.</translation>
    </message>
    <message>
      <source>The district server does not know this computer. Ask the district administrator for an enrolment code and enrol it again.</source>
      <translation>Районный сервер не знает этот компьютер. Попросите у администратора района код подключения и подключите компьютер заново.</translation>
    </message>
    <message>
      <source>The district server's certificate is not the one this computer was given, so nothing was sent. Tell the district administrator.</source>
      <translation>Сертификат районного сервера не тот, что был выдан этому компьютеру, поэтому ничего не отправлено. Сообщите администратору района.</translation>
    </message>
    <message>
      <source>The district server has a problem (error {status}). Try again later; nothing is lost.</source>
      <translation>На районном сервере неполадка (ошибка {status}). Попробуйте позже; ничего не потеряно.</translation>
    </message>
    <message>
      <source>The district server refused the request ({reason}). Tell the district administrator.</source>
      <translation>Районный сервер отклонил запрос ({reason}). Сообщите администратору района.</translation>
    </message>
    <message>
      <source>The clock of this computer is {minutes} minutes off the district server's. Set the correct date and time, then synchronise again.</source>
      <translation>Часы этого компьютера расходятся с часами районного сервера на {minutes} мин. Установите правильные дату и время и синхронизируйте снова.</translation>
    </message>
    <message>
      <source>The enrolment code is wrong, already used or expired: ask the district administrator for a new one.</source>
      <translation>Код подключения неверен, уже использован или просрочен: попросите у администратора района новый.</translation>
    </message>
    <message>
      <source>This computer is already enrolled with {server}. Enrol it again only if the district administrator asks you to.</source>
      <translation>Этот компьютер уже подключён к {server}. Подключайте его заново, только если об этом просит администратор района.</translation>
    </message>
    <message>
      <source>This computer is not enrolled with the district server yet: enrol it with the code the district gives you.</source>
      <translation>Этот компьютер ещё не подключён к районному серверу: подключите его кодом, который выдаёт район.</translation>
    </message>
    <message>
      <source>The server's address must begin with https://: over plain http:// the district's data would cross the network unencrypted. Enter the address the district gave you.</source>
      <translation>Адрес сервера должен начинаться с https://: по обычному http:// данные района шли бы по сети незашифрованными. Введите адрес, который дал район.</translation>
    </message>
    <message>
      <source>The district server sent an answer this version of Qadam cannot read. Try again later; nothing is lost.</source>
      <translation>Районный сервер прислал ответ, который эта версия Qadam не может прочитать. Попробуйте позже; ничего не потеряно.</translation>
    </message>
    <message>
      <source>Synchronisation was stopped. Everything done until then is kept.</source>
      <translation>Синхронизация остановлена. Всё, что было сделано до этого, сохранено.</translation>
    </message>
    <message>
      <source>This conflict is no longer open.</source>
      <translation>Этот конфликт уже не открыт.</translation>
    </message>
    <message>
      <source>synchronise with the district</source>
      <translation>синхронизировать с районом</translation>
    </message>
    <message>
      <source>enrol this computer with the district</source>
      <translation>подключить этот компьютер к району</translation>
    </message>
    <message>
      <source>resolve a synchronisation conflict</source>
      <translation>разрешить конфликт синхронизации</translation>
    </message>
    <message>
      <source>The bundle {bundle_id} was made by {sender}, whose permission to synchronise has been withdrawn, so it was not imported. Ask the district administrator.</source>
      <translation>Пакет {bundle_id} создан устройством {sender}, у которого отозвано право синхронизации, поэтому он не загружен. Обратитесь к администратору района.</translation>
    </message>
    <message>
      <source>The bundle {bundle_id} is not the kind imported here: a computer's bundle is imported at the district, and the district's answer on the computer. Nothing was imported.</source>
      <translation>Пакет {bundle_id} не того вида, что загружается здесь: пакет компьютера загружают в районе, а ответ района — на компьютере. Ничего не загружено.</translation>
    </message>
    <message>
      <source>The bundle {bundle_id} is older than one already imported from {sender}, so it was not imported: what it carries arrived with the newer one.</source>
      <translation>Пакет {bundle_id} старше уже загруженного пакета от {sender}, поэтому он не загружен: всё, что в нём было, пришло с более новым.</translation>
    </message>
    <message>
      <source>The bundle {bundle_id} does not answer a bundle made on this computer, so it was not imported.</source>
      <translation>Пакет {bundle_id} не является ответом на пакет, созданный на этом компьютере, поэтому он не загружен.</translation>
    </message>
    <message>
      <source>The bundle could not be written: the disk or USB stick is full. Nothing was changed and nothing is lost; free some space or use another stick, then export again.</source>
      <translation>Пакет не записан: диск или USB-накопитель заполнен. Ничего не изменено и ничего не потеряно; освободите место или возьмите другой накопитель и экспортируйте снова.</translation>
    </message>
    <message>
      <source>The bundle could not be written there: the folder does not exist, or it is read-only. Nothing was changed and nothing is lost; choose another place.</source>
      <translation>Пакет не удалось записать туда: папки нет или она только для чтения. Ничего не изменено и ничего не потеряно; выберите другое место.</translation>
    </message>
    <message>
      <source>The bundle file cannot be read: it is missing, or the USB stick was removed. Nothing was imported; insert the stick and choose the file again.</source>
      <translation>Файл пакета не читается: его нет или USB-накопитель извлечён. Ничего не загружено; вставьте накопитель и выберите файл снова.</translation>
    </message>
    <message>
      <source>This database has no recovery key from the district, so the district cannot recover it. Enrol the computer with the district server (or create the database with the district&apos;s recovery key) while the passphrase is still known.</source>
      <translation>В этой базе данных нет ключа восстановления района, поэтому район не сможет её восстановить. Пока парольная фраза известна, зарегистрируйте компьютер на сервере района (или создайте базу данных с ключом восстановления района).</translation>
    </message>
    <message>
      <source>{path} is not a Qadam recovery file. Check that you chose the right file.</source>
      <translation>{path} не является файлом восстановления Qadam. Проверьте, тот ли файл выбран.</translation>
    </message>
    <message>
      <source>The recovery file {path} was changed or damaged on the way, so it was refused and nothing was changed. Ask the district centre for the file again.</source>
      <translation>Файл восстановления {path} был изменён или повреждён в пути, поэтому он отклонён и ничего не изменено. Попросите файл в районном центре ещё раз.</translation>
    </message>
    <message>
      <source>No recovery request is waiting on this computer: this response was already used, or the request was made on another computer. Make a new request if you still need one.</source>
      <translation>На этом компьютере нет запроса на восстановление, ожидающего ответа: этот ответ уже использован или запрос сделан на другом компьютере. Если нужно, сделайте новый запрос.</translation>
    </message>
    <message>
      <source>This response answers another recovery request (another computer, or an older request from this one), so nothing was changed. Use the response to the latest request.</source>
      <translation>Этот ответ относится к другому запросу на восстановление (другого компьютера или более старому запросу этого), поэтому ничего не изменено. Используйте ответ на последний запрос.</translation>
    </message>
    <message>
      <source>This response is not signed by your district&apos;s server, so it was refused and nothing was changed.</source>
      <translation>Этот ответ не подписан сервером вашего района, поэтому он отклонён и ничего не изменено.</translation>
    </message>
    <message>
      <source>There is no backup file at {path}.</source>
      <translation>Файла резервной копии {path} нет.</translation>
    </message>
    <message>
      <source>{path} is not a Qadam backup. Nothing was changed.</source>
      <translation>{path} — не резервная копия Qadam. Ничего не изменено.</translation>
    </message>
    <message>
      <source>The backup {path} is damaged ({reason}). Nothing was changed. Use another backup.</source>
      <translation>Резервная копия {path} повреждена ({reason}). Ничего не изменено. Используйте другую копию.</translation>
    </message>
    <message>
      <source>The backup {path} belongs to another database, not to this one. Nothing was changed.</source>
      <translation>Резервная копия {path} относится к другой базе данных, не к этой. Ничего не изменено.</translation>
    </message>
    <message>
      <source>The backup folder {path} cannot be reached (is the USB stick plugged in?). Nothing was lost, and the backups already there are untouched.</source>
      <translation>Папка резервных копий {path} недоступна (вставлен ли USB-накопитель?). Ничего не потеряно, прежние копии в ней не тронуты.</translation>
    </message>
    <message>
      <source>There is no room for the backup in {path}. Nothing was lost, and the backups already there are untouched. Free some space or choose another folder.</source>
      <translation>В {path} нет места для резервной копии. Ничего не потеряно, прежние копии в ней не тронуты. Освободите место или выберите другую папку.</translation>
    </message>
    <message>
      <source>its header does not match its checksum</source>
      <translation>её заголовок не совпадает с контрольной суммой</translation>
    </message>
    <message>
      <source>its header is unreadable</source>
      <translation>её заголовок не читается</translation>
    </message>
    <message>
      <source>its key file is unreadable</source>
      <translation>её файл ключей не читается</translation>
    </message>
    <message>
      <source>its key file belongs to another one</source>
      <translation>её файл ключей относится к другой базе</translation>
    </message>
    <message>
      <source>its contents do not match their checksum</source>
      <translation>её содержимое не совпадает с контрольной суммой</translation>
    </message>
    <message>
      <source>its database does not open</source>
      <translation>её база данных не открывается</translation>
    </message>
    <message>
      <source>its database fails the integrity check</source>
      <translation>её база данных не проходит проверку целостности</translation>
    </message>
    <message>
      <source>its audit trail is broken</source>
      <translation>её журнал аудита нарушен</translation>
    </message>
    <message>
      <source>The key file {path} is there and readable: there is nothing to restore. Unlock with your passphrase; if it is forgotten, use “Forgot passphrase?”.</source>
      <translation>Файл ключей {path} на месте и читается: восстанавливать нечего. Откройте базу своей парольной фразой; если она забыта, нажмите «Забыли парольную фразу?».</translation>
    </message>
  </context>
</TS>