"""WhatsApp used for work: groups about work by their name or the person's messages, with
a profile or none; never "met", since chats not exported cannot be seen."""

from __future__ import annotations

from pathlib import Path

import pytest

from footprint.exposure.posture import Check
from footprint.exposure.work_chats import WORK_WORDS
from footprint.pipeline import ScanResult, scan

PROFILE = """
id = "northshire-council"
name = "Northshire Council"
keywords = ["Ty Hywel"]
"""


def chat(tmp_path: Path, name: str, lines: list[str]) -> Path:
    path = tmp_path / f"WhatsApp Chat with {name}.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def group_chat(tmp_path: Path, name: str, mine: list[str]) -> Path:
    lines = [f'10/01/2022, 08:00 - Pat created group "{name}"', "10/01/2022, 08:01 - Pat added you"]
    lines += [f"1{i % 9}/01/2022, 09:0{i % 10} - Sam: {text}" for i, text in enumerate(mine)]
    lines += ["13/01/2022, 10:00 - Pat: the rota for next week is up"]  # not the person's
    return chat(tmp_path, name, lines)


def check(result: ScanResult) -> Check:
    (found,) = [c for c in result.posture if c.check == "whatsapp_for_work"]
    assert found.platform == "whatsapp"
    assert "welsh-government-social-media-policy-summary.txt" in found.guidance
    assert "WhatsApp for work purposes is not permitted" in found.guidance
    return found


@pytest.mark.parametrize(
    ("name", "mine", "status", "said"),
    [
        ("Comms rota", [], "not_met", "its name says 'Comms', 'rota'"),
        ("Response Team B", ["ok"], "not_met", "its name says 'Response Team'"),
        ("Press Office", [], "not_met", "'Press Office'"),
        (
            "Sunday league",
            ["on lates again", "swap my shift?", "ok", "ha"],
            "not_met",
            "2 of your 4 messages talk of work",
        ),
        ("Sunday league", ["great goal", "see you sunday"], "unknown", "(1 group)"),
        # One work word in twenty messages is not a group about work.
        ("Sunday league", ["on lates"] + ["ok"] * 19, "unknown", "(1 group)"),
        ("Sunday league", ["on lates", "shift swap?"] + ["ok"] * 25, "unknown", "(1 group)"),
    ],
)
def test_without_a_profile(
    tmp_path: Path, name: str, mine: list[str], status: str, said: str
) -> None:
    found = check(scan([group_chat(tmp_path, name, mine)], me=("Sam",)))
    assert found.status == status
    assert said in found.detail
    if status == "not_met":
        assert f'"{name}"' in found.detail and found.action == "move_work_chats"
        assert "Exit group" in found.detail  # WhatsApp's own instructions
    else:
        assert found.action is None


def test_not_the_persons_messages(tmp_path: Path) -> None:
    # Pat talks of the rota; without --me nothing is the person's, and the name is neutral.
    found = check(scan([group_chat(tmp_path, "Sunday league", ["on lates", "shift?"])]))
    assert found.status == "unknown"
    assert "none of your messages was identified (give --me NAME)" in found.detail


def test_a_chat_with_one_person_is_not_a_group(tmp_path: Path) -> None:
    path = chat(
        tmp_path,
        "Pat",
        [
            "10/01/2022, 08:00 - Sam: on lates",
            "10/01/2022, 08:01 - Sam: swap my shift?",
            "10/01/2022, 08:02 - Pat: ok",
        ],
    )
    found = check(scan([path], me=("Sam",)))
    assert found.status == "unknown" and "(0 groups)" in found.detail


def test_the_profiles_terms(tmp_path: Path) -> None:
    profile = tmp_path / "org.toml"
    profile.write_text(PROFILE, encoding="utf-8")
    named = group_chat(tmp_path, "Ty Hywel lunch club", ["ok"])
    assert check(scan([named], me=("Sam",))).status == "unknown"  # no work word in it
    found = check(scan([named], me=("Sam",), org=str(profile)))
    assert found.status == "not_met" and "its name matches" in found.detail
    said = group_chat(tmp_path, "Lunch club", ["see you at Ty Hywel", "ok", "ok"])
    found = check(scan([said], me=("Sam",), org=str(profile)))
    assert found.status == "not_met"
    assert "1 of your messages in it reveals your work" in found.detail


def test_the_plan_says_to_take_work_off_whatsapp(tmp_path: Path) -> None:
    result = scan([group_chat(tmp_path, "Comms rota", [])])
    steps = [s for s in result.plan if s.action == "move_work_chats" and s.platform == "whatsapp"]
    (step,) = [s for s in steps if s.kind == "security"]
    assert step.title == "Take work conversations off WhatsApp"


def test_no_check_without_whatsapp(tmp_path: Path) -> None:
    actor = (
        Path(__file__).parents[1] / "fixtures" / "exports" / "mastodon" / "archive" / "actor.json"
    )
    assert not [c for c in scan([actor]).posture if c.check == "whatsapp_for_work"]


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("Comms rota", True),
        ("B relief briefing", True),
        ("on call this weekend", True),
        ("Team meeting moved", True),
        ("Staff room", True),
        ("Football team", False),
        ("Workington trip", False),  # whole words only
        ("Family", False),
        ("shifty", False),
    ],
)
def test_work_words(text: str, work: bool) -> None:
    assert bool(WORK_WORDS.search(text)) is work
