"""Routines: where a person's activities and visits start, end and come back to.

One geotag says where someone was once. Fifty rides that end at the same place at
eight on weekday mornings say where they work, and the place the rides start from says
where they live. This detector reads the places that exports record over and over:

- Strava: the start and end of every activity (``activity_start`` / ``activity_end``),
  and of every activity marked as a commute (``commute_start`` / ``commute_end``);
- Google Maps: the visits of the Timeline and the Semantic Location History (``visit``).

Points within about 300 m of each other form one place. Times are taken as UTC (the
exports do not give the zone; in the UK it is the local time or an hour behind), and a
day is a weekday from Monday to Friday. What it reports, once per export:

- **Commutes and routines at the organisation's premises** (a profile with
  ``[[premises]]``): a place within a premises' radius where activities start or end on
  at least two days reveals the ``location`` of the workplace (0.8; 0.9 when it is the
  end of weekday-morning trips, the start of weekday-evening ones or of marked commutes
  on at least three days, or of two marked commutes). That regular pattern also reveals
  the ``employer`` (the ``sector`` for premises only a sector profile names): 0.7.
- **A likely workplace** without any profile: the place other than home that is reached
  on weekday mornings, left on weekday evenings or visited on weekdays, on at least three
  days and at least 40% of the weekdays with any activity (``location``, 0.6), or the far
  end of at least two marked commutes (0.75).
- **The home area**: the place touched on the most days, at least three and at least 30%
  of all days with an activity (``personal``, 0.55): with the workplace, it is what an
  attacker needs to wait for someone.
- **Places an export labels**: Google Maps' ``WORK`` and ``HOME`` labels and inferred
  home and work (Google Maps, Snapchat), places of kind ``labelled_work``,
  ``inferred_work``, ``labelled_home`` and ``inferred_home``: a workplace label reveals
  ``location`` (0.9 labelled by the person, 0.75 inferred), a home label ``personal``.

These are signals about a list (``item`` null, ``field`` ``location``), apart from the
labels, which are items of their own. A place inside a Strava privacy zone still counts:
the zone hides the map near it, but where routes enter a zone gives its centre away.
Each geotag or activity point *at* the premises is also a signal of its own, from the
places detector.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from footprint.detectors.base import DetectEnv, Detector
from footprint.detectors.places import haversine_m
from footprint.model import Place, Ref
from footprint.profiles import Premises
from footprint.registry import detectors
from footprint.signals import Signal

# Points closer than this are one place: GPS error, and where a bike is locked, both
# spread one place over a hundred metres or two.
CLUSTER_M = 300.0
# A grid of about 150 m cells keeps memory bounded by the places, not the points.
_CELL_DEG = 0.00135
MAX_CELLS = 200_000

_POINT_KINDS = {
    "activity_start": "start",
    "activity_end": "end",
    "commute_start": "start",
    "commute_end": "end",
    "visit": "visit",
}
_LABELS = {
    "labelled_work": ("location", 0.9, "labels this place as your workplace"),
    "inferred_work": ("location", 0.75, "infers that this place is your workplace"),
    "labelled_home": ("personal", 0.9, "labels this place as your home"),
    "inferred_home": ("personal", 0.75, "infers that this place is your home"),
}
# Hours (UTC) of the way to work and of the way home.
_MORNING = range(4, 12)
_EVENING = range(14, 22)


@dataclass
class _Cell:
    lat_sum: float = 0.0
    lon_sum: float = 0.0
    count: int = 0
    days: set[str] = field(default_factory=set)
    work_days: set[str] = field(default_factory=set)
    home_days: set[str] = field(default_factory=set)
    commutes: int = 0
    public: bool = False
    ref: Ref | None = None

    @property
    def lat(self) -> float:
        return self.lat_sum / self.count

    @property
    def lon(self) -> float:
        return self.lon_sum / self.count

    def absorb(self, other: _Cell) -> None:
        self.lat_sum += other.lat_sum
        self.lon_sum += other.lon_sum
        self.count += other.count
        self.days |= other.days
        self.work_days |= other.work_days
        self.home_days |= other.home_days
        self.commutes += other.commutes
        self.public = self.public or other.public
        self.ref = self.ref or other.ref


@dataclass
class _Export:
    """The points of one export (one origin), gathered in grid cells."""

    cells: dict[tuple[int, int], _Cell] = field(default_factory=dict)
    days: set[str] = field(default_factory=set)
    weekdays: set[str] = field(default_factory=set)
    dropped: int = 0


@detectors.register("routines")
class RoutineDetector(Detector):
    name = "routines"
    item_types = (Place,)

    def __init__(self, env: DetectEnv) -> None:
        super().__init__(env)
        self.premises: tuple[Premises, ...] = self.profile.premises if self.profile else ()
        self.exports: dict[str, _Export] = {}

    def on_item(self, item: Any, origin: str) -> Iterator[Signal]:
        if not isinstance(item, Place) or item.lat is None or item.lon is None:
            return
        if item.kind in _LABELS:
            yield self._label(item, origin)
            return
        role = _POINT_KINDS.get(item.kind)
        if role is None or (item.lat == 0 and item.lon == 0):
            return
        self._add(item, role, origin)

    def _add(self, place: Place, role: str, origin: str) -> None:
        assert place.lat is not None and place.lon is not None
        export = self.exports.setdefault(origin, _Export())
        key = (
            round(place.lat / _CELL_DEG),
            round(place.lon / (_CELL_DEG / max(math.cos(math.radians(place.lat)), 0.05))),
        )
        cell = export.cells.get(key)
        if cell is None:
            if len(export.cells) >= MAX_CELLS:
                export.dropped += 1
                return
            cell = export.cells[key] = _Cell()
        cell.lat_sum += place.lat
        cell.lon_sum += place.lon
        cell.count += 1
        cell.public = cell.public or place.ref.visibility == "public"
        cell.ref = cell.ref or place.ref
        if place.kind.startswith("commute_"):
            cell.commutes += 1
        when = place.ref.date
        if not when or len(when) < 13 or when[10] != "T":
            return
        day, hour = when[:10], int(when[11:13])
        try:
            weekday = date.fromisoformat(day).weekday() < 5
        except ValueError:
            return
        export.days.add(day)
        cell.days.add(day)
        if weekday:
            export.weekdays.add(day)
        going = (role == "end" and hour in _MORNING) or (role == "visit" and hour in _MORNING)
        leaving = role == "start" and hour in _EVENING
        if weekday and (going or leaving):
            cell.work_days.add(day)
        if (
            not weekday
            or (role == "start" and hour in _MORNING)
            or (role == "end" and hour in _EVENING)
        ):
            cell.home_days.add(day)

    def _label(self, place: Place, origin: str) -> Signal:
        reveals, confidence, what = _LABELS[place.kind]
        where = place.name or place.address or f"{place.lat:.4f}, {place.lon:.4f}"
        source = _platform_title(place.ref.platform)
        return self.signal(
            ref=place.ref,
            field="place",
            kind="place",
            reveals=reveals,
            matched=place.kind.replace("_", " "),
            why=f"{source} {what}",
            evidence=where[:120],
            confidence=confidence,
            origin=origin,
            target=where if reveals == "location" else "home area",
            item_kind="place",
        )

    # --- the patterns, once every point has been seen ------------------------------------

    def finish(self) -> Iterator[Signal]:
        for origin, export in sorted(self.exports.items()):
            yield from self._patterns(origin, export)

    def _patterns(self, origin: str, export: _Export) -> Iterator[Signal]:
        places = _cluster(export.cells)
        if not places:
            return
        home = max(places, key=lambda c: (len(c.home_days), len(c.days), c.count))
        if len(home.days) < 3 or len(home.days) < 0.3 * len(export.days) or not home.home_days:
            home_found: _Cell | None = None
        else:
            home_found = home
            yield self._pattern(
                home,
                origin,
                reveals="personal",
                matched="home area",
                why=(
                    f"activities start or end here on {len(home.days)} of "
                    f"{len(export.days)} days: the home area"
                ),
                confidence=0.55,
                target="home area",
            )
        at_premises: set[int] = set()
        for cell in places:
            prem = self._premises_of(cell)
            if prem is None or len(cell.days) < 2:
                continue
            at_premises.add(id(cell))
            yield from self._at_premises(cell, prem, origin)
        others = [
            c
            for c in places
            if id(c) not in at_premises
            and (home_found is None or haversine_m(c.lat, c.lon, home.lat, home.lon) > CLUSTER_M)
        ]
        if not others:
            return
        work = max(others, key=lambda c: (len(c.work_days), c.commutes, c.count))
        weekdays = max(len(export.weekdays), 1)
        routine = len(work.work_days) >= 3 and len(work.work_days) >= 0.4 * weekdays
        if routine or work.commutes >= 2:
            parts = []
            if work.work_days:
                parts.append(
                    f"reached on weekday mornings or left on weekday evenings on "
                    f"{len(work.work_days)} of {len(export.weekdays)} weekdays with activity"
                )
            if work.commutes:
                parts.append(f"{work.commutes} marked commute ends")
            yield self._pattern(
                work,
                origin,
                reveals="location",
                matched="likely workplace",
                why="a place " + " and ".join(parts) + ": likely the workplace",
                confidence=0.75 if work.commutes >= 2 else 0.6,
                target="likely workplace",
            )

    def _at_premises(self, cell: _Cell, prem: Premises, origin: str) -> Iterator[Signal]:
        d = haversine_m(cell.lat, cell.lon, prem.lat, prem.lon)
        regular = len(cell.work_days) >= 3 or cell.commutes >= 2
        what = f"{cell.count} activity starts and ends on {len(cell.days)} days"
        notes = []
        if cell.commutes:
            notes.append(f"{cell.commutes} marked commutes")
        if cell.work_days:
            notes.append(f"{len(cell.work_days)} weekday mornings or evenings")
        if notes:
            what += f" ({'; '.join(notes)})"
        where = f"{d:.0f} m from {prem.name}"
        yield self._pattern(
            cell,
            origin,
            reveals="location",
            matched=prem.name,
            why=f"{what}, {where} (premises of {prem.origin}, radius {prem.radius_m:.0f} m)",
            confidence=0.9 if regular else 0.8,
            target=prem.name,
        )
        if regular and self.profile is not None:
            # Premises the profile names itself are the employer's; inherited ones (a
            # sector profile's) say only the line of work.
            own = prem.origin == self.profile.id
            target = self.profile.name if own else self.profile.sector_name or prem.origin
            yield self._pattern(
                cell,
                origin,
                reveals="employer" if own else "sector",
                matched=prem.name,
                why=(
                    f"a regular commute to {prem.name}: {what}, {where}; people who go there "
                    "every working day work there"
                ),
                confidence=0.7,
                target=target,
            )

    def _premises_of(self, cell: _Cell) -> Premises | None:
        best: tuple[float, Premises] | None = None
        for prem in self.premises:
            d = haversine_m(cell.lat, cell.lon, prem.lat, prem.lon)
            if d <= prem.radius_m and (best is None or d < best[0]):
                best = (d, prem)
        return best[1] if best else None

    def _pattern(
        self,
        cell: _Cell,
        origin: str,
        *,
        reveals: str,
        matched: str,
        why: str,
        confidence: float,
        target: str,
    ) -> Signal:
        assert cell.ref is not None
        r = cell.ref
        ref = Ref(
            r.platform,
            r.file,
            None,
            "location",
            "public" if cell.public else r.visibility,
            max(cell.days) if cell.days else None,
            None,
        )
        return self.signal(
            ref=ref,
            kind="routine",
            reveals=reveals,
            matched=matched,
            why=why,
            # Where the place is, to the street: never the names of the activities.
            evidence=f"around {cell.lat:.3f}, {cell.lon:.3f}",
            confidence=confidence,
            origin=origin,
            target=target,
            # Places, not a list of people: the plan hides them with the activities' maps.
            item_kind="place",
        )


def _cluster(cells: dict[tuple[int, int], _Cell]) -> list[_Cell]:
    """Cells merged into places: the busiest cell takes every cell within CLUSTER_M of it,
    then the next busiest that is left, and so on. Only the grid cells around a seed are
    looked at, so this is linear in the number of cells."""
    reach = math.ceil(CLUSTER_M / (_CELL_DEG * 111_000)) + 1
    order = sorted(cells.items(), key=lambda kv: (-kv[1].count, kv[0]))
    out: list[_Cell] = []
    taken: set[tuple[int, int]] = set()
    for key, seed in order:
        if key in taken:
            continue
        place = _Cell()
        place.absorb(seed)
        taken.add(key)
        lat, lon = seed.lat, seed.lon
        for di in range(-reach, reach + 1):
            # Longitude cells are wider apart in degrees, the same in metres.
            for dj in range(-reach, reach + 1):
                near = (key[0] + di, key[1] + dj)
                other = cells.get(near)
                if other is None or near in taken:
                    continue
                if haversine_m(lat, lon, other.lat, other.lon) <= CLUSTER_M:
                    place.absorb(other)
                    taken.add(near)
        out.append(place)
    return out


def _platform_title(name: str) -> str:
    from footprint.platforms import title

    return title(name)
