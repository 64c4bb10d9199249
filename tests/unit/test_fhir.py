"""FHIR R4 export (services/fhir.py) on a real vault holding every kind of record.

Every resource is validated with the ``fhir.resources`` R4B models (a test
dependency); counts are checked against the vault's own tables; references must
resolve inside the bundle; no private process note may appear anywhere, not
even inside a base64 attachment.
"""

from __future__ import annotations

import base64
import importlib
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle

from practice_notes import cli
from practice_notes.domain.models import CheckIn, Goal
from practice_notes.passphrase_input import PassphraseSource
from practice_notes.services.fhir import build_bundle, count_resources, dump_bundle, write_fhir
from practice_notes.services.fhir_resources import NAMESPACE, namespace_for, uid
from practice_notes.services.practice import Practice
from practice_notes.vault.repos.bulk import BulkRepo
from tests.unit.transfer_kit import DAY, PASSPHRASE, build_practice, new_practice

Doc = dict[str, Any]
PROCESS_NOTES = ("countertransference", "draft thoughts")
ZOE_NAMES = ("Zoë", "Ångström", "Núñez", "Zozo", "ゾーイ", "Зоя")


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Practice, dict[str, int]]]:
    p = new_practice(tmp_path_factory.mktemp("fhir") / "source.vault")
    ids = build_practice(p)
    add_named_texts(p, ids["zoe"])
    try:
        yield p, ids
    finally:
        p.vault.close()


@pytest.fixture(scope="module")
def bundle(source: tuple[Practice, dict[str, int]]) -> Doc:
    return build_bundle(source[0])


def add_named_texts(p: Practice, zoe: int) -> None:
    """Texts that name the client, for pseudonymisation to replace."""
    p.add_goal(Goal(zoe, "Zoë wants to call Zozo every week", why_it_matters="Ångström family",
                    agreed_on=DAY))
    p.add_checkin(CheckIn(zoe, DAY, 5, 5, 5, 5, "Zo said: Zoë's week was hard"))


def resources(doc: Doc, kind: str | None = None) -> list[Doc]:
    return [e["resource"] for e in doc["entry"]
            if kind is None or e["resource"]["resourceType"] == kind]


def all_text(doc: Doc) -> str:
    """The bundle as JSON text plus every base64 attachment decoded."""
    decoded: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, dict):
            if isinstance(value.get("data"), str):
                decoded.append(base64.b64decode(value["data"]).decode("utf-8"))
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(doc)
    return json.dumps(doc, ensure_ascii=False) + "\n".join(decoded)


def rows(p: Practice, sql: str) -> int:
    return int(p.vault.query_one(sql)[0])


# ------------------------------------------------------------- validation
def test_bundle_and_every_resource_validate_as_r4(bundle: Doc) -> None:
    parsed = Bundle.model_validate(bundle)
    assert parsed.type == "collection" and len(parsed.entry or []) == len(bundle["entry"])
    for resource in resources(bundle):
        kind = resource["resourceType"]
        module = importlib.import_module(f"fhir.resources.R4B.{kind.lower()}")
        model = getattr(module, kind).model_validate(resource)
        assert model.id == resource["id"]


def test_counts_match_the_vault(source: tuple[Practice, dict[str, int]], bundle: Doc) -> None:
    p = source[0]
    assert count_resources(bundle) == {
        "Practitioner": 1,
        "Organization": 1,
        "Patient": rows(p, "SELECT count(*) FROM clients"),
        "Encounter": rows(p, "SELECT count(*) FROM sessions"),
        "DocumentReference": rows(p, "SELECT count(*) FROM sessions WHERE signed_at IS NOT NULL"),
        "Provenance": rows(p, "SELECT count(*) FROM sessions WHERE signed_at IS NOT NULL"),
        "Goal": rows(p, "SELECT count(*) FROM goals"),
        "Observation": sum(rows(p, f"SELECT count(*) FROM {t}") for t in
                           ("goal_ratings", "checkins", "measures", "custom_scores")),
        "Consent": rows(p, "SELECT count(*) FROM agreements"),
    }
    addenda = sum(len(d["content"]) - 1 for d in resources(bundle, "DocumentReference"))
    assert addenda == rows(p, "SELECT count(*) FROM addenda") == 2


def test_references_resolve_and_ids_are_stable(source: tuple[Practice, dict[str, int]],
                                               bundle: Doc) -> None:
    urls = [e["fullUrl"] for e in bundle["entry"]]
    assert len(set(urls)) == len(urls)
    assert all(u == f"urn:uuid:{e['resource']['id']}" for u, e in zip(urls, bundle["entry"],
                                                                        strict=True))
    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, dict):
            if "reference" in value:
                found.append(value["reference"])
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(bundle)
    assert found and set(found) <= set(urls)
    assert build_bundle(source[0]) == bundle  # deterministic: same vault, same bundle
    zoe = next(r for r in resources(bundle, "Patient")
               if r["identifier"][0]["value"] == "ZA-01")
    vault_id = BulkRepo(source[0].vault).vault_id()
    assert len(vault_id) == 32 and namespace_for(vault_id) != NAMESPACE
    assert zoe["id"] == uid("patient", source[1]["zoe"], namespace_for(vault_id))


