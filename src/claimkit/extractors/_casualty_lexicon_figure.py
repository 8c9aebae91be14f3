"""Casualty word tables: the words around a figure.

Before it: the toll nouns that introduce it, the fillers between noun and number, the words
between verb and number. After it: the auxiliaries before a participle, the stop words and
adverbs that end a group's noun phrase, the words that keep a bare participle passive.
Re-exported by ``_casualty_lexicon``.
"""

from __future__ import annotations

from typing import Final

from claimkit.text._calendar import MONTHS, WEEKDAYS

#: Nouns that introduce a figure after them: "the death toll rose to 40", "the bodies of 12".
#: Value: the outcome. The words in ``TOLL_FILLERS`` may stand between noun and number.
NOUN_BEFORE: Final[dict[str, str]] = {
    **dict.fromkeys((
        "death toll", "toll", "number of dead", "number of deaths", "number of fatalities",
        "number of those killed", "number of people killed", "number killed", "fatality toll",
        "killing of", "killings of", "deaths of", "death of", "murder of", "murders of",
        "massacre of", "execution of", "executions of", "lives of", "bodies of", "remains of",
        "beheading of", "beheadings of", "assassination of", "assassinations of",
        "slit the throats of", "slitting the throats of", "slit the throat of",
        "among the dead were", "among the dead are", "among those killed were", "among the killed were",
        "among the victims were", "among the fatalities were", "the dead included", "the dead include",
        "the victims included", "the victims include", "dead included", "victims included",
        "the dead were", "the victims were", "the dead are", "the victims are",
        "the dead also included", "the dead also include",
        "the victims also included", "the victims also include",
        # a side's word for a death: "an attack that led to the martyrdom of four soldiers"
        "martyrdom of",
        # a side's word for its dead: "The martyrs include three children"
        "the martyrs include", "the martyrs included", "among the martyrs were", "among the martyrs are",
        # a side's losses in a defence ministry's count: "enemy losses amounted to 155 servicemen"
        "losses", "personnel losses",
        # "the Guards, which had put its dead at seven", "It put its own dead at nine"
        "its dead", "their dead", "our dead", "its own dead", "their own dead", "our own dead",
        # "Residents put the dead at no fewer than nine"
        "put the dead",
        # "put Syrian army deaths at eight", "civilian deaths rose to 40"
        "deaths",
        # "we deplore the loss of seven of our brave soldiers"
        "the loss of", "loss of",
        # a side's notice of its dead: "Hezbollah issued death notices for four of its fighters"
        # (not "a funeral for a militia fighter", often of an earlier death)
        "death notices for", "death notice for", "funerals for", "funerals of",
        # an army's word for killing: "resulted in the neutralisation of eight (08) assailants"
        "neutralisation of", "neutralization of", "elimination of", "liquidation of",
    ), "killed"),
    **dict.fromkeys((
        "injury toll", "number of injured", "number of wounded", "number of injuries",
        "injury of", "injuries of", "injuries to", "injuries on", "injuring of",
        "minor injuries to", "serious injuries to",
        "number of people injured", "number of people wounded", "wounding of",
        "among the wounded were", "among the injured were", "among those injured were",
        "among those wounded were", "the injured included", "the wounded included",
        "the injured were", "the wounded were", "the injured are", "the wounded are",
    ), "wounded"),
    **dict.fromkeys(("abduction of", "abductions of", "kidnapping of", "kidnappings of"), "kidnapped"),
    **dict.fromkeys(("arrest of", "arrests of", "detention of", "number of people detained",
                     "number of people arrested", "number of those detained", "number of those arrested",
                     "number of detainees", "number of arrests"), "arrested"),
    **dict.fromkeys(("capture of",), "captured"),
}

#: Words allowed between a toll noun and its number: "the death toll has since risen to 40".
TOLL_FILLERS: Final[tuple[str, ...]] = (
    "has", "had", "have", "was", "is", "now", "rose", "risen", "rises", "rising", "climbed",
    "climbs", "increased", "jumped", "reached", "reaches", "hit", "stood", "stands", "at", "of",
    "to", "further", "since", "later", "then", "grew", "grown", "been", "raised", "revised",
    "put", "up", "gone", "went", "officially", "initially", "first", "subsequently", "eventually",
    "reportedly",
    # "the number of wounded was revised down to 31", "the toll was lowered to 12"
    "down", "downwards", "upwards", "lowered", "reduced",
    "climb", "rise", "currently", "stood at", "has risen", "total", "overall", "reached", "mounted",
    "increase", "increases", "soared", "exceeded", "exceeds", "includes", "included", "are", "were",
    "the", "attack", "blast", "bombing", "explosion", "attack's", "blast's", "final",
    "official", "provisional", "preliminary", "confirmed", "amounted", "amount", "amounts",
    "totalled", "totaled", "totalling", "totaling",
    # "the death toll may be as high as 70"
    "may", "might", "could", "would", "be", "likely",
)

#: Words between a verb and its number that the number reader does not take:
#: "wounding another 25", "killing a further 3", "left some 40 dead".
BEFORE_NUMBER: Final[tuple[str, ...]] = (
    "another", "a further", "an additional", "additional", "further", "some", "all", "the",
    "all the", "at least", "as many as", "up to", "a total of", "in total", "in all", "over",
    "almost", "nearly", "around", "about", "approximately", "an estimated", "roughly", "more than",
    "its", "their", "his", "her", "our", "both", "all of the", "at most", "critically",
    "seriously", "severely", "badly", "gravely", "slightly", "lightly", "fatally", "mortally",
    "a family of", "an entire family of", "only", "just", "merely",
)

