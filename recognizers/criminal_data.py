"""CRIMINAL_DATA (AVG art. 10, UAVG "persoonsgegevens van strafrechtelijke aard"): convictions,
criminal records, detention, suspicion and arrest, sentences and measures, prosecution, refused
VOG, Bibob findings and restraining orders (including the mayor's huisverbod), Dutch and English.

Like the health recognizer this finds the topic only; ``gateway.engine.subject`` keeps a finding
only when it concerns a specific person.

Choices worth knowing:

- An offence on its own ("inbraak", "ondermijning", "fraude") is not criminal data about anyone:
  it only extends a phrase ("veroordeeld voor inbraak", "verdacht van fraude").
- Words with an everyday office meaning only count in their criminal sense: "aangehouden"
  (also: a decision postponed) and "opgepakt" (also: a task picked up) need "door de politie" or
  a reason ("wegens", "op verdenking van"); "verdachte" is skipped as an adjective ("verdachte
  transactie"); "proces-verbaal" needs "tegen" (a polling station also writes one).
- A civil summons ("dagvaarding" by a bailiff over a debt) is not criminal: it scores below
  the threshold unless a criminal context word is near ("politierechter", "officier").
- A fine is criminal data only when it is for an offence ("boete gekregen voor het illegaal
  storten van bouwafval", "fined for shoplifting"): illegal dumping of waste is an economic
  offence (Wet milieubeheer, WED). Parking and speeding fines (Wet Mulder), a "bestuurlijke
  boete" and a fine for a late tax return are administrative sanctions, not art. 10 data; they
  have no offence from the list after them and are not matched.
"""

from __future__ import annotations

from typing import ClassVar

from recognizers._terms import GatedTermRecognizer, TermPattern

_OFFENCE = (
    r"(?:(?:een|het|de)\s+)?(?:(?:zware|gewapende|poging\s+tot|openlijke)\s+)?"
    r"(?:\w*diefstal|\w*inbraak|inbraken|\w*fraude|oplichting|\w*mishandeling|geweld"
    r"|huiselijk\s+geweld|geweldpleging|geweldsdelict|bedreiging|stalking|belaging|drugshandel"
    r"|drugsbezit|drugsdelict|witwassen|heling|verkrachting|aanranding|ontucht|zedendelict"
    r"|zedenmisdrijf|moord|doodslag|vernieling|brandstichting|rijden\s+onder\s+invloed|overval"
    r"|beroving|afpersing|mensenhandel|terrorisme|\w*wapenbezit|valsheid\s+in\s+geschrift"
    r"|smaad|laster|kinderporno|misdrijf|misdrijven|delict|strafbaar\s+feit|strafbare\s+feiten"
    r"|omkoping|corruptie|steekpenningen|verduistering|ambtsmisdrijf|steekincident|steekpartij"
    r"|schietincident|bezit\s+van\s+(?:\w+\s+)?(?:harddrugs|softdrugs|drugs|cocaïne|heroïne"
    r"|xtc|wapens?|vuurwapens?|kinderporno)"
    # "het illegaal storten van bouwafval", "illegale afvaldumping" (economic offences)
    r"|illegaal\s+(?:storten|dumpen|lozen|verbranden)(?:\s+van\s+[\w-]+)?"
    r"|illegale\s+(?:afval)?(?:dumping|lozing|stort)|\w*afvaldumping|milieudelict"
    r"|theft|burglary|fraud|assault|robbery|murder|manslaughter|drug\s+dealing|rape"
    r"|bribery|corruption|embezzlement|shoplifting|drink[- ]driving|drunk\s+driving"
    r"|illegal(?:ly)?\s+dump(?:ing|ed)(?:\s+(?:of\s+)?\w+)?|possession\s+of\s+(?:\w+\s+)?"
    r"(?:drugs|cocaine|heroin|weapons?|a\s+weapon|a\s+firearm))"
)
# "voor diefstal", "wegens fraude", "van mishandeling", "tot een taakstraf"
_FOR_OFFENCE = rf"(?:\s+(?:voor|wegens|van|op\s+verdenking\s+van|of|for)\s+{_OFFENCE})"

_CONVICTION_AND_RECORD = (
    rf"veroordeeld\s+tot|veroordeelde?{_FOR_OFFENCE}?|convicted{_FOR_OFFENCE}?",
    r"strafblad|strafbladen|strafrechtelijk(?:e)?\s+(?:verleden|gegevens|antecedenten)",
    r"justiti[eë]le?\s+(?:documentatie|gegevens|verleden|antecedenten)|justitiecontacten?",
    r"criminele?\s+(?:verleden|achtergrond|antecedenten)|crimineel\s+verleden",
    r"(?:uittreksel\s+(?:uit\s+het\s+)?)?strafregister|politiecontacten|politieregistraties?",
    rf"bekend\s+van\s+{_OFFENCE}|(?:bekend\s+bij|in\s+aanraking\s+(?:gekomen\s+|geweest\s+)?met)\s+(?:de\s+)?"
    r"(?:politie|justitie)",
    r"criminal\s+(?:record|conviction|history|past)|prior\s+convictions?|previous\s+convictions?",
)

