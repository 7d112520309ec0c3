"""The reports' shared wording: confidence and checks in words, the headline, the plan."""

from __future__ import annotations

import pytest

from footprint.exposure.plan import Step
from footprint.exposure.posture import _UNANSWERABLE, Check
from footprint.exposure.scoring import Exposure
from footprint.model import Ref
from footprint.report.words import Words
from footprint.signals import Signal

W = Words("en")


def sig(
    kind: str = "mention",
    reveals: str = "employer",
    target: str | None = "South Wales Police",
    matched: str = "South Wales Police",
    confidence: float = 0.9,
    item: str | None = "1",
    field: str = "text",
    platform: str = "x",
    item_kind: str | None = "post",
) -> Signal:
    return Signal(
        kind=kind,
        reveals=reveals,
        platform=platform,
        visibility="public",
        source=Ref(platform, "data/tweets.js", item, field, "public", "2023-03-12T10:00:00Z"),
        matched=matched,
        why="rule",
        evidence="evidence",
        confidence=confidence,
        rule="test",
        account="me",
        target=target,
        item_kind=item_kind,
    )


@pytest.mark.parametrize(
    ("confidence", "word"),
    [
        (0.95, "strong"),
        (0.8, "strong"),
        (0.79, "likely"),
        (0.5, "likely"),
        (0.49, "possible"),
        (0.0, "possible"),
    ],
)
def test_confidence_in_words_with_the_number(confidence: float, word: str) -> None:
    assert W.confidence_word(confidence) == word
    assert W.confidence(confidence) == f"{word} ({confidence:.2f})"


def _exposure(**by_target: int) -> Exposure:
    full = {
        t: by_target.get(t, 0)
        for t in ("employer", "sector", "role", "location", "identity", "personal")
    }
    return Exposure(score=max(full.values()), tier="low", by_target=full)


@pytest.mark.parametrize(
    ("targets", "org", "expected"),
    [
        (
            {"employer": 100},
            "South Wales Police",
            "Anyone who looks can tell that South Wales Police is your employer.",
        ),
        (
            {"employer": 75},
            "South Wales Police",
            "Anyone who looks can tell that South Wales Police is your employer.",
        ),
        (
            {"employer": 74},
            "South Wales Police",
            "Someone who looks can probably tell that South Wales Police is your employer.",
        ),
        (
            {"employer": 30},
            "Welsh Government",
            "Someone who searches could piece together that Welsh Government is your employer.",
        ),
        ({"employer": 60}, None, "Anyone who looks can tell where you work."),
        (
            {"employer": 10, "sector": 80},
            "South Wales Police",
            "These exports do not plainly name your employer, but they show your line of work.",
        ),
        (
            {"employer": 10, "role": 50},
            None,
            "These exports do not plainly name your employer, but they show your line of work.",
        ),
        (
            {"employer": 24, "location": 90},
            "South Wales Police",
            "Little in these exports points to your employer. footprint sees only what these "
            "exports hold.",
        ),
    ],
)
def test_headline_follows_how_plainly_the_employer_shows(
    targets: dict[str, int], org: str | None, expected: str
) -> None:
    assert W.headline(_exposure(**targets), org) == expected


def step(
    action: str,
    platform: str = "x",
    kind: str = "exposure",
    score_after: int = 40,
    effect: str = "remove",
    signals: tuple[str, ...] = ("a",),
) -> Step:
    return Step(
        action, platform, "raw title", signals, "raw how", score_after, 1.0, "", kind, effect
    )


@pytest.mark.parametrize(
    ("action", "signals", "expected"),
    [
        ("delete_posts", [sig(item="1"), sig(item="2")], "X: delete 2 posts"),
        ("delete_posts", [sig(item="1")], "X: delete 1 post"),
        ("remove_likes", [sig(item="1", item_kind="like")], "X: remove 1 like"),
        ("edit_profile", [sig(item=None, field="bio", item_kind="profile")], "X: edit your bio"),
        (
            "leave_group",
            [sig(kind="group", item="Thin Blue Line UK", item_kind="group")],
            "X: leave or unfollow “Thin Blue Line UK”",
        ),
        (
            "unfollow",
            [sig(kind="follows_official", item="1"), sig(kind="follows_official", item="2")],
            "X: unfollow 2 official accounts",
        ),
        ("make_private", [sig()], "X: make your account private (“Protect your posts”)"),
        ("turn_on_2fa", [], "X: turn on two-factor authentication"),
        ("move_work_chats", [], "X: move work conversations off it"),
        ("separate_accounts", [], "Keep work and personal accounts apart"),
        ("some_new_action", [], "raw title"),
    ],
)
def test_step_titles_say_what_to_do_on_which_platform(
    action: str, signals: list[Signal], expected: str
) -> None:
    assert W.step_title(step(action), signals) == expected


