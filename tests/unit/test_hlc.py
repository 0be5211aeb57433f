"""The hybrid logical clock never loses order: not past 100,000 events in one millisecond, not
across devices, not as the fixed-width text the change log and the wire carry."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.hlc import COUNTER_LIMIT, ZERO, Hlc, receive, tick
from desktop.storage.connection import set_meta
from desktop.storage.store import HLC_KEY, Store
from tests.unit.test_store import PERSON, change_rows

WIRE_FORM = re.compile(r"\d{15}-\d{5}")  # what desktop/sync/wire.py accepts
NOW_MS = 1_765_000_000_000  # a fixed wall clock (Dec 2025): every event in one millisecond


def _assert_in_order(stamps: list[Hlc]) -> None:
    """Strictly increasing as clocks and as text, and every text decodes to its clock."""
    texts = [stamp.encode() for stamp in stamps]
    assert all(a < b for a, b in zip(stamps, stamps[1:], strict=False))
    assert all(a < b for a, b in zip(texts, texts[1:], strict=False))
    assert all(WIRE_FORM.fullmatch(text) for text in texts)
    assert [Hlc.decode(text) for text in texts] == stamps


def test_a_million_events_in_one_millisecond_stay_in_order() -> None:
    stamp = tick(ZERO, NOW_MS)
    previous_text = stamp.encode()
    for _ in range(1_000_000):
        following = tick(stamp, NOW_MS)
        text = following.encode()
        # Checked pair by pair: a list of a million stamps would cost memory for nothing.
        assert following > stamp and text > previous_text and len(text) == 21
        assert Hlc.decode(text) == following
        stamp, previous_text = following, text
    # Carried ten times into the next millisecond, no further: the stamp stays near the clock.
    assert stamp == Hlc(NOW_MS + 10, 0)


def test_the_counter_carries_into_the_next_millisecond() -> None:
    full = Hlc(NOW_MS, COUNTER_LIMIT - 1)
    assert tick(full, NOW_MS) == Hlc(NOW_MS + 1, 0)
    assert receive(full, full, NOW_MS) == Hlc(NOW_MS + 1, 0)
    assert receive(Hlc(NOW_MS - 5, 0), full, NOW_MS - 9) == Hlc(NOW_MS + 1, 0)
    with pytest.raises(ValueError):
        Hlc(NOW_MS, COUNTER_LIMIT)  # a stamp that would not fit the text form cannot exist


def test_an_overflowed_stamp_saved_by_an_older_version_reads_as_the_next_one() -> None:
    assert Hlc.decode(f"{NOW_MS:015d}-100000") == Hlc(NOW_MS + 1, 0)


walls = st.integers(min_value=NOW_MS - 3, max_value=NOW_MS + 3)  # few values: many collisions
counters = st.integers(min_value=COUNTER_LIMIT - 4, max_value=COUNTER_LIMIT - 1) | st.integers(
    min_value=0, max_value=COUNTER_LIMIT - 1)
stamps = st.builds(Hlc, walls, counters)


@settings(max_examples=500)
@given(stamps)
def test_encode_and_decode_round_trip_in_order(stamp: Hlc) -> None:
    text = stamp.encode()
    assert WIRE_FORM.fullmatch(text) and Hlc.decode(text) == stamp


@settings(max_examples=500)
@given(stamps, stamps)
def test_text_order_is_clock_order(a: Hlc, b: Hlc) -> None:
    assert (a < b) == (a.encode() < b.encode())


# An event on one of three devices: (device, its wall clock now, whether it is a sync pull of
# another device's last stamp). Clocks jump about within a few milliseconds, often backwards.
events = st.lists(st.tuples(st.integers(0, 2), walls, st.integers(0, 2) | st.none()),
                  max_size=200)


@settings(max_examples=300)
@given(st.lists(stamps, min_size=3, max_size=3), events)
def test_order_is_kept_across_devices(
    starts: list[Hlc], history: list[tuple[int, int, int | None]]
) -> None:
    """Every device's stamps only go up, and a pulled stamp is always below the puller's next."""
    last = list(starts)
    issued: list[list[Hlc]] = [[stamp] for stamp in starts]
    for device, now_ms, pulled_from in history:
        if pulled_from is None:
            stamp = tick(last[device], now_ms)
        else:
            remote = last[pulled_from]
            stamp = receive(last[device], remote, now_ms)
            assert stamp > remote
        assert stamp > last[device]
        last[device] = stamp
        issued[device].append(stamp)
    for own in issued:
        _assert_in_order(own)


def test_a_store_whose_counter_is_full_keeps_saving_in_order(store: Store) -> None:
    """On a real database: the last stamp at 99,999 in this millisecond, then two saves."""
    set_meta(store.db, HLC_KEY, Hlc(NOW_MS, COUNTER_LIMIT - 1).encode())
    frozen = Store(store.opened, store.actor, clock=lambda: NOW_MS / 1000)
    saved = []
    for iin in ("900315400017", "880101300010"):
        with frozen.transaction() as tx:
            saved.append(tx.save("persons", {**PERSON, "iin": iin}).record_id)
    texts = [change_rows(store, record_id)[0]["hlc"] for record_id in saved]
    assert all(WIRE_FORM.fullmatch(text) for text in texts)
    assert [Hlc.decode(text) for text in texts] == [Hlc(NOW_MS + 1, 0), Hlc(NOW_MS + 1, 1)]
