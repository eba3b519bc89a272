"""Belarusian and English people's names written in Russian, in the nominative (titles and participants)."""

import pytest

from scheduler.extraction.names import russian_person
from scheduler.extraction.people import people_in


@pytest.mark.parametrize(("first", "last", "russian"), [
    ("Аляксандр", "Лукашэнка", "Александр Лукашенко"),
    ("Аляксандру", "Лукашэнку", "Александр Лукашенко"),  # dative: Belarusian declines «-енка», Russian does not
    ("Рустамам", "Мініханавым", "Рустам Миниханов"),  # instrumental, «-аў» → «-ов»
    ("Наталлі", "Кочанавай", "Наталья Кочанова"),  # a woman's genitive
    ("Уладзімір", "Пуцін", "Владимир Путин"),  # цеканне undone where the dictionary knows the surname
    ("Валянціна", "Мацвіенка", "Валентина Матвиенко"),
    ("Раман", "Галоўчанка", "Роман Головченко"),  # аканне undone by the dictionary
    ("Дзмітрый", "Крутой", "Дмитрий Крутой"),  # дзеканне
    ("Вольга", "Шыманская", "Ольга Шиманская"),
    ("Сяргей", "Шчарбіна", "Сергей Щербина"),  # a nominative «-а» stays
    ("Юрыем", "Шулейкам", "Юрий Шулейко"),
    ("Андрэй", "Варабёў", "Андрей Воробьёв"),  # the soft sign Belarusian does not write after a lip consonant
    ("Уладзімірам", "Церанцьевым", "Владимир Терентьев"),
    ("Таццяна", "Кузьміч", "Татьяна Кузьмич"),
    ("Мікалаем", "Латушкам", "Николай Латушко"),
    ("Аляксандар", "Мароз", "Александр Мороз"),  # тарашкевіца
], ids=lambda v: str(v))
def test_belarusian_names_in_russian(first: str, last: str, russian: str) -> None:
    assert russian_person(first, last, "be") == russian


@pytest.mark.parametrize(("first", "last", "russian"), [
    ("Alexander", "Lukashenko", "Александр Лукашенко"),
    ("Aleksandr", "Gusev", "Александр Гусев"),
    ("Natalya", "Kochanova", "Наталья Кочанова"),
    ("Valentina", "Matviyenko", "Валентина Матвиенко"),
    ("Andrei", "Vorobyov", "Андрей Воробьёв"),
    ("Mikhail", "Yevrayev", "Михаил Евраев"),
    ("Veniamin", "Kondratyev", "Вениамин Кондратьев"),
    ("Dmitry", "Krutoi", "Дмитрий Крутой"),
    ("Yevgeny", "Lyulin", "Евгений Люлин"),
    ("Igor", "Rudenya", "Игорь Руденя"),
    ("Pyotr", "Sokolov", "Пётр Соколов"),
    ("Eduard", "Tsvetkov", "Эдуард Цветков"),
    ("Oleg", "Kozhemyako", "Олег Кожемяко"),
    ("Radiy", "Khabirov", "Радий Хабиров"),
    ("Olga", "Shcherbakova", "Ольга Щербакова"),
    ("Yuri", "Shuleiko", "Юрий Шулейко"),
    ("Natalia", "Zhukovskaya", "Наталия Жуковская"),
    ("Vladislav", "Shapovalov", "Владислав Шаповалов"),
    # "-iev" after a consonant is the soft sign's «-ьев», where the dictionary has no «-иев»
    ("Veniamin", "Kondratiev", "Вениамин Кондратьев"),
    ("Alexei", "Grigoriev", "Алексей Григорьев"),
    ("Anna", "Kondratieva", "Анна Кондратьева"),
    ("Ivan", "Dmitriev", "Иван Дмитриев"),
], ids=lambda v: str(v))
def test_english_names_in_russian(first: str, last: str, russian: str) -> None:
    assert russian_person(first, last, "en") == russian


@pytest.mark.parametrize(("first", "last", "lang"), [
    ("Вітэбская", "вобласць", "be"), ("Мінск", "Сёння", "be"), ("Гомельскі", "Аблвыканкам", "be"),
    ("Gomel", "Region", "en"), ("Minsk", "Oblast", "en"), ("Executive", "Committee", "en"),
    ("Иван", "Иванов", "ru"),  # a Russian name needs no undoing
], ids=lambda v: str(v))
def test_no_first_name_no_person(first: str, last: str, lang: str) -> None:
    assert russian_person(first, last, lang) is None


@pytest.mark.parametrize(("sentence", "lang", "names"), [
    ("Старшыня аблвыканкама Іван Крупко сустрэўся з губернатарам Аляксандрам Багамазам.", "be",
     ["Иван Крупко", "Александр Богомаз"]),
    ("Governor Alexander Bogomaz met with the chairman Ivan Krupko.", "en", ["Александр Богомаз", "Иван Крупко"]),
    ("Вера Емельянова встретилась с Владимиром Терентьевым.", "ru", ["Вера Емельянова", "Владимир Терентьев"]),
    ("The Victory Day parade passed through Minsk, said Governor Ivan Krupko.", "en", ["Иван Крупко"]),
], ids=["be", "en", "ru", "en-a-day-is-nobody"])
def test_people_of_a_sentence_are_named_in_russian(sentence: str, lang: str, names: list[str]) -> None:
    assert [name for _, name, _ in people_in(sentence, lang)] == names


@pytest.mark.parametrize(("sentence", "lang", "name"), [
    ("Chairman of the State Council of Tatarstan Farid Mukhametshin arrived in Belarus.", "en", "Фарид Мухаметшин"),
    ("Прыбыў старшыня Дзяржсавета Фарыд Мухаметшын.", "be", "Фарид Мухаметшин"),
], ids=["en", "be"])
def test_a_body_written_before_the_name_is_not_its_first_name(sentence: str, lang: str, name: str) -> None:
    assert [n for _, n, _ in people_in(sentence, lang)] == [name]


@pytest.mark.parametrize("text", [
    "A delegation of Tatarstan headed by Chairman of the State Council Farid Mukhametshin arrived in Belarus on a "
    "visit. The visit to Belarus includes talks with Natalya Kochanova.",
    "Делегацыя Татарстана на чале са старшынёй Дзяржсавета Фарыдам Мухаметшыным прыбыла ў Беларусь з візітам. Візіт "
    "у Беларусь уключае перамовы з Наталляй Качанавай.",
], ids=["en", "be"])
def test_a_name_alone_does_not_split_a_visit_in_two(text: str) -> None:
    from scheduler.extraction import extract_text

    visits = [e for e in extract_text(text, published="2024-06-20").events if e.type == "visit"]
    assert len(visits) == 1, [e.title for e in visits]


def test_a_belarusian_name_with_the_surname_first():
    got = people_in("Дэлегацыя на чале з губернатарам Міхайлавым Аляксандрам Мікалаевічам наведае Мінск.", "be")
    assert [name for _, name, _ in got] == ["Александр Михайлов"]
