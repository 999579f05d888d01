"""Sources: who a speaker or an outlet is, and finding the same one across articles.

Every speaker the engine names and every outlet becomes a source. The same person
is one source however the articles spell them: names are compared by a folded key
(no case, no accents, German and English transliterations made equal: "Peskow" and
"Peskov", "Dmitri" and "Dmitry"), a surname alone ("Peskow") joins the one person
of that surname, and a full name joins a person of the same surname whose first
name agrees ("D." / "Dmitri", "Dmitri" / "Dmitrij"). Every other spelling is kept as
an alias. What this misses, `claimcheck sources merge A B` joins by hand.

Nothing here touches the database: `SourceIndex` is built from rows the store reads,
and tells the store which sources to create or change.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import cast
from urllib.parse import urlsplit

from ._types import SourceKind

# German to English transliteration and spelling variants, applied to folded text.
_FOLDS: tuple[tuple[str, str], ...] = (
    ("tsch", "ch"),
    ("sch", "sh"),
    ("ae", "a"),
    ("oe", "o"),
    ("ue", "u"),
    ("ph", "f"),
    ("ck", "k"),
    ("w", "v"),
    ("y", "i"),
    ("ij", "i"),
    ("ii", "i"),
)

_TITLES = {
    "dr",
    "prof",
    "herr",
    "frau",
    "mr",
    "mrs",
    "ms",
    "sir",
    "dame",
    "dipl",
    "ing",
    "mayor",
    "minister",
    "ministerin",
    "president",
    "präsident",
    "präsidentin",
    "senator",
    "governor",
    "chancellor",
    "kanzler",
    "kanzlerin",
    "sprecher",
    "sprecherin",
    "spokesman",
    "spokeswoman",
    "bürgermeister",
    "bürgermeisterin",
    "chef",
    "chefin",
    "ceo",
    "chief",
    "executive",
    "director",
    "direktor",
    "direktorin",
}
_PARTICLES = {
    "von",
    "van",
    "de",
    "der",
    "den",
    "zu",
    "di",
    "da",
    "del",
    "la",
    "le",
    "bin",
    "al",
    "ibn",
    "du",
    "dos",
    "das",
    "vom",
    "zum",
    "ter",
    "ten",
}
_DETERMINERS = {"der", "die", "das", "den", "dem", "des", "the"}
_INDEFINITE = {
    "ein",
    "eine",
    "einer",
    "eines",
    "einem",
    "einen",
    "a",
    "an",
    "some",
    "einige",
    "mehrere",
    "viele",
    "vielen",
    "manche",
    "several",
    "many",
}
_PRONOUNS = {
    "er",
    "sie",
    "es",
    "ihm",
    "ihr",
    "ihn",
    "wir",
    "ich",
    "man",
    "du",
    "ihnen",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "him",
    "her",
    "them",
}

# words that make a speaker an organisation rather than a person
_ORGANISATION = re.compile(
    r"(ministeri|regierung|ministry|government|agentur|agency|behörde|amt\b|ämter|"
    r"institut|verband|verein|partei|party\b|gericht|court|polizei|police|kreml|kremlin|"
    r"universit|hochschule|college|gmbh|\bag\b|\binc\b|\bltd\b|\bcorp|company|konzern|"
    r"gruppe|group\b|union\b|bank\b|council|\brat\b|office\b|department|kommission|"
    r"commission|committee|ausschuss|senat|parlament|parliament|bundestag|congress|"
    r"armee|army|militär|military|staatsanwaltschaft|prosecutor|stiftung|foundation|"
    r"zentrale|centre|center|organi[sz]ation|gewerkschaft|bündnis|alliance|"
    r"feuerwehr|stadtwerke|verwaltung|administration|white house|weißes haus|"
    r"pentagon|nato|\buno?\b|\beu\b|who\b|statistik|bureau|büro|sender|network|"
    r"zeitung|newspaper|agentur|press\b|presse)",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """A name reduced to the key that spelling variants share.

    >>> fold("Dmitri Peskow") == fold("Dmitry Peskov")
    True
    """
    text = unicodedata.normalize("NFKD", name.replace("ß", "ss"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[\W_]+", " ", text)
    for old, new in _FOLDS:
        text = text.replace(old, new)
    return " ".join(text.split())


# the word lists above, folded as the names they are compared with
_TITLES = {fold(w) for w in _TITLES}
_PARTICLES = {fold(w) for w in _PARTICLES}
_DETERMINERS = {fold(w) for w in _DETERMINERS}
_INDEFINITE = {fold(w) for w in _INDEFINITE}
_PRONOUNS = {fold(w) for w in _PRONOUNS}


def _tokens(name: str) -> list[str]:
    return [t for t in fold(name).split() if t not in _TITLES]


def _clean_display(name: str) -> str:
    return " ".join(name.strip(" \t\n,.;:–—-\"'„“”«»‚‘’").split())


def _person_name(name: str, role: str | None) -> str:
    """The name in a mention that may carry a role, a title or an apposition:
    "Dr. Alan Prewitt, the director" -> "Alan Prewitt", "Angaben von Kämmerer Thorsten
    Albing" (with role "Kämmerer") -> "Thorsten Albing"."""
    words = name.split()
    role_words = {fold(w) for w in (role or "").split()}
    # keep what follows the last lower-case word that is not a name particle
    for i in range(len(words) - 1, -1, -1):
        if words[i][:1].islower() and fold(words[i]) not in _PARTICLES:
            words = words[i + 1 :]
            break
    words = words[-4:]
    while len(words) > 1 and (
        fold(words[0]) in _TITLES
        or fold(words[0]) in role_words
        or words[0][:1].islower()
        or words[0].endswith(".")
        and len(words[0]) > 2
    ):
        words = words[1:]
    return " ".join(words)


