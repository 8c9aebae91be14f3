"""Whether the words before a territorial trigger tell no deed (:func:`no_deed`): a verb
negated ("had not captured"), an indirect question on who did it ("could not say who held the
post"), a question, a purpose ("an offensive to capture"), an aim ("aimed at capturing"), a
condition ("until the troops are withdrawn"), a demand ("insisting that Ukraine withdraw"), or
"are in" without armed forces for its subject ("the children were in the car").
"""

from __future__ import annotations

from typing import Final

import regex

from claimkit._model import Span

from ._territorial_lexicon import NOT_DONE

_TO_BARE: Final = regex.compile(r"(?i)(?<![\p{L}])to\s+$")
# A sentence that ends in a question mark, maybe inside a quote or a bracket (read at its end
# only, never the whole sentence).
_QUESTION_END: Final = regex.compile(r"\?[\s\"”’')]*+\Z")
_DONE_TO: Final = regex.compile(
    r"(?ir)(?<![\p{L}])(?:managed|manages|manage|managing|succeeded|succeeds|went\s+on|goes\s+on|forced|"
    r"compelled|obliged|had|has|have|having|able|helped|helping|began|begun|begin|begins|started|starts|"
    r"continued|continues|continue|continuing|used|moved\s+quickly|proceeded|rushed|"
    # a state seen, not an aim: "M23 appeared to control Kaziba centre"
    r"appeared|appears|appear|seemed|seems|seem)\s+to\s+$"
    # "forcing troops to withdraw", "compelled the rebels to pull back"
    r"|(?<![\p{L}])(?:forc|compell|oblig)(?:e|es|ed|ing)\s+(?:[\p{L}'’-]+\s+){1,4}?to\s+$")
# (_NOT_DONE, _DONE_TO, _FORCES_ARE, and _territorial_read's _DETERMINER_BEFORE and
# _PREPOSITION_BEFORE: the checks of the words before a trigger that only ask whether those end
# so, read backwards (?r) from the end, the one place where they can match: the same answer, one
# try instead of one per offset; none is possessive or atomic, which a reversed reading could
# change.)
_NOT_DONE: Final = regex.compile(r"(?r)(?:\b(?:" + NOT_DONE + r")|n['’]t)\s+(?:[\p{L}-]+\s+)?$",
                                 regex.IGNORECASE)
_DEMANDED_THAT: Final = regex.compile(
    r"(?i)\b(?:insist(?:s|ed|ing)?|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|"
    r"call(?:s|ed|ing)?\s+for|propos(?:e|es|ed|ing)|requir(?:e|es|ed|ing)|recommend(?:s|ed|ing)?)\s+"
    r"that\s+(?:[\p{L}'’-]+\s+){1,4}$")
_CONDITION_BEFORE: Final = regex.compile(
    r"(?i)(?<![\p{L}])(?:until|unless|if|once)\s+(?:[\p{L}'’-]+\s+){0,5}?(?P<aux>(?:is|are|am|be)\s+)?$")
# A preposition before a gerund trigger: an aim or a part to play ("aimed at capturing", "help
# the army in holding the areas"), unless success is told ("succeeded in capturing").
_GERUND_AFTER: Final = regex.compile(
    r"(?i)(?:(?P<done>succe[\p{L}]*|instrumental|participated|role)\s+)?(?<![\p{L}])(?:in|at|on)\s+$")
_PAST_ENDINGS: Final = ("ed", "en", "ew", "ook", "an", "ost", "eld", "ell")
# An indirect question on who did it: "could not say who held the post", "it was unclear which
# side controlled the bridge", "accounts of who controls the town", "whether or not they really
# held that fort".
_ASKED_WHO: Final = regex.compile(
    r"\b(?:(?:say|know|tell|unclear|clear|determine|establish|confirm|sure|certain|asked|disputed?|of)\s+"
    r"(?:who|which\s+(?:side|group|force|forces|party|army))\s+(?:(?:had|has|now|still|actually|really)\s+)*"
    r"|whether\s+(?:or\s+not\s+)?(?:[\p{L}-]+\s+){1,4})$",
    regex.IGNORECASE)
# The subject "are in" needs: a side's forces, by a possessive, a name or a party's word ("Our
# units", "his men", "Ukrainian marines", "government forces"), right before the verb
_FORCES_ARE: Final = regex.compile(
    r"(?r)(?:\b(?:our|their|its|his|her|government|army|rebel|enemy|junta|regime)|\p{Lu}[\p{L}\p{N}'’-]+)\s+"
    r"(?:[\p{L}'’-]+\s+){0,2}?"
    r"(?:forces|troops|units|men|fighters|marines|soldiers|positions|defenders|paratroopers)\s+$")


def no_deed(text: str, m: regex.Match[str], name: str, sent: Span, before: str) -> bool:
    """Whether ``before`` (the words before the trigger ``m`` of the row ``name``, in the
    sentence ``sent``) makes it no deed: no claim."""
    if _NOT_DONE.search(before) or _ASKED_WHO.search(before):
        return True  # "had not captured", "could not say who held the post": no claim
    if _QUESTION_END.search(text, max(sent.start, sent.end - 8), sent.end):
        return True  # a question ("Did JNIM take the base?", "WHO CONTROLS THE AREA?"): no claim
    if _TO_BARE.search(before) and not _DONE_TO.search(before):
        # "launched an offensive to capture Pokrovsk", "troops moved in to retake the village",
        # "a shortage of infantry to hold a front line": a purpose, not a deed ("managed to
        # capture", "were forced to withdraw", "continued to hold" are deeds)
        return True
    first = text[m.start():m.end()].split()[0].lower()  # the trigger's first word ("holding")
    if first.endswith("ing") and (gerund := _GERUND_AFTER.search(before)) is not None and not gerund["done"]:
        return True  # "to support the army in holding the areas", "aimed at capturing": no deed
    if (cond := _CONDITION_BEFORE.search(before)) is not None and (
            cond["aux"] or not first.endswith(_PAST_ENDINGS)):
        # "will continue attacks until the troops are withdrawn", "vowed to fight until
        # government forces withdraw": a condition, not a deed ("held it until the army
        # retook it" is one)
        return True
    if _DEMANDED_THAT.search(before) and not text[m.start():m.end()].lower().endswith(
            ("s", "d", "ing", "ew", "en", "ook", "an")):
        return True  # "insisting that Ukraine withdraw from Donetsk": a demand, in the bare verb
    # "they are in talks", "the children were in the car"
    return name == "are_in" and not _FORCES_ARE.search(before)
