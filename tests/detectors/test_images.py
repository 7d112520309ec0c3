"""The imagery detector, on images made here: the flag resized, recompressed and cropped
is found; a red stripe, a plain black square and a photo-like image are not."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("PIL")
pytest.importorskip("imagehash")

from PIL import Image, ImageDraw

from footprint.exports.imaging import fingerprint
from footprint.pipeline import ScanOptions, scan
from footprint.profiles import load_profile

BLUE = (0, 82, 180)


def stripe(
    width: int,
    height: int,
    colour: tuple[int, int, int] = BLUE,
    background: tuple[int, int, int] = (0, 0, 0),
    share: float = 0.12,
) -> Image.Image:
    im = Image.new("RGB", (width, height), background)
    s = int(height * share)
    ImageDraw.Draw(im).rectangle([0, (height - s) // 2, width, (height - s) // 2 + s], fill=colour)
    return im


def jpeg(im: Image.Image, quality: int = 45) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=quality)
    return buf.getvalue()


def png(im: Image.Image) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def photo_like(width: int = 640, height: int = 480) -> Image.Image:
    im = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    draw = ImageDraw.Draw(im)
    draw.ellipse([200, 120, 440, 360], fill=(30, 120, 60))
    draw.rectangle([0, 400, width, height], fill=(90, 70, 40))
    return im


FLAG = Path(__file__).resolve().parents[2] / "profiles" / "images" / "thin-blue-line.png"


@pytest.mark.parametrize(
    ("data", "match"),
    [
        (jpeg(stripe(300, 200)), True),  # resized and recompressed
        (jpeg(stripe(64, 43), 30), True),  # a thumbnail
        (png(stripe(400, 400)), True),  # cropped square, as an avatar
        (png(stripe(1500, 500)), True),  # a header banner
        (png(stripe(900, 600, colour=(200, 30, 30))), False),  # red stripe on black
        (png(Image.new("RGB", (600, 400))), False),  # plain black
        (png(stripe(900, 600, background=(240, 240, 240))), False),  # blue on white
        (jpeg(photo_like()), False),
    ],
)
def test_fingerprint_matching(data: bytes, match: bool) -> None:
    ref = fingerprint(FLAG.read_bytes())
    ok, _, _ = ref.matches(fingerprint(data))
    assert ok is match


def _x_archive(root: Path) -> Path:
    data = root / "data"
    (data / "tweets_media").mkdir(parents=True)
    (data / "profile_media").mkdir()
    (data / "account.js").write_text(
        'window.YTD.account.part0 = [ {\n  "account" : {\n    "username" : "dafm",\n'
        '    "accountId" : "99"\n  }\n} ]',
        encoding="utf-8",
    )
    (data / "tweets.js").write_text(
        'window.YTD.tweets.part0 = [ {\n  "tweet" : {\n    "id_str" : "1700000000000000001",\n'
        '    "full_text" : "Proud day https://t.co/abc",\n'
        '    "created_at" : "Sat Feb 18 19:45:15 +0000 2023",\n'
        '    "entities" : {\n      "media" : [ {\n'
        '        "media_url_https" : "https://pbs.twimg.com/media/FlagPic1.jpg",\n'
        '        "type" : "photo"\n      } ]\n    }\n  }\n} ]',
        encoding="utf-8",
    )
    (data / "tweets_media" / "1700000000000000001-FlagPic1.jpg").write_bytes(
        jpeg(stripe(1200, 800))
    )
    (data / "tweets_media" / "1700000000000000002-Beach.jpg").write_bytes(jpeg(photo_like()))
    (data / "profile_media" / "99-header.png").write_bytes(png(stripe(1500, 500)))
    (data / "profile_media" / "99-avatar.png").write_bytes(b"\x89PNG\r\n\x1a\nbroken")
    return root


def test_scan_finds_the_flag_in_posted_media_and_header(tmp_path: Path) -> None:
    result = scan([_x_archive(tmp_path / "x")], ScanOptions(org="uk-police"))
    images = [s for s in result.signals if s.kind == "image"]
    by_item = {s.source.item: s for s in images}
    assert set(by_item) == {"1700000000000000001", None}
    post = by_item["1700000000000000001"]
    assert (post.reveals, post.source.field, post.account) == ("sector", "media", "dafm")
    header = by_item[None]
    assert header.source.field == "avatar" and header.confidence > post.confidence
    assert header.source.file == "data/profile_media/99-header.png"
    # The broken image is a problem naming it; the scan went on.
    (src,) = result.sources
    assert src.counts["images"] == 3
    assert any(
        p.startswith("data/profile_media/99-avatar.png: image could not be read")
        for p in src.problems
    )


def test_no_references_no_image_work(tmp_path: Path) -> None:
    result = scan([_x_archive(tmp_path / "x")], ScanOptions(org="welsh-government"))
    assert "images" not in result.sources[0].counts
    assert not [s for s in result.signals if s.kind == "image"]


def test_images_can_be_switched_off(tmp_path: Path) -> None:
    result = scan([_x_archive(tmp_path / "x")], ScanOptions(org="uk-police", images=False))
    assert "images" not in result.sources[0].counts


def test_missing_reference_is_a_profile_error(tmp_path: Path) -> None:
    from footprint.errors import ProfileError

    toml = tmp_path / "org.toml"
    toml.write_text('id = "x"\nname = "X"\nreferences = ["nope.png"]\n', encoding="utf-8")
    with pytest.raises(ProfileError, match="'references'"):
        load_profile(toml)


def test_image_signal_ids_do_not_depend_on_the_archive_form(tmp_path: Path) -> None:
    folder = _x_archive(tmp_path / "twitter-2024-03-04")
    (folder / "data" / "tweets_media" / "1700000000000000003-Orphan.png").write_bytes(
        png(stripe(900, 600))
    )
    # A zip holding the folder itself: every member name starts "twitter-2024-03-04/".
    top = tmp_path / "top.zip"
    with zipfile.ZipFile(top, "w") as zf:
        for p in sorted(folder.rglob("*")):
            if p.is_file():
                zf.write(p, p.relative_to(tmp_path).as_posix())
    runs = [scan([path], ScanOptions(org="uk-police")) for path in (folder, top)]
    ids = [sorted(s.id for s in r.signals if s.kind == "image") for r in runs]
    assert len(ids[0]) == 3 and ids[0] == ids[1]
    files = {s.source.file for s in runs[1].signals if s.kind == "image"}
    assert all(f.startswith("twitter-2024-03-04/") for f in files)
