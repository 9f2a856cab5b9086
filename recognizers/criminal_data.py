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
- The probation service counts as supervision of someone ("onder toezicht van de reclassering",
  "reclasseringstraject"), not as an organisation ("mail aan de reclassering"). A restraining
  order counts when imposed ("heeft een huisverbod", "contactverbod overtreden"), not while the
  mayor's order is being drafted ("stel een gebiedsverbod op"); a Bibob advice is a procedure
  and only counts near criminal context words. "crimineel" counts for a person ("is een
  crimineel"), not for money ("crimineel geld").
- A civil summons ("dagvaarding" by a bailiff over a debt) is not criminal: it scores below
  the threshold unless a criminal context word is near ("politierechter", "officier").
- An arrest or a suspicion also counts in subordinate word order ("dat hij verdacht wordt
  van"), and for any act when a pronoun names the person ("nadat hij was aangehouden voor het
  lekken van BRP-gegevens"); the act is required there, as "hij is aangehouden" may also be
  a postponed application. An offence told as an act in the active perfect ("heeft zijn vrouw
  mishandeld", "heeft geld verduisterd") counts; a victim's passive ("mijn fiets is gestolen")
  and a negation inside the phrase ("heeft haar nooit bedreigd") do not.
- A fine is criminal data only when it is for an offence ("boete gekregen voor het illegaal
  storten van bouwafval", "fined for shoplifting"): illegal dumping of waste is an economic
  offence (Wet milieubeheer, WED). Parking and speeding fines (Wet Mulder), a "bestuurlijke
  boete" and a fine for a late tax return are administrative sanctions, not art. 10 data; they
  have no offence from the list after them and are not matched.
"""

from __future__ import annotations

from typing import ClassVar

from recognizers._terms import GatedTermRecognizer, TermPattern
from recognizers.person_reference import CORE_PERSON_NOUNS

_OFFENCE = (
    r"(?:(?:een|het|de)\s+)?(?:(?:zware|gewapende|poging\s+tot|openlijke)\s+)?"
    # One branch for the compound heads ("winkeldiefstal", "woninginbraak", "uitkeringsfraude",
    # "huisvredebreuk", "straatroof", "roofoverval", "zedendelict", "ambtsmisdrijf"): a word is
    # scanned once instead of once per head.
    r"(?:\w*(?:diefstal|inbraak|fraude|mishandeling|smokkel|wapenbezit|vredebreuk|roof"
    r"|overval(?:len)?|delict(?:en)?|misdrij(?:f|ven)|afvaldumping)|inbraken|oplichting|geweld"
    r"|huiselijk\s+geweld|geweldpleging|bedreiging|stalking|belaging|(?:drugs|wapen|mensen)handel"
    r"|drugsbezit|witwassen|heling|verkrachting|aanranding|ontucht"
    r"|moord|doodslag|vernieling|brandstichting|rijden\s+onder\s+invloed"
    r"|beroving|afpersing|terrorisme|valsheid\s+in\s+geschrift"
    r"|smaad|laster|kinderporno(?:grafie)?|strafbaar\s+feit|strafbare\s+feiten"
    r"|omkoping|corruptie|steekpenningen|verduistering|steekincident|steekpartij"
    # Completed per title of the Wetboek van Strafrecht.
    r"|ontvoering|gijzeling|(?:wederrechtelijke\s+)?vrijheidsberoving"
    r"|dood\s+door\s+schuld|belediging|meineed|chantage|vandalisme"
    r"|vechtpartij(?:en)?|grooming|sextortion|exhibitionisme"
    r"|schennis\s+der\s+eerbaarheid|opruiing|zakkenrollerij|skimming|joyriding"
    r"|doorrijden\s+na\s+een\s+(?:ongeval|aanrijding)|rijden\s+zonder\s+(?:geldig\s+)?rijbewijs"
    r"|handel\s+in\s+(?:drugs|wapens)"
    r"|schending\s+van\s+(?:het\s+)?ambtsgeheim"
    r"|schietincident|bezit\s+van\s+(?:\w+\s+)?(?:harddrugs|softdrugs|drugs|cocaïne|heroïne"
    r"|xtc|wapens?|vuurwapens?|kinderporno)"
    # "het illegaal storten van bouwafval", "illegale afvaldumping" (economic offences)
    r"|illegaal\s+(?:storten|dumpen|lozen|verbranden)(?:\s+van\s+[\w-]+)?"
    r"|illegale\s+(?:afval)?(?:dumping|lozing|stort)"
    r"|theft|burglary|fraud|assault|robbery|murder|manslaughter|drug\s+dealing|rape"
    r"|bribery|corruption|embezzlement|shoplifting|drink[- ]driving|drunk\s+driving"
    r"|illegal(?:ly)?\s+dump(?:ing|ed)(?:\s+(?:of\s+)?\w+)?|possession\s+of\s+(?:\w+\s+)?"
    r"(?:drugs|cocaine|heroin|weapons?|a\s+weapon|a\s+firearm))"
)
_BANS = (
    r"(?:huisverbod|contactverbod|gebiedsverbod|locatieverbod|straatverbod|stadionverbod"
    r"|omgangsverbod|meldplicht(?!\s+(?:voor\s+)?datalek)(?!\w))"
)
# "voor diefstal", "wegens fraude", "van mishandeling", "tot een taakstraf"
_FOR_OFFENCE = rf"(?:\s+(?:voor|wegens|van|op\s+verdenking\s+van|of|for)\s+{_OFFENCE})"
# Any act as a nominalised verb ("voor het lekken van BRP-gegevens"): only after a term that is
# criminal on its own, as the act alone says nothing ("aangehouden voor het verkrijgen van advies").
_FOR_ACT = r"(?:\s+(?:voor|wegens)\s+het\s+\p{L}+en\s+van\s+[\w-]+)"

_CONVICTION_AND_RECORD = (
    rf"veroordeeld\s+tot|veroordeelde?{_FOR_OFFENCE}?|convicted{_FOR_OFFENCE}?"
    rf"|(?:(?:eerdere|vorige|recente|onherroepelijke|strafrechtelijke)\s+)?veroordeling(?:en)?"
    rf"{_FOR_OFFENCE}?",
    # "heeft antecedenten (op het gebied van witwassen)"; not "het antecedentenonderzoek".
    r"(?=antecedenten)(?<=\b(?:heeft|had|hebben|met|zijn|haar|relevante|strafrechtelijke|justitiële|geen)\s+"
    r"(?:\w+\s+)?)antecedenten",
    r"strafblad|strafbladen|strafrechtelijk(?:e)?\s+(?:verleden|gegevens|antecedenten)",
    r"justiti[eë]le?\s+(?:documentatie|gegevens|verleden|antecedenten)|justitiecontacten?",
    r"criminele?\s+(?:verleden|achtergrond|antecedenten)|crimineel\s+verleden"
    r"|(?:detentie|gevangenis|justitie)-?verleden",
    r"(?:uittreksel\s+(?:uit\s+het\s+)?)?strafregister|politiecontacten|politieregistraties?",
    rf"bekend\s+van\s+{_OFFENCE}|(?:bekend\s+bij|in\s+aanraking\s+(?:gekomen\s+|geweest\s+)?met)\s+(?:de\s+)?"
    r"(?:politie|justitie)",
    r"criminal\s+(?:record|conviction|history|past)|prior\s+convictions?|previous\s+convictions?",
    # "a conviction for assault" ("a religious conviction" is a belief), "found guilty of fraud"
    rf"convictions?{_FOR_OFFENCE}|found\s+guilty(?:{_FOR_OFFENCE})?|acquitted{_FOR_OFFENCE}?"
    rf"|vrijgesproken{_FOR_OFFENCE}?",
)

_DETENTION_AND_SENTENCE = (
    r"detentie|gedetineerde?|ex-gedetineerde|(?:gevangenis|cel)straf|hechtenis|voorarrest",
    # "zit vast" is mostly "is stuck" ("de printer zit vast"): only with a place or reason, or
    # right after a person.
    r"(?:zit|zat|zitten|zaten)\s+(?:[\w-]+\s+){0,3}?vast\s+(?:in\s+(?-i:\p{Lu})\w+\s+)?(?:voor|wegens"
    r"|in\s+(?:de\s+|het\s+)?(?:gevangenis|cel|politiebureau|huis\s+van\s+bewaring"
    r"|(?-i:PI|JJI)|penitentiaire|jeugdgevangenis))"
    r"|(?=zit|zat)(?<=\b(?:hij|zij|ze|cliënt|zoon|dochter|vader|moeder|man|partner|broer)\s+)(?:zit|zat)"
    r"\s+vast(?!\s+(?:met|aan|op))|vastgezeten",
    r"(?:zit|zat|in)\s+(?:de|een)\s+(?:gevangenis|bajes|cel|jeugdgevangenis)",
    # Released: "kwam net uit de gevangenis", "is vrijgelaten".
    r"uit\s+(?:de\s+)?(?:gevangenis|bajes|detentie|jeugdgevangenis)|vrijgelaten",
    r"penitentiaire\s+inrichting|huis\s+van\s+bewaring|justitiële\s+jeugdinrichting"
    r"|(?=(?-i:PI|JJI))(?:(?<=\b(?:in|uit)\s+de\s+)|(?<=\b(?:in|uit)\s+)(?=(?-i:PI|JJI)\s+\p{Lu}))(?-i:PI|JJI)",
    # Sentences by compound head ("geldstraf", "jeugdstraf", "vrijheidsstraf"); not a sports
    # "tijdstraf".
    r"(?:geld|jeugd|vrijheids|hoofd|bij|doods|taak|werk|leer)straf(?:fen)?"
    r"|(?<!bestuurlijke\s)strafbeschikking|enkelband"
    r"|elektronisch\s+toezicht",
    # Supervision by the probation service, not the organisation itself ("mail aan de
    # reclassering", "de rol van de jeugdreclassering").
    r"(?:jeugd)?reclassering(?:s(?:traject|toezicht|contact|maatregel|contract|advies|rapport"
    r"|rapportage|werker|medewerker|begeleiding))"
    r"|(?:(?:melden|meldt|meldde)\s+(?:zich\s+)?(?:\w+\s+)?bij"
    r"|onder\s+(?:toezicht|begeleiding)\s+(?:van|bij)|(?:bekend|in\s+begeleiding|in\s+beeld)"
    r"\s+bij|begeleid\s+door|meldplicht\s+bij)\s+de\s+(?:jeugd)?reclassering"
    r"|voorwaardelijke?\s+(?:straf|veroordeling|invrijheidstelling"
    r"|gevangenisstraf|celstraf)",
    r"(?-i:TBS|tbs)(?:-(?:kliniek|maatregel|patiënt))?|terbeschikkingstelling"
    r"|(?-i:PIJ|ISD)-maatregel|(?-i:Halt|HALT)-(?:straf|afdoening|traject|zaak)"
    r"|(?:naar|via)\s+(?:bureau\s+)?(?-i:Halt|HALT)(?![\w-])"
    r"|(?:krijgt|kreeg|heeft|had)\s+(?:(?:al|ook|nog|weer|een)\s+)?(?-i:Halt|HALT)(?![\w-])",
    r"(?:zit|zat)\s+(?:een|zijn|haar)\s+(?:\w+\s+)?straf\s+uit"
    r"|(?:staat|stond|staan|stonden)\s+(?:[\w-]+\s+){0,3}?terecht\s+(?:voor|wegens)"
    rf"(?:\s+{_OFFENCE})?"
    r"|voor\s+de\s+politierechter",
    r"in\s+(?:prison|jail)|jailed|imprisoned|incarcerated|served\s+time|on\s+probation|on\s+parole"
    rf"|charged\s+with(?:\s+{_OFFENCE})?|in\s+(?:police\s+)?custody|on\s+bail|pleaded\s+guilty"
    r"|probation\s+officer|community\s+service\s+order|sentenced"
    r"|(?:prison|jail|custodial|suspended)\s+sentence",
)

_SUSPICION_AND_MEASURES = (
    rf"verdacht\s+(?:(?:wordt|werd|worden|werden)\s+)?van(?:\s+{_OFFENCE})?"
    rf"|op\s+verdenking\s+van(?:\s+{_OFFENCE})?",
    # "wordt ervan verdacht steekpenningen te hebben aangenomen": the act joins the phrase.
    r"(?:wordt|werd)\s+(?:ervan\s+)?verdacht(?!\s+van)"
    r"(?:\s+(?:[\w-]+\s+){1,6}?te\s+(?:hebben|zijn)\s+\w+)?",
    rf"suspected{_FOR_OFFENCE}|arrested",
    # Investigated as a suspect: "onderzocht door de FIOD", "een strafrechtelijk onderzoek naar
    # hem", "a suspect in a burglary case", "under investigation for fraud".
    r"(?:onderzocht|verhoord)\s+door\s+de\s+(?:politie|recherche|rijksrecherche|fiod)"
    r"|strafrechtelijk\s+onderzoek|questioned\s+by\s+(?:the\s+)?police"
    r"|suspect\s+in\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:case|investigation|inquiry)"
    rf"|under\s+criminal\s+investigation|under\s+investigation{_FOR_OFFENCE}"
    r"|domestic\s+violence",
    # Questioned by police or FIOD as a suspect.
    rf"verhoord\s+als\s+verdachte{_FOR_OFFENCE}?|questioned\s+as\s+(?:a\s+)?suspect"
    rf"{_FOR_OFFENCE}?|interviewed\s+under\s+caution",
    # A fine counts only for an offence (see the module notes); not a "bestuurlijke boete".
    rf"(?<!bestuurlijke\s)(?:geld)?boetes?\s+(?:(?:heeft|had|hebben|is|werd|gekregen|gehad"
    rf"|opgelegd|betaald|kreeg|krijgt|krijgen)\s+){{0,3}}(?:voor|wegens)\s+{_OFFENCE}"
    rf"|beboet\s+(?:voor|wegens)\s+{_OFFENCE}|fined\s+(?:\w+\s+){{0,2}}?for\s+{_OFFENCE}",
    # "verdachte" as a person, not the adjective in "verdachte transactie".
    # "omgaan met een verdachte" is any suspect, not a person in the text.
    r"(?<!\b(?:een|elke|iedere|welke)\s)verdachte(?!\s+(?:\w+\s+)?(?:transactie|situatie"
    r"|omstandigheden|activiteit|e-?mail|link"
    r"|pakket|handeling|melding|betaling|persoon|personen|auto|voertuig|bericht|geldstro|omgeving"
    r"|gedrag|zaken|plek|locatie|bestand|login|inlogpoging|factuur|facturen)\w*)",
    rf"aanhouding(?:en)?{_FOR_OFFENCE}"
    rf"|(?:aangehouden|opgepakt|gearresteerd)(?:\s+door\s+de\s+politie|{_FOR_OFFENCE}"
    r"|\s+op\s+verdenking)|(?:door\s+de\s+politie)\s+(?:aangehouden|opgepakt|gearresteerd"
    r"|meegenomen|afgevoerd|opgehaald)",
    # An arrest of someone named by a pronoun, for any act ("nadat hij was aangehouden voor
    # het lekken van BRP-gegevens"). The act is required: "hij" may also be a postponed
    # application ("de aanvraag is binnen, maar hij is aangehouden").
    r"(?=aangehouden|opgepakt|gearresteerd)(?<=\b(?:hij|zij|ze)\s+(?:is|was|werd|wordt)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?)(?:aangehouden|opgepakt|gearresteerd)(?:{_FOR_OFFENCE}|{_FOR_ACT})",
    # A driving licence taken by the police or the court ("zijn rijbewijs is ingevorderd",
    # "een rijontzegging").
    r"rijbewijs\s+(?:is\s+|werd\s+)?(?:\w+\s+){0,3}?ingevorderd|rijontzegging"
    r"|ontzegging\s+van\s+de\s+rijbevoegdheid",
    r"gepakt\s+met\s+(?:\w+\s+)?(?:drugs|cocaïne|coke|heroïne|wiet|xtc|een\s+wapen|een\s+mes"
    r"|vuurwerk)",
    # "de politie heeft hem meegenomen", "agenten hebben haar opgepakt"
    r"(?:politie|agenten|agent|recherche)\s+(?:heeft|hebben|had|hadden)\s+(?:hem|haar|hen"
    r"|(?:zijn|haar|hun|mijn)\s+\w+|(?-i:\p{Lu}\p{Ll}+))\s+(?:\w+\s+){0,2}?(?:meegenomen"
    r"|opgepakt|aangehouden|gearresteerd"
    r"|afgevoerd|opgehaald)",
    # A fine imposed by a criminal court or the prosecutor.
    r"(?:geld)?boetes?\s+(?:van|door)\s+(?:de\s+(?:politie|kanton|straf)?rechter|het\s+(?-i:OM))",
    r"gearresteerd|arrestatie|in\s+verzekering\s+gesteld|inverzekeringstelling",
    # A search of someone's home by police or prosecutor ("bij zijn huiszoeking", "doorzoeking
    # van haar woning"); "doorzoeking van het archief" is not one.
    r"huiszoeking(?:en)?|(?:doorzoeking|doorzocht)\s+(?:van\s+|in\s+)?(?:de|zijn|haar|hun|het)"
    r"\s+(?:woning|huis|auto|pand|appartement|kamer|bedrijfspand)",
    r"(?:hennep|wiet|cannabis)(?:kwekerij|plantage|teelt|zolder)|kweekt\s+(?:hennep|wiet)|drugslab"
    r"|(?:cannabis|marijuana)\s+(?:grow(?:ing)?\s+operation|grow|farm|plantation|factory)"
    r"|(?:running|ran|runs)\s+a\s+(?:\w+\s+)?grow(?:ing)?\s+op(?:eration)?"
    r"|(?:growing|grows|grew|cultivating)\s+(?:cannabis|marijuana)",
    rf"{_OFFENCE}\s+gepleegd|gefraudeerd",
    r"(?:vog|verklaring\s+omtrent\s+(?:het\s+)?gedrag)\s+(?:van\s+(?:\w+\s+){1,2})?"
    r"(?:is\s+|werd\s+)?"
    r"(?:geweigerd|afgewezen|niet\s+afgegeven)|geen\s+vog\s+(?:gekregen|kreeg|krijgt)"
    r"|(?:weigering|voornemen\s+tot\s+weigering|weigeringsbesluit)\s+(?:van\s+)?(?:de\s+|een\s+"
    r"|zijn\s+|haar\s+)?(?:vog|verklaring\s+omtrent\s+(?:het\s+)?gedrag)",
    # A restraining order imposed on someone; "stel een gebiedsverbod op" (the mayor's
    # administrative order being drafted) is not matched.
    r"(?=huis|contact|gebied|locatie|straat|stadion|omgang|meldplicht)"
    r"(?<=\b(?:heeft|had|kreeg|krijgt|met|onder|legde|legt|legden|geldt|gold|loopt|liep)\s+"
    r"(?:[\w-]+\s+){0,4}?)"
    + _BANS
    + r"|"
    + _BANS
    + r"(?=\s+met\s+(?:zijn|haar|z'n|de|het)\s)|"
    + _BANS
    + r"\s+(?:(?:heeft|is|werd|wordt)\s+)?(?:opgelegd|gekregen|overtreden"
    r"|geschonden|verlengd)|"
    + _BANS
    + r"(?=\s+(?:heeft|had|kreeg|krijgt|heeft\s+gekregen)(?!\w))|restraining\s+order",
    r"huiselijk\s+geweld|zedenzaak|drugsdealer|dealt\s+(?:in\s+)?(?:drugs|coke|cocaïne|wiet)"
    # "bewoner dealt vanuit de woning" (Dutch "dealen"); "was dealt with" is English.
    r"|(?<=\b(?:hij|zij|ze|die|bewoner|huurder|zoon|cliënt|buurman|jongen|man)\s+)dealt"
    r"(?!\s+with)"
    r"|(?=crimineel)(?<=\b(?:een|is|als|was)\s+)crimineel(?!\s+\w*(?:geld|vermogen|netwerk|organisatie"
    r"|circuit|milieu|activiteit\w*))|(?=criminal)(?<=\b(?:a|is|as|was)\s+)criminal(?!\s+\w+)",
)

# Drugs or weapons found with someone or in their home (Opiumwet, Wet wapens en munitie): "in
# de woning is 300 gram cocaïne aangetroffen", "drugs in beslag genomen", "een handelshoeveelheid",
# "had een mes op zak". Goods seized by a bailiff ("zijn auto in beslag genomen") are not.
_DRUGS = (
    r"(?:hard|soft)?drugs|cocaïne|coke|heroïne|wiet|hennep|hasj|xtc(?:-pillen)?|speed|amfetamine"
    r"|mdma|ghb|crystal\s+meth|(?:vuur)?wapens?|munitie|pistool|boksbeugel"
)
_FINDS = (
    rf"(?:{_DRUGS})\s+(?:(?:en|,)\s+(?:[\w-]+\s+){{1,2}}?)?(?:(?:is|zijn|werd|werden)\s+)?"
    r"(?:aangetroffen|gevonden|in\s+beslag\s+genomen)",
    rf"\d+(?:[,.]\d+)?\s*(?:gram|gr|kilo|kg)\s+(?:{_DRUGS})",
    r"handelshoeveelheid|(?:mes|messen|wapen|vuurwapen|pistool|boksbeugel)\s+op\s+zak"
    r"|betrapt\s+met\s+(?:een\s+)?(?:mes|wapen|vuurwapen|pistool|drugs)",
)

# Patterns of one or two alternatives each, apart from the large suspicion pattern: the gate
# compiles each alternative once, on first use (recognizers._terms), and an alternative with the
# whole offence list or a list of person nouns costs milliseconds to compile, so those lists
# stand in as few alternatives as possible.
_OFFENCE_AFTER_VERB = (
    # An offence after a verb of catching, committing, involvement or trial, in one
    # alternative so that the offence list is compiled once: "betrapt op winkeldiefstal",
    # "gepakt voor rijden onder invloed", "pleegde destijds een overval", "was betrokken bij een
    # vechtpartij" (not "betrokken bij de fraude-aanpak"), "staat volgende maand voor de
    # rechter wegens mishandeling" (a civil case, "wegens huurachterstand", names no offence).
    r"(?:betrapt\s+op|gepakt\s+(?:voor|wegens|bij|op)|(?:pleegde|pleegt|pleegden|plegen)"
    r"(?:\s+\w+){0,2}?|(?:(?:is|was|werd|raakte|zijn|waren)\s+(?:[\w-]+\s+){0,2}?betrokken"
    r"|betrokken\s+(?:is|was|waren|raakte))\s+(?:geweest\s+)?bij(?:\s+\w+)?"
    r"|(?:staat|stond|moet|moest|verschijnt|verscheen|komt|kwam)\s+(?:[\w-]+\s+){0,3}?voor"
    r"\s+de\s+(?:politie|straf|kinder)?rechter\s+(?:wegens|voor|vanwege))\s+"
    rf"{_OFFENCE}(?![\w-])",
)

_ARREST_OF_A_PERSON = (
    # An arrest told of a person ("de bewoner is vorige week aangehouden", "mijn man is
    # opgepakt"): a role or family noun before the verb. After a pronoun only "opgepakt", and
    # not "opgepakt door de servicedesk" (a task picked up). The nouns are the core of
    # person_reference's list: a regex with all of them costs milliseconds to compile.
    r"(?=aangehouden|opgepakt|gearresteerd)(?<=\b(?:"
    + CORE_PERSON_NOUNS
    + r")\s+(?:is|was|werd|wordt|zijn|waren|werden)\s+(?:[\w-]+\s+){0,3}?)"
    r"(?:aangehouden|opgepakt|gearresteerd)"
    r"|(?=opgepakt)(?<=\b(?:hij|zij|ze)\s+(?:is|was|werd|wordt)\s+(?:[\w-]+\s+){0,3}?)opgepakt"
    r"(?!\s+(?:tot|door\s+(?:de\s+|het\s+|een\s+)?(?:servicedesk|helpdesk|afdeling|team"
    r"|collega|ons|mij|beheer|leverancier)))",
    # Taken to the police station ("is meegenomen naar het bureau"), or taken away where the
    # police came ("de politie kwam en haar vriend is meegenomen"); "meegenomen in de planning"
    # has neither.
    r"(?:meegenomen|afgevoerd|overgebracht)\s+naar\s+(?:het\s+)?(?:politie)?bureau"
    r"|naar\s+het\s+politiebureau\s+(?:gebracht|meegenomen)"
    r"|(?=meegenomen)(?<=\bpolitie\b[^\n]{0,80}?\b(?:hij|zij|ze|"
    + CORE_PERSON_NOUNS
    + r")\s+(?:is|was|werd|wordt)\s+(?:[\w-]+\s+){0,2}?)meegenomen(?!\s+(?:in|bij|als)\b)",
)

# Prosecution and police reports: a pattern of its own, so that the frequent triggers "pv " and
# "straf" do not make the larger suspicion pattern try every word before them.
_PROSECUTION = (
    # "wordt vervolgd" on its own is "to be continued".
    rf"(?<!wordt\s)vervolgd{_FOR_OFFENCE}?|(?<=wordt\s)vervolgd(?=\s+(?:door|voor|wegens))"
    r"|strafvervolging",
    # A report against someone; whoever "doet aangifte van diefstal" is the one robbed.
    rf"(?:proces-verbaal|pv)\s+(?:opgemaakt\s+)?tegen|aangifte\s+(?:gedaan\s+)?(?:tegen"
    rf"|wegens\s+{_OFFENCE}|(?<!\b(?:doet|deed|doen|deden|wil|wilde|willen|gaat|ging|gaan|heeft"
    rf"|had|hebben|hadden)\s+aangifte\s+(?:gedaan\s+)?)van\s+{_OFFENCE}"
    rf"|van\s+{_OFFENCE}(?=\s+(?:tegen|door)\s))",
    r"(?:transactie|strafbeschikking|schikking)\s+(?:van|met)\s+het\s+(?-i:OM)"
    rf"(?:\s+(?:heeft\s+)?(?:getroffen|gesloten|aanvaard|geaccepteerd|gekregen){_FOR_OFFENCE}?)?"
    r"|(?-i:OM)-transactie",
    # The criminal hearing itself.
    r"(?-i:OM)-zitting|strafzitting|zitting\s+(?:bij|van)\s+de\s+(?:politie|straf|kinder)rechter",
    # A summons from the prosecutor is criminal; one from a bailiff is not (see _AMBIGUOUS).
    r"(?:dagvaarding|oproeping)\s+(?:\w+\s+)?(?:van|door)\s+(?:de\s+|het\s+)?(?:officier\s+van"
    r"\s+justitie|(?-i:OM)|openbaar\s+ministerie)|gedagvaard\s+(?:door|voor)\s+(?:de\s+|het\s+)?"
    r"(?:officier\s+van\s+justitie|politierechter|strafrechter|kinderrechter|(?-i:OM))",
    # "er is proces-verbaal opgemaakt (wegens bedreiging)": without an article, the police
    # report of an offence; "het proces-verbaal van het stembureau" has one.
    rf"(?=proces-verbaal|pv)(?<!\b(?:het|dit|dat|een|de)\s+)(?:proces-verbaal|pv)\s+(?:is\s+)?(?:opgemaakt"
    # not the record of a hearing or meeting ("proces-verbaal opgemaakt van de hoorzitting")
    rf"|uitgeschreven|aangezegd)(?!\s+(?:van|over)\s){_FOR_OFFENCE}?",
)

# How case notes, e-mails and people say it rather than the law ("kwam net uit de bak", "heeft
# twee jaar gezeten", "de politie heeft hem meegenomen", "boete van de rechter", "OM-zitting").
# A pattern of its own so that its everyday triggers ("zitting", "agent") try only these terms.
_EVERYDAY = (
    # Slang ("kwam net uit de bak", "zit in de lik"): "de bak" is also a bin, so only after a
    # verb of being or coming.
    r"(?:kwam|komt|komen|kwamen|gekomen|is|net|pas|vers|vrij)\s+uit\s+de\s+(?:bak|lik|nor|petoet)"
    r"|(?:zit|zat|zitten|zaten|heeft|had|belandt|belandde|beland|moet|moest|ging|gaat)\s+"
    r"(?:[\w-]+\s+){0,2}?in\s+de\s+(?:bak|lik|nor|petoet)",
    # "heeft twee jaar gezeten", "heeft gezeten voor inbraken": sat in prison.
    r"(?:heeft|had|hebben)\s+(?:\w+\s+){0,2}?(?:jaar|jaren|maanden|maand|weken)\s+"
    r"gezeten|(?:heeft|had|hebben)\s+(?:\w+\s+){0,2}?gezeten\s+(?:voor|wegens)\s+(?:\w+\s+)?(?:inbra\w+"
    r"|diefstal\w*|fraude|mishandeling|geweld|drugs\w*|moord|doodslag|overval\w*|beroving\w*"
    r"|zeden\w*|verkrachting)"
    rf"|(?:heeft|had|hebben)\s+(?:\w+\s+){{0,2}}?gezeten{_FOR_OFFENCE}",
    # A life in crime: "zit in de criminaliteit", "is in de criminaliteit beland".
    r"(?:zit|zat|zitten|zaten|gezeten|beland\w*|terechtgekomen|actief|afgegleden|verzeild|raakte"
    r"|raakt|geraakt|rolde|gerold)\s+(?:\w+\s+){0,2}?in\s+de\s+(?:zware\s+|kleine\s+"
    r"|georganiseerde\s+)?criminaliteit|in\s+de\s+(?:zware\s+|kleine\s+)?criminaliteit\s+"
    r"(?:gezeten|beland|terechtgekomen|terecht\s+gekomen|gerold|gezakt|actief)",
    r"(?:moet|moest)\s+voorkomen\s+(?:bij|voor)\s+de\s+\w*rechter"
    rf"|(?:moet|moest)\s+voorkomen\s+(?:voor|wegens)\s+{_OFFENCE}",
    # Someone did it, in the active perfect ("heeft zijn vrouw mishandeld", "heeft geld
    # verduisterd"); a victim's "mijn fiets is gestolen" is passive and not matched.
    # A negation between ("heeft haar nooit bedreigd") says it did not happen; "heeft de show
    # gestolen" and "heeft mijn hart gestolen" are figures of speech.
    r"(?:heeft|had|hebben|hadden)\s+(?:(?!(?:niet|nooit|never|show|hart)\b)[\w-]+\s+){0,4}?"
    r"(?:mishandeld|bedreigd|gestolen"
    r"|ingebroken|verduisterd|verkracht|aangerand|gestalkt|afgeperst|witgewassen|neergestoken"
    r"|vermoord|gesmokkeld|gedeald)(?!\w)",
    r"(?:committed|admitted\s+to)\s+(?:a\s+|an\s+)?(?:crime|criminal\s+offen[cs]e|offen[cs]e"
    r"|fraud|theft|burglary|assault)|caught\s+(?:stealing|shoplifting|dealing)"
    r"|(?:stole|assaulted)\s+(?:from\s+)?(?:his|her|their|a|an|the)\s+\w+",
    r"(?:dealde|handelt|handelde|verkoopt|verkocht|verkopen)\s+(?:in\s+)?(?:\w+\s+)?(?:drugs"
    r"|coke|cocaïne|wiet|hasj|harddrugs|softdrugs|xtc-pillen)"
    r"|(?:drugs|coke|cocaïne|harddrugs)\s+(?:verkoopt|verkocht|verkopen)",
    r"(?:out\s+of|released\s+from)\s+(?:prison|jail|custody)|locked\s+up",
    # English sanctions and supervision: "a police caution", "an electronic tag", "known to the
    # youth offending team", "deals drugs"; "proceed with caution" is not one.
    r"police\s+caution|cautioned\s+by\s+(?:the\s+)?police|electronic(?:ally)?\s+(?:tag|tagged"
    r"|monitoring)|ankle\s+(?:tag|monitor)|youth\s+offending\s+team|young\s+offender"
    r"|juvenile\s+detention|(?:deals|dealing|sells|selling)\s+(?:\w+\s+)?(?:drugs|cocaine|heroin"
    r"|cannabis|weed|crack)",
)

# Mostly criminal, sometimes civil or administrative: below the threshold without context.
_AMBIGUOUS = (
    r"dagvaarding|gedagvaard|strafzaak|bibob|straf|bibob-?(?:advies|onderzoek|toets|gegevens"
    r"|rapport|rapportage)|" + _BANS,
)


class CriminalDataRecognizer(GatedTermRecognizer):
    """Criminal-law terms (AVG art. 10) as minimal phrases; linking to a person happens later."""

    ENTITY = "CRIMINAL_DATA"

    PATTERNS: ClassVar[tuple[TermPattern, ...]] = (
        ("conviction_or_record", _CONVICTION_AND_RECORD, 0.65),
        ("detention_or_sentence", _DETENTION_AND_SENTENCE, 0.6),
        ("suspicion_or_measure", _SUSPICION_AND_MEASURES, 0.6),
        ("offence_after_verb", _OFFENCE_AFTER_VERB, 0.6),
        ("arrest_of_a_person", _ARREST_OF_A_PERSON, 0.6),
        ("prosecution", _PROSECUTION, 0.6),
        ("drugs_or_weapons_found", _FINDS, 0.6),
        ("everyday_criminal_wording", _EVERYDAY, 0.6),
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
        # "pv " rather than "pv", which is also inside "PvdA" and "PVV".
        *("verzekering", "vervolg", "proces-verbaal", "pv ", "aangifte", "transactie"),
        "schikking",
        *("gepleegd", "gefraudeerd", "vog", "omtrent", "bibob", "verbod", "restraining"),
        *("geweld", "zedenzaak", "drugsdealer", "dealt", "hennep", "wiet", "drugslab"),
        *("dagvaard", "bekend", "verhoord", "suspect", "under caution", "boete", "beboet"),
        *("fined", "aanhouding", "cannabis", "marijuana", "grow", "antecedenten", "penitentiair"),
        *("terecht voor", "terecht wegens", "charged with", "custody", "on bail", "pleaded guilty"),
        *("veroordeling", "vrijgelaten", "meldplicht", "uit de bak", "uit de lik", "uit de nor"),
        *("uit de petoet", "in de bak", "in de lik", "in de nor", "in de petoet", "gezeten"),
        *("zitting", "voorkomen", "agent", "recherche", "out of", "released from"),
        *("betrapt", "huiszoeking", "doorzoeking", "doorzocht", "handelshoeveelheid", "op zak"),
        # What was found with someone, by the verb or the unit: a drug name as a trigger would
        # also wake every offence list that names it.
        *("aangetroffen", "gevonden", "in beslag", "gram ", "kg ", "kilo ", "gr "),
        *("mishandeld", "bedreigd", "gestolen", "ingebroken", "verduisterd", "verkracht"),
        *("aangerand", "gestalkt", "afgeperst", "witgewassen", "neergestoken"),
        *("vermoord", "gesmokkeld", "gedeald", "committed", "admitted to", "caught"),
        *("stole", "assaulted", "conviction", "found guilty", "acquitted", "vrijgesproken"),
        *("custodial", "suspended", "onderzocht door", "verhoord door", "questioned by"),
        *("under investigation", "under criminal investigation", "domestic violence"),
        *("locked up", "dealde", "handelt", "handelde", "verkoopt", "verkocht", "verkopen"),
        *("betrokken", "pleeg", "criminaliteit", "ingevorderd", "rijontzegging", "ontzegging"),
        *("openbaar ministerie", "meegenomen", "afgevoerd", "overgebracht", "politiebureau"),
        *("police caution", "cautioned by", "electronic", "ankle tag", "ankle monitor"),
        *("youth offending", "young offender", "juvenile detention", "deals", "dealing"),
        *("sells", "selling", "gepakt", "voor de rechter", "voor de politierechter"),
        *("voor de strafrechter", "voor de kinderrechter"),
    )
    CASED_TRIGGERS: ClassVar[tuple[str, ...]] = (
        *("PI", "JJI", "PIJ", "ISD", "Halt", "HALT", "OM"),
    )
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
