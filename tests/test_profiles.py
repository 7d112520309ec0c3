"""Organisation profiles: loading, validation, inheritance, and each shipped profile's
positives and negatives (a profile is only done when its negatives pass too)."""

from __future__ import annotations

from pathlib import Path

import pytest

from footprint.errors import ProfileError
from footprint.profiles import list_profiles, load_profile, shipped_ids
from tests.detectors.conftest import post, run


@pytest.mark.parametrize("pid", shipped_ids())
def test_every_shipped_profile_loads_cleanly(pid: str) -> None:
    prof = load_profile(pid)
    assert prof.id == pid and prof.name
    assert prof.warnings == ()
    assert prof.terms


def test_core_profiles_are_shipped() -> None:
    ids = {pid for pid, _, _ in list_profiles()}
    assert {"uk-police", "uk-civil-service", "welsh-government", "uk-parliament"} <= ids
    assert len([i for i in ids if i.endswith(("police", "constabulary"))]) >= 40


def test_extends_makes_terms_sector() -> None:
    prof = load_profile("welsh-government")
    assert "uk-civil-service" in prof.extends
    reveals = {t.value: t.reveals for t in prof.terms}
    assert reveals["Welsh Government"] == "employer"
    assert reveals["#CivilService"] == "sector"


def test_inherited_ambiguous_spellings_are_kept() -> None:
    # Ambiguous terms match as written: each spelling a sector lists must reach its forces.
    force = {(t.kind, t.value) for t in load_profile("south-wales-police").terms if t.ambiguous}
    sector = {(t.kind, t.value) for t in load_profile("uk-police").terms if t.ambiguous}
    assert sector <= force


def _write(tmp_path: Path, text: str, name: str = "org.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('name = "X"', "'id'"),
        ('id = "x"', "'name'"),
        ('id = "Bad Id"\nname = "X"', "'id'"),
        ('id = "x"\nname = "X"\naliases = "South Wales Police"', "'aliases'"),
        ('id = "x"\nname = "X"\nhandles = { myspace = ["a"] }', "'handles.myspace'"),
        ('id = "x"\nname = "X"\nextends = ["no-such-profile"]', "'extends'"),
        ('id = "x"\nname = "X"\n[[premises]]\nname = "HQ"\nlat = 95\nlon = 0', "'premises[0].lat'"),
        (
            'id = "x"\nname = "X"\n[[premises]]\nname = "HQ"\nlat = 51\nlon = 0\nradius_m = -1',
            "'premises[0].radius_m'",
        ),
        ('id = "x"\nname = "X"\nkind = "club"', "'kind'"),
    ],
)
def test_errors_name_the_file_and_key(tmp_path: Path, text: str, key: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ProfileError) as err:
        load_profile(path)
    assert str(path) in str(err.value) and key in str(err.value)


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path, 'id = "x\n')
    with pytest.raises(ProfileError, match="invalid TOML"):
        load_profile(path)


def test_unknown_key_is_a_warning(tmp_path: Path) -> None:
    path = _write(tmp_path, 'id = "x"\nname = "X"\nalias = ["typo"]\n')
    prof = load_profile(path)
    assert prof.warnings == (f"{path}: unknown key 'alias' ignored",)


def test_unknown_shipped_id_lists_valid_ones() -> None:
    with pytest.raises(ProfileError, match="uk-police"):
        load_profile("northshire-police-that-does-not-exist")


def test_user_profile_extending_a_sector(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        'id = "northshire"\nname = "Northshire Police"\n'
        'extends = ["uk-police"]\naliases = ["Northshire Police"]\n',
    )
    sigs = run([post("#thinblueline proud of Northshire Police")], load_profile(path))
    assert {s.reveals for s in sigs} == {"employer", "sector"}


NEGATIVES = [
    "met my sister for lunch",
    "Met Office says rain all afternoon",
    "working from my home office today",
    "new home office desk setup finally done",
    "new policies at the gym from Monday",
    "the Blue Line train was late again",
    "a thin blue line of paint along the skirting board",
    "renew your passport at https://www.gov.uk/renew-adult-passport",
    "GP surgery appointment at 9",
    "the house is a mess after the party",
    "G7 summit on the news tonight",
    "Grade 7 piano exam passed!",
    "bought a gaming PC from PC World",
    "DC Comics films are getting long",
    "WG - well good, that film",
    "C'mon Cymru! What a match",
    "Line of Duty finale tonight",
    "Constable's Hay Wain at the National Gallery",
    "#TBR pile is out of control",
    "Socialist Workers Party stall in town",
]


@pytest.mark.parametrize(
    "pid",
    [
        "uk-police",
        "uk-civil-service",
        "welsh-government",
        "uk-parliament",
        "home-office",
        "metropolitan-police",
        "south-wales-police",
        "dyfed-powys-police",
        "hmrc",
    ],
)
def test_negatives_reveal_nothing(pid: str) -> None:
    prof = load_profile(pid)
    items = [post(text, item=str(i)) for i, text in enumerate(NEGATIVES)]
    sigs = [s for s in run(items, prof) if s.reveals in ("employer", "sector", "role")]
    assert sigs == [], [(s.evidence, s.matched, s.why) for s in sigs]


POSITIVES = [
    ("uk-police", "First night shift on response done #thinblueline", "sector"),
    ("uk-police", "Police Federation rep elections next week", "sector"),
    ("metropolitan-police", "Lates again with the Met, custody was rammed", "employer"),
    ("metropolitan-police", "Proud to serve in the Metropolitan Police Service", "employer"),
    ("south-wales-police", "Three years with South Wales Police today", "employer"),
    ("south-wales-police", "email me at d.morrow@south-wales.police.uk", "employer"),
    ("welsh-government", "Diwrnod prysur yn Llywodraeth Cymru heddiw", "employer"),
    ("welsh-government", "Ymuno â thîm polisi i Lywodraeth Cymru", "employer"),
    ("welsh-government", "Back at the Welsh Government office", "employer"),
    ("uk-civil-service", "Proud civil servant #OneTeamGov", "sector"),
    (
        "home-office",
        "Policy team meeting at the Home Office, ministerial submission due",
        "employer",
    ),
    ("uk-parliament", "Constituency surgery on Saturday for casework", "sector"),
]


@pytest.mark.parametrize(("pid", "text", "reveals"), POSITIVES)
def test_positives(pid: str, text: str, reveals: str) -> None:
    sigs = run([post(text)], load_profile(pid))
    assert reveals in {s.reveals for s in sigs}, sigs
