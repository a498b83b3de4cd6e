"""What was done: the SQLite history of sessions, sets, pain, activities and plan changes. Qt-free.

Start-up sequence for the app (see ``HistoryStore.open`` for the errors)::

    folder.prepare(paths)                       # ReadOnlyFolderError -> offer to open read-only
    lock = InstanceLock(paths.lock)
    lock.acquire()                              # AlreadyRunning -> bring the other window forward, exit
    store = HistoryStore.open(paths)            # Newer/NotARugTimer/Corrupt/StorageError -> tell the user
    interrupted = store.mark_running_as_interrupted()   # ask pain-after for these, or just close them
    store.backup_if_due()                       # also after each finished session
    ...
    store.close(); lock.release()               # at exit (a crash releases the lock by itself)
"""

from rugtimer.history.errors import (
    AlreadyRunning,
    CorruptDatabaseError,
    HistoryError,
    IdConflictError,
    InvalidRecordError,
    NewerDatabaseError,
    NotARugTimerDatabase,
    NotFoundError,
    StorageError,
)
from rugtimer.history.lock import InstanceLock
from rugtimer.history.store import UNSET, HistoryStore
from rugtimer.model.records import (
    Activity,
    HurtEvent,
    PainEntry,
    PlanChange,
    SessionRecord,
    SetRecord,
    new_id,
)

__all__ = [
    "UNSET",
    "Activity",
    "AlreadyRunning",
    "CorruptDatabaseError",
    "HistoryError",
    "HistoryStore",
    "HurtEvent",
    "IdConflictError",
    "InstanceLock",
    "InvalidRecordError",
    "NewerDatabaseError",
    "NotARugTimerDatabase",
    "NotFoundError",
    "PainEntry",
    "PlanChange",
    "SessionRecord",
    "SetRecord",
    "StorageError",
    "new_id",
]
