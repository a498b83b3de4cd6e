"""A second RugTimer on the same data folder brings the running window forward instead of opening another.

The lock (rugtimer/history/lock.py) decides who the writer is; this local socket only carries the
"show yourself" request from the second start to the first.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from rugtimer.paths import Paths

MESSAGE = b"raise\n"


def server_name(paths: Paths) -> str:
    """One name per data folder and user, short enough for every platform's socket path limits."""
    digest = hashlib.sha256(str(paths.data_dir).encode("utf-8")).hexdigest()[:16]
    return f"rugtimer-{digest}"


def ask_running_instance_to_raise(paths: Paths, timeout_ms: int = 500) -> bool:
    """True when a running RugTimer received the request."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(paths))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(MESSAGE)
    sent = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return sent


class RaiseServer(QObject):
    """Listens for "raise" requests and calls ``on_raise``."""

    def __init__(self, paths: Paths, on_raise: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_raise = on_raise
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(paths)
        QLocalServer.removeServer(name)  # a stale socket file of a killed instance (we hold the lock)
        self.listening = self._server.listen(name)
        self._server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(MESSAGE.strip()):
            self._on_raise()

    def close(self) -> None:
        self._server.close()
