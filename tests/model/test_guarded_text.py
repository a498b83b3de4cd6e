"""The guarded reader: any text either parses into a shallow document or is one UnreadableText, never
another exception (RecursionError, OverflowError, UnicodeError, ...)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rugtimer.model.guarded_text import UnreadableText, decode_utf8, nesting_depth, parse_json, parse_toml
from rugtimer.model.limits import MAX_NESTING


@pytest.mark.parametrize("depth", [MAX_NESTING + 1, 1_000, 2_000, 100_000])
def test_deep_json_and_toml_are_refused_as_too_deep(depth: int) -> None:
    with pytest.raises(UnreadableText, match="nested too deeply"):
        parse_json("[" * depth + "]" * depth, max_chars=10**6)
    with pytest.raises(UnreadableText, match="nested too deeply"):
        parse_toml("a = " + "[" * depth + "]" * depth, max_chars=10**6)
    with pytest.raises(UnreadableText, match="nested too deeply"):
        parse_toml("a = " + "{b = " * depth + "1" + "}" * depth, max_chars=10**6)


def test_nesting_up_to_the_limit_is_read() -> None:
    text = "[" * MAX_NESTING + "]" * MAX_NESTING
    assert nesting_depth(parse_json(text, max_chars=1000)) == MAX_NESTING


def test_json_refuses_a_key_twice_and_the_numbers_json_does_not_have() -> None:
    with pytest.raises(UnreadableText, match='"id" twice'):
        parse_json('{"id": 1, "x": {}, "id": 2}', max_chars=1000)
    for constant in ("NaN", "Infinity", "-Infinity"):
        with pytest.raises(UnreadableText, match=f"{constant} is not allowed"):
            parse_json(f"[{constant}]", max_chars=1000)


def test_size_empty_truncated_and_bad_bytes_are_said_in_words() -> None:
    with pytest.raises(UnreadableText, match="too long"):
        parse_json("[1]" + " " * 100, max_chars=10)
    with pytest.raises(UnreadableText, match="empty"):
        parse_json("  \n", max_chars=10)
    with pytest.raises(UnreadableText, match="cut off"):
        parse_json('{"sessions": [', max_chars=100)
    with pytest.raises(UnreadableText, match="not UTF-8"):
        decode_utf8(b"format = \xff")
    assert decode_utf8("\ufeffa = 1".encode()) == "a = 1"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300) | st.text('[]{}",:0 a=\n.', max_size=3000))
def test_any_text_parses_or_is_unreadable(text: str) -> None:
    for parse in (parse_json, parse_toml):
        try:
            data = parse(text, max_chars=2000)
        except UnreadableText as exc:
            assert exc.message
        else:
            assert nesting_depth(data) <= MAX_NESTING


def test_a_dotted_key_of_thousands_of_parts_is_refused_before_parsing() -> None:
    """tomllib needs seconds for a 24 kB key of 12,000 parts; the guard counts the parts first."""
    key = ".".join(["k"] * 12_000)
    for text in (f"{key} = 1", f"[{key}]\nx = 1"):
        with pytest.raises(UnreadableText, match="nested too deeply"):
            parse_toml(text, max_chars=10**6)
    assert parse_toml('"a.b" = 1\nc.d = "x.y.z"', max_chars=100) == {"a.b": 1, "c": {"d": "x.y.z"}}
