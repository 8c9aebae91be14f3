"""Who issued a document that speaks: the issuer an aside after it names ("The statement,
signed by the Dagoberto Ramos Column and posted online, reads") and the issuer told with a
document just before ("a statement issued by X. The following is an excerpt").
"""

from __future__ import annotations

import regex


# Who issued a document, in an aside right after it: ", signed by X and posted online,"
def _issuer(stops: str) -> str:
    """The pattern of the issuer a document names ("issued by the Dagoberto Ramos Column
    (DRC)"), up to one of ``stops`` or a time or place phrase."""
    return (rf"(?P<who>[^{stops}()]{{3,80}}?(?:\s*\([^()]{{2,12}}\))?)"
            rf"(?=\s*[{stops}]|\s+(?:and|in|on|at|late|early|last)\b)")


ISSUER_AFTER = regex.compile(
    r",\s*(?:signed|issued|released|published|posted|sent)\s+(?:\w+\s+){0,3}?by\s+" + _issuer(",;:"),
    regex.IGNORECASE)


# A document and its issuer told before a document that speaks ("a statement issued by X").
ISSUED_BY_BEFORE = regex.compile(
    r"(?:statement|communiqu[eé]|release|bulletin|update|message|note)\s+(?:(?:issued|released|published|"
    r"posted|sent|put\s+out)\s+)?by\s+" + _issuer(",;:.\\n"), regex.IGNORECASE)
ISSUER_REACH = 400
