"""Imagery: the thin blue line flag and similar insignia in pictures the person posted.

With the optional extra ``footprint[images]`` (Pillow and ImageHash), every image file in
the exports (photos posted, profile pictures and headers, where the export includes the
files) is fingerprinted and compared with the reference images the profile names
(``references``: uk-police ships the thin blue line flag in its two common forms).

A picture matches when both its perceptual hash (the layout of light and dark, at most
6 of 64 bits apart) and its 16x16 colour thumbnail (at most 6/255 apart on average)
agree with a reference: robust to resizing, cropping to a square and recompression,
but a red stripe on black or a plain black square does not match. A flag that is only
a small part of a photo is not found.

The signal reveals what the reference's profile reveals (the sector for uk-police's
flag): 0.8, 0.85 as a profile picture or header, less the further apart the match.
Where the image belongs to a post (X ``tweets_media/<id>-...``, Instagram and Facebook
media paths, Mastodon attachments), the signal names the post; a profile picture or
header is the profile's ``avatar`` field; any other image is named by its file name (not
its path, so that the signal's id is the same for the export as a folder or a zip).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import PurePosixPath
from typing import Any

from footprint.detectors.base import DetectEnv, Detector
from footprint.exports.imaging import Fingerprint, available, fingerprint
from footprint.model import ImageFile, Media, Post, Ref
from footprint.profiles import Reference
from footprint.registry import detectors
from footprint.signals import Signal

_PROFILE_PICTURE = (
    "profile_media",
    "avatar",
    "header",
    "profile_photo",
    "profile_picture",
    "banner",
)


def _keys(path: str) -> list[str]:
    """Names an image file is known by: its basename, and X's '<tweet id>-<name>' tail."""
    base = PurePosixPath(path.split("?", 1)[0]).name
    keys = [base]
    head, sep, tail = base.partition("-")
    if sep and head.isdigit():
        keys.append(tail)
    return keys


@detectors.register("images")
class ImageDetector(Detector):
    name = "images"
    item_types = (ImageFile, Post, Media)
    post_fields = ("media",)

    def __init__(self, env: DetectEnv) -> None:
        super().__init__(env)
        self.references: list[tuple[Reference, Fingerprint]] = []
        if self.profile is not None and self.profile.references and available():
            for ref in self.profile.references:
                self.references.append((ref, fingerprint(ref.path.read_bytes())))
        self.media_refs: dict[str, Ref] = {}
        self.images: list[tuple[ImageFile, str]] = []

    def on_item(self, item: Any, origin: str) -> Iterable[Signal]:
        if not self.references:
            return ()
        if isinstance(item, ImageFile):
            self.images.append((item, origin))
        elif isinstance(item, Post):
            for m in item.media:
                for key in _keys(m.uri):
                    self.media_refs.setdefault(key, item.ref)
        elif isinstance(item, Media):
            for key in _keys(item.uri):
                self.media_refs.setdefault(key, item.ref)
        return ()

    def finish(self) -> Iterator[Signal]:
        # Judged at the end: the posts that name an image may come after the image file.
        for image, origin in self.images:
            fp = Fingerprint(image.phash, image.thumb)
            best: tuple[int, float, Reference] | None = None
            for ref, ref_fp in self.references:
                ok, bits, diff = ref_fp.matches(fp)
                if ok and (best is None or (bits, diff) < best[:2]):
                    best = (bits, diff, ref)
            if best is None:
                continue
            bits, diff, reference = best
            yield self._signal(image, origin, reference, bits, diff)

    def _signal(
        self, image: ImageFile, origin: str, reference: Reference, bits: int, diff: float
    ) -> Signal:
        path = image.ref.file
        owner = next((self.media_refs[k] for k in _keys(path) if k in self.media_refs), None)
        lower = path.lower()
        as_picture = any(p in lower for p in _PROFILE_PICTURE)
        if owner is not None and owner.field in ("avatar", "header"):
            as_picture = True
        field = "avatar" if as_picture else "media"
        ref = owner if owner is not None and not as_picture else image.ref
        if as_picture:
            # A profile picture or header is a profile field (CONTRACT.md: item null).
            ref = replace(ref, item=None)
        confidence = (0.85 if as_picture else 0.8) - 0.02 * bits - 0.01 * diff
        what = (
            "a profile picture or header"
            if as_picture
            else ("a posted image" if owner is not None else "an image in the export")
        )
        label = reference.path.stem.replace("-", " ")
        return self.signal(
            ref=ref,
            field=field,
            kind="image",
            reveals=reference.reveals,
            matched=reference.path.name,
            why=(
                f"{what} matches the reference image {label!r} of {reference.origin} "
                f"({bits} of 64 hash bits and {diff:.1f}/255 colour apart)"
            ),
            evidence=f"image {PurePosixPath(path).name} looks like the {label}",
            confidence=confidence,
            origin=origin,
            item_kind="profile" if as_picture else "image" if owner is None else "post",
            target=(
                self.profile.sector_name
                if reference.reveals == "sector" and self.profile
                else self.profile.name
                if self.profile
                else None
            ),
        )
