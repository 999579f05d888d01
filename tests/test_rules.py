"""Rules are data: every shipped file loads, and every mistake in a rules file is refused
with a one-line RulesError that names the file and the key."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import RULES, RulesCopy

import claimcheck
from claimcheck._errors import RulesError
from claimcheck._rules import LANGUAGES, SCHEMA, Rules, load_rules, load_rules_from, rules_directory


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_shipped_rules_file_loads(language: str) -> None:
    files = sorted((RULES / language).glob("*.toml"))
    assert files, f"no rules for {language}"
    rules = load_rules_from(RULES, language)
    assert isinstance(rules, Rules)
    assert rules.language == language
    assert set(rules.values) == {f.stem for f in files}
    for stem, values in rules.values.items():
        assert stem in SCHEMA
        assert set(values) <= set(SCHEMA[stem])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_rules_the_foundation_needs_are_there(language: str) -> None:
    rules = load_rules_from(RULES, language)
    assert len(rules.words("language", "function_words")) >= 50
    assert len(rules.words("sentences", "abbreviations")) >= 20
    assert rules.words("sentences", "sentence_starters")
    assert isinstance(rules.pattern("sentences", "attached_fragment"), re.Pattern)
    dateline = rules.pattern("furniture", "dateline")
    assert dateline is not None and {"places", "outlet"} <= set(dateline.groupindex)
    byline = rules.pattern("furniture", "byline")
    assert byline is not None and "author" in byline.groupindex
    assert rules.patterns("furniture", "furniture_starts")
    assert all(isinstance(p, re.Pattern) for p in rules.patterns("furniture", "furniture_lines"))


def test_shipped_rules_directory_and_cache(fresh_rules: None) -> None:
    assert rules_directory().resolve() == RULES.resolve()
    assert load_rules("de") is load_rules("de")
    assert load_rules("de") is not load_rules("en")
    assert claimcheck.load_rules("en").language == "en"


def _rules_error(directory: Path, language: str = "de") -> RulesError:
    with pytest.raises(RulesError) as info:
        load_rules_from(directory, language)
    assert "\n" not in str(info.value)
    assert isinstance(info.value, claimcheck.ClaimcheckError)
    return info.value


def _replace_key(key: str, value: str) -> object:
    """An edit that replaces `key = ...` (one line or a multi-line list) in a TOML file."""

    def edit(text: str) -> str:
        pattern = re.compile(rf"(?ms)^{re.escape(key)} = (?:\[.*?^\]|[^\n]*)$")
        assert pattern.search(text), f"{key} not in file"
        return pattern.sub(lambda _: f"{key} = {value}", text, count=1)

    return edit


@pytest.mark.parametrize(
    ("file", "key", "value", "reported_key", "reason_part"),
    [
        (
            "furniture.toml",
            "dateline",
            "'^(?P<places>[A-Z]+'",
            "dateline",
            "invalid regular expression",
        ),
        (
            "furniture.toml",
            "furniture_starts",
            "['^ok$', '(unclosed']",
            "furniture_starts[1]",
            "invalid regular expression",
        ),
        (
            "sentences.toml",
            "attached_fragment",
            "['^,']",
            "attached_fragment",
            "expected a regular expression",
        ),
        ("sentences.toml", "abbreviations", "'z.b'", "abbreviations", "expected a list"),
        ("sentences.toml", "abbreviations", "['z', 3]", "abbreviations[1]", "non-empty string"),
        (
            "sentences.toml",
            "sentence_starters",
            "['der', '  ']",
            "sentence_starters[1]",
            "non-empty string",
        ),
        ("language.toml", "function_words", "5", "function_words", "expected a list"),
        ("attribution.toml", "min_quote_words", "'three'", "min_quote_words", "expected a number"),
        ("attribution.toml", "not_cue_words", "'aber'", "not_cue_words", "expected a list"),
        ("attribution.toml", "infinitive_conjunctions", "7", "infinitive_conjunctions", "a list"),
        ("attribution.toml", "factive_verbs", "['wissen', '']", "factive_verbs[1]", "non-empty"),
        (
            "attribution.toml",
            "subordinators",
            "['weil', 2]",
            "subordinators[1]",
            "non-empty string",
        ),
        ("attribution.toml", "correlates", "'darauf'", "correlates", "expected a list"),
        (
            "attribution.toml",
            "words_phrases",
            "['mit den worten', 4]",
            "words_phrases[1]",
            "non-empty",
        ),
        ("attribution.toml", "direction_adverbs", "2", "direction_adverbs", "expected a list"),
        ("attribution.toml", "colon_manner_adverbs", "'knapp'", "colon_manner_adverbs", "a list"),
        (
            "attribution.toml",
            "time_after_prepositions",
            "'nach'",
            "time_after_prepositions",
            "list",
        ),
        ("claims.toml", "threshold", "true", "threshold", "expected a number"),
    ],
)
def test_wrong_values_name_the_file_and_the_key(
    rules_copy: RulesCopy, file: str, key: str, value: str, reported_key: str, reason_part: str
) -> None:
    directory = rules_copy("de", file, edit=_replace_key(key, value))
    error = _rules_error(directory)
    path = str(directory / "de" / file)
    assert error.path == path
    assert error.key == reported_key
    message = str(error)
    assert path in message
    assert f"'{reported_key}'" in message
    assert reason_part in message


def test_list_where_a_table_belongs(rules_copy: RulesCopy) -> None:
    directory = rules_copy("de", "attribution.toml", content='pronouns = ["sie", "er"]\n')
    error = _rules_error(directory)
    assert str(directory / "de" / "attribution.toml") in str(error)
    assert "'pronouns'" in str(error)
    assert "expected a table" in str(error)


def test_unknown_key(rules_copy: RulesCopy) -> None:
    directory = rules_copy(
        "en", "sentences.toml", edit=lambda text: text + '\nabbreviation_list = ["mr"]\n'
    )
    error = _rules_error(directory, "en")
    path = str(directory / "en" / "sentences.toml")
    assert path in str(error)
    assert "'abbreviation_list'" in str(error)
    assert "unknown key" in str(error)
    # the message helps: it lists the keys that are known
    assert "abbreviations" in str(error)


def test_wrong_value_inside_a_table(rules_copy: RulesCopy) -> None:
    directory = rules_copy(
        "de",
        "claims.toml",
        edit=lambda text: (
            text + "\n[max_words]\nbroken = [1, 2]\n"
            if "max_words" not in text
            else text.replace("[max_words]", "[max_words]\nbroken = [1, 2]", 1)
        ),
    )
    error = _rules_error(directory)
    assert str(directory / "de" / "claims.toml") in str(error)
    assert error.key is not None and error.key.startswith("max_words.broken")


def test_invalid_toml(rules_copy: RulesCopy) -> None:
    directory = rules_copy("de", "language.toml", content='function_words = ["der", \n')
    error = _rules_error(directory)
    assert str(directory / "de" / "language.toml") in str(error)
    assert "not valid TOML" in str(error)


def test_not_utf8(rules_copy: RulesCopy) -> None:
    directory = rules_copy()
    (directory / "de" / "language.toml").write_bytes('function_words = ["für"]\n'.encode("latin-1"))
    error = _rules_error(directory)
    assert str(directory / "de" / "language.toml") in str(error)
    assert "UTF-8" in str(error)


def test_unknown_file(rules_copy: RulesCopy) -> None:
    directory = rules_copy("de", "stopwords.toml", content='words = ["der"]\n')
    error = _rules_error(directory)
    path = str(directory / "de" / "stopwords.toml")
    assert error.path == path
    assert path in str(error)
    assert "unknown rules file" in str(error)
    assert "sentences.toml" in str(error)


def test_missing_language_folder(rules_copy: RulesCopy) -> None:
    directory = rules_copy()
    error = _rules_error(directory, "fr")
    assert str(directory / "fr") in str(error)
    assert "'fr'" in str(error)


def test_unsupported_language(fresh_rules: None) -> None:
    with pytest.raises(RulesError) as info:
        load_rules("fr")
    assert "unsupported language 'fr'" in str(info.value)
    assert "de" in str(info.value) and "en" in str(info.value)


def test_claimcheck_rules_points_at_a_copy(
    rules_copy: RulesCopy, fresh_rules: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = rules_copy("de", "furniture.toml", edit=_replace_key("dateline", "'(broken'"))
    monkeypatch.setenv("CLAIMCHECK_RULES", str(directory))
    assert rules_directory() == directory
    with pytest.raises(RulesError) as info:
        load_rules("de")
    assert str(directory / "de" / "furniture.toml") in str(info.value)
    # English in the same copy is fine
    assert load_rules("en").directory == str(directory / "en")


def test_an_extended_word_list_takes_effect(
    rules_copy: RulesCopy, fresh_rules: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A linguist adds an abbreviation to the copy: the splitter follows without code."""
    text = "Der Bericht kam vom Rathausamt. Brg. Meier sprach zuerst. Dann folgte die Debatte."
    before = claimcheck.analyze_text(text, language="de")
    assert "Brg." in [s.text for s in before.sentences]

    def add(source: str) -> str:
        return source.replace("abbreviations = [", 'abbreviations = [\n  "brg",', 1)

    monkeypatch.setenv("CLAIMCHECK_RULES", str(rules_copy("de", "sentences.toml", edit=add)))
    claimcheck._rules.load_rules.cache_clear()
    after = claimcheck.analyze_text(text, language="de")
    assert [s.text for s in after.sentences] == [
        "Der Bericht kam vom Rathausamt.",
        "Brg. Meier sprach zuerst.",
        "Dann folgte die Debatte.",
    ]


def test_a_wrong_noun_list_of_event_objects_names_its_key(rules_copy: RulesCopy) -> None:
    directory = rules_copy(
        "de",
        "attribution.toml",
        edit=lambda text: text.replace("[event_objects]\n", "[event_objects]\nwarnen = 3\n", 1),
    )
    error = _rules_error(directory)
    assert str(directory / "de" / "attribution.toml") in str(error)
    assert error.key is not None and error.key.startswith("event_objects.warnen")


def test_a_wrong_preposition_list_of_governed_prepositions_names_its_key(
    rules_copy: RulesCopy,
) -> None:
    directory = rules_copy(
        "de",
        "attribution.toml",
        edit=lambda text: text.replace(
            "[governed_prepositions]\n", "[governed_prepositions]\nsagen = 3\n", 1
        ),
    )
    error = _rules_error(directory)
    assert str(directory / "de" / "attribution.toml") in str(error)
    assert error.key is not None and error.key.startswith("governed_prepositions.sagen")
