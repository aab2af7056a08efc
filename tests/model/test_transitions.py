"""State machines of the kontrakt socjalny and of referrals."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import socialwork.model as m
from socialwork import examples

D = dt.date


def draft_contract() -> m.SocialContract:
    c = examples.load("kontrakt-socjalny")
    assert isinstance(c, m.SocialContract)
    return attrs.evolve(
        c, status=m.ContractStatus.DRAFT, client_signed_on=None, worker_signed_on=None
    )


def test_contract_happy_path() -> None:
    c = draft_contract()
    signed = c.sign(client_on=D(2026, 10, 5), worker_on=D(2026, 10, 6))
    assert signed.status is m.ContractStatus.SIGNED
    assert signed.worker_signed_on == D(2026, 10, 6)
    running = signed.start()
    done = running.complete()
    assert done.status is m.ContractStatus.COMPLETED
    assert c.status is m.ContractStatus.DRAFT  # frozen: the original is unchanged


@pytest.mark.parametrize("method", ["terminate", "mark_broken"])
def test_contract_can_end_early(method: str) -> None:
    running = draft_contract().sign(client_on=D(2026, 10, 5), worker_on=D(2026, 10, 5)).start()
    ended = getattr(running, method)(on=D(2026, 12, 1), reason="brak współpracy")
    assert ended.termination == m.Termination(on=D(2026, 12, 1), reason="brak współpracy")
    assert ended.status in (m.ContractStatus.TERMINATED, m.ContractStatus.BROKEN)


def test_contract_illegal_moves() -> None:
    c = draft_contract()
    with pytest.raises(m.TransitionError, match="'draft' to 'in_progress'"):
        c.start()
    with pytest.raises(m.TransitionError):
        c.complete()
    with pytest.raises(m.TransitionError):
        c.terminate(on=D(2026, 12, 1), reason="x")
    done = c.sign(client_on=D(2026, 10, 5), worker_on=D(2026, 10, 5)).start().complete()
    with pytest.raises(m.TransitionError):
        done.sign(client_on=D(2026, 10, 5), worker_on=D(2026, 10, 5))
    with pytest.raises(m.TransitionError):
        done.mark_broken(on=D(2026, 12, 1), reason="x")
    with pytest.raises(m.ModelError):  # signature before the contract was concluded
        c.sign(client_on=D(2026, 10, 1), worker_on=D(2026, 10, 5))


def draft_referral(name: str = "skierowanie-dps") -> m.Referral:
    r = examples.load(name)
    assert isinstance(r, m.Referral)
    return attrs.evolve(r, status=m.ReferralStatus.DRAFT, sent_on=None, responded_on=None)


def test_referral_happy_path_and_outcomes() -> None:
    r = draft_referral()
    sent = r.send(on=D(2026, 11, 12))
    accepted = sent.accept(on=D(2026, 11, 20))
    ok = accepted.complete(on=D(2027, 1, 15), successful=True)
    assert ok.status is m.ReferralStatus.DONE and ok.successful
    with pytest.raises(m.ModelError, match="reason"):
        accepted.complete(on=D(2027, 1, 15), successful=False)
    failed = accepted.complete(on=D(2027, 1, 15), successful=False, reason="brak miejsc")
    assert failed.outcome_reason == "brak miejsc"
    rejected = sent.reject(on=D(2026, 11, 20), reason="niekompletne dokumenty")
    assert rejected.rejection_reason == "niekompletne dokumenty"


@pytest.mark.parametrize("stage", ["draft", "sent", "accepted"])
def test_referral_can_be_revoked_until_done(stage: str) -> None:
    r = draft_referral()
    if stage != "draft":
        r = r.send(on=D(2026, 11, 12))
    if stage == "accepted":
        r = r.accept(on=D(2026, 11, 13))
    revoked = r.revoke(on=D(2026, 11, 30), reason="zmiana decyzji klientki")
    assert revoked.status is m.ReferralStatus.REVOKED


def test_referral_illegal_moves() -> None:
    r = draft_referral()
    with pytest.raises(m.TransitionError):
        r.accept(on=D(2026, 11, 13))
    sent = r.send(on=D(2026, 11, 12))
    with pytest.raises(m.TransitionError):
        sent.send(on=D(2026, 11, 13))
    rejected = sent.reject(on=D(2026, 11, 13), reason="x")
    with pytest.raises(m.TransitionError):
        rejected.complete(on=D(2026, 11, 14), successful=True)
    with pytest.raises(m.TransitionError):
        rejected.revoke(on=D(2026, 11, 14), reason="x")
    with pytest.raises(m.ModelError):  # sent before created
        r.send(on=D(2026, 11, 1))


def test_sending_needs_consent_where_the_kind_requires_it() -> None:
    r = attrs.evolve(draft_referral(), consent=None)
    with pytest.raises(m.TransitionError) as info:
        r.send(on=D(2026, 11, 12))
    assert [p.path for p in info.value.problems] == ["$.consent"]
    court = draft_referral("wniosek-sad-wglad")
    assert court.consent is None
    assert court.send(on=D(2026, 11, 12)).status is m.ReferralStatus.SENT
