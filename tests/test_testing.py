"""footprint.testing: the helpers plugin authors reuse must fail when they should."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, ClassVar

import pytest

from footprint.detectors.base import Detector
from footprint.detectors.nlp import TextUnit
from footprint.errors import ParseError, ProfileError
from footprint.exports.archive import Member, open_export
from footprint.model import Account, Item, Post, Ref
from footprint.platforms.base import ParseContext, Platform, PrivateMode
from footprint.signals import Signal
from footprint.testing import (
    assert_platform_facts,
    claims,
    file_member,
    load_alone,
    member,
    post,
    profile_field,
    profile_from_toml,
    run_detector,
    run_detectors,
    run_platform,
    tar_export,
    write_export,
    zip_export,
)

X_ACCOUNT = 'window.YTD.account.part0 = [ {\n  "account" : {\n    "username" : "pcjones"\n  }\n} ]'


# --- exports ------------------------------------------------------------------------------


def test_write_export_then_zip_and_tar_hold_the_same_members(tmp_path: Path) -> None:
    folder = write_export(
        tmp_path / "export",
        {
            "data/account.js": X_ACCOUNT,
            "notes.json": {"a": ["é"]},
            "raw.bin": b"\x00\x01",
        },
    )
    assert json.loads((folder / "notes.json").read_text(encoding="utf-8")) == {"a": ["é"]}
    assert (folder / "raw.bin").read_bytes() == b"\x00\x01"
    for archive in (
        zip_export(folder, tmp_path / "e.zip"),
        tar_export(folder, tmp_path / "e.tar.gz"),
        folder,
    ):
        with open_export(archive) as export:
            got = {m.name: m.read_bytes() for m in export.members}
        assert got == {
            "data/account.js": X_ACCOUNT.encode(),
            "notes.json": (folder / "notes.json").read_bytes(),
            "raw.bin": b"\x00\x01",
        }


def test_members_in_memory_and_on_disk(tmp_path: Path) -> None:
    m = member("data/x.json", "héllo")
    assert (m.name, m.size, m.read_bytes(), m.head(2)) == (
        "data/x.json",
        6,
        "héllo".encode(),
        b"h\xc3",
    )
    path = tmp_path / "f.csv"
    path.write_bytes(b"a,b\n")
    f = file_member(path, "export/f.csv")
    assert (f.name, f.size, f.read_bytes()) == ("export/f.csv", 4, b"a,b\n")
    assert file_member(path).name == "f.csv"


# --- platforms ----------------------------------------------------------------------------


class Notes(Platform):
    """Notes: an invented export for these tests (``%notes`` files, one note a line)."""

    name = "notes"
    title = "Notes"
    download = "nowhere"
    generations = "all"
    kinds = ("notes",)
    item_ids: ClassVar[Mapping[str, str]] = {"note": "its line number"}

    def identify(self, member: Member) -> str | None:
        return "notes" if member.head(6) == b"%notes" else None

    def read(self, kind: str, member: Member, ctx: ParseContext) -> Iterator[Item]:
        lines = member.read_bytes().decode("utf-8").splitlines()[1:]
        for n, line in enumerate(lines, 2):
            if line == "BROKEN":
                raise ParseError(f"line {n}: broken")
            yield Post("post", line, Ref("notes", member.name, str(n), "text"))


def test_run_platform_reads_with_one_platform_and_keeps_problems(tmp_path: Path) -> None:
    folder = write_export(
        tmp_path / "e",
        {"a.txt": "%notes\none\ntwo\n", "b.txt": "%notes\nthree\nBROKEN\nlost\n", "c.txt": "x"},
    )
    read = run_platform(Notes, folder)
    assert read.platform == "notes"
    assert [p.text for p in read.items if isinstance(p, Post)] == ["one", "two", "three"]
    assert read.problems == ["b.txt: line 3: broken"]


def test_run_platform_names_what_no_one_can_read(tmp_path: Path) -> None:
    folder = write_export(
        tmp_path / "e", {"a.txt": "%notes\none\n", "user_data_tiktok.txt": "Profile:\n"}
    )
    (problem,) = run_platform(Notes, folder).problems
    assert problem.startswith("user_data_tiktok.txt: a TikTok export in TXT format")


def test_run_platform_on_nothing_it_reads(tmp_path: Path) -> None:
    read = run_platform(Notes, write_export(tmp_path / "e", {"c.txt": "plain"}))
    assert (read.items, read.problems) == ([], [])


def test_run_platform_debug_reraises(tmp_path: Path) -> None:
    folder = write_export(tmp_path / "e", {"b.txt": "%notes\nBROKEN\n"})
    with pytest.raises(ParseError, match="line 2: broken"):
        run_platform(Notes, folder, debug=True)


def test_run_platform_by_registered_name(tmp_path: Path) -> None:
    folder = write_export(tmp_path / "e", {"data/account.js": X_ACCOUNT})
    (account,) = run_platform("x", folder).of(Account)
    assert isinstance(account, Account) and account.handle == "pcjones"


def test_claims_and_load_alone(tmp_path: Path) -> None:
    folder = write_export(
        tmp_path / "e", {"data/account.js": X_ACCOUNT, "mine.txt": "%notes\nhi\n"}
    )
    assert claims(folder) == {"data/account.js": "x:account"}
    assert claims(folder, [Notes, "x"]) == {
        "data/account.js": "x:account",
        "mine.txt": "notes:notes",
    }
    assert load_alone(folder, "x").platform == "x"
    with pytest.raises(AssertionError, match="expected only 'linkedin', found \\['x'\\]"):
        load_alone(folder, "linkedin")


class Complete(Notes):
    settings: ClassVar[Mapping[str, str]] = {
        "delete_posts": "Notes > each note > Delete.",
        "edit_profile": "Settings > Profile: change the {field}.",
        "make_private": "Settings > Private.",
    }
    private = PrivateMode("Private notes", frozenset({"post"}), "your name")


def test_platform_facts_complete() -> None:
    assert_platform_facts(Complete)
    assert_platform_facts("linkedin")


@pytest.mark.parametrize(
    ("change", "gap"),
    [
        ({"title": ""}, "title is not set"),
        ({"download": "  "}, "download is not set"),
        ({"kinds": ()}, "kinds is empty"),
        ({"item_ids": {}}, "item_ids is empty"),
        ({"item_ids": {"note": ""}}, "item_ids entry 'note' is blank"),
        ({"settings": {"delete_everything": "x"}}, "settings for actions the plan does not have"),
        ({"settings": {"edit_profile": "change the {what}"}}, "does not format with only {field}"),
        ({"app_kinds": frozenset({"apps"})}, "app_kinds not among its kinds: ['apps']"),
        (
            {"private": PrivateMode("P", frozenset({"profile"}), "x")},
            "private claims to hide the profile",
        ),
        ({"private": PrivateMode("P", frozenset(), "")}, "private does not say what stays public"),
        (
            {"settings": {}, "private": PrivateMode("P", frozenset(), "x")},
            "settings has no make_private",
        ),
    ],
)
def test_platform_facts_gaps(change: dict[str, Any], gap: str) -> None:
    broken = type("Broken", (Complete,), dict(change))
    with pytest.raises(AssertionError) as err:
        assert_platform_facts(broken)
    assert gap in str(err.value)


def test_platform_facts_need_user_documentation() -> None:
    # A class made here lives in a module with a docstring; one from nowhere has none.
    cls = type("Undocumented", (Complete,), {"__module__": "no_such_module"})
    with pytest.raises(AssertionError, match="no docstring"):
        assert_platform_facts(cls)


# --- detectors ----------------------------------------------------------------------------

PROFILE = """
id = "testshire"
name = "Testshire Council"
aliases = ["Testshire Council"]
"""


class Words(Detector):
    """Finds the profile's aliases (a test detector)."""

    name = "test-words"

    def terms(self) -> Iterable[str]:
        return [t.value for t in self.profile.of("alias")] if self.profile else []

    def on_text(self, unit: TextUnit) -> Iterator[Signal]:
        for hit in unit.hits:
            yield self.signal(
                ref=unit.item.ref,
                kind="mention",
                reveals="employer",
                matched=hit.key,
                why="alias",
                evidence=unit.text[hit.start : hit.end],
                confidence=0.7,
                origin=unit.origin,
            )


