"""Image fingerprints for the imagery detector (optional extra: ``footprint[images]``).

A fingerprint is two things, both robust to resizing and recompression:

- a 64-bit perceptual hash (``imagehash.average_hash``: an 8x8 grey image, each bit
  lighter or darker than the mean): the layout of light and dark. The DCT hash
  (``phash``) was tried first and is unstable on flat, flag-like images: JPEG noise in
  the near-zero coefficients flipped 28 of 64 bits of a recompressed flag;
- a 16x16 colour thumbnail: the colours where they are. The perceptual hash alone
  cannot tell the thin blue line flag from a red stripe on black, or from a black
  square (plain images have degenerate hashes), so both must agree.

Nothing here is imported unless Pillow and ImageHash are installed; ``available()``
says whether they are. Images are decoded in Pillow's draft mode (a JPEG is decoded
at 1/8 scale when that is enough), so a 12-megapixel photo costs a few milliseconds,
and Pillow's decompression-bomb limit stays on.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any, BinaryIO

THUMB = 16
PHASH_MAX = 6  # of 64 bits
THUMB_MAX = 6.0  # mean absolute difference per channel, 0-255
MAX_IMAGE_BYTES = 40 * 1024 * 1024

_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"GIF87a", b"GIF89a")


def available() -> bool:
    try:
        import imagehash  # noqa: F401
        import PIL  # noqa: F401
    except ImportError:
        return False
    return True


def is_image(head: bytes) -> bool:
    """JPEG, PNG, GIF or WebP, from the first bytes."""
    return head.startswith(_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")


@dataclass(frozen=True, slots=True)
class Fingerprint:
    phash: int  # 64 bits
    thumb: bytes  # THUMB x THUMB x 3 bytes, RGB

    def distance(self, other: Fingerprint) -> tuple[int, float]:
        """(differing hash bits, mean absolute thumbnail difference per channel)."""
        bits = (self.phash ^ other.phash).bit_count()
        diff = sum(abs(a - b) for a, b in zip(self.thumb, other.thumb, strict=True))
        return bits, diff / len(self.thumb)

    def matches(self, other: Fingerprint) -> tuple[bool, int, float]:
        bits, diff = self.distance(other)
        return bits <= PHASH_MAX and diff <= THUMB_MAX, bits, diff


def fingerprint(stream: BinaryIO | bytes) -> Fingerprint:
    """The fingerprint of one image (raises on anything Pillow cannot read)."""
    import imagehash
    from PIL import Image

    data = stream if isinstance(stream, bytes) else stream.read(MAX_IMAGE_BYTES + 1)
    if len(data) > MAX_IMAGE_BYTES:
        raise ValueError(f"image larger than {MAX_IMAGE_BYTES // (1024 * 1024)} MB")
    with Image.open(io.BytesIO(data)) as im:
        im.draft("RGB", (128, 128))
        rgb: Any = im.convert("RGB")
    phash = int(str(imagehash.average_hash(rgb)), 16)
    thumb = rgb.resize((THUMB, THUMB), Image.Resampling.BOX).tobytes()
    return Fingerprint(phash, thumb)
