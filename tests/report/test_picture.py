"""The picture of the exposure: computed from the graph, readable whatever the scan found."""

from __future__ import annotations

from dataclasses import replace

from footprint.exposure.graph import build_graph
from footprint.exposure.scoring import score_signals
from footprint.report.picture import MAX_OTHER, MAX_SCANNED, TARGETS_SHOWN, build_picture, fit
from footprint.report.words import Words
from footprint.signals import REVEALS
from tests.personas import ORGS, scan_persona
from tests.report.test_words import sig


def test_a_persona_picture_joins_accounts_to_what_they_reveal() -> None:
    result = scan_persona("police-officer", ORGS["police-officer"])
    pic = build_picture(result.graph(), result.exposure, Words("en"))
    labels = [b.label for b in pic.boxes]
    assert labels[0] == "You"
    assert any(lbl.startswith("X account @daf_morrow88, score ") for lbl in labels)
    assert any(lbl.startswith("Employer: 100 out of 100; South Wales Police") for lbl in labels)
    reveals = [ln for ln in pic.lines if ln.cls.startswith("reveals")]
    assert reveals and all(1.5 <= ln.width <= 10 for ln in reveals)
    assert any("shows your employer" in ln.label for ln in reveals)
    # The same picture in words, one sentence per account, and the links between them.
    assert any(s.startswith("X (daf_morrow88) shows your employer") for s in pic.sentences)
    assert any("are linked" in s for s in pic.sentences)


def test_accounts_that_give_each_other_away_are_joined() -> None:
    result = scan_persona("pseudonymous", ORGS["pseudonymous"])
    pic = build_picture(result.graph(), result.exposure, Words("en"))
    arcs = [ln for ln in pic.lines if ln.cls == "links"]
    assert arcs, "the pseudonymous account's link to the named one is drawn"


def test_three_thousand_signals_still_make_a_readable_picture() -> None:
    signals = []
    for i in range(3000):
        reveals = REVEALS[i % 6]
        signals.append(
            sig(
                kind="mention",
                reveals=reveals,
                target=f"target {i % 500}",
                item=str(i),
                platform=("x", "facebook", "instagram")[i % 3],
                confidence=0.3 + (i % 7) / 10,
            )
        )
    signals = [replace(s, account=f"acct{i % 30}") for i, s in enumerate(signals)]
    g = build_graph(signals)
    pic = build_picture(g, score_signals(signals), Words("en"))
    accounts = [b for b in pic.boxes if b.cls.startswith("account")]
    kinds = [b for b in pic.boxes if b.cls.startswith("kind")]
    assert len(accounts) == MAX_SCANNED + 1  # ten accounts and "and 20 more accounts"
    assert accounts[-1].label == "and 20 more accounts"
    assert len(kinds) == 6
    for box in kinds:
        targets = [t for t in box.texts if t.cls == "kind-target"]
        assert len(targets) == TARGETS_SHOWN
        assert any(t.cls == "kind-more" for t in box.texts)
    assert len(pic.lines) <= MAX_SCANNED * (1 + 6) + MAX_OTHER
    assert pic.height < 1000


def test_fit_cuts_long_labels_and_counts_emoji_wide() -> None:
    assert fit("short", 200) == "short"
    long = fit("a" * 200, 100)
    assert long.endswith("…") and len(long) < 20
    assert len(fit("🖤" * 40, 100)) < len(fit("a" * 40, 100))


def test_an_empty_scan_draws_only_you() -> None:
    pic = build_picture(build_graph([]), None, Words("en"))
    assert [b.cls for b in pic.boxes] == ["you"]
    assert pic.lines == ()
