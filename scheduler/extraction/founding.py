"""The years a place's anniversaries count from: a town's founding or first mention, a region's formation.

"1050-летие Витебска" -> 974 + 1050 = 2024; "80-летия Псковской области" -> 1944 + 80 = 2024. Data only:
word forms, lowercased, as they stand right after the anniversary word ("Витебска", "Віцебска", "of Vitebsk");
:mod:`.published_year` skips the words that may stand between ("со дня основания города", "утварэння", "the
founding of the city of") and looks the next one or two words up: dictionaries, so nothing is compiled at start.
Years of first mention as the towns themselves count them.
"""

from __future__ import annotations

# A region: the stem of its adjective (Russian, Belarusian) or its English name, before the noun "области"
_REGIONS: list[tuple[str, int]] = [
    # Belarus: the oblasts of 15 January 1938, Brest of December 1939, Grodno of September 1944
    ("витебск|віцебск|vitebsk|viciebsk", 1938), ("гомельск|homel|gomel", 1938),
    ("могилёвск|могилевск|магілёўск|mogilev|mahilyow|mahilou", 1938), ("минск|мінск|minsk", 1938),
    ("брестск|брэсцк|brest", 1939), ("гродненск|гродзенск|grodno|hrodna", 1944),
    # Russia's regions that neighbour or twin with Belarus's most often
    ("псковск|пскоўск|pskov", 1944), ("новгородск|novgorod", 1944), ("брянск|bryansk", 1944),
    ("калужск|kaluga", 1944), ("костромск|kostroma", 1944), ("владимирск|vladimir", 1944),
    ("тюменск|tyumen", 1944), ("томск|tomsk", 1944),
    ("смоленск|smolensk", 1937), ("орловск|oryol|orel", 1937), ("тульск|tula", 1937), ("рязанск|ryazan", 1937),
    ("тамбовск|tambov", 1937), ("ростовск|rostov", 1937), ("иркутск|irkutsk", 1937),
    ("новосибирск|novosibirsk", 1937), ("вологодск|vologda", 1937), ("архангельск|arkhangelsk", 1937),
    ("курск|kursk", 1934), ("воронежск|voronezh", 1934), ("омск|omsk", 1934), ("свердловск|sverdlovsk", 1934),
    ("челябинск|chelyabinsk", 1934), ("оренбургск|orenburg", 1934),
    ("ярославск|yaroslavl", 1936), ("кировск|kirov", 1936), ("саратовск|saratov", 1936),
    ("волгоградск|volgograd", 1936), ("нижегородск|nizhny novgorod", 1936), ("ивановск|ivanovo", 1936),
    ("тверск|tver", 1935), ("ленинградск|leningrad", 1927), ("московск|moscow", 1929),
    ("мурманск|murmansk", 1938), ("пензенск|penza", 1939), ("астраханск|astrakhan", 1943),
    ("ульяновск|ulyanovsk", 1943), ("курганск|kurgan", 1943), ("кемеровск|kemerovo", 1943),
    ("калининградск|kaliningrad", 1946), ("белгородск|belgorod", 1954), ("липецк|lipetsk", 1954),
]
#: Republics and krais, as their names stand after the anniversary word (one or two words): year of formation
_REPUBLICS: list[tuple[str, int]] = [
    ("республики татарстан|татарстана|рэспублікі татарстан|tatarstan", 1920),
    ("республики башкортостан|башкортостана|башкирии|рэспублікі башкартастан|bashkortostan", 1919),
    ("чувашской республики|чувашии|chuvashia", 1920), ("удмуртской республики|удмуртии|udmurtia", 1920),
    ("республики карелия|карелии|karelia", 1920), ("республики марий|марий эл|mari el", 1920),
    ("республики коми", 1921), ("республики дагестан|дагестана|dagestan", 1921),
    ("республики мордовия|мордовии|mordovia", 1930), ("республики бурятия|бурятии|buryatia", 1923),
    ("республики саха|якутии|yakutia", 1922),
    ("краснодарского края|krasnodar krai", 1937), ("алтайского края|altai krai", 1937),
    ("красноярского края|krasnoyarsk krai", 1934), ("хабаровского края|khabarovsk krai", 1938),
    ("приморского края|primorsky krai", 1938), ("пермского края|perm krai", 1938),
]

