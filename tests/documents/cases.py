"""Model objects for the documents tests (built in Python: independent of the examples)."""

from __future__ import annotations

import datetime as dt

from socialwork.model.common import Attachment, Institution
from socialwork.model.enums import CenterKind, Sex
from socialwork.model.people import Address, Client, Contact, Person
from socialwork.model.referral import Consent, EmploymentDetails, Referral, ReferralKind
from socialwork.model.staff import Center, Signatory, SocialWorker


def center() -> Center:
    return Center(
        id="mops-zielonka",
        name="Miejski Ośrodek Pomocy Społecznej w Zielonce",
        kind=CenterKind.MOPS,
        address=Address(city="Zielonka", postal_code="05-220", street="Lipowa", building="5"),
        head=Signatory(name="Anna Nowak", position="Dyrektor"),
        contact=Contact(phone="22 781 00 00", email="mops@zielonka.example"),
    )


def referral(**changes: object) -> Referral:
    person = Person(
        id="p1",
        first_name="Jan",
        last_name="Kowalski",
        birth_date=dt.date(1944, 5, 14),
        sex=Sex.MALE,
        pesel="44051401359",
    )
    client = Client(
        id="c1",
        person=person,
        address=Address(
            city="Zielonka", postal_code="05-220", street="Leśna", building="5", flat="3"
        ),
        contact=Contact(phone="600 100 200"),
    )
    values: dict[str, object] = dict(
        id="ref-1",
        kind=ReferralKind.PUP,
        client=client,
        center=center(),
        worker=SocialWorker(
            id="w1", first_name="Ewa", last_name="Wiśniewska",
            contact=Contact(phone="22 781 00 12"),
        ),
        target=Institution(
            name="Powiatowy Urząd Pracy w Wołominie",
            address=Address(city="Wołomin", postal_code="05-200", street="Ogrodowa", building="4"),
            department="Dział Aktywizacji Zawodowej",
        ),
        created_on=dt.date(2026, 11, 20),
        justification=(
            "Pan Jan Kowalski korzysta z pomocy ośrodka od 2025 r. Jest osobą długotrwale "
            "bezrobotną; deklaruje gotowość podjęcia zatrudnienia w niepełnym wymiarze.\n"
            "Wspólnie z pracownikiem socjalnym ustalono, że potrzebne jest wsparcie doradcy "
            "zawodowego oraz szkolenie."
        ),
        reference_number="OPS.4011.52.2026",
        requested_support="doradztwo zawodowe, szkolenie „Magazynier z obsługą wózka”",
        consent=Consent(given_by="Jan Kowalski", given_on=dt.date(2026, 11, 18)),
        employment=EmploymentDetails(
            labour_status="osoba bezrobotna zarejestrowana od 1 marca 2025 r.",
            support_requested=("doradztwo zawodowe", "szkolenie zawodowe"),
            contract_number="KS/12/2026",
        ),
        attachments=(
            Attachment(title="Zgoda osoby na przekazanie danych"),
            Attachment(title="Kopia kontraktu socjalnego", provided=False),
        ),
    )
    values.update(changes)
    return Referral(**values)  # type: ignore[arg-type]
