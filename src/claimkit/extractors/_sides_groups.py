"""The armed groups as sides: :data:`ARMED_GROUPS` (group, force or alias -> canonical name)
and the labels they are registered under (:func:`labelled`: a group known by the acronym of its
initials as "Rapid Support Forces (RSF)").
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

import regex

#: Armed group, force or alias -> canonical name of the group.
ARMED_GROUPS: Final[tuple[tuple[str, str], ...]] = (
    ("Taliban", "Taliban"), ("Afghan Taliban", "Taliban"), ("Islamic Emirate", "Taliban"),
    ("TTP", "Tehreek-e-Taliban Pakistan"), ("Tehreek-e-Taliban Pakistan", "Tehreek-e-Taliban Pakistan"),
    ("Tehrik-i-Taliban Pakistan", "Tehreek-e-Taliban Pakistan"),
    ("Tehreek-i-Taliban Pakistan", "Tehreek-e-Taliban Pakistan"),
    ("Tehrik-e-Taliban Pakistan", "Tehreek-e-Taliban Pakistan"),
    ("Pakistani Taliban", "Tehreek-e-Taliban Pakistan"), ("Pakistan Taliban", "Tehreek-e-Taliban Pakistan"),
    ("Islamic State", "Islamic State"), ("ISIS", "Islamic State"), ("ISIL", "Islamic State"),
    ("IS", "Islamic State"), ("Daesh", "Islamic State"), ("Daish", "Islamic State"),
    # (the group's own name, whose initials readers know it by: "... Province (ISKP)")
    ("ISIS-K", "Islamic State Khorasan Province"), ("ISKP", "Islamic State Khorasan Province"),
    ("Islamic State Khorasan", "Islamic State Khorasan Province"),
    ("Islamic State Khorasan Province", "Islamic State Khorasan Province"),
    ("IS-Khorasan", "Islamic State Khorasan Province"), ("IS-K", "Islamic State Khorasan Province"),
    ("ISIS-Khorasan", "Islamic State Khorasan Province"),
    ("Islamic State-Khorasan", "Islamic State Khorasan Province"),
    ("Islamic State in Khorasan", "Islamic State Khorasan Province"),
    ("ISWAP", "Islamic State West Africa Province"),
    ("Islamic State West Africa Province", "Islamic State West Africa Province"),
    ("ISGS", "Islamic State Sahel"), ("Islamic State in the Greater Sahara", "Islamic State Sahel"),
    ("al-Shabaab", "al-Shabaab"), ("al-Shabab", "al-Shabaab"), ("Al Shabaab", "al-Shabaab"),
    ("Al Shabab", "al-Shabaab"), ("Shabaab", "al-Shabaab"),
    ("Boko Haram", "Boko Haram"), ("JAS", "Boko Haram"),
    ("Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "Boko Haram"),
    ("JNIM", "JNIM"), ("Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"),
    ("al-Qaeda", "al-Qaeda"), ("al-Qaida", "al-Qaeda"), ("Al Qaeda", "al-Qaeda"), ("AQAP", "al-Qaeda"),
    ("AQIM", "al-Qaeda"),
    ("Hamas", "Hamas"), ("Qassam Brigades", "Hamas"), ("Islamic Jihad", "Palestinian Islamic Jihad"),
    ("Hezbollah", "Hezbollah"), ("Hizbollah", "Hezbollah"), ("Hizbullah", "Hezbollah"),
    ("Houthi", "Houthis"), ("Houthis", "Houthis"), ("Ansar Allah", "Houthis"),
    ("RSF", "Rapid Support Forces"), ("Rapid Support Forces", "Rapid Support Forces"),
    # (Sudan's state media: "the terrorist Rapid Support militia", "the Dagalo militia", after
    # its leader's family name)
    ("Rapid Support", "Rapid Support Forces"), ("Dagalo militia", "Rapid Support Forces"),
    ("SAF", "Sudanese Armed Forces"), ("Sudanese Armed Forces", "Sudanese Armed Forces"),
    ("M23", "M23"), ("March 23 Movement", "M23"),
    ("ADF", "Allied Democratic Forces"), ("Allied Democratic Forces", "Allied Democratic Forces"),
    ("MNDAA", "MNDAA"), ("Arakan Army", "Arakan Army"), ("AA", "Arakan Army"),
    ("KIA", "Kachin Independence Army"),
    ("Kachin Independence Army", "Kachin Independence Army"),
    ("PDF", "People's Defence Force"), ("People's Defence Force", "People's Defence Force"),
    # (the Africa Corps, which took over Wagner's units in Africa, answers to Russia's defence ministry)
    ("Wagner", "Wagner Group"), ("Wagner Group", "Wagner Group"), ("Africa Corps", "Russia"),
    # Russians fighting on Ukraine's side
    ("Russian Volunteer Corps", "Russian Volunteer Corps"), ("RDK", "Russian Volunteer Corps"),
    ("Freedom of Russia Legion", "Freedom of Russia Legion"),
    ("PKK", "PKK"), ("Kurdistan Workers' Party", "PKK"),
    ("SDF", "Syrian Democratic Forces"), ("Syrian Democratic Forces", "Syrian Democratic Forces"),
    ("YPG", "YPG"), ("HTS", "Hayat Tahrir al-Sham"), ("Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham"),
    ("IDF", "Israel"), ("Israel Defense Forces", "Israel"),
    ("Peshmerga", "Kurdistan Region"), ("PMF", "Popular Mobilization Forces"),
    ("Popular Mobilization Forces", "Popular Mobilization Forces"),
    ("BLA", "Balochistan Liberation Army"), ("Balochistan Liberation Army", "Balochistan Liberation Army"),
    ("Baloch Liberation Army", "Balochistan Liberation Army"),
    ("Baloch Liberation Front", "Balochistan Liberation Front"),
    ("Lashkar-e-Taiba", "Lashkar-e-Taiba"), ("LeT", "Lashkar-e-Taiba"),
    ("Jaish-e-Mohammed", "Jaish-e-Mohammed"), ("Hizbul Mujahideen", "Hizbul Mujahideen"),
    # (India's Maoists under their party's name, as conflict data sets code them)
    ("Maoist", "CPI (Maoist)"), ("Maoists", "CPI (Maoist)"), ("Naxal", "CPI (Maoist)"),
    ("Naxalite", "CPI (Maoist)"), ("CPI (Maoist)", "CPI (Maoist)"), ("CPI-Maoist", "CPI (Maoist)"),
    ("Communist Party of India (Maoist)", "CPI (Maoist)"),
    ("FARC", "FARC"), ("ELN", "ELN"), ("NPA", "New People's Army"),
    ("New People's Army", "New People's Army"),
    ("Abu Sayyaf", "Abu Sayyaf"), ("LTTE", "LTTE"), ("Tamil Tigers", "LTTE"),
    ("ETA", "ETA"), ("IRA", "IRA"), ("Provisional IRA", "IRA"),
    ("Fano", "Fano"), ("TPLF", "TPLF"), ("OLA", "Oromo Liberation Army"),
    # more armed groups and gangs of current conflicts, by region
    ("Islamic State Sahel Province", "Islamic State Sahel"), ("ISSP", "Islamic State Sahel"),
    ("Islamic State Sahel", "Islamic State Sahel"), ("Islamic State in the Sahel", "Islamic State Sahel"),
    ("IS Sahel", "Islamic State Sahel"), ("IS-Sahel", "Islamic State Sahel"),
    ("Islamic State West Africa", "Islamic State West Africa Province"),
    ("IS West Africa", "Islamic State West Africa Province"),
    ("Islamic State Mozambique Province", "Islamic State Mozambique"),
    ("Islamic State Central Africa Province", "Islamic State Central Africa"),
    ("ISCAP", "Islamic State Central Africa"), ("Islamic State Mozambique", "Islamic State Mozambique"),
    ("Ansar al-Sunna", "Ansar al-Sunna"), ("CODECO", "CODECO"), ("Wazalendo", "Wazalendo"),
    ("Mai-Mai", "Mai-Mai"), ("FDLR", "FDLR"), ("Twirwaneho", "Twirwaneho"), ("Red Tabara", "Red Tabara"),
    ("RED-Tabara", "Red Tabara"),
    ("LRA", "Lord's Resistance Army"), ("Lord's Resistance Army", "Lord's Resistance Army"),
    ("3R", "3R"), ("UPC", "Unity for Peace in Central Africa"), ("Ambazonia Defence Forces",
                                                                  "Ambazonia Defence Forces"),
    ("SPLA-IO", "SPLA-IO"), ("SPLM-IO", "SPLA-IO"), ("White Army", "White Army"),
    ("ARSA", "Arakan Rohingya Salvation Army"), ("TNLA", "Ta'ang National Liberation Army"),
    ("Ta'ang National Liberation Army", "Ta'ang National Liberation Army"),
    ("KNU", "Karen National Union"), ("KNLA", "Karen National Union"), ("UWSA", "United Wa State Army"),
    ("BRN", "Barisan Revolusi Nasional"), ("Barisan Revolusi Nasional", "Barisan Revolusi Nasional"),
    ("BIFF", "Bangsamoro Islamic Freedom Fighters"), ("Dawlah Islamiyah", "Dawlah Islamiyah"),
    ("PJAK", "PJAK"), ("KDPI", "KDPI"), ("Jenin Brigade", "Jenin Brigade"),
    ("EMC", "FARC dissidents"), ("Estado Mayor Central", "FARC dissidents"),
    ("Segunda Marquetalia", "FARC dissidents"), ("Estado Mayor de Bloques y Frente", "FARC dissidents"),
    ("EMBF", "FARC dissidents"), ("33rd Front", "FARC dissidents"), ("FARC dissidents", "FARC dissidents"),
    ("FARC dissident", "FARC dissidents"), ("Clan del Golfo", "Clan del Golfo"),
    ("Gulf Clan", "Clan del Golfo"), ("Tren de Aragua", "Tren de Aragua"),
    ("Sinaloa Cartel", "Sinaloa Cartel"), ("CJNG", "Jalisco New Generation Cartel"),
    ("Jalisco New Generation Cartel", "Jalisco New Generation Cartel"),
    ("Los Choneros", "Los Choneros"), ("Los Lobos", "Los Lobos"), ("Viv Ansanm", "Viv Ansanm"),
    ("MS-13", "MS-13"), ("Mara Salvatrucha", "MS-13"),
    # (more groups of current conflicts: gangs and cartels, the Sahel, Sudan and Libya, Yemen,
    # Iraq and Syria, Pakistan and Kashmir, the West Bank, Myanmar and India's north-east)
    ("Barrio 18", "Barrio 18"), ("La Familia Michoacana", "La Familia Michoacana"),
    ("Cárteles Unidos", "Cárteles Unidos"), ("Carteles Unidos", "Cárteles Unidos"),
    ("Gulf Cartel", "Gulf Cartel"),
    ("Cartel del Noreste", "Cartel del Noreste"), ("Los Tlacos", "Los Tlacos"),
    ("400 Mawozo", "400 Mawozo"), ("Gran Grif", "Gran Grif"),
    ("Ansarul Islam", "Ansarul Islam"), ("Lakurawa", "Lakurawa"),
    # (the M23's political front, which speaks for its fighters: one party)
    ("Alliance Fleuve Congo", "M23"), ("AFC", "M23"), ("Congo River Alliance", "M23"),
    ("SPLM-N", "SPLM-N"), ("SPLA-N", "SPLM-N"),
    ("Justice and Equality Movement", "Justice and Equality Movement"),
    ("JEM", "Justice and Equality Movement"),
    # (Haftar's forces: wire reports call them the Libyan National Army, "LNA", more often)
    ("Libyan National Army", "Libyan National Army"), ("LNA", "Libyan National Army"),
    ("Libyan Arab Armed Forces", "Libyan National Army"), ("LAAF", "Libyan National Army"),
    ("Stability Support Apparatus", "Stability Support Apparatus"), ("SSA", "Stability Support Apparatus"),
    ("Radaa", "Radaa"), ("Special Deterrence Force", "Radaa"),
    ("444th Brigade", "444th Brigade"), ("444 Brigade", "444th Brigade"),
    ("444 Combat Brigade", "444th Brigade"), ("Front for Change and Concord in Chad", "FACT"),
    ("FACT", "FACT"),
    ("Southern Transitional Council", "Southern Transitional Council"),
    ("STC", "Southern Transitional Council"), ("Giants Brigades", "Giants Brigades"),
    ("Hurras al-Din", "Hurras al-Din"), ("Kataib Hezbollah", "Kataib Hezbollah"),
    ("Asaib Ahl al-Haq", "Asaib Ahl al-Haq"), ("Syrian National Army", "Syrian National Army"),
    ("Jaish al-Adl", "Jaish al-Adl"), ("Jaysh al-Adl", "Jaish al-Adl"),
    ("Lashkar-e-Jhangvi", "Lashkar-e-Jhangvi"), ("The Resistance Front", "The Resistance Front"),
    ("TRF", "The Resistance Front"), ("Balochistan Liberation Front", "Balochistan Liberation Front"),
    ("BLF", "Balochistan Liberation Front"), ("al-Aqsa Martyrs' Brigades", "al-Aqsa Martyrs' Brigades"),
    ("Lions' Den", "Lions' Den"),
    ("Karenni Army", "Karenni Army"),
    ("Karenni Nationalities Defence Force", "Karenni Nationalities Defence Force"),
    ("KNDF", "Karenni Nationalities Defence Force"), ("Chin National Army", "Chin National Army"),
    ("Chinland Defense Force", "Chinland Defense Force"), ("Kuki National Army", "Kuki National Army"),
    ("ULFA", "ULFA"), ("Macawisley", "Macawisley"), ("ASG", "Abu Sayyaf"), ("Maute", "Dawlah Islamiyah"),
    # (Western Sahara, West Papua, Afghanistan's armed opposition, Ethiopia, Ecuador's gangs;
    # "KKB" is Indonesia's official name for the Papuan fighters)
    ("Polisario", "Polisario Front"), ("Polisario Front", "Polisario Front"),
    ("Sahrawi People's Liberation Army", "Polisario Front"),
    ("TPNPB", "West Papua National Liberation Army"),
    ("West Papua National Liberation Army", "West Papua National Liberation Army"),
    ("TPNPB-OPM", "West Papua National Liberation Army"), ("OPM", "West Papua National Liberation Army"),
    ("Free Papua Movement", "West Papua National Liberation Army"),
    ("KKB", "West Papua National Liberation Army"),
    ("NRF", "National Resistance Front"), ("National Resistance Front", "National Resistance Front"),
    ("Afghanistan Freedom Front", "Afghanistan Freedom Front"), ("AFF", "Afghanistan Freedom Front"),
    ("Oromo Liberation Army", "Oromo Liberation Army"), ("Los Tiguerones", "Los Tiguerones"),
    # (JNIM by its name in English; Iraq's Iran-aligned factions; Peru's Shining Path remnant,
    # labelled by the initials of its Spanish name)
    ("Group for the Support of Islam and Muslims", "JNIM"), ("GSIM", "JNIM"),
    ("Jamaat Nusrat al-Islam wal-Muslimin", "JNIM"), ("Jama’at Nusrat al-Islam wal-Muslimin", "JNIM"),
    ("Islamic Resistance in Iraq", "Islamic Resistance in Iraq"),
    ("Hashd al-Shaabi", "Popular Mobilization Forces"), ("Hashd", "Popular Mobilization Forces"),
    ("Popular Mobilisation Forces", "Popular Mobilization Forces"),
    ("Popular Mobilization Units", "Popular Mobilization Forces"),
    ("Kata'ib Hezbollah", "Kataib Hezbollah"), ("Harakat al-Nujaba", "Harakat al-Nujaba"),
    ("Kataib Sayyid al-Shuhada", "Kataib Sayyid al-Shuhada"),
    ("Militarized Communist Party of Peru", "Militarized Communist Party of Peru (MPCP)"),
    ("MPCP", "Militarized Communist Party of Peru (MPCP)"),
    ("Shining Path", "Militarized Communist Party of Peru (MPCP)"),
    ("Sendero Luminoso", "Militarized Communist Party of Peru (MPCP)"),
    # (Somalia's Dhulbahante forces; Sinai's tribal militia; Mexico's and Venezuela's cartels
    # and factions; Nigeria's al-Qaeda-aligned Ansaru)
    ("SSC-Khatumo", "SSC-Khatumo"), ("SSC-Khaatumo", "SSC-Khatumo"), ("SSC Khatumo", "SSC-Khatumo"),
    ("Union of Sinai Tribes", "Union of Sinai Tribes"),
    ("Los Chapitos", "Los Chapitos"), ("Chapitos", "Los Chapitos"), ("Los Zetas", "Los Zetas"),
    ("Guerreros Unidos", "Guerreros Unidos"), ("Los Viagras", "Los Viagras"),
    ("Cartel de los Soles", "Cartel de los Soles"), ("Ansaru", "Ansaru"),
)


_WORD_STARTS: Final = regex.compile(r"(?<![\p{L}'’])\p{Lu}")


def initials(name: str) -> str:
    """The capitals that open the words of ``name`` ("Tehreek-e-Taliban Pakistan" -> "TTP",
    "Hayat Tahrir al-Sham" -> "HTS")."""
    return "".join(_WORD_STARTS.findall(name))


def labelled(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """``pairs`` (term, side) with each side labelled as reports name it both ways: a side
    one of whose terms is the acronym of its initials becomes "Rapid Support Forces (RSF)",
    so a reader finds it by either; a side without one ("Karen National Union" has KNU; not
    KNLA, its army's) keeps its name."""
    pairs = list(pairs)
    # (initials are capitals only, so a term equal to them is an acronym: of three to eight)
    labels = {side: f"{side} ({term})" for term, side in pairs
              if term != side and 3 <= len(term) <= 8 and initials(side) == term}
    return [(term, labels.get(side, side)) for term, side in pairs]