#: Towns: (Russian genitive, Belarusian genitive, English), year of founding or first mention
_TOWNS: list[tuple[str, int]] = [
    # Belarus
    ("полоцка|полацка|polotsk|polatsk", 862), ("витебска|віцебска|vitebsk|viciebsk", 974),
    ("турова|турава|turov|turau", 980), ("заславля|заслаўя|zaslavl", 985), ("волковыска|ваўкавыска|volkovysk", 1005),
    ("бреста|брэста|brest", 1019), ("новогрудка|навагрудка|novogrudok|navahrudak", 1044),
    ("браслава|браслава|braslav", 1065), ("минска|мінска|minsk", 1067), ("орши|оршы|orsha", 1067),
    ("пинска|пінска|pinsk", 1097), ("борисова|барысава|borisov|barysau", 1102), ("слуцка|slutsk", 1116),
    ("гродно|гродна|grodno|hrodna", 1128), ("кричева|крычава|krichev", 1136),
    ("гомеля|homel|gomel", 1142), ("рогачева|рогачёва|рагачова|rogachev", 1142), ("мозыря|мазыра|mozyr", 1155),
    ("мстиславля|мсціслава|mstislavl", 1156), ("речицы|рэчыцы|rechitsa", 1213), ("несвижа|нясвіжа|nesvizh", 1223),
    ("слонима|слоніма|slonim", 1252), ("могилёва|могилева|магілёва|mogilev|mahilyow|mahilou", 1267),
    ("кобрина|кобрына|kobrin", 1287), ("лиды|ліды|lida", 1323), ("бобруйска|бабруйска|bobruisk|babruysk", 1387),
    ("молодечно|маладзечна|molodechno", 1388), ("глубокого|глыбокага|glubokoye", 1414), ("лепеля|lepel", 1439),
    ("сморгони|смаргоні|smorgon", 1503), ("шклова|шклова|shklov", 1535), ("горок|горак|gorki", 1544),
    ("калинковичей|калінкавіч|kalinkovichi", 1560), ("барановичей|баранавіч|baranovichi", 1871),
    ("новополоцка|наваполацка|novopolotsk", 1958), ("солигорска|салігорска|soligorsk", 1958),
    # Russia
    ("великого новгорода|новгорода|veliky novgorod", 859),
    ("ростова великого|мурома|murom", 862), ("смоленска|smolensk", 863), ("пскова|pskov", 903),
    ("трубчевска|trubchevsk", 975), ("брянска|bryansk", 985), ("владимира|vladimir", 990),
    ("казани|kazan", 1005), ("ярославля|yaroslavl", 1010), ("курска|kursk", 1032), ("стародуба|starodub", 1080),
    ("рязани|ryazan", 1095), ("твери|tver", 1135), ("рославля|roslavl", 1137), ("тулы|tula", 1146),
    ("москвы|масквы|moscow", 1147), ("вологды|vologda", 1147), ("костромы|kostroma", 1152),
    ("великих лук|velikiye luki", 1166), ("ржева|rzhev", 1216), ("нижнего новгорода|nizhny novgorod", 1221),
    ("вязьмы|vyazma", 1239), ("калуги|kaluga", 1371), ("кирова|вятки|kirov", 1374), ("чебоксар|cheboksary", 1469),
    ("астрахани|astrakhan", 1558), ("орла|орёла|арла|oryol|orel", 1566), ("уфы|уфы|ufa", 1574),
    ("архангельска|arkhangelsk", 1584), ("воронежа|voronezh", 1586), ("самары|samara", 1586),
    ("тюмени|tyumen", 1586), ("волгограда|царицына|volgograd", 1589), ("саратова|saratov", 1590),
    ("старого оскола|stary oskol", 1593), ("белгорода|belgorod", 1596), ("томска|tomsk", 1604),
    ("красноярска|krasnoyarsk", 1628), ("тамбова|tambov", 1636), ("ульяновска|ulyanovsk", 1648),
    ("иркутска|irkutsk", 1661), ("пензы|penza", 1663), ("новозыбкова|novozybkov", 1701),
    ("липецка|lipetsk", 1703), ("петрозаводска|petrozavodsk", 1703),
    ("санкт-петербурга|петербурга|санкт-пецярбурга|saint petersburg|st. petersburg|petersburg", 1703),
    ("клинцов|klintsy", 1707), ("омска|omsk", 1716), ("екатеринбурга|yekaterinburg", 1723), ("перми|perm", 1723),
    ("барнаула|barnaul", 1730), ("челябинска|chelyabinsk", 1736), ("оренбурга|orenburg", 1743),
    ("ростова-на-дону|rostov-on-don", 1749), ("ижевска|izhevsk", 1760), ("ставрополя|stavropol", 1777),
    ("краснодара|krasnodar", 1793), ("хабаровска|khabarovsk", 1858), ("владивостока|vladivostok", 1860),
    ("новосибирска|novosibirsk", 1893), ("мурманска|murmansk", 1916), ("кемерово|kemerovo", 1918),
]


