<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>HouseholdText</name>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="59"/>
        <source>head of the household</source>
        <translation>глава домохозяйства</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="60"/>
        <source>spouse</source>
        <translation>супруг(а)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="61"/>
        <source>child</source>
        <translation>ребёнок</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="62"/>
        <source>parent</source>
        <translation>родитель</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="63"/>
        <source>brother or sister</source>
        <translation>брат или сестра</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="64"/>
        <source>grandchild</source>
        <translation>внук или внучка</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="65"/>
        <source>grandparent</source>
        <translation>дедушка или бабушка</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="66"/>
        <source>other relative</source>
        <translation>другой родственник</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="70"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="70"/>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="70"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="70"/>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="71"/>
        <location filename="../../../desktop/ui/household_tab.py" line="127"/>
        <source>Relation</source>
        <translation>Родство</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="71"/>
        <source>Working age</source>
        <translation>Трудоспособный возраст</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="71"/>
        <source>Disabled</source>
        <translation>Инвалидность</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="72"/>
        <source>Socially significant disease</source>
        <translation>Социально значимое заболевание</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="75"/>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="75"/>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="78"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="78"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="81"/>
        <source>Ho&amp;usehold ({size})</source>
        <translation>Домо&amp;хозяйство ({size})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="84"/>
        <source>&amp;Low-income family (§4.3.1, §6)</source>
        <translation>&amp;Малообеспеченная семья (§4.3.1, §6)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="87"/>
        <source>Receives targeted social assistance, АСП (§6)</source>
        <translation>Получает адресную социальную помощь, АСП (§6)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="91"/>
        <source>Household of {size}: {working} of working age, {disabled} disabled, {disease} with a socially significant disease</source>
        <translation>В домохозяйстве {size} чел.: трудоспособного возраста — {working}, с инвалидностью — {disabled}, с социально значимым заболеванием — {disease}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="97"/>
        <source>No household recorded yet: add the first member below.</source>
        <translation>Домохозяйство ещё не записано: добавьте первого члена ниже.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="101"/>
        <source>§6: this family gets АСП under the general legislation, not tied to taking part (no member of working age, or a member who is disabled or has a socially significant disease).</source>
        <translation>§6: семья получает АСП на общих основаниях, без условия участия (нет членов трудоспособного возраста либо есть член с инвалидностью или социально значимым заболеванием).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="104"/>
        <source>§6: working-age members of this low-income family get АСП only while they take part; refusing or breaking the social contract suspends that person&apos;s payment, the family keeps its right.</source>
        <translation>§6: трудоспособные члены этой малообеспеченной семьи получают АСП только при участии в Программе; при отказе или невыполнении социального контракта выплата этому члену приостанавливается, право семьи сохраняется.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="109"/>
        <source>Save the applicant first; then add the household members.</source>
        <translation>Сначала сохраните заявителя, затем добавьте членов домохозяйства.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="112"/>
        <source>Add a member:</source>
        <translation>Добавить члена:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="115"/>
        <source>Me&amp;mber&apos;s IIN</source>
        <translation>ИИН &amp;члена</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="118"/>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="121"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="124"/>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="130"/>
        <source>Add member</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="133"/>
        <source>&amp;Remove member</source>
        <translation>&amp;Убрать из домохозяйства</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="136"/>
        <source>Enter adds the member · F2 changes the relation · Space ticks · Delete removes the selected member</source>
        <translation>Enter — добавить члена · F2 — изменить родство · Пробел — отметить · Delete — убрать выбранного члена</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="140"/>
        <source>{count} of 12 digits</source>
        <translation>{count} из 12 цифр</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="143"/>
        <source>New person: born {date}, {sex}. Type the names.</source>
        <translation>Новый человек: дата рождения {date}, пол: {sex}. Введите ФИО.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="147"/>
        <source>{name} is already in the database: adding links that person, nobody is registered twice.</source>
        <translation>{name} уже есть в базе: при добавлении будет связан этот человек, повторной регистрации не будет.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="151"/>
        <source>{name} is already a member of another household.</source>
        <translation>{name} уже состоит в другом домохозяйстве.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="155"/>
        <source>{name} was already in the database and is now linked to this household (not registered twice).</source>
        <translation>{name} уже был(а) в базе и теперь связан(а) с этим домохозяйством (повторно не зарегистрирован(а)).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="157"/>
        <source>{name} was added to the household.</source>
        <translation>{name} добавлен(а) в домохозяйство.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="160"/>
        <source>{name} was removed from the household; the person stays in the database.</source>
        <translation>{name} убран(а) из домохозяйства; человек остаётся в базе.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="164"/>
        <source>Remove the member?</source>
        <translation>Убрать члена домохозяйства?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="167"/>
        <source>Remove {name} from this household? The person stays in the database.</source>
        <translation>Убрать {name} из этого домохозяйства? Человек останется в базе.</translation>
    </message>
</context>
</TS>