_DETENTION_AND_SENTENCE = (
    r"detentie|gedetineerde?|ex-gedetineerde|(?:gevangenis|cel)straf|hechtenis|voorarrest",
    # "zit vast" is mostly "is stuck" ("de printer zit vast"): only with a place or reason, or
    # right after a person.
    r"(?:zit|zat|zitten|zaten)\s+(?:al\s+\w+\s+)?vast\s+(?:voor|wegens"
    r"|in\s+(?:de|het)\s+(?:gevangenis|cel|politiebureau|huis\s+van\s+bewaring))"
    r"|(?<=\b(?:hij|zij|ze|cliënt|zoon|dochter|vader|moeder|man|partner|broer)\s+)(?:zit|zat)"
    r"\s+vast(?!\s+(?:met|aan|op))|vastgezeten",
    r"(?:zit|zat|in)\s+(?:de|een)\s+(?:gevangenis|bajes|cel|jeugdgevangenis)",
    r"penitentiaire\s+inrichting|huis\s+van\s+bewaring|justitiële\s+jeugdinrichting|(?<=\b(?:in|uit)\s+de\s+)(?-i:PI|JJI)",
    r"taakstraf|werkstraf|leerstraf|strafbeschikking|enkelband|elektronisch\s+toezicht",
    r"(?:jeugd)?reclassering\w*|voorwaardelijke?\s+(?:straf|veroordeling|invrijheidstelling"
    r"|gevangenisstraf|celstraf)",
    r"(?-i:TBS|tbs)(?:-(?:kliniek|maatregel|patiënt))?|terbeschikkingstelling"
    r"|(?-i:PIJ|ISD)-maatregel|(?-i:Halt|HALT)-(?:straf|afdoening|traject)",
    r"in\s+(?:prison|jail)|jailed|imprisoned|incarcerated|served\s+time|on\s+probation|on\s+parole"
    r"|probation\s+officer|community\s+service\s+order|sentenced",
)

_SUSPICION_AND_MEASURES = (
    rf"verdacht\s+van(?:\s+{_OFFENCE})?|op\s+verdenking\s+van(?:\s+{_OFFENCE})?",
    # "wordt ervan verdacht steekpenningen te hebben aangenomen": the act joins the phrase.
    r"(?:wordt|werd)\s+(?:ervan\s+)?verdacht(?!\s+van)"
    r"(?:\s+(?:[\w-]+\s+){1,6}?te\s+(?:hebben|zijn)\s+\w+)?",
    rf"suspected{_FOR_OFFENCE}|arrested",
    # Questioned by police or FIOD as a suspect.
    rf"verhoord\s+als\s+verdachte{_FOR_OFFENCE}?|questioned\s+as\s+(?:a\s+)?suspect"
    rf"{_FOR_OFFENCE}?|interviewed\s+under\s+caution",
    # A fine counts only for an offence (see the module notes); not a "bestuurlijke boete".
    rf"(?<!bestuurlijke\s)(?:geld)?boetes?\s+(?:(?:heeft|had|hebben|is|werd|gekregen|gehad"
    rf"|opgelegd|betaald|kreeg|krijgt|krijgen)\s+){{0,3}}(?:voor|wegens)\s+{_OFFENCE}"
    rf"|beboet\s+(?:voor|wegens)\s+{_OFFENCE}|fined\s+(?:\w+\s+){{0,2}}?for\s+{_OFFENCE}",
    # "verdachte" as a person, not the adjective in "verdachte transactie".
    r"verdachte(?!\s+(?:\w+\s+)?(?:transactie|situatie|omstandigheden|activiteit|e-?mail|link"
    r"|pakket|handeling|melding|betaling|persoon|personen|auto|voertuig|bericht|geldstro|omgeving"
    r"|gedrag|zaken|plek|locatie|bestand|login|inlogpoging|factuur|facturen)\w*)",
    rf"aanhouding(?:en)?{_FOR_OFFENCE}"
    rf"|(?:aangehouden|opgepakt|gearresteerd)(?:\s+door\s+de\s+politie|{_FOR_OFFENCE}"
    r"|\s+op\s+verdenking)|(?:door\s+de\s+politie)\s+(?:aangehouden|opgepakt|gearresteerd)",
    r"gearresteerd|arrestatie|in\s+verzekering\s+gesteld|inverzekeringstelling",
    # "wordt vervolgd" on its own is "to be continued".
    rf"(?<!wordt\s)vervolgd{_FOR_OFFENCE}?|(?<=wordt\s)vervolgd(?=\s+(?:door|voor|wegens))"
    r"|strafvervolging",
    rf"(?:proces-verbaal|pv)\s+(?:opgemaakt\s+)?tegen|aangifte\s+(?:gedaan\s+)?(?:tegen"
    rf"|wegens\s+{_OFFENCE})",
    r"(?:transactie|strafbeschikking)\s+van\s+het\s+(?-i:OM)|(?-i:OM)-transactie",
    r"(?:hennep|wiet|cannabis)(?:kwekerij|plantage|teelt|zolder)|kweekt\s+(?:hennep|wiet)|drugslab"
    r"|(?:cannabis|marijuana)\s+(?:grow(?:ing)?\s+operation|grow|farm|plantation|factory)"
    r"|(?:running|ran|runs)\s+a\s+(?:\w+\s+)?grow(?:ing)?\s+op(?:eration)?"
    r"|(?:growing|grows|grew|cultivating)\s+(?:cannabis|marijuana)",
    rf"{_OFFENCE}\s+gepleegd|gefraudeerd",
    r"(?:vog|verklaring\s+omtrent\s+(?:het\s+)?gedrag)\s+(?:van\s+(?:\w+\s+){1,2})?"
    r"(?:is\s+|werd\s+)?"
    r"(?:geweigerd|afgewezen|niet\s+afgegeven)|geen\s+vog\s+(?:gekregen|kreeg|krijgt)",
    r"bibob-?(?:advies|onderzoek|toets|gegevens|rapport|rapportage)",
    r"contactverbod|gebiedsverbod|locatieverbod|straatverbod|\w*huisverbod|stadionverbod"
    r"|omgangsverbod|restraining\s+order",
    r"huiselijk\s+geweld|zedenzaak|drugsdealer|dealt\s+(?:in\s+)?(?:drugs|coke|cocaïne|wiet)"
    r"|crimineel|criminal",
)

