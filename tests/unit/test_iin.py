"""ИИН and БИН validation as a person typing numbers from documents meets it."""

from __future__ import annotations

import datetime
import random

import pytest

from desktop.domain.iin import (
    Iin,
    IinError,
    iin_check_digit,
    is_valid_bin,
    is_valid_iin,
    make_bin,
    make_iin,
    parse_bin,
    parse_iin,
)

# 85 03 15 | 3 | 0123 | 5: born 15 March 1985, 3 = 1900s male. Check digit by hand:
# 8·1 + 5·2 + 0·3 + 3·4 + 1·5 + 5·6 + 3·7 + 0·8 + 1·9 + 2·10 + 3·11 = 148; 148 mod 11 = 5.
VALID_MALE = "850315301235"


def _error_code(text: str, parse=parse_iin) -> str:
    with pytest.raises(IinError) as caught:
        parse(text)
    return caught.value.code


def test_valid_iin_gives_birth_date_and_sex() -> None:
    assert parse_iin(VALID_MALE) == Iin(VALID_MALE, datetime.date(1985, 3, 15), "male")


def test_woman_born_in_2000s() -> None:
    iin = parse_iin(make_iin(datetime.date(2003, 11, 2), "female", 4567))
    assert iin.birth_date == datetime.date(2003, 11, 2)
    assert iin.sex == "female"
    assert iin.value[6] == "6"


def test_spaces_from_a_pasted_number_are_ignored() -> None:
    assert parse_iin(" 850315 301235\u00a0").value == VALID_MALE
    assert is_valid_iin("8503 1530 1235")


def test_one_mistyped_digit_fails_the_check_digit() -> None:
    mistyped = VALID_MALE[:9] + "9" + VALID_MALE[10:]
    with pytest.raises(IinError) as caught:
        parse_iin(mistyped)
    assert caught.value.code == "check_digit"
    assert str(caught.value) == "the check digit does not match: the number is mistyped"
    assert caught.value.params["found"] == 5


def _typos(position: int) -> list[str]:
    return [
        VALID_MALE[:position] + digit + VALID_MALE[position + 1 :]
        for digit in "0123456789"
        if digit != VALID_MALE[position]
    ]


def test_a_typo_in_the_check_digit_is_always_caught() -> None:
    assert not any(is_valid_iin(typo) for typo in _typos(11))


def test_most_typos_in_digits_1_to_10_are_caught() -> None:
    typos = [typo for position in range(10) for typo in _typos(position)]
    accepted = [typo for typo in typos if is_valid_iin(typo)]
    # 8 -> 2 in digit 1 moves the first sum to 10, and the second weights happen to give 5 too.
    assert accepted == ["250315301235"]


def test_a_typo_in_digit_11_is_not_caught_by_the_algorithm() -> None:
    # Digit 11 has weight 11 ≡ 0 (mod 11) in the first sum, so unless that sum is 10 a typo
    # there keeps the same check digit: the check digit alone cannot prove a number right.
    assert all(is_valid_iin(typo) for typo in _typos(10))


def test_eleven_digits_is_a_length_error() -> None:
    assert _error_code(VALID_MALE[:11]) == "length"
    assert _error_code(VALID_MALE + "0") == "length"
    assert _error_code("") == "length"


def test_letters_are_not_digits() -> None:
    assert _error_code("85031530123A") == "not_digits"
    assert _error_code("ИИН850315301") == "not_digits"
    # Digits of other scripts pass str.isdigit() but are not a number anyone can type here.
    assert _error_code("٨٥٠٣١٥٣٠١٢٣٥") == "not_digits"


def test_31_february_is_not_a_birth_date() -> None:
    first11 = "8502313" + "0123"
    check = iin_check_digit(first11)
    assert check is not None
    assert _error_code(first11 + str(check)) == "date"


def test_century_digit_0_and_7_are_not_people() -> None:
    for digit in "0789":
        first11 = "850315" + digit + "0123"
        check = iin_check_digit(first11)
        text = first11 + str(check if check is not None else 0)
        with pytest.raises(IinError) as caught:
            parse_iin(text)
        assert caught.value.code == "century"
        assert caught.value.params == {"digit": int(digit)}


def test_second_weights_used_when_first_sum_is_10() -> None:
    # First sum: 8+10+0+12+5+30+21+0+9+80+0 = 175 ≡ 10 (mod 11), so the second weights apply:
    # 8·3 + 5·4 + 0·5 + 3·6 + 1·7 + 5·8 + 3·9 + 0·10 + 1·11 + 8·1 + 0·2 = 155 ≡ 1.
    assert iin_check_digit("85031530180") == 1
    assert parse_iin("850315301801").birth_date == datetime.date(1985, 3, 15)


def test_no_valid_number_when_both_sums_are_10() -> None:
    # First sum 164 ≡ 10, second sum 164 ≡ 10.
    assert iin_check_digit("85031530260") is None
    for last in "0123456789":
        assert _error_code("85031530260" + last) == "check_digit"


def test_make_iin_skips_a_serial_without_check_digit() -> None:
    assert make_iin(datetime.date(1985, 3, 15), "male", 260) == "850315302611"


def test_make_iin_round_trips_for_many_dates() -> None:
    rng = random.Random(2013)
    start = datetime.date(1800, 1, 1).toordinal()
    end = datetime.date(2099, 12, 31).toordinal()
    for _ in range(3000):
        birth_date = datetime.date.fromordinal(rng.randint(start, end))
        sex = rng.choice(["male", "female"])
        iin = parse_iin(make_iin(birth_date, sex, rng.randint(0, 9000)))
        assert (iin.birth_date, iin.sex) == (birth_date, sex)


def test_make_iin_refuses_what_an_iin_cannot_code() -> None:
    with pytest.raises(ValueError):
        make_iin(datetime.date(1799, 12, 31), "male", 1)
    with pytest.raises(ValueError):
        make_iin(datetime.date(1990, 1, 1), "unknown", 1)
    with pytest.raises(ValueError):
        make_iin(datetime.date(1990, 1, 1), "male", 10000)


def test_valid_bin_is_accepted() -> None:
    bin_ = make_bin(datetime.date(2008, 4, 1), 4, 1234)
    assert bin_ == "080440012349"
    assert parse_bin("0804 4001 2349") == bin_
    assert is_valid_bin(bin_)


def test_bins_round_trip() -> None:
    rng = random.Random(7)
    for _ in range(500):
        registered = datetime.date(rng.randint(1995, 2030), rng.randint(1, 12), 1)
        assert is_valid_bin(make_bin(registered, rng.choice([4, 5, 6]), rng.randint(0, 90000)))


def test_an_iin_is_not_a_bin() -> None:
    assert _error_code(VALID_MALE, parse_bin) == "kind"
    assert not is_valid_bin(VALID_MALE)


def test_bad_bins_are_rejected() -> None:
    bin_ = "080440012349"
    assert _error_code(bin_[:-1] + "0", parse_bin) == "check_digit"
    assert _error_code(bin_[:11], parse_bin) == "length"
    assert _error_code("08044001234Б", parse_bin) == "not_digits"
    month13 = "0813400123"
    assert _error_code(month13 + "45", parse_bin) == "date"
    with pytest.raises(ValueError):
        make_bin(datetime.date(2008, 4, 1), 3, 1)