class Crashes(Words):
    name = "test-crashes"

    def on_text(self, unit: TextUnit) -> Iterator[Signal]:
        raise RuntimeError("detector bug")


def test_profile_from_toml(tmp_path: Path) -> None:
    profile = profile_from_toml(PROFILE, tmp_path)
    assert profile.name == "Testshire Council"
    with pytest.raises(ProfileError, match="'id'"):
        profile_from_toml('id = "Bad Id"\nname = "x"\n', tmp_path, "bad.toml")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("I work for Testshire Council", True),
        ("testshire council meeting", True),
        ("Testshire Councillors", False),
        ("nothing here", False),
    ],
)
def test_run_detector_positives_and_negatives(tmp_path: Path, text: str, found: bool) -> None:
    profile = profile_from_toml(PROFILE, tmp_path)
    signals = run_detector(Words, [post(text)], profile)
    assert [s.rule for s in signals] == (["test-words"] if found else [])


def test_run_detectors_merges_like_a_scan(tmp_path: Path) -> None:
    profile = profile_from_toml(PROFILE, tmp_path)
    twice = [post("Testshire Council"), post("Testshire Council, again")]
    assert len(run_detectors([Words], twice, profile, merged=False)) == 2
    (merged,) = run_detectors([Words], twice, profile)
    assert merged.origin == "export|x"


