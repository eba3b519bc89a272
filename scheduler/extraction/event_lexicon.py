"""Event lexicon: cue words per type and language, named days, anniversary bases, places.

Data, not logic: ``events.py`` compiles these tables once. Patterns are regular expressions
matched against lower-cased text with ``ё`` folded to ``е``; ``\\b`` is the word boundary.
"""

from __future__ import annotations

from .lexicon import COMMUNITY_TREATY

# the people of a place in the accusative plural, received as guests: «белгородцев», «гомельчан», «курян», «псковичей»
GUESTS_BY_PLACE = r"(?!горожан|гражд|христиан|прихожан|марсиан)[а-я]{3,}(?:цев|чан|жан|ян|ичей)\b"  # (folded: no ё)
GUESTS_BY_PLACE_BE = r"(?!гараджан|грамадзян)[а-яіў]{3,}(?:цаў|чан|жан|ян|ічаў)\b"
# a video bridge: «видеомост», «телемост», «відэамост», "a video bridge" — a remote meeting of two sides
BRIDGE = r"\bвидеомост\w*|\bвідэамост\w*|\bтелемост\w*|\bтэлемост\w*|\bvideo ?bridges?\b|\btelebridges?\b"
# ceremonies held for a day or an anniversary: each a commemoration of its own (GUIDE §3, §4.5)
CEREMONY = (
    r"\bвозлож\w* (?:цвет|венк|венок|гирлянд)\w*|\bмитинг\w*|\blaid (?:a |the )?(?:wreath|flower)\w*|\b(?:wreath|flower)[- ]laying\b"
    r"|\b(?:wreaths?|flowers) (?:will be|were|was|are|have been) laid\b"  # ("At 11:00, flowers will be laid at …")
    r"|\blaying of (?:wreath|flower)\w*|\blay(?:s|ing)? (?:a |the )?(?:wreath|flower)\w*"
    # the object first, the verb after it: "a wreath from the Embassy was laid", «цветы к памятнику возложили»
    r"|\b(?:wreath|flower)s?\b[^.!?;]{0,80}?\b(?:was|were) laid\b|\b(?:цвет[ыо]\w*|венк[иоа]\w*|венок|гирлянд\w*)"
    r"\b[^.!?;]{0,80}?\bвозлож\w*|\b(?:кветк\w*|кветак|вянк\w*|вянок)\b[^.!?;]{0,80}?(?<!\w)(?:ускла|ўскла)\w*"
    r"|\bзакладк\w* капсул\w*|\bпамятн\w+ (?:мероприяти|акци)\w*|\b(?:ускладанн|ўскладанн)\w* (?:кветак|вянк\w*)"
    # a capsule laid at a memorial-to-be: «заложили капсулу», «заклалі капсулу», "a capsule was laid", "laid a capsule"
    r"|\bзаложи\w* капсул\w*|\bзаложат капсул\w*|\bзаклал\w* капсул\w*|\bзакладуць капсул\w*|\bзакладка капсулы\b"
    r"|\bcapsule (?:was|were|will be) laid\b|\bкапсул\w*\s+(?:\S+\s+){0,3}?(?:заложат|заложили|закладуць|заклалі)\b"
    # a memorial stone or sign installed: «установили памятный камень», «усталявалі памятны знак», "a memorial stone was
    # unveiled"
    r"|\bустанови\w* (?:\S+\s+)?(?:памятн\w+|мемориальн\w+) (?:камен|камн|знак|доск)\w*|\bустановк\w* (?:памятн\w+|мемориальн\w+)"
    r" (?:камн|знак|доск)\w*|\b(?:усталява|ўсталява)\w* (?:\S+\s+)?памятн\w+ (?:камень|камяні|знак)\w*"
    r"|\b(?:installed|unveiled) (?:a |the )?memorial (?:stone|sign)\b|\bmemorial (?:stone|sign) (?:was|has been) (?:installed"
    r"|unveiled|laid)\b"
    r"|\blaid (?:a |the )?(?:time )?capsule\b|\blaying of (?:a |the )?(?:time )?capsule\b"
    # a rally in English, as «митинг»: "a youth rally", "a solemn rally", "a rally-requiem"
    r"|\brally\b|\brally-requiem\b"
    r"|\b(?:ускла|ўскла)(?:лі|ла|ў|дуць|дзе|сці|даюць|дваюць)\s+(?:\S+\s+)?(?:кветк|кветак|вянк|вянок|гірлянд)\w*"
    # flowers that lie down at a foot: «К подножию легли розы и венок», «Да падножжа леглі ружы і вянок»
    r"|\b(?:подножи|падножж)\w*[^.!?;]{0,30}?\s(?:легл[иа]?|лягл[іа]|леглі)\s[^.!?;]{0,60}?(?:цвет|роз|венок|венк|гвоздик"
    r"|кветк|кветак|руж|вянок|вянк|гваздзік)"
    r"|\bтраурн\w+ (?:мероприяти|митинг|церемони)\w*|\bжалобн\w+ (?:мерапрыемств|мітынг)\w*"
    # opening a memorial or a plaque, a patriotic action, a minute of silence (GUIDE §4.5)
    r"|\bоткры(?:ти\w*|л\w*|ва\w*|т[аоы]?|ют)\s+(?:\S+\s+){0,2}?(?:мемориальн\w+ доск|памятн\w+ (?:знак|доск)|памятник"
    r"|мемориал(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b|мемориальн\w+ (?:комплекс|знак)\w*|стел[ауы]\b|бюст\w*)"
    # («открылся мемориальный музей» is a museum, not a memorial: other)
    r"|\bадкр(?:ыцц\w*|ыл\w*|ыва\w*|ыт[аы]?)\s+(?:\S+\s+){0,2}?(?:мемарыяльн\w+ дошк|памятн\w+ (?:знак|дошк)|помнік\w*"
    r"|мемарыял\w*)"
    r"|\bunveil\w*|\bopening of (?:a |the )?(?:memorial|monument|plaque)\b"
    # the memorial first, its opening after: «Мемориальную доску партизанам открыли», «Мемарыяльную дошку … адкрылі»,
    # "a monument to the liberators was opened"
    r"|\b(?:мемориальн\w+ доск|памятник|памятн\w+ знак)\w*\s+(?:\S+\s+){0,3}?откры(?:ли|л|ла|т|та|ты)\b"
    # (… or after a relative clause of whom it honours, set off by commas: «Памятный знак воинам, которые родились в
    # Липецкой области и погибли при освобождении Речицы, открыли сегодня»)
    r"|\b(?:мемориальн\w+ доск|памятник|памятн\w+ знак)\w*\s+(?:\S+\s+){0,2}?\S+,\s+(?:котор|які|якая)[^.;!?]{0,160}?,\s+(?:\S+\s+){0,2}?"
    r"(?:откры(?:ли|л|ла|т|та|ты)|адкр(?:ылі|ыў|ыла|ыты|ыта))\b"
    r"|\b(?:мемарыяльн\w+ дошк|помнік|памятн\w+ (?:знак|дошк))\w*\s+(?:\S+\s+){0,3}?адкр(?:ылі|ыў|ыла|ыты|ыта)\b"
    r"|\b(?:monument|memorial|plaque|obelisk|bust|stele)\b(?:\s+\S+){0,4}?\s+(?:was|were)\s+(?:opened|unveiled)\b"
    # a memorial erected, as history («в 1975 году был установлен Монумент Дружбы», "the monument was erected in 1975")
    # (and «в 1959 году был создан мемориал», «быў створаны мемарыял», "a memorial was created")
    r"|\b(?:памятник|монумент|обелиск|мемориал(?=[аоуеы]?\b)|мемориальн\w+ комплекс)\w*\s+(?:\S+\s+){0,3}?(?:был\w*\s+)?"
    r"(?:установлен|воздвигнут|возведен|сооружен|создан|торжественно открыт)[аоы]?\b"
    r"|\b(?:установлен[аоы]?|воздвигнут[аоы]?|возведен[аоы]?|сооружен[аоы]?|создан[аоы]?|установили|воздвигли|возвели|создали)"
    r"\s+(?:\S+\s+){0,2}?(?:памятник|монумент|обелиск|мемориал(?:а|у|ом|е|ы)?\b)"
    r"|\b(?:помнік|манумент|абеліск|мемарыял(?=[аыу]?\b))\w*\s+(?:\S+\s+){0,3}?(?:быў\s+)?(?:устаноўлен|узведзен|пастаўлен"
    r"|створан)(?:ы|а|ае|ыя|ая)?\b"
    r"|\b(?:устаноўлен(?:ы|а|ае|ыя|ая)?|узведзен(?:ы|а|ае|ыя|ая)?|пастаўлен(?:ы|а|ае|ыя|ая)?|створан(?:ы|а|ае|ыя|ая)?|устанавілі"
    r"|узвялі|стварылі)\s+(?:\S+\s+){0,2}?(?:помнік|манумент|абеліск|мемарыял(?:а|у|ам|е|ы)?\b)"
    r"|\b(?:monument|memorial|obelisk)\s+(?:\S+\s+){0,3}?(?:was|were)\s+(?:erected|installed|built|created)\b"
    r"|\b(?:erected|installed|created)\s+(?:a |the )?(?:\S+\s+){0,2}?(?:monument|memorial|obelisk)\b"
    r"|\bпатриотическ\w+ акци\w*|\bакци\w* памяти\b|\bпатрыятычн\w+ акцы\w*|\bминут\w* молчани\w*"
    r"|\bpatriotic (?:action|campaign|event)s?\b"
    # an action named for memory, a requiem: «акция «Свеча памяти»», «акцыя памяці», «рэквіем-акцыя», "a requiem rally"
    r"|\bакци\w*\s+«[^»]{0,40}?\bпамят|\bакцы\w*\s+«[^»]{0,40}?\b(?:памяц|памят)|\bакцы\w* памяці\b"
    r"|\bпамятн\w+ акцы\w*|\b(?:реквием|рэквіем|requiem)\w*"
    r"|\bхвілін\w* маўчанн\w*|\bminute of silence\b"
    # honouring the fallen, a rally of mourning, the Immortal Regiment (GUIDE §4.5: a ceremony, a patriotic action)
    r"|\bпочтил\w* память|\bпочтят память|\bпочтить память|\b(?:ушанава|ўшанава|ушануюць|ўшануюць)\w* памяць"  # («ушанаваў», «ушанавалі»)
    r"|\bpaid tribute\b|\bpay tribute\b|\bhonou?red the memory\b|\bhonou?r the memory\b"
    r"|\bпамятн\w+ церемони\w*|\bтраурн\w+ церемони\w*|\bмемориальн\w+ церемони\w*|\bпамятн\w+ цырымоні\w*"
    r"|\bmemorial ceremony\b|\bmourning ceremony\b"
    r"|\bceremony to commemorate\b|\bcommemorative ceremony\b|\bцеремони\w* (?:памяти|почтения)"
    r"|\bцырымон\w* (?:ушанавання|ўшанавання|памяці)|\bмітынг\w*|\b(?:memorial|mourning|requiem) rally\b"
    # (but «сопредседатель движения «Бессмертный полк»» names a movement, no march)
    r"|\bбессмертн\w+ полк\w*(?<!движения «бессмертный полк)(?<!движения \"бессмертный полк)"
    r"|\bбессмяротн\w+ полк\w*(?<!руху «бессмяротны полк)|\bimmortal regiment\b(?! movement)"
    # the fallen reburied: «перезахоронение останков», «перапахаванне», "the remains were reburied"
    r"|\bперезахоронени\w*|\bперезахоронил\w*|\bперезахоронен[аоы]?\b|\bперапахаванн\w*|\bперапахавал\w*"
    r"|\breburi(?:al|ed)\b"
    # patriotic actions of memory by their names: «Вахта памяти», "memory watch", «эстафета «Пламя памяти»» (but «Поезд
    # Памяти» is a cultural and educational project: other)
    r"|\bвахт\w* памяти\b|\bвахт\w* памяці\b|\bmemory watch\b"
    r"|\b(?:эстафет|марафон|пробег|прабег|поход)\w*\s+«[^»]{0,40}?\b(?:памят|памяц)"
)

# the festivals of the cooperation known by name in every language, and their Russian names (for a Belarusian or
# English text's title: "The Slavic Unity festival" → «Фестиваль «Славянское единство»»)
FESTIVAL_NAMES: tuple[tuple[str, str], ...] = (
    (r"slavic unity|slavonic unity|славянск\w+ единств|славянск\w+ адзінств", "Славянское единство"),
    (r"slavianski bazaa?r|slavic bazaa?r|slavyansky bazaa?r|славянск\w+ базар|славянск\w+ базар", "Славянский базар"),
    (r"dozhinki|dazhynki|дожинки|дажынкі", "Дожинки"),
)

# «Дни Минска в Москве», «Дні Магілёва», "Days of Minsk": the days of a town (the word after must be a place)
# (and one day of a town or region: «день Удмуртии на выставке», «День Минска», "Vitebsk Region Day")
DAYS_OF_PLACE = (r"\b(?:дни|дней|дням|днях|дні|днеў|дзен|days of|день|дня|дню|днем|дне|дзень|day of)"
                 r" (?:the )?((?:st\.? |saint |республики |рэспублікі |republic of )?[а-яіўa-z-]{3,}"
                 r"(?: (?:области|вобласці|края|краю|района|раена|region|oblast)\b)?)"
                 r"|\bcity days\b|\bdays\b")  # "the Minsk City Days", "Minsk Days": the town is the word before

