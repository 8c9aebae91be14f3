"""The states as sides: demonyms and country names -> the country (:data:`DEMONYMS`, with a
state's own forces, :data:`STATE_FORCES`), the states they name (:data:`STATES`), and the
capitals that reports name for their governments (:data:`CAPITALS`, :func:`capital_state`).
"""

from __future__ import annotations

from typing import Final

import regex

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