# Mostly criminal, sometimes civil or administrative: below the threshold without context.
_AMBIGUOUS = (r"dagvaarding|gedagvaard|strafzaak|bibob|straf",)


class CriminalDataRecognizer(GatedTermRecognizer):
    """Criminal-law terms (AVG art. 10) as minimal phrases; linking to a person happens later."""

    ENTITY = "CRIMINAL_DATA"

    PATTERNS: ClassVar[tuple[TermPattern, ...]] = (
        ("conviction_or_record", _CONVICTION_AND_RECORD, 0.65),
        ("detention_or_sentence", _DETENTION_AND_SENTENCE, 0.6),
        ("suspicion_or_measure", _SUSPICION_AND_MEASURES, 0.6),
        ("ambiguous_criminal_term", _AMBIGUOUS, 0.35),
    )
    # Every term contains one of these (see recognizers._terms); keep in step with the patterns.
    TRIGGERS: ClassVar[tuple[str, ...]] = (
        *("veroordeel", "convict", "strafblad", "strafrecht", "justiti", "crimine"),
        *("criminal", "strafregister", "politie", "record", "detentie", "gedetineerd"),
        *("straf", "hechtenis", "voorarrest", "vast", "gevangenis", "bajes", "cel"),
        *("penitentiair", "bewaring", "jeugdinrichting", "enkelband", "toezicht"),
        *("reclassering", "voorwaardelijk", "tbs", "terbeschikkingstelling", "maatregel"),
        *("prison", "jail", "imprisoned", "incarcerated", "served time", "probation"),
        *("parole", "community service", "sentenced", "verdacht", "verdenking", "suspected"),
        *("arrested", "aangehouden", "opgepakt", "gearresteerd", "arrestatie"),
        *("verzekering", "vervolg", "proces-verbaal", "pv", "aangifte", "transactie"),
        *("gepleegd", "gefraudeerd", "vog", "omtrent", "bibob", "verbod", "restraining"),
        *("geweld", "zedenzaak", "drugsdealer", "dealt", "hennep", "wiet", "drugslab"),
        *("dagvaard", "bekend", "verhoord", "suspect", "under caution", "boete", "beboet"),
        *("fined", "aanhouding", "cannabis", "marijuana", "grow"),
    )
    CASED_TRIGGERS: ClassVar[tuple[str, ...]] = ("PI", "JJI", "PIJ", "ISD", "Halt", "HALT", "OM")
    # Substrings of the non-stop words among the five words before a term. Criminal-law words
    # only: a client near "dagvaarding" does not make a bailiff's summons criminal.
    CONTEXT: ClassVar[list[str]] = [
        "politie",
        "justitie",
        "officier",
        "politierechter",
        "strafrechter",
        "strafzaak",
        "strafrecht",
        "verdacht",
        "veroordeeld",
        "delict",
        "misdrijf",
        "fiod",
        "recherche",
    ]


RECOGNIZERS = (CriminalDataRecognizer,)