# --- event cues -------------------------------------------------------------------------------
# (type, pattern). Order matters only for titles; every matching cue makes a candidate.
# Russian, Belarusian and English cues live side by side: a text matches only its own words.
# a person or a delegation setting off for a place: «направится в», «отправится в», «поедет в», «выехал в»,
# «накіруецца ў», "will travel to", "travelled to" (the place decides whether it is across the border)
_INTO = r"\s+(?:\S+\s+){0,3}?(?:в|во|ў|у)\s"
TRAVELS = "|".join(
    [rf"\b{verb}{_INTO}" for verb in (
        r"направ(?:ится|ятся|ился|илась|ились)", r"отправ(?:ится|ятся|ился|илась|ились)", r"поед(?:ет|ут)",
        r"поехал\w*", r"выехал\w*", r"выед(?:ет|ут)", r"накіру(?:ецца|юцца)", r"адправ(?:іцца|яцца|іўся|ілася|іліся)",
        r"накіраваў\w*", r"накіравал\w*", r"паед(?:зе|уць)", r"паехаў", r"паехал\w*",
        # flying out: «вылетели в Минск», «вылецеў у Маскву»
        r"вылетел\w*", r"вылетит", r"вылетят", r"вылецеў", r"вылецелі", r"вылеціць", r"вылецяць")]
    + [rf"\b{verb} to\s" for verb in (r"will travel", r"travell?ed", r"travell?ing", r"will head",
                                       r"headed")]
    # "set off for Belarus", "left for Minsk" (where a place follows: see event_cues, "left for registration" is none)
    + [rf"\b{verb} for\s" for verb in (r"set(?:s|ting)? off", r"departed", r"departs", r"will depart", r"left",
                                        r"leaves", r"will leave")])
# any forum, conference or congress: a meeting of the calendar (GUIDE §4.7), and a gathering of its own kind
GATHERINGS = (r"\bфорум\w*|\bforum\b|\bконференци\w*|\bканферэнцы\w*|\bconference\b|\bконгресс\w*|\bcongress\b"
              r"|\bсъезд(?:а|е|у|ом|ы|ов)?\b"  # («съезд народов Татарстана»)
              r"|\bсаммит\w*|\bсаміт\w*|\bsummit\b")  # a summit of heads of state too
# a concert, a themed evening or a solemn assembly: a commemoration where it is held for a day or an anniversary
# a gathering of people held for a day or an anniversary, not talks of sides: «встреча поэтов, посвящённая Дню
# единения», «сустрэча школьнікаў з ветэранамі, прымеркаваная да 80-годдзя Перамогі», "a meeting of poets dedicated to
# the Day of Unity" (GUIDE §4.5: a themed evening is a commemoration)
THEMED_MEETING = (
    r"\bвстреч\w*(?=(?:\s+[^\s.;]+){0,7}?,?\s+(?:посвященн|приуроченн)\w*\s+(?:к\s+|ко\s+)?(?:\S+\s+)?[«\"]?(?:дн[юяе]\b"
    r"|\d+[- ]?(?:лет|й год)|годовщин|юбиле|памят|побед|освобожд))"
    r"|\bсустрэч\w*(?=(?:\s+[^\s.;]+){0,7}?,?\s+(?:прысвечан|прымеркаван)(?:ая|ы|ае|ую|ай|ых)\s+(?:да\s+)?(?:\S+\s+)?[«\"]?"
    r"(?:дн[юя]\b|\d+[- ]?(?:годдз|я гадавін)|гадавін|юбіле|памяц|перамо|вызвален))"
    r"|\bmeetings?\b(?=(?:\s+(?!(?:was|were|is|are|will|has|had)\b)[^\s.;]+){0,7}?,?\s+(?:dedicated|devoted|timed)\s+to\s+"
    r"[«\"“]?(?:the\s+)?(?:\S+\s+)?(?:day\b|\d+(?:th|st|nd|rd)\s+anniversary|anniversary|memory|victory|liberation))"
)
FESTIVE = (
    THEMED_MEETING + "|"
    r"\bпраздничн\w+ конц[еэ]рт(?:а|е|ом|у)?\b|\bсвяточн\w+ конц[еэ]рт(?:а|е|ом|у)?\b"
    r"|\bконц[еэ]рт(?:а|е|ом|у)?\b|\bканцэрт(?:а|е|ам|у)?\b"
    r"|\bлитературно-музыкальн\w* вечер\w*|\bтематическ\w* вечер\w*|\bмузыкальн\w* вечер\w*|\bлитературн\w* вечер\w*"
    r"|\bлітаратурна-музычн\w* вечар\w*|\bтэматычн\w* вечар\w*|\bлітаратурн\w* вечар\w*"
    r"|\bторжественн\w+ (?:собрани|заседани)\w*|\b(?:урачыст|ўрачыст)\w+ (?:сход|пасяджэнн)\w*"
    r"|\b(?:торжественн|праздничн)\w+ (?:мероприяти|вечер|прием|церемони)\w*|\b(?:урачыст|ўрачыст|святочн)\w+ (?:мерапрыемств"
    r"|вечар|прыем|цырымоні)\w*|\b(?:solemn|festive|gala|ceremonial) (?:event|reception|evening|ceremon(?:y|ie))s?\b"
    r"|\bgala concert\b|\bconcert\b|\b(?:solemn|ceremonial|festive|gala) (?:meeting|assembly)\b|\bthemed evening\b|\bliterary evening\b"
    # a festive procession through the town: «праздничное шествие», «святочнае шэсце», "a festive procession"
    r"|\b(?:праздничн|торжественн)\w* шестви\w*|\b(?:святочн|урачыст|ўрачыст)\w* шэсц\w*|\b(?:festive|solemn) procession\b"
    # the school's and the library's ways to mark a day: a video bridge, lessons, a class hour, a quiz, a flash mob,
    # a dialogue of cultures, a motor rally (GUIDE §4.5 "patriotic action, themed evening")
    r"|\bтелемост\w*|\bтэлемост\w*|\bvideo ?bridge\b|\btelebridge\b|\b(?:единые|единый|единых|открыт\w+|адзін\w+)"
    r" (?:урок|ўрок)\w*|\bурок\w* (?:мужества|памяти|единения|мужнасці|памяці|яднання)|\bклассн\w+ час\w*"
    r"|\bкласн\w+ гадзін\w*|\b(?:single|unified|open) lessons?\b|\bclass hours?\b|\bфлешмоб\w*|\bфлэшмоб\w*"
    r"|\bflash ?mob\b|\bвикторин\w*|\bвіктарын\w*|\bquiz\w*|\bдиалог\w* культур|\bдыялог\w* культур"
    # a patriotic action or campaign held for a day («акция «Единством сильны», посвящённая Дню единения»)
    r"|\bакци(?:я|и|ю|ей)\b|\bакцы(?:я|і|ю|яй)\b|\bcampaign\b"
    r"|\bdialogue of cultures\b|\bавтопробег\w*|\bаўтапрабег\w*|\bmotor rally\b|\bcar rally\b"
    # a cycling or motorcycle rally, an evening of memory held for a day (GUIDE §4.5 "patriotic action, themed evening")
    r"|\b(?:вело|мото)пробег\w*|\b(?:вела|мота)прабег\w*|\b(?:cycling|bike|motorcycle) (?:race|rally|ride|run)s?\b"
    r"|\bвечер\w* памяти\b|\bвечар\w* памяці\b|\b(?:memorial|remembrance) evening\b|\bevening of remembrance\b"
    r"|\bпарад\w*|\bparade\b|\bторжеств(?:а|ах|ам)\b|\bурачыстасц\w*|\bўрачыстасц\w*|\bcelebrations\b"
    # a lesson, a class hour or a performance held for a day: «урок, посвящённый Дню единения», "a lesson dedicated to"
    r"|\b(?:урок|ўрок|спектакл|спектакал|театрализованн\w+ представлени|тэатралізаван\w+ прадстаўленн)\w*"
    r"(?=,?\s+(?:посвящ|приуроч|прысвеч|прымеркав)\w*)|\b(?:lesson|performance|show)s?\b(?=,?\s+(?:dedicated|devoted)\s+to)"
    # events held for a historic date: «мероприятия, посвященные началу войны», «мерапрыемствы, прысвечаныя вызваленню»,
    # "events dedicated to the liberation" (a named day's own celebrations are the day's record)
    r"|\bмероприяти\w*(?=,?\s+(?:посвящ|приуроч)\w*\s+(?:\S+\s+){0,2}?(?:начал|освобожд|памят\w* (?:жертв|павш|погибш)))"
    r"|\bмерапрыемств\w*(?=,?\s+(?:прысвеч|прымеркав)\w*\s+(?:\S+\s+){0,2}?(?:пачат|вызвален|памяц\w* (?:ахвяр|загінул)))"
    r"|\bevents\b(?=,?\s+(?:dedicated|devoted|timed)\s+to\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:beginning|start|liberation|memory))"
)

_NO_WELCOME = (r"\b(?!\s+(?:\S+\s+){0,2}?(?:хлеб|каравай|каравае|цвет|аплодисмент|овац|песн|хлебам|караваем|кветк"
               r"|апладысмент|bread|flowers|applause))")
