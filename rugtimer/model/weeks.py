"""ISO weeks of the local date: the one way RugTimer groups days into weeks (never SQLite's ``%W``)."""

from __future__ import annotations

from datetime import date, timedelta

from rugtimer.model.words import translate

_WEEK_OF_YEAR = translate("Weeks", "{week} of {year}")


def monday_of(day: date) -> date:
    """The Monday that starts ``day``'s ISO week (2021-01-03 is in 2020-W53, whose Monday is 2020-12-28)."""
    return day - timedelta(days=day.weekday())


def week_label(day: date, language: str, *, with_year: bool) -> str:
    """The ISO week of ``day`` as it follows the word "week": "51", or "51 of 2025" ("51 van 2025") where
    weeks of more than one year are spoken of in one breath (week 1 alone could be any January)."""
    iso = day.isocalendar()
    if not with_year:
        return str(iso.week)
    return _WEEK_OF_YEAR.get(language).format(week=iso.week, year=iso.year)


def span_years(*days: date) -> bool:
    """Whether ``days`` lie in more than one ISO year (then their week numbers need the year)."""
    return len({day.isocalendar().year for day in days}) > 1
