"""Errors a person can meet while synchronising with the district (pure: no I/O).

Like desktop/storage/errors.py: a fixed English `message` (the translation source, context
"Errors" in desktop/resources/translations/*/errors.ts) with {placeholders} filled from `params`,
and a stable `code` the UI may branch on. No message carries personal data.
"""

from __future__ import annotations


class SyncError(Exception):
    code = "sync"
    message = "Synchronisation with the district failed. Try again later; nothing is lost."

    def __init__(self, **params: object) -> None:
        self.params = params
        super().__init__(self.text())

    def text(self) -> str:
        return self.message.format(**self.params)


class NoNetwork(SyncError):
    code = "no_network"
    message = (
        "The district server cannot be reached: check the connection and try again; "
        "nothing is lost."
    )


class ProtocolTooOld(SyncError):
    code = "protocol"
    message = (
        "This version of Qadam is too old for the district server: install the update the "
        "district gives you."
    )


class Revoked(SyncError):
    code = "revoked"
    message = (
        "This computer's access was withdrawn by the district. Ask for a new enrolment code "
        "and enrol again; nothing is lost."
    )


class UnknownDevice(SyncError):
    code = "unknown_device"
    message = (
        "The district server does not know this computer. Ask the district administrator "
        "for an enrolment code and enrol it again."
    )


class BadCertificate(SyncError):
    code = "bad_certificate"
    message = (
        "The district server's certificate is not the one this computer was given, so "
        "nothing was sent. Tell the district administrator."
    )


class ServerError(SyncError):
    code = "server_error"
    message = (
        "The district server has a problem (error {status}). Try again later; nothing is "
        "lost."
    )


class Refused(SyncError):
    code = "refused"
    message = "The district server refused the request ({reason}). Tell the district administrator."


class ClockWrong(SyncError):
    code = "clock"
    message = (
        "The clock of this computer is {minutes} minutes off the district server's. Set the "
        "correct date and time, then synchronise again."
    )


class BadEnrolmentCode(SyncError):
    code = "enrolment_code"
    message = (
        "The enrolment code is wrong, already used or expired: ask the district "
        "administrator for a new one."
    )


class AlreadyEnrolled(SyncError):
    code = "already_enrolled"
    message = (
        "This computer is already enrolled with {server}. Enrol it again only if the "
        "district administrator asks you to."
    )


class NotEnrolled(SyncError):
    code = "not_enrolled"
    message = (
        "This computer is not enrolled with the district server yet: enrol it with the code "
        "the district gives you."
    )


class PlainHttp(SyncError):
    code = "plain_http"
    message = (
        "The server's address must begin with https://: over plain http:// the district's "
        "data would cross the network unencrypted. Enter the address the district gave you."
    )


class BadResponse(SyncError):
    code = "bad_response"
    message = (
        "The district server sent an answer this version of Qadam cannot read. Try again "
        "later; nothing is lost."
    )


class Cancelled(SyncError):
    code = "cancelled"
    message = "Synchronisation was stopped. Everything done until then is kept."


class NoConflict(SyncError):
    code = "no_conflict"
    message = "This conflict is no longer open."


class BundleDiskFull(SyncError):
    code = "bundle_disk_full"
    message = (
        "The bundle could not be written: the disk or USB stick is full. Nothing was changed "
        "and nothing is lost; free some space or use another stick, then export again."
    )


class BundleNotWritable(SyncError):
    code = "bundle_not_writable"
    message = (
        "The bundle could not be written there: the folder does not exist, or it is "
        "read-only. Nothing was changed and nothing is lost; choose another place."
    )


class BundleNotReadable(SyncError):
    code = "bundle_not_readable"
    message = (
        "The bundle file cannot be read: it is missing, or the USB stick was removed. "
        "Nothing was imported; insert the stick and choose the file again."
    )


# The server's error codes (its JSON `error`) and the error the device shows for each.
SERVER_CODES: dict[str, type[SyncError]] = {
    "protocol": ProtocolTooOld,
    "revoked": Revoked,
    "unknown_device": UnknownDevice,
    "enrolment_code": BadEnrolmentCode,
    "bad_code": BadEnrolmentCode,
    "invalid_code": BadEnrolmentCode,
    "code_used": BadEnrolmentCode,
    "code_expired": BadEnrolmentCode,
}

ALL_ERRORS: tuple[type[SyncError], ...] = (
    SyncError, NoNetwork, ProtocolTooOld, Revoked, UnknownDevice, BadCertificate, ServerError,
    Refused, ClockWrong, BadEnrolmentCode, AlreadyEnrolled, NotEnrolled, BadResponse, PlainHttp,
    Cancelled, NoConflict, BundleDiskFull, BundleNotWritable, BundleNotReadable,
)

__all__ = [cls.__name__ for cls in ALL_ERRORS] + ["ALL_ERRORS", "SERVER_CODES"]