# what an English "anniversary" may qualify as an adjective ("the 10th Anniversary Forum", "anniversary festival")
JUBILEE_OF = r"forums?|festivals?|fairs?|conferences?|sessions?|meetings?|congress|editions?|exhibitions?|games"
CUES: tuple[tuple[str, str], ...] = (
    # meetings
    ("meeting", r"\bзаседани\w*"),
    # a body gathering for its sitting: «группа собиралась в феврале», «група збіралася», "the commission met"
    ("meeting", r"\b(?:групп|груп|комисси|камісі|совет|савет)\w*\s+(?:\S+\s+)?(?:собирал|собрал|збірал|сабрал)\w*"
                r"|\b(?:group|commission|council)\s+(?:last\s+)?(?:met|convened)\b"),
    ("meeting", r"\bсовещани\w*"),
    ("meeting", r"\bвстреч(?:а|и|у|е|ей|ах)\b"),
    # (a welcome is no meeting: «гостей встретили хлебом-солью», «сустрэлі караваем», "met with bread and salt")
    # (and a welcome is what «встретили гостей», «"Поезд Памяти" встретили в Бресте» say: the transitive verb greets;
    # «встретился», «встретятся», «встретиться» meet)
    ("meeting", rf"\bвстрет(?:и|я)(?!л[аио]?\b|ли\b)\w*{_NO_WELCOME}|\bвстреча\w+ся\b|\bпровел\w* встреч\w*"),
    # (not the adjective: «переговорный процесс», «перагаворнага парадку дня» name no talks held)
    ("meeting", r"\bпереговор(?!н)\w*|\b(?:обсудил|поговорил|побеседовал|беседовал)\w* с (?:губернатор|председател"
                r"|министр|послом|глав|руководств|президент|премьер|чрезвычайн|мэр|делегаци)\w*"),
    # two officials named as the subject of talking: «Губернатор … и председатель облисполкома … обсудили …»
    # (``event_cues`` reads it only where two role words stand before, joined by «и», «і», "and")
    ("meeting", r"\bобсудили\b|\bобговорили\b|\bабмеркавалі\b|\bdiscussed\b|\bобсуждают\b|\bабмяркоўваюць\b|\bобсудят\b|\bабмяркуюць\b"
                r"|\bwill discuss\b"),
    # a forum's plenary session by another name (GUIDE §3: a meeting of its own)
    ("meeting", r"\bпленарн\w* сесси\w*|\bпленарн\w* сесі\w*"),
    # a session of a named body: «48-я сессия Парламентского собрания», «сесія Парламенцкага сходу», «сессия Совета»
    # (English: "session of the" above; a forum's session is its part, see ``PART_OF``)
    ("meeting", r"\bсесси(?:я|и|ю|ей)\b(?=\s+(?:\S+\s+){0,2}?(?:собрани|совет|комисси|ассамбле|парламент|межпарламент)\w*)"
                r"|\bсесі(?:я|і|ю|яй)\b(?=\s+(?:\S+\s+){0,2}?(?:сход|савет|камісі|асамбле|парламент|міжпарламент)\w*)"),
    ("meeting", r"\bвидеоконференц\w*(?! ?связ)|\bвідэаканферэнц\w*(?! ?сувяз)|\bvideo ?conferenc\w*"
                # … by its other name: «телеконференция», «тэлеканферэнцыя», "teleconference"
                r"|\bтелеконференц\w*|\bтэлеканферэнц\w*|\btele-?conferenc\w*"
                # … or "a video call", "talks via video link"
                r"|\bvideo ?calls?\b|\b(?:talks|meeting|conversation)s? (?:via|by|over) (?:a )?video ?link\b"
                # … or a video bridge of two sides' libraries, schools, councils (held for a holiday it is a
                # commemoration instead: see ``BRIDGE``)
                r"|" + BRIDGE),
    # talks by telephone, as by video (GUIDE §3: a meeting): «телефонный разговор», «поговорили по телефону»,
    # «тэлефонная размова», «паразмаўляў па тэлефоне», "a telephone conversation", "spoke by phone"
    ("meeting", r"\bтелефонн\w+ (?:разговор|переговор|беседа|беседу)\w*|\b(?:поговорил|переговорил)\w* по телефону\b"
                r"|\bтэлефонн\w+ (?:размов|перамов|гутар)\w*|\bпаразмаўля\w+ па тэлефоне\b"
                r"|\b(?:telephone|phone) (?:conversation|call|talk)s?\b|\b(?:spoke|talked) (?:by|on the|over the) "
                r"(?:telephone|phone)\b"),
    # receiving the people of another place, named by their place: «принял белгородцев», «прыняў магілёўцаў» (the
    # people of a place in the accusative plural: «брянцев», «гомельчан», «смолян», «псковичей»; not «горожан»,
    # «граждан»: a reception of citizens). (Told before the verb, «белгородцев принял председатель», they are not
    # read: a pattern that cannot start with a word cost 3 % of the extraction's time.)
    ("meeting", r"\bпринял\w* " + GUESTS_BY_PLACE + r"|\bпрыня(?:ў|ла|лі) " + GUESTS_BY_PLACE_BE),
    # receiving a delegation or an official is a meeting with the host (and the guests' visit, read apart)
    # (the received in the accusative: «Участие приняли председатель …» is a list of who took part)
    ("meeting", r"\bпринял\w* (?:(?:в|во) \w+ )?(?:делегаци(?:ю|и|й)|губернатор(?:а|ов)|глав(?:у|)|председател(?:я|ей)|посл(?:а|ов))\b"
                r"|\bприм(?:ет|ут) (?:губернатор\w*|глав\w*|председател\w*|посл\w*)"
                # the host after the verb: «15 апреля Павла Конькова примут белорусский лидер и премьер-министр»
                r"|\bприм(?:ет|ут)\s+(?:\S+\s+){0,2}?(?:лидер|президент|премьер|губернатор|глав[аы]|председател[ьи]|мэр)\w*"
                r"|\bпрыня(?:ў|ла|лі) (?:(?:у|ў) \w+ )?(?:дэлегацы\w*|губернатар\w*|кіраўнік\w*|пасл\w*|старшын\w*)"
                r"|\breceived (?:a |the )?(?:delegation|governor|head|ambassador|chairman|minister|mayor)\b"
                r"|\bприем\w* (?:делегаци|посл|губернатор)\w*"
                # guests received by an official (a counterpart named by office), not by a town: «Вчера гостей принял
                # председатель облисполкома», «Гасцей прыняў старшыня», "The governor received the guests"
                r"|\bпринял\w* (?:гостей|делегаци\w*) (?:\S+\s+)?(?:губернатор|глав[аы]|председател|мэр|министр"
                r"|президент|премьер|посол|заместител)\w*"
                r"|\b(?:гостей|делегацию) принял\w* (?:\S+\s+)?(?:губернатор|глав[аы]|председател|мэр|министр"
                r"|президент|премьер|посол|заместител)\w*"
                # a guest received by an official: «был принят Президентом», «его принял Президент Беларуси», «яго прыняў
                # Прэзідэнт» ("was received by" below)
                r"|\bпринят[аы]?\s+(?:\S+\s+)?(?:президент|премьер-министр|губернатор|глав|председател|мэр|министр|посл)"
                r"(?:ом|ем|ой|ами)\b"
                r"|\b(?:его|гостя|гостью)\s+принял[аи]?\s+(?:\S+\s+)?(?:президент|премьер|губернатор|глав[аы]|председател"
                r"|мэр|министр|посол)\w*"
                r"|\b(?:яго|гасця)\s+прыня(?:ў|ла|лі)\s+(?:\S+\s+)?(?:прэзідэнт|прэм.ер|губернатар|кіраўнік|старшын|мэр"
                r"|міністр|пасол)\w*"
                r"|\bпрыняты\w*\s+(?:\S+\s+)?(?:прэзідэнт|прэм.ер-міністр|губернатар|кіраўнік|старшын|мэр|міністр|пасл)"
                r"(?:ам|ем|ай)\b"
                r"|\bпрыня(?:ў|ла|лі) (?:гасцей|дэлегацы\w*) (?:\S+\s+)?(?:губернатар|кіраўнік|старшын|мэр|міністр"
                r"|прэзідэнт|прэм.ер|пасол|намеснік)\w*"
                r"|\b(?:governor|chairman|chairperson|mayor|minister|president)\b(?:\s+\S+){0,6}?\s+received (?:the )?"
                r"guests\b"),
    ("meeting", r"\bпасяджэнн\w*|\bнарад(?:а|ы|зе|у|ай|аў|ах|ам|амі)\b|\bсустрэч\w*|\bсустрэл(?:іся|ася)\b|\bсустрэнецца\b|\bсустрэнуцца\b|\bсустрэўся\b"
                r"|\bперамов\w*|\bперагавор(?!н)\w*"),
    ("meeting", rf"\bmeeting\b(?! (?:point|place|room|hall|venue|spot)s?\b)|\bsittings? of\b|\b(?:held|hold|holds|will hold) (?:its|their|a|the) (?:\S+ )?(?:sitting|session)\b|\bwas received by\b|\bwere received by\b|\bmet with\b{_NO_WELCOME}|\bmet\b{_NO_WELCOME}|\bmeet\b|\btalks\b|\bnegotiations\b|\bsession of the\b|\bplenary (?:session|meeting)\b"
                r"|\b(?:discussed|talked) with (?:the )?(?:governor|chairman|chairperson|head|president|prime minister"
                r"|minister|ambassador|mayor)\b"),
    # any forum, conference or congress is a meeting of the calendar (GUIDE §4.7); its sections are not events
    ("meeting", GATHERINGS),
    # visits
    # «визитная карточка района», «визитка», «адна з візітовак вобласці»: a calling card, no visit
    ("visit", r"\bвизит(?!н\w* карточ|к[аеиоу])\w*"),  # («визитных карточек»)
    ("visit", r"\bрабоч\w+ поездк\w*|\bпоездк\w*|\bпаездк\w*|\bкамандзіроўк\w*|\bкомандировк\w*"),
    # a press tour: journalists on a working trip to the other side (GUIDE §4.6: any working trip)
    ("visit", r"\bпресс-тур\w*|\bпрэс-тур\w*|\bpress[- ]tours?\b"),
    # back from a trip to a place: «вернулись из Брянска, где приняли участие …», «вярнуліся з Бранска», "returned from
    # Bryansk" (a place must follow: «вернулся из отпуска» is no trip, see event_cues)
    ("visit", r"\bвернул(?:ись|ась|ся)\s+из\b|\bвярнул(?:іся|ася|ся)\s+з\b|\breturned\s+from\b|\bcame\s+back\s+from\b"),
    # a joint or search expedition is a trip of a group: «поисковая экспедиция», «пошукавая экспедыцыя», "a search
    # expedition"
    ("visit", r"\b(?:поисков|международн|совместн|пошукав|міжнародн|сумесн)\w+ (?:\S+ )?экспед\w*"
              r"|\b(?:search|joint|international) (?:\S+ )?expeditions?\b"),
    # a business or trade mission: a region's firms on a working trip (GUIDE §4.6)
    ("visit", r"\bбизнес-мисси\w*|\bторгов\w* мисси\w*|\bбізнес-місі\w*|\bгандлев\w* місі\w*"
              r"|\b(?:business|trade) missions?\b"),
    ("visit", r"\bделегаци\w*(?:\s+\S+){0,8}?\s+(?:посетил\w*|посетит|прибыл\w*|прибудет|приехал\w*|побывал\w*"
              r"|находится|находились|поучаствовал\w*|принял\w* участие|примет участие|прибывает)"),
    ("visit", r"\bделегаци\w* \S+ (?:обласц\w*|вобласц\w*)|\bвізіт(?!оў|ов|н\w* картк)\w*|\bвізыт\w*|\bдэлегацы\w*(?:\s+\S+){0,8}?\s+наведал\w*"),
    ("visit", r"\bvisit(?!ors?\b)\w*(?!\w)(?! (?:to )?(?:the )?(?:[“\"«]|it\b|them\b|(?:[\w-]+,? (?:and )?){0,4}?(?:enterprise|factory"
              r"|plant|compan|fair|exhibit|festival|museum|stand|pavilion|complex|memorial|monument|school|farm|hospital"
              r"|library|librar|port|works|mine|centre|center|college|academy|institute|theatre|theater|park|cathedral"
              r"|church|castle|zoo)))|\bdelegation\b"  # ("visiting the historical and memorial complex": a place seen)
              r"|\bworking trip\b|\btravels to\b|\barrived in\b|\bпрыбыў\w*|\bпрыбыл\w*|\bпрыехаў\w*|\bпрыеха(?:ла|лі)\s+(?:у|ў)\b|\bcame\s+to\b"
              r"|\bпрыбудзе\b|\bпрыбудуць\b|\bпрыедзе\b|\bпрыедуць\b|\bwill arrive in\b|\bwill visit\b"
              r"|" + TRAVELS),
    ("visit", r"\bделегаци\w*|\bдэлегацы\w*|\bприбыл\w* (?:в|во)\b|\bприехал\w* (?:в|во)\b|\bсъездил\w*"
              # a theatre's or an ensemble's tour: «гастроли Томского театра драмы в Минске», «гастролі тэатра» (GUIDE §4.6:
              # touring a place as a guest)
              r"|\bгастрол\w*"
              # (announced as the Belarusian «прыедзе», «прыбудзе» above: «приедет в Гродно», «прибудут на форум»)
              r"|\bприбуд(?:ет|ут) (?:в|во|на)\b|\bприед(?:ет|ут) (?:в|во|на)\b"
              r"|\bприлетел\w* (?:в|во)\b|\bприлет(?:ит|ят) (?:в|во)\b|\bпрыляц(?:еў|ела|елі|іць|яць) (?:у|ў)\b"
              r"|\bflew (?:in)?to\b|\bflies to\b|\bfly to\b(?<=will fly to)|\bпосетил\w* |\bпосетит |\bпосетят |\bнаведа(?:ў\w*|ла|лі|е|юць) "
              # a stay as a guest (GUIDE §4.6): «губернатор побывал в Минске», «пабываў у Віцебску»
              r"|\bпобывал\w* (?:в|во)\b|\bпобывает (?:в|во)\b|\bпабыва(?:ў|ла|лі|е) (?:у|ў)\b"
              # staying at a place as a guest (GUIDE §4.6), told in the past of an official or a delegation (see
              # event_cues: «завод находится в Минске» is none): «губернатор находился в Минской области», «знаходзіўся ў»
              r"|\bнаходил(?:ся|ась|ись) (?:в|во)\b|\bзнаходзі(?:ўся|лася|ліся) (?:у|ў)\b|\bstayed in\b"
              # «во время пребывания в Лиде», "during his stay in Lida"
              r"|\b(?:his|her|their|the|working) stay in\b"
              # staying as guests: «С понедельника по среду в Лиде гостили представители Котласа», «гасцявалі»
              r"|\bгостил(?:и|а)?\b|\bгасцява(?:лі|ла|ў)\b"
              # dropping in as guests: «Учора ў Магілёў завіталі госці», «завітаў у Гомель»
              r"|\bзавіта(?:ў|ла|лі|е|юць)\b"
              # … and at a gathering held elsewhere (GUIDE §4.6): «губернатор побывал на выставке «Россия»»
              r"|\bпобыва(?:л|ла|ли|ет|ют) на\b|\bпабыва(?:ў|ла|лі|е|юць) на\b"
              # … told from the gathering first: «На выставке 6 мая побывал губернатор …»
              r"|\bпобыва(?:л|ла|ли)\s+(?!на\b|в\b|во\b)|\bпабыва(?:ў|ла|лі)\s+(?!на\b|у\b|ў\b)"),
    # a town or official receiving guests from the other side: «Смоленск принимает гостей из Витебской области»
    ("visit", r"\bприним\w* (?:гостей|делегаци\w*)|\bпринял\w* (?:гостей|делегаци\w*)|\bгост(?:и|ей) из\b"
              r"|\bпринял\w* " + GUESTS_BY_PLACE + r"|\bпрыня(?:ў|ла|лі) " + GUESTS_BY_PLACE_BE +
              # welcoming a guest is the guest's arrival: «в Калужской области встречают Посла Беларуси», «сустрэлі
              # дэлегацыю»
              r"|\bвстреча(?:ют|ли|ет|л|ла)\s+(?:\S+\s+){0,4}?(?:посл[аов]|делегаци\w+|губернатор[аов]"
              r"|председател[яей]|министр[аов])\b"
              r"|\bсустрака(?:юць|лі|е|ў|ла)\s+(?:\S+\s+){0,4}?(?:пасла|дэлегацы\w+|губернатар\w*)"
              r"|\bсустрэ(?:лі|ў|ла)\s+(?:\S+\s+){0,4}?(?:пасла|дэлегацы\w+|губернатар\w*)"
              r"|\b(?:welcomed|welcomes|greeted)\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:ambassador|governor|minister)\b"
              r"|\bпрыма\w* (?:гасцей|дэлегацы\w*)|\bгасц(?:і|ей) з\b|\b(?:hosts?|hosted|welcomed) (?:a |the )?"
              r"(?:delegation|guests)\b|\bguests from\b"
              # coming as a guest: «к нам в гости приехали друзья из Беларуси», «приехал в гости», «прыехалі ў госці»
              r"|\b(?:приехал|прибыл|приезжа|приед|прибуд|прыехал|прыбыл|прыязджа|прыед|прыбуд)\w* (?:к нам |к ним "
              r"|да нас |да іх )?(?:в|у|ў) (?:гости|госці)\b|\b(?:гости|госці) (?:к нам |к ним |да нас |да іх )?(?:приехал|прибыл"
              r"|приезжа|приед|прибуд|прыехал|прыбыл|прыязджа|прыед|прыбуд)\w*"
              # … with what they came for between: «В гости на День Независимости приехали представители …»
              r"|\b(?:гости|госці)\s+(?:на|да|ко|к)\s+(?:[^\s.,;:!?]+\s+){1,4}?(?:приехал|прибыл|прыехал|прыбыл)\w*"
              # coming for a holiday: «на праздник в Гомель приехали», «прыехалі на свята», "came … for the holiday"
              r"|\b(?:приехал|прибыл|прыехал|прыбыл)\w* на (?:праздник|торжеств|празднован|свят|урачыст)\w*"
              r"|\b(?:праздник|торжеств|празднован|свят|урачыст)\w*\s+(?:\S+\s+){0,3}?(?:приехал|прибыл"
              r"|прыехал|прыбыл)\w*"
              r"|\b(?:came|arrived|travell?ed)\b(?:\s+\S+){0,3}?\s+for the (?:holiday|celebrations?|festivities)\b"),
    # fairs
    ("fair", r"\bярмарк\w*|\bвыставк\w*-ярмарк\w*|\bкірмаш(?!ов)\w*|\bfair\b"),  # (not «кірмашовае дзейства»: fair-like)
    # festivals
    # «фестиваль-ярмарка», "festival-fair": one event, a fair (GUIDE §4: the decision list puts fair first)
    ("festival", r"\bфестивал\w*+(?!-ярмарк)|\bфестывал\w*+(?!-кірмаш)|\bfestival\w*+(?!-fair)"),
    # a festival named by a compound: «каравай-фест», «фольк-фест», "folk-fest"
    ("festival", r"\bфест(?:а|е|у|ом|ы|ов|ах|ам)?\b|\bfest\b"),
    # the national festival of the written word, held each September in another town (no fixed day)
    ("festival", r"\b(?:день|дня|дню|днем|дне|дни|дней) белорусской письменности\b"
                 r"|\b(?:дзень|дня|дню|днем|дні) беларускага пісьменства\b"
                 r"|\bbelarusian written language day\b|\bwritten language day\b"
                 r"|\bday of (?:the )?belarusian (?:written language|writing)\b"),
    # a festival known by its name alone in English: "as part of the Slavianski Bazaar" (``FESTIVAL_NAMES``; a Russian
    # or Belarusian text quotes the name beside the word «фестиваль», or names a festivity within it)
    ("festival", r"\bslavianski bazaa?r\b|\bslavyansky bazaa?r\b"),
    # a town's day: «День города», «Дзень горада», "City Day" (the town's days, GUIDE §4.4)
    ("festival", r"\b(?:день|дня|дню|днем|дне|дни|дней) города\b|\b(?:дзень|дня|дню|днем|дні|дзен) горада\b|\bcity day\b"),
    # a people's holiday (GUIDE §4.4): «праздник урожая», «народный праздник», «свята ўраджаю»
    # (its genitive also after adjectives: «праздник славянской письменности и культуры», «свята беларускай песні»)
    ("festival", r"\bпраздник\w* (?:\w+(?:ой|ей|ого|их) ){0,2}?(?:урожая|песни|культуры|письменности|города|села|деревни"
                 r"|района|национальн\w+ культур|(?:тружеников|работников) (?:села|сельского))"
                 r"|\bнародн\w+ (?:праздник|гуляни|свят)\w*|\bсвя(?:т|ц)\w* (?:\w+(?:ай|ой|ага|ых|іх) ){0,2}?(?:ураджаю"
                 r"|ўраджаю|горада|вескі|раена|песні|культуры|пісьменнасці|працаўнікоў (?:вескі|сельскай))"
                 r"|\bfestival of (?:\w+ ){0,2}?(?:writing|literature|culture|song)s?\b"
                 r"|\bгуляни\w*|\bfolk holiday\b"),
    ("festival", r"\b(?:дни|дней|дням|днях) (?:культуры|\w+(?:ой|ского) области|\w+ской культуры|белорусской культуры)"),
    ("festival", r"\b(?:дні|днеў|дзен|дням|днях) (?:(?:\w+ай )?культуры|\w+ай вобласці)"
                 r"|\bdays of (?:(?:\w+ )?culture|(?:the )?\w+ (?:oblast|region))"  # ("Days of Belarusian Culture")
                 r"|\b(?:oblast|region) days\b|\bculture days\b"),
    # a culture week is a festival like the Days of Culture: «Неделя белорусской культуры», «Тыдзень беларускай
    # культуры», "the Week of Belarusian Culture", "Belarusian Culture Week"
    ("festival", r"\bнедел[яиюе] (?:\w+ )?культур\w*|\bтыд(?:зень|ня|ні) (?:\w+ )?культур\w*|\bweek of (?:\w+ )?culture\b"
                 r"|\bculture week\b"),
    # a holiday by its name, in any quotes, the name also first: «праздник «Купалье»», «свята “Купалле”», «“Александрия
    # собирает друзей” — праздник под таким названием состоялся»
    ("festival", r"\bпраздник\w* [«\"“„]|\bнародн\w+ гуляни\w*|\bсвят(?:а|у|ам|е) [«\"“„]|\bсвяце [«\"“„]"
                 r"|\bпраздник\b(?<=[»\"”] [—–-] праздник)|\bсвята\b(?<=[»\"”] [—–-] свята)"),
    ("festival", DAYS_OF_PLACE),
    # commemorations (named days and anniversaries are added from the tables below)
    # a day of memory or glory the text says is or was celebrated: «отметили День партизан и подпольщиков»
    # (a day of another kind -- children's, a profession's -- is not this calendar's)
    ("commemoration", r"\b(?:отмети\w*|отмеча\w*|праздну\w*|адзначы\w*|адзнача\w*|святку\w*|celebrat\w*|marked)"
                      r"\s+(?:\S+\s+){0,2}(?:день|дзень|day)\s+(?:\S+\s+){0,2}(?:памят|слав|освобожд|вызвален|побед"
                      r"|перамог|партизан|партызан|подпольщик|единени|яднанн|независим|незалежн|геро|воин|ветеран"
                      r"|remembrance|liberation|victory|glory|partisan)\w*"),
    # («80-летие», «82-я годовщина», "75th anniversary" with their numbers are read by event_cues._ANNIV)
    # (but "the 10th Anniversary Forum" is a jubilee forum, «юбилейный форум»: the forum's own adjective)
    ("commemoration", r"\bгодовщин\w*|\bанівэрсар\w*|\banniversary\b(?!\s+(?:" + JUBILEE_OF + r"))"),
    ("commemoration", CEREMONY),
    # a concert, a themed evening or a solemn assembly held for a holiday or an anniversary (GUIDE §4.5; read only
    # where ``DEDICATED`` says what it is held for)
    ("commemoration", FESTIVE),
    # signing: handled by SIGN_VERBS x DOCUMENTS below; plans by PLAN below
    # other (not scored, reported for completeness)
    ("other", r"\bпрезентаци\w*|\bконкурс\w*|\bконцерт(?:а|е|ом|у|ы|ов|ами|ах)?\b"),
)

