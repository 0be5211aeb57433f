<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>HouseholdText</name>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="60"/>
        <source>head of the household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="61"/>
        <source>spouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="62"/>
        <source>child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="63"/>
        <source>parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="64"/>
        <source>brother or sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="65"/>
        <source>grandchild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="66"/>
        <source>grandparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="67"/>
        <source>other relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="71"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="71"/>
        <source>IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="71"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="71"/>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="72"/>
        <location filename="../../../desktop/ui/household_tab.py" line="128"/>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="72"/>
        <source>Working age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="72"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="73"/>
        <source>Socially significant disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="76"/>
        <source>male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="76"/>
        <source>female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="79"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="79"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="82"/>
        <source>Ho&amp;usehold ({size})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="85"/>
        <source>&amp;Low-income family (§4.3.1, §6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="88"/>
        <source>Receives targeted social assistance, АСП (§6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="92"/>
        <source>Household of {size}: {working} of working age, {disabled} disabled, {disease} with a socially significant disease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="98"/>
        <source>No household recorded yet: add the first member below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="102"/>
        <source>§6: this family gets АСП under the general legislation, not tied to taking part (no member of working age, or a member who is disabled or has a socially significant disease).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="105"/>
        <source>§6: working-age members of this low-income family get АСП only while they take part; refusing or breaking the social contract suspends that person&apos;s payment, the family keeps its right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="110"/>
        <source>Save the applicant first; then add the household members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="113"/>
        <source>Add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="116"/>
        <source>Me&amp;mber&apos;s IIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="119"/>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="122"/>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="125"/>
        <source>Patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="131"/>
        <source>Add member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="134"/>
        <source>&amp;Remove member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="137"/>
        <source>Enter adds the member · F2 changes the relation · Space ticks · Delete removes the selected member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="141"/>
        <source>{count} of 12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="144"/>
        <source>New person: born {date}, {sex}. Type the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="148"/>
        <source>{name} is already in the database: adding links that person, nobody is registered twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="152"/>
        <source>{name} is already a member of another household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="156"/>
        <source>{name} was already in the database and is now linked to this household (not registered twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="158"/>
        <source>{name} was added to the household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="161"/>
        <source>{name} was removed from the household; the person stays in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="165"/>
        <source>Remove the member?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="168"/>
        <source>Remove {name} from this household? The person stays in the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
