<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>SyncText</name>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="44"/>
        <source>Never synced</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="48"/>
        <source>Synced just now</source>
        <translation>Синхронизировано только что</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="50"/>
        <source>Synced {count} min ago</source>
        <translation>Синхронизировано {count} мин назад</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="53"/>
        <source>Synced {count} h ago</source>
        <translation>Синхронизировано {count} ч назад</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="54"/>
        <source>Synced {count} d ago</source>
        <translation>Синхронизировано {count} дн. назад</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="66"/>
        <source>{count} d</source>
        <translation>{count} дн.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="68"/>
        <source>{count} h</source>
        <translation>{count} ч</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="69"/>
        <source>{count} min</source>
        <translation>{count} мин</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="74"/>
        <source>Clock {amount} ahead</source>
        <translation>Часы спешат на {amount}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="75"/>
        <source>Clock {amount} behind</source>
        <translation>Часы отстают на {amount}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="82"/>
        <source>The computer&apos;s clock is {amount} ahead: fix the date and time</source>
        <translation>Часы компьютера спешат на {amount}: исправьте дату и время</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="84"/>
        <source>The computer&apos;s clock is {amount} behind: fix the date and time</source>
        <translation>Часы компьютера отстают на {amount}: исправьте дату и время</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="89"/>
        <source>Not sent: {count}</source>
        <translation>Не отправлено: {count}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="92"/>
        <source>Rejected: {count}</source>
        <translation>Отклонено: {count}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="95"/>
        <source>Conflicts: {count}</source>
        <translation>Конфликты: {count}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="98"/>
        <source>Not connected to the district</source>
        <translation>Не подключено к району</translation>
    </message>
    <message>
        <source>Access withdrawn: enrol again</source>
        <translation>Доступ отозван: зарегистрируйтесь заново</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="101"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="104"/>
        <source>Sync with the district: click or press F9 for details</source>
        <translation>Синхронизация с районом: нажмите сюда или F9 для подробностей</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="109"/>
        <source>Sending changes to the district</source>
        <translation>Отправка изменений в район</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="110"/>
        <source>Receiving changes from the district</source>
        <translation>Получение изменений из района</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="111"/>
        <source>Checking that both sides agree</source>
        <translation>Проверка, что данные совпадают с районом</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="112"/>
        <source>Connecting to the district server</source>
        <translation>Подключение к районному серверу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="116"/>
        <source>Stopping after this batch…</source>
        <translation>Остановка после этой порции…</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="121"/>
        <source>Rejected: {reason}</source>
        <translation>Отклонено: {reason}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="123"/>
        <location filename="../../../desktop/ui/sync_text.py" line="124"/>
        <source>Not yet sent</source>
        <translation>Ещё не отправлено</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="125"/>
        <source>Sent, waiting for the district</source>
        <translation>Отправлено, ждёт ответа района</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="126"/>
        <source>Accepted by the district</source>
        <translation>Принято районом</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="130"/>
        <source>Sync: {state}</source>
        <translation>Синхронизация: {state}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="134"/>
        <source>the record belongs to another okrug</source>
        <translation>запись относится к другому округу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="135"/>
        <source>only the district may change this</source>
        <translation>это может изменить только район</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="136"/>
        <source>a signed legal act cannot be changed</source>
        <translation>подписанный правовой акт нельзя изменить</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="137"/>
        <source>the district does not know this kind of record</source>
        <translation>район не знает такой вид записи</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="138"/>
        <source>the value is not valid</source>
        <translation>значение недопустимо</translation>
    </message>
    <message>
        <source>a value breaks the shared rules (type, length or format)</source>
        <translation>значение нарушает общие правила (тип, длина или формат)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="139"/>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="144"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="145"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="146"/>
        <location filename="../../../desktop/ui/sync_text.py" line="147"/>
        <source>Household member</source>
        <translation>Член семьи</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="148"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="149"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="150"/>
        <source>Payment</source>
        <translation>Выплата</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="151"/>
        <source>Social contract</source>
        <translation>Социальный контракт</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="152"/>
        <source>Monitoring visit</source>
        <translation>Мониторинговый визит</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="153"/>
        <source>Sanction</source>
        <translation>Санкция</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="154"/>
        <location filename="../../../desktop/ui/sync_text.py" line="170"/>
        <source>Settlement</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="155"/>
        <source>Employer</source>
        <translation>Работодатель</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="156"/>
        <source>Vacancy</source>
        <translation>Вакансия</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="157"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="164"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="165"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="166"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="167"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="168"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="169"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="171"/>
        <source>Citizenship</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="172"/>
        <source>Specialty</source>
        <translation>Специальность</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="173"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="174"/>
        <source>Measure</source>
        <translation>Мера</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="175"/>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="180"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="188"/>
        <source>Contact the district: this person is also registered in another okrug ({okrug})</source>
        <translation>Обратитесь в район: этот человек зарегистрирован и в другом округе ({okrug})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="190"/>
        <source>Contact the district: this person is also registered in another okrug</source>
        <translation>Обратитесь в район: этот человек зарегистрирован и в другом округе</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="195"/>
        <source>Rural okrug</source>
        <translation>Сельский округ</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/sync_text.py" line="196"/>
        <source>Whole district</source>
        <translation>Весь район</translation>
    </message>
</context>
</TS>