# a signing: a verb of signing (or its noun) near a document noun
SIGN_VERBS = (
    r"\bподписа\w*|\bподписани\w*|\bподпиш\w*|\bзаключен\w*|\bзаключил\w*|\bзаключи\w*|\bподпис(?:и|ей) под|\bутвердил\w*"
    r"|\bпереподпис\w*|\bперезаключ\w*|\bперападпіса\w*"  # a document signed anew
    r"|\bпадпіса\w*|\bпадпіш\w*|\bзаключан\w*|\bзаключы\w*"  # («падпісаць», «падпісалі», «падпісанне»)
    r"|\bsigned\b|\bsigning\b|\bsign\b|\bconclud\w+"
    # signatures set to a paper: «скрепили подписями», «замацавалі подпісамі», "put their signatures to"
    r"|\bскреп\w* (?:\S+ )?подпис\w*|\bзамацава\w* (?:\S+ )?подпіс\w*|\bпаставіл\w* подпіс\w* пад"
    r"|\b(?:put|affixed|placed|set) (?:their |its |the )?signatures?\b"
    # a paper dated a day: «этим же днём был датирован Договор», «датаваны», "was dated"
    r"|\bдатирован\w*|\bдатаван\w*|\bwas dated\b"
)
DOCUMENTS = (
    r"\bсоглашени\w*|\bдоговор\w*|\bпротокол\w*|\bмеморандум\w*|\bплан(?!ир)\w*|\bпрограмм\w*|\bдорожн\w+ карт\w*"
    r"|\bпагадненн\w*|\bдагавор\w*|\bпратакол\w*|\bмемарандум\w*|\bдамов(?:а|ы|у|е|ай|аў|ам)\b|\bдарожн\w+ карт\w*"
    r"|\bпраграм\w*"
    r"|\bagreement\w*|\btreaty\b|\btreaties\b|\bmemorand(?:um|a)\b|\bprotocols?\b|\bminutes\b(?= of)|\broad ?maps?\b|\bplans?\b(?! to (?:sign|conclude|hold|visit|meet|open|build|set up|establish)\b)|\bprogrammes?\b|\bprograms?\b"
    r"|\bконтракт\w*|\bкантракт\w*|\bcontracts?\b"  # (a contract is signed like an agreement, GUIDE §4.1)
    # documents, unnamed: «подписаны документы о сотрудничестве» is one signing (GUIDE §3)
    r"|\bдокумент(?:ы|ов)? (?:о|об) (?:сотрудничеств|взаимодейств|партнерств)\w*"
    r"|\bдакумент(?:ы|аў)? аб (?:супрацоўніцтв|узаемадзеянн|партнерств)\w*|\bdocuments? on (?:cooperation|partnership)\b"
    r"|\bдекларац\w*|\bдэкларац\w*|\bdeclarations?\b"  # («подписали Декларацию о дальнейшем единении»)
    r"|\bпакет\w* документ\w*|\bпакет\w* дакумент\w*|\bpackage of documents\b"  # («подписан пакет документов»)
)
# a document with its own date: «Соглашение от 29 сентября 2020 г.», «Договор ... подписанный в 2002 году»
DOCUMENT_OF = r"(?:соглашени\w*|договор\w*|пагадненн\w*|agreement) (?:от|ад|of|dated)\s*$"

# a plan or programme with a period of years: «План мероприятий на 2023-2025 годы»
PLAN = (
    r"\b(?:план(?!ир)\w*|программ\w*|дорожн\w+ карт\w*|план\w* мерапрыемств\w*|праграм\w*|дарожн\w+ карт\w*"
    r"|plans?\b(?! to (?:sign|conclude|hold|visit|meet|open|build|set up|establish)\b)|programmes?\b|programs?\b|road ?maps?\b)"  # ("plans to sign": an intention, no plan)
)

# taking part in an event: an official singled out as doing so at a venue of the other side is on a visit (GUIDE §4.6)
TAKES_PART = (
    r"\b(?:приня(?:л|ла|ли)|прим(?:ет|ут)|принима(?:ет|ют|л|ла|ли)) участи\w*|\bпоучаствова\w*|\bучаствова\w*"
    r"|\bпрын(?:яў|яла|ялі)\s+[уў]дзел|\bпрым(?:е|уць|ае|аюць)\s+[уў]дзел|\bвозьм(?:е|уць)\s+[уў]дзел|\bбра(?:ў|ла|лі)\s+[уў]дзел|\bузя(?:ў|ла|лі)\s+[уў]дзел|\bўзя(?:ў|ла|лі)\s+[уў]дзел"
    r"|\b(?:удзельніч|ўдзельніч)а\w*|\btook part\b|\b(?:will )?take part\b|\btakes part\b|\btaking part\b|\bparticipated\b|\battended\b"
    r"|\bwill attend\b"
    # heading or presenting a region's exposition at it: «Гродненскую экспозицию возглавил …», «Экспозицию представила
    # витебская делегация», «узначаліў экспазіцыю», "headed the Belarusian exposition", "presented regional companies"
    r"|\bвозглави\w* (?:\S+\s+)?(?:экспозици|стенд|павильон)\w*|\b(?:экспозици|стенд|павильон)\w* (?:\S+\s+)?возглави\w*"
    r"|\b(?:экспозици|стенд)\w* (?:\S+\s+)?представи\w*|\bпредстави\w* (?:\S+\s+)?(?:экспозици|стенд)\w*"
    r"|\bузначалі\w* (?:\S+\s+)?(?:экспазіцы|стэнд)\w*|\bўзначалі\w* (?:\S+\s+)?(?:экспазіцы|стэнд)\w*"
    r"|\b(?:экспазіцы|стэнд)\w* (?:\S+\s+)?(?:узначалі|ўзначалі|прадставі)\w*"
    r"|\b(?:headed|led) the (?:\S+\s+)?(?:exposition|stand|pavilion)\b|\bpresented (?:\S+\s+){0,2}?companies at\b"
    # presenting their goods at it: «костромичи … представили продукцию на ярмарке» (GUIDE §4.6), «прадставілі
    # прадукцыю», "presented their goods at"
    r"|\bпредстави\w* (?:свою\s+|свои\s+)?(?:продукци|товар)\w*|\bпрадставі\w* (?:сваю\s+|свае\s+)?(?:прадукцы|тавар)\w*"
    r"|\bpresented (?:their |its )?(?:goods|products|produce)\b"
    # greeting those who take part is taking part: «приветствовал участников фестиваля», "greeted the participants"
    r"|\bgreeted\b(?= (?:the )?(?:participants|guests|organizers|audience))|\bприветствова\w* (?:\S+\s+)?(?:участник|гост)\w*"
    r"|\bпрывіта\w* (?:\S+\s+)?(?:удзельнік|гасц)\w*"
    # opening it is taking part: «Мероприятие открыли губернатор … и председатель …», «адкрыў свята», "opened the fair"
    r"|\bоткры(?:л|ла|ли|вает|вают)\s+(?:\S+\s+)?(?:мероприяти|церемони|праздник|фестивал|форум|выставк|ярмарк|торжеств)"
    r"|\b(?:мероприятие|церемонию|праздник|фестиваль|форум|выставку|ярмарку) откры(?:л|ла|ли)\b"
    r"|\bадкры(?:ў|ла|лі|вае|ваюць)\s+(?:\S+\s+)?(?:мерапрыемств|цырымоні|свят|фестывал|форум|выстав|кірмаш)"
    r"|\b(?:мерапрыемства|цырымонію|свята|фестываль|форум|выставу|кірмаш) адкры(?:ў|ла|лі)\b"
    r"|\bopened the (?:\S+\s+)?(?:event|ceremony|celebrations?|festival|forum|exhibition|fair)\b"
    # working at an event's venue: «работал в Витебске на площадке Форума», «працаваў на пляцоўцы форуму», "worked at
    # the venue of the forum"
    r"|\bработа(?:л|ла|ли|ет|ют)\s+(?:\S+\s+){0,5}?на (?:площадк|полях)\w*|\bпрацава(?:ў|ла|лі)\s+(?:\S+\s+){0,5}?на "
    r"(?:пляцоўц|палях)\w*|\bworked\s+(?:\S+\s+){0,5}?(?:at|on) the (?:venue|site|sidelines)\b"
    # the noun first: «Участие в нем принимает и наш регион», «Удзел у форуме прынялі»
    r"|\bучасти[ея](?:\s+\S+){0,3}?\s+(?:приня(?:л|ла|ло|ли)|прим(?:ет|ут)|принима(?:ет|ют|л|ла|ли))\b"
    r"|\b[уў]дзел(?:\s+\S+){0,3}?\s+(?:прын(?:яў|яла|ялі)|прым(?:е|уць|ае|аюць)|бра(?:ў|ла|лі))(?!\w)"
    # speaking at it, or being its guest, is taking part: «выступил на открытии форума», "said … at the opening of"
    r"|\bвыступ(?:ил|ила|или|ит|ят|ая)\s+(?:\S+\s+){0,2}?(?:на|перед)\b|\bвыступ(?:іў|іла|ілі|іць|яць|аючы)\s+"
    r"(?:\S+\s+){0,2}?на\b|\b(?:said|spoke|speaking|addressed|speaks|will speak)\b(?:\s+\S+){0,12}?\s+at the "
    r"(?:opening|closing|plenary|forum|meeting|session|ceremony|festival|fair)\b|\bwill speak at\b"
    r"|\bбыл(?:и|а)? (?:почетными |главными )?гост(?:ем|ями|ьей) (?:на|в|во)\b"
    r"|\bбы(?:ў|лі|ла) (?:ганаровым\w* )?гасц\w* (?:на|у|ў)\b|\bwere (?:the )?guests (?:at|of)\b"
    r"|\bстал(?:и|а)? (?:почетн\w+ |главн\w+ |особ\w+ )?гост(?:ем|ями|ьей)\b|\bста(?:ў|ла|лі) (?:ганаров\w+ )?(?:гасц|госц)\w*"
    r"|\b(?:was|were|became) (?:the |a )?(?:guests? of honou?r|honou?red guests?)\b"
    # visiting an event is taking part in it: «посетит фестиваль-ярмарку», "visited the fair"
    r"|\bпосет(?:ил|ила|или|ит|ят)\s+(?:\S+\s+){0,2}?(?:фестивал|ярмарк|форум|праздник|торжеств|выставк)"
    r"|\bнаведа(?:ў|ла|лі|е|юць)\s+(?:\S+\s+){0,2}?(?:фестывал|кірмаш|форум|свята|выстаў)"
    r"|\b(?:visited|will visit|to visit)\s+(?:the\s+)?(?:\S+\s+){0,2}?(?:festival|fair|forum|celebration|exhibition)"
    # holding talks there is being there: «провел переговоры в Могилёве», "will hold talks in Mogilev"
    r"|\bпров(?:ел|ела|ели|едет|едут)\s+(?:\S+\s+)?переговоры\b|\bправ(?:еў|яла|ялі|ядзе|ядуць)\s+(?:\S+\s+)?перамовы\b"
    r"|\b(?:will hold|held|holds)\s+(?:\S+\s+)?talks\b"
)

