"""Hypothesis strategies that generate structurally valid model objects.

Reusable by every test package (``tests/`` is on ``sys.path`` under pytest)::

    from strategies import families, interviews, models

``models()`` draws any top-level model object; the per-model strategies (``persons()``,
``families()``, ``social_contracts()`` …) can be combined freely.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import attrs
from hypothesis import strategies as st
from stdnum.pl import pesel as stdnum_pesel

import socialwork.model as m

D = dt.date

# --------------------------------------------------------------------------- primitives

_CHARS = st.characters(
    blacklist_categories=("Cc", "Cs"),
    # plenty of Polish letters and the characters that break naive XML
    whitelist_characters="ąćęłńóśźżĄĆĘŁŃÓŚŹŻ<>&\"'\n\t",
)

texts = st.text(_CHARS, min_size=1, max_size=24).filter(lambda s: bool(s.strip()))
"""Non-blank document text (no control characters except tab/new line)."""

optional_texts = st.none() | texts
ids = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,15}", fullmatch=True)
money = st.from_regex(r"(0|[1-9][0-9]{0,5})(\.[0-9]{1,2})?", fullmatch=True).map(Decimal)
"""Non-negative amounts with 0–2 decimal places (the exact string is kept)."""
positive_money = money.filter(lambda d: d > 0)
dates = st.dates(min_value=D(1990, 1, 1), max_value=D(2030, 12, 31))
birth_dates = st.dates(min_value=D(1900, 1, 1), max_value=D(2026, 12, 31))
months = st.builds(lambda y, mo: D(y, mo, 1), st.integers(2004, 2030), st.integers(1, 12))


def enum_values(kind: type[Any]) -> st.SearchStrategy[Any]:
    return st.sampled_from(list(kind))


def date_pairs(min_gap: int = 0, max_gap: int = 400) -> st.SearchStrategy[tuple[dt.date, dt.date]]:
    """``(start, end)`` with ``end - start`` in ``[min_gap, max_gap]`` days."""
    return st.builds(
        lambda start, gap: (start, start + dt.timedelta(days=gap)),
        dates,
        st.integers(min_gap, max_gap),
    )


def make_pesel(born: dt.date, serial: int, *, male: bool) -> str:
    """A valid PESEL encoding ``born`` and the sex (serial 0–999)."""
    offset = {18: 80, 19: 0, 20: 20, 21: 40, 22: 60}[born.year // 100]
    sex_digit = (serial % 5) * 2 + (1 if male else 0)
    base = f"{born.year % 100:02d}{born.month + offset:02d}{born.day:02d}{serial:03d}{sex_digit}"
    return base + stdnum_pesel.calc_check_digit(base)


# --------------------------------------------------------------------------- people


@st.composite
def persons(draw: st.DrawFn, pid: str | None = None, serial: int | None = None) -> m.Person:
    born = draw(birth_dates)
    male = draw(st.booleans())
    with_pesel = draw(st.booleans())
    document = draw(
        st.builds(
            m.IdentityDocument,
            kind=enum_values(m.IdentityDocumentKind),
            number=st.from_regex(r"[A-Z]{2,3}[0-9]{6,7}", fullmatch=True),
            issuer=optional_texts,
        )
    )
    return m.Person(
        id=pid if pid is not None else draw(ids),
        first_name=draw(texts),
        last_name=draw(texts),
        birth_date=born,
        sex=m.Sex.MALE if male else m.Sex.FEMALE,
        pesel=make_pesel(
            born, serial if serial is not None else draw(st.integers(0, 999)), male=male
        )
        if with_pesel
        else None,
        identity_document=document if not with_pesel or draw(st.booleans()) else None,
        second_name=draw(optional_texts),
        family_name=draw(optional_texts),
        citizenship=draw(optional_texts),
    )


postal_codes = st.from_regex(r"[0-9]{2}-[0-9]{3}", fullmatch=True)
teryt_codes = st.builds(
    lambda w, p, g, r: f"{w:02d}{p:02d}{g:02d}{r}",
    st.sampled_from(range(2, 33, 2)),
    st.integers(1, 99),
    st.integers(1, 99),
    st.sampled_from("1234589"),
)
addresses = st.builds(
    m.Address,
    city=texts,
    postal_code=postal_codes,
    building=st.from_regex(r"[1-9][0-9]{0,2}[a-z]?", fullmatch=True),
    street=optional_texts,
    flat=st.none() | st.from_regex(r"[1-9][0-9]{0,2}", fullmatch=True),
    post_office=optional_texts,
    teryt=st.none() | teryt_codes,
)
contacts = st.builds(
    m.Contact,
    phone=st.none() | st.from_regex(r"\+48 [0-9]{3} [0-9]{3} [0-9]{3}", fullmatch=True),
    email=st.none() | st.from_regex(r"[a-z]{1,8}@[a-z]{1,8}\.pl", fullmatch=True),
)


@st.composite
def clients(draw: st.DrawFn, person: m.Person | None = None) -> m.Client:
    address = draw(st.none() | addresses)
    representative = draw(
        st.none()
        | st.builds(
            m.LegalRepresentative,
            person=persons(),
            basis=texts,
            address=st.none() | addresses,
            contact=st.none() | contacts,
        )
    )
    return m.Client(
        id=draw(ids),
        person=person if person is not None else draw(persons()),
        address=address,
        stay_description=draw(texts) if address is None else draw(optional_texts),
        correspondence_address=draw(st.none() | addresses),
        contact=draw(st.none() | contacts),
        legal_representative=representative,
    )


# --------------------------------------------------------------------------- family & income


@st.composite
def incomes(draw: st.DrawFn, person_id: str) -> m.Income:
    kind = draw(enum_values(m.IncomeKind))
    gross = draw(money)
    # deductions never exceed the gross amount
    tax = draw(st.sampled_from([Decimal("0.00"), (gross / 10).quantize(Decimal("0.01"))]))
    health = draw(st.sampled_from([Decimal("0.00"), (gross / 20).quantize(Decimal("0.01"))]))
    return m.Income(
        person_id=person_id,
        month=draw(months),
        kind=kind,
        gross=gross,
        income_tax=tax,
        health_contribution=health,
        social_contributions=Decimal("0.00"),
        alimony_paid=draw(money),
        hectares=draw(st.decimals(0, 50, places=4)) if kind is m.IncomeKind.FARM else None,
        one_off=draw(st.booleans()),
        lost=draw(st.booleans()),
        description=draw(optional_texts),
    )


@st.composite
def families(draw: st.DrawFn, max_members: int = 4) -> m.Family:
    count = draw(st.integers(0, max_members))
    applicant_person = draw(persons(pid="p0", serial=0))
    members = tuple(
        m.FamilyMember(
            person=draw(persons(pid=f"p{i + 1}", serial=i + 1)),
            relation=draw(enum_values(m.Relation)),
            occupation=draw(optional_texts),
        )
        for i in range(count)
    )
    person_ids = [f"p{i}" for i in range(count + 1)]
    items = draw(st.lists(st.sampled_from(person_ids).flatmap(incomes), max_size=4))
    family = m.Family(
        id=draw(ids),
        applicant=draw(clients(person=applicant_person)),
        members=members,
        incomes=tuple(items),
    )
    # two people born on the same day with the same serial would share a PESEL: avoid
    pesels = [p.pesel for p in family.people if p.pesel]
    if len(pesels) != len(set(pesels)):  # pragma: no cover - serials differ
        raise AssertionError("duplicate PESEL in strategy")
    return family


# --------------------------------------------------------------------------- staff

signatories = st.builds(
    m.Signatory, name=texts, position=st.none() | texts, on_authority_of=optional_texts
)
centers = st.builds(
    m.Center,
    id=ids,
    name=texts,
    kind=enum_values(m.CenterKind),
    address=addresses,
    head=signatories,
    gmina=optional_texts,
    organ=optional_texts,
    contact=st.none() | contacts,
)
social_workers = st.builds(
    m.SocialWorker,
    id=ids,
    first_name=texts,
    last_name=texts,
    position=texts,
    qualification=st.none() | enum_values(m.Qualification),
    qualification_obtained_on=st.none() | dates,
    specialisation=optional_texts,
    contact=st.none() | contacts,
    caseload=st.none() | st.integers(0, 200),
)

# --------------------------------------------------------------------------- interview

segment_strategies: dict[str, st.SearchStrategy[Any]] = {
    "material_situation": st.builds(
        m.MaterialSituationSegment,
        expenses=st.lists(st.builds(m.Expense, item=texts, amount=money), max_size=3).map(tuple),
        assets=optional_texts,
        debts=optional_texts,
        notes=optional_texts,
    ),
    "living_conditions": st.builds(
        m.LivingConditionsSegment,
        housing=texts,
        rooms=st.none() | st.integers(0, 10),
        area_m2=st.none() | money,
        heating=optional_texts,
        amenities=optional_texts,
        assessment=optional_texts,
    ),
    "health": st.builds(m.HealthSegment, description=texts, disability_rulings=optional_texts),
    "work": st.builds(
        m.WorkSegment,
        description=texts,
        registered_unemployed=st.none() | st.booleans(),
        qualifications=optional_texts,
    ),
    "family_functioning": st.builds(
        m.FamilyFunctioningSegment, description=texts, alimony=optional_texts
    ),
    "other_circumstances": st.builds(m.OtherCircumstancesSegment, description=texts),
    "needs": st.builds(
        m.NeedsSegment,
        needs=st.lists(texts, min_size=1, max_size=3).map(tuple),
        expected_benefits=st.lists(enum_values(m.BenefitKind), max_size=3).map(tuple),
        notes=optional_texts,
    ),
    "diagnosis": st.builds(
        m.DiagnosisSegment, diagnosis=texts, conclusions=texts, resources=optional_texts
    ),
    "plan": st.builds(
        m.AssistancePlanSegment,
        items=st.lists(
            st.builds(
                m.PlanItem,
                description=texts,
                benefit=st.none() | enum_values(m.BenefitKind),
                due=st.none() | dates,
            ),
            max_size=3,
        ).map(tuple),
        notes=optional_texts,
    ),
}


@st.composite
def interviews(draw: st.DrawFn) -> m.Interview:
    household = draw(families(max_members=3))
    kind = draw(enum_values(m.InterviewKind))
    known, conducted = draw(date_pairs(0, 30))
    application = draw(st.none() | st.just(known))
    segments = {name: draw(st.none() | strat) for name, strat in segment_strategies.items()}
    person_ids = [p.id for p in household.people]
    household_data = draw(
        st.none()
        | st.builds(
            m.HouseholdSegment,
            interviewee_id=st.sampled_from(person_ids),
            marital_status=st.none() | enum_values(m.MaritalStatus),
            education=optional_texts,
            notes=optional_texts,
        )
    )
    update = None
    if kind is m.InterviewKind.UPDATE:
        update = m.InterviewUpdate(
            changes=draw(texts),
            previous_interview_id=draw(st.none() | ids),
            previous_interview_on=draw(
                st.none() | st.just(conducted - dt.timedelta(days=draw(st.integers(0, 200))))
            ),
            conclusions=draw(optional_texts),
            plan=draw(optional_texts),
        )
    return m.Interview(
        id=draw(ids),
        kind=kind,
        center=draw(centers),
        worker=draw(social_workers),
        household=household,
        need_known_on=known,
        conducted_on=conducted,
        urgent=draw(st.booleans()),
        application_on=application,
        place=draw(optional_texts),
        reasons=tuple(draw(st.lists(enum_values(m.AssistanceReason), unique=True, max_size=4))),
        other_circumstances_text=draw(optional_texts),
        household_data=household_data,
        update=update,
        **segments,
    )


# --------------------------------------------------------------------------- kontrakt


@st.composite
def social_contracts(draw: st.DrawFn) -> m.SocialContract:
    concluded = draw(dates)
    valid_from = concluded + dt.timedelta(days=draw(st.integers(0, 10)))
    valid_to = valid_from + dt.timedelta(days=draw(st.integers(0, 365)))
    kind = draw(enum_values(m.ContractKind))
    status = draw(enum_values(m.ContractStatus))
    # Content the law requires (goal, owner, term, signatures, termination reason) may be
    # missing: the model accepts it and the rules report it (SW-CON-001 … 006).
    signed = draw(
        st.sampled_from((True, False))
        if status is m.ContractStatus.DRAFT
        else st.sampled_from((True, True, False))
    )
    goals = tuple(
        m.Goal(id=f"g{i}", description=draw(texts), due=draw(st.none() | dates))
        for i in range(draw(st.integers(0, 3)))
    )
    goal_ids = [g.id for g in goals]
    goal_ref = st.none() | st.sampled_from(goal_ids) if goal_ids else st.none()

    def action(owner: m.ActionOwner) -> m.ContractAction:
        return m.ContractAction(
            description=draw(texts),
            owner=owner,
            due=draw(st.none() | dates),
            status=draw(enum_values(m.ActionStatus)),
            goal_id=draw(goal_ref),
            owner_name=draw(texts) if owner is m.ActionOwner.INSTITUTION else draw(optional_texts),
            notes=draw(optional_texts),
        )

    actions = tuple(
        action(draw(st.none() | enum_values(m.ActionOwner))) for _ in range(draw(st.integers(0, 3)))
    )
    evaluation = tuple(
        m.GoalEvaluation(
            goal_id=gid,
            result=(result := draw(enum_values(m.GoalResult))),
            evaluated_on=draw(dates),
            reasons=draw(texts) if result is not m.GoalResult.ACHIEVED else draw(optional_texts),
        )
        for gid in goal_ids
        if draw(st.booleans())
    )
    ended = status in (m.ContractStatus.TERMINATED, m.ContractStatus.BROKEN)
    client = draw(clients(person=draw(persons(pid="client", serial=0))))
    members = tuple(
        draw(persons(pid=f"member{i}", serial=i + 1)) for i in range(draw(st.integers(0, 2)))
    )
    relations = tuple(
        m.CoveredRelation(person_id=p.id, relation=draw(enum_values(m.Relation)))
        for p in members
        if draw(st.booleans())
    )
    return m.SocialContract(
        id=draw(ids),
        number=draw(texts),
        kind=kind,
        concluded_on=concluded,
        valid_from=valid_from,
        valid_to=valid_to,
        center=draw(centers),
        worker=draw(social_workers),
        client=client,
        assessment=draw(
            st.builds(m.SituationAssessment, causes=texts, resources=texts, limitations=texts)
        ),
        main_goal=draw(optional_texts),
        covered_members=members,
        covered_relations=relations,
        goals=goals,
        actions=actions,
        client_obligations=tuple(draw(st.lists(texts, max_size=3))),
        worker_obligations=tuple(draw(st.lists(texts, max_size=3))),
        labour_market=draw(
            st.none()
            | st.builds(
                m.LabourMarketSection,
                unemployment_causes=texts,
                earlier_activation=optional_texts,
                pup_referral_number=optional_texts,
                pup_referral_on=st.none() | dates,
            )
        )
        if kind is m.ContractKind.B
        else None,
        amendments=tuple(
            m.Amendment(
                made_on=concluded + dt.timedelta(days=draw(st.integers(0, 200))),
                change=draw(texts),
                agreed_by_client=draw(st.booleans()),
                agreed_by_worker=draw(st.booleans()),
            )
            for _ in range(draw(st.integers(0, 2)))
        ),
        evaluation=evaluation,
        evaluation_summary=draw(optional_texts),
        termination=draw(
            st.none()
            | st.builds(
                m.Termination,
                on=st.just(concluded + dt.timedelta(days=draw(st.integers(0, 200)))),
                reason=optional_texts,
            )
        )
        if ended
        else None,
        status=status,
        client_signed_on=concluded + dt.timedelta(days=draw(st.integers(0, 5))) if signed else None,
        worker_signed_on=concluded + dt.timedelta(days=draw(st.integers(0, 5))) if signed else None,
    )


# --------------------------------------------------------------------------- project


@st.composite
def projects(draw: st.DrawFn) -> m.Project:
    start, end = draw(date_pairs(0, 400))
    span = (end - start).days

    def within() -> tuple[dt.date, dt.date]:
        a = draw(st.integers(0, span))
        b = draw(st.integers(a, span))
        return start + dt.timedelta(days=a), start + dt.timedelta(days=b)

    goals = tuple(
        m.Goal(id=f"c{i}", description=draw(texts)) for i in range(draw(st.integers(0, 3)))
    )
    goal_ids = [g.id for g in goals]
    activities = []
    for i in range(draw(st.integers(0, 3))):
        a_start, a_end = within()
        activities.append(
            m.Activity(
                id=f"a{i}",
                name=draw(texts),
                start=a_start,
                end=a_end,
                description=draw(optional_texts),
                responsible=draw(optional_texts),
                goal_id=draw(st.none() | st.sampled_from(goal_ids)) if goal_ids else None,
            )
        )
    return m.Project(
        id=draw(ids),
        title=draw(texts),
        kind=draw(enum_values(m.ProjectKind)),
        organiser=draw(centers),
        author=draw(social_workers),
        start=start,
        end=end,
        diagnosis=draw(texts),
        main_goal=draw(texts),
        target_group=draw(
            st.builds(
                m.TargetGroup,
                description=texts,
                size=st.integers(1, 500),
                recruitment_criteria=st.lists(texts, max_size=3).map(tuple),
            )
        ),
        goals=goals,
        partners=tuple(
            draw(st.lists(st.builds(m.Partner, name=texts, role=optional_texts), max_size=2))
        ),
        activities=tuple(activities),
        budget=tuple(
            draw(
                st.lists(
                    st.builds(
                        m.BudgetLine,
                        item=texts,
                        amount=money,
                        source=enum_values(m.FundingSource),
                        funder=optional_texts,
                    ),
                    max_size=3,
                )
            )
        ),
        results=tuple(
            draw(
                st.lists(
                    st.builds(
                        m.ProjectResult,
                        description=texts,
                        indicator=texts,
                        target=texts,
                        measurement=optional_texts,
                    ),
                    max_size=2,
                )
            )
        ),
        risks=tuple(
            draw(
                st.lists(
                    st.builds(m.Risk, description=texts, mitigation=optional_texts), max_size=2
                )
            )
        ),
        sustainability=draw(optional_texts),
        evaluation=draw(optional_texts),
        approval=draw(
            st.none() | st.builds(m.Approval, approved_by=signatories, approved_on=dates)
        ),
        drawn_up_on=draw(st.none() | dates),
        reference_number=draw(optional_texts),
    )


# --------------------------------------------------------------------------- referral

institutions = st.builds(
    m.Institution,
    name=texts,
    address=st.none() | addresses,
    department=optional_texts,
    contact=st.none() | contacts,
)
courts = st.builds(m.Court, name=texts, department=texts, address=addresses)
attachments = st.builds(m.Attachment, title=texts, provided=st.booleans(), required=st.booleans())


def _details(kind: m.ReferralKind) -> st.SearchStrategy[dict[str, Any]]:
    if kind is m.ReferralKind.DPS:
        return st.builds(
            m.DpsDetails,
            dps_type=enum_values(m.DpsType),
            needs_24h_care=st.booleans(),
            care_services_insufficient=st.booleans(),
            preferred_home=optional_texts,
            monthly_income=st.none() | money,
            justification=optional_texts,
        ).map(lambda d: {"dps": d})
    if kind is m.ReferralKind.FAMILY_COURT:
        return st.builds(
            m.CourtDetails,
            court=courts,
            minors=st.lists(persons(), min_size=1, max_size=2).map(tuple),
            parents=st.lists(persons(), max_size=2).map(tuple),
            minors_address=st.none() | addresses,
            request=texts,
            earlier_actions=optional_texts,
        ).map(lambda d: {"court": d})
    if kind is m.ReferralKind.GKRPA:
        return st.builds(
            m.GkrpaDetails,
            person=persons(),
            grounds=st.lists(enum_values(m.GkrpaGround), unique=True, max_size=4).map(tuple),
            behaviour=texts,
            address=st.none() | addresses,
            relation_to_family=optional_texts,
            earlier_interventions=optional_texts,
            witnesses=st.lists(texts, max_size=2).map(tuple),
        ).map(lambda d: {"gkrpa": d})
    if kind is m.ReferralKind.SHELTER:
        return st.builds(
            lambda place, pair, open_end, **kw: m.ShelterDetails(
                place=place, stay_from=pair[0], stay_to=None if open_end else pair[1], **kw
            ),
            enum_values(m.ShelterKind),
            date_pairs(0, 120),
            st.booleans(),
            decision_number=optional_texts,
            decision_on=st.none() | dates,
            contract_number=optional_texts,
            fee=st.none() | money,
        ).map(lambda d: {"shelter": d})
    if kind is m.ReferralKind.PUP:
        return st.builds(
            m.EmploymentDetails,
            labour_status=texts,
            support_requested=st.lists(texts, max_size=3).map(tuple),
            contract_number=optional_texts,
        ).map(lambda d: {"employment": d})
    if kind is m.ReferralKind.PZON:
        return st.builds(
            m.DisabilityDetails,
            age_group=enum_values(m.AgeGroup),
            purpose=texts,
            first_application=st.booleans(),
            medical_certificate_on=st.none() | dates,
        ).map(lambda d: {"disability": d})
    return st.just({})


@st.composite
def referrals(draw: st.DrawFn) -> m.Referral:
    kind = draw(enum_values(m.ReferralKind))
    status = draw(enum_values(m.ReferralStatus))
    created = draw(dates)
    step = st.integers(0, 30).map(lambda n: dt.timedelta(days=n))
    sent = created + draw(step)
    responded = sent + draw(step)
    done = responded + draw(step)
    facts: dict[str, Any] = {}
    if status is not m.ReferralStatus.DRAFT and status is not m.ReferralStatus.REVOKED:
        facts["sent_on"] = sent
    if status in (m.ReferralStatus.ACCEPTED, m.ReferralStatus.REJECTED, m.ReferralStatus.DONE):
        facts["responded_on"] = responded
    if status is m.ReferralStatus.REJECTED:
        facts["rejection_reason"] = draw(texts)
    if status is m.ReferralStatus.DONE:
        facts["done_on"] = done
        facts["successful"] = successful = draw(st.booleans())
        facts["outcome_reason"] = draw(optional_texts) if successful else draw(texts)
    if status is m.ReferralStatus.REVOKED:
        facts["revoked_on"] = done
        facts["revocation_reason"] = draw(texts)
        if draw(st.booleans()):
            facts["sent_on"] = sent
    consent = draw(
        st.none()
        | st.builds(
            m.Consent,
            given_by=texts,
            given_on=st.just(created),
            by_representative=st.booleans(),
            written=st.booleans(),
            scope=optional_texts,
        )
    )
    details = draw(st.just({}) | _details(kind))
    return m.Referral(
        id=draw(ids),
        kind=kind,
        client=draw(clients()),
        center=draw(centers),
        worker=draw(social_workers),
        target=draw(institutions),
        created_on=created,
        justification=draw(texts),
        reference_number=draw(optional_texts),
        requested_support=draw(optional_texts),
        consent=consent,
        attachments=tuple(draw(st.lists(attachments, max_size=3))),
        signatory=draw(st.none() | signatories),
        status=status,
        **details,
        **facts,
    )


# --------------------------------------------------------------------------- decision


@st.composite
def decisions(draw: st.DrawFn) -> m.Decision:
    issued = draw(dates)
    outcome = draw(enum_values(m.DecisionOutcome))
    period = draw(st.none() | date_pairs(0, 365))
    payments: tuple[m.Payment, ...] = ()
    if outcome is m.DecisionOutcome.GRANT and period is not None:
        span = (period[1] - period[0]).days
        payments = tuple(
            m.Payment(
                due_on=period[0] + dt.timedelta(days=draw(st.integers(0, span))),
                amount=draw(money),
            )
            for _ in range(draw(st.integers(0, 3)))
        )
    acting = draw(st.booleans())
    # The elements of art. 107 § 1 KPA may be missing (SW-DEC-002 reports them).
    signatory = draw(st.none() | signatories)
    if acting and signatory is not None and signatory.on_authority_of is None:
        signatory = attrs.evolve(signatory, on_authority_of=draw(texts))
    return m.Decision(
        id=draw(ids),
        case_reference=draw(texts),
        organ=draw(texts),
        center=draw(centers),
        issued_on=issued,
        place=draw(texts),
        party=draw(clients()),
        outcome=outcome,
        benefit=draw(enum_values(m.BenefitKind)),
        legal_basis=tuple(draw(st.lists(texts, max_size=3))),
        factual_justification=draw(optional_texts),
        legal_justification=draw(optional_texts),
        signatory=signatory,
        number=draw(optional_texts),
        acting_on_authority=acting,
        authorisation=draw(optional_texts),
        application_on=draw(
            st.none() | st.just(issued - dt.timedelta(days=draw(st.integers(0, 60))))
        ),
        amount=draw(st.none() | money) if outcome is m.DecisionOutcome.GRANT else None,
        period_from=period[0] if period else None,
        period_to=period[1] if period else None,
        payments=payments,
        payment_method=draw(optional_texts),
        purpose=draw(optional_texts),
        repayable=draw(st.booleans()),
        interview_id=draw(st.none() | ids),
        interview_on=draw(
            st.none() | st.just(issued + dt.timedelta(days=draw(st.integers(-60, 5))))
        ),
        recipients=tuple(draw(st.lists(texts, max_size=2))),
        appeal_body=draw(optional_texts),
    )


# --------------------------------------------------------------------------- alimony


@st.composite
def alimony_claims(draw: st.DrawFn) -> m.AlimonyClaim:
    children = [
        draw(persons(pid=f"child{i}", serial=i + 10)) for i in range(draw(st.integers(1, 3)))
    ]
    security = draw(st.booleans())
    return m.AlimonyClaim(
        id=draw(ids),
        court=draw(courts),
        place=draw(texts),
        filed_on=draw(dates),
        claims=tuple(
            m.ChildClaim(
                child=child,
                monthly_amount=draw(positive_money),
                needs=tuple(
                    draw(
                        st.lists(st.builds(m.NeedItem, item=texts, monthly_cost=money), max_size=3)
                    )
                ),
            )
            for child in children
        ),
        representative=m.Party(person=draw(persons(pid="rep", serial=1)), address=draw(addresses)),
        representative_relation=draw(texts),
        defendant=m.Party(person=draw(persons(pid="def", serial=2)), address=draw(addresses)),
        defendant_relation=draw(texts),
        payment_day=draw(st.integers(1, 31)),
        payable_from=draw(dates),
        facts=draw(texts),
        defendant_earning_capacity=draw(texts),
        mediation_info=draw(texts),
        defendant_income=draw(st.none() | money),
        representative_income=draw(st.none() | money),
        request_security=security,
        security_amount=draw(st.none() | money) if security else None,
        request_hearing_in_absence=draw(st.booleans()),
        evidence=tuple(draw(st.lists(texts, max_size=2))),
        attachments=tuple(draw(st.lists(attachments, max_size=2))),
        helped_by=draw(optional_texts),
    )


# --------------------------------------------------------------------------- any model

MODEL_STRATEGIES: dict[str, st.SearchStrategy[Any]] = {
    "person": persons(),
    "client": clients(),
    "family": families(),
    "interview": interviews(),
    "social_contract": social_contracts(),
    "project": projects(),
    "referral": referrals(),
    "decision": decisions(),
    "social_worker": social_workers,
    "center": centers,
    "alimony_claim": alimony_claims(),
}
"""Tag → strategy of valid objects of that model."""


def models() -> st.SearchStrategy[Any]:
    """Any top-level model object."""
    return st.one_of(*MODEL_STRATEGIES.values())
