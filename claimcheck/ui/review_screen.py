"""ReviewScreen: one article's claims, the text around them, and the keys to judge them.

Layout (80x24 and up): the claim list and the article text side by side, the claim's
details and its source below them, a status line and the footer.

Every action changes what is shown at once (the claim is marked "saving") and hands
a job to the app's writer thread; when the store has it, the writer's message marks
it saved. Reading the article happens in a worker thread too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Input, Static

from ..store import INDEPENDENCE, SourceInfo, StoreError
from ._data import Outcome, effective_source, load_review, review_sources, sources
from ._state import (
    ClaimFilter,
    ClaimState,
    ReviewData,
    Scope,
    UndoEntry,
    blank_annotation,
    with_changes,
)
from ._text import join_nonempty, one_line
from .article_view import ArticleView, Marks
from .attribution_picker import AttributionPicker
from .claim_detail import ClaimDetail
from .claim_filter import ClaimFilterScreen
from .claim_list import ClaimList
from .key_bar import KeyBar, item
from .messages import LoadFailed, ReviewLoaded, SourcesLoaded
from .note_editor import NoteEditor
from .row_list import RowList
from .source_panel import SourcePanel
from .speaker_picker import SpeakerPicker
from .status_line import StatusLine

if TYPE_CHECKING:
    from .._model import Span
    from .app import ReviewApp

MOVE = Binding.Group("claim", compact=True)
VERDICT = Binding.Group("verdict", compact=True)
RATE = Binding.Group("credibility", compact=True)

VERDICT_KEYS = (
    ("s", "supported"),
    ("r", "refuted"),
    ("m", "misleading"),
    ("v", "unverifiable"),
    ("x", "not a claim"),
)


KEYS = [
    item("help", ("?", "help")),
    item("move", ("j", "move(1)"), ("k", "move(-1)"), drop=3),
    item("unreviewed", ("n", "next_unreviewed(1)"), drop=1),
    item("verdict", *((key, f"verdict('{verdict}')") for key, verdict in VERDICT_KEYS)),
    item("rate", *((str(n), f"rate({n})") for n in range(1, 6))),
    item("note", ("e", "note"), drop=2),
    item("undo", ("u", "undo")),
    item("back", ("q", "back"), drop=1),
]


# actions bound with priority that open a text field; a key typed into a field is text
_OPEN_A_FIELD = frozenset({"note", "speaker", "search"})


class ReviewScreen(Screen[None]):
    """Review the claims of one article."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark,f1", "help", "help", tooltip="Show every key"),
        Binding("j,down", "move(1)", "", group=MOVE, key_display="j", tooltip="Next claim"),
        Binding("k,up", "move(-1)", "", group=MOVE, key_display="k", tooltip="Previous claim"),
        Binding("n", "next_unreviewed(1)", "unreviewed", tooltip="Next unreviewed claim"),
        Binding(
            "N",
            "next_unreviewed(-1)",
            "",
            show=False,
            tooltip="Previous unreviewed claim",
        ),
        *(
            Binding(
                key,
                f"verdict('{verdict}')",
                verdict,
                group=VERDICT,
                tooltip=f"Verdict: {verdict}",
            )
            for key, verdict in VERDICT_KEYS
        ),
        Binding("backspace,delete", "verdict('')", "", show=False, tooltip="Clear the verdict"),
        *(
            Binding(
                str(n),
                f"rate({n})",
                str(n),
                group=RATE,
                tooltip="Credibility of the claim's source: 1 (low) to 5 (high)",
            )
            for n in range(1, 6)
        ),
        Binding("0", "rate(0)", "", show=False, tooltip="Credibility: clear it (unrated)"),
        Binding(
            "c",
            "toggle_scope",
            "",
            show=False,
            tooltip="1–5 rate: the source everywhere ⇄ this claim only",
        ),
        Binding(
            "i",
            "independence",
            "",
            show=False,
            tooltip="Independence of the source: next value (unknown, independent, interested)",
        ),
        # priority: handled as the key arrives, so that what is typed right after it
        # goes into the field it opens (see check_action)
        Binding("e", "note", "note", priority=True, tooltip="Write or edit the note on the claim"),
        Binding("a", "attribution", "", show=False, tooltip="Correct the attribution type"),
        Binding(
            "w",
            "speaker",
            "",
            show=False,
            priority=True,
            tooltip="Correct the speaker (who said it)",
        ),
        Binding("u,ctrl+z", "undo", "undo", tooltip="Undo the last change (again: the one before)"),
        Binding(
            "f",
            "filter",
            "",
            show=False,
            tooltip="Filters: unattributed, unreviewed, kind, speaker, words",
        ),
        Binding("slash", "search", "", show=False, priority=True, tooltip="Search the claims"),
        Binding(
            "U",
            "toggle_filter('unattributed_only')",
            "",
            show=False,
            tooltip="Filter: unattributed only",
        ),
        Binding(
            "R",
            "toggle_filter('unreviewed_only')",
            "",
            show=False,
            tooltip="Filter: unreviewed only",
        ),
        Binding("left_square_bracket", "article(-1)", "", show=False, tooltip="Previous article"),
        Binding("right_square_bracket", "article(1)", "", show=False, tooltip="Next article"),
        Binding(
            "pagedown",
            "scroll_text(1)",
            "",
            show=False,
            priority=True,
            tooltip="Scroll the article text down",
        ),
        Binding(
            "pageup",
            "scroll_text(-1)",
            "",
            show=False,
            priority=True,
            tooltip="Scroll the article text up",
        ),
        Binding(
            "escape", "escape", "", show=False, tooltip="Clear the search and filters, else back"
        ),
        Binding("q", "back", "back", tooltip="Back to the article list"),
    ]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in _OPEN_A_FIELD and isinstance(self.focused, Input):
            return False  # the key is typed into the search field
        return True

    def __init__(self, article: str) -> None:
        super().__init__()
        self.article_ref = article
        self.data: ReviewData | None = None
        self.claim_filter = ClaimFilter()
        self.shown: list[ClaimState] = []
        self.current: ClaimState | None = None
        self.scope: Scope = "source"
        self.sources_loading = False

    @property
    def review_app(self) -> ReviewApp:
        return cast("ReviewApp", self.app)

    # --- layout --------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(id="review-title", classes="title-bar")
        with Horizontal(id="review-top"):
            with Vertical(id="claims-pane"):
                yield Input(placeholder="search the claims", id="claim-search")
                yield ClaimList(id="claims")
            yield ArticleView(id="article")
        with Horizontal(id="review-bottom"):
            with VerticalScroll(id="detail-pane", can_focus=False):
                yield ClaimDetail(id="detail")
            yield SourcePanel(id="source")
        yield StatusLine(id="review-status")
        yield KeyBar(KEYS, id="review-keys")

    def on_mount(self) -> None:
        self.query_one("#claim-search", Input).display = False
        self.query_one("#claims-pane").border_title = "Claims"
        self.query_one(ArticleView).border_title = "Article"
        self.query_one("#detail-pane").border_title = "Claim"
        self.query_one(SourcePanel).border_title = "Source"
        self.query_one(ClaimList).focus()
        self._title(Text("loading…"))
        self.load(self.article_ref)

    # --- loading -------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="review")
    def load(self, article: str) -> None:
        store = self.review_app.store
        try:
            data = load_review(store, article)
        except StoreError as exc:
            self.post_message(LoadFailed(article, str(exc)))
            return
        self.post_message(ReviewLoaded(data))
        try:
            found = review_sources(store, data)
        except StoreError:
            return  # the panel says "loading"; the claims can be reviewed anyway
        self.post_message(SourcesLoaded(found))

    @work(thread=True, group="sources")
    def load_sources(self, ids: list[str]) -> None:
        try:
            found = sources(self.review_app.store, ids)
        except StoreError:
            return
        self.post_message(SourcesLoaded(found))

    def on_review_loaded(self, message: ReviewLoaded) -> None:
        keep = self.current.sentence_id if self.current else None
        same_article = self.data is not None and self.data.article == message.data.article
        self.data = message.data
        self.article_ref = message.data.article.article_id
        self.sources_loading = True
        text = self.query_one(ArticleView)
        if not same_article:
            keep = None
            self.query_one(ClaimDetail).reset()
            self.claim_filter = ClaimFilter()
            self.query_one("#claim-search", Input).display = False
        text.set_article(
            message.data.text, [(c.sentence.start, c.sentence.end) for c in self.data.claims]
        )
        self._refilter(keep=keep, strict=True)
        chosen = next((c for c in self.shown if c.sentence_id == keep), None)
        if chosen is None:
            chosen = next((c for c in self.shown if not c.reviewed), None)
        self.select(chosen or (self.shown[0] if self.shown else None))
        self._show_title()
        self.review_app.current_article = self.data.article.article_id

    def on_sources_loaded(self, message: SourcesLoaded) -> None:
        if self.data is None:
            return
        pending = self.review_app.sources_saving
        for source_id, info in message.sources.items():
            if not pending.get(source_id):
                self.data.sources[source_id] = info
        self.sources_loading = False
        self._show_source()

    def on_load_failed(self, message: LoadFailed) -> None:
        self.notify(
            message.message, title="Could not open the article", severity="error", markup=False
        )
        if self.data is None:
            self._title(Text(f"could not open {one_line(message.what)}: {message.message}"))

    # --- showing -------------------------------------------------------------------------

    def _title(self, text: Text) -> None:
        self.query_one("#review-title", Static).update(text, layout=False)

    def _show_title(self) -> None:
        if self.data is None:
            return
        a = self.data.article
        title = Text(" ")
        name = a.title or a.input.rstrip("/").rsplit("/", 1)[-1]
        title.append(one_line(name), "bold")
        meta = join_nonempty([one_line(a.outlet), (a.published or "")[:10], a.language])
        if meta:
            title.append(f"  {meta}", "dim")
        self._title(title)

    def select(self, claim: ClaimState | None, *, scroll: bool = True) -> None:
        """Make `claim` the current one: the list, the text, the panels follow."""
        self.current = claim
        claims = self.query_one(ClaimList)
        if claim is not None and claim in self.shown:
            claims.move_to(self.shown.index(claim))
        view = self.query_one(ArticleView)
        if claim is None:
            view.mark(Marks(), scroll=False)
        else:
            s = claim.sentence
            view.mark(
                Marks(
                    claim=(s.start, s.end),
                    content=_span(s.content_start, s.content_end),
                    speaker=_span(s.speaker_start, s.speaker_end),
                    cues=_spans(s.cue_parts or ((s.cue_start, s.cue_end),)),
                    acts=_spans(s.act.parts or (s.act,)) if s.act is not None else (),
                ),
                scroll=scroll,
            )
        self.query_one(ClaimDetail).show(claim)
        self._show_source()
        self._show_status()

    def _show_source(self) -> None:
        claim = self.current
        data = self.data
        source: SourceInfo | None = None
        if claim is not None and data is not None and claim.source_id:
            source = data.sources.get(claim.source_id)
        self.query_one(SourcePanel).show(claim, source, self.scope, loading=self.sources_loading)

    def _show_status(self) -> None:
        data = self.data
        if data is None:
            return
        total = len(data.claims)
        if self.current is not None and self.current in self.shown:
            where = f"claim {self.shown.index(self.current) + 1} of {len(self.shown)}"
        else:
            where = f"{len(self.shown)} claims"
        if self.claim_filter.active:
            where += f" (of {total}; filter: {self.claim_filter.describe()})"
        self.query_one(StatusLine).set_info(Text(where))
        pane = self.query_one("#claims-pane")
        title = f"Claims {data.n_reviewed}/{total}"
        subtitle = "filtered" if self.claim_filter.active else None
        if (pane.border_title, pane.border_subtitle) != (title, subtitle):
            pane.border_title, pane.border_subtitle = title, subtitle

    def _refresh_claim(self, claim: ClaimState) -> None:
        """Redraw what shows `claim` after it changed."""
        if claim in self.shown:
            self.query_one(ClaimList).refresh_row(self.shown.index(claim))
        if claim is self.current:
            self.query_one(ClaimDetail).show(claim)
            self._show_source()
        self._show_status()

    def _refilter(self, *, keep: str | None = None, strict: bool = False) -> None:
        """Apply the filter; the claim `keep` stays listed (unless `strict`) so that a
        claim does not vanish under the cursor the moment it is reviewed."""
        if self.data is None:
            return
        self.shown = [
            c
            for c in self.data.claims
            if self.claim_filter.matches(c) or (not strict and c.sentence_id == keep)
        ]
        cursor = None
        if self.current is not None and self.current in self.shown:
            cursor = self.shown.index(self.current)
        self.query_one(ClaimList).show(self.shown, cursor)
        self._show_status()

    # --- moving --------------------------------------------------------------------------

    def _go(self, claim: ClaimState | None) -> None:
        if claim is None:
            return
        if self.claim_filter.active and self.data is not None:
            # the claim just left may no longer match (reviewed, say): drop it now
            matching = self.claim_filter.matches
            self.shown = [c for c in self.data.claims if matching(c) or c is claim]
            self.query_one(ClaimList).show(self.shown, self.shown.index(claim))
        self.select(claim)

    def action_move(self, delta: int) -> None:
        if not self.shown:
            return
        if self.current is None or self.current not in self.shown:
            self._go(self.shown[0])
            return
        index = self.shown.index(self.current) + delta
        if 0 <= index < len(self.shown):
            self._go(self.shown[index])

    def action_next_unreviewed(self, direction: int) -> None:
        if not self.shown:
            return
        start = self.shown.index(self.current) if self.current in self.shown else -1
        n = len(self.shown)
        for step in range(1, n + 1):
            claim = self.shown[(start + direction * step) % n]
            if not claim.reviewed and claim is not self.current:
                self._go(claim)
                return
        if self.current is not None and not self.current.reviewed:
            return
        self.notify("Every claim shown here has a verdict. ] opens the next article.", markup=False)

    @on(RowList.Highlighted, "#claims")
    def _list_moved(self, event: RowList.Highlighted) -> None:
        if 0 <= event.index < len(self.shown) and self.shown[event.index] is not self.current:
            self.select(self.shown[event.index])

    @on(ArticleView.ClaimClicked)
    def _text_clicked(self, event: ArticleView.ClaimClicked) -> None:
        if self.data is None:
            return
        for claim in self.data.claims:
            if claim.sentence.start <= event.offset < claim.sentence.end:
                if claim in self.shown:
                    self.select(claim, scroll=False)
                else:
                    self.notify("That claim is hidden by the filter (esc clears it).", markup=False)
                return

    def action_scroll_text(self, direction: int) -> None:
        view = self.query_one(ArticleView)
        step = max(1, view.scrollable_content_region.height - 1)
        view.scroll_to(y=view.scroll_offset.y + direction * step, animate=False)

    def action_article(self, delta: int) -> None:
        order = self.review_app.article_order
        if not order or self.data is None:
            self.notify("No other article in the list.", markup=False)
            return
        here = self.data.article.article_id
        index = order.index(here) if here in order else -1
        target = index + delta
        if not 0 <= target < len(order):
            self.notify(
                "This is the " + ("last" if delta > 0 else "first") + " article of the list.",
                markup=False,
            )
            return
        self.current = None
        self.load(order[target])

    # --- annotating ----------------------------------------------------------------------

    def _claim_or_bell(self) -> ClaimState | None:
        if self.current is None:
            self.app.bell()
        return self.current

    def _annotate(self, claim: ClaimState, changes: dict[str, object], label: str) -> None:
        app = self.review_app
        before = claim.annotation
        base = before or blank_annotation(claim, app.reviewer)
        claim.annotation = with_changes(replace(base, pending=False), changes)
        claim.saving += 1
        app.push_undo(
            UndoEntry(
                "annotation",
                label,
                article_id=claim.sentence.article_id,
                sentence_id=claim.sentence_id,
                before=before,
            )
        )
        app.save_job(
            "annotate",
            label,
            sentence_id=claim.sentence_id,
            article_id=claim.sentence.article_id,
            changes=changes,
        )
        if "corrected_speaker" in changes or "corrected_attribution" in changes:
            self._resolve_source(claim)
        self._refresh_claim(claim)

    def _resolve_source(self, claim: ClaimState) -> None:
        data = self.data
        if data is None:
            return
        claim.source_id = effective_source(claim, data.article.outlet_source_id, data.named)
        if claim.source_id and claim.source_id not in data.sources:
            self.load_sources([claim.source_id])

    def action_verdict(self, verdict: str) -> None:
        claim = self._claim_or_bell()
        if claim is None:
            return
        label = f"verdict {verdict}" if verdict else "verdict cleared"
        self._annotate(claim, {"verdict": verdict or None}, label)

    def action_rate(self, value: int) -> None:
        claim = self._claim_or_bell()
        if claim is None or self.data is None:
            return
        credibility = value or None
        if self.scope == "claim" or not claim.source_id:
            if self.scope == "source":
                self.notify(
                    "This claim has no source in the store to rate everywhere, so the "
                    "rating is for this claim only.",
                    markup=False,
                )
            label = f"credibility {value} for this claim" if value else "credibility cleared"
            self._annotate(claim, {"source_credibility": credibility}, label)
            return
        info = self.data.sources.get(claim.source_id)
        if info is None:
            self.notify("The source is still loading; try again in a moment.", markup=False)
            return
        self._rate(info, credibility=credibility, independence=info.independence)

    def action_independence(self) -> None:
        claim = self._claim_or_bell()
        if claim is None or self.data is None:
            return
        info = self.data.sources.get(claim.source_id or "")
        if info is None:
            self.notify("This claim has no source in the store to describe.", markup=False)
            return
        order = ("unknown", "independent", "interested party")
        following = order[(order.index(info.independence) + 1) % len(order)]
        assert following in INDEPENDENCE
        self._rate(info, credibility=info.credibility, independence=following)

    def _rate(self, info: SourceInfo, *, credibility: int | None, independence: str) -> None:
        app = self.review_app
        assert self.data is not None
        label = f"{one_line(info.name)}: credibility {credibility or 'unrated'}, {independence}"
        app.push_undo(
            UndoEntry(
                "rating",
                label,
                source_id=info.source_id,
                rating_before=(info.credibility, info.independence, info.note),
            )
        )
        self.data.sources[info.source_id] = replace(
            info,
            credibility=credibility,
            independence=independence,  # type: ignore[arg-type]
            rated_by=app.reviewer,
        )
        app.save_job(
            "rate",
            label,
            source_id=info.source_id,
            changes={"credibility": credibility, "independence": independence, "note": info.note},
        )
        self._show_source()

    def action_toggle_scope(self) -> None:
        self.scope = "claim" if self.scope == "source" else "source"
        self._show_source()

    def action_note(self) -> None:
        claim = self._claim_or_bell()
        if claim is None:
            return

        def done(note: str | None) -> None:
            if note is not None:
                self._annotate(claim, {"note": note or None}, "note")

        self.app.push_screen(NoteEditor(claim.sentence.text, claim.note), done)

    def action_attribution(self) -> None:
        claim = self._claim_or_bell()
        if claim is None:
            return

        def done(kind: str | None) -> None:
            if kind is not None:
                label = f"attribution {kind}" if kind else "attribution correction removed"
                self._annotate(claim, {"corrected_attribution": kind or None}, label)

        self.app.push_screen(
            AttributionPicker(claim.sentence.attribution, claim.corrected_attribution), done
        )

    def action_speaker(self) -> None:
        claim = self._claim_or_bell()
        if claim is None or self.data is None:
            return

        def done(name: str | None) -> None:
            if name is not None and name != (claim.corrected_speaker or ""):
                if name and name == claim.sentence.speaker and not claim.corrected_speaker:
                    return  # the engine's speaker, confirmed: nothing to correct
                label = f"speaker {name}" if name else "speaker correction removed"
                self._annotate(claim, {"corrected_speaker": name or None}, label)

        self.app.push_screen(
            SpeakerPicker(
                self.review_app.store,
                claim.sentence.speaker,
                claim.corrected_speaker,
                self.data.speakers(),
            ),
            done,
        )

    def action_undo(self) -> None:
        app = self.review_app
        entry = app.pop_undo()
        if entry is None:
            self.notify("Nothing to undo.", markup=False, timeout=2)
            return
        if entry.kind == "annotation":
            assert entry.sentence_id is not None
            claim = self.data.claim(entry.sentence_id) if self.data else None
            if claim is not None:
                claim.annotation = entry.before
                claim.saving += 1
                self._resolve_source(claim)
                if claim in self.shown or self.claim_filter.matches(claim):
                    if claim not in self.shown:
                        self._refilter(keep=claim.sentence_id)
                    self.select(claim)
                self._refresh_claim(claim)
            app.save_job(
                "undo",
                f"undo {entry.label}",
                sentence_id=entry.sentence_id,
                article_id=entry.article_id,
            )
        else:
            assert entry.source_id is not None and entry.rating_before is not None
            credibility, independence, note = entry.rating_before
            if self.data is not None and entry.source_id in self.data.sources:
                info = self.data.sources[entry.source_id]
                self.data.sources[entry.source_id] = replace(
                    info,
                    credibility=credibility,
                    independence=independence,  # type: ignore[arg-type]
                    note=note,
                )
            app.save_job(
                "rate",
                f"undo {entry.label}",
                source_id=entry.source_id,
                changes={"credibility": credibility, "independence": independence, "note": note},
            )
            self._show_source()
        self.notify(f"Undone: {entry.label}", markup=False, timeout=2)

    # --- what the writer reports -----------------------------------------------------------

    def apply_saved(self, outcome: Outcome) -> None:
        """The store has a job: show what it holds now."""
        data = self.data
        job = outcome.job
        if data is None:
            return
        if job.kind == "rate":
            source_id = job.source_id or ""
            if outcome.source is not None and not self.review_app.sources_saving.get(source_id):
                data.sources[outcome.source.source_id] = outcome.source
            self._show_source()
            return
        claim = data.claim(job.sentence_id or "")
        if claim is None:
            return
        claim.saving = max(0, claim.saving - 1)
        if outcome.speaker_source is not None or (job.changes or {}).get("corrected_speaker"):
            name = str((job.changes or {}).get("corrected_speaker") or "")
            if name:
                data.named[name.casefold()] = outcome.speaker_source
        if claim.saving == 0 and not outcome.pending:
            claim.annotation = outcome.annotation
        elif claim.saving == 0 and claim.annotation is not None:
            claim.annotation = replace(claim.annotation, pending=True)
        self._resolve_source(claim)
        self._refresh_claim(claim)

    def apply_dropped(self, sentence_id: str | None) -> None:
        """A job could not be saved at all: show the store's state again."""
        if self.data is None or sentence_id is None:
            return
        claim = self.data.claim(sentence_id)
        if claim is not None:
            claim.saving = max(0, claim.saving - 1)
            self.load(self.data.article.article_id)

    # --- filters -------------------------------------------------------------------------

    def set_filter(self, new: ClaimFilter) -> None:
        self.claim_filter = new
        self._refilter(strict=True)
        if self.current not in self.shown:
            self.select(self.shown[0] if self.shown else None)
        else:
            self.select(self.current)
        search = self.query_one("#claim-search", Input)
        if search.value != new.search:
            search.value = new.search
        search.display = bool(new.search) or search.has_focus

    def action_filter(self) -> None:
        if self.data is None:
            return

        def done(new: ClaimFilter | None) -> None:
            if new is not None:
                self.set_filter(new)

        self.app.push_screen(
            ClaimFilterScreen(self.claim_filter, self.data.kinds(), self.data.speakers()), done
        )

    def action_toggle_filter(self, name: str) -> None:
        value = not getattr(self.claim_filter, name)
        if name == "unattributed_only":
            self.set_filter(replace(self.claim_filter, unattributed_only=value))
        else:
            self.set_filter(replace(self.claim_filter, unreviewed_only=value))

    def action_search(self) -> None:
        search = self.query_one("#claim-search", Input)
        search.display = True
        # at once, not on the loop's next turn: keys already typed after "/" go into it
        self.set_focus(search)

    @on(Input.Changed, "#claim-search")
    def _search_changed(self, event: Input.Changed) -> None:
        if event.value.strip() != self.claim_filter.search:
            self.claim_filter = replace(self.claim_filter, search=event.value.strip())
            self._refilter(strict=True)
            if self.current not in self.shown:
                self.select(self.shown[0] if self.shown else None)
            else:
                self._show_status()

    @on(Input.Submitted, "#claim-search")
    def _search_done(self, event: Input.Submitted) -> None:
        event.stop()
        search = self.query_one("#claim-search", Input)
        search.display = bool(search.value.strip())
        self.query_one(ClaimList).focus()

    def action_escape(self) -> None:
        search = self.query_one("#claim-search", Input)
        if search.has_focus:
            search.value = ""
            search.display = False
            self.query_one(ClaimList).focus()
            return
        if self.claim_filter.active:
            self.set_filter(ClaimFilter())
            return
        self.action_back()

    # --- elsewhere -----------------------------------------------------------------------

    def action_back(self) -> None:
        self.review_app.show_articles()

    def action_help(self) -> None:
        self.review_app.show_help(self, "review")


def _span(start: int | None, end: int | None) -> tuple[int, int] | None:
    if start is None or end is None or end <= start:
        return None
    return (start, end)


def _spans(parts: Iterable[Span | tuple[int | None, int | None]]) -> tuple[tuple[int, int], ...]:
    """The (start, end) of each part that spans some text."""
    found = (_span(*p) if isinstance(p, tuple) else _span(p.start, p.end) for p in parts)
    return tuple(span for span in found if span is not None)
