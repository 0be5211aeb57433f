"""Every sync string a person sees, in the current language (lupdate context SyncText).

Shared by the status-bar widget, the Sync window, the progress dialog and the applicant
card, so "Not yet sent" reads the same everywhere. Nothing here touches the database.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, QObject

MINUTE_MS = 60_000
HOUR_MS = 60 * MINUTE_MS
DAY_MS = 24 * HOUR_MS


def as_datetime(value: Any) -> datetime | None:
    """A moment given as a datetime, an ISO text or milliseconds since the epoch (UTC)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value / 1000, UTC)
    try:
        parsed = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


class SyncText(QObject):
    """Sync wording. Numbers go through QLocale; no plural forms are needed (abbreviations)."""

    def number(self, value: int) -> str:
        return QLocale().toString(int(value))

    # -- when ----------------------------------------------------------------------------
    def last_sync(self, when: Any, now: datetime | None = None) -> str:
        moment = as_datetime(when)
        if moment is None:
            return self.tr("Never synced")
        now = now or datetime.now(UTC)
        minutes = max(0, int((now - moment).total_seconds() // 60))
        if minutes < 1:
            return self.tr("Synced just now")
        if minutes < 60:
            return self.tr("Synced {count} min ago").format(count=self.number(minutes))
        hours = minutes // 60
        if hours < 24:
            return self.tr("Synced {count} h ago").format(count=self.number(hours))
        return self.tr("Synced {count} d ago").format(count=self.number(hours // 24))

    def when(self, value: Any) -> str:
        moment = as_datetime(value)
        if moment is None:
            return "—"
        shown = QDateTime.fromMSecsSinceEpoch(int(moment.timestamp() * 1000)).toLocalTime()
        return QLocale().toString(shown, QLocale.FormatType.ShortFormat)

    def _amount(self, offset_ms: int) -> str:
        size = abs(int(offset_ms))
        if size >= DAY_MS:
            return self.tr("{count} d").format(count=self.number(round(size / DAY_MS)))
        if size >= HOUR_MS:
            return self.tr("{count} h").format(count=self.number(round(size / HOUR_MS)))
        return self.tr("{count} min").format(count=self.number(max(1, round(size / MINUTE_MS))))

    def clock_badge(self, offset_ms: int) -> str:
        """The status bar's short form of `clock`."""
        if offset_ms < 0:
            return self.tr("Clock {amount} ahead").format(amount=self._amount(offset_ms))
        return self.tr("Clock {amount} behind").format(amount=self._amount(offset_ms))

    def clock(self, offset_ms: int) -> str:
        """`offset_ms` is the server's clock less the computer's (services.sync): below zero,
        the computer's clock is ahead."""
        amount = self._amount(offset_ms)
        if offset_ms < 0:
            return self.tr("The computer's clock is {amount} ahead: fix the date and time"
                           ).format(amount=amount)
        return self.tr("The computer's clock is {amount} behind: fix the date and time"
                       ).format(amount=amount)

    # -- counts in the status bar --------------------------------------------------------
    def pending(self, count: int) -> str:
        return self.tr("Not sent: {count}").format(count=self.number(count))

    def rejected(self, count: int) -> str:
        return self.tr("Rejected: {count}").format(count=self.number(count))

    def conflicts(self, count: int) -> str:
        return self.tr("Conflicts: {count}").format(count=self.number(count))

    def not_enrolled(self) -> str:
        return self.tr("Not connected to the district")

    def revoked(self) -> str:
        return self.tr("Access withdrawn: enrol again")

    def syncing(self) -> str:
        return self.tr("Syncing…")

    def widget_tip(self) -> str:
        return self.tr("Sync with the district: click or press F9 for details")

    # -- progress ------------------------------------------------------------------------
    def phase(self, phase: str) -> str:
        return {
            "push": self.tr("Sending changes to the district"),
            "pull": self.tr("Receiving changes from the district"),
            "check": self.tr("Checking that both sides agree"),
            "connect": self.tr("Connecting to the district server"),
        }.get(phase, phase)

    def stopping(self) -> str:
        return self.tr("Stopping after this batch…")

    # -- record state --------------------------------------------------------------------
    def record_state(self, state: str, reason: str | None = None) -> str:
        if state == "rejected":
            return self.tr("Rejected: {reason}").format(reason=self.reason(reason))
        return {
            "local_only": self.tr("Not yet sent"),
            "pending": self.tr("Not yet sent"),
            "sent": self.tr("Sent, waiting for the district"),
            "accepted": self.tr("Accepted by the district"),
        }.get(state, state)

    def card_state(self, state: str, reason: str | None = None) -> str:
        return self.tr("Sync: {state}").format(state=self.record_state(state, reason))

    def reason(self, code: str | None) -> str:
        return {
            "out_of_scope": self.tr("the record belongs to another okrug"),
            "authority": self.tr("only the district may change this"),
            "append_only": self.tr("a signed legal act cannot be changed"),
            "unknown_table": self.tr("the district does not know this kind of record"),
            "invalid": self.tr("the value is not valid"),
            "invalid_value": self.tr("a value breaks the shared rules (type, length or format)"),
        }.get(code or "", code or self.tr("no reason given"))

    # -- records and fields --------------------------------------------------------------
    def table(self, name: str) -> str:
        return {
            "persons": self.tr("Applicant"),
            "cases": self.tr("Case"),
            "households": self.tr("Household member"),
            "household_members": self.tr("Household member"),
            "documents": self.tr("Document"),
            "decisions": self.tr("Decision"),
            "payments": self.tr("Payment"),
            "social_contracts": self.tr("Social contract"),
            "monitoring_visits": self.tr("Monitoring visit"),
            "sanctions": self.tr("Sanction"),
            "settlements": self.tr("Settlement"),
            "employers": self.tr("Employer"),
            "vacancies": self.tr("Vacancy"),
            "users": self.tr("User"),
        }.get(name, name)

    def field(self, name: str | None) -> str:
        if not name:
            return "—"
        return {
            "iin": self.tr("IIN"),
            "last_name": self.tr("Surname"),
            "first_name": self.tr("First name"),
            "patronymic": self.tr("Patronymic"),
            "phone": self.tr("Phone"),
            "address": self.tr("Address"),
            "settlement_kato": self.tr("Settlement"),
            "citizenship": self.tr("Citizenship"),
            "specialty": self.tr("Specialty"),
            "state": self.tr("State"),
            "measure": self.tr("Measure"),
            "deleted": self.tr("Removed"),
        }.get(name, name)

    def value(self, value: Any) -> str:
        if value is None or value == "":
            return self.tr("(empty)")
        return str(value)

    def notice(self, kind: str | None, data: dict[str, Any] | None = None) -> str:
        data = data or {}
        other = data.get("other_okrug_name") or data.get("other_okrug") or data.get("okrug")
        if kind in ("duplicate_iin", "iin_elsewhere", "same_iin"):
            # The server names only the other okrug (never its record): the district, which
            # sees both records, resolves it; the village is told to contact it.
            if other:
                # the instruction first: a narrow column still shows it
                return self.tr("Contact the district: this person is also registered in "
                               "another okrug ({okrug})").format(
                    okrug=other if isinstance(other, str) else other.get("name", ""))
            return self.tr("Contact the district: this person is also registered in "
                           "another okrug")
        return kind or ""

    def scope(self, scope: str | None) -> str:
        return {
            "village": self.tr("Rural okrug"),
            "district": self.tr("Whole district"),
        }.get(scope or "", scope or "—")
