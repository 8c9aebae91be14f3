"""The built-in side vocabulary: words in a text -> the party of the conflict they name.

Registered through the public hook ``claimkit_register_sides``, exactly as a plugin would
extend it (``register("Tatmadaw", "Myanmar")``). Two documented tables:

* :data:`DEMONYMS`: a country's adjective or people -> the country ("Pakistani" -> "Pakistan").
  Plurals ("Pakistanis", "Afghans") match too. Country names map to themselves, so
  "Pakistan Army" is on the side of Pakistan.
* :data:`ARMED_GROUPS`: armed groups and forces, with their aliases and acronyms, -> one
  canonical name ("ISWAP" and "Islamic State West Africa Province" -> the latter). A group
  known by one acronym of its initials is registered under a label that holds both
  ("Islamic State West Africa Province (ISWAP)", see :func:`labelled`).

Matching (see :func:`side_matcher`): whole words; terms written all in capitals (acronyms
such as "TTP", "RSF", "M23") match case-sensitively, every other term case-insensitively; the
longest term wins ("Pakistani Taliban" before "Pakistani" and "Taliban").
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Final

import regex

from claimkit.hookspecs import RegisterSide, hookimpl
from claimkit.text._scan import lookahead_tree

# Demonym (or country name) -> country; with the state forces below, DEMONYMS.
_NATION_WORDS: Final[tuple[tuple[str, str], ...]] = (
    ("Pakistani", "Pakistan"), ("Pakistan", "Pakistan"),
    ("Afghan", "Afghanistan"), ("Afghani", "Afghanistan"), ("Afghanistan", "Afghanistan"),
    ("Russian", "Russia"), ("Russia", "Russia"),
    ("Ukrainian", "Ukraine"), ("Ukraine", "Ukraine"),
    ("Israeli", "Israel"), ("Israel", "Israel"),
    ("Palestinian", "Palestine"), ("Palestine", "Palestine"),
    ("Syrian", "Syria"), ("Syria", "Syria"),
    ("Iraqi", "Iraq"), ("Iraq", "Iraq"),
    ("Iranian", "Iran"), ("Iran", "Iran"),
    ("Lebanese", "Lebanon"), ("Lebanon", "Lebanon"),
    ("Yemeni", "Yemen"), ("Yemen", "Yemen"),
    ("Saudi", "Saudi Arabia"), ("Saudi Arabia", "Saudi Arabia"),
    ("Turkish", "Turkey"), ("Turkey", "Turkey"), ("Türkiye", "Turkey"),
    ("Egyptian", "Egypt"), ("Egypt", "Egypt"),
    ("Libyan", "Libya"), ("Libya", "Libya"),
    ("Sudanese", "Sudan"), ("Sudan", "Sudan"),
    ("South Sudanese", "South Sudan"), ("South Sudan", "South Sudan"),
    ("Somali", "Somalia"), ("Somalian", "Somalia"), ("Somalia", "Somalia"),
    ("Kenyan", "Kenya"), ("Kenya", "Kenya"),
    ("Ethiopian", "Ethiopia"), ("Ethiopia", "Ethiopia"),
    ("Eritrean", "Eritrea"), ("Eritrea", "Eritrea"),
    ("Nigerian", "Nigeria"), ("Nigeria", "Nigeria"),
    ("Nigerien", "Niger"), ("Niger", "Niger"),
    ("Malian", "Mali"), ("Mali", "Mali"),
    ("Burkinabe", "Burkina Faso"), ("Burkinabè", "Burkina Faso"), ("Burkina Faso", "Burkina Faso"),
    ("Chadian", "Chad"), ("Chad", "Chad"),
    ("Cameroonian", "Cameroon"), ("Cameroon", "Cameroon"),
    ("Congolese", "DR Congo"), ("DR Congo", "DR Congo"), ("DRC", "DR Congo"),
    # (wire style calls the larger Congo "Congo"; the other is named in full)
    ("Congo", "DR Congo"), ("Democratic Republic of Congo", "DR Congo"),
    ("Democratic Republic of the Congo", "DR Congo"), ("Republic of the Congo", "Congo Republic"),
    ("Republic of Congo", "Congo Republic"), ("Congo Republic", "Congo Republic"),
    ("Congo-Brazzaville", "Congo Republic"),
    ("Mozambican", "Mozambique"), ("Mozambique", "Mozambique"),
    ("Algerian", "Algeria"), ("Moroccan", "Morocco"), ("Tunisian", "Tunisia"),
    ("Indian", "India"), ("India", "India"),
    ("Bangladeshi", "Bangladesh"), ("Sri Lankan", "Sri Lanka"),
    ("Myanmar", "Myanmar"), ("Burmese", "Myanmar"), ("Tatmadaw", "Myanmar"),
    ("Thai", "Thailand"), ("Filipino", "Philippines"), ("Philippine", "Philippines"),
    ("Indonesian", "Indonesia"),
    ("Chinese", "China"), ("China", "China"),
    ("Azerbaijani", "Azerbaijan"), ("Azerbaijan", "Azerbaijan"),
    ("Armenian", "Armenia"), ("Armenia", "Armenia"),
    ("Georgian", "Georgia"),
    ("Kurdish", "Kurds"), ("Kurd", "Kurds"),
    ("American", "United States"), ("U.S.", "United States"), ("US", "United States"),
    ("British", "United Kingdom"), ("French", "France"), ("German", "Germany"),
    ("Colombian", "Colombia"), ("Mexican", "Mexico"),
    # country names for the demonyms above, and more states ("Jordan", "Georgia" stay out:
    # a person's name, a US state)
    ("Algeria", "Algeria"), ("Morocco", "Morocco"), ("Tunisia", "Tunisia"),
    ("Bangladesh", "Bangladesh"), ("Sri Lanka", "Sri Lanka"), ("Thailand", "Thailand"),
    ("Philippines", "Philippines"), ("Indonesia", "Indonesia"), ("Colombia", "Colombia"),
    ("Mexico", "Mexico"), ("United States", "United States"), ("United Kingdom", "United Kingdom"),
    ("France", "France"), ("Germany", "Germany"),
    ("Beninese", "Benin"), ("Benin", "Benin"), ("Togolese", "Togo"), ("Togo", "Togo"),
    ("Ghanaian", "Ghana"), ("Ghana", "Ghana"), ("Senegalese", "Senegal"), ("Senegal", "Senegal"),
    ("Guinean", "Guinea"), ("Guinea", "Guinea"), ("Ivorian", "Ivory Coast"),
    # (states whose names hold "Guinea": their own, not Guinea's)
    ("Papua New Guinea", "Papua New Guinea"), ("Papua New Guinean", "Papua New Guinea"),
    ("PNG", "Papua New Guinea"), ("Equatorial Guinea", "Equatorial Guinea"),
    ("Equatoguinean", "Equatorial Guinea"), ("Guinea-Bissau", "Guinea-Bissau"),
    ("Bissau-Guinean", "Guinea-Bissau"),
    ("Ivory Coast", "Ivory Coast"), ("Mauritanian", "Mauritania"), ("Mauritania", "Mauritania"),
    ("Central African Republic", "Central African Republic"),
    ("Ugandan", "Uganda"), ("Uganda", "Uganda"), ("Rwandan", "Rwanda"), ("Rwanda", "Rwanda"),
    ("Burundian", "Burundi"), ("Burundi", "Burundi"), ("Tanzanian", "Tanzania"),
    ("Tanzania", "Tanzania"), ("Jordanian", "Jordan"), ("Qatari", "Qatar"), ("Qatar", "Qatar"),
    ("Emirati", "United Arab Emirates"), ("UAE", "United Arab Emirates"),
    ("Omani", "Oman"), ("Kuwaiti", "Kuwait"), ("Bahraini", "Bahrain"),
    ("Kyrgyz", "Kyrgyzstan"), ("Kyrgyzstan", "Kyrgyzstan"), ("Tajik", "Tajikistan"),
    ("Tajikistan", "Tajikistan"), ("Uzbek", "Uzbekistan"), ("Uzbekistan", "Uzbekistan"),
    ("Kazakh", "Kazakhstan"), ("Kazakhstan", "Kazakhstan"), ("Turkmen", "Turkmenistan"),
    ("Nepali", "Nepal"), ("Nepalese", "Nepal"), ("Nepal", "Nepal"),
    ("Haitian", "Haiti"), ("Haiti", "Haiti"), ("Venezuelan", "Venezuela"),
    ("Venezuela", "Venezuela"), ("Ecuadorian", "Ecuador"), ("Ecuador", "Ecuador"),
    ("Peruvian", "Peru"), ("Peru", "Peru"), ("Brazilian", "Brazil"), ("Brazil", "Brazil"),
    ("Honduran", "Honduras"), ("Salvadoran", "El Salvador"), ("Guatemalan", "Guatemala"),
    ("Nicaraguan", "Nicaragua"), ("Cuban", "Cuba"), ("Japanese", "Japan"), ("Japan", "Japan"),
    ("North Korean", "North Korea"), ("North Korea", "North Korea"),
    ("South Korean", "South Korea"), ("South Korea", "South Korea"),
    ("Taiwanese", "Taiwan"), ("Taiwan", "Taiwan"), ("Vietnamese", "Vietnam"),
    ("Cambodian", "Cambodia"), ("Belarusian", "Belarus"), ("Belarus", "Belarus"),
    ("Polish", "Poland"), ("Poland", "Poland"), ("Moldovan", "Moldova"), ("Serbian", "Serbia"),
    ("Serbia", "Serbia"), ("Kosovar", "Kosovo"), ("Kosovo", "Kosovo"), ("Bosnian", "Bosnia"),
    ("Canadian", "Canada"), ("Australian", "Australia"), ("Malaysian", "Malaysia"),
    # regions that field forces of their own and are told as parties ("Six Puntland soldiers")
    ("Puntland", "Puntland"), ("Jubaland", "Jubaland"), ("Somaliland", "Somaliland"),
)

#: A state's own forces known by their initials ("under the control of the FARDC") or by a name
#: of their own ("the Revolutionary Guards": a term matches its plural too): its armed people,
#: not its nationals ("nine FAMa fell" are Mali's soldiers, not Malian civilians).
STATE_FORCES: Final[tuple[tuple[str, str], ...]] = (
    ("FARDC", "DR Congo"), ("FAMa", "Mali"), ("ENDF", "Ethiopia"), ("SSPDF", "South Sudan"),
    ("FACA", "Central African Republic"), ("UPDF", "Uganda"), ("KDF", "Kenya"),
    ("ANDSF", "Afghanistan"), ("FANB", "Venezuela"), ("IRGC", "Iran"), ("Revolutionary Guard", "Iran"),
    ("Islamic Revolutionary Guard Corps", "Iran"), ("ISPR", "Pakistan"), ("TNI", "Indonesia"),
)

#: Demonym, country name or the name of a state's forces -> country ("Pakistani" -> "Pakistan").
DEMONYMS: Final[tuple[tuple[str, str], ...]] = _NATION_WORDS + STATE_FORCES

#: The states named in :data:`DEMONYMS` (a side that is one of these is no armed group).
STATES: Final[frozenset[str]] = frozenset(state for _, state in DEMONYMS)

#: Armed group, force or alias -> canonical name of the group.
ARMED_GROUPS: Final[tuple[tuple[str, str], ...]] = (
    ("Taliban", "Taliban"), ("Afghan Taliban", "Taliban"), ("Islamic Emirate", "Taliban"),
    ("TTP", "Tehreek-e-Taliban Pakistan"), ("Tehreek-e-Taliban Pakistan", "Tehreek-e-Taliban Pakistan"),
    ("Tehrik-i-Taliban Pakistan", "Tehreek-e-Taliban Pakistan"),
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

#: Capitals that reports name for their governments ("Ankara says 19 militants killed",
#: "Kyiv denied"): capital -> state. Not registered as sides: people killed "in Kyiv" are not
#: of Ukraine's forces; only a source's voice reads them (see ``_voices``). Capitals that are
#: also another place's name, held by a party or a common surname ("Tripoli", "Sanaa", "Lima")
#: stay out.
CAPITALS: Final[tuple[tuple[str, str], ...]] = (
    ("Kyiv", "Ukraine"), ("Kiev", "Ukraine"), ("Moscow", "Russia"), ("Ankara", "Turkey"),
    ("Tehran", "Iran"), ("Islamabad", "Pakistan"), ("Kabul", "Afghanistan"),
    ("New Delhi", "India"), ("Damascus", "Syria"), ("Baghdad", "Iraq"), ("Beirut", "Lebanon"),
    ("Khartoum", "Sudan"), ("Juba", "South Sudan"), ("Mogadishu", "Somalia"),
    ("Nairobi", "Kenya"), ("Addis Ababa", "Ethiopia"), ("Asmara", "Eritrea"),
    ("Abuja", "Nigeria"), ("Niamey", "Niger"), ("Bamako", "Mali"),
    ("Ouagadougou", "Burkina Faso"), ("N'Djamena", "Chad"), ("Yaoundé", "Cameroon"),
    ("Kinshasa", "DR Congo"), ("Kigali", "Rwanda"), ("Gitega", "Burundi"),
    ("Bujumbura", "Burundi"), ("Kampala", "Uganda"), ("Maputo", "Mozambique"),
    ("Naypyidaw", "Myanmar"), ("Bangkok", "Thailand"), ("Phnom Penh", "Cambodia"),
    ("Manila", "Philippines"), ("Dhaka", "Bangladesh"), ("Baku", "Azerbaijan"),
    ("Yerevan", "Armenia"), ("Riyadh", "Saudi Arabia"), ("Cairo", "Egypt"),
    ("Beijing", "China"), ("Washington", "United States"), ("Bogotá", "Colombia"),
    ("Caracas", "Venezuela"), ("Chisinau", "Moldova"), ("Tbilisi", "Georgia"),
    ("Minsk", "Belarus"), ("Algiers", "Algeria"), ("Rabat", "Morocco"),
    ("Bishkek", "Kyrgyzstan"), ("Dushanbe", "Tajikistan"), ("Tashkent", "Uzbekistan"),
    ("Astana", "Kazakhstan"), ("Ashgabat", "Turkmenistan"), ("Porto-Novo", "Benin"),
    ("Cotonou", "Benin"), ("Lomé", "Togo"), ("Lome", "Togo"), ("Accra", "Ghana"),
    ("Dakar", "Senegal"), ("Conakry", "Guinea"), ("Port Moresby", "Papua New Guinea"),
    ("Malabo", "Equatorial Guinea"), ("Bissau", "Guinea-Bissau"), ("Nouakchott", "Mauritania"),
    ("Bangui", "Central African Republic"), ("Brazzaville", "Congo Republic"), ("Dodoma", "Tanzania"),
    ("Tunis", "Tunisia"), ("Amman", "Jordan"), ("Doha", "Qatar"), ("Manama", "Bahrain"),
    ("Muscat", "Oman"), ("Abu Dhabi", "United Arab Emirates"), ("Hargeisa", "Somaliland"),
    ("Jakarta", "Indonesia"), ("Kuala Lumpur", "Malaysia"), ("Hanoi", "Vietnam"),
    ("Colombo", "Sri Lanka"), ("Kathmandu", "Nepal"), ("Pyongyang", "North Korea"),
    ("Seoul", "South Korea"), ("Taipei", "Taiwan"), ("Tokyo", "Japan"), ("Canberra", "Australia"),
    ("Belgrade", "Serbia"), ("Pristina", "Kosovo"), ("Sarajevo", "Bosnia"), ("Warsaw", "Poland"),
    ("Berlin", "Germany"), ("Paris", "France"), ("London", "United Kingdom"), ("Ottawa", "Canada"),
    ("Quito", "Ecuador"), ("Havana", "Cuba"), ("Managua", "Nicaragua"), ("Tegucigalpa", "Honduras"),
    ("Port-au-Prince", "Haiti"), ("Mexico City", "Mexico"), ("Brasília", "Brazil"),
    ("Brasilia", "Brazil"),
)


_CAPITAL_STATES: Final[dict[str, str]] = {city.casefold(): state for city, state in CAPITALS}


def capital_state(words: str) -> str | None:
    """The state a source named by its capital alone speaks for ("Baku said", "Moscow
    claims"), or by a state's body seated there ("the defence ministry in Bishkek"), or None."""
    key = words.strip().casefold()
    if (seat := _SEATED_IN.search(key)) is not None:
        return _CAPITAL_STATES.get(seat.group("capital"))
    return _CAPITAL_STATES.get(key[4:] if key.startswith("the ") else key)


# A state's body and its seat: "the foreign ministry in Moscow" (not "a doctor in Kyiv").
_SEATED_IN: Final = regex.compile(
    r"\b(?:ministry|government|authorities|officials|military|army|command|headquarters|"
    r"committee|presidency|cabinet|spokesman|spokeswoman|spokesperson)\s+in\s+(?P<capital>[\p{L} .'’-]+)$")


@hookimpl
def claimkit_register_sides(register: RegisterSide) -> None:
    """Register the built-in demonyms and armed groups (the groups under their labels, see
    :func:`labelled`)."""
    for term, side in (*DEMONYMS, *labelled(ARMED_GROUPS)):
        register(term, side)


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


def _is_acronym(term: str) -> bool:
    letters = [c for c in term if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and " " not in term


def _alternation(terms: Iterable[str]) -> str:
    # Longest first, so "Pakistani Taliban" is tried before "Pakistani"; an apostrophe may be
    # typographic or left out ("New People’s Army", a speaker's "Kurdistan Workers Party").
    return "|".join(_APOSTROPHE.sub("['’]?", regex.escape(t).replace(r"\ ", r"\s+"))
                    for t in sorted(terms, key=len, reverse=True))


_APOSTROPHE = regex.compile(r"\\?['’]")  # (escaped or not)


def _term_key(term: str) -> str:
    """A case-insensitive term as looked up: lower case, one space, no apostrophe."""
    return " ".join(term.lower().replace("'", "").replace("’", "").split())


def side_matcher(vocabulary: Mapping[str, str]) -> regex.Pattern[str]:
    """One compiled pattern for ``vocabulary``: group ``ci`` (case-insensitive terms, an
    optional plural "s") or ``cs`` (acronyms, exact case) holds the matched term."""
    acronyms = [t for t in vocabulary if t and _is_acronym(t)]
    words = [t for t in vocabulary if t and not _is_acronym(t)]
    if not words and not acronyms:
        return regex.compile(r"(?!)")
    # (both groups always, so a vocabulary of names alone or acronyms alone reads the same)
    ci = _alternation(words) if words else "(?!)"
    cs = _alternation(acronyms) if acronyms else "(?!)"
    return regex.compile(rf"(?<![\w-])(?:(?i:(?P<ci>{ci})s?)|(?P<cs>{cs}))(?![\w-])")


def _opened_by(ordered: Sequence[str], parent: str) -> Sequence[str]:
    """The names of the sorted ``ordered`` that open with ``parent`` and a space (sorted, they
    follow one another)."""
    opening = parent + " "
    i = j = bisect.bisect_left(ordered, opening)
    while j < len(ordered) and ordered[j].startswith(opening):
        j += 1
    return ordered[i:j]


def one_branch_each(names: Iterable[str]) -> dict[str, str]:
    """Each of ``names`` that opens exactly one other of them with a space, mapped to that one:
    a group and its one branch a report (or a set of reports) names ("Islamic State" ->
    "Islamic State West Africa Province (ISWAP)"). A state is no parent ("Afghanistan" and the
    Afghanistan Freedom Front)."""
    ordered = sorted(set(names))
    out: dict[str, str] = {}
    for parent in ordered:
        if parent not in STATES and len(branches := _opened_by(ordered, parent)) == 1:
            out[parent] = branches[0]
    return out


# Waters named after a country are places, not its side: "Lake Chad", "the Gulf of Guinea".
_WATER_BEFORE: Final = regex.compile(r"\b(?:Lake|Gulf\s+of|Sea\s+of|Bay\s+of)\s+\Z")


def _first_letters(vocabulary: Iterable[str]) -> re.Pattern[str] | None:
    """Where a term of ``vocabulary`` may start: its first ASCII letters or digits, in any case
    (``re`` pairs every character ``regex`` matches with an ASCII letter or digit ignoring case,
    "K" and "ſ" included, with it too), in the exact case for an acronym (matched so), with no
    letter, digit, underscore or hyphen before them; and, looked at but not taken, what the term
    goes on with where that is plain (see :func:`_opening`: "the" only before a word in "r" for
    "The Resistance Front", not before every word). None when a term opens with something else."""
    openings = [_opening(t) for t in vocabulary if t]
    if not openings or not all(first for first, _, _ in openings):
        return None
    trees = []
    for exact in (False, True):
        tree = lookahead_tree((first, after) for first, after, cased in openings if cased == exact)
        if tree:
            trees.append(f"(?-i:{tree})" if exact else tree)
    return re.compile(r"(?<![a-z0-9_\-])(?:" + "|".join(trees) + ")", re.IGNORECASE)


_ASCII: Final = "".join(map(chr, range(128)))
# Characters that stand for themselves in a term's pattern ("IS-Khorasan", "U.S."): not a
# space (any whitespace), nor an apostrophe (optional or typographic).
_PLAIN_PUNCTUATION: Final = frozenset("-.&/")


def _opening(term: str) -> tuple[str, str, bool]:
    """``term``'s opening ASCII letters and digits (lowercase, or as written for an acronym),
    a ``re`` lookahead for what follows them in every match, and whether the case is exact.

    What follows: a space and the next word's first letter or digit ("the" then a word in
    "r"), plain punctuation and the letter after it ("is" then "-k" for "IS-Khorasan"), maybe
    an apostrophe and the letter after it ("people" then "'s" or "s"), or a
    letter beyond ASCII that, ignoring case, matches no ASCII character (the "ü" of "Türkiye";
    not "ſ" or the Kelvin sign, which match "s" and "k"); else nothing."""
    exact = _is_acronym(term)
    n = 0
    while n < len(term) and term[n].isascii() and term[n].isalnum():
        n += 1
    first = term[:n] if exact else term[:n].lower()
    if n == 0 or n == len(term):
        return first, "", exact
    char, rest = term[n], term[n + 1:n + 2]
    flags = "" if exact else "(?i)"
    if char == " " and rest.isascii() and rest.isalnum():
        return first, r"\s+" + re.escape(rest if exact else rest.lower()), exact
    if char in _PLAIN_PUNCTUATION and rest.isascii() and rest.isalnum():
        return first, re.escape(char + (rest if exact else rest.lower())), exact
    if char in "'’" and rest.isascii() and rest.isalnum():
        return first, "['’]?" + re.escape(rest if exact else rest.lower()), exact  # (optional)
    if char.isalnum() and not char.isascii() and regex.search(flags + regex.escape(char), _ASCII) is None:
        return first, r"(?-i:[^\x00-\x7f])", exact
    return first, "", exact


class SideIndex:
    """A vocabulary and its matcher: :meth:`find` gives every (start, end, side) in a range."""

    def __init__(self, vocabulary: Mapping[str, str]) -> None:
        self.vocabulary = dict(vocabulary)
        self._lower = {_term_key(t): s for t, s in self.vocabulary.items() if not _is_acronym(t)}
        self._pattern = side_matcher(self.vocabulary)
        self._firsts = _first_letters(self.vocabulary)

    def _matches(self, text: str, start: int, end: int) -> Iterator[regex.Match[str]]:
        """``self._pattern.finditer(text, start, end)``, tried only where a term's first letters
        are: the pattern, hundreds of names behind a lookbehind, is otherwise tried at every
        offset."""
        if self._firsts is None:
            yield from self._pattern.finditer(text, start, end)
            return
        match = self._pattern.match
        resume = start
        for candidate in self._firsts.finditer(text, start, end):
            if candidate.start() >= resume and (m := match(text, candidate.start(), end)) is not None:
                yield m
                resume = m.end()

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """Every side term in ``text[start:end]`` as (start, end, side), in order."""
        out: list[tuple[int, int, str]] = []
        for m in self._matches(text, start, len(text) if end is None else end):
            if m["cs"] is not None:
                side = self.vocabulary.get(m["cs"])
            else:
                side = self._lower.get(_term_key(m["ci"]))
            if side and not _WATER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                out.append((m.start(), m.end(), side))
        return out

    @functools.cached_property
    def branches(self) -> dict[str, tuple[str, ...]]:
        """Each side whose name opens other sides' names, with those sides: its branches
        ("Islamic State" -> "Islamic State Sahel", "Islamic State West Africa Province (ISWAP)")."""
        names = sorted(set(self.vocabulary.values()))
        out: dict[str, tuple[str, ...]] = {}
        for parent in names:
            if branches := _opened_by(names, parent):
                out[parent] = tuple(branches)
        return out

    def side_of(self, text: str, start: int = 0, end: int | None = None) -> str | None:
        """The side named in ``text[start:end]``: the last term there (the head's nearest
        modifier: "Afghan Taliban fighters" -> Taliban), or None."""
        found = self.find(text, start, end)
        return found[-1][2] if found else None