# twin towns, stated as a fact with its year: «стали побратимами в 2011 году», «являются городами-побратимами с
# 2001 года», "have been twin cities since 2001" (GUIDE §2: background is an event)
TWINNED = (
    r"\b(?:стал|стали|стала|станут|станет|являются|являлись|становятся|сталі|стаў|стала|стануць|стане|became|become"
    r"|will become|have been|are)\s+"
    r"(?:\S+\s+){0,2}?(?:(?:город\w*|гарад\w*|cities|towns)[- ])?(?:побратим|пабрацім|twin)\w*"
    r"|\b(?:установил\w*|установлени\w*|усталява\w*|ўсталява\w*|established|наладил\w*|наладзі\w*)\s+(?:\S+\s+){0,1}"
    r"(?:побратимск|пабрацімск|twin|партнерск|партнёрск|партнэрск|partnership|дружественн|сяброўск|friendly)\w*"
    # the ties first, then the verb: «Побратимские связи с Курском были установлены еще в 2004 году»
    r"|\b(?:побратимск|пабрацімск|twin)\w*(?:[- ](?:city|town))?\s+(?:связ|отношени|сувяз|адносін|ties|relations)\w*"
    r"\s+(?:\S+\s+){0,5}?(?:(?:был[аио]?|былі|were|was)\s+)?(?:установлен|установил|[уў]сталяван|[уў]сталявал"
    r"|established)\w*"
)

# a plan or document still being drafted is no event: «проект нового плана», «разрабатывается дорожная карта»
DRAFT = (r"(?:\bпроект\w*|\bпраект\w*|\bdraft(?:ing)?|\bразрабатыва\w*|\bраспрацоўва\w*|\bготовит\w*|\bподготовк\w*"
         r"|\bподготовлен\w*|\bpreparing|\bwork(?:ing)? (?:out|on)|\bразработа\w*|\bразработк\w*|\bраспрацоў\w*|\bвыработа\w*|\bdevelop\w*"
         r"|\bраспрацава\w*)(?:\s+\S+){0,3}\s*$")

# tense: an announcement looks ahead, a report looks back or at the day of publication
FUTURE = (
    r"\bпройдет\b|\bпройдут\b|\bсостоит?ся\b|\bсостоятся\b|\bбудет\b|\bбудут\b|\bбудем\b|\bпланиру\w+|\bзапланирован\w*"
    r"|\bнамечен\w*|\bпредстоящ\w+|\bожида\w+ся\b|\bпримет\b|\bпосетит\b|\bприбудет\b|\bотправится\b"
    r"|\bобсудят\b|\bподпишут\b|\bподпишет\b|\bзаключит\b|\bзаключат\b|\bвозглавит\b|\bвозглавят\b|\bпримут\b|\bпосетят\b|\bприбудут\b"
    r"|\bприедет\b|\bприедут\b|\bпроведут\b|\bпроведет\b|\bоткроется\b|\bоткроются\b|\bстартует\b|\bстартуют\b"
    r"|\bначнется\b|\bначнутся\b|\bотправятся\b|\bвстретятся\b|\bвстретится\b|\bнужно\b|\bнеобходимо\b|\bпредполага\w+|\bпригласил\w*|\bанонсирован\w*"
    r"|\bпровести\b|\bподписать\b|\bнамерен[аы]?\b|\bпредстоит\b|\bagreed to\b|\bдоговорились (?:о проведении|провести|встретиться)"
    # an agreement to do something is an intention: «договорились обменяться визитами», «дамовіліся правесці»
    r"|\b(?:договорились|условились|дамовіліся)(?:\s+\S+){0,2}?\s+\w+(?:ть|ться|ці|цца)\b|\bобмен\w* визит\w*"
    r"|\bправесці\b|\bпадпісаць\b|\bпройдзе\b|\bпройдуць\b|\bадбудзецца\b|\bадбудуцца\b|\bбудзе\b|\bбудуць\b|\bбудзем\b|\bплануецца\b|\bчакаецца\b"
    r"|\bпрым(?:е|уць)\b|\bвозьм(?:е|уць)\b|\bнакіру(?:ецца|юцца)\b|\bпадпіш(?:а|уць)\b|\bзаключ(?:ыць|аць)\b|\bнаведа(?:е|юць)\b"
    r"|\bсустрэн(?:ецца|уцца)\b|\bпрыбуд(?:зе|уць)\b|\bпрыед(?:зе|уць)\b|\bзапланава\w*|\bнамечан\w*"
    # more Belarusian perfective futures (no dictionary tells them from presents): «ускладзе кветкі», «правядзе
    # перамовы», «адкрые выставу», «абмяркуюць», «азнаёміцца»
    r"|\bусклад(?:зе|уць)\b|\bўсклад(?:зе|уць)\b|\bправяд(?:зе|уць)\b|\bадкры(?:е|юць)\b|\bабмярку(?:е|юць)\b|\bазнаем(?:іцца|яцца)\b"
    r"|\bplanned\b(?<=is planned)|\bplanned\b(?<=are planned)"  # «Запланавана сустрэча», "A meeting is planned"
    # what is awaited: «гостей ждут на открытии», «чакаюць адкрыцця», "in anticipation of the opening"
    r"|\bждут\b|\bждем\b|\bожидании\b|\bчакаюць\b|\bчаканні\b|\banticipation\b|\bawait(?:s|ing)?\b"
    r"|\blook(?:s|ing)? forward to\b"
    r"|\bстан(?:ет|ут|е|уць)\b"  # «станет ключевой на форуме», «стане ключавой»
    # an event named as coming: «на будущем форуме», «на будучым Форуме», "the forthcoming forum"
    r"|\bбудущ(?:ий|ем|его|ая|ей|ую|ие|их)\b|\bбудуч(?:ы|ым|ага|ая|ай|ую|ыя|ых)\b|\bforthcoming\b"
    r"|\bwill\b|\bwould\b|\bset to\b|\bplans? to\b|\bintends?\b|\bupcoming\b|\bscheduled\b"
    r"|\bготовит?ся\b|\bготовятся\b|\bрыхтуецца\b|\bрыхтуюцца\b|\bbeing prepared\b"  # «Встреча готовится …»
    # what is in the plans: «В планах гостей – участие в мероприятиях, посвящённых Дню города», "the plans include"
    r"|\bпланах\b(?<=в планах)|\bпланах\b(?<=у планах)|\bplans include\b"
    # a headline's infinitive: "Days of Minsk to be held in St. Petersburg" (each alternative opens with a word of
    # three letters or more, so the head index can gate the pattern: see event_text.WordRegex)
    r"|\bheld\b(?<=to be held)|\bsigned\b(?<=to be signed)|\bopened\b(?<=to be opened)"
    # readiness to do it: «подтвердил готовность посетить», «выказаў гатоўнасць», "confirmed his readiness to visit"
    r"|\bготовност\w* \w+(?:ть|ться)\b|\bгатоўнасц\w* \w+(?:ці|цца)\b|\breadiness to\b|\bready to\b|\bwilling to\b"
    r"|\bexpected\b(?<=is expected)|\bexpected\b(?<=are expected)|\bexpected to\b|\bprogram(?:me)? (?:of the (?:visit|trip|days|forum) )?includes?\b"
    # a programme announced: «Программа визита предусматривает …», «В программе — митинг, концерт»
    r"|\bпрограмм\w* (?:визита|поездки|пребывания|дней|праздника|форума) предусматрива\w*"
    r"|\bпраграм\w* (?:візіту|паездкі|знаходжання|дзен|свята|форуму) прадугледжва\w*"
    r"|\bпрограмме (?:[—–:-]|визита|поездки|пребывания|праздника|мероприятий|форума|дней)(?! (?:был|стал))"
)
LIVE = (
    r"\bсегодня\b|\bсейчас\b|\bнаходится\b|\bпроходит\b|\bпроходят\b|\bсення\b|\bцяпер\b"
    r"|\btoday\b|\btaking place\b"
)
# a sentence that continues the previous one inherits its date (within a paragraph) ...
CONTINUATION = (r"^(?:и|тогда|а также|также|кроме того|тогда же|в ходе|в рамках|в частности|а таксама|таксама|also|during)\b"
                # (but «В ходе нынешней встречи», "During the current meeting": now, not the time just told)
                r"(?!\s+(?:the\s+)?(?:current|present|нынешн|цяперашн|текущ|бягуч))")
# ... and one that opens by pointing at the event just named, in this paragraph or the one before: «В нем участвовала и
# делегация района», «У ім узялі ўдзел», "It was attended by …", "At it, the delegation …"
IN_IT = (r"^(?:и\s+|также\s+|таксама\s+)?(?:в|во|на|у|ў)\s+(?:нем|ней|них|ім|ей|іх)\b"
         r"|^(?:в|во|у|ў)\s+(?:его|ее|их|яго|яе|іх)\s+(?:работе|рабоце)\b|^(?:in|at)\s+it\b|^it was attended by\b"
         # «Его участники возложили цветы», «Яго ўдзельнікі ўсклалі кветкі», "Its participants laid flowers"
         r"|^(?:его|ее|их|яго|яе|іх|its|their)\s+(?:участник|[уў]дзельнік|гост|гасц|делегат|дэлегат|participants?\b"
         r"|guests?\b|delegates?\b)")
# ... and one that points back at an event already named inherits that event's date anywhere
ANAPHORA = (
    r"^(?:(?:также|а также|кроме того|и|also|then)\s+)?(?:на (?:форуме|заседании|встрече|переговорах|совещании|ярмарке|фестивале)"
    r"|(?:в|во) (?:встрече|заседании|совещании|переговорах|визите|форуме|ярмарке|фестивале)"
    r"|в ходе (?:визита|встречи|форума|заседания|переговоров|поездки)"
    r"|по итогам (?:встречи|переговоров|визита|заседания|поездки)|following the (?:meeting|talks|visit)"
    r"|during the (?:meeting|visit|talks)|(?:(?:в|во|на) )?(?:первый|второй|третий|заключительный|последний) день"
    r"|(?:(?:у|ў|на) )?(?:першы|другі|трэці|заключны|апошні) дзень|(?:on )?the (?:first|second|third|last|final) day"
    # … and the day named as the frame: «В ходе первого дня визита …», «Падчас першага дня …», "During the first day …"
    r"|(?:в ходе|в течение) (?:первого|второго|третьего|заключительного|последнего) дня"
    r"|(?:падчас|на працягу) (?:першага|другога|трэцяга|заключнага|апошняга) дня"
    r"|(?:during|over) the (?:first|second|third|last|final) day)\b"
    # English names the event it points back at last: "… and Sergei Khizov took part in the meeting"
    r"|\b(?:took|take|takes) part in the (?:meeting|sitting|session|talks)\b"
)
# what follows an event just told, a record of its own on that event's day: «После заседания гости провели переговоры»,
# «Пасля пасяджэння …», "After the sitting, …", "Following the forum, …"
AFTER_EVENT = (
    r"^(?:(?:а|и|і|and)\s+)?(?:сразу\s+|immediately\s+)?(?:после|пасля|after|following)\s+(?:the\s+)?(?:\S+\s+)?"
    r"(заседани|встреч|переговор|форум|совещани|пасяджэнн|сустрэч|перамоў|нарад|sitting|session|meeting|talks|forum)"
)
# the eve of an event just told: «Накануне праздника …», «Напярэдадні свята …», "On the eve of the festival, …"
EVE_OF_EVENT = (
    r"^(?:\S+\s+){0,2}?(?:накануне|напярэдадні|on the eve of)\s+(?:the\s+)?(?:\S+\s+)?"
    r"(праздник|фестивал|фестывал|свят|торжеств|урачыстасц|дн|дзён|форум|ярмарк|кірмаш|визит|візіт|заседани|пасяджэнн"
    r"|festival|holiday|celebration|days|forum|fair|visit|sitting|session)"
)
# a date right after a verb of saying dates the saying, not the event («визит анонсировался еще накануне»)
REPORTED = (
    r"(?:анонсирова\w*|сообщ\w*|заяви\w*|объяви\w*|рассказа\w*|announced|said|reported|паведамі\w*"
    r"|опубликова\w*|апублікава\w*|published|обнародова\w*)"
    r"(?:\s+(?:еще|об этом|это|this|в|во|ў|у|on|in))?\s*$"
)
# an event called off or only planned in the past is not on the calendar
# an event named as the subject of talks («речь шла о проведении Дней области»): on the agenda, not dated
AGENDA = (
    r"\b(?:о проведении|о подготовке к|о подготовке|обсудили проведение|обсудили подготовку к|речь шла о"
    r"|подготовк\w* к участию в|пра правядзенне|discussed (?:holding|preparations for)"
    r"|вопрос\w* подготовки к|пытанн\w* падрыхтоўкі(?: да)?|падрыхтоўк\w* да|пра падрыхтоўку да|preparations? for"
    # the preparation of the event itself, in the genitive: «обсудили подготовку визита», «падрыхтоўку візіту»
    r"|подготовк[уиа]|падрыхтоўк[уіа]"
    r"|(?:issues|questions) of (?:the )?preparations? for)(?:\s+\S+){0,2}\s*$"
)
# a visit or meeting named as a topic of talks, an invitation, a legislature at work: no event of that type
TOPIC = r"\b(?:обсудил\w*|обсуждал\w*|обсуждени\w*|обсудят|обговорил\w*|discussed|абмеркавал\w*)\b(?:\s+\S+){0,6}\s*$"
INVITATION = (r"\bпригласил\w*|\bприглашен\w*|\bприглашает\b|\binvited\b|\bзапрасіў\w*|\bзапрошан\w*"
              # «позвал коллег с ответным визитом», «паклікаў»
              r"|\bпозвал\w*|\bзов(?:ет|ем)\b|\bпаклікаў\w*|\bпаклікала\b|\bпаклікалі\b")
