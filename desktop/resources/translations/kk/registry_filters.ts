<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ" sourcelanguage="en">
<context>
    <name>RegistryFilterBar</name>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="104"/>
        <source>Filters: {count} active</source>
        <translation>Сүзгілер: {count} белсенді</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="106"/>
        <source>No filters</source>
        <translation>Сүзгі жоқ</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="113"/>
        <source>1: training and employment</source>
        <translation>1: оқыту және жұмысқа орналастыру</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="114"/>
        <source>2: entrepreneurship</source>
        <translation>2: кәсіпкерлік</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="115"/>
        <source>3: labour mobility</source>
        <translation>3: еңбек ұтқырлығы</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="116"/>
        <source>4: rural development</source>
        <translation>4: ауылдық елді мекендерді дамыту</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="119"/>
        <source>rural youth</source>
        <translation>ауыл жастары</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="120"/>
        <source>rural women</source>
        <translation>ауыл әйелдері</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="121"/>
        <source>rural residents</source>
        <translation>ауыл тұрғындары</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="122"/>
        <source>women</source>
        <translation>әйелдер</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="123"/>
        <source>disabled people</source>
        <translation>мүгедектер</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="137"/>
        <source>&amp;Direction:</source>
        <translation>&amp;Бағыт:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="138"/>
        <source>Case s&amp;tate:</source>
        <translation>Іс &amp;күйі:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="139"/>
        <source>Cate&amp;gory:</source>
        <translation>Сана&amp;ты:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="140"/>
        <source>Pr&amp;iority:</source>
        <translation>Басым&amp;дық:</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="143"/>
        <source>People with a case under this direction</source>
        <translation>Осы бағыт бойынша ісі бар адамдар</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="144"/>
        <source>People with a case in this state (with a direction: the same case)</source>
        <translation>Ісі осы күйдегі адамдар (бағытпен бірге: сол бір іс)</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="146"/>
        <source>People in this group of §4.3.1</source>
        <translation>§4.3.1 бойынша осы топтағы адамдар</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="147"/>
        <source>Priority groups of the eligibility rules, as on today</source>
        <translation>Құқықтылық ережелеріндегі басым топтар, бүгінгі күнге</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="155"/>
        <source>any</source>
        <translation>кез келген</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="163"/>
        <source>Clear filters</source>
        <translation>Сүзгілерді тазалау</translation>
    </message>
    <message>
        <location filename="../../../desktop/ui/registry_filters.py" line="164"/>
        <source>Clear every filter ({shortcut})</source>
        <translation>Барлық сүзгіні тазалау ({shortcut})</translation>
    </message>
</context>
</TS>