def _forms(table: list[tuple[str, int]], label: str) -> dict[str, tuple[int, str]]:
    return {form: (year, label.format(year)) for forms, year in table for form in forms.split("|")}


#: A region's adjective stem ("псковск" of "Псковской области", "пскоўск", English "pskov") -> (year, label)
REGIONS = _forms(_REGIONS, "образование области ({})")
#: A town's genitive, a republic's or krai's name (one or two words, lowercased) -> (year, label)
PLACES = _forms(_REPUBLICS, "образование республики, края ({})") | _forms(_TOWNS, "основание города ({})")
#: A town's stem, the genitive less its last vowel ("витебск", "брест", "гомел"), for a name in any case
#: ("Витебск отметил 1050-летие"); stems under four letters ("уф", "лид") are too ambiguous to keep
TOWN_STEMS = {form[:-1] if form[-1] in "аяыиу" else form: v
              for forms, y in _TOWNS for form in forms.split("|") if " " not in form
              for v in [(y, f"основание города ({y})")] if len(form) > 4}

#: Events of the shared history that anniversaries in these texts count from and ``lexicon.BASE_DATES`` does not
#: name: (pattern on lowercased text, year, label), tried after the lexicon's own (which stay first: "Победы" …).
EVENT_BASES: list[tuple[str, int, str]] = [
    (r"(?:трагеди\w+|сожжени\w+|уничтожени\w+) (?:деревни )?хатын\w*|хатынск\w+ трагеди\w*|khatyn", 1943,
     "трагедия Хатыни (1943)"),
    (r"операци\w+ [«\"]?багратион|аперацы\w+ [«\"]?баграціён|operation [«\"]?bagration", 1944,
     "операция «Багратион» (1944)"),
    (r"(?:битв\w+|сражени\w+) (?:за|под) москв\w+|бітв\w+ (?:за|пад) масквой|battle (?:of|for) moscow", 1941,
     "битва за Москву (1941)"),
    (r"чернобыльск\w+ (?:авари|катастроф|трагеди)\w*|авари\w+ на чернобыльской аэс|чарнобыльск\w+ (?:катастроф|"
     r"трагеды|аварыі)\w*|chernobyl (?:disaster|accident|tragedy)", 1986, "Чернобыльская авария (1986)"),
    (r"вывода (?:советских )?войск из афганистана|вываду (?:савецкіх )?войскаў з афганістана|"
     r"withdrawal of (?:soviet )?troops from afghanistan", 1989, "вывод войск из Афганистана (1989)"),
    (r"(?:образования|создания|утварэння|стварэння|formation of the) (?:бсср|белорусской сср|беларускай сср|byelorussian ssr)"
     r"|бсср(?!\w)", 1919, "образование БССР (1919)"),
    (r"(?:образования|создания|утварэння|стварэння|formation of the) (?:ссср|савецкага саюза|soviet union|ussr)", 1922,
     "образование СССР (1922)"),
    (r"(?:установления )?дипломатических отношений между (?:беларусью|республикой беларусь) и (?:россией|российской "
     r"федерацией)|дыпламатычных адносін паміж беларуссю і расіяй|diplomatic relations between belarus and russia",
     1992, "дипломатические отношения Беларуси и России (1992)"),
    (r"конституции (?:республики )?беларусь|канстытуцыі (?:рэспублікі )?беларусь|constitution of (?:the republic of )?"
     r"belarus", 1994, "Конституция Беларуси (1994)"),
    (r"содружества независимых государств|снг(?!\w)|садружнасці незалежных дзяржаў|commonwealth of independent states"
     r"|\bcis\b", 1991, "СНГ (1991)"),
    (r"(?:договора о )?евразийск\w+ экономическ\w+ союз\w*|еаэс(?!\w)|еаэс|eurasian economic union|\beaeu\b", 2014,
     "договор о ЕАЭС (2014)"),
    (r"(?:великой )?октябрьской (?:социалистической )?революции|кастрычніцкай рэвалюцыі|october revolution", 1917,
     "Октябрьская революция (1917)"),
    (r"комсомола|камсамола|komsomol", 1918, "комсомол (1918)"),
]
