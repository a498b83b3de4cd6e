"""A second start on the same data folder raises the running window instead of opening a second writer."""

from __future__ import annotations

from rugtimer.ui.single_instance import RaiseServer, ask_running_instance_to_raise


def test_second_start_raises_the_first(qtbot, paths) -> None:
    raised = []
    server = RaiseServer(paths, lambda: raised.append(True))
    assert server.listening
    assert ask_running_instance_to_raise(paths)
    qtbot.waitUntil(lambda: raised == [True])
    server.close()


def test_nobody_listening(qtbot, paths) -> None:
    assert not ask_running_instance_to_raise(paths, timeout_ms=100)