def test_no_process_note_anywhere(bundle: Doc,
                                  source: tuple[Practice, dict[str, int]]) -> None:
    text = all_text(bundle)
    for private in PROCESS_NOTES:
        assert private not in text
    single = all_text(build_bundle(source[0], "ZA-01", pseudonymise=True))
    assert not any(private in single for private in PROCESS_NOTES)


# ---------------------------------------------------------------- content
def test_signed_note_with_addenda_and_its_signature(
        source: tuple[Practice, dict[str, int]], bundle: Doc) -> None:
    sid = source[1]["signed"]
    space = namespace_for(BulkRepo(source[0].vault).vault_id())
    docs = resources(bundle, "DocumentReference")
    assert [d["id"] for d in docs] == [uid("document", sid, space)]
    content = [c["attachment"] for c in docs[0]["content"]]
    texts = [base64.b64decode(a["data"]).decode("utf-8") for a in content]
    assert "« ça va » — slept 5h" in texts[0] and "sleep diary" in texts[0]
    assert "diary, partly" in texts[0]  # homework reviewed
    assert texts[1:] == ["Correction: slept 6h, not 5h.", "Second addendum — ✍"]
    assert all(a["contentType"].startswith("text/plain") for a in content)
    assert docs[0]["context"]["encounter"] == [
        {"reference": f"urn:uuid:{uid('encounter', sid, space)}"}]
    prov = resources(bundle, "Provenance")[0]
    assert prov["target"][0]["reference"] == f"urn:uuid:{docs[0]['id']}"
    assert prov["signature"][0]["who"]["display"] == "Siân Ó Súilleabháin"
    assert prov["recorded"].startswith("2024-03-04T12:00:00")


def test_encounters_status_class_and_period(bundle: Doc) -> None:
    by_status = sorted((e["status"], e["class"]["code"], e["extension"][0]["valueCode"])
                       for e in resources(bundle, "Encounter"))
    assert by_status == [("cancelled", "AMB", "late_cancel"), ("finished", "AMB", "attended"),
                         ("finished", "AMB", "attended"), ("finished", "VR", "attended")]
    video = next(e for e in resources(bundle, "Encounter") if e["class"]["code"] == "VR")
    assert video["period"]["start"][:16] == "2024-03-11T10:00"
    assert video["period"]["end"][:16] == "2024-03-11T10:30"


def test_measures_carry_loinc_totals_panels_and_items(bundle: Doc) -> None:
    obs = resources(bundle, "Observation")
    phq = next(o for o in obs if o["code"].get("coding", [{}])[0].get("code") == "44261-6")
    gad = next(o for o in obs if o["code"].get("coding", [{}])[0].get("code") == "70274-6")
    assert phq["valueQuantity"]["value"] == 9 and len(phq["component"]) == 9
    assert gad["valueQuantity"]["value"] == 9 and len(gad["component"]) == 7
    assert [c["valueInteger"] for c in gad["component"]] == [2, 2, 1, 1, 0, 1, 2]
    assert any(c["code"] == "44249-1" for c in phq["category"][0]["coding"])
    assert any(c["code"] == "69737-5" for c in gad["category"][0]["coding"])
    ors = [o for o in obs if o["code"].get("text") == "ORS"]
    assert sorted(o["valueQuantity"]["value"] for o in ors) == [27.5, 31.0]


def test_goals_and_ratings(bundle: Doc) -> None:
    goals = {g["description"]["text"]: g for g in resources(bundle, "Goal")}
    sleep = goals["Ich möchte durchschlafen"]
    assert sleep["lifecycleStatus"] == "cancelled"  # revised
    assert sleep["statusReason"] == "split into two steps"
    assert sleep["target"][0]["dueDate"] == "2024-06-02"
    phone = goals["Pick up the phone"]
    assert phone["lifecycleStatus"] == "active"
    assert phone["achievementStatus"]["coding"][0]["code"] == "in-progress"
    ratings = [o for o in resources(bundle, "Observation") if "focus" in o]
    assert len(ratings) == 3
    assert goals["Zoë wants to call Zozo every week"]["lifecycleStatus"] == "active"
    sleep_ref = f"urn:uuid:{sleep['id']}"
    assert sorted(o["valueInteger"] for o in ratings
                  if o["focus"][0]["reference"] == sleep_ref) == [4, 6]