LEGISLATURE = (
    r"\bзаконодательн\w+ (?:собрани|дум)\w*|\bдепутат\w*|\bпарламент\w*|\bсесси\w+ (?:областного )?совета"
    r"|\bдэпутат\w*|\bпарламенц\w*|\bparliament\w*|\blegislat\w*|\bcity council\b|\bdeputies\b"
    # (but a "Deputy Prime Minister", "deputy governor" is a vice-, not a member of a legislature)
    r"|\bdeputy\b(?![\s-]+(?:prime|minister|governor|chair|head|mayor|premier|director|rector|ambassador|speaker"
    r"|secretary|general|foreign|plenipotentiary|commander|president)\w*)"
)
# a body of the Union State or of both sides (the Parliamentary Assembly of the Union, its Council, the Union State's
# Council of Ministers): its sitting is about the cooperation, never a body's internal meeting (GUIDE §4.7)
UNION_BODY = (r"\bпарламентск\w* собрани\w* союз|\bпарламенцк\w* сход\w* саюз|\bparliamentary assembly of the union"
              r"|\bсоюзн\w* государств|\bсаюзн\w* дзяржав|\bunion state")
# a body's internal meeting, the setting of a statement: never a meeting of the calendar
INTERNAL = (r"\bоперативн\w+ (?:совещани|нарад)\w*|\bаппаратн\w+ (?:совещани|нарад)\w*|\bпланерк\w*"
            r"|\bаператыўн\w+ нарад\w*|\bапаратн\w+ нарад\w*"
            # "Speaking at a meeting of the regional executive committee, the governor noted …": where it was said
            r"|\bspeaking at (?:a|an|the) (?:\S+\s+){0,3}?(?:meeting|session)\b")
# a legislature's session is a meeting of the calendar unless it is the setting of a decision (record the act)
DECISION = (r"\bутверди\w*|\bутвержд\w*|\bодобри\w*|\bратифицир\w*"
            r"|\bприня(?:л|ла|ли|т)\w*(?:\s+\S+){0,4}?\s+(?:решени|закон|постановлени|проект)"
            r"|\b(?:решени|рашэнн)\w* (?:(?:было|был|была|были) )?(?:приня|прыня)\w*"  # «Такое решение приняли депутаты»
            r"|\bпрыня(?:ў|ла|лі)\w*(?:\s+\S+){0,4}?\s+(?:рашэнн|закон|пастанов)"
            r"|\bзацвердзі\w*|\bратыфікава\w*|\bapproved\b|\badopted\b|\bratif\w*|\bdecided\b|\bvoted\b")
# a session of a forum or a conference is part of it (``other``), not a meeting of its own -- but its plenary
# session is (GUIDE §3): ``PLENARY`` before the cue keeps it a meeting
PLENARY = r"\b(?:пленарн\w*|plenary|заключительн\w*|итогов\w*|заключн\w*|выніков\w*|final|closing)\s+$"  # (the final session
# of a forum is its closing plenary)
PART_OF = (r"\s*(?:\w+\s+){0,1}(?:форума|конференции|съезда|конгресса|forum|conference|форуму|канферэнцыі)\b"
           # «заседания семи секций Форума», "meetings of seven sections": a forum's sections are not recorded
           r"|\s*(?:of\s+)?(?:\w+\s+){0,2}?(?:секци\w*|секцы\w*|sections?)\b")
# habits, earlier editions and generic talk («делегации периодически выезжали», «предыдущая встреча»):
# no dated event unless a date is given
HABITUAL = (
    r"\bпериодически\b|\bрегулярно\b|\bнеоднократно\b|\bежегодно\b|\bкаждый год\b|\bтрадиционно\b"
    r"|\bежегодн\w+ (?:фестивал|ярмарк|праздник)|\bannual\b|\bevery year\b|\bштогод\w*"
    r"|\bпредыдущ\w*|\bпрошлогодн\w*|\bprevious\b|\bпапярэдн\w*|\bперыядычна\b|\bрэгулярна\b|\bнеаднаразова\b"
    r"|\bregularly\b|\bperiodically\b|\btraditionally\b|\bтрадыцыйна\b|\bкожны год\b|\bкожнага года\b"
    # what someone does often: «часто бывает в Гомельской области», «часта наведвае», "visits Gomel Oblast quite often"
    r"|\bчасто\b|\bнередко\b|\bчаста\b|\bнярэдка\b|\boften\b|\bfrequently\b"
    # a wish or a generality, not a report: «Надеемся, что удастся подписать», «Важно, чтобы визиты …»
    r"|\bрегулярн\w+|\bпостоянн\w+ (?:гост|участник)\w*|\bчтобы\b|\bнадеемся\b|\bнадеюсь\b|\bудастся\b"
    r"|\bспадзяемся\b|\bhopes? (?:to|that)\b|\bбудущем\b|\bбудучыні\b"
    # support voiced for a step not yet taken: «Поддерживаю заключение соглашения», "supports the signing"
    r"|\bподдержива(?:ю|ем|ет|ют)\s+(?:\S+\s+)?(?:заключени|подписани|проведени|иде|инициатив)"
    r"|\bпадтрымліва(?:ю|ем|е|юць)\s+(?:\S+\s+)?(?:заключэнн|падпісанн|правядзенн|ідэ|ініцыятыв)"
    r"|\bsupports? (?:the )?(?:signing|conclusion|holding|idea|initiative)\b"
)
# an anniversary that only labels a year, dedicates another event or states an age is not observed (GUIDE §4.5):
# «в год 80-летия Победы», «фестиваль посвящён 70-й годовщине», «в этом году исполняется 200 лет с …»
ANNIVERSARY_LABEL = (
    r"(?:\bв\s+(?:\S+\s+)?год(?:у)?|\bгода|\bгоду|\bгод|\bпосв[яе]щ\w+|\bприурочен\w*|\bисполня\w+|\bисполнил\w*"
    r"|\bисполнит\w*|\bспоўн\w+|\bturns?"
    r"|\bу\s+(?:\S+\s+)?год|\bпрысвеч\w+|\bin the year of|\bdedicated to|\btimed to|\bmarks?\s+the"
    r"|\bподготовк\w*|\bпадрыхтоўк\w*|\bpreparations?(?: for)?"
    # a frame of what was said: «в контексте предстоящего 25-летия», «у кантэксце маючага адбыцца … 25-годдзя»
    r"|\b(?:в|у|ў) (?:контексте|кантэксце|свете|святле)(?:\s+\S+){0,6}?|\bin (?:the )?(?:context|light) of(?:\s+\S+){0,4}?"
    # a work made for an anniversary dedicates itself to it: «спектакль создан к 80-летию», "created for the 80th"
    r"|\b(?:создан|написан|поставлен|снят|выпущен|створан|напісан|пастаўлен)\w*|\b(?:created|written|staged|produced"
    r"|made|released)(?: specially| especially)?)"
    r"(?:\s+(?:к|ко|со|дня|от|да|the|to|for|for the|to the))?(?:\s*[—–-])?"  # («в знаменательный год — 75-летия»)
    r"(?:\s+[\w-]+(?:'s|’s))?\s*$"  # ("in the year of the mill's 95th anniversary")
)
# ... unless what is dedicated is the celebration itself («мероприятия, посвящённые 80-летию …» report it observed)
OBSERVED = (r"\b(?:мероприяти|торжеств|праздновани|празднич|митинг|акци|акцы|церемони|вечер|концерт|мерапрыемств|урачыст"
            r"|святкаванн|celebrat|event|concert|ceremon|campaign)\w*")

# a ceremony, not a working meeting
SOLEMN = r"\bторжественн\w+ (?:собрани|заседани)\w*|\b(?:solemn|ceremonial|festive|gala) (?:meeting|assembly)\b|\b(?:урачыст|ўрачыст)\w+ (?:сход|пасяджэнн)\w*"
# a visit to an enterprise named in quotes is a programme item, not a visit of the calendar
VISITED_COMPANY = r"\b(?:visited|посетил\w*|побывал\w* на)\s+(?:the\s+)?[“\"«]"
CANCELLED = r"\bотмен\w*|\bперенес\w*|\bперанесен\w*|\bотложен\w*|\bадкладзен\w*|\bput off\b|\bcancel\w*|\bpostpone\w*|\bдолжен был\b|\bпланировал\w*"

# --- named days observed every year -------------------------------------------------------------
# (pattern, title, month, day, first year, type). Russia's День народного единства (4 November) is its own day.
NAMED_DAYS: tuple[tuple[str, str, int, int, int | None, str], ...] = (
    (r"\b(?:единения|еднения) (?:народов|беларуси и россии|россии и беларуси)|\b(?:день|дня|дню|днем|дзень|свят\w*|праздник\w*) (?:единения|яднання)\b(?! (?:славян|славянаў))|\bяднання (?:народаў|беларусі і расіі|расіі і беларусі)|\bunity(?<!national unity) day\b|\bday of (?:unity|solidarity) of (?:the )?(?:peoples|belarus and russia|russia and belarus)", "День единения народов Беларуси и России", 4, 2, 1996, "commemoration"),
    # (but «Год народного единства», Belarus's 2022, is a year's name, no day)
    # the Slavs' day of friendship and unity, 25 June, kept with a festival at the border of three states (not Unity Day)
    (r"\b(?:день|дня|дню|днем|дне|дзень|дні|свят\w*|праздник\w*|празднован\w*) (?:дружбы и )?(?:единения|яднання|адзінства)"
     r" (?:славян|славянаў)\b|\bday of (?:friendship and )?unity of (?:the )?slavs\b|\bslavic unity day\b",
     "День дружбы и единения славян", 6, 25, None, "festival"),
    (r"\bнародного единства\b(?<!год народного единства)(?<!года народного единства)(?<!году народного единства)"
     r"|\bnational unity day\b|\bday of national unity\b", "День народного единства", 11, 4, 2005, "commemoration"),
    (r"\b(?:день|дня|дню|днем|дне) независимости\b(?! (?:росси|сша|украин|казахстан|узбекистан|америк))"
     r"|\b(?:дзень|дня|дню|днем|дні) незалежнасці|\bindependence day of (?:the republic of )?belarus\b"
     r"|\bbelarus(?:ian)? independence day\b|\bindependence day\b(?! of)",
     "День Независимости Республики Беларусь", 7, 3, 1944, "commemoration"),
    (r"\b(?:день|дня|дню|днем|дне) победы\b|\b(?:дзень|дня|дню|днем|дні) перамогі\b|\bvictory day\b", "День Победы", 5, 9, 1945, "commemoration"),
    (r"\b(?:день|дня|дню|днем|дне) росси(?:и|я)\b|\b(?:дзень|дня|дню|днем|дні) расіі\b|\brussia day\b"
     r"|\bday of russia\b(?! and)", "День России", 6, 12, 1992, "commemoration"),
    # the days both states keep, and each state's own (a Belarusian text's «Дзень Канстытуцыі» is Belarus's)
    (r"\b(?:день|дня|дню|днем|дне) конституции (?:республики )?беларус"
     r"|\b(?:дзень|дня|дню|днем|дні) канстытуцыі\b(?! (?:расійскай|расіі))"
     r"|\b(?:belarus(?:ian)?|belarus') constitution day\b|\bconstitution day of (?:the republic of )?belarus\b",
     "День Конституции Республики Беларусь", 3, 15, 1994, "commemoration"),
    (r"\b(?:день|дня|дню|днем|дне) конституции (?:российской федерации|россии)\b"
     r"|\b(?:дзень|дня|дню|днем|дні) канстытуцыі (?:расійскай федэрацыі|расіі)\b"
     r"|\bconstitution day of (?:the )?russia(?:n federation)?\b|\brussian constitution day\b",
     "День Конституции Российской Федерации", 12, 12, 1993, "commemoration"),
    (r"\b(?:день|дня|дню|днем|дне) защитник\w* отечества\b|\b(?:дзень|дня|дню|днем) абаронц\w* айчыны\b"
     r"|\bdefenders? of the fatherland day\b",
     "День защитников Отечества", 2, 23, 1922, "commemoration"),
    (r"\b(?:день|дня|дню|днем|дне) памяти и скорби\b|\b(?:дзень|дня|дню|днем) памяці і смутку\b"
     r"|\bday of (?:remembrance|memory) and (?:sorrow|grief)\b",
     "День памяти и скорби", 6, 22, 1941, "commemoration"),
    (r"\b(?:день|дня|дню|днем|дне) героев отечества\b|\bheroes of the fatherland day\b",
     "День Героев Отечества", 12, 9, 2007, "commemoration"),
    (r"\b(?:дзень|дня|дню|днем) народнага адзінства\b", "День народного единства (Беларусь)", 9, 17, 2021,
     "commemoration"),
    # the other days of memory both states keep by law (Belarus's Дзень Кастрычніцкай рэвалюцыі is a holiday too)
    (r"\b(?:день|дня|дню|днем|дне) всенародной памяти\b|\b(?:дзень|дня|дню|днем|дні) (?:усенароднай|ўсенароднай) памяці\b"
     r"|\bday of (?:national|nationwide) (?:memory|remembrance)\b",
     "День всенародной памяти жертв Великой Отечественной войны и геноцида белорусского народа", 6, 22, 2022,
     "commemoration"),
    (r"\b(?:день|дня|дню|днем|дне) партизан и подпольщиков\b|\b(?:дзень|дня|дню|днем|дні) партызан і падпольшчыкаў\b"
     r"|\bday of (?:the )?partisans and underground (?:fighters|workers|members)\b",
     "День партизан и подпольщиков", 6, 29, None, "commemoration"),
    (r"\b(?:день|дня|дню|днем|дне) памяти воинов-интернационалистов\b|\b(?:дзень|дня|дню|днем|дні) памяці "
     r"(?:воінаў|воінаў-інтэрнацыяналістаў)\b|\bday of (?:remembrance|memory) of (?:the )?internationalist (?:soldiers|warriors)\b",
     "День памяти воинов-интернационалистов", 2, 15, None, "commemoration"),
    (r"\b(?:день|дня|дню|днем|дне) неизвестного солдата\b|\b(?:дзень|дня|дню|днем|дні) невядомага салдата\b"
     r"|\bday of the unknown soldier\b|\bunknown soldier day\b",
     "День Неизвестного солдата", 12, 3, 2014, "commemoration"),
    # the day the siege of Leningrad began, kept in memory of its victims (8 September)
    (r"\b(?:день|дня|дню|днем|дне) памяти жертв блокады ленинграда\b|\b(?:дзень|дня|дню|днем|дні) памяці ахвяр блакады"
     r" ленінграда\b|\bday of (?:remembrance|memory) (?:of|for) the victims of the (?:siege|blockade) of leningrad\b",
     "День памяти жертв блокады Ленинграда", 9, 8, None, "commemoration"),
    (r"\b(?:день|дня|дню|днем|дне) октябрьской революции\b|\b(?:дзень|дня|дню|днем|дні) кастрычніцкай рэвалюцыі\b"
     r"|\boctober revolution day\b",
     "День Октябрьской революции", 11, 7, None, "commemoration"),
    (r"\bкупал(?:ье|ья|ью|ле)\b", "Купалье", 7, 6, None, "festival"),
)