@functools.lru_cache(maxsize=65536)
def classify_speaker(
    text: str | None, resolved: str | None, *, role: str | None = None, vague: bool = False
) -> tuple[SourceKind, str] | None:
    """The kind and display name of the source a speaker mention stands for, or None
    when it names nobody in particular (a pronoun nobody was found for, "experts",
    "ein Sprecher", a vague source)."""
    if vague:
        return None
    name = _clean_display((resolved or text or "").split(",")[0])
    if not name:
        return None
    words = name.split()
    first = fold(words[0])
    if first in _INDEFINITE:
        return None
    if not resolved and first in _PRONOUNS and len(words) == 1:
        return None
    definite = first in _DETERMINERS
    if definite:
        words = words[1:]
        if not words:
            return None
        name = " ".join(words)
    if not any(ch.isupper() for ch in name):
        return None
    letters = re.sub(r"[^A-Za-zÀ-ÿ]", "", name)
    if _ORGANISATION.search(name) or (letters.isupper() and len(letters) >= 2):
        return "organisation", name
    if definite and not resolved:
        # "der Sprecher", "die Experten": a role, not a name
        return None
    name = _person_name(name, role)
    tokens = _tokens(name)
    if not tokens or not any(w[:1].isupper() for w in name.split()):
        return None
    return "person", name


def domain_of(url: str | None) -> str | None:
    """The host of a URL without "www.", lower case: "https://www.Spiegel.de/x" ->
    "spiegel.de". Also accepts a bare domain."""
    if not url:
        return None
    text = url.strip()
    if "://" not in text:
        text = "//" + text
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def outlet_identity(outlet: str | None, url: str | None) -> tuple[str, str | None] | None:
    """(display name, domain) of the outlet that published an article, if known."""
    domain = domain_of(url)
    name = _clean_display(outlet or "") or domain
    if not name:
        return None
    return name, domain


def _edit_distance_at_most_one(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :] or (len(a) == len(b) and a[i + 1 :] == b[i + 1 :])


def _first_names_agree(first: str, known: Iterable[str]) -> bool:
    for other in known:
        if first == other:
            return True
        if (len(first) == 1 and other.startswith(first)) or (
            len(other) == 1 and first.startswith(other)
        ):
            return True
        if min(len(first), len(other)) >= 4 and (
            first.startswith(other)
            or other.startswith(first)
            or _edit_distance_at_most_one(first, other)
        ):
            return True
    return False


def new_source_id(kind: SourceKind, key: str, taken: set[str]) -> str:
    """A stable id for a new source: the same kind and name give the same id in every
    database (so that merges line up), with a suffix in the rare case of a clash."""
    prefix = {"person": "per", "organisation": "org", "outlet": "out"}[kind]
    digest = hashlib.sha256(f"{kind}:{key}".encode()).hexdigest()
    candidate = f"{prefix}-{digest[:10]}"
    n = 2
    while candidate in taken:
        candidate = f"{prefix}-{digest[:10]}-{n}"
        n += 1
    return candidate


@dataclass(slots=True)
class SourceRecord:
    """A source as the index knows it (and as the store writes it back)."""

    source_id: str
    kind: SourceKind
    name: str
    role: str | None
    aliases: list[str]
    domain: str | None
    merged_into: str | None = None
    new: bool = False
    changed: bool = False


