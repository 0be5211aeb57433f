"""Demo data: a believable okrug with applicants, households and cases in every state.

Everything is written through the audited writer, exactly as a specialist's own entries
would be, so the demo exercises the change log, the audit trail and search.
"""

from __future__ import annotations

import json
import random
import threading
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from desktop.domain import clock
from desktop.domain.cases import CaseState, path_to
from desktop.domain.demo_people import generate_people, load_name_seeds
from desktop.domain.enums import DecisionKind, Direction
from desktop.domain.measures import MEASURES_BY_DIRECTION, Measure, Placement
from desktop.resources import RESOURCES
from desktop.rules.documents import documents_for
from desktop.rules.parameters import RuleSet, load_rules
from desktop.rules.social_job import social_job
from desktop.rules.youth_practice import youth_practice
from desktop.services.demo_deadlines import add_due_items, case_dates
from desktop.services.demo_reference import SPECIALTIES, write_reference_data
from desktop.services.numbering import next_number
from desktop.storage.store import Store, Transaction

DEMO_DIR = RESOURCES / "demo"
BATCH = 500  # people per transaction: big enough to be quick, small enough to cancel

Progress = Callable[[int, int], None]

# The categories of §4.3.1 a demo person may belong to (weights: how common each is).
DEMO_CATEGORIES = (
    ("unemployed", 30), ("self_employed", 25), ("low_income", 20), ("partially_employed", 10),
    ("school_graduate_current_year", 5), ("disabled_able_to_work", 4), ("orphan", 2),
    ("early_pensioner", 2), ("hazardous_work_allowance", 2),
)
# Where people in work after each measure were placed.
PLACEMENT_OF = {
    Measure.SOCIAL_JOB: Placement.SOCIAL_JOB,
    Measure.YOUTH_PRACTICE: Placement.YOUTH_PRACTICE,
    Measure.VOCATIONAL_TRAINING: Placement.PERMANENT_JOB,
    Measure.CONSULTATION: Placement.PERMANENT_JOB,
    Measure.INFRASTRUCTURE_JOB: Placement.PERMANENT_JOB,
}
PLACED_STATES = (CaseState.IN_PROGRESS, CaseState.COMPLETED, CaseState.TERMINATED)
CONTRACT_STATES = (
    CaseState.CONTRACTED, CaseState.IN_PROGRESS, CaseState.COMPLETED, CaseState.TERMINATED
)
CONTRACT_STATUS = {CaseState.COMPLETED: "completed", CaseState.TERMINATED: "terminated"}


def load_territory(path: Path = DEMO_DIR / "settlements.yaml") -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def write_settlements(tx: Transaction, territory: dict[str, Any]) -> None:
    for s in territory["settlements"]:
        tx.save(
            "settlements",
            {
                "kato": s["kato"],
                "name_kk": s["name_kk"],
                "name_ru": s["name_ru"],
                "okrug_kato": s["okrug_kato"],
                "potential": s["potential"],
                "support": bool(s.get("support")),
            },
        )


