"""The app services are tested on a real history file, with the history tests' ``store`` fixture."""

from tests.history.conftest import store  # noqa: F401 - a fixture, used by name
