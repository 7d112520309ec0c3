"""X (Twitter): GDPR archives (2018 onward, every generation) and the legacy tweets.zip."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from footprint.exports.archive import Member
from footprint.exports.readers import iter_js_array as iter_ytd
from footprint.model import (
    Account,
    App,
    Connection,
    Group,
    Media,
    Place,
    Post,
    ProfileField,
)
from footprint.platforms.base import ParseContext
from footprint.platforms.ingest import Loaded, load
from footprint.platforms.x import X
from footprint.testing import file_member as member
from footprint.testing import load_alone
from tests.conftest import FIXTURES, REAL, real_path

OWN = FIXTURES / "exports" / "x"
GDPR = OWN / "gdpr-2023"
EARLY = OWN / "gdpr-2018"
LEGACY = OWN / "legacy"
FILES = OWN / "files"

CA = ("twitter", "TheExGenesis__community-archive", "data", "mock-archive", "data")
ML = ("twitter", "mrled__twarchive", "twarchive", "tests", "data")
DS = ("twitter", "dogsheep__twitter-to-sqlite", "tests", "zip_contents")
LG = ("twitter", "hugovk__randomsentencebot")
KM = ("twitter", "joeamroo__knowledgemaxxing", "tests", "fixtures")


def only(path: Path) -> Loaded:
    return load_alone(path, "x")


def posts(loaded: Loaded, kind: str | None = None) -> list[Post]:
    return [i for i in loaded.items if isinstance(i, Post) and (kind is None or i.kind == kind)]


def by_id(loaded: Loaded) -> dict[str | None, Post]:
    return {p.ref.item: p for p in posts(loaded)}


def fields(loaded: Loaded) -> list[tuple[str, str]]:
    return [(i.field, i.value) for i in loaded.items if isinstance(i, ProfileField)]


def account(loaded: Loaded) -> Account:
    (acc,) = loaded.of(Account)
    assert isinstance(acc, Account)
    return acc


def read_file(path: Path, kind: str | None = None) -> tuple[list[object], ParseContext]:
    x = X()
    m = member(path)
    kind = kind or x.identify(m)
    assert kind is not None
    ctx = ParseContext("x", str(path))
    return list(x.read(kind, m, ctx)), ctx


# --- real fixtures: community-archive mock (Feb 2023) ------------------------------------


def test_real_community_archive_account_and_profile() -> None:
    loaded = only(real_path(*CA))
    assert loaded.problems == []
    acc = account(loaded)
    assert acc.handle == "exGenesis"
    assert acc.account_id == "322603863"
    # A ZWJ emoji sequence (heart on fire) kept as written.
    assert acc.display_name == "\u2764\ufe0f\u200d\U0001f525 xiq"
    assert acc.created_at == "2011-06-23T13:04:14Z"
    assert acc.url == "https://twitter.com/exGenesis"
    assert acc.ref.field == "handle" and acc.ref.item is None and acc.ref.visibility == "public"
    got = fields(loaded)
    assert ("location", "Porto, Portugal") in got  # trailing space dropped
    assert ("bio", "negentropy") in got
    assert ("website", "https://t.co/n44CGMQVGL") in got
    assert ("email", "theexgenesis@gmail.com") in got
    assert ("display_name", "\u2764\ufe0f\u200d\U0001f525 xiq") in got
    email = next(
        i for i in loaded.of(ProfileField) if isinstance(i, ProfileField) and i.field == "email"
    )
    assert email.ref.visibility == "private"
    avatar = [m for m in loaded.of(Media) if isinstance(m, Media) and m.ref.field == "avatar"]
    assert avatar[0].uri.endswith("/K_O23TKw.jpg")


def test_real_community_archive_tweets() -> None:
    loaded = only(real_path(*CA))
    counts = loaded.counts()
    assert counts["replies"] == 6 and counts["posts"] == 1
    tweets = by_id(loaded)
    first = tweets["1627031510963441664"]
    assert first.kind == "reply"
    assert first.target == "exGenesis"  # a self-reply in a thread
    assert first.ref.date == "2023-02-18T19:45:15Z"
    assert first.ref.url == "https://twitter.com/exGenesis/status/1627031510963441664"
    assert first.ref.file.endswith("tweets.js") and first.ref.field == "text"
    assert first.ref.visibility == "public"
    assert first.lang == "en"
    assert first.text.startswith("Another lesson is: there's a lot of trash")
    photos = tweets["1627019761950375936"]
    assert [m.uri for m in photos.media] == [
        "https://pbs.twimg.com/media/FpRUnGtX0AEvwY1.jpg",
        "https://pbs.twimg.com/media/FpRUuz6X0AETb-X.jpg",
        "https://pbs.twimg.com/media/FpRVfznXoAICT86.jpg",
        "https://pbs.twimg.com/media/FpRV09rWIAEBXjz.jpg",
    ]
    assert {m.media_type for m in photos.media} == {"photo"}
    assert photos.media[0].ref.field == "media" and photos.media[0].ref.item == photos.ref.item
    assert photos.urls == ()  # the t.co media link is not a URL the person shared
    assert tweets["1626871062343327744"].mentions == ("selentelechia", "meditationstuff")
    own = tweets["1626902980006932483"]
    assert own.kind == "post" and own.target is None
    assert own.text.startswith("music update:\n\nmy Spotify history")


def test_real_community_archive_follows() -> None:
    loaded = only(real_path(*CA))
    following = [c for c in loaded.of(Connection) if isinstance(c, Connection)]
    out = [c for c in following if c.relation == "following"]
    ins = [c for c in following if c.relation == "follower"]
    assert [c.account_id for c in out] == ["824308056351735809", "18969923", "3297675443"]
    assert out[1].url == "https://twitter.com/intent/user?user_id=18969923"
    assert out[1].ref.item == "18969923" and out[1].ref.field == "following"
    assert len(ins) == 3 and ins[0].ref.field == "followers"
    assert ins[0].account_id == "1252851"


def test_real_community_archive_readme_is_not_data() -> None:
    path = real_path(*CA, "README.txt")
    assert X().identify(member(path)) is None


# --- real fixtures: mrled (May 2022, tweet.js, manifest) ---------------------------------


def test_real_mrled_tweet_js_and_manifest() -> None:
    loaded = only(real_path(*ML))
    assert loaded.problems == []
    acc = account(loaded)
    assert acc.handle == "mrled" and acc.account_id == "35010911"
    assert acc.display_name == "Micah R Ledbetter /m\u0279\u0329\u02c8led/"
    assert acc.created_at == "2009-04-24T19:18:20Z"
    assert ("bio", "ALL RITUALS RESTRICTED. ALL RITES RESERVED.") in fields(loaded)
    assert ("location", "Austin") in fields(loaded)
    tweets = by_id(loaded)
    assert len(tweets) == 2
    rt = tweets["254848497235398656"]
    assert rt.kind == "repost" and rt.target == "nostrich"
    assert rt.ref.date == "2012-10-07T07:39:51Z"
    assert rt.ref.file.endswith("tweet.js")
    found = tweets["1276916896974110721"]
    assert found.kind == "post" and found.mentions == ("syncthing",)
    assert found.ref.date == "2020-06-27T16:34:46Z"


def test_real_mrled_manifest_gives_the_handle_alone() -> None:
    path = real_path(*ML, "manifest.js")
    x = X()
    assert x.identify(member(path)) == "manifest"
    ctx = ParseContext("x", str(path))
    assert list(x.read("manifest", member(path), ctx)) == []
    assert ctx.state["x_handle"] == "mrled"


# --- real fixtures: dogsheep (Oct 2019) ---------------------------------------------------


def test_real_dogsheep_account_apps_follows() -> None:
    loaded = only(real_path(*DS))
    assert loaded.problems == []
    acc = account(loaded)
    assert acc.handle == "simonw" and acc.display_name == "Simon Willison"
    assert acc.account_id == "12497" and acc.created_at == "2006-11-15T13:18:50Z"
    assert ("phone", "+15555555555") in fields(loaded)
    assert ("email", "swillison@example.com") in fields(loaded)
    (app,) = loaded.of(App)
    assert isinstance(app, App)
    assert app.name == "BBC Sounds" and app.app_id == "1380676511"
    assert app.ref.visibility == "private"
    conns = [c for c in loaded.of(Connection) if isinstance(c, Connection)]
    assert [(c.relation, c.account_id) for c in conns] == [
        ("following", "547842573"),
        ("following", "12158"),
        ("follower", "73747798"),
        ("follower", "386025404"),
    ]
    assert all(c.url is None for c in conns)  # 2019: ids only, no userLink


@pytest.mark.parametrize("name", ["saved-search.js", "account-suspension.js"])
def test_real_dogsheep_ignored_files_read_as_nothing(name: str) -> None:
    items, ctx = read_file(real_path(*DS, name))
    assert items == [] and ctx.problems == []
    assert X().identify(member(real_path(*DS, name))) == "other"


# --- real fixtures: hugovk legacy archive (2015) ------------------------------------------


def test_real_legacy_archive() -> None:
    loaded = only(real_path(*LG))
    assert loaded.problems == []
    acc = account(loaded)
    assert acc.handle == "sixworderbot" and acc.display_name == "Six-Worder Bot"
    assert acc.account_id == "3052317647" and acc.created_at == "2015-02-22T10:05:21Z"
    got = fields(loaded)
    assert (
        "bio",
        "Six-word stories, four times daily, made from random sentences from Project "
        "Gutenberg. A bot by @hugovk.",
    ) in got
    # The real address, not the t.co link.
    assert ("website", "https://github.com/hugovk/randomsentencebot/") in got
    # tweets.csv has 980 rows; the 36 in the two monthly JS files are not counted twice.
    all_posts = posts(loaded)
    assert len(all_posts) == 980
    assert len({p.ref.item for p in all_posts}) == 980
    from_js = [p for p in all_posts if p.ref.file.startswith("data/js/tweets/")]
    assert len(from_js) == 36
    lift = by_id(loaded)["660728070781931520"]
    assert lift.text == "We got out of the lift.\n#sixwordstory"
    assert lift.hashtags == ("sixwordstory",)
    assert lift.ref.date == "2015-11-01T08:00:22Z"
    assert lift.ref.url == "https://twitter.com/sixworderbot/status/660728070781931520"


def test_real_legacy_tweets_csv_alone() -> None:
    path = real_path(*LG, "tweets.csv")
    items, ctx = read_file(path)
    assert X().identify(member(path)) == "legacy_tweets_csv"
    assert ctx.problems == [] and len(items) == 980
    multi = [p for p in items if isinstance(p, Post) and "\n" in p.text]
    assert len(multi) == 317
    row = next(p for p in items if isinstance(p, Post) and p.ref.item == "660365682572423168")
    assert row.text == "Helen was not up, was she?\n#sixwordstories"
    assert row.hashtags == ("sixwordstories",)
    assert row.ref.date == "2015-10-31T08:00:22Z"


@pytest.mark.parametrize(
    ("parts", "kind"),
    [
        (("data", "js", "payload_details.js"), "legacy_other"),
        (("data", "js", "tweet_index.js"), "legacy_other"),
        (("data", "js", "user_details.js"), "legacy_user"),
        (("data", "js", "tweets", "2015_02.js"), "legacy_tweets_js"),
        (("README.txt",), None),
    ],
)
def test_real_legacy_identify(parts: tuple[str, ...], kind: str | None) -> None:
    assert X().identify(member(real_path(*LG, *parts))) == kind


def test_real_legacy_grailbird_month() -> None:
    items, ctx = read_file(real_path(*LG, "data", "js", "tweets", "2015_02.js"))
    assert ctx.problems == [] and len(items) == 34
    assert all(
        isinstance(p, Post) and p.ref.date and p.ref.date.startswith("2015-02") for p in items
    )


# --- real fixtures: like.js ---------------------------------------------------------------


def test_real_likes() -> None:
    loaded = only(real_path(*KM))
    likes = posts(loaded, "like")
    assert [p.ref.item for p in likes] == ["1111111111111111111", "2222222222222222222"]
    first = likes[0]
    assert first.text.startswith('Everyone says "work hard" but honestly')
    assert "take it easy & let compounding" in first.text  # &amp; unescaped
    assert first.urls == ("https://twitter.com/i/web/status/1111111111111111111",)
    assert first.ref.visibility == "private"
    assert likes[1].text == "Great essay on progress studies: https://t.co/abc123"


# --- own fixtures: GDPR 2023 -------------------------------------------------------------


@pytest.fixture(scope="module")
def gdpr() -> Loaded:
    return only(GDPR)


def test_gdpr_counts_and_no_problems(gdpr: Loaded) -> None:
    assert gdpr.problems == []
    counts = gdpr.counts()
    assert counts["posts"] == 3 and counts["replies"] == 1 and counts["reposts"] == 1
    assert counts["likes"] == 2 and counts["following"] == 1
    assert counts["lists"] == 2 and counts["apps"] == 1 and counts["accounts"] == 1


def test_gdpr_tweets_split_into_parts(gdpr: Loaded) -> None:
    tweets = by_id(gdpr)
    files = {p.ref.item: p.ref.file for p in posts(gdpr) if p.kind != "like"}
    assert files == {
        "1663100000000000001": "data/tweets.js",
        "1662000000000000002": "data/tweets.js",
        "1661950000000000003": "data/tweets.js",
        "1500000000000000004": "data/tweets-part1.js",
        "1400000000000000005": "data/tweets-part1.js",
    }
    pb = tweets["1400000000000000005"]
    assert pb.hashtags == ("parkrun",)
    assert pb.urls == ("https://www.parkrun.example/northshire/results/",)  # never t.co
    assert [m.uri for m in pb.media] == [
        "https://pbs.twimg.com/media/E1aBcDeFgHi.jpg",
        "https://pbs.twimg.com/media/E1aBcDeFgHj.jpg",
    ]
    rt = tweets["1500000000000000004"]
    assert rt.kind == "repost" and rt.target == "NShireParkrun"
    assert rt.text == "RT @NShireParkrun: Volunteers needed for Saturday <3 sign up below"


def test_gdpr_protected_account(gdpr: Loaded) -> None:
    # protected-history.js: the latest action (March 2023) is "Protect".
    assert account(gdpr).protected is True
    visible = {p.ref.visibility for p in posts(gdpr) if p.kind != "like"}
    assert visible == {"connections"}
    assert {p.ref.visibility for p in posts(gdpr, "like")} == {"private"}
    (conn,) = gdpr.of(Connection)
    assert isinstance(conn, Connection) and conn.ref.visibility == "connections"


def test_gdpr_geotag(gdpr: Loaded) -> None:
    tweet = by_id(gdpr)["1662000000000000002"]
    place = tweet.place
    assert isinstance(place, Place)
    assert place.kind == "geotag"
    assert place.lat == pytest.approx(51.7520) and place.lon == pytest.approx(-1.2577)
    assert place.name == "Northshire, England"
    assert place.ref.field == "place" and place.ref.item == "1662000000000000002"
    assert place.ref.date == "2023-05-26T18:40:00Z"


def test_gdpr_profile_fields(gdpr: Loaded) -> None:
    got = fields(gdpr)
    assert ("location", "Northshire") in got  # surrounding spaces dropped
    assert ("previous_handle", "PC_SamRowe") in got
    assert ("phone", "+447700900123") in got
    assert ("birthday", "1989-04-01") in got
    assert ("industry", "Public Service") in got
    # The old work address from email-address-change.js; the current one only once.
    assert ("email", "sam.rowe@northshire.police.example") in got
    assert [v for f, v in got if f == "email"].count("sam.rowe@mail.example") == 1
    prev = next(
        i
        for i in gdpr.of(ProfileField)
        if isinstance(i, ProfileField) and i.field == "previous_handle"
    )
    assert prev.ref.date == "2022-09-14T18:20:01Z" and prev.ref.item is None


def test_gdpr_lists_and_apps(gdpr: Loaded) -> None:
    lists = [g for g in gdpr.of(Group) if isinstance(g, Group)]
    assert [(g.kind, g.name, g.role) for g in lists] == [
        ("list", "NShireFed/northshire-officers", "member"),
        ("list", "https://twitter.com/i/lists/1560000000000000001", "member"),
    ]
    assert lists[0].url == "https://twitter.com/NShireFed/lists/northshire-officers"
    assert lists[0].ref.field == "groups"
    (app,) = gdpr.of(App)
    assert isinstance(app, App)
    assert app.name == "RotaSync" and app.app_id == "23456789"
    assert app.ref.date == "2022-02-11T06:45:00Z"


def test_gdpr_note_tweet_gives_the_full_text(gdpr: Loaded) -> None:
    long = by_id(gdpr)["1663100000000000001"]
    assert long.text.endswith(
        "a very large breakfast. Results here: https://t.co/LnGpOsT123 #longrun"
    )
    assert "café & a very" in long.text
    assert long.hashtags == ("longrun",)
    assert long.urls == ("https://parkrun.example/results",)


def test_gdpr_likes(gdpr: Loaded) -> None:
    likes = posts(gdpr, "like")
    assert likes[0].text == "Great turnout at the 5k this morning & thanks to all marshals"
    assert likes[1].text == ""  # the liked tweet is no longer accessible
    assert likes[1].urls == ("https://twitter.com/i/web/status/1650000000000000002",)


def test_gdpr_as_zip_and_tar(zipped, tarred) -> None:  # type: ignore[no-untyped-def]
    folder = only(GDPR)
    for path in (zipped(GDPR), tarred(GDPR)):
        packed = only(path)
        assert packed.problems == []
        assert packed.counts() == folder.counts()
        assert {p.ref.item for p in posts(packed)} == {p.ref.item for p in posts(folder)}


def test_coverage() -> None:
    x = X()
    gdpr_kinds = {"account", "profile", "tweets", "following", "follower"}
    notes = x.coverage(gdpr_kinds)
    assert any("numeric id only" in n for n in notes)
    assert any("t.co" in n for n in notes)
    assert any("no like.js" in n for n in notes)
    legacy = x.coverage({"legacy_user", "legacy_tweets_csv", "legacy_other"})
    assert any("legacy X archive" in n for n in legacy)


# --- own fixtures: early GDPR (bare tweets, 2018) -----------------------------------------


def test_early_gdpr_bare_tweets() -> None:
    loaded = only(EARLY)
    assert loaded.problems == []
    acc = account(loaded)
    assert acc.handle == "kimhale" and acc.created_at == "2009-02-03T20:11:05Z"
    assert ("phone", "+447700900456") in fields(loaded)
    tweets = by_id(loaded)
    job = tweets["998877665544332211"]
    assert job.kind == "post"
    assert job.hashtags == ("OneTeamGov",)
    assert job.urls == ("https://blog.example.org/2018/05/first-week",)
    assert job.ref.date == "2018-05-21T08:15:00Z"
    assert job.ref.url == "https://twitter.com/kimhale/status/998877665544332211"
    rt = tweets["990000000000000007"]
    assert rt.kind == "repost" and rt.target == "DeptExample"
    assert rt.text.endswith("Read about the year & what comes next")
    assert [c.account_id for c in loaded.of(Connection) if isinstance(c, Connection)] == [
        "55501",
        "55502",
    ]


# --- own fixtures: legacy archive with both tweets.csv and monthly JS ---------------------


def test_legacy_js_first_then_csv_without_duplicates() -> None:
    loaded = only(LEGACY)
    assert loaded.problems == []
    tweets = by_id(loaded)
    assert len(posts(loaded)) == 4
    night = tweets["440000000000000001"]
    assert night.ref.file == "data/js/tweets/2014_01.js"
    assert isinstance(night.place, Place)
    assert (night.place.lat, night.place.lon) == (51.7521, -1.2578)  # legacy geo is (lat, lon)
    reply = tweets["440000000000000002"]
    assert reply.kind == "reply" and reply.target == "jbloggs"
    # Only in tweets.csv (columns in the other order): read by header name.
    rt = tweets["430000000000000003"]
    assert rt.ref.file == "tweets.csv"
    assert rt.kind == "repost" and rt.target == "CityCouncil"
    assert rt.text == "RT @CityCouncil: New year,\nnew bin days. Check yours below"
    assert rt.urls == ("http://bins.example/check",)
    assert rt.ref.date == "2014-01-01T08:00:00Z"
    pies = tweets["430000000000000004"]
    assert pies.text.startswith("Mince pies & carols at the station #xmas\n")
    assert pies.hashtags == ("xmas",) and pies.mentions == ("everyone",)
    assert pies.urls == ("http://a.example/x", "http://b.example/y")
    assert ("location", "Northshire") in fields(loaded)
    assert ("website", "http://robin.example/about") in fields(loaded)


def test_legacy_csv_bad_encoding_keeps_earlier_rows(tmp_path: Path) -> None:
    header = (LEGACY / "tweets.csv").read_bytes().split(b"\n", 1)[0]
    rows = [
        b'"%d","","","","","","2013-12-24 12:00:00 +0000","web","good row %d"' % (i, i)
        for i in range(1, 3001)
    ]
    broken = tmp_path / "tweets.csv"
    broken.write_bytes(b"\n".join([header, *rows, b'"9","","","","","","","","caf\xe9"']))
    loaded = only(broken)
    assert 0 < len(posts(loaded)) <= 3000
    assert posts(loaded)[0].text == "good row 1"
    (problem,) = loaded.problems
    assert problem.startswith("tweets.csv: ") and "not valid utf-8" in problem


# --- own fixtures: layouts and broken files ------------------------------------------------


def test_minified_tweets_js_uses_the_streaming_fallback() -> None:
    loaded = only(FILES / "tweets-minified.js")
    assert loaded.problems == []
    assert [p.ref.item for p in posts(loaded)] == [
        "1663100000000000001",
        "1662000000000000002",
        "1661950000000000003",
    ]
    assert by_id(loaded)["1662000000000000002"].place is not None


@pytest.mark.parametrize("name", ["tweets-truncated.js", "tweets-minified-truncated.js"])
def test_truncated_tweets_js_keeps_earlier_tweets(name: str) -> None:
    loaded = only(FILES / name)
    assert [p.ref.item for p in posts(loaded)] == ["1663100000000000001", "1662000000000000002"]
    (problem,) = loaded.problems
    assert problem.startswith(name + ": ")
    assert "truncated" in problem or "premature EOF" in problem


def test_bad_element_keeps_earlier_tweets() -> None:
    loaded = only(FILES / "tweets-bad-element.js")
    assert [p.ref.item for p in posts(loaded)] == ["1700000000000000001"]
    (problem,) = loaded.problems
    assert "invalid JSON" in problem and "after 1 item" in problem


def test_odd_shapes_never_crash() -> None:
    loaded = only(FILES / "tweets-odd-shapes.js")
    assert loaded.problems == []
    tweets = by_id(loaded)
    assert list(tweets) == ["1700000000000000011", "1700000000000000012", "1700000000000000014"]
    assert tweets["1700000000000000011"].ref.date == "2023-09-12T10:00:00Z"
    odd = tweets["1700000000000000012"]
    assert odd.urls == ("https://t.co/OnlyShort1", "https://t.co/OnlyShort2")
    assert odd.hashtags == () and odd.mentions == ()
    assert odd.ref.date == "2023-09-12T10:00:00Z"
    old = tweets["1700000000000000014"]
    assert old.text == "old text key <b>" and old.kind == "post" and old.place is None


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"window.YTD.tweets.part0 = ", "premature EOF"),
        (b'window.YTD.tweets.part0 = [\n  {\n    "tweet" : {\n', "truncated"),
        (b'window.YTD.like.part0 = [ {\n  "like" : {\n    "tweetId" : "1"\n  }\n}, {', ""),
    ],
)
def test_cut_short_files(tmp_path: Path, content: bytes, problem: str) -> None:
    path = tmp_path / "part.js"
    path.write_bytes(content)
    loaded = only(path)
    assert len(loaded.problems) == 1
    assert problem in loaded.problems[0]


def test_empty_arrays(tmp_path: Path) -> None:
    for text in ("window.YTD.tweets.part0 = []", "window.YTD.like.part0 = [ ]\n"):
        path = tmp_path / "empty.js"
        path.write_text(text)
        items, ctx = read_file(path)
        assert items == [] and ctx.problems == []


def test_iter_ytd_cuts_across_chunk_boundaries(monkeypatch: pytest.MonkeyPatch) -> None:
    import footprint.exports.readers as xmod

    monkeypatch.setattr(xmod, "_CHUNK", 7)  # every boundary straddles a read
    path = GDPR / "data" / "tweets-part1.js"
    ids = [e["tweet"]["id_str"] for e in iter_ytd(member(path))]
    assert ids == ["1500000000000000004", "1400000000000000005"]
    path = real_path(*DS, "follower.js")  # elements at column 0: "}, {"
    assert [e["follower"]["accountId"] for e in iter_ytd(member(path))] == ["73747798", "386025404"]


# --- recognising ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"window.YTD.tweets.part0 = [", "tweets"),
        (b"window.YTD.tweets.part12 = [", "tweets"),
        (b"window.YTD.tweet.part0 = [ {", "tweets"),
        (b"\xef\xbb\xbfwindow.YTD.like.part0 = [", "likes"),
        (b"window.YTD.lists_member.part0 = [", "lists_member"),
        (b"window.YTD.screen_name_change.part0 = [", "screen_name_change"),
        (b"window.YTD.protected_history.part0 = [", "protected_history"),
        (b"window.YTD.note_tweet.part0 = [", "note_tweets"),
        (b"window.YTD.ad_impressions.part0 = [", "other"),
        (b"window.__THAR_CONFIG = {", "manifest"),
        (b"Grailbird.data.tweets_2015_02 = \n [ {", "legacy_tweets_js"),
        (b"var user_details =  {", "legacy_user"),
        (b'"tweet_id","in_reply_to_status_id","timestamp","text"\n', "legacy_tweets_csv"),
        (b"tweet_id,timestamp,text\n", "legacy_tweets_csv"),
        (b"window.other = 1", None),
        (b'"id","text"\n', None),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", None),
        (b"", None),
        (b'{"tweet": {}}', None),
    ],
)
def test_identify_table(tmp_path: Path, head: bytes, kind: str | None) -> None:
    path = tmp_path / "f"
    path.write_bytes(head)
    assert X().identify(member(path)) == kind


def test_identify_returns_none_for_every_other_platforms_real_file() -> None:
    if not REAL.exists():
        pytest.skip("real fixtures not available")
    x = X()
    checked = 0
    for platform_dir in sorted(p for p in REAL.iterdir() if p.is_dir() and p.name != "twitter"):
        for path in sorted(platform_dir.rglob("*")):
            if path.is_file():
                assert x.identify(member(path)) is None, path
                checked += 1
    assert checked > 20


def test_every_real_twitter_file_is_recognised_or_known_not_data() -> None:
    root = real_path("twitter")
    x = X()
    for path in sorted(root.rglob("*")):
        if path.is_file():
            kind = x.identify(member(path))
            assert (kind is None) == (path.name == "README.txt"), path


def test_single_file_input(tmp_path: Path) -> None:
    path = tmp_path / "tweets.js"
    shutil.copy(GDPR / "data" / "tweets.js", path)
    loaded = only(path)
    assert len(posts(loaded)) == 3
    # Without account.js the status links use X's handle-free form.
    assert posts(loaded)[0].ref.url == "https://twitter.com/i/web/status/1663100000000000001"


def test_prefetching_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    import footprint.exports.readers as xmod

    monkeypatch.setattr(xmod, "_PREFETCH_OVER", 0)  # use the reader thread on small files
    monkeypatch.setattr(xmod, "_CHUNK", 64)
    path = GDPR / "data" / "tweets.js"
    ids = [e["tweet"]["id_str"] for e in iter_ytd(member(path))]
    assert ids == ["1663100000000000001", "1662000000000000002", "1661950000000000003"]
    # Stopping early ends the reader thread too.
    elements = iter_ytd(member(path))
    next(elements)
    elements.close()
    assert not any(t.name == "footprint-x-reader" for t in threading.enumerate())
    # A truncated file still gives its complete elements, then the problem.
    loaded = only(FILES / "tweets-truncated.js")
    assert len(posts(loaded)) == 2 and "truncated" in loaded.problems[0]


def test_prefetching_reader_passes_read_errors_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import footprint.exports.readers as xmod

    monkeypatch.setattr(xmod, "_PREFETCH_OVER", 0)
    monkeypatch.setattr(xmod, "_CHUNK", 256)
    data = (GDPR / "data" / "tweets.js").read_bytes()

    class Failing:
        def __init__(self) -> None:
            self.pos = 0

        def read(self, n: int = -1) -> bytes:
            if self.pos > 3000:
                raise OSError("disk went away")
            chunk = data[self.pos : self.pos + n]
            self.pos += len(chunk)
            return chunk

        def close(self) -> None:
            pass

        def __enter__(self) -> Failing:
            return self

        def __exit__(self, *exc: object) -> None:
            pass

    m = Member("x", "data/tweets.js", len(data), lambda: Failing())  # type: ignore[arg-type,return-value]
    with pytest.raises(OSError, match="disk went away"):
        list(xmod._fast_elements(m))


def test_bom_before_the_wrapper(tmp_path: Path) -> None:
    path = tmp_path / "tweets.js"
    path.write_bytes(b"\xef\xbb\xbf" + (GDPR / "data" / "tweets.js").read_bytes())
    loaded = only(path)
    assert loaded.problems == [] and len(posts(loaded)) == 3


def test_following_ids_resolved_from_mentions(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "tweets.js").write_text(
        'window.YTD.tweets.part0 = [ {\n  "tweet" : {\n    "id_str" : "1",\n'
        '    "full_text" : "Three years with @SWPolice today",\n'
        '    "created_at" : "Sat Feb 18 19:45:15 +0000 2023",\n'
        '    "entities" : {\n      "user_mentions" : [ {\n        "screen_name" : "SWPolice",\n'
        '        "id_str" : "1190000000000000101"\n      } ]\n    }\n  }\n} ]',
        encoding="utf-8",
    )
    (data / "following.js").write_text(
        'window.YTD.following.part0 = [ {\n  "following" : {\n'
        '    "accountId" : "1190000000000000101"\n  }\n}, {\n  "following" : {\n'
        '    "accountId" : "42"\n  }\n} ]',
        encoding="utf-8",
    )
    (loaded,) = load(tmp_path)
    follows = [i for i in loaded.items if isinstance(i, Connection)]
    assert {(c.account_id, c.handle) for c in follows} == {
        ("1190000000000000101", "SWPolice"),
        ("42", None),
    }


def test_real_legacy_monthly_file_alone() -> None:
    path = real_path("twitter", "hugovk__randomsentencebot", "data", "js", "tweets", "2015_11.js")
    (loaded,) = load(path)
    posts = loaded.of(Post)
    assert [(p.ref.item, p.ref.date) for p in posts] == [  # type: ignore[attr-defined]
        ("660728070781931520", "2015-11-01T08:00:22Z"),
        ("660637477624000517", "2015-11-01T02:00:23Z"),
    ]
    first = posts[0]
    assert isinstance(first, Post)
    assert first.text == "We got out of the lift.\n#sixwordstory"
    assert first.hashtags == ("sixwordstory",)
