"""Errors a person can meet when opening or writing the local database.

Each carries a fixed English message (a translation source string: the UI shows it in Kazakh
or Russian through Qt's translator, the CLI prints it as is) and the parameters to fill in.
None of them carries personal data, so they are safe to log.
"""

from __future__ import annotations


class StorageError(Exception):
    """Base class: `message` is the untranslated text, `params` fills its {placeholders}."""

    message = "The database could not be used."

    def __init__(self, **params: object) -> None:
        self.params = params
        super().__init__(self.text())

    def text(self) -> str:
        return self.message.format(**self.params)


class DatabaseNotFound(StorageError):
    message = "There is no database at {path}."


class DatabaseExists(StorageError):
    message = "A database already exists at {path}; choose another place or open it."


class KeyFileMissing(StorageError):
    message = (
        "The key file {path} beside the database is missing, and its copy too. Restore it "
        "from any backup of this database (“Restore the key file from a backup…”): the "
        "records of today stay as they are."
    )


class KeyFilePresent(StorageError):
    message = (
        "The key file {path} is there and readable: there is nothing to restore. Unlock with "
        "your passphrase; if it is forgotten, use “Forgot passphrase?”."
    )


class NotQadamDatabase(StorageError):
    message = "{path} is not a Qadam database ({reason})."


class DatabaseDamaged(StorageError):
    message = (
        "The database {path} is damaged ({reason}). Nothing was changed. Restore the latest "
        "backup, or take the file to the district centre."
    )


class NewerVersion(StorageError):
    message = (
        "This database was written by a newer version of Qadam ({found}). Install the newer "
        "version to open it; this version leaves the file untouched."
    )


class UnknownUser(StorageError):
    message = "There is no user {username} in this database."


class WrongPassphrase(StorageError):
    message = "The passphrase is wrong. Check the keyboard layout and Caps Lock, and try again."


class PermissionDenied(StorageError):
    message = "Your role ({role}) does not allow this: {action}."


class DiskFull(StorageError):
    message = (
        "The disk is full, so the last change was not saved. Nothing already saved is lost. "
        "Free some space and save again."
    )


class WeakPassphrase(StorageError):
    message = "The passphrase must have at least {minimum} characters."


# -- recovery through the district (docs/recovery.md) -----------------------------------------


class NoRecoveryKey(StorageError):
    message = (
        "This database has no recovery key from the district, so the district cannot recover "
        "it. Enrol the computer with the district server (or create the database with the "
        "district's recovery key) while the passphrase is still known."
    )


class NotRecoveryFile(StorageError):
    message = "{path} is not a Qadam recovery file. Check that you chose the right file."


class RecoveryResponseAltered(StorageError):
    message = (
        "The recovery file {path} was changed or damaged on the way, so it was refused and "
        "nothing was changed. Ask the district centre for the file again."
    )


class NoRecoveryRequest(StorageError):
    message = (
        "No recovery request is waiting on this computer: this response was already used, or "
        "the request was made on another computer. Make a new request if you still need one."
    )


class RecoveryForAnotherRequest(StorageError):
    message = (
        "This response answers another recovery request (another computer, or an older "
        "request from this one), so nothing was changed. Use the response to the latest "
        "request."
    )


class RecoveryNotFromDistrict(StorageError):
    message = (
        "This response is not signed by your district's server, so it was refused and "
        "nothing was changed."
    )


# -- backups (storage/backup.py, services/backups.py, docs/backups.md) -------------------------


class BackupNotFound(StorageError):
    message = "There is no backup file at {path}."


class NotABackup(StorageError):
    message = "{path} is not a Qadam backup. Nothing was changed."


class BackupDamaged(StorageError):
    message = (
        "The backup {path} is damaged ({reason}). Nothing was changed. Use another backup."
    )


class ForeignBackup(StorageError):
    message = (
        "The backup {path} belongs to another database, not to this one. Nothing was changed."
    )


class BackupFolderUnavailable(StorageError):
    message = (
        "The backup folder {path} cannot be reached (is the USB stick plugged in?). Nothing "
        "was lost, and the backups already there are untouched."
    )


class BackupFolderFull(StorageError):
    message = (
        "There is no room for the backup in {path}. Nothing was lost, and the backups already "
        "there are untouched. Free some space or choose another folder."
    )