def test_consents_follow_versions(bundle: Doc) -> None:
    consents = resources(bundle, "Consent")
    wording = {base64.b64decode(c["sourceAttachment"]["data"]).decode("utf-8"): c
               for c in consents}
    first = wording["Everything stays here, except risk to life."]
    second = wording["Everything stays here, except risk to life and court orders."]
    ended = wording["Texts for scheduling only."]
    assert first["status"] == "inactive"
    assert first["provision"]["period"] == {"start": "2024-03-04", "end": "2024-03-14"}
    assert first["verification"][0]["verificationDate"] == "2024-03-04"
    assert second["status"] == "active" and "end" not in second["provision"]["period"]
    assert ended["status"] == "inactive" and ended["provision"]["period"]["end"] == "2024-03-24"
    assert all(c["scope"]["coding"][0]["code"] == "treatment" for c in consents)


def test_pseudonymised_client_bundle_hides_names(
        source: tuple[Practice, dict[str, int]]) -> None:
    doc = build_bundle(source[0], "ZA-01", pseudonymise=True)
    Bundle.model_validate(doc)
    counts = count_resources(doc)
    assert counts["Patient"] == 1 and counts["Encounter"] == 3
    patient = resources(doc, "Patient")[0]
    assert "name" not in patient and patient["identifier"][0]["value"] == "ZA-01"
    text = all_text(doc)
    for name in ZOE_NAMES:
        assert name not in text
    assert "Kwame" not in text and "KO-02" not in text
    assert "ZA-01 wants to call ZA-01 every week" in text
    named = all_text(build_bundle(source[0], "ZA-01"))
    assert "Zoë Ångström-Núñez" in named and "Zoë wants to call Zozo" in named


def test_unknown_client_is_refused(source: tuple[Practice, dict[str, int]]) -> None:
    from practice_notes.vault.errors import NotFound

    with pytest.raises(NotFound):
        build_bundle(source[0], "NO-SUCH")


def test_write_fhir_is_private_and_audited(tmp_path: Path) -> None:
    p = new_practice(tmp_path / "w.vault")
    try:
        add_named_texts(p, build_practice(p)["zoe"])
        out = tmp_path / "out.json"
        done = write_fhir(p, out, "ZA-01", pseudonymise=True)
        assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
        doc = json.loads(out.read_text(encoding="utf-8"))
        assert out.read_text(encoding="utf-8") == dump_bundle(doc)
        assert done.clients == 1 and done.resources == len(doc["entry"])
        assert done.names_replaced >= 1  # "Zo" in a note, at least
        last = p.audit.entries()[-1]
        assert last.action == "export" and last.detail.startswith("fhir r4 client ZA-01")
        assert "Zo" not in last.detail.replace("ZA-01", "")
        assert [x.name for x in tmp_path.iterdir() if not x.name.startswith("w.vault")] == [
            "out.json"]  # no temporary file left beside the output
    finally:
        p.vault.close()


# -------------------------------------------------------------------- CLI
def test_cli_fhir_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vault = tmp_path / "cli.vault"
    p = new_practice(vault)
    build_practice(p)
    p.vault.close()
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    quiet = PassphraseSource(interactive=False)
    base = ["export", "--vault", str(vault), "--passphrase-file", str(pass_file)]

    out = tmp_path / "all.json"
    assert cli.main([*base, "--format", "fhir", "--out", str(out)], quiet) == 0
    said = capsys.readouterr()
    assert "Exported 2 clients" in said.out and "not encrypted" in said.err
    assert count_resources(Bundle.model_validate_json(out.read_bytes()).model_dump())[
        "Patient"] == 2

    one = tmp_path / "one.json"
    assert cli.main([*base, "--format", "fhir", "--client", "KO-02", "--pseudonymise",
                     "--out", str(one)], quiet) == 0
    assert "Pseudonymised:" in capsys.readouterr().out
    doc = json.loads(one.read_text(encoding="utf-8"))
    assert count_resources(doc)["Patient"] == 1 and "Kwame" not in all_text(doc)

    missing = tmp_path / "missing.json"
    assert cli.main([*base, "--format", "fhir", "--client", "NO-SUCH", "--out",
                     str(missing)], quiet) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "NO-SUCH" in err[0] and not missing.exists()

    assert cli.main([*base, "--client", "KO-02", "--out", str(missing)], quiet) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--format fhir" in err[0] and not missing.exists()


def test_two_vaults_never_share_ids(tmp_path: Path,
                                    source: tuple[Practice, dict[str, int]]) -> None:
    other = new_practice(tmp_path / "other.vault")
    try:
        add_named_texts(other, build_practice(other)["zoe"])
        mine = {e["fullUrl"] for e in build_bundle(source[0])["entry"]}
        theirs = {e["fullUrl"] for e in build_bundle(other)["entry"]}
        assert len(mine) == len(theirs) and not mine & theirs
    finally:
        other.vault.close()
