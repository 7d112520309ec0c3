"""Registries (profiles/registries/*.csv): validation naming the file and the line, what
they hold, sector profiles that include their members, and the build that makes them.

The committed registries are built by profiles/registries/build.py from ../shared; the
last test re-runs that build when ../shared is present and fails if they differ."""

from __future__ import annotations

import importlib.util
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from footprint.errors import ProfileError
from footprint.profiles import (
    PATTERN_ONLY_KINDS,
    Profile,
    load_profile,
    read_registry,
    shipped_dir,
    shipped_ids,
)
from tests.conftest import SHARED
from tests.detectors.conftest import field, post, run

REGISTRIES = shipped_dir() / "registries"
HEADER = "# source src: a test source\norg,key,value,source,provenance,note\n"


def _registry(tmp_path: Path, rows: str, header: str = HEADER) -> Path:
    path = tmp_path / "reg.csv"
    path.write_text(header + rows, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- validation

GOOD = "acme,name,Acme Police,src,sourced,\nacme,member_of,test-sector,src,sourced,\n"


@pytest.mark.parametrize(
    ("rows", "header", "where"),
    [
        ("", "org,key,value\n", "line 1: the header"),
        ("Acme,name,Acme,src,sourced,\n", HEADER, "line 3: org 'Acme'"),
        ("acme,name,,src,sourced,\n", HEADER, "line 3: key 'name' of acme: empty value"),
        ("acme,name,Acme,nosuch,sourced,\n", HEADER, "line 3: source 'nosuch'"),
        ("acme,name,Acme,src,guessed,\n", HEADER, "line 3: provenance 'guessed'"),
        ("acme,name,Acme,src,sourced\n", HEADER, "line 3: 5 columns"),
        (
            GOOD + "acme,handles.myspace,acme,src,sourced,\n",
            HEADER,
            "line 5: key 'handles.myspace'",
        ),
        (GOOD + "acme,name,Acme Two,src,sourced,\n", HEADER, "line 5: key 'name' of acme repeated"),
        ("acme,aliases,Acme,src,sourced,\n", HEADER, "org 'acme': key 'name' required"),
        (GOOD + "acme,reveals,boss,src,sourced,\n", HEADER, "line 5: key 'reveals' of acme"),
        (GOOD + "acme,parent,nobody,src,sourced,\n", HEADER, "line 5: key 'parent' of acme"),
        (GOOD + "acme,member_of,Not An Id,src,sourced,\n", HEADER, "line 5: key 'member_of'"),
    ],
)
def test_registry_errors_name_the_file_and_line(
    tmp_path: Path, rows: str, header: str, where: str
) -> None:
    path = _registry(tmp_path, rows, header)
    with pytest.raises(ProfileError) as err:
        read_registry(path)
    assert str(path) in str(err.value) and where in str(err.value)


def test_unknown_registry_key_is_a_warning(tmp_path: Path) -> None:
    reg = read_registry(_registry(tmp_path, GOOD + "acme,colour,blue,src,sourced,\n"))
    assert reg.warnings == (f"{tmp_path / 'reg.csv'}: line 5: unknown key 'colour' ignored",)
    assert "acme" in reg.organisations


def _profile(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "org.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_member_profile_errors_name_the_key(tmp_path: Path) -> None:
    _registry(tmp_path, GOOD)
    missing = _profile(tmp_path, 'id = "x"\nname = "X"\nmembers = ["no-such.csv"]\n')
    with pytest.raises(ProfileError, match=r"org\.toml: key 'members': 'no-such\.csv'"):
        load_profile(missing)
    no_row = _profile(tmp_path, 'id = "x"\nname = "X"\nregistry = "reg.csv"\n')
    with pytest.raises(ProfileError, match=r"org\.toml: key 'registry': .* no organisation 'x'"):
        load_profile(no_row)


def test_a_users_sector_profile_takes_members_from_its_own_registry(tmp_path: Path) -> None:
    _registry(
        tmp_path,
        GOOD
        + "acme,aliases,Acme Police,src,sourced,\n"
        + "acme,domains,acme.police.example,src,sourced,\n"
        + "other,name,Other Police,src,sourced,\n"
        + "other,aliases,Other Police,src,sourced,\n",
    )
    prof = load_profile(
        _profile(
            tmp_path,
            'id = "test-sector"\nname = "Test"\nkind = "sector"\nmembers = ["reg.csv"]\n',
        )
    )
    assert {(t.value, t.origin, t.reveals) for t in prof.terms} == {
        ("Acme Police", "acme", "employer"),
        ("acme.police.example", "acme", "employer"),
    }
    sigs = run([post("Ten years with Acme Police")], prof)
    assert [(s.reveals, s.target) for s in sigs] == [("employer", "Acme Police")]


# --------------------------------------------------------------------------- contents


@pytest.fixture(scope="module")
def police() -> Profile:
    return load_profile("uk-police")


@pytest.fixture(scope="module")
def civil() -> Profile:
    return load_profile("uk-civil-service")


@pytest.fixture(scope="module")
def parliament() -> Profile:
    return load_profile("uk-parliament")


def test_every_force_and_national_police_body_is_a_member(police: Profile) -> None:
    orgs = police.organisations
    territorial = [o for o in orgs.values() if o.get("category") == ("territorial_england_wales",)]
    assert len(territorial) == 43
    assert all(o.get("ons_code") for o in territorial)  # each is an ONS police force area
    for oid in (
        "police-scotland",
        "police-service-of-northern-ireland",
        "british-transport-police",
        "ministry-of-defence-police",
        "civil-nuclear-constabulary",
        "national-crime-agency",
        "college-of-policing",
        "national-police-chiefs-council",
        "national-police-air-service",
        "police-federation-of-england-and-wales",
        "independent-office-for-police-conduct",
        "strathclyde-police",  # closed: old bios name it
    ):
        assert oid in orgs, oid
    assert orgs["strathclyde-police"].state == "closed"
    # Every shipped force profile is a member, linked to its registry row.
    forces = [
        p
        for p in shipped_ids()
        if "uk-police"
        in tomllib.loads((shipped_dir() / f"{p}.toml").read_text("utf-8")).get("extends", [])
    ]
    assert len(forces) == 46 and all(f in orgs for f in forces)


def test_civil_service_members(civil: Profile) -> None:
    orgs = civil.organisations
    for oid in (
        "office-for-national-statistics",
        "government-digital-service",
        "driver-and-vehicle-licensing-agency",
        "hm-courts-and-tribunals-service",
        "hm-prison-and-probation-service",
        "border-force",
        "welsh-government",
        "cadw",
        "hmrc",
        "department-for-business-and-trade",  # GOV.UK lists it as "Other"
        "department-of-social-security",  # closed: old bios name it
    ):
        assert oid in orgs, oid
        assert "uk-civil-service" in orgs[oid].member_of
    # Bodies whose staff are not civil servants are not members.
    for oid in ("fleet-air-arm-museum", "yorkshire-forward", "bbc-world-service"):
        assert oid not in orgs, oid
    # The Civil Service's own professions say "civil servant", not which department.
    assert orgs["civil-service-government-economic-service"].reveals == "sector"


def test_parliament_members(parliament: Profile) -> None:
    periods = [o.get("period") for o in parliament.organisations.values()]
    mps = [o for o in parliament.organisations.values() if o.id.startswith("mp-")]
    # 650 seats since July 2024, 650 of 2010-2024: five Scottish seats are in both.
    assert (periods.count(("2024-",)), periods.count(("2010-2024",))) == (645, 645)
    assert (periods.count(("2010-",)), len(mps)) == (5, 650)
    values = {(t.kind, t.value) for t in parliament.terms}
    assert ("constituency", "Gogledd Caerdydd") in values  # Welsh form of Cardiff North
    assert ("constituency", "Aberavon") in values  # a 2010-2024 seat
    # A name both a 2010 seat and its 2024 successor carry names the live seat.
    origin = {t.value: t.origin for t in parliament.terms if t.kind == "constituency"}
    assert parliament.organisations[origin["Aldershot"]].get("period") == ("2024-",)
    assert not any(o.get("member_of") == ("senedd",) for o in parliament.organisations.values())


def test_senedd_is_its_own_profile() -> None:
    senedd = load_profile("senedd")
    assert {o.id for o in senedd.organisations.values()} & set(
        load_profile("uk-parliament").organisations
    ) == set()
    assert ("constituency", "Caerdydd Ffynnon Taf") in {(t.kind, t.value) for t in senedd.terms}


def test_every_registry_fact_names_its_source() -> None:
    for name in ("organisations.csv", "westminster.csv", "senedd.csv"):
        text = (REGISTRIES / name).read_text(encoding="utf-8")
        assert "# source " in text
        reg = read_registry(REGISTRIES / name)  # undeclared sources would raise
        assert reg.warnings == ()
    # Facts the sources lack are marked: the hand-entered handles, the everyday names.
    rows = (REGISTRIES / "organisations.csv").read_text(encoding="utf-8").splitlines()
    assert any(
        r.startswith("college-of-policing,handles.x,CollegeofPolice,footprint,unverified,")
        for r in rows
    )


# --------------------------------------------------------------------------- detection

POSITIVES = [
    # (profile, text, reveals, target)
    ("uk-police", "Merseyside Police are appealing for witnesses", "employer", "Merseyside Police"),
    (
        "uk-police",
        "Passing out today, proud to join @MerseyPolice",
        "employer",
        "Merseyside Police",
    ),
    (
        "uk-police",
        "Full story: https://www.merseyside.police.uk/news/merseyside/",
        "employer",
        "Merseyside Police",
    ),
    (
        "uk-police",
        "Twenty years in Strathclyde Police before the merger",
        "employer",
        "Strathclyde Police",
    ),
    ("uk-police", "Balch o Heddlu Trafnidiaeth Prydeinig", "employer", "British Transport Police"),
    (
        "uk-police",
        "Lates again with the Met, custody was rammed",
        "employer",
        "Metropolitan Police Service",
    ),
    ("uk-police", "Course at the College of Policing this week", "sector", "UK policing"),
    (
        "uk-civil-service",
        "Data scientist at the Office for National Statistics",
        "employer",
        "Office for National Statistics",
    ),
    ("uk-civil-service", "Working on GOV.UK Pay at GDS", "employer", "Government Digital Service"),
    ("uk-civil-service", "Delivery manager, HMCTS", "employer", "HM Courts & Tribunals Service"),
    ("uk-civil-service", "Ten years at HMPPS", "employer", "HM Prison and Probation Service"),
    ("uk-civil-service", "Border Force officer at Heathrow", "employer", "Border Force"),
    (
        "uk-civil-service",
        "Work coach at Jobcentre Plus",
        "employer",
        "Department for Work and Pensions",
    ),
    ("uk-civil-service", "Yn gweithio i Lywodraeth Cymru", "employer", "Welsh Government"),
    ("uk-civil-service", "Swyddfa Ystadegau Gwladol", "employer", "Office for National Statistics"),
    (
        "uk-civil-service",
        "Proud to be in the Government Economic Service",
        "sector",
        "UK Civil Service",
    ),
    ("moj", "Case progression officer at HMCTS", "employer", "HM Courts & Tribunals Service"),
    ("fcdo", "Joined DFID in 2012", "employer", "Department for International Development"),
]


@pytest.mark.parametrize(("pid", "text", "reveals", "target"), POSITIVES)
def test_member_terms_reveal_and_name_the_employer(
    pid: str, text: str, reveals: str, target: str
) -> None:
    sigs = run([post(text)], load_profile(pid))
    assert (reveals, target) in {(s.reveals, s.target) for s in sigs}, [
        (s.reveals, s.target, s.matched) for s in sigs
    ]


def test_bio_and_mail_name_the_force(police: Profile) -> None:
    sigs = run(
        [field("bio", "Response PC. Views my own"), field("email", "j.smith@cambs.pnn.police.uk")],
        police,
    )
    assert ("employer", "Cambridgeshire Constabulary") in {(s.reveals, s.target) for s in sigs}


NEGATIVES = [
    ("uk-police", "Mersey ferry was packed this morning"),
    ("uk-police", "I live in Cardiff North"),
    ("uk-police", "Met Office says rain all afternoon"),
    ("uk-police", "new home office desk setup finally done"),
    ("uk-police", "the Met Gala looks wild this year"),
    ("uk-police", "my new CNC machine cuts aluminium"),
    ("uk-civil-service", "Met Office says rain all afternoon"),
    ("uk-civil-service", "new home office desk setup finally done"),
    ("uk-civil-service", "Cardiff North is lovely in spring"),
    ("uk-civil-service", "renewed my licence with the DVLA"),
    ("uk-civil-service", "Ofsted report out for my kid's school"),
    ("uk-civil-service", "the medical profession is stretched"),
    ("uk-civil-service", "intelligence analysis of the match"),
    ("uk-civil-service", "Border Force is on telly again tonight"),
    ("uk-civil-service", "Yorkshire Forward funded the old arcade"),
    ("uk-parliament", "I live in Cardiff North"),
    ("uk-parliament", "Aldershot town centre is busy today"),
    ("uk-parliament", "Wendy Morton"),
    ("uk-parliament", "Senedd Cymru debate tonight"),
    ("senedd", "House of Commons votes tonight"),
    ("senedd", "Caerdydd Ffynnon Taf"),
]


@pytest.mark.parametrize(("pid", "text"), NEGATIVES)
def test_negatives_reveal_nothing(pid: str, text: str) -> None:
    sigs = [
        s
        for s in run([post(text)], load_profile(pid))
        if s.reveals in ("employer", "sector", "role")
    ]
    assert sigs == [], [(s.matched, s.why) for s in sigs]


def test_pattern_only_terms_never_signal_alone(parliament: Profile) -> None:
    pattern_terms = [t for t in parliament.terms if t.kind in PATTERN_ONLY_KINDS]
    assert {t.kind for t in pattern_terms} == PATTERN_ONLY_KINDS
    mp = parliament.organisations["mp-4358"]
    handle = next(t.value for t in pattern_terms if t.origin == mp.id and t.kind == "member_handle")
    texts = ["Cardiff North", "Gogledd Caerdydd", "Wendy Morton", f"@{handle} thanks!"]
    sigs = run([post(t, item=str(i)) for i, t in enumerate(texts)], parliament)
    assert sigs == [], [(s.matched, s.why) for s in sigs]


# --------------------------------------------------------------------------- the build


def _build_module() -> ModuleType:
    name = "footprint_registries_build"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, REGISTRIES / "build.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up while it loads
        spec.loader.exec_module(module)
    return sys.modules[name]


def test_committed_registries_are_the_build_of_shared() -> None:
    shared = SHARED / "registries"
    if not (shared / "govuk_organisations.csv").is_file():
        pytest.skip(f"../shared registries not available: {shared}")
    built = _build_module().build(shared)
    assert set(built) == {"organisations.csv", "westminster.csv", "senedd.csv"}
    for name, text in built.items():
        assert (REGISTRIES / name).read_text(encoding="utf-8") == text, (
            f"{name} differs from a fresh build: run python profiles/registries/build.py"
        )


def test_the_build_marks_what_it_derives() -> None:
    build = _build_module()
    assert list(build.name_variants("HM Land Registry")) == [
        ("HM Land Registry", ""),
        ("His Majesty's Land Registry", "'HM' written out"),
        ("Her Majesty's Land Registry", "'HM' written out"),
        ("His Majesty’s Land Registry", "'HM' written out; typographic apostrophe"),
        ("Her Majesty’s Land Registry", "'HM' written out; typographic apostrophe"),
    ]
    assert build.split_acronym("Metropolitan Police Service (MPS)") == (
        "Metropolitan Police Service",
        "MPS",
    )
    assert [build.plain_abbreviation(a) for a in ("HMRC", "DWP", "Ofsted", "MoJ", "UK NSC")] == [
        True,
        False,
        False,
        False,
        False,
    ]
    assert build.host_of("FOI@Lancashire.pnn.police.uk") == "lancashire.pnn.police.uk"
    assert build.host_of("https://www.gov.uk/government/organisations/x") == ""  # a suffix
