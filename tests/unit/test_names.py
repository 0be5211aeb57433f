"""Name folding for search and Kazakh alphabet sorting, as someone looking up a person sees it."""

from __future__ import annotations

from desktop.domain.names import (
    fold_name,
    kazakh_collation_key,
    name_tokens,
    search_query_tokens,
)

# Latin capitals typed into a Cyrillic name: A, C and E below are U+0041, U+0043, U+0045.
MIXED_ASEL = "\u0041\u0421\u0045\u041b\u042c"


def test_kazakh_and_russian_spellings_meet() -> None:
    assert fold_name("Асель") == fold_name("Әсел") == fold_name("АСЕЛЬ") == fold_name("әсел")
    assert fold_name("Нұрлан") == fold_name("Нурлан")
    assert fold_name("Қайрат") == fold_name("Кайрат")
    assert fold_name("Серік") == fold_name("Серик")
    assert fold_name("Өмірзақ") == fold_name("Омирзак")
    assert fold_name("Жұлдыз") == fold_name("Жулдыз")
    assert fold_name("Айгүл") == fold_name("Айгуль")
    assert fold_name("Ғалым") == fold_name("Галым")
    assert fold_name("Іңкәр") == fold_name("Инкар")


def test_latin_look_alikes_inside_cyrillic_meet_the_cyrillic_spelling() -> None:
    assert MIXED_ASEL != "АСЕЛЬ"
    assert fold_name(MIXED_ASEL) == fold_name("Асель")
    # Latin i stands for Kazakh і; Latin p, o, x, y, k, m, t look like р, о, х, у, к, м, т.
    assert fold_name("Cepik") == fold_name("Серік")
    assert fold_name("ТOXTAP") == fold_name("Тохтар")
    assert fold_name("Жумaбaeв") == fold_name("Жұмабаев")


def test_word_wholly_in_latin_stays_latin() -> None:
    assert fold_name("John") == "john"
    assert fold_name("Smith-Jones") == "smith jones"


def test_yo_folds_to_ye() -> None:
    assert fold_name("Фёдоров") == fold_name("Федоров")
    assert fold_name("Алёна") == "алена"


def test_hyphens_apostrophes_and_spaces_are_collapsed() -> None:
    assert fold_name("  Әбдірахман-Қызы   Ақ'жол ") == "абдирахман кызы ак жол"
    assert fold_name("Жүсіп\u2019ов") == "жусип ов"


def test_decomposed_letters_fold_like_composed_ones() -> None:
    decomposed_yo = "\u0435\u0308"  # е + combining diaeresis
    assert fold_name("Ф" + decomposed_yo + "доров") == fold_name("Фёдоров")
    decomposed_short_i = "\u0438\u0306"  # и + combining breve
    assert fold_name("Аба" + decomposed_short_i) == fold_name("Абай") == "абай"


def test_name_tokens_skip_missing_parts() -> None:
    assert name_tokens("Серікбаев", "Нұрлан", None, "") == ["серикбаев", "нурлан"]
    assert name_tokens("Ахметова", "Әсел", "Серікқызы") == ["ахметова", "асел", "сериккызы"]


def test_search_query_tokens_are_safe_words() -> None:
    assert search_query_tokens('  Нұр* "Ахмет"  OR ') == ["нур", "ахмет", "or"]
    assert search_query_tokens("") == []


def test_kazakh_letters_sort_right_after_their_russian_neighbours() -> None:
    names = ["Бақыт", "Әсел", "Асел", "Ғалым", "Гүлнар", "Дана", "Ыбырай", "Іңкәр", "Ясмин"]
    assert sorted(names, key=kazakh_collation_key) == [
        "Асел",
        "Әсел",
        "Бақыт",
        "Гүлнар",
        "Ғалым",
        "Дана",
        "Ыбырай",
        "Іңкәр",
        "Ясмин",
    ]


def test_collation_ignores_case_and_look_alikes() -> None:
    assert sorted(["әсел", "Асел", "Бота"], key=kazakh_collation_key) == ["Асел", "әсел", "Бота"]
    ordered = sorted(["Ақан", MIXED_ASEL, "Асан"], key=kazakh_collation_key)
    assert ordered == ["Ақан", "Асан", MIXED_ASEL]


def test_collation_puts_shorter_prefix_first_and_is_deterministic() -> None:
    assert sorted(["Асель", "Асел"], key=kazakh_collation_key) == ["Асел", "Асель"]
    assert kazakh_collation_key("асел") < kazakh_collation_key("Асел")


def test_sort_text_orders_like_the_kazakh_alphabet() -> None:
    from desktop.domain.names import kazakh_sort_text

    names = ["Яхина", "Әбенова", "абаева", "Бекова", "Ғалымов", "Гусев", "Қасым", "Курманов",
             "Іргебаев", "Ыбыраев", "Өтепов", "Орлов", "Smith", "Ахметов", "AХМЕТОВА"]
    expected = sorted(names, key=lambda n: kazakh_collation_key(n)[0])
    assert sorted(names, key=kazakh_sort_text) == expected
    assert kazakh_sort_text("Асель") < kazakh_sort_text("Әсел") < kazakh_sort_text("Бота")
