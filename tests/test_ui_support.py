"""Helpers for the review UI tests: invented articles, a store holding them, and ways
to wait for the app's workers instead of sleeping."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from textual.pilot import Pilot

from claimcheck import Article, Attribution, Sentence, Span, Speaker
from claimcheck.store import Store
from claimcheck.ui.app import ReviewApp
from claimcheck.ui.review_screen import ReviewScreen

REVIEWER = "rita"
HOSTILE_TITLE = "Odd text [b]bold[/b] test"
MARKUP = "[bold red]x[/]"
CLICK = "[@click=app.quit]quit[/]"
ANSI = "\x1b[31mred\x1b[0m"


@dataclass(frozen=True)
class S:
    """One sentence of an invented article, with the tags the engine would give it."""

    text: str
    kind: str = "unattributed"
    speaker: str | None = None  # the mention, as it stands in the sentence
    resolved: str | None = None
    role: str | None = None
    cue: str | None = None
    content: str | None = None  # the words given to the speaker
    claim_kind: str = "event"
    score: float = 0.8
    hedged: bool = False
    vague: bool = False
    claim: bool = True
    explanation: str = "invented for the test"


PARAGRAPH = "¶"


def article(
    name: str,
    title: str,
    outlet: str | None,
    published: str | None,
    language: str,
    parts: Sequence[S | str],
) -> Article:
    """An Article whose offsets all point at the right words. "¶" starts a paragraph."""
    text = f"{title}\n\n"
    sentences: list[Sentence] = []
    paragraph = 0
    for part in parts:
        if part == PARAGRAPH:
            text = text.rstrip(" ") + "\n\n"
            paragraph += 1
            continue
        assert isinstance(part, S)
        start = len(text)
        text += part.text + " "
        end = start + len(part.text)

        def span(words: str | None, part: S = part, start: int = start) -> tuple[int, int] | None:
            if words is None:
                return None
            at = part.text.index(words)
            return (start + at, start + at + len(words))

        attributions = []
        if part.kind != "unattributed":
            sp, cue, content = span(part.speaker), span(part.cue), span(part.content)
            attributions.append(
                Attribution(
                    part.kind,  # type: ignore[arg-type]
                    Speaker(part.speaker or "", *sp, part.resolved, part.role) if sp else None,
                    Span(*cue, part.cue or "") if cue else None,
                    content,
                    vague_source=part.vague,
                )
            )
        sentences.append(
            Sentence(
                index=len(sentences),
                paragraph=paragraph,
                start=start,
                end=end,
                text=part.text,
                claim=part.claim,
                claim_score=part.score,
                claim_kind=part.claim_kind if part.claim else None,  # type: ignore[arg-type]
                hedged=part.hedged,
                attributions=attributions,
                explanation=part.explanation,
                vague=part.vague,
            )
        )
    return Article(
        input=name,
        text=text.rstrip(" ") + "\n",
        language=language,
        title=title,
        outlet=outlet,
        published=published,
        sentences=sentences,
    )


FLOOD_WALL = article(
    "portvale-flood-wall.txt",
    "Portvale approves a flood wall",
    "Coastline Courier",
    "2025-03-04",
    "en",
    [
        S("PORTVALE (Coastline Courier) — The council met on Monday.", claim=False),
        S(
            "The council approved a flood wall costing 40 million euros.",
            claim_kind="quantity",
            score=0.91,
            explanation="a number and a decision, in the article's own voice",
        ),
        S(
            '"The wall will protect 12,000 homes," said Mayor Ilse Brandvold.',
            kind="direct_quote",
            speaker="Mayor Ilse Brandvold",
            resolved="Ilse Brandvold",
            role="Mayor",
            cue="said",
            content="The wall will protect 12,000 homes",
            claim_kind="quantity",
            score=0.88,
            explanation="quotation marks, then the cue 'said' and the speaker",
        ),
        PARAGRAPH,
        S(
            "Costs have doubled since 2021, according to treasurer Omar Lindqvist.",
            kind="reported_speech",
            speaker="treasurer Omar Lindqvist",
            resolved="Omar Lindqvist",
            role="treasurer",
            cue="according to",
            content="Costs have doubled since 2021",
            claim_kind="quantity",
            score=0.84,
            explanation="cue 'according to' after the claim",
        ),
        S(
            "Brandvold said that work would start in May.",
            kind="reported_speech",
            speaker="Brandvold",
            resolved="Ilse Brandvold",
            role="Mayor",
            cue="said",
            content="work would start in May",
            claim_kind="prediction",
            score=0.7,
            explanation="cue 'said that'; earlier mention 'Mayor Ilse Brandvold'",
        ),
        S(
            "Critics say the plan may come too late.",
            kind="reported_speech",
            speaker="Critics",
            cue="say",
            content="the plan may come too late",
            claim_kind="position",
            score=0.55,
            hedged=True,
            vague=True,
            explanation="cue 'say'; 'Critics' is a vague source; hedge 'may'",
        ),
        S("The wall will be the largest in the region.", claim_kind="other", score=0.6),
    ],
)

HARBOUR = article(
    "lindenau-hafen.txt",
    "Lindenau plant einen neuen Hafen",
    "Lindenauer Bote",
    "2025-02-11",
    "de",
    [
        S(
            "Der Hafen soll 2027 fertig sein, sagte Ilse Brandvold.",
            kind="reported_speech",
            speaker="Ilse Brandvold",
            resolved="Ilse Brandvold",
            role="Bürgermeisterin",
            cue="sagte",
            content="Der Hafen soll 2027 fertig sein",
            claim_kind="prediction",
            score=0.77,
        ),
        S("Die Stadt rechnet mit 300 neuen Stellen.", claim_kind="quantity", score=0.8),
    ],
)

HOSTILE = article(
    "odd-text.txt",
    HOSTILE_TITLE,
    "Test Wire",
    "2025-01-20",
    "en",
    [
        S(f"The label read {MARKUP} in the report.", score=0.7),
        S(f"A button said {CLICK} on the site.", score=0.65),
        S(f"The log showed {ANSI} and a bell\x07 here.", score=0.6),
    ],
)


def new_store(tmp_path: Path, articles: Sequence[Article] = (FLOOD_WALL, HARBOUR)) -> Path:
    """A database in tmp_path holding `articles`; returns its path."""
    path = tmp_path / "review.duckdb"
    store = Store.open(path, reviewer=REVIEWER)
    store.add_articles(list(articles))
    return path


def store_at(path: Path) -> Store:
    return Store.open(path, reviewer=REVIEWER, create=False)


def article_id(path: Path, name: str) -> str:
    return store_at(path).get_article(name).article_id


# --- waiting for the app -------------------------------------------------------------------


async def settle(pilot: Pilot[object]) -> None:
    """Wait until the workers are done and their messages handled."""
    app = pilot.app
    for _ in range(3):
        await app.workers.wait_for_complete()
        await pilot.pause()
    if isinstance(app, ReviewApp):
        await app.writer_idle()
        await pilot.pause()


async def until(pilot: Pilot[object], condition: Callable[[], bool], what: str) -> None:
    """Let the app run until `condition` holds (the workers post their results)."""
    for _ in range(500):
        if condition():
            return
        await pilot.app.workers.wait_for_complete()
        await pilot.pause(0.01)
    raise AssertionError(f"timed out waiting for {what}")


async def open_review(pilot: Pilot[object], row: int = 0) -> ReviewScreen:
    """From the article list, open the article in row `row` and wait for its claims."""
    app = pilot.app
    assert isinstance(app, ReviewApp)
    await app.first_screen_ready.wait()
    for _ in range(row):
        await pilot.press("down")
    await pilot.press("enter")
    await until(
        pilot,
        lambda: isinstance(app.screen, ReviewScreen) and app.screen.data is not None,
        "the review screen",
    )
    await settle(pilot)
    screen = app.screen
    assert isinstance(screen, ReviewScreen)
    return screen


def screen_text(app: ReviewApp) -> str:
    """Everything on screen, as plain text (what a reviewer would read)."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())
