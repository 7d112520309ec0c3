"""Routines: commutes to the premises, a likely workplace and the home area from where
activities start and end, and the places exports label as home or work."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from footprint.model import Place, Ref
from footprint.signals import Signal

Detect = Callable[..., list[Signal]]

HQ = (52.2053, 0.1218)  # Northshire HQ in the test profile, radius 300 m
HOME = (52.1900, 0.1400)  # about 2.3 km away
OFFICE = (52.2300, 0.0900)  # not premises, about 4 km from home
PARK = (52.1700, 0.1700)


def point(
    kind: str,
    where: tuple[float, float],
    when: datetime,
    item: str,
    platform: str = "strava",
    visibility: str = "public",
) -> Place:
    jitter = (int(item) % 7) * 0.0002  # GPS never lands on the same spot twice
    return Place(
        kind,
        Ref(
            platform,
            "activities/x.gpx",
            item,
            "place",
            visibility,
            when.strftime("%Y-%m-%dT%H:%M:%SZ"),
        ),  # type: ignore[arg-type]
        lat=where[0] + jitter,
        lon=where[1] - jitter,
    )


def commutes(
    work: tuple[float, float], days: int, marked: bool = True, start: int = 1000
) -> list[Place]:
    """A ride to work each weekday morning and back each evening, from 4 March 2024."""
    out: list[Place] = []
    kind = "commute" if marked else "activity"
    day = datetime(2024, 3, 4, tzinfo=UTC)  # a Monday
    n = start
    while days:
        if day.weekday() < 5:
            morning = day.replace(hour=7)
            evening = day.replace(hour=17)
            out += [
                point(f"{kind}_start", HOME, morning, str(n)),
                point(f"{kind}_end", work, morning + timedelta(minutes=25), str(n)),
                point(f"{kind}_start", work, evening, str(n + 1)),
                point(f"{kind}_end", HOME, evening + timedelta(minutes=25), str(n + 1)),
            ]
            n += 2
            days -= 1
        day += timedelta(days=1)
    return out


def weekend_runs(n: int) -> list[Place]:
    out = []
    day = datetime(2024, 3, 9, 9, tzinfo=UTC)  # a Saturday
    for i in range(n):
        when = day + timedelta(days=7 * i)
        out += [
            point("activity_start", HOME, when, str(5000 + i)),
            point("activity_end", PARK, when + timedelta(hours=1), str(5000 + i)),
        ]
    return out


def by_reveals(signals: list[Signal]) -> dict[str, Signal]:
    return {s.reveals: s for s in signals if s.kind == "routine"}


def test_commute_to_premises_reveals_workplace_and_employer(detect: Detect) -> None:
    found = by_reveals(detect(*commutes(HQ, 8), *weekend_runs(3), only=["routines"]))
    assert set(found) == {"location", "employer", "personal"}
    loc = found["location"]
    assert (loc.matched, loc.target, loc.confidence) == ("Northshire HQ", "Northshire HQ", 0.9)
    assert "(16 marked commutes; 8 weekday mornings or evenings)" in loc.why
    assert "m from Northshire HQ" in loc.why
    assert (loc.source.item, loc.source.field, loc.visibility) == (None, "location", "public")
    assert loc.source.date == "2024-03-13"
    emp = found["employer"]
    assert (emp.target, emp.confidence) == ("Northshire Constabulary", 0.7)
    assert found["personal"].matched == "home area"


def test_a_couple_of_runs_past_premises_reveal_no_employer(detect: Detect) -> None:
    runs = [
        point("activity_end", HQ, datetime(2024, 3, 9 + 7 * i, 10, tzinfo=UTC), str(i + 1))
        for i in range(2)
    ]
    found = by_reveals(detect(*runs, only=["routines"]))
    assert set(found) == {"location"}
    assert found["location"].confidence == 0.8


def test_likely_workplace_without_premises(detect: Detect) -> None:
    found = by_reveals(detect(*commutes(OFFICE, 6, marked=False), only=["routines"]))
    assert set(found) == {"location", "personal"}
    work = found["location"]
    assert (work.matched, work.confidence) == ("likely workplace", 0.6)
    assert "on 6 of 6 weekdays with activity" in work.why
    assert work.evidence == "around 52.231, 0.089"  # the centre of the points
    # Without a profile the same routine is found.
    found = by_reveals(detect(*commutes(OFFICE, 6, marked=False), profile=None, only=["routines"]))
    assert set(found) == {"location", "personal"}


def test_marked_commutes_raise_confidence(detect: Detect) -> None:
    work = by_reveals(detect(*commutes(OFFICE, 2), only=["routines"]))["location"]
    assert work.confidence == 0.75 and "marked commute ends" in work.why


@pytest.mark.parametrize(
    "items",
    [
        pytest.param(lambda: weekend_runs(6), id="weekend runs only"),
        pytest.param(lambda: commutes(OFFICE, 2, marked=False), id="two days are no routine"),
        pytest.param(
            lambda: [
                point(
                    "activity_start",
                    (52.0 + i / 50, 0.1),
                    datetime(2024, 3, 4 + i, 7, tzinfo=UTC),
                    str(i),
                )
                for i in range(5)
            ],
            id="never the same place twice",
        ),
    ],
)
def test_no_workplace(detect: Detect, items: Callable[[], list[Place]]) -> None:
    found = by_reveals(detect(*items(), only=["routines"]))
    assert "location" not in found and "employer" not in found


def test_weekend_runs_give_the_home_area(detect: Detect) -> None:
    found = by_reveals(detect(*weekend_runs(6), only=["routines"]))
    assert set(found) == {"personal"}
    assert "on 6 of 6 days" in found["personal"].why


def test_exports_scanned_apart_are_not_mixed(detect: Detect) -> None:
    trips = commutes(OFFICE, 4, marked=False)
    # Two days of trips in one export, two in another: neither makes a routine alone.
    other = [
        Place(
            p.kind,
            Ref("google-maps", "x.json", p.ref.item, "place", "public", p.ref.date),
            lat=p.lat,
            lon=p.lon,
        )
        for p in trips[8:]
    ]
    assert "location" not in by_reveals(detect(*trips[:8], *other, only=["routines"]))
    assert "location" in by_reveals(detect(*trips, only=["routines"]))


def test_private_visits_stay_private(detect: Detect) -> None:
    visits = [
        point(
            "visit",
            OFFICE,
            datetime(2024, 3, 4 + d, 8, tzinfo=UTC),
            str(d),
            "google-maps",
            "private",
        )
        for d in range(5)
    ]
    work = by_reveals(detect(*visits, only=["routines"]))["location"]
    assert work.visibility == "private" and work.platform == "google-maps"


@pytest.mark.parametrize(
    ("kind", "reveals", "confidence"),
    [
        ("labelled_work", "location", 0.9),
        ("inferred_work", "location", 0.75),
        ("labelled_home", "personal", 0.9),
        ("inferred_home", "personal", 0.75),
    ],
)
def test_labelled_places(detect: Detect, kind: str, reveals: str, confidence: float) -> None:
    place = Place(
        kind,
        Ref("google-maps", "Timeline.json", "ChIJ123", "place", "private"),
        name="Example House",
        lat=OFFICE[0],
        lon=OFFICE[1],
    )
    (sig,) = [s for s in detect(place, only=["routines"]) if s.rule == "routines"]
    assert (sig.reveals, sig.confidence, sig.source.item) == (reveals, confidence, "ChIJ123")
    assert sig.why.startswith("Google Maps ")


@pytest.mark.parametrize("kind", ["geotag", "checkin", "privacy_zone", "segment", "route"])
def test_other_places_are_not_routines(detect: Detect, kind: str) -> None:
    items = [point(kind, OFFICE, datetime(2024, 3, 4 + d, 8, tzinfo=UTC), str(d)) for d in range(5)]
    assert [s for s in detect(*items, only=["routines"])] == []