def create_demo_data(
    store: Store,
    applicants: int,
    seed: int = 2020,
    today: date | None = None,
    progress: Progress | None = None,
    abort: threading.Event | None = None,
) -> int:
    """Write `applicants` demo people with households and cases; returns how many were written.

    `progress(done, total)` is called after each batch; setting `abort` stops after the
    current batch (everything written so far stays, whole).
    """
    rng = random.Random(seed)
    today = today or clock.today()
    territory = load_territory()
    names = load_name_seeds(DEMO_DIR / "names.yaml")
    settlements = territory["settlements"]
    people = generate_people(rng, applicants, settlements, today, names=names)
    existing = store.db.execute("SELECT count(*) FROM settlements").fetchone()[0]
    if not existing:
        with store.transaction("create demo data") as tx:
            write_settlements(tx, territory)
    if not store.db.execute("SELECT count(*) FROM vacancies").fetchone()[0]:
        with store.transaction("create demo data") as tx:
            write_reference_data(tx, today)
    # Specialties from their own generator, so the rest of the demo stays as it was.
    specialty_rng = random.Random(f"{seed}-specialties")
    okrug_of = {s["kato"]: s["okrug_kato"] for s in settlements}
    rules = load_rules(RESOURCES / "rules")
    states = list(CaseState)
    extras = random.Random(seed + 1)  # its own stream: the people and cases stay the same
    done = 0
    while done < applicants:
        if abort is not None and abort.is_set():
            break
        batch = [p for _, p in zip(range(min(BATCH, applicants - done)), people, strict=False)]
        with store.transaction("create demo data") as tx:
            household_id: str | None = None
            for index, person in enumerate(batch):
                person["categories"] = json.dumps(_categories(rng), ensure_ascii=False)
                if specialty_rng.random() < 0.8:
                    person["specialty"] = specialty_rng.choice(SPECIALTIES)
                person_id = tx.save("persons", person).record_id
                # Every third person starts a household; the next ones may join it.
                if index % 3 == 0 or household_id is None:
                    household_id = tx.save(
                        "households",
                        {
                            "head_person_id": person_id,
                            "settlement_kato": person["settlement_kato"],
                            "low_income": rng.random() < 0.4,
                        },
                    ).record_id
                    relation = "head"
                else:
                    relation = rng.choice(["spouse", "child", "parent", "sibling"])
                member_id = tx.save(
                    "household_members",
                    {"household_id": household_id, "person_id": person_id, "relation": relation},
                ).record_id
                if rng.random() < 0.6:
                    state = states[(done + index) % len(states)]
                    _demo_case(tx, rng, rules, person_id, person, okrug_of, state, today)
                _demo_member_and_documents(tx, extras, rules, person_id, person, member_id,
                                           today)
        done += len(batch)
        if progress is not None:
            progress(done, applicants)
    if abort is None or not abort.is_set():
        add_due_items(store, today)  # the home screen shows due and overdue work
    return done


def _demo_member_and_documents(
    tx: Transaction, rng: random.Random, rules: RuleSet, person_id: str,
    person: dict[str, Any], member_id: str, today: date,
) -> None:
    """A few members disabled or with a socially significant disease (§6); for each case,
    some of the direction's documents received on the day of the application."""
    _plausible_relation(tx, member_id, person)
    roll = rng.random()
    if roll < 0.05:
        tx.save("household_members", {"disabled": True}, record_id=member_id)
    elif roll < 0.08:
        tx.save("household_members", {"socially_significant_disease": True}, record_id=member_id)
    cases = tx.db.execute(
        "SELECT direction, applied_on FROM cases WHERE person_id = ? AND deleted = 0",
        [person_id],
    ).fetchall()
    categories = json.loads(person["categories"])
    for direction, applied_on in cases:
        required = documents_for(rules, direction, today, categories, person["citizenship"])
        for document in required[: rng.randint(0, len(required))]:
            tx.save("person_documents", {"person_id": person_id, "direction": direction,
                                         "document": document.code, "received_on": applied_on})


def _plausible_relation(tx: Transaction, member_id: str, person: dict[str, Any]) -> None:
    """A demo relation that fits the ages and sexes: a child is born 16+ years after the head."""
    relation, head_born, head_sex = tx.db.execute(
        "SELECT m.relation, p.birth_date, p.sex FROM household_members m"
        " JOIN households h ON h.id = m.household_id JOIN persons p ON p.id = h.head_person_id"
        " WHERE m.id = ?", [member_id]).fetchone()
    if relation == "head":
        return
    years = (date.fromisoformat(str(person["birth_date"]))
             - date.fromisoformat(head_born)).days / 365.25
    if years >= 16:
        fitting = "child"
    elif years <= -16:
        fitting = "parent"
    elif relation == "spouse" and person["sex"] != head_sex:
        fitting = "spouse"
    else:
        fitting = "sibling"
    if fitting != relation:
        tx.save("household_members", {"relation": fitting}, record_id=member_id)


def _categories(rng: random.Random) -> list[str]:
    names, weights = zip(*DEMO_CATEGORIES, strict=True)
    return sorted(set(rng.choices(names, weights, k=rng.choice((1, 1, 2)))))


