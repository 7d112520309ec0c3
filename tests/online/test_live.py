"""What a stranger sees today: the live profile and posts of the person's own Mastodon
account, compared with the export; a profile linked from a profile field (GitHub); a
followed account's name; and the stage's promise that no held record is lost."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from footprint.model import Connection, Item, ProfileField, Ref
from footprint.online.run import OnlineStage
from footprint.online.settings import OnlineSettings
from footprint.pipeline import scan
from footprint.testing import write_export
from tests.online.conftest import EXAMPLES

AS = "https://www.w3.org/ns/activitystreams"
ME = "https://toot.wales/users/rhiwalks"


def mastodon_export(folder: Path) -> Path:
    """A Mastodon archive of rhiwalks@toot.wales: the bio names the employer, a profile
    field links to a GitHub profile, one post, two follows (one on a reserved domain)."""
    note = {
        "id": f"{ME}/statuses/111730000000000001",
        "type": "Note",
        "published": "2024-01-10T12:00:00Z",
        "url": "https://toot.wales/@rhiwalks/111730000000000001",
        "attributedTo": ME,
        "to": [f"{AS}#Public"],
        "cc": [f"{ME}/followers"],
        "content": "<p>Frost on the tops this morning.</p>",
        "tag": [],
    }
    return write_export(
        folder,
        {
            "actor.json": {
                "@context": [AS, "https://w3id.org/security/v1"],
                "id": ME,
                "type": "Person",
                "preferredUsername": "rhiwalks",
                "name": "Rhi",
                "summary": "<p>Intelligence analyst, Northshire Constabulary. Views my own.</p>",
                "url": "https://toot.wales/@rhiwalks",
                "followers": f"{ME}/followers",
                "outbox": "outbox.json",
                "published": "2023-12-01T00:00:00Z",
                "attachment": [
                    {
                        "type": "PropertyValue",
                        "name": "Code",
                        "value": (
                            '<a href="https://github.com/rhi-maps" rel="me">github.com/rhi-maps</a>'
                        ),
                    }
                ],
            },
            "outbox.json": {
                "@context": AS,
                "id": "outbox.json",
                "type": "OrderedCollection",
                "totalItems": 1,
                "orderedItems": [
                    {
                        "id": f"{note['id']}/activity",
                        "type": "Create",
                        "actor": ME,
                        "published": note["published"],
                        "to": note["to"],
                        "cc": note["cc"],
                        "object": note,
                    }
                ],
            },
            "following_accounts.csv": (
                "Account address,Show boosts,Notify on new posts,Languages\n"
                "northshirepolice@toot.wales,true,false,\n"
                "someone@social.example,true,false,\n"
            ),
        },
    )


@pytest.mark.vcr("mastodon_live.yaml")
def test_the_live_view_of_a_mastodon_account(tmp_path: Path, no_pause: None) -> None:
    export = mastodon_export(tmp_path / "mastodon")
    result = scan([export], org=str(EXAMPLES / "northshire.toml"), online=True)
    assert result.online is not None
    online = result.online
    assert online.hosts == {"toot.wales": 3, "api.github.com": 1}
    changes = {c.field: c for c in online.live}
    assert changes["bio"].status == "changed"
    assert changes["bio"].now == "Birds and hills."
    assert changes["display_name"].status == "unchanged"
    assert changes["posts"].status == "new_posts" and changes["posts"].count == 1

    by_file = {(s.source.file, s.source.field, s.kind) for s in result.signals}
    # The new post naming the employer, read live, through the same detectors.
    live_post = [s for s in result.signals if s.source.file == "live:toot.wales"]
    assert [(s.source.item, s.reveals) for s in live_post] == [
        ("https://toot.wales/users/rhiwalks/statuses/112045200000000001", "employer")
    ]
    # The bio's signals from the export are still counted, and marked cleaned since: the
    # live bio holds neither the employer's name nor the "views my own" disclaimer.
    bio = [s for s in result.signals if s.source.field == "bio"]
    assert {(s.kind, s.source.file) for s in bio} == {
        ("mention", "actor.json"),
        ("employment_statement", "actor.json"),
    }
    assert sorted(online.cleaned) == sorted(s.id for s in bio)
    # The GitHub profile the profile field links to names the employer.
    assert ("actor.json", "linked_profile", "mention") in by_file
    # The followed account's name, looked up, is the organisation's.
    [follow] = [s for s in result.signals if s.kind == "follows_official"]
    assert "Northshire Constabulary" in follow.why
    assert online.resolved["mastodon_follows"] == (1, 1)
    assert any("social.example" not in n and "reserved" in n for n in online.not_checked)
    assert result.problems == ()


def test_without_online_the_same_export_gives_less(tmp_path: Path) -> None:
    export = mastodon_export(tmp_path / "mastodon")
    offline = scan([export], org=str(EXAMPLES / "northshire.toml"))
    assert offline.online is None
    assert not any(s.kind == "follows_official" for s in offline.signals)
    assert not any(s.source.field == "linked_profile" for s in offline.signals)


class Boom(RuntimeError):
    pass


def test_held_records_reach_the_detectors_even_when_a_step_fails(
    make_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    stage = OnlineStage(OnlineSettings(), client=make_client())
    fed: list[tuple[Item, str]] = []
    hold = stage.hold(lambda item, origin: fed.append((item, origin)))
    website = ProfileField(
        "website", "https://t.co/abc", Ref("x", "data/profile.js", None, "website")
    )
    follow = Connection(
        "following",
        Ref("bluesky", "repo.car", "at://x/app.bsky.graph.follow/1", "following"),
        account_id="did:plc:" + "a" * 24,
    )
    other = ProfileField("bio", "Hills", Ref("x", "data/profile.js", None, "bio"))
    for item in (website, follow, other):
        hold(item, "a|x")
    assert fed == [(other, "a|x")]  # the two with opaque ids are held

    def fail(*args: object) -> None:
        raise Boom("resolver bug")

    monkeypatch.setattr(stage, "_expand_fields", fail)
    monkeypatch.setattr(stage, "_follows", fail)
    stage.run(lambda item, origin: fed.append((item, origin)))
    assert [item for item, _ in fed] == [other, website, follow]  # each once, unchanged
    problems = stage.problems()
    assert "online: short links in the profile: Boom: resolver bug" in problems
    assert "online: follows: Boom: resolver bug" in problems


def test_debug_re_raises(make_client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    stage = OnlineStage(OnlineSettings(), debug=True, client=make_client())

    def fail(*args: object) -> None:
        raise Boom("resolver bug")

    monkeypatch.setattr(stage, "_follows", fail)
    with pytest.raises(Boom):
        stage.run(lambda item, origin: None)