def test_step_instructions_come_from_the_platform_with_the_field_named() -> None:
    how = W.step_how(step("edit_profile"), [sig(item=None, field="bio")], None)
    assert how.startswith("On X, open your profile") and "the bio" in how
    assert "{field}" not in how
    assert W.step_how(step("unknown_action"), [], None) == "raw how"


def test_what_a_step_removes_counts_by_what_it_showed() -> None:
    sigs = [sig(), sig(item="2"), sig(reveals="role", kind="job_title", item="3")]
    assert W.step_removes(step("delete_posts"), sigs) == (
        "It removes evidence of: your employer (2), your role (1)."
    )
    assert W.step_removes(step("make_private", effect="hide"), sigs).startswith(
        "It hides from strangers evidence of:"
    )
    assert "does not change the score" in W.step_removes(step("turn_on_2fa", kind="security"), [])


@pytest.mark.parametrize(
    ("before", "after", "kind", "expected"),
    [
        (100, 98, "exposure", "Score after: 98"),
        (100, 100, "exposure", "Score after: 100 (no change yet)"),
        (43, 43, "security", "Score unchanged"),
    ],
)
def test_score_after_each_step(before: int, after: int, kind: str, expected: str) -> None:
    assert W.step_score(step("x", kind=kind, score_after=after), before) == expected


ALL_CHECKS = [
    "two_factor",
    "third_party_apps",
    "work_email_on_personal_account",
    "recent_logins",
    "whatsapp_for_work",
    *(c.check for c in _UNANSWERABLE),
]


@pytest.mark.parametrize("check", ALL_CHECKS)
def test_every_posture_check_has_a_name_in_words(check: str) -> None:
    name = W.check_name(Check(check, "unknown", "detail"))
    assert name and "_" not in name


@pytest.mark.parametrize(
    ("check", "status", "platform", "fix_starts"),
    [
        ("two_factor", "unknown", "x", "Settings and privacy > Security"),
        ("two_factor", "met", "x", ""),
        ("third_party_apps", "not_met", "facebook", "Settings & privacy > Settings > Apps"),
        ("work_email_on_personal_account", "not_met", "linkedin", "On LinkedIn, Settings"),
        ("mail_forwarding", "unknown", None, "In your e-mail settings"),
    ],
)
def test_checks_say_what_was_found_and_how_to_fix(
    check: str, status: str, platform: str | None, fix_starts: str
) -> None:
    c = Check(check, status, "the detector's English detail", platform)
    assert W.check_finding(c) != c.detail
    assert W.check_fix(c).startswith(fix_starts)
    assert W.check_status(status) in ("Done", "Needs action", "Check yourself")


def test_a_check_footprint_has_no_words_for_keeps_its_own_detail() -> None:
    c = Check("a_plugin_check", "unknown", "what the plugin said")
    assert W.check_finding(c) == "what the plugin said"


@pytest.mark.parametrize(
    ("signal", "expected"),
    [
        (
            sig(kind="position", item_kind="position"),
            "Your profile lists a job at South Wales Police.",
        ),
        (
            sig(kind="hashtag", reveals="sector", matched="#ThinBlueLine", target="UK policing"),
            "#ThinBlueLine is a hashtag tied to UK policing.",
        ),
        (
            sig(kind="emoji", reveals="sector", matched="🖤💙🖤", target="UK policing"),
            "🖤💙🖤 is a symbol tied to UK policing.",
        ),
        (
            sig(kind="place", reveals="location", target="Cardiff Bay Police Station"),
            "It places you at Cardiff Bay Police Station.",
        ),
        (
            sig(kind="cross_account", reveals="identity", target="linkedin:dafmorrow"),
            "It ties this account to another of yours: LinkedIn dafmorrow.",
        ),
        (
            sig(kind="personal_info", reveals="personal", target="birthday"),
            "It gives a personal detail away: birthday.",
        ),
        (
            sig(kind="colleague_share", reveals="sector", target="UK policing"),
            "Some of your connections work in UK policing: they point to your line of work.",
        ),
        (
            sig(kind="routine", reveals="personal", target="home area"),
            "Your activities keep starting or ending here: home area.",
        ),
        (sig(kind="a_new_kind"), "rule"),
    ],
)
def test_why_a_signal_counts_in_one_sentence(signal: Signal, expected: str) -> None:
    assert W.reason(signal) == expected


def test_guidance_names_its_sources_as_people_know_them() -> None:
    text = W.guidance("ncsc-notes.md: turn on 2FA")
    assert text == "NCSC advice: turn on 2FA"