@dataclass(slots=True)
class SourceIndex:
    """Finds, and where needed creates, the source for a name. Build it with the rows of
    the `sources` table, call `resolve` for each name, then write `new_records()` and
    `changed_records()`."""

    records: dict[str, SourceRecord] = field(default_factory=dict)
    _by_key: dict[tuple[str, str], str] = field(default_factory=dict)
    _by_surname: dict[str, set[str]] = field(default_factory=dict)
    _first_names: dict[str, set[str]] = field(default_factory=dict)
    _by_domain: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_rows(
        cls,
        rows: Iterable[tuple[str, str, str, str | None, list[str] | None, str | None, str | None]],
    ) -> SourceIndex:
        """rows: (source_id, kind, name, role, aliases, domain, merged_into)."""
        index = cls()
        pending = []
        for source_id, kind, name, role, aliases, domain, merged_into in rows:
            record = SourceRecord(
                source_id,
                cast(SourceKind, kind),
                name,
                role,
                list(aliases or []),
                domain,
                merged_into,
            )
            index.records[source_id] = record
            pending.append(record)
        for record in pending:
            if record.merged_into is None:
                index._learn(record)
        for record in pending:
            if record.merged_into is not None:
                # a merged-away source's spellings still lead to its successor, whether
                # they are found again as its own kind or as the successor's
                index._learn(record)
                target = index.canonical(record.source_id)
                for spelling in (record.name, *record.aliases):
                    index._learn_name(index.records[target], spelling)
        return index

    def canonical(self, source_id: str) -> str:
        seen = set()
        while True:
            record = self.records.get(source_id)
            if record is None or record.merged_into is None or source_id in seen:
                return source_id
            seen.add(source_id)
            source_id = record.merged_into

    def _learn_name(self, record: SourceRecord, name: str) -> None:
        key = fold(name)
        if not key:
            return
        self._by_key.setdefault((record.kind, key), record.source_id)
        if record.kind == "person":
            tokens = _tokens(name)
            if tokens:
                self._by_surname.setdefault(tokens[-1], set()).add(record.source_id)
                if len(tokens) > 1:
                    self._first_names.setdefault(record.source_id, set()).update(tokens[:-1])

    def _learn(self, record: SourceRecord) -> None:
        for name in (record.name, *record.aliases):
            self._learn_name(record, name)
        if record.domain:
            self._by_domain.setdefault(record.domain, record.source_id)

    def _match_person(self, name: str) -> str | None:
        tokens = _tokens(name)
        if not tokens:
            return None
        candidates = {self.canonical(i) for i in self._by_surname.get(tokens[-1], ())}
        candidates = {c for c in candidates if self.records[c].kind == "person"}
        if len(tokens) == 1:
            return next(iter(candidates)) if len(candidates) == 1 else None
        agreeing = [
            c
            for c in sorted(candidates)
            if not self._first_names.get(c)
            or any(_first_names_agree(t, self._first_names[c]) for t in tokens[:-1])
        ]
        with_first = [c for c in agreeing if self._first_names.get(c)]
        if len(with_first) == 1:
            return with_first[0]
        if not with_first and len(agreeing) == 1:
            return agreeing[0]
        return None

    def find(self, kind: SourceKind, name: str, domain: str | None = None) -> str | None:
        """The (canonical) id of an existing source for this name, or None."""
        if kind == "outlet" and domain and domain in self._by_domain:
            return self.canonical(self._by_domain[domain])
        key = fold(name)
        found = self._by_key.get((kind, key))
        if found is not None:
            found = self.canonical(found)
            if kind == "outlet" and domain and self.records[found].domain not in (None, domain):
                return None  # the same name on two domains: two outlets
            return found
        if kind == "person":
            return self._match_person(name)
        return None

    def resolve(
        self, kind: SourceKind, name: str, *, role: str | None = None, domain: str | None = None
    ) -> str:
        """The id of the source for this name, creating one if none matches; a new
        spelling becomes an alias, a fuller name replaces a surname-only one."""
        found = self.find(kind, name, domain)
        if found is None:
            record = SourceRecord(
                new_source_id(kind, fold(name) or name, set(self.records)),
                kind,
                name,
                role,
                [],
                domain,
                new=True,
            )
            self.records[record.source_id] = record
            self._learn(record)
            return record.source_id
        record = self.records[found]
        known = {record.name, *record.aliases}
        if name not in known:
            if kind == "person" and len(_tokens(name)) > len(_tokens(record.name)):
                record.aliases.append(record.name)
                record.name = name
            else:
                record.aliases.append(name)
            record.changed = True
            self._learn_name(record, name)
        if role and not record.role:
            record.role = role
            record.changed = True
        if domain and not record.domain:
            record.domain = domain
            self._by_domain.setdefault(domain, record.source_id)
            record.changed = True
        return found

    def merge(self, source_id: str, into: str) -> None:
        """Record that `source_id` is the same as `into` (both must exist)."""
        source = self.records[self.canonical(source_id)]
        target = self.records[self.canonical(into)]
        if source.source_id == target.source_id:
            return
        for spelling in (source.name, *source.aliases):
            if spelling not in target.aliases and spelling != target.name:
                target.aliases.append(spelling)
        target.role = target.role or source.role
        target.domain = target.domain or source.domain
        target.changed = True
        source.merged_into = target.source_id
        source.changed = True
        for record in self.records.values():
            if record.merged_into == source.source_id:
                record.merged_into = target.source_id
                record.changed = True
        self._learn(target)

    def new_records(self) -> list[SourceRecord]:
        return [r for r in self.records.values() if r.new]

    def changed_records(self) -> list[SourceRecord]:
        return [r for r in self.records.values() if r.changed and not r.new]
