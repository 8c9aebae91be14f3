"""Text machinery shared by every extractor: sentences, quotations and numbers.

All offsets index the original text, so ``text[start:end]`` is always the evidence:

* :func:`sentence_spans`, :func:`paragraph_spans` and :func:`sentence_at` split a text
  into spans that tile it exactly;
* :func:`quotations` and :func:`quotation_at` find direct speech, nested quotations
  included, as :class:`Quotation` values;
* :func:`find_numbers` and :func:`parse_int` read figures written in digits or words,
  with their qualifiers ("at least 30"), ranges ("15-20") and vague amounts ("dozens"),
  as :class:`NumberMention` values;
* :class:`Trigger` finds a stage's heavy trigger pattern through a cheap keyword pre-filter,
  :func:`folded` is the lowercased text (offset for offset) it scans, and :func:`anchored`
  keeps a pattern matched at one offset from scanning ahead to a distant ``endpos``.

The conventions (abbreviations that do not end a sentence, what happens to an unclosed
quote, the values given to "dozens" or "several") are documented in the docstrings of
the private modules ``_sentences``, ``_quotes`` and ``_numbers``.
"""

from claimkit.text._numbers import NumberMention, find_numbers, parse_int
from claimkit.text._quotes import Quotation, quotation_at, quotations
from claimkit.text._scan import Trigger, anchored, folded
from claimkit.text._sentences import paragraph_spans, sentence_at, sentence_spans

__all__ = [
    "NumberMention",
    "Quotation",
    "Trigger",
    "anchored",
    "find_numbers",
    "folded",
    "paragraph_spans",
    "parse_int",
    "quotation_at",
    "quotations",
    "sentence_at",
    "sentence_spans",
]
