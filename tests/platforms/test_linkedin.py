"""LinkedIn export parser: the real fixtures, every generation, broken input."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from footprint.errors import ParseError
from footprint.exports.archive import open_export
from footprint.model import (
    Account,
    Connection,
    Education,
    Group,
    Item,
    Place,
    Position,
    Post,
    ProfileField,
)
from footprint.platforms import ParseContext
from footprint.platforms.ingest import Loaded, PlatformPart, read_part
from footprint.platforms.linkedin import (
    LinkedIn,
    hashtags_in,
    twitter_handles,
    unwrap_lines,
    urls_in,
    websites,
)
from footprint.testing import load_alone
from footprint.testing import member as member_of
from tests.conftest import FIXTURES, REAL, real_path

OWN = FIXTURES / "exports" / "linkedin"
LI18 = "abhishekwebcode__Abhishek-Mathur-Complete_LinkedInDataExport_11-04-2018"
LI23 = "mohamedeways__LinkedIn-Profile"
LIHA = "Tombarr__hello-again"
LISA = "sanand0__linkedin"


def load_one(path: Path) -> Loaded:
    return load_alone(path, "linkedin")


def of(loaded: Loaded, cls: type[Any]) -> list[Any]:
    return [i for i in loaded.items if isinstance(i, cls)]


def fields(loaded: Loaded, name: str) -> list[str]:
    return [f.value for f in of(loaded, ProfileField) if f.field == name]


def check_refs(loaded: Loaded) -> None:
    for item in loaded.items:
        ref = getattr(item, "ref")  # noqa: B009 - every record has one
        assert ref.platform == "linkedin"
        assert ref.visibility in ("public", "connections", "private", "unknown")


# --- real fixtures -------------------------------------------------------------------


@pytest.mark.real
def test_2018_profile_and_history() -> None:
    loaded = load_one(real_path("linkedin", LI18))
    assert loaded.problems == []
    check_refs(loaded)
    (account,) = of(loaded, Account)
    assert account.handle is None
    assert account.display_name == "Abhishek Mathur"
    assert account.ref.field == "handle" and account.ref.item is None
    assert fields(loaded, "headline") == [
        "An all-star programmed shipped with testing, code reviews and debugging"
    ]
    assert fields(loaded, "industry") == ["Computer Software"]
    assert fields(loaded, "birthday") == ["Feb 17, 1998"]
    assert fields(loaded, "location") == ["Delhi", "India"]
    # 2018 "PORTFOLIO:url, PORTFOLIO:url": one website field per url.
    assert fields(loaded, "website") == [
        "http://allsocial.gear.host",
        "https://codefights.com/profile/abhishekwebcode/",
    ]
    assert fields(loaded, "twitter_handle") == ["abhishekwebcode"]
    assert fields(loaded, "instant_messenger") == ["SKYPE:mathur17021play"]
    assert fields(loaded, "email") == ["mathur17021play@gmail.com"]
    assert fields(loaded, "language") == ["English", "Hindi"]
    skills = fields(loaded, "skill")
    assert len(skills) == 38 and skills[0] == "HTML" and skills[-1] == "Website Creation"
    for f in of(loaded, ProfileField):
        assert f.ref.item is None and f.ref.field == f.field and f.ref.visibility == "unknown"

    positions = of(loaded, Position)
    assert [p.company for p in positions] == [
        "Tache Technologies",  # "Tache Technologies " in the file
        "Krishna Engineering College - India",
    ]
    first = positions[0]
    assert first.ref.item == "Tache Technologies|Jun 2018"
    assert first.ref.field == "position"
    assert (first.title, first.started, first.finished) == (
        "Onsite Python Developer",
        "2018-06",
        "2018-08",
    )
    assert first.location == "Delhi Area, India"
    assert positions[1].location == "Ghāziābād Area, India"

    (school,) = of(loaded, Education)
    assert school.school == "DLF Public School"
    assert school.degree == "Matriculation,High School"
    assert (school.started, school.finished) == ("2004", "2016")


@pytest.mark.real
def test_2018_shares_utf16_tab_separated() -> None:
    loaded = load_one(real_path("linkedin", LI18))
    shares = [p for p in of(loaded, Post) if p.kind == "share"]
    assert len(shares) == 5
    assert loaded.counts()["shares"] == 5
    first = shares[0]
    assert first.ref.file == "Shares.csv"
    assert first.ref.item == (
        "https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A6278494528462786560"
    )
    assert first.ref.date == "2017-06-08T08:15:44Z"
    assert first.ref.visibility == "connections"  # "Connections"
    assert first.text == ""
    assert [s.text for s in shares[1:4]] == ["Iif", "content", "hjyftf"]
    assert shares[1].ref.visibility == "public"  # "Public"
    assert shares[4].urls == ("http://iccworldcup.hostoi.com",)
    assert shares[4].ref.date == "2015-10-04T16:00:15Z"


@pytest.mark.real
def test_2023_basic_export() -> None:
    loaded = load_one(real_path("linkedin", LI23))
    assert loaded.problems == []
    check_refs(loaded)
    (account,) = of(loaded, Account)
    assert account.display_name == "Muhammed Ewies" and account.handle is None
    assert fields(loaded, "headline") == ["Technical Application Support | CRM Developer"]
    assert fields(loaded, "industry") == ["Food and Beverage Manufacturing"]
    assert fields(loaded, "birthday") == ["Apr 22"]
    assert fields(loaded, "location") == ["Cairo, Egypt"]
    (summary,) = fields(loaded, "summary")
    assert summary.startswith("Experienced Salesforce Administrator")
    # 2023 "[PERSONAL:url]"
    assert fields(loaded, "website") == ["https://trailblazer.me/id/meways"]
    (place,) = of(loaded, Place)
    assert (place.kind, place.name) == ("profile", "Cairo, Egypt")

    assert fields(loaded, "email") == [
        "mohamedeways8@gmail.com",
        "m.ahmed@dev.cloud-11.com",
        "mohamedeways9@gmail.com",
    ]
    emails = [f for f in of(loaded, ProfileField) if f.field == "email"]
    assert emails[1].ref.date == "2018-06-27T05:18:00Z"

    positions = of(loaded, Position)
    assert len(positions) == 4
    current = positions[0]
    assert current.company == "Hmto - همتو"  # Arabic kept intact
    assert current.ref.item == "Hmto - همتو|Nov 2022"
    assert current.started == "2022-11" and current.finished is None  # current job
    assert current.location == "Giza, Al Jizah, Egypt"
    assert positions[3].company == "Cloud11"
    assert (positions[3].started, positions[3].finished) == ("2018-05", "2019-04")

    schools = of(loaded, Education)
    assert [s.school for s in schools] == [
        "Faculty Of Computer And Information",
        "Trailhead by Salesforce",
    ]
    assert schools[1].started == "2021-11"

    skills = fields(loaded, "skill")
    assert len(skills) == 27 and "css3" in skills  # "css3 " in the file
    certs = fields(loaded, "certification")
    assert certs[1] == "Security Specialist (Salesforce Trailhead Superbadges)"

    companies = of(loaded, Group)
    assert len(companies) == 255 == loaded.counts()["companies"]
    assert companies[0].kind == "company"
    assert companies[0].name == "Interact Technology Solutions"
    assert companies[0].ref.date == "2023-06-20T12:25:51Z"
    assert companies[0].ref.item == "Interact Technology Solutions"
    assert companies[3].name == "Skilleg.com (موقع مهارة)"


@pytest.mark.real
def test_connections_with_notes_preamble() -> None:
    loaded = load_one(real_path("linkedin", LIHA))
    assert loaded.problems == []
    (conn,) = of(loaded, Connection)
    assert conn.relation == "connection"
    assert conn.company == "Schneider Electric"
    assert conn.position == "Software Engineer"
    assert conn.url == "https://www.linkedin.com/in/alexrohrberg"
    assert conn.ref.item == conn.url
    assert conn.ref.field == "connections"
    assert conn.ref.date == "2025-12-22T00:00:00Z"
    assert loaded.counts() == {"connections": 1}


@pytest.mark.real
def test_2025_shares() -> None:
    loaded = load_one(real_path("linkedin", LISA))
    assert loaded.problems == []
    check_refs(loaded)
    shares = [p for p in of(loaded, Post) if p.kind == "share"]
    # 202 rows; one share with five images is written as five rows.
    assert len(shares) == 198
    assert {s.ref.visibility for s in shares} == {"unknown"}  # all MEMBER_NETWORK
    first = shares[0]
    assert first.ref.item == (
        "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A7345821826846990338"
    )
    assert first.ref.date == "2025-07-01T14:33:22Z"
    lines = first.text.split("\n")
    assert lines[0] == "I'm off for a 10-day Vipassana meditation program."
    assert lines[1] == ""
    assert lines[-1] == (
        "I've scheduled LinkedIn posts, so you'll still see stuff. But I won't be replying."
    )
    assert '"' not in first.text
    assert first.urls == ("https://www.dhamma.org/", "https://lnkd.in/geGVFynY")
    second = shares[1]
    assert second.text.split("\n")[0] == (
        "If someone asked me, \"What's changed this year in LLMs\", here's my list:"
    )
    assert second.text.endswith("What's on your list of things LLMs still can't do?")

    multi = [s for s in shares if len(s.media) > 1]
    assert len(multi) == 1
    assert len(multi[0].media) == 5
    assert multi[0].urls[0] == "https://youtu.be/bjanNXXwQbo"

    tagged = [s for s in shares if "ChatGPT" in s.hashtags]
    assert tagged and all("#ChatGPT" in s.text for s in tagged)

    last = shares[-1]
    assert last.ref.date == "2015-11-05T12:25:36Z"
    assert last.urls == (
        "http://analyticsindiamag.com/top-10-data-scientists-in-india-2015/",
        "https://lnkd.in/dBeCSbu",
    )


@pytest.mark.real
def test_2025_comments() -> None:
    loaded = load_one(real_path("linkedin", LISA))
    comments = [p for p in of(loaded, Post) if p.kind == "comment"]
    assert len(comments) == 337 == loaded.counts()["comments"]
    # Many comments answer one post: the item is the date, the target the post.
    assert len({c.ref.item for c in comments}) == 337
    first = comments[0]
    assert first.ref.item == "2025-07-13 08:15:21"
    assert first.ref.date == "2025-07-13T08:15:21Z"
    assert (
        first.target
        == first.ref.url
        == ("https://www.linkedin.com/feed/update/urn%3Ali%3Aactivity%3A7348931489259999233")
    )
    multi = [c for c in comments if "https://github.com/sanand0/chatgpt-to-markdown" in c.urls]
    assert [c.ref.item for c in multi] == ["2025-06-27 09:07:35"]
    assert "\n\n" in multi[0].text


@pytest.mark.real
def test_real_exports_as_zip(zipped: Callable[[Path], Path]) -> None:
    folder = real_path("linkedin", LI23)
    as_folder = load_one(folder)
    as_zip = load_one(zipped(folder))
    assert as_zip.counts() == as_folder.counts()
    assert [i.to_dict() for i in as_zip.items] == [i.to_dict() for i in as_folder.items]


# --- own fixtures: variants without a real fixture -----------------------------------


def test_2018_connections_without_preamble_or_url() -> None:
    loaded = load_one(OWN / "complete_2018")
    assert loaded.problems == []
    conns = of(loaded, Connection)
    assert [(c.ref.item, c.company, c.position, c.ref.date) for c in conns] == [
        ("Priya Okonkwo", "Northshire Constabulary", "Detective Sergeant", "2018-04-11T09:05:00Z"),
        ("Tomasz Lindqvist", "Harbour Analytics", "Data Engineer", "2017-12-03T23:47:00Z"),
    ]
    assert all(c.url is None and c.ref.url is None for c in conns)
    # Third parties' e-mail addresses are not kept anywhere.
    assert "tomasz@example.com" not in repr(loaded.items)
    assert fields(loaded, "phone") == ["+44 7700 900123", "01632 960001 ext. 204"]


def test_2025_profile_company_website_and_twitter_handles() -> None:
    loaded = load_one(OWN / "complete_2025")
    assert loaded.problems == []
    check_refs(loaded)
    (account,) = of(loaded, Account)
    assert account.display_name == "Jordan Ashby" and account.handle is None
    assert fields(loaded, "headline") == ["Crime Analyst at Northshire Police"]
    assert fields(loaded, "maiden_name") == ["Pell"]
    assert fields(loaded, "website") == [
        "https://www.northshire.police.uk",
        "https://jordanashby.example",
    ]
    assert fields(loaded, "twitter_handle") == ["jordan_ashby", "ja_runs"]
    assert fields(loaded, "location") == [
        "Northshire, England, United Kingdom",
        "12 Mill Lane",
        "NS1 2AB",
    ]
    (place,) = of(loaded, Place)
    assert place.address == "12 Mill Lane, NS1 2AB"
    assert fields(loaded, "summary") == [
        "Analyst. Views my own.\nFormerly at Harbour Analytics.",
        "Analyst. Views my own.",  # Profile Summary.csv
    ]
    assert fields(loaded, "phone") == ["+44 7700 900456"]


def test_2025_lists_and_posts() -> None:
    loaded = load_one(OWN / "complete_2025")
    conns = [c for c in of(loaded, Connection) if c.relation == "connection"]
    # The empty row is skipped; a row without URL falls back to the name.
    assert [c.ref.item for c in conns] == [
        "https://www.linkedin.com/in/sam-reyes-00a1",
        "Ana Ilić",
    ]
    assert conns[0].ref.date == "2025-02-03T00:00:00Z"
    (follow,) = [c for c in of(loaded, Connection) if c.relation == "following"]
    assert follow.ref.field == "following" and follow.ref.date == "2025-01-09T10:11:12Z"

    shares = [p for p in of(loaded, Post) if p.kind == "share"]
    assert [s.ref.visibility for s in shares] == ["public", "connections", "unknown"]
    assert (
        shares[0].text
        == "Proud of the team tonight.\n\n#ThinBlueLine #Northshire https://lnkd.in/abc123"
    )
    assert shares[0].hashtags == ("ThinBlueLine", "Northshire")
    assert shares[0].urls == ("https://lnkd.in/abc123",)
    # One share over two rows (two images); quotes inside one line are kept.
    assert shares[1].text == 'She said "hello" to everyone'
    assert [m.uri for m in shares[1].media] == [
        "https://media.example/a.jpg",
        "https://media.example/b.jpg",
    ]
    assert shares[1].urls == ("https://harbour.example/blog",)
    # No ShareLink: the item is the date as written.
    assert shares[2].ref.item == "2025-02-10 12:00:00" and shares[2].ref.url is None

    likes = [p for p in of(loaded, Post) if p.kind == "like"]
    assert len(likes) == 2 == loaded.counts()["likes"]
    assert (
        likes[0].target
        == likes[0].ref.item
        == ("https://www.linkedin.com/feed/update/urn:li:activity:7290000000000000001")
    )
    assert likes[0].ref.date == "2025-02-01T08:00:01Z"


def test_utf16_tab_separated_positions() -> None:
    loaded = load_one(OWN / "utf16_tab")
    assert loaded.problems == []
    positions = of(loaded, Position)
    assert [(p.company, p.ref.item, p.started, p.finished) for p in positions] == [
        ("Northshire Constabulary", "Northshire Constabulary|Sep 2019", "2019-09", None),
        ("Służba Cywilna", "Służba Cywilna|Jan 2015", "2015-01", "2019-08"),
    ]
    assert positions[0].description == "CID, Eastfield"


@pytest.mark.parametrize("folder", ["complete_2018", "complete_2025", "utf16_tab"])
def test_own_fixtures_as_zip_and_tar(
    folder: str, zipped: Callable[[Path], Path], tarred: Callable[[Path], Path]
) -> None:
    plain = load_one(OWN / folder)
    for packed in (zipped(OWN / folder), tarred(OWN / folder)):
        again = load_one(packed)
        assert again.problems == []
        assert [i.to_dict() for i in again.items] == [i.to_dict() for i in plain.items]


# --- identify ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "kind"),
    [
        (
            "Profile.csv",
            "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,"
            "Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n",
            "profile",
        ),
        (
            "Positions.csv",
            "Company Name,Title,Description,Location,Started On,Finished On\n",
            "positions",
        ),
        ("Skills.csv", "Name\nPolicing\n", "skills"),
        ("Skills_1234.csv", "Name\nPolicing\n", "skills"),
        ("Honors.csv", "Name\nMedal\n", None),  # a one-column Name file that is not skills
        ("Languages.csv", "Name,Proficiency\nWelsh,Native\n", "languages"),
        ("x/Phone Numbers.csv", "Extension,Number,Type\n", "phones"),
        ("Comments.csv", "Date,Link,Message\n", "comments"),
        ("Reactions.csv", "Date,Type,Link\n", "reactions"),
        ("Company Follows.csv", "Organization,Followed On\n", "company_follows"),
        ("Member_Follows.csv", "Date,Status,FullName\n", "member_follows"),
        (
            "Certifications.csv",
            "Name,Url,Authority,Started On,Finished On,License Number\n",
            "certifications",
        ),
        (
            "Education.csv",
            "School Name,Start Date,End Date,Notes,Degree Name,Activities\n",
            "education",
        ),
        ("Email Addresses.csv", "Email Address,Confirmed,Primary,Updated On\n", "emails"),
        (
            "Connections.csv",
            'Notes:\n"Some notice, with commas."\n\n'
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n",
            "connections",
        ),
        (
            "comments.csv",
            "id,permalink,date,ip,subreddit,gildings,link,parent,body,media\n",
            None,
        ),  # Reddit's comments.csv
        ("Positions.csv", "", None),
        ("Positions.csv", "Company,Role\n", None),
        ("photo.jpg", "\xff\xd8\xff\xe0\x00\x10JFIF", None),
        ("tweets.js", "window.YTD.tweets.part0 = [", None),
        ("data.json", '{"Company Name": 1}', None),
    ],
)
def test_identify(name: str, text: str, kind: str | None) -> None:
    data = text.encode("latin-1") if name.endswith(".jpg") else text.encode("utf-8")
    assert LinkedIn().identify(member_of(name, data)) == kind


def test_identify_utf16() -> None:
    data = "\ufeffDate\tShare Link\tShare Commentary\tVisibility\n".encode("utf-16-le")
    assert LinkedIn().identify(member_of("Shares.csv", data)) == "shares"


@pytest.mark.real
def test_identify_ignores_other_platforms_files() -> None:
    if not REAL.exists():
        pytest.skip("real fixtures not available")
    parser = LinkedIn()
    seen = 0
    for platform_dir in sorted(p for p in REAL.iterdir() if p.is_dir()):
        if platform_dir.name == "linkedin":
            continue
        for path in sorted(p for p in platform_dir.rglob("*") if p.is_file()):
            with open_export(path) as export:
                for member in export.members:
                    seen += 1
                    assert parser.identify(member) is None, member.name
    assert seen > 0


# --- broken input --------------------------------------------------------------------


def test_invalid_utf8_is_a_problem_naming_the_member(tmp_path: Path) -> None:
    rows = "".join(
        f'Person{i},Example{i},,Harbour Analytics,Engineer,"4/11/18, 9:05 AM"\n' for i in range(400)
    )
    data = (
        b"First Name,Last Name,Email Address,Company,Position,Connected On\n"
        + rows.encode()
        + b'Bad,Byte\xff\xfe,,Harbour Analytics,Engineer,"4/11/18, 9:05 AM"\n'
    )
    assert len(data) > 3 * 8192  # past the first chunks the reader decodes
    (tmp_path / "Connections.csv").write_bytes(data)
    (tmp_path / "Skills.csv").write_text("Name\nRisk Assessment\n")
    loaded = load_one(tmp_path)
    assert len(loaded.problems) == 1
    assert loaded.problems[0].startswith("Connections.csv: not valid utf-8")
    # Rows before the bad bytes are kept, and the other files are still read.
    assert 0 < loaded.counts()["connections"] < 401
    assert fields(loaded, "skill") == ["Risk Assessment"]


def test_small_invalid_utf8_file(tmp_path: Path) -> None:
    (tmp_path / "Company Follows.csv").write_bytes(
        b"Organization,Followed On\nNorth\xffshire Police,Tue Jun 20 12:25:51 UTC 2023\n"
    )
    loaded = load_one(tmp_path)
    assert loaded.problems and loaded.problems[0].startswith("Company Follows.csv: ")
    assert "utf-8" in loaded.problems[0]


def test_no_recognisable_header_is_a_problem() -> None:
    # Forced as positions (the content alone would not be recognised).
    member = member_of("Positions.csv", b"Employer,Job\nNorthshire Police,Analyst\n")
    assert LinkedIn().identify(member) is None
    ctx = ParseContext("linkedin", "test")
    with pytest.raises(ParseError, match="no header row"):
        list(LinkedIn().read("positions", member, ctx))
    part = PlatformPart(LinkedIn())
    part.members["positions"].append(member)
    items: list[Item] = list(read_part(part, ctx))
    assert items == []
    assert ctx.problems == ["Positions.csv: no header row found"]


def test_unterminated_quote_keeps_earlier_rows(tmp_path: Path) -> None:
    (tmp_path / "Comments.csv").write_text(
        "Date,Link,Message\n"
        "2025-01-01 10:00:00,https://www.linkedin.com/feed/update/urn:li:activity:1,Fine.\n"
        '2025-01-02 10:00:00,https://www.linkedin.com/feed/update/urn:li:activity:2,"Cut off\n',
        encoding="utf-8",
    )
    loaded = load_one(tmp_path)
    comments = [p for p in of(loaded, Post) if p.kind == "comment"]
    assert comments[0].text == "Fine."
    # Python's csv module either reports the open quote or gives the rest as one field.
    assert loaded.problems or len(comments) == 2


def test_empty_and_header_only_files(tmp_path: Path) -> None:
    (tmp_path / "Shares.csv").write_text(
        "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n"
    )
    (tmp_path / "Connections.csv").write_bytes(b"")
    (tmp_path / "Skills.csv").write_text("Name\nFirst Aid\n")
    loaded = load_one(tmp_path)
    assert loaded.problems == []
    assert loaded.counts() == {"profile_fields": 1}


def test_unknown_kind_is_a_parse_error() -> None:
    with pytest.raises(ParseError):
        list(LinkedIn().read("nonsense", member_of("a.csv", b"x"), ParseContext("linkedin", "t")))


# --- helpers and coverage ------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            "PORTFOLIO:http://a.example, OTHER:https://b.example/x?y=1",
            [("PORTFOLIO", "http://a.example"), ("OTHER", "https://b.example/x?y=1")],
        ),
        (
            "[PERSONAL:https://trailblazer.me/id/meways]",
            [("PERSONAL", "https://trailblazer.me/id/meways")],
        ),
        (
            "[COMPANY:https://www.northshire.police.uk],[BLOG:https://blog.example]",
            [("COMPANY", "https://www.northshire.police.uk"), ("BLOG", "https://blog.example")],
        ),
        ("https://plain.example", [(None, "https://plain.example")]),
        ("", []),
    ],
)
def test_websites(value: str, expected: list[tuple[str | None, str]]) -> None:
    assert websites(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("abhishekwebcode", ["abhishekwebcode"]),
        ("[jordan_ashby]", ["jordan_ashby"]),
        ("[a],[@b]", ["a", "b"]),
        ("a, b", ["a", "b"]),
        ("", []),
    ],
)
def test_twitter_handles(value: str, expected: list[str]) -> None:
    assert twitter_handles(value) == expected


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ('one"\n""\n"two"\n"three', "one\n\ntwo\nthree"),
        ('single line "quoted"', 'single line "quoted"'),
        ('"quoted" start\nplain end', '"quoted" start\nplain end'),  # not the pattern
        ('a"\r\n"b', "a\nb"),
    ],
)
def test_unwrap_lines(raw: str, clean: str) -> None:
    assert unwrap_lines(raw) == clean


def test_hashtags_and_urls() -> None:
    text = "Go #Team_1 and #ThinBlueLine! #1 not a tag, x#y not one https://a.example/p?q=1)."
    assert hashtags_in(text) == ["Team_1", "ThinBlueLine"]
    assert urls_in(text) == ["https://a.example/p?q=1"]


def test_coverage() -> None:
    full = LinkedIn().coverage(set(LinkedIn.kinds))
    assert not any("no Shares.csv" in line for line in full)
    basic = LinkedIn().coverage({"profile", "positions", "company_follows"})
    assert any("no Shares.csv" in line for line in basic)
    assert any("no Connections.csv" in line for line in basic)
    assert all(isinstance(line, str) and line for line in basic)
