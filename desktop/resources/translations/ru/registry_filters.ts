<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
<context>
    <name>RegistryFilterBar</name>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="104"/>
        <source>Filters: {count} active</source>
        <translation>Фильтры: активно {count}</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="106"/>
        <source>No filters</source>
        <translation>Без фильтров</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="113"/>
        <source>1: training and employment</source>
        <translation>1: обучение и трудоустройство</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="114"/>
        <source>2: entrepreneurship</source>
        <translation>2: предпринимательство</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="115"/>
        <source>3: labour mobility</source>
        <translation>3: мобильность трудовых ресурсов</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="116"/>
        <source>4: rural development</source>
        <translation>4: развитие сельских населённых пунктов</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="119"/>
        <source>rural youth</source>
        <translation>сельская молодёжь</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="120"/>
        <source>rural women</source>
        <translation>сельские женщины</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="121"/>
        <source>rural residents</source>
        <translation>сельские жители</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="122"/>
        <source>women</source>
        <translation>женщины</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="123"/>
        <source>disabled people</source>
        <translation>инвалиды</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="137"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Направление:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="138"/>
        <source>Case s&amp;tate:</source>
        <translation>&amp;Статус дела:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="139"/>
        <source>Cate&amp;gory:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="140"/>
        <source>Pr&amp;iority:</source>
        <translation>П&amp;риоритет:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="143"/>
        <source>People with a case under this direction</source>
        <translation>Люди с делом по этому направлению</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="144"/>
        <source>People with a case in this state (with a direction: the same case)</source>
        <translation>Люди с делом в этом статусе (вместе с направлением: то же дело)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="146"/>
        <source>People in this group of §4.3.1</source>
        <translation>Люди из этой группы §4.3.1</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="147"/>
        <source>Priority groups of the eligibility rules, as on today</source>
        <translation>Приоритетные группы правил отбора, на сегодня</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="155"/>
        <source>any</source>
        <translation>все</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="163"/>
        <source>Clear filters</source>
        <translation>Сбросить фильтры</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="164"/>
        <source>Clear every filter ({shortcut})</source>
        <translation>Сбросить все фильтры ({shortcut})</translation>
    </message>
</context>
</TS>
