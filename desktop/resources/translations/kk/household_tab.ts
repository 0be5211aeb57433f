<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>HouseholdText</name>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="59"/>
        <source>head of the household</source>
        <translation>үй шаруашылығының басшысы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="60"/>
        <source>spouse</source>
        <translation>жұбайы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="61"/>
        <source>child</source>
        <translation>баласы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="62"/>
        <source>parent</source>
        <translation>ата-анасы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="63"/>
        <source>brother or sister</source>
        <translation>бауыры немесе әпке-сіңлісі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="64"/>
        <source>grandchild</source>
        <translation>немересі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="65"/>
        <source>grandparent</source>
        <translation>атасы немесе әжесі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="66"/>
        <source>other relative</source>
        <translation>басқа туысы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="70"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="70"/>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="70"/>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="70"/>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="71"/>
        <location filename="../../../desktop/ui/household_tab.py" line="127"/>
        <source>Relation</source>
        <translation>Туыстығы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="71"/>
        <source>Working age</source>
        <translation>Еңбекке қабілетті жаста</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="71"/>
        <source>Disabled</source>
        <translation>Мүгедектігі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="72"/>
        <source>Socially significant disease</source>
        <translation>Әлеуметтік мәні бар ауру</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="75"/>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="75"/>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="78"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="78"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="81"/>
        <source>Ho&amp;usehold ({size})</source>
        <translation>Үй &amp;шаруашылығы ({size})</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="84"/>
        <source>&amp;Low-income family (§4.3.1, §6)</source>
        <translation>А&amp;з қамтамасыз етілген отбасы (§4.3.1, §6)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="87"/>
        <source>Receives targeted social assistance, АСП (§6)</source>
        <translation>Атаулы әлеуметтік көмек (АӘК) алады (§6)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="91"/>
        <source>Household of {size}: {working} of working age, {disabled} disabled, {disease} with a socially significant disease</source>
        <translation>Үй шаруашылығында {size} адам: еңбекке қабілетті жаста — {working}, мүгедектігі бар — {disabled}, әлеуметтік мәні бар ауруы бар — {disease}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="97"/>
        <source>No household recorded yet: add the first member below.</source>
        <translation>Үй шаруашылығы әлі жазылмаған: төменде бірінші мүшесін қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="101"/>
        <source>§6: this family gets АСП under the general legislation, not tied to taking part (no member of working age, or a member who is disabled or has a socially significant disease).</source>
        <translation>§6: отбасы АӘК-ті жалпы негізде, қатысу шартынсыз алады (еңбекке қабілетті жастағы мүшесі жоқ немесе мүгедектігі не әлеуметтік мәні бар ауруы бар мүшесі бар).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="104"/>
        <source>§6: working-age members of this low-income family get АСП only while they take part; refusing or breaking the social contract suspends that person&apos;s payment, the family keeps its right.</source>
        <translation>§6: осы аз қамтамасыз етілген отбасының еңбекке қабілетті мүшелері АӘК-ті Бағдарламаға қатысқан кезде ғана алады; әлеуметтік келісімшарттан бас тартса немесе оны орындамаса, сол адамға төлем тоқтатылады, отбасының құқығы сақталады.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="109"/>
        <source>Save the applicant first; then add the household members.</source>
        <translation>Алдымен өтініш берушіні сақтаңыз, содан кейін үй шаруашылығының мүшелерін қосыңыз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="112"/>
        <source>Add a member:</source>
        <translation>Мүше қосу:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="115"/>
        <source>Me&amp;mber&apos;s IIN</source>
        <translation>Мүшенің &amp;ЖСН</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="118"/>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="121"/>
        <source>First name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="124"/>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="130"/>
        <source>Add member</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="133"/>
        <source>&amp;Remove member</source>
        <translation>Үй шаруашылығынан &amp;шығару</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="136"/>
        <source>Enter adds the member · F2 changes the relation · Space ticks · Delete removes the selected member</source>
        <translation>Enter — мүшені қосу · F2 — туыстығын өзгерту · Бос орын — белгілеу · Delete — таңдалған мүшені шығару</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="140"/>
        <source>{count} of 12 digits</source>
        <translation>12 цифрдың {count}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="143"/>
        <source>New person: born {date}, {sex}. Type the names.</source>
        <translation>Жаңа адам: туған күні {date}, жынысы: {sex}. Аты-жөнін жазыңыз.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="147"/>
        <source>{name} is already in the database: adding links that person, nobody is registered twice.</source>
        <translation>{name} дерекқорда бар: қосқанда осы адам байланыстырылады, ешкім екі рет тіркелмейді.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="151"/>
        <source>{name} is already a member of another household.</source>
        <translation>{name} басқа үй шаруашылығының мүшесі.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="155"/>
        <source>{name} was already in the database and is now linked to this household (not registered twice).</source>
        <translation>{name} дерекқорда бар еді, енді осы үй шаруашылығына байланыстырылды (екі рет тіркелген жоқ).</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="157"/>
        <source>{name} was added to the household.</source>
        <translation>{name} үй шаруашылығына қосылды.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="160"/>
        <source>{name} was removed from the household; the person stays in the database.</source>
        <translation>{name} үй шаруашылығынан шығарылды; адам дерекқорда қалады.</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="164"/>
        <source>Remove the member?</source>
        <translation>Мүшені шығару керек пе?</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/household_tab.py" line="167"/>
        <source>Remove {name} from this household? The person stays in the database.</source>
        <translation>{name} осы үй шаруашылығынан шығарылсын ба? Адам дерекқорда қалады.</translation>
    </message>
</context>
</TS>