def test_run_detector_fails_on_a_detector_error(tmp_path: Path) -> None:
    profile = profile_from_toml(PROFILE, tmp_path)
    with pytest.raises(RuntimeError, match="detector bug"):
        run_detector(Crashes, [post("Testshire Council")], profile)


def test_run_detector_fails_on_a_reported_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A problem the stage records without raising (as it does without --debug) fails too.
    from footprint.detectors import stage

    def swallow(self: stage.DetectionStage, *args: Any, **kwargs: Any) -> None:
        self.problems.append("detector test-words: something went wrong")

    monkeypatch.setattr(stage.DetectionStage, "_run", swallow)
    with pytest.raises(AssertionError, match="detector problems: detector test-words"):
        run_detector(Words, [post("Testshire Council")], profile_from_toml(PROFILE, tmp_path))


def test_run_detector_by_name_and_unknown_names() -> None:
    (sig,) = run_detector("personal", [profile_field("birthday", "1990-01-02")])
    assert sig.reveals == "personal"
    with pytest.raises(AssertionError, match=r"unknown detector 'nope'; valid: .*mentions"):
        run_detector("nope", [])


def test_records_carry_a_ref() -> None:
    p = post("hi", item="9", kind="like", platform="mastodon", visibility="private")
    assert (p.kind, p.ref.platform, p.ref.item, p.ref.visibility) == (
        "like",
        "mastodon",
        "9",
        "private",
    )
    f = profile_field("bio", "hello")
    assert (f.field, f.value, f.ref.item, f.ref.field) == ("bio", "hello", None, "bio")


class Plain(Notes):
    """Like a plugin's class before it is installed: no name (the entry point gives it)."""

    name = ""


class PlainWords(Words):
    name = ""


def test_unregistered_classes_are_named_after_themselves(tmp_path: Path) -> None:
    folder = write_export(tmp_path / "e", {"a.txt": "%notes\none\n"})
    assert run_platform(Plain, folder).platform == "plain"
    assert claims(folder, [Plain]) == {"a.txt": "plain:notes"}
    (sig,) = run_detector(
        PlainWords, [post("Testshire Council")], profile_from_toml(PROFILE, tmp_path)
    )
    assert sig.rule == "plainwords"
    assert Plain.name == "" and PlainWords.name == "", "the classes are left as they were"
