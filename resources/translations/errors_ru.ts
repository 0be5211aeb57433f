<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
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
            <source>The key file {path} beside the database is missing. Restore it from the backup (it is always copied together with the database) or ask the district centre to recover access.</source>
            <translation>Рядом с базой данных нет файла ключей {path}. Восстановите его из резервной копии (он всегда копируется вместе с базой данных) или обратитесь в районный центр, чтобы восстановить доступ.</translation>
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
    </context>
</TS>
