"""The help and safety texts: they load, every entry is in Dutch and English, no alarm signal is missing."""

from __future__ import annotations

import dataclasses
import tomllib
from importlib import resources
from typing import Any

import pytest

from rugtimer.program.advice import Advice, advice_from_data, load_advice, parse_advice
from rugtimer.program.ball_size import LIMITS, SIZES_CM
from rugtimer.program.texts import Text
from rugtimer.program.validation import ProgramError

ALARM_SIGNS = {"leg_weakness", "radiating_pain", "fever", "bladder_bowel", "saddle_numbness"}


def raw_data() -> dict[str, Any]:
    return tomllib.loads((resources.files("rugtimer") / "resources" / "advice.toml").read_text("utf-8"))


def all_texts(value: object, path: str = "advice") -> list[tuple[str, Text]]:
    """Every Text inside the advice, with where it sits."""
    if isinstance(value, Text):
        return [(path, value)]
    if dataclasses.is_dataclass(value):
        found = []
        for field in dataclasses.fields(value):
            found += all_texts(getattr(value, field.name), f"{path}.{field.name}")
        return found
    if isinstance(value, tuple):
        return [t for index, item in enumerate(value) for t in all_texts(item, f"{path}[{index}]")]
    return []


@pytest.fixture(scope="module")
def advice() -> Advice:
    return load_advice()


def test_the_shipped_advice_loads_with_every_section(advice: Advice) -> None:
    assert len(advice.alarm.signs) == 5
    assert [r.id for r in advice.physio.reasons] == ["long_lasting", "unsure", "demands", "surgery"]
    assert [r.id for r in advice.program.rules] == [
        "frequency",
        "feeling",
        "after_pain",
        "build_up",
        "activity",
    ]
    assert [q.id for q in advice.faq.questions] == ["how_often", "ball_size", "bracing", "physio"]


def test_every_text_is_there_in_dutch_and_in_english(advice: Advice) -> None:
    texts = all_texts(advice)
    assert len(texts) > 40
    for path, text in texts:
        assert text.nl.strip() and text.en.strip(), path
        assert text.nl != text.en, f"{path} looks untranslated"


def test_every_alarm_signal_is_present(advice: Advice) -> None:
    assert {sign.id for sign in advice.alarm.signs} == ALARM_SIGNS
    english = " ".join(sign.text.en for sign in advice.alarm.signs)
    dutch = " ".join(sign.text.nl for sign in advice.alarm.signs)
    # The same meaning as the short list in the "this hurts" dialog.
    for words in ("weaker", "numb", "loss of strength", "fever", "feeling ill", "urine", "stools", "groin"):
        assert words in english
    for words in (
        "zwakker",
        "gevoellozer",
        "krachtverlies",
        "koorts",
        "ziek",
        "plas",
        "ontlasting",
        "billen",
    ):
        assert words in dutch


def test_the_alarm_box_says_whom_to_call_and_that_the_app_does_not_diagnose(advice: Advice) -> None:
    alarm = advice.alarm
    assert "GP" in alarm.intro.en and "same day" in alarm.intro.en
    assert "huisarts" in alarm.intro.nl and "dezelfde dag" in alarm.intro.nl
    assert "huisartsenpost" in alarm.after_hours.nl
    assert "out-of-hours" in alarm.after_hours.en
    assert "diagnosis" in alarm.not_a_diagnosis.en
    assert "diagnose" in alarm.not_a_diagnosis.nl


def test_the_physio_section_names_the_apps_own_rule(advice: Advice) -> None:
    text = advice.physio.app_suggests
    for words in ("6\u00a0weeks", "2\u00a0points", "30\u00a0%"):
        assert words in text.en
    for words in ("6\u00a0weken", "2\u00a0punten", "30\u00a0%"):
        assert words in text.nl
    assert "6 to 8\u00a0weeks" in advice.physio.reasons[0].text.en


def test_the_ball_texts_match_the_ball_size_rule(advice: Advice) -> None:
    (small_limit, small), (medium_limit, medium) = LIMITS
    large = SIZES_CM[-1]
    answer = next(q for q in advice.faq.questions if q.id == "ball_size").answer
    for text in (advice.ball.intro, answer):
        for size in (small, medium, large):
            assert f"{size}\u00a0cm" in text.en and f"{size}\u00a0cm" in text.nl
        for limit in (small_limit, medium_limit):
            metres = f"{limit // 100}.{limit % 100:02d}"
            assert f"{metres}\u00a0m" in text.en
            assert f"{metres.replace('.', ',')}\u00a0m" in text.nl
    assert advice.ball.result_text(65, "en") == "Ball of 65\u00a0cm"
    assert advice.ball.result_text(75, "nl") == "Bal van 75\u00a0cm"
    assert "anti-burst" in advice.ball.anti_burst.en and "anti-burst" in advice.ball.anti_burst.nl
    assert "90°" in advice.ball.sitting_check.en and "90°" in advice.ball.sitting_check.nl


def test_the_program_rules_carry_the_sources_numbers(advice: Advice) -> None:
    rules = {rule.id: rule.text for rule in advice.program.rules}
    assert "3 to 4\u00a0days" in rules["frequency"].en
    assert "24\u00a0hours" in rules["after_pain"].en and "24\u00a0uur" in rules["after_pain"].nl
    assert "one thing" in rules["build_up"].en and "één ding" in rules["build_up"].nl
    assert "20 to 30\u00a0minutes" in rules["activity"].en and "3\u00a0times" in rules["activity"].en


# --- a broken file names every problem


def test_a_missing_translation_is_named_with_its_field() -> None:
    data = raw_data()
    del data["alarm"]["sign"][2]["text"]["en"]
    del data["faq"]["question"][0]["answer"]["nl"]
    with pytest.raises(ProgramError) as caught:
        advice_from_data(data, "advice.toml")
    fields = {p.field for p in caught.value.problems}
    assert fields == {"alarm.sign[2].text.en", "faq.question[0].answer.nl"}
    assert "advice.toml: alarm.sign[2].text.en: missing (required)" in str(caught.value)


def test_duplicate_ids_empty_lists_and_a_result_without_the_size_are_refused() -> None:
    data = raw_data()
    data["alarm"]["sign"][1]["id"] = data["alarm"]["sign"][0]["id"]
    data["physio"]["reason"] = []
    data["ball"]["result"]["en"] = "Ball of size"
    del data["program"]["rule"]
    with pytest.raises(ProgramError) as caught:
        advice_from_data(data, "advice.toml")
    messages = {p.field: p.message for p in caught.value.problems}
    assert messages["alarm.sign[1].id"] == 'duplicate id "leg_weakness"'
    assert "at least one entry" in messages["physio.reason"]
    assert "at least one entry" in messages["program.rule"]
    assert "{size}" in messages["ball.result.en"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b'format = "rugtimer-exercise"\nversion = 1\n', 'expected "rugtimer-advice"'),
        (b'format = "rugtimer-advice"\nversion = 2\n', "newer than this RugTimer understands"),
        (b"format = ", "not valid TOML"),
        (b"", "the file is empty"),
    ],
)
def test_a_wrong_file_is_refused_with_a_reason(raw: bytes, expected: str) -> None:
    with pytest.raises(ProgramError, match=expected):
        parse_advice(raw, "advice.toml")


def test_load_advice_reads_the_file_once(advice: Advice) -> None:
    assert load_advice() is advice