# --- anniversaries: base events counted from ---------------------------------------------------
# (pattern after «N-летие»/«N-я годовщина», title of the base event, base date, place); a founding (a bare city
# name) must follow the number at once («955-летие Минска», not «80-летие освобождения столицы – Минска»)
def spread_liberation(pattern: str) -> str:
    """An ``ANNIVERSARY_BASES`` pattern of a liberation as it is searched: the noun in any of the three languages and
    a few words before the place («освобождения города Витебска», «вызвалення Віцебска», "liberation of Vitebsk")."""
    return pattern.replace(r"освобождени\w* (?:", r"(?:освобождени|вызвален|liberation)\w*(?:\s+\S+){0,4}?\s+(?:")


ANNIVERSARY_BASES: tuple[tuple[str, str, str, str | None], ...] = (
    (r"курск\w* битв|курск\w* дуг|курск\w* бітв|kursk", "Курская битва", "1943-08-23", "Курск"),
    (r"прохоровк|танков\w+ сражени|прохараўк|танкав\w+ біт\w+|prokhorovka|tank battle", "Танковое сражение под Прохоровкой",
     "1943-07-12", "Прохоровка"),
    (r"сталинградск\w* битв|сталінградск\w* бітв|battle of stalingrad|stalingrad", "Сталинградская битва", "1943-02-02",
     "Волгоград"),
    (r"блокад\w* ленинград|блакад\w* ленінград|(?:ленинград\w* от|ленінград\w* ад) (?:\S+ )?(?:блокад|блакад)"
     r"|siege of leningrad|blockade of leningrad|leningrad (?:siege|blockade)", "Полное освобождение Ленинграда от фашистской блокады",
     "1944-01-27", "Санкт-Петербург"),
    (r"освобождени\w* (?:беларуси|белоруссии|республики беларусь)|вызвалення беларусі|liberation of belarus",
     "Освобождение Беларуси", "1944-07-03", None),
    (r"освобождени\w* (?:орл|орловск|арла|арлоўск|oryol|orel)", "Освобождение Орловской области", "1943-08-05", "Орловская область"),
    (r"освобождени\w* (?:смоленск|смоленщин|смаленск|smolensk)", "Освобождение Смоленщины", "1943-09-25", "Смоленск"),
    (r"освобождени\w* (?:брянск|брянщин|бранск|bryansk)", "Освобождение Брянщины", "1943-09-17", "Брянск"),
    (r"освобождени\w* (?:курск|kursk)", "Освобождение Курска", "1943-02-08", "Курск"),
    (r"освобождени\w* (?:гомел|homel|gomel)", "Освобождение Гомеля", "1943-11-26", "Гомель"),
    (r"освобождени\w* (?:витебск|віцебск|vitebsk|viciebsk)", "Освобождение Витебска", "1944-06-26", "Витебск"),
    (r"освобождени\w* (?:могил|магіл|mogilev|mahilyow|mahilou)", "Освобождение Могилёва", "1944-06-28", "Могилёв"),
    (r"освобождени\w* (?:минск|мінск|minsk)", "Освобождение Минска", "1944-07-03", "Минск"),
    (r"освобождени\w* (?:брест|брэст|brest)", "Освобождение Бреста", "1944-07-28", "Брест"),
    (r"освобождени\w* (?:гродн|grodno|hrodna)", "Освобождение Гродно", "1944-07-16", "Гродно"),
    (r"освобождени\w* (?:полоцк|полацк|polotsk|polatsk)", "Освобождение Полоцка", "1944-07-04", "Полоцк"),
    (r"освобождени\w* (?:бобруйск|бабруйск|bobruisk|babruysk)", "Освобождение Бобруйска", "1944-06-29", "Бобруйск"),
    (r"освобождени\w* (?:орш|orsha)", "Освобождение Орши", "1944-06-27", "Орша"),
    (r"освобождени\w* (?:пинск|пінск|pinsk)", "Освобождение Пинска", "1944-07-14", "Пинск"),
    (r"освобождени\w* (?:пскова|псковщин|псковск)", "Освобождение Пскова", "1944-07-23", "Псков"),
    (r"освобождени\w* (?:белгород)", "Освобождение Белгорода", "1943-08-05", "Белгород"),
    (r"освобождени\w* (?:калуг|калужск)", "Освобождение Калуги", "1941-12-30", "Калуга"),
    (r"(?:велик\w+ )?побед\w* в велик\w+ отечественн|велик\w+ побед|вялік\w+ перамог|great victory"
     r"|victory in the great patriotic", "Победа в Великой Отечественной войне", "1945-05-09", None),
    (COMMUNITY_TREATY, "Договор о Сообществе", "1996-04-02", None),
    (r"союз\w* (?:беларуси|белоруссии|россии) и (?:беларуси|белоруссии|россии)|договор\w* о союзе|саюз\w* (?:беларусі|расіі)"
     r" і (?:беларусі|расіі)|union of (?:belarus|russia) and (?:belarus|russia)", "Договор о Союзе Беларуси и России",
     "1997-04-02", None),
    (r"союзн\w+ государств|договор\w* о (?:создании )?союзн|саюзн\w+ дзяржав|union state",
     "Договор о создании Союзного государства", "1999-12-08", None),
    (r"основани\w* смоленск|смоленск", "Основание Смоленска", "0863", "Смоленск"),
    (r"брест", "Основание Бреста", "1019", "Брест"),
    (r"витебск", "Основание Витебска", "0974", "Витебск"),
    (r"гомел", "Основание Гомеля", "1142", "Гомель"),
    (r"курск", "Основание Курска", "1032", "Курск"),
    (r"минск", "Основание Минска", "1067", "Минск"),
)

