"""The Murmur platform: the sample export, every kind of broken input, recognition."""

from __future__ import annotations

from pathlib import Path

import pytest
from footprint.model import Account, Post, ProfileField
from footprint.platforms import BUILT_IN
from footprint.testing import (
    assert_platform_facts,
    claims,
    member,
    run_platform,
    tar_export,
    write_export,
    zip_export,
)

from footprint_murmur.platform import Murmur

SAMPLE = Path(__file__).resolve().parents[1] / "sample" / "export"
HEADER = "%murmur posts 1\nid\tdate\taudience\ttext\n"


def test_facts_are_complete() -> None:
    assert_platform_facts(Murmur)


def test_sample_export() -> None:
    read = run_platform(Murmur, SAMPLE)
    assert read.problems == []
    (account,) = read.of(Account)
    assert isinstance(account, Account)
    assert (account.handle, account.display_name, account.protected) == (
        "sam_carter",
        "Sam Carter",
        False,
    )
    assert account.url == "https://murmur.example/@sam_carter"
    assert account.created_at == "2021-04-03T00:00:00Z"
    fields = {f.field: f.value for f in read.of(ProfileField) if isinstance(f, ProfileField)}
    assert fields == {
        "handle": "sam_carter",
        "display_name": "Sam Carter",
        "bio": "Dad, runner, coffee. PC 4172 - views my own.",
        "website": "https://murmur.example/@sam_carter",
        "location": "Northshire",
    }  # "theme" is a setting, not profile text
    posts = {p.ref.item or "": p for p in read.of(Post) if isinstance(p, Post)}
    assert sorted(posts) == ["1001", "1002", "1003", "1004"]
    assert posts["1001"].hashtags == ("parkrun",)
    assert [posts[i].ref.visibility for i in sorted(posts)] == [
        "public",
        "public",
        "connections",
        "private",
    ]
    assert posts["1003"].text == "New gaming PC 2024 build finished\nphotos soon"
    assert posts["1002"].ref.date == "2024-03-05T22:40:00Z"


def test_zipped_and_tarred_read_the_same(tmp_path: Path) -> None:
    folder = run_platform(Murmur, SAMPLE).items
    assert run_platform(Murmur, zip_export(SAMPLE, tmp_path / "m.zip")).items == folder
    assert run_platform(Murmur, tar_export(SAMPLE, tmp_path / "m.tar.gz")).items == folder


def test_private_account_posts_are_for_followers(tmp_path: Path) -> None:
    export = write_export(
        tmp_path / "e",
        {
            "a.murmur": "%murmur account 1\nhandle: sam\nprivate: yes\n",
            "p.murmur": HEADER + "1\t2024-01-01\teveryone\thello\n2\t2024-01-02\tme\tsecret\n",
        },
    )
    read = run_platform(Murmur, export)
    assert [p.ref.visibility for p in read.of(Post) if isinstance(p, Post)] == [
        "connections",
        "private",
    ]


@pytest.mark.parametrize(
    ("files", "problem", "posts"),
    [
        (
            {"p.murmur": HEADER + "1\t2024-01-01\teveryone\tok\nno tabs here\n3\t\teveryone\tok\n"},
            "p.murmur: line 4: not an id, date, audience and text",
            2,
        ),
        (
            {"p.murmur": "%murmur posts 2\nid\tdate\tkind\ttext\n"},
            "p.murmur: Murmur export version '2'",
            0,
        ),
        (
            {"p.murmur": "%murmur posts 1\nid,date,text\n"},
            "p.murmur: line 2: expected the header",
            0,
        ),
        ({"a.murmur": "%murmur account 1\nname: Sam\n"}, "a.murmur: no handle", 0),
        (
            {"p.murmur": b"%murmur posts 1\nid\tdate\taudience\ttext\n1\tx\teveryone\t\xff\n"},
            "p.murmur: not valid utf-8",
            0,
        ),
    ],
)
def test_broken_input_is_a_problem_naming_the_file(
    tmp_path: Path, files: dict[str, str | bytes], problem: str, posts: int
) -> None:
    read = run_platform(Murmur, write_export(tmp_path / "e", files))
    assert len(read.problems) == 1 and read.problems[0].startswith(problem), read.problems
    assert len(read.of(Post)) == posts


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        ("%murmur account 1\nhandle: x\n", "account"),
        ("%murmur posts 1\r\nid\tdate\taudience\ttext\r\n", "posts"),
        ("%murmur posts 2\n", "posts"),  # claimed, then reported: never passed over
        ("%murmur photos 1\n", None),
        ("murmur posts 1\n", None),
        ('{"murmur": "posts"}', None),
        ("", None),
    ],
)
def test_identify_by_content(data: str, kind: str | None) -> None:
    assert Murmur().identify(member("any/name.txt", data)) == kind


def test_no_built_in_claims_the_sample_and_murmur_claims_no_one_elses(tmp_path: Path) -> None:
    assert claims(SAMPLE, list(BUILT_IN)) == {}
    others = write_export(
        tmp_path / "others",
        {
            "data/account.js": 'window.YTD.account.part0 = [{"account": {"username": "x"}}]',
            "Positions.csv": "Company Name,Title,Started On\nAcme,Boss,Jan 2020\n",
            "actor.json": {"type": "Person", "preferredUsername": "sam"},
        },
    )
    assert claims(others, [Murmur]) == {}