#: Auxiliaries and adverbs between a noun phrase and its participle: "were reportedly killed".
AUXILIARIES: Final[tuple[str, ...]] = (
    "were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "got", "get", "gets",
    "reportedly", "allegedly", "also", "all", "both", "later", "subsequently", "eventually",
    "reported", "confirmed", "feared", "believed", "said to be", "said to have been",
    "believed to be", "believed to have been", "feared to be", "feared to have been", "presumed",
    "thought to be", "thought to have been", "reported to be", "reported to have been",
    "initially", "then", "since", "critically", "seriously", "severely", "badly", "gravely", "slightly",
    "lightly", "moderately", "instantly", "immediately", "now", "still", "left", "each", "in all",
    "in total", "altogether", "too", "ultimately", "apparently", "likely", "probably", "may have",
    # ("at least two people may still be trapped under the debris")
    "may", "might", "could",
    "were also", "were recently", "was recently", "had recently been",
    "who", "that", "which", "who were", "reported to have", "themselves", "as well",
    "later died", "either", "all of them", "were left", "are feared", "are believed", "remain",
    "remained", "were found", "was found", "were confirmed", "have been", "has been", "had been",
    "will be", "would be", "could be", "might be", "may be", "are now", "were now", "so far",
    # how it was done ("were brutally killed", 'had been "savagely executed"')
    "brutally", "savagely", "mercilessly", "ruthlessly", "accidentally", "mistakenly",
    "summarily", "deliberately", "indiscriminately", "tragically", "effectively", "successfully",
    # when ("had already been arrested")
    "already", "officially", "formally",
)

#: Words that end a group's noun phrase (verbs, prepositions, conjunctions): "58 soldiers
#: | were", "15 people | in", "12 | and".
STOP_WORDS: Final[tuple[str, ...]] = (
    "were", "was", "are", "is", "have", "has", "had", "been", "be", "being", "got", "get", "gets",
    "who", "that", "which", "whom", "whose", "in", "on", "at", "by", "near", "during", "after",
    "before", "when", "while", "as", "since", "following", "from", "with", "into", "for", "to",
    "across", "inside", "outside", "amid", "amidst", "including", "among", "between", "over",
    "under", "against", "along", "through", "throughout", "within", "without", "per", "than",
    "like", "aboard", "via", "and", "or", "but", "nor", "plus", "whereas", "although", "though",
    "the", "a", "an", "said", "says", "told", "according", "reportedly", "allegedly", "also",
    "of", "if", "so", "where", "would", "will", "could", "may", "might", "must", "not", "no",
    "it", "he", "she", "they", "we", "this", "these", "those", "there", "then", "later",
    "while", "yesterday", "today", "tonight", "overnight", "last", "this", "earlier", "each",
    "all", "both", "either", "neither", "some", "many", "most", "another", "its",
    "their", "his", "her", "our", "my", "your", "upon", "about", "around", "toward", "towards",
    "behind", "beside", "besides", "beyond", "off", "out", "up", "down", "just", "only",
    "including", "included", "includes", "respectively", "left", "leaving", "dying", "killing",
    "wounding", "injuring", "causing", "resulting", "leaving",
    # not "may", a modal verb
    *WEEKDAYS, *(month for month in MONTHS if month != "may"), "remain", "remained",
)

#: Adverbs that end a group's noun phrase ("six were wounded, two seriously").
ADVERBS: Final[tuple[str, ...]] = (
    "seriously", "critically", "severely", "badly", "slightly", "lightly", "fatally", "mortally",
    "gravely", "reportedly", "allegedly", "apparently", "mostly", "mainly", "largely", "nearly",
    "roughly", "approximately", "initially", "subsequently", "eventually", "finally",
    "immediately", "instantly", "respectively", "only", "early", "late", "lately", "recently",
    "previously", "later", "also", "still", "already", "moderately", "seemingly", "possibly",
    "probably", "likely", "officially", "reported", "confirmed", "believed", "feared",
)

#: Words that may follow a participle with no auxiliary and keep it passive ("5 killed in",
#: "58 Soldiers Killed, 25 posts seized", "3 killed overnight"); anything else after a bare
#: participle is read as its object, making it active ("gunmen killed two guards").
PASSIVE_FOLLOWERS: Final[tuple[str, ...]] = (
    "in", "on", "at", "by", "near", "during", "after", "before", "when", "while", "as", "since",
    "following", "across", "outside", "inside", "from", "with", "within", "amid", "amidst", "over",
    "around", "along", "under", "between", "through", "throughout", "into", "for", "and", "or",
    "but", "yesterday", "today", "tonight", "overnight", "last", "this", "earlier", "late",
    "early", *WEEKDAYS,
    "so", "too", "already", "so far", "according", "officials", "police", "sources", "said",
    "says", "reports", "report", "including", "among", "respectively", "instantly", "outright",
    "immediately", "there", "here", "nearby", "where", "because", "due", "till", "until", "each",
    "alone", "against", "to", "of", "along", "apiece", "altogether", "in total", "in all", "per",
    # the care of the people counted ("about 20 wounded evacuated to Segou")
    "evacuated", "airlifted", "transported", "transferred", "rushed", "admitted", "hospitalised",
    "hospitalized",
)