# --- places -------------------------------------------------------------------------------------
# Russian dictionary name -> spellings in other languages and forms pymorphy3 does not know.
PLACE_ALIASES: dict[str, tuple[str, ...]] = {
    "Минск": ("мінск", "minsk", "менск"),
    "Гомель": ("гомель", "гомелі", "гомеля", "gomel", "homel"),
    "Могилёв": ("магілёў", "магілёве", "mogilev", "mahilyow", "могилев"),
    "Витебск": ("віцебск", "vitebsk"),
    "Гродно": ("гродна", "grodno", "hrodna", "горадня", "горадні", "горадню"),  # (the last three: classical spelling)
    "Брест": ("брэст", "brest", "берасце", "берасці"),
    "Москва": ("масква", "маскве", "moscow"),
    "Санкт-Петербург": ("петербург", "st petersburg", "saint petersburg", "пецярбург", "санкт-пецярбург"),
    "Курск": ("kursk",),
    "Брянск": ("бранск", "bryansk"),
    "Смоленск": ("смаленск", "smolensk"),
    "Казань": ("казань", "казані", "kazan"),
    "Уфа": ("ufa",),
    "Орёл": ("oryol", "orel", "арол", "арле"),
    "Тула": ("tula",),
    "Псков": ("pskov", "пскоў"),
    "Калининград": ("калінінград", "kaliningrad"),
    "Новосибирск": ("novosibirsk",),
    "Петрозаводск": ("petrozavodsk",),
    "Нижний Новгород": ("нижнем новгороде", "нижний новгород", "нижнего новгорода", "nizhny novgorod",
                        "ніжнім ноўгарадзе", "ніжні ноўгарад", "ніжняга ноўгарада"),
    "Великие Луки": ("великие луки", "великих луках", "великих лук", "velikiye luki"),
    "Полоцк": ("полацк", "polotsk"),
    "Александрия": ("александрия", "александрии", "александрыя", "alexandria"),
    "Лоев": ("лоеве", "лоев", "лоева", "loyev"),
    "Прохоровка": ("прохоровке", "прохоровка", "prokhorovka"),
    "Ярославль": ("yaroslavl",),
    "Владивосток": ("vladivostok",),
    "Беларусь": ("белоруссии", "белоруссия", "беларусі", "belarus"),
    "Татарстан": ("татарстан", "татарстане", "tatarstan"), "Башкортостан": ("башкортостан", "башкирия", "башкирии", "bashkiria",
                                                                          "bashkortostan"),
    "Карелия": ("карелия", "карелии", "karelia"), "Чувашия": ("чувашия", "чувашии"),
    # regions by the name people call them (the location is the region's own name)
    "Приморский край": ("приморье", "приморья", "primorye", "primorsky krai", "primorsky territory"),
    "Краснодарский край": ("кубань", "кубани", "kuban"),
    "Ставропольский край": ("ставрополье", "ставрополья"),
    "Пермский край": ("прикамье", "прикамья"),
    "Забайкальский край": ("забайкалье", "забайкалья", "transbaikalia", "trans-baikal"),
    "Алтайский край": ("altai krai", "altai territory", "altai"),
    "Камчатский край": ("камчатка", "камчатке", "камчатки", "kamchatka"),
    "Кемеровская область": ("кузбасс", "кузбассе", "кузбасса", "kuzbass"),
    "Свердловская область": ("средний урал", "среднем урале", "среднего урала", "среднему уралу", "сярэдні урал",
                             "сярэднім урале", "сярэдняга урала", "middle urals"),
    "Челябинская область": ("южный урал", "южном урале", "южного урала", "южному уралу", "паўднёвы урал",
                            "паўднёвым урале", "паўднёвага урала", "south urals", "southern urals"),
    "Курганская область": ("зауралье", "зауралья", "зауралью"),
    "Архангельская область": ("поморье", "поморья", "поморью"),
    "Оренбургская область": ("оренбуржье", "оренбуржья", "оренбуржью"),
    "Ханты-Мансийский автономный округ — Югра": ("югра", "югре", "югры", "хмао", "yugra"),
    "Ямало-Ненецкий автономный округ": ("ямал", "ямале", "ямала", "янао", "yamal"),
    "Якутия": ("якутия", "якутии", "якуція", "якуціі", "yakutia"),
    "Россия": ("расіі", "russia"),
}
# a region adjective's stem -> the Russian dictionary name of the region and its centre
REGIONS: dict[str, tuple[str, str]] = {
    "минск": ("Минская область", "Минск"), "мінск": ("Минская область", "Минск"),
    "гомельск": ("Гомельская область", "Гомель"), "гомел": ("Гомельская область", "Гомель"),
    "могил": ("Могилёвская область", "Могилёв"), "магілёўск": ("Могилёвская область", "Могилёв"),
    "витебск": ("Витебская область", "Витебск"), "віцебск": ("Витебская область", "Витебск"),
    "гродненск": ("Гродненская область", "Гродно"), "гродзенск": ("Гродненская область", "Гродно"),
    "брестск": ("Брестская область", "Брест"), "брэсцк": ("Брестская область", "Брест"),
    "курск": ("Курская область", "Курск"), "брянск": ("Брянская область", "Брянск"),
    "бранск": ("Брянская область", "Брянск"), "смоленск": ("Смоленская область", "Смоленск"),
    "смаленск": ("Смоленская область", "Смоленск"), "орловск": ("Орловская область", "Орёл"),
    "тульск": ("Тульская область", "Тула"), "псковск": ("Псковская область", "Псков"),
    "ярославск": ("Ярославская область", "Ярославль"), "нижегородск": ("Нижегородская область", "Нижний Новгород"),
    "ніжагародск": ("Нижегородская область", "Нижний Новгород"),
    "ленинградск": ("Ленинградская область", "Санкт-Петербург"), "московск": ("Московская область", "Москва"),
    "белгородск": ("Белгородская область", "Белгород"), "ростовск": ("Ростовская область", "Ростов-на-Дону"),
    "пензенск": ("Пензенская область", "Пенза"), "волгоградск": ("Волгоградская область", "Волгоград"),
    "новосибирск": ("Новосибирская область", "Новосибирск"), "калужск": ("Калужская область", "Калуга"),
    "архангельск": ("Архангельская область", "Архангельск"), "вологодск": ("Вологодская область", "Вологда"),
    # the rest of western and central Russia and the Volga
    "тверск": ("Тверская область", "Тверь"), "новгородск": ("Новгородская область", "Великий Новгород"),
    "владимирск": ("Владимирская область", "Владимир"), "ивановск": ("Ивановская область", "Иваново"),
    "костромск": ("Костромская область", "Кострома"), "рязанск": ("Рязанская область", "Рязань"),
    "липецк": ("Липецкая область", "Липецк"), "воронежск": ("Воронежская область", "Воронеж"),
    "тамбовск": ("Тамбовская область", "Тамбов"), "саратовск": ("Саратовская область", "Саратов"),
    "самарск": ("Самарская область", "Самара"), "ульяновск": ("Ульяновская область", "Ульяновск"),
    "мурманск": ("Мурманская область", "Мурманск"), "калининградск": ("Калининградская область", "Калининград"),
    "кировск": ("Кировская область", "Киров"), "астраханск": ("Астраханская область", "Астрахань"),
    "оренбургск": ("Оренбургская область", "Оренбург"), "челябинск": ("Челябинская область", "Челябинск"),
    "свердловск": ("Свердловская область", "Екатеринбург"), "тюменск": ("Тюменская область", "Тюмень"),
    "омск": ("Омская область", "Омск"), "томск": ("Томская область", "Томск"),
    # Siberia and the Far East
    "иркутск": ("Иркутская область", "Иркутск"), "іркуцк": ("Иркутская область", "Иркутск"),
    "кемеровск": ("Кемеровская область", "Кемерово"), "кемераўск": ("Кемеровская область", "Кемерово"),
    "курганск": ("Курганская область", "Курган"), "амурск": ("Амурская область", "Благовещенск"),
    "магаданск": ("Магаданская область", "Магадан"), "сахалинск": ("Сахалинская область", "Южно-Сахалинск"),
    "сахалінск": ("Сахалинская область", "Южно-Сахалинск"),
    # the krais, named like oblasts by an adjective («Приморского края», «Прыморскага краю», "Krasnodar Krai")
    "алтайск": ("Алтайский край", "Барнаул"), "забайкальск": ("Забайкальский край", "Чита"),
    "камчатск": ("Камчатский край", "Петропавловск-Камчатский"), "камчацк": ("Камчатский край", "Петропавловск-Камчатский"),
    "краснодарск": ("Краснодарский край", "Краснодар"), "краснадарск": ("Краснодарский край", "Краснодар"),
    "красноярск": ("Красноярский край", "Красноярск"), "краснаярск": ("Красноярский край", "Красноярск"),
    "пермск": ("Пермский край", "Пермь"), "приморск": ("Приморский край", "Владивосток"),
    "прыморск": ("Приморский край", "Владивосток"), "ставропольск": ("Ставропольский край", "Ставрополь"),
    "ставрапальск": ("Ставропольский край", "Ставрополь"), "хабаровск": ("Хабаровский край", "Хабаровск"),
    "хабараўск": ("Хабаровский край", "Хабаровск"),
    # the autonomous okrugs and oblast
    "ханты-мансийск": ("Ханты-Мансийский автономный округ — Югра", "Ханты-Мансийск"),
    "ямало-ненецк": ("Ямало-Ненецкий автономный округ", "Салехард"), "ненецк": ("Ненецкий автономный округ", "Нарьян-Мар"),
    "чукотск": ("Чукотский автономный округ", "Анадырь"), "еврейск": ("Еврейская автономная область", "Биробиджан"),
}
# the republics of Russia, named by a noun or an adjective before «Республика»: Russian dictionary name -> its centre
# and the stems its name is written with (Russian, Belarusian, English; looked for at a word's start in lower case)
REPUBLICS: dict[str, tuple[str, tuple[str, ...]]] = {
    "Республика Адыгея": ("Майкоп", ("адыге", "adyg")),
    "Республика Алтай": ("Горно-Алтайск", ("республика алтай", "республики алтай", "рэспубліка алтай", "altai republic")),
    "Республика Башкортостан": ("Уфа", ("башкортостан", "башкир", "башкартастан", "башкір", "bashk")),
    "Республика Бурятия": ("Улан-Удэ", ("бурят", "бурац", "buryat")),
    "Республика Дагестан": ("Махачкала", ("дагестан", "daghestan", "dagestan")),
    "Республика Ингушетия": ("Магас", ("ингуш", "інгуш", "ingush")),
    "Кабардино-Балкарская Республика": ("Нальчик", ("кабардино-балкар", "кабардзіна-балкар", "kabardino-balkar")),
    "Республика Калмыкия": ("Элиста", ("калмык", "калмыц", "калмык", "kalmyk")),
    "Карачаево-Черкесская Республика": ("Черкесск", ("карачаево-черкес", "карачаева-чаркес", "karachay-cherkess",
                                                     "karachayevo-cherkess")),
    "Республика Карелия": ("Петрозаводск", ("карели", "карэлі", "karelia")),
    "Республика Коми": ("Сыктывкар", ("республика коми", "республики коми", "республике коми", "рэспубліка комі",
                                      "рэспублікі комі", "komi republic", "republic of komi")),
    "Республика Крым": ("Симферополь", ("крым", "крыму", "крыма", "crimea")),
    "Республика Марий Эл": ("Йошкар-Ола", ("марий эл", "марий эл", "марый эл", "mari el")),
    "Республика Мордовия": ("Саранск", ("мордов", "мардоў", "mordovia")),
    "Республика Саха (Якутия)": ("Якутск", ("якути", "якуці", "yakutia", "республика саха", "республики саха",
                                            "republic of sakha")),
    "Республика Северная Осетия — Алания": ("Владикавказ", ("северная осетия", "северной осетии", "паўночная асеція",
                                                             "паўночнай асеціі", "north ossetia")),
    "Республика Татарстан": ("Казань", ("татарстан", "tatarstan")),
    "Республика Тыва": ("Кызыл", ("тыва", "тывы", "тыве", "туви", "tuva", "tyva")),
    "Удмуртская Республика": ("Ижевск", ("удмурт", "udmurt")),
    "Республика Хакасия": ("Абакан", ("хакаси", "хакасі", "khakass")),
    "Чеченская Республика": ("Грозный", ("чечн", "чечен", "чачн", "чачэн", "chechn")),
    "Чувашская Республика": ("Чебоксары", ("чуваш", "chuvash")),
}
# the stems of Belarusian regions (the rest of REGIONS are Russian)
BELARUS_REGIONS = ("минск", "мінск", "гомел", "могил", "магіл", "витебск", "віцебск", "гродн", "гродз", "брест", "брэс")
BELARUS_TOWNS = frozenset({"Полоцк", "Александрия", "Лоев", "Жлобин", "Светлогорск", "Бобруйск", "Барановичи",
                           "Пинск", "Орша", "Новополоцк", "Борисов", "Солигорск", "Молодечно", "Лида", "Мозырь",
                           # the district centres and towns of the six regions
                           "Кобрин", "Пружаны", "Лунинец", "Столин", "Береза", "Ивацевичи", "Дрогичин", "Жабинка",
                           "Каменец", "Малорита", "Ляховичи", "Ганцевичи", "Высокое", "Микашевичи",
                           "Новогрудок", "Слоним", "Волковыск", "Сморгонь", "Ошмяны", "Щучин", "Островец", "Ивье",
                           "Дятлово", "Мосты", "Кореличи", "Скидель", "Берестовица", "Свислочь", "Зельва",
                           "Речица", "Рогачёв", "Калинковичи", "Хойники", "Ельск", "Наровля", "Добруш", "Ветка",
                           "Чечерск", "Буда-Кошелёво", "Петриков", "Житковичи", "Брагин", "Лельчицы", "Корма",
                           "Кричев", "Климовичи", "Горки", "Осиповичи", "Шклов", "Быхов", "Чаусы", "Костюковичи",
                           "Мстиславль", "Славгород", "Чериков", "Белыничи", "Кличев", "Круглое", "Глуск",
                           "Глубокое", "Поставы", "Лепель", "Докшицы", "Браслав", "Миоры", "Верхнедвинск",
                           "Городок", "Толочин", "Сенно", "Чашники", "Новолукомль", "Бешенковичи", "Дубровно",
                           "Лиозно", "Шарковщина", "Россоны", "Ушачи", "Жодино", "Слуцк", "Дзержинск", "Вилейка",
                           "Смолевичи", "Заславль", "Фаниполь", "Логойск", "Несвиж", "Столбцы", "Любань", "Червень",
                           "Марьина Горка", "Березино", "Клецк", "Копыль", "Узда", "Мядель", "Крупки", "Воложин",
                           "Нарочь", "Беловежская пуща"})
# buildings and venues -> the city they stand in ("": the centre of the Russian region the sentence names)
BUILDINGS: tuple[tuple[str, str], ...] = (
    (r"\bдом\w* советов\b", ""),  # one stands in many regional centres: the centre of the region named
    (r"\bминистерств\w* связи и информатизации|\bпалат\w* представителей|\bсовет\w* республики\b"
     r"|\bсовет\w* министров (?:республики )?беларус|\bадминистраци\w* президента (?:республики )?беларус"
     r"|\bминск\w+ студи\w*|\bбелтпп\b", "Минск"),
    (r"\bдвор\w* независимости\b|\bпалац\w* незалежнасці\b|\bpalace of independence\b|\bindependence palace\b",
     "Минск"),
    (r"\bвднх\b", "Москва"),
    (r"\bкремл\w*\b|\bkremlin\b", "Москва"),
    (r"\bбрестск\w* крепост\w*|\bбрэсцк\w* крэпасц\w*|\bbrest fortress\b", "Брест"),
    (r"\bкурган\w* славы\b", "Минск"),
)
# words that never start a place name after «в»: months, institutions, formats
NOT_PLACES = frozenset(
    "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре ходе рамках "
    "режиме формате составе качестве течение честь том этом году годы минувшем прошлом центре адрес "
    "министерстве правительстве администрации облисполкоме посольстве программе студии сфере области "
    "республике ряде числе частности целом день дни "
    # the squares' names a Belarusian text gives, not villages: «на плошчы Перамогі», «плошчы Свабоды»
    "перамогі свабоды незалежнасці".split()
)

# the great rivers of Belarus and Russia (pymorphy3's lemmas): pymorphy3 tags them as place names, but «на Неве», «на
# берегу Днепра», «над Сожем» put nothing in a town
RIVERS = frozenset(
    "нева волга днепр сож припять двина неман березина десна ока дон кама енисей обь иртыш амур лена ангара "
    "волхов ловать западная двина северная двина печора нарва".split()
)

# roles of participants (nominative lemma prefix)
ROLES = (
    r"губернатор\w*|председател(?!ьств)\w*|министр\w*|замминистр\w*|посл(?:а|ом|у|ы)?\b|посол|президент\w*|глав(?:а|ы|е|у|ой|ою)\b|главн\w+ (?:врач|редактор|архитектор|инженер|специалист)\w*|"
    r"заместител\w*|зампред\w*|премьер-министр\w*|мэр\w*|руководител\w*|спикер\w*|депутат\w*|директор\w*|"
    r"старшын\w*|намеснік\w*|вице-губернатор\w*|вице-премьер\w*|governor\b|chairman\b|chairperson\b|minister\b|ambassador\b|president\b|head\b"
    r"|prime minister\b|vice[- ]governor\b|first deputy\b|deputy prime minister\b"
    r"|deputy\b|mayor\b|прэзідэнт\w*|губернатар\w*|міністр\w*|кіраўнік\w*|пасол\b|пасл(?:а|ом|у|ы)\b|мэр\w*"
    r"|прэм['’]ер-міністр\w*|віцэ-прэм['’]ер\w*|віцэ-губернатар\w*"
    r"|проректор\w*|ректор\w*|прарэктар\w*|рэктар\w*|дырэктар\w*|director\b(?!\s+for\b)|rector\b(?!\s+for\b)"  # (a library's, a university's head: «Рэктар …», "Director of …")
)

# an adjective that puts the event ahead: «на предстоящем форуме», «на бліжэйшым Форуме», "at the upcoming forum"
# held at a distance: a videoconference, an online session, «на связи» — no one travels, and two linked cities are
# its venue only as a link («видеоконференция Минск — Курск»)
REMOTE = (r"видео|відэа|video|телеконф|тэлеканф|teleconf|онлайн|online|телемост|тэлемост|селектор|на связи|на сувязі|дистанцион|дыстанцый"
          r"|remote|телефон|тэлефон|phone")

UPCOMING = (
    r"(?:предстоящ|ближайш|будущ|грядущ|будуч|бліжэйш|upcoming|forthcoming|coming)\w*\s+(?:[\w-]+\s+)?$"
)

# what a concert or an evening is held for: a day of memory or glory, a holiday or an anniversary
DEDICATED = (
    r"\bпосвящ\w*|\bв честь\b|\bприуроч\w*|\bко? (?:дню|\d+-?(?:летию|й годовщине))|\bпрысвеч\w*|\b[уў] гонар\b"
    r"|\bда (?:дня|\d+-?годдзя)|\bdedicated to\b|\bin hono(?:u)?r of\b|\bto mark\b|\bon the occasion of\b"
    r"|\bпо случаю\b|\bз нагоды\b|\bmarking\b|\bfor (?:the )?(?:day of|\d+(?:st|nd|rd|th) anniversary)\b"
    r"|\bпразднован\w*|\bсвяткаванн\w*|\bcelebration\w*"
)