def _demo_case(
    tx: Transaction,
    rng: random.Random,
    rules: RuleSet,
    person_id: str,
    person: dict[str, Any],
    okrug_of: dict[str, str],
    state: CaseState,
    today: date,
) -> None:
    direction = rng.choices(list(Direction), weights=(60, 15, 15, 10))[0]
    measure = rng.choice(MEASURES_BY_DIRECTION[direction])
    path = path_to(state)
    # Cases further along their path were opened longer ago; no event lies after `today`.
    applied = today - timedelta(days=rng.randint(30 * len(path), 400))
    okrug = okrug_of[person["settlement_kato"]]
    decided = applied + timedelta(days=rng.randint(3, 20))
    case = {
        "number": next_number(tx, "case", okrug),
        "person_id": person_id,
        "direction": direction,
        "measure": measure,
        "state": state,
        "applied_on": applied,
        "settlement_kato": person["settlement_kato"],
    }
    plan = None
    start = min((decided + timedelta(days=20)).replace(day=1), today.replace(day=1))
    if measure is Measure.YOUTH_PRACTICE:
        plan = youth_practice(rules, start)
    elif measure is Measure.SOCIAL_JOB:
        plan = social_job(rules, Decimal(rng.randrange(85_000, 160_000, 500)), start)
    if plan is not None:
        case.update(planned_amount=plan.amount, rules_version=plan.rules_version)
    if state in PLACED_STATES and measure in PLACEMENT_OF:
        case.update(
            placement=PLACEMENT_OF[measure],
            placed_on=start,
            after_training=measure is Measure.VOCATIONAL_TRAINING,
        )
    case.update(case_dates(path, applied, decided, start, today))
    case_id = tx.save("cases", case).record_id
    if plan is not None and state in PLACED_STATES:
        for row in plan.schedule:
            if row.month > today.strftime("%Y-%m"):
                break
            tx.save("payments", {"case_id": case_id, "month": row.month, "amount": row.amount,
                                 "paid_on": f"{row.month}-25"})
    if CaseState.INCLUDED in path or state is CaseState.REFUSED:
        kind = DecisionKind.REFUSAL if state is CaseState.REFUSED else DecisionKind.INCLUSION
        tx.save(
            "decisions",
            {
                "case_id": case_id,
                "kind": kind,
                "decided_on": decided,
                "authority": "employment_centre",
                "reason": "documents do not meet §4.3.1" if kind is DecisionKind.REFUSAL else None,
            },
        )
    if state is CaseState.TERMINATED:
        # Breaking the social contract suspends the person's targeted social assistance (§6).
        tx.save(
            "decisions",
            {
                "case_id": case_id,
                "kind": DecisionKind.SANCTION,
                "decided_on": min(decided + timedelta(days=rng.randint(60, 120)), today),
                "authority": "employment_centre",
                "reason": "social contract not fulfilled (§6)",
                "asp_suspended": True,
            },
        )
    # A social contract follows inclusion, except for placement on a vacancy after a mere
    # consultation (§4.3.1 step 5).
    if state in CONTRACT_STATES and (
        CaseState.CONTRACTED in path or measure is not Measure.CONSULTATION
    ):
        signed = min(decided + timedelta(days=rng.randint(1, 10)), today)
        contract_id = tx.save(
            "social_contracts",
            {
                "case_id": case_id,
                "number": next_number(tx, "contract", okrug),
                "signed_on": signed,
                "valid_from": signed,
                "valid_to": signed + timedelta(days=365),
                "status": CONTRACT_STATUS.get(state, "signed"),
                "ended_on": min(signed + timedelta(days=rng.randint(90, 300)), today)
                if state in CONTRACT_STATUS else None,
            },
        ).record_id
        tx.save(
            "obligations",
            {
                "contract_id": contract_id,
                "party": "participant",
                "description": "Участвовать в согласованных мерах содействия занятости",
                "due_on": signed + timedelta(days=180),
                "status": "broken" if state is CaseState.TERMINATED else "open",
            },
        )
        if state in (CaseState.IN_PROGRESS, CaseState.COMPLETED, CaseState.TERMINATED):
            tx.save(
                "monitoring_visits",
                {
                    "case_id": case_id,
                    "visited_on": min(signed + timedelta(days=rng.randint(20, 60)), today),
                    "place": "workplace",
                    # Demo text as a specialist writes it (Russian here), never English.
                    "findings": "Участник на рабочем месте, условия контракта выполняет"
                    if state is not CaseState.TERMINATED
                    else "Участник не выходит на работу, на звонки не отвечает",
                    "outcome": "compliant" if state is not CaseState.TERMINATED else "breach",
                },
            )
