"""Notebook display (Document._repr_html_), claim_rows and to_frame."""

from __future__ import annotations

import datetime as dt
import sys
from html.parser import HTMLParser

import pytest
from hypothesis import given

import claimkit
from claimkit import Attribution, Claim, Count, Document, Snippet, Source, Span, Speaker, TimeExpression
from claimkit._html import KIND_COLOURS, kind_colour, summary
from claimkit._rows import COLUMNS, claim_rows
from claimkit.testing import documents

TEXT = ("Rebels said 14 soldiers were killed in Varnak on Monday. The army denied that 14 soldiers "
        "had died. Some 2,000 people fled their homes <b>& camps</b>.")


def at(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase))


def snip(text: str, phrase: str) -> Snippet:
    return Snippet(phrase, at(text, phrase))


def sample_document() -> Document:
    """A hand-built document: a casualty claim, a denial overlapping it, a plugin's claim."""
    t = TEXT
    rebels = Speaker("Rebels", at(t, "Rebels"), organization="rebels")
    said = Attribution(rebels, snip(t, "said"), snip(t, "14 soldiers were killed in Varnak on Monday"))
    casualty = Claim(
        "casualty", at(t, "14 soldiers were killed"),
        {"outcome": "killed", "count": Count(14, text="14"), "group": "soldiers", "side": None},
        attribution=said, status="unverified",
        time=TimeExpression("on Monday", at(t, "on Monday"), dt.date(2025, 3, 3)),
        location=snip(t, "Varnak"))
    denied = snip(t, "14 soldiers had died")
    denial = Claim("denial", Span(at(t, "The army").start, denied.span.end),
                   {"denier": "The army", "denied": denied, "target": "casualty-1"})
    # Overlaps the denial's span on "14 soldiers had died" and crosses its end.
    crossing = Claim("displacement", Span(denied.span.start + 3, at(t, "people").end),
                     {"count": Count(2000, text="Some 2,000"), "unit": "people"})
    fled = Claim("displacement", at(t, "fled their homes <b>& camps</b>"),
                 {"count": Count(2000, 2000, None, "about", "Some 2,000"), "unit": "people"})
    return Document(TEXT, id="d1", source=Source("The Daily Ledger", None, dt.date(2025, 3, 4), "Varnak"),
                    attributions=[said]).add_claims([casualty, denial, crossing, fled])


