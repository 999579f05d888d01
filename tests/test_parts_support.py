"""An invented German article whose cues have several parts and whose narrated speech
acts have no cue but an act, built by hand (not by the engine) so that the store, UI
and report tests see exactly these tags. The sentences are made up for the tests.

- "Wie der Sprecher der Stadt mitteilte, sei …": a cue of two parts, "Wie … mitteilte"
- "Die Gewerkschaft forderte den Rücktritt des Ministers.": a narrated act "forderte"
- "Die Opposition warf dem Minister Versagen vor.": a narrated act of two parts
- "Der Minister hatte am Freitag gesagt, die Sanierung beginne im Mai.": "hatte … gesagt"
"""

from __future__ import annotations

from claimcheck import Article, Attribution, Sentence, Span, Speaker

TITLE = "Brücke in Lindenau gesperrt"
CUE_SENTENCE = "Wie der Sprecher der Stadt mitteilte, sei die Brücke seit Jahren marode."
ACT_SENTENCE = "Die Gewerkschaft forderte den Rücktritt des Ministers."
ACT_PARTS_SENTENCE = "Die Opposition warf dem Minister Versagen vor."
AUX_SENTENCE = "Der Minister hatte am Freitag gesagt, die Sanierung beginne im Mai."
TEXT = f"{TITLE}\n\n{CUE_SENTENCE} {ACT_SENTENCE} {ACT_PARTS_SENTENCE} {AUX_SENTENCE}\n"
INPUT = "lindenau-bruecke.txt"


def span(sentence: str, words: str, *parts: str) -> Span:
    """The span of `words` in `sentence` (as it stands in TEXT); with `parts`, a span of
    several parts whose main part is `words`, found in this order in the sentence."""
    base = TEXT.index(sentence)
    pieces = []
    position = 0
    for part in parts:
        at = sentence.index(part, position)
        position = at + len(part)
        pieces.append(Span(base + at, base + position, part))
    at = base + sentence.index(words)
    return Span(at, at + len(words), words, tuple(pieces))


def _speaker(sentence: str, words: str) -> Speaker:
    at = TEXT.index(sentence) + sentence.index(words)
    return Speaker(words, at, at + len(words))


def _sentence(
    index: int,
    text: str,
    attribution: Attribution,
    explanation: str,
) -> Sentence:
    start = TEXT.index(text)
    return Sentence(
        index=index,
        paragraph=1,
        start=start,
        end=start + len(text),
        text=text,
        claim=True,
        claim_score=0.8,
        claim_kind="position",
        attributions=[attribution],
        explanation=explanation,
    )


def _whole(sentence: str) -> tuple[int, int]:
    start = TEXT.index(sentence)
    return (start, start + len(sentence) - 1)


def narrated_article() -> Article:
    cue_content = TEXT.index("sei die Brücke")
    aux_content = TEXT.index("die Sanierung")
    return Article(
        input=INPUT,
        text=TEXT,
        language="de",
        title=TITLE,
        outlet="Lindenauer Bote",
        sentences=[
            _sentence(
                0,
                CUE_SENTENCE,
                Attribution(
                    "reported_speech",
                    _speaker(CUE_SENTENCE, "Sprecher der Stadt"),
                    span(CUE_SENTENCE, "mitteilte", "Wie", "mitteilte"),
                    (cue_content, cue_content + len("sei die Brücke seit Jahren marode")),
                ),
                "cue 'Wie … mitteilte' before the reported words",
            ),
            _sentence(
                1,
                ACT_SENTENCE,
                Attribution(
                    "reported_speech",
                    _speaker(ACT_SENTENCE, "Die Gewerkschaft"),
                    None,
                    _whole(ACT_SENTENCE),
                    act=span(ACT_SENTENCE, "forderte"),
                ),
                "speech act 'forderte' (fordern), the statement as a whole",
            ),
            _sentence(
                2,
                ACT_PARTS_SENTENCE,
                Attribution(
                    "reported_speech",
                    _speaker(ACT_PARTS_SENTENCE, "Die Opposition"),
                    None,
                    _whole(ACT_PARTS_SENTENCE),
                    act=span(ACT_PARTS_SENTENCE, "warf", "warf", "vor"),
                ),
                "speech act 'warf … vor' (vorwerfen), the statement as a whole",
            ),
            _sentence(
                3,
                AUX_SENTENCE,
                Attribution(
                    "reported_speech",
                    _speaker(AUX_SENTENCE, "Der Minister"),
                    span(AUX_SENTENCE, "gesagt", "hatte", "gesagt"),
                    (aux_content, aux_content + len("die Sanierung beginne im Mai")),
                ),
                "cue 'hatte … gesagt' before the reported words",
            ),
        ],
    )
