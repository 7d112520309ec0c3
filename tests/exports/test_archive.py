"""Opening exports safely: zip, tar.gz, folder and single file, and the hostile shapes."""

from __future__ import annotations

import hashlib
import io
import os
import tarfile
import zipfile
from pathlib import Path

import pytest

from footprint.errors import UnsafeMember
from footprint.exports.archive import Limits, open_export, safe_member_name, sniff_container


def _zip(path: Path, members: dict[str, bytes], **infos: int) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("data/tweets.js", "data/tweets.js"),
        ("./data//tweets.js", "data/tweets.js"),
        ("data\\tweets.js", "data/tweets.js"),
    ],
)
def test_safe_member_names(raw: str, expected: str) -> None:
    assert safe_member_name(raw) == expected


@pytest.mark.parametrize("raw", ["../evil.js", "data/../../evil.js", "/etc/passwd", "C:/x.js"])
def test_unsafe_member_names(raw: str) -> None:
    with pytest.raises(UnsafeMember):
        safe_member_name(raw)


def test_zip_refuses_traversal_links_and_nested_archives(tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("data/account.js", b"window.YTD.account.part0 = []")
        zf.writestr("../escape.js", b"x")
        zf.writestr("/absolute.js", b"x")
        link = zipfile.ZipInfo("data/link.js")
        link.external_attr = 0o120777 << 16
        zf.writestr(link, b"/etc/passwd")
        zf.writestr("inner/other.zip", b"PK\x05\x06" + b"\0" * 18)
    export = open_export(path)
    assert [m.name for m in export.members] == ["data/account.js"]
    reasons = {r.member: r.reason for r in export.refused}
    assert "leaves the export" in reasons["../escape.js"]
    assert "absolute" in reasons["/absolute.js"]
    assert "link" in reasons["data/link.js"]
    assert "nested archive" in reasons["inner/other.zip"]
    export.close()


def test_zip_bomb_refused_before_expanding(tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("data/like.js", b"\0" * (8 * 1024 * 1024))
        zf.writestr("data/account.js", b"window.YTD.account.part0 = []")
    limits = Limits(ratio_floor=1024 * 1024, max_ratio=100)
    export = open_export(path, limits)
    assert [m.name for m in export.members] == ["data/account.js"]
    (refused,) = export.refused
    assert refused.member == "data/like.js"
    assert "zip bomb" in refused.reason
    export.close()


def test_member_over_size_limit_refused(tmp_path: Path) -> None:
    path = _zip(tmp_path / "big.zip", {"a.json": b"[" + b"1," * 5000 + b"1]"})
    export = open_export(path, Limits(max_member_bytes=1000))
    assert not export.members
    assert "limit" in export.refused[0].reason


def test_large_compressible_member_is_not_a_bomb_by_default(tmp_path: Path) -> None:
    # Real JSON compresses 5-30 times: a 20 MB file of tweets-like text must be read.
    import random

    rng = random.Random(7)
    words = [b"patrol", b"weather", b"coffee", b"match", b"train", b"garden", b"dog", b"rain"]
    lines = [
        b'  {\n    "tweet" : {\n      "id_str" : "%d",\n      "full_text" : "%s"\n    }\n  },\n'
        % (rng.randrange(10**18), b" ".join(rng.choice(words) for _ in range(12)))
        for _ in range(120_000)
    ]
    path = _zip(tmp_path / "ok.zip", {"data/tweets.js": b"".join(lines)})
    export = open_export(path)
    assert [m.name for m in export.members] == ["data/tweets.js"]
    assert not export.refused


def test_tar_refuses_links_devices_and_traversal(tmp_path: Path) -> None:
    path = tmp_path / "archive.tar.gz"
    with tarfile.open(path, "w:gz") as tf:
        data = b'{"type": "Person"}'
        info = tarfile.TarInfo("actor.json")
        info.size = len(data)
        tf.addfile(info, io.BytesIO(data))
        sym = tarfile.TarInfo("outbox.json")
        sym.type = tarfile.SYMTYPE
        sym.linkname = "/etc/passwd"
        tf.addfile(sym)
        hard = tarfile.TarInfo("likes.json")
        hard.type = tarfile.LNKTYPE
        hard.linkname = "actor.json"
        tf.addfile(hard)
        evil = tarfile.TarInfo("../../evil.json")
        evil.size = 1
        tf.addfile(evil, io.BytesIO(b"x"))
        dev = tarfile.TarInfo("dev")
        dev.type = tarfile.CHRTYPE
        tf.addfile(dev)
    export = open_export(path)
    assert [m.name for m in export.members] == ["actor.json"]
    assert export.members[0].read_bytes() == data
    reasons = {r.member: r.reason for r in export.refused}
    assert "link" in reasons["outbox.json"] and "link" in reasons["likes.json"]
    assert "leaves the export" in reasons["../../evil.json"]
    assert "not a regular file" in reasons["dev"]
    export.close()


def test_folder_does_not_follow_links(tmp_path: Path) -> None:
    root = tmp_path / "export"
    (root / "data").mkdir(parents=True)
    (root / "data" / "account.js").write_text("window.YTD.account.part0 = []")
    outside = tmp_path / "secret.txt"
    outside.write_text("secret")
    os.symlink(outside, root / "data" / "link.js")
    os.symlink(tmp_path, root / "looped")
    export = open_export(root)
    assert [m.name for m in export.members] == ["data/account.js"]
    assert {r.member for r in export.refused} == {"data/link.js", "looped"}


def test_a_link_given_as_the_path_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "tweets.js"
    target.write_text("[]")
    link = tmp_path / "link.js"
    os.symlink(target, link)
    with pytest.raises(UnsafeMember):
        open_export(link)


def test_single_file_and_container_sniffed_by_content(tmp_path: Path) -> None:
    plain = tmp_path / "export.zip"  # a misleading name: the content is JSON
    plain.write_text('{"Profile": {}}')
    assert sniff_container(plain) == "file"
    export = open_export(plain)
    assert [m.name for m in export.members] == ["export.zip"]
    real_zip = _zip(tmp_path / "data.json", {"a.json": b"{}"})
    assert sniff_container(real_zip) == "zip"


def test_member_head_and_reopen(tmp_path: Path) -> None:
    path = _zip(tmp_path / "e.zip", {"a.json": b'{"k": "' + b"v" * 50000 + b'"}'})
    export = open_export(path)
    (member,) = export.members
    assert member.head(5) == b'{"k":'
    assert len(member.head(20000)) == 20000
    assert member.read_bytes().endswith(b'"}')
    assert member.read_bytes() == member.read_bytes()  # each open is a fresh stream


def test_inputs_are_never_modified(tmp_path: Path) -> None:
    path = _zip(tmp_path / "e.zip", {"a.json": b"{}"})
    before = (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
    export = open_export(path)
    for m in export.members:
        m.read_bytes()
    export.close()
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["e.zip"]