class _Structure(HTMLParser):
    """Collects the text inside the ck-text div and checks that marks never nest."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.in_text = 0
        self.text: list[str] = []
        self.marked: list[tuple[str, str]] = []  # (class, text)
        self.max_mark_depth = 0
        self.cells: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.stack.append(tag)
        cls = dict(attrs).get("class") or ""
        if tag == "div" and "ck-text" in cls:
            self.in_text = len(self.stack)
        if tag == "mark" and self.in_text:
            self.marked.append((cls, ""))
        self.max_mark_depth = max(self.max_mark_depth, self.stack.count("mark"))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack[-1:] == [tag], (self.stack, tag)
        if self.in_text == len(self.stack):
            self.in_text = 0
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.in_text:
            self.text.append(data)
            if self.stack[-1] == "mark":
                cls, old = self.marked[-1]
                self.marked[-1] = (cls, old + data)
        elif self.stack and self.stack[-1] == "td":
            self.cells.append(data)


def parse(markup: str) -> _Structure:
    parser = _Structure()
    parser.feed(markup)
    parser.close()
    assert parser.stack == [], "unclosed tags"
    return parser


def test_repr_html_highlights_evidence_by_kind() -> None:
    doc = sample_document()
    page = parse(doc._repr_html_())
    assert "".join(page.text) == TEXT
    assert ("ck-mark ck-casualty", "14 soldiers were killed") in page.marked
    denial_text = "".join(t for c, t in page.marked if c.endswith("ck-denial"))
    assert denial_text.startswith("The army denied that 14 ")
    assert any(c.endswith("ck-displacement") and "people" in t for c, t in page.marked)
    assert page.max_mark_depth == 1


def test_repr_html_escapes_the_text() -> None:
    markup = sample_document()._repr_html_()
    assert "<b>&" not in markup
    assert "&lt;b&gt;&amp; camps&lt;/b&gt;" in markup


def test_overlapping_evidence_is_cut_into_segments_titled_with_every_claim() -> None:
    markup = sample_document()._repr_html_()
    # "soldiers had died" lies in both the denial and the crossing displacement claim, which
    # is the shorter, so its colour shows and the denial's underlines it.
    assert 'data-claims="displacement-1 denial-1">soldiers had died</mark>' in markup
    assert f"border-bottom:3px solid {KIND_COLOURS['denial']}" in markup


def test_table_lists_every_claim_with_a_summary() -> None:
    doc = sample_document()
    cells = parse(doc._repr_html_()).cells
    for claim in doc.claims:
        assert claim.id in cells
    assert "14 soldiers killed" in cells
    assert "rebels" in cells  # the speaker's label (its organization here)
    assert "2025-03-03" in cells  # the resolved date
    assert "Varnak" in cells
    assert any(c.startswith("denies “14 soldiers had died”") for c in cells)
    assert "count: Some 2,000; unit: people" in cells  # a plugin kind: its data, generically


def test_header_shows_the_source() -> None:
    markup = sample_document()._repr_html_()
    assert "The Daily Ledger" in markup
    assert "2025-03-04" in markup
    assert "4 claims" in markup


def test_errors_are_shown() -> None:
    doc = Document("x", errors=[claimkit.StageError("casualty", "ValueError: <bad>")])
    markup = doc._repr_html_()
    assert "casualty" in markup
    assert "&lt;bad&gt;" in markup


def test_kind_colours_are_fixed_for_builtins_and_stable_for_plugins() -> None:
    assert kind_colour("casualty") == KIND_COLOURS["casualty"]
    assert kind_colour("displacement") == kind_colour("displacement")
    assert kind_colour("displacement") not in KIND_COLOURS.values()
    assert kind_colour("displacement") != kind_colour("materiel")


def test_summaries_in_words() -> None:
    t = "Insurgents captured 12 border posts near Dosht."
    claim = Claim("territorial", Span(0, len(t)), {
        "action": "captured", "count": Count(12, text="12"), "object": "border posts", "place": "Dosht",
        "actor": "Insurgents", "from": None})
    assert summary(claim) == "captured 12 border posts in Dosht by Insurgents"
    contradiction = Claim("contradiction", Span(0, 1), {"claims": ["casualty-1", "casualty-2"],
                                                        "reason": "14 vs 20 killed"})
    assert summary(contradiction) == "casualty-1 vs casualty-2: 14 vs 20 killed"


@given(documents())
def test_repr_html_of_any_document_keeps_the_text_and_well_formed_marks(doc: Document) -> None:
    page = parse(doc._repr_html_())
    assert "".join(page.text) == doc.text
    assert page.max_mark_depth <= 1


# -- rows and frames ----------------------------------------------------------------------
def test_claim_rows_flatten_every_kind() -> None:
    doc = sample_document()
    rows = list(claim_rows(doc))
    assert [r["claim_id"] for r in rows] == ["casualty-1", "denial-1", "displacement-1", "displacement-2"]
    assert all(tuple(r) == COLUMNS for r in rows)
    cas, den, disp, _ = rows
    assert cas == {**dict.fromkeys(COLUMNS), "doc_id": "d1", "claim_id": "casualty-1", "kind": "casualty",
                   "outcome": "killed", "count_best": 14, "qualifier": "exact", "group": "soldiers",
                   "speaker": "rebels", "status": "unverified", "date": "2025-03-03",
                   "location": "Varnak", "evidence": "14 soldiers were killed"}
    assert den["speaker"] == "The army"  # no attribution: the denier speaks
    assert den["count_best"] is None
    assert disp["count_best"] == 2000
    assert disp["kind"] == "displacement"


@given(documents())
def test_one_row_per_claim_with_its_evidence(doc: Document) -> None:
    rows = list(claim_rows(doc, doc_id=7))
    assert len(rows) == len(doc.claims)
    for row, claim in zip(rows, doc.claims, strict=True):
        assert row["doc_id"] == 7
        assert row["evidence"] == doc.text[claim.span.start:claim.span.end]
        assert row["status"] == claim.status


def test_to_frame_one_row_per_claim_with_flat_columns() -> None:
    pd = pytest.importorskip("pandas")
    doc = sample_document()
    other = Document("3 killed", claims=[Claim("casualty", Span(0, 8), {"outcome": "killed",
                                                                       "count": Count(3)})])
    frame = claimkit.to_frame([doc, other])
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == 5
    assert frame["doc_id"].tolist() == ["d1"] * 4 + ["1"]  # no id: the position
    assert frame["count_best"].tolist()[:1] == [14]
    assert frame["count_best"].isna().tolist() == [False, True, False, False, False]
    assert frame.loc[0, "date"] == pd.Timestamp("2025-03-03")
    assert pd.isna(frame.loc[1, "date"])
    assert frame.groupby("kind").size().to_dict() == {"casualty": 2, "denial": 1, "displacement": 2}


def test_to_frame_takes_one_document_or_a_generator_and_keeps_dtypes_when_empty() -> None:
    pytest.importorskip("pandas")
    doc = sample_document()
    assert len(claimkit.to_frame(doc)) == 4
    assert len(claimkit.to_frame(d for d in [doc, doc])) == 8
    empty = claimkit.to_frame([])
    assert list(empty.columns) == list(COLUMNS)
    assert empty.dtypes.equals(claimkit.to_frame(doc).dtypes)


def test_to_frame_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(claimkit.MissingExtraError, match=r"claimkit\[pandas\]") as info:
        claimkit.to_frame([sample_document()])
    assert info.value.extra == "pandas"
    assert isinstance(info.value, ImportError)
