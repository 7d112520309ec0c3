"""Places: geotags, photo GPS, check-ins and event places at the organisation's premises,
and the home area.

- **Premises**: any coordinate (a geotagged post, EXIF GPS in a photo, a check-in, an
  event's place) within a premises' radius (great-circle distance) reveals the
  ``location`` of the workplace: 0.75 inside the radius, 0.85 within half of it. A
  check-in or place *named* after the premises counts too (0.7). Premises inherited
  from a sector profile count the same: a photo taken inside a police station is a
  photo taken inside a police station.
- **Home area**: a current city, a home town, Instagram's inferred home city and the
  profile's location field reveal where the person lives (0.5; 0.6 for a current
  city). Attackers combine it with the employer.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

from footprint.detectors.base import DetectEnv, Detector
from footprint.detectors.nlp import normalise
from footprint.model import Event, Media, Place, Post, ProfileField, Ref
from footprint.profiles import Premises
from footprint.registry import detectors
from footprint.signals import Signal

EARTH_RADIUS_M = 6_371_008.8
HOME_KINDS = {"current_city": 0.6, "hometown": 0.5, "inferred_home": 0.5, "profile": 0.5}


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


@detectors.register("places")
class PlaceDetector(Detector):
    name = "places"
    item_types = (Post, Place, Media, Event, ProfileField)
    post_fields = ("place", "media")

    def __init__(self, env: DetectEnv) -> None:
        super().__init__(env)
        self.premises: tuple[Premises, ...] = self.profile.premises if self.profile else ()
        self.names = {normalise(p.name): p for p in self.premises if len(p.name) >= 6}

    def on_item(self, item: Any, origin: str) -> Iterator[Signal]:
        if isinstance(item, Post):
            if item.place is not None:
                yield from self._place(item.place, item.ref, origin)
            for m in item.media:
                yield from self._coords(m.lat, m.lon, item.ref, "media", "photo GPS", origin)
        elif isinstance(item, Place):
            yield from self._place(item, item.ref, origin)
        elif isinstance(item, Media):
            yield from self._coords(item.lat, item.lon, item.ref, "media", "photo GPS", origin)
        elif isinstance(item, Event) and item.place is not None:
            yield from self._place(item.place, item.ref, origin)
        elif isinstance(item, ProfileField) and item.field == "location" and item.value.strip():
            yield self.signal(
                ref=item.ref,
                field="location",
                kind="place",
                reveals="location",
                matched=item.value.strip(),
                why="the profile's location field names a place",
                evidence=item.value.strip()[:120],
                confidence=0.45,
                origin=origin,
                target=item.value.strip(),
            )

    def _place(self, place: Place, ref: Ref, origin: str) -> Iterator[Signal]:
        label = {"geotag": "geotag", "checkin": "check-in", "event": "event place"}.get(
            place.kind, place.kind.replace("_", " ")
        )
        found = False
        for sig in self._coords(place.lat, place.lon, ref, "place", label, origin, place.name):
            found = True
            yield sig
        if not found and place.name:
            prem = self.names.get(normalise(place.name))
            if prem is not None:
                yield self._premises_signal(
                    ref, "place", f"{label} named {place.name!r}", prem, 0.7, origin, place.name
                )
                return
        if place.kind in HOME_KINDS and place.name:
            yield self.signal(
                ref=Ref(
                    ref.platform, ref.file, None, "location", ref.visibility, ref.date, ref.url
                ),
                kind="place",
                reveals="location",
                matched=place.name,
                why=f"the {label} names where the person lives",
                evidence=place.name[:120],
                confidence=HOME_KINDS[place.kind],
                origin=origin,
                target=place.name,
            )

    def _coords(
        self,
        lat: float | None,
        lon: float | None,
        ref: Ref,
        field: str,
        label: str,
        origin: str,
        name: str | None = None,
    ) -> Iterator[Signal]:
        if lat is None or lon is None or (lat == 0 and lon == 0):
            return
        best: tuple[float, Premises] | None = None
        for prem in self.premises:
            d = haversine_m(lat, lon, prem.lat, prem.lon)
            if d <= prem.radius_m and (best is None or d < best[0]):
                best = (d, prem)
        if best is None:
            return
        d, prem = best
        conf = 0.85 if d <= prem.radius_m / 2 else 0.75
        what = f"{label} {d:.0f} m from {prem.name}"
        yield self._premises_signal(ref, field, what, prem, conf, origin, name)

    def _premises_signal(
        self,
        ref: Ref,
        field: str,
        what: str,
        prem: Premises,
        conf: float,
        origin: str,
        name: str | None,
    ) -> Signal:
        owner = prem.origin
        return self.signal(
            ref=ref,
            field=field,
            kind="place",
            reveals="location",
            matched=prem.name,
            why=f"{what} (premises of {owner}, radius {prem.radius_m:.0f} m)",
            evidence=(f"{name} — near {prem.name}" if name else f"near {prem.name}")[:120],
            confidence=conf,
            origin=origin,
            target=prem.name,
        )
