"""Loading and validating the rule files in `rules/<lang>/*.toml`.

Rules are data so that a linguist can extend a word list or a pattern without
reading Python. Every file and key is declared in `SCHEMA` below; a file that is
missing, not TOML, has an unknown key, or a value of the wrong shape (including a
regular expression that does not compile) is refused with a message naming the
file and the key.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

from ._errors import RulesError

ValueKind = Literal["words", "patterns", "pattern", "text", "map", "word_map", "number"]

LANGUAGES: tuple[str, ...] = ("de", "en")

# file stem -> key -> kind. Keys marked optional may be left out of a file.
SCHEMA: dict[str, dict[str, ValueKind]] = {
    "language": {
        "function_words": "words",
    },
    "sentences": {
        "abbreviations": "words",
        "number_abbreviations": "words",
        "ordinal_followers": "words",
        "ordinal_preceders": "words",
        "sentence_starters": "words",
        "attached_fragment": "pattern",
        "ordinal_numeral": "pattern",
    },
    "furniture": {
        "dateline": "pattern",
        "dateline_outlets": "words",
        "furniture_starts": "patterns",
        "furniture_lines": "patterns",
        "byline": "pattern",
    },
    "speech_verbs": {
        "speech": "map",
        "thought": "map",
        "writing": "map",
        "speech_act": "map",
    },
    "attribution": {
        "complementizers": "words",
        "auxiliaries": "words",
        "subjunctive_forms": "words",
        "conditional_forms": "words",
        "reportive_modals": "words",
        "passive_auxiliaries": "words",
        "agent_prepositions": "words",
        "negations": "words",
        "honorifics": "words",
        "bare_clause_verbs": "words",
        "source_prepositions": "words",
        "source_nouns": "words",
        "clause_nouns": "words",
        "relative_pronouns": "words",
        "demonstratives": "words",
        "prepositions": "words",
        "postposed_cues": "words",
        "preposed_prepositions": "words",
        "postposed_prepositions": "words",
        "as_cues": "words",
        "vague_sources": "words",
        "vague_source_patterns": "patterns",
        "impersonal_cues": "words",
        "pronouns": "map",
        "determiner_genders": "map",
        "relative_genders": "map",
        "roles": "words",
        "female_role_endings": "words",
        "name_particles": "words",
        "not_names": "words",
        "title_quote_markers": "words",
        "title_marker_endings": "words",
        "determiners": "words",
        "skippable": "words",
        "clause_breakers": "words",
        "cue_modifiers": "words",
        "adverb_suffixes": "words",
        "first_person": "words",
        "subordinators": "words",
        "adverb_subordinators": "words",
        "naming_verbs": "words",
        "impersonal_subjects": "words",
        "noun_markers": "words",
        "possessives": "words",
        "infinitive_verbs": "words",
        "object_pronouns": "words",
        "not_adverbs": "words",
        "min_quote_words": "number",
        "reflexives": "words",
        "cue_join_gap_words": "number",
        "not_cue_words": "words",
        "infinitive_conjunctions": "words",
        "factive_verbs": "words",
        "open_question_verbs": "words",
        "nominative_relatives": "words",
        "addressee_words": "words",
        "reflexive_fact_verbs": "words",
        "polite_addressee_words": "words",
        "statement_complementizers": "words",
        "event_objects": "word_map",
        "colon_speaker_words": "number",
        "event_speech_acts": "words",
        "predicative_markers": "words",
        "comparatives": "words",
        "not_predicative_after": "words",
        "dating_prepositions": "words",
        "standalone_subjunctive": "number",
        "narrated_act_cue": "number",
        "mood_continues_any_report": "number",
        "not_subjunctive_phrases": "words",
        "report_of_verbs": "words",
        "report_of_prepositions": "words",
        "quoted_passives": "words",
        "source_locatives": "words",
        "clausal_impersonal_cues": "words",
        "object_statement_verbs": "words",
        "object_determiners": "words",
        "aus_source_verbs": "words",
        "source_adverbs": "words",
        "time_prepositions": "words",
        "time_nouns": "words",
        "colon_quote_speaker_words": "number",
        "colon_adverbs": "words",
        "not_source_nouns": "words",
        "nominative_pronouns": "words",
        "impersonal_source_prepositions": "words",
        "genitive_determiners": "words",
        "surname_particles": "words",
        "institution_endings": "words",
        "referring_source_adverbs": "words",
        "idiomatic_cue_phrases": "words",
        "genitive_quantifiers": "words",
        "time_before_nach": "words",
        "time_after_prepositions": "words",
        "demonstrative_pronouns": "words",
        "sein_perfect_verbs": "words",
        "sein_forms": "words",
        "adverbial_endings": "words",
        "adverbial_ending_nouns": "words",
        "words_phrases": "words",
        "direction_adverbs": "words",
        "correlates": "words",
        "colon_manner_adverbs": "words",
        "governed_prepositions": "word_map",
    },
    "claims": {
        "not_claim": "map",
        "not_claim_words": "map",
        "feature_words": "map",
        "feature_patterns": "map",
        "feature_affixes": "map",
        "affix_exceptions": "map",
        "score_weights": "map",
        "threshold": "number",
        "max_words": "map",
        "min_words": "map",
        "hedges": "words",
        "hedge_patterns": "patterns",
        "kind_order": "words",
        "kind_features": "map",
    },
}


@dataclass(frozen=True, eq=False)
class Rules:
    """The validated rules of one language, by file stem and key.

    Compared and hashed by identity, so that compiled helpers can be cached per Rules.
    """

    language: str
    directory: str
    values: Mapping[str, Mapping[str, Any]]

    def words(self, file: str, key: str) -> tuple[str, ...]:
        return tuple(self.values.get(file, {}).get(key, ()))

    def patterns(self, file: str, key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(self.values.get(file, {}).get(key, ()))

    def pattern(self, file: str, key: str) -> re.Pattern[str] | None:
        value = self.values.get(file, {}).get(key)
        return value if isinstance(value, re.Pattern) else None

    def mapping(self, file: str, key: str) -> Mapping[str, tuple[str, ...]]:
        return dict(self.values.get(file, {}).get(key, {}))

    def number(self, file: str, key: str, default: float) -> float:
        value = self.values.get(file, {}).get(key)
        return float(value) if isinstance(value, int | float) else default


def rules_directory() -> Path:
    """Where the rule files are: $CLAIMCHECK_RULES, the wheel's copy, or the checkout's."""
    override = os.environ.get("CLAIMCHECK_RULES")
    if override:
        return Path(override)
    here = Path(__file__).resolve().parent
    for candidate in (here / "rules", here.parent / "rules"):
        if candidate.is_dir():
            return candidate
    raise RulesError(str(here / "rules"), None, "the rules directory is missing from the install")


def _compile(path: str, key: str, source: Any) -> re.Pattern[str]:
    if not isinstance(source, str):
        raise RulesError(path, key, f"expected a regular expression as a string, got {source!r}")
    try:
        return re.compile(source)
    except re.error as exc:
        raise RulesError(path, key, f"invalid regular expression {source!r}: {exc}") from None


def _string_list(path: str, key: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        raise RulesError(path, key, f"expected a list of strings, got {type(value).__name__}")
    for i, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise RulesError(path, f"{key}[{i}]", f"expected a non-empty string, got {item!r}")
    return tuple(value)


def _validate(path: str, key: str, kind: ValueKind, value: Any) -> Any:
    if kind == "words":
        return _string_list(path, key, value)
    if kind == "patterns":
        words = _string_list(path, key, value)
        return tuple(_compile(path, f"{key}[{i}]", w) for i, w in enumerate(words))
    if kind == "pattern":
        return _compile(path, key, value)
    if kind == "text":
        if not isinstance(value, str):
            raise RulesError(path, key, f"expected a string, got {value!r}")
        return value
    if kind == "number":
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise RulesError(path, key, f"expected a number, got {value!r}")
        return value
    if not isinstance(value, dict):
        raise RulesError(path, key, f"expected a table, got {type(value).__name__}")
    if kind == "word_map":  # a table of word lists only
        return {name: _string_list(path, f"{key}.{name}", items) for name, items in value.items()}
    return {
        name: _string_list(path, f"{key}.{name}", items)
        if isinstance(items, list)
        else _validate(path, f"{key}.{name}", "number", items)
        for name, items in value.items()
    }


def load_rules_from(directory: Path, language: str) -> Rules:
    """Read and validate every rule file of `language` below `directory`."""
    folder = directory / language
    if not folder.is_dir():
        raise RulesError(str(folder), None, f"no rules for language '{language}'")
    values: dict[str, dict[str, Any]] = {}
    for file in sorted(folder.glob("*.toml")):
        path = str(file)
        schema = SCHEMA.get(file.stem)
        if schema is None:
            known = ", ".join(f"{name}.toml" for name in SCHEMA)
            raise RulesError(path, None, f"unknown rules file (known: {known})")
        try:
            data = tomllib.loads(file.read_text(encoding="utf-8"))
        except UnicodeDecodeError as exc:
            raise RulesError(path, None, f"not UTF-8: {exc}") from None
        except tomllib.TOMLDecodeError as exc:
            raise RulesError(path, None, f"not valid TOML: {exc}") from None
        checked: dict[str, Any] = {}
        for key, value in data.items():
            kind = schema.get(key)
            if kind is None:
                raise RulesError(path, key, f"unknown key (known: {', '.join(schema)})")
            checked[key] = _validate(path, key, kind, value)
        values[file.stem] = checked
    return Rules(language=language, directory=str(folder), values=values)


@cache
def load_rules(language: str) -> Rules:
    """The rules of `language` from the installed rules directory, loaded once."""
    if language not in LANGUAGES:
        raise RulesError(
            str(rules_directory() / language),
            None,
            f"unsupported language '{language}' (supported: {', '.join(LANGUAGES)})",
        )
    return load_rules_from(rules_directory(), language)
