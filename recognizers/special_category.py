"""SPECIAL_CATEGORY: the other special categories of AVG art. 9 (health has its own recognizer):
religion, ethnic origin, sexual orientation and gender identity, political opinion, union
membership, biometric and genetic data. Dutch and English.

Topic only; ``gateway.engine.subject`` keeps a finding only when it concerns a specific person
("mijn collega is lid van de FNV", not "wat doet de FNV?").

Choices worth knowing:

- Nationality is not art. 9 ("heeft de Turkse nationaliteit" is not matched); origin is ("van
  Turkse afkomst", "migratieachtergrond").
- Gender identity (transgender, non-binair) is not literally in art. 9, but it reveals sex life
  or health (gender-affirming care) often enough that it is treated as special here.
- "orthodox" counts only next to a faith word ("orthodoxe Pasen", "orthodox christen"), and a
  place of worship only as a visit ("bezoekt de moskee"), not as a building in a permit text.
- A headscarf is matched only as "draagt een hoofddoek": a description of a person that reveals
  religion, not the word in a dress-code policy.
- Party and union names count only as membership, vote or support ("lid van de SP", "op de
  PVV stemt", "FNV-lid", "a member of the FNV", "actief bij Extinction Rebellion"; not "a
  member of the project team"), not when the party is merely
  mentioned; "lid van de VVD-fractie" is a public office and skipped, and so is the party of a
  council member or alderman (``gateway.engine.subject`` drops it, AVG art. 9(2)(e)).
- Religious practice counts like religion: going to a place of worship, membership of a
  congregation, fasting, prayer, a religious office ("is imam"). Sex life counts too
  ("seksueel misbruikt"); a partner's gender alone ("haar vrouw") does not.
"""

from __future__ import annotations

from typing import ClassVar

import regex as re

from recognizers._terms import GatedTermRecognizer, TermPattern

_WORSHIP = (
    r"(?:moskee|kerk|synagoge|tempel|gurdwara|mandir|parochie|kerkdienst|vrijdaggebed|mis"
    r"|zondagsmis|eucharistie|eredienst|gebedsdienst|gebedshuis|sjoel|vrijdagmiddaggebed)"
)
_RELIGION = (
    r"moslima?|islamitische?|islamiet|christen|christelijke?|katholieke?|rooms-katholieke?"
    r"|protestantse?|gereformeerde?|hervormde?|evangelische?|joodse?|jood|hindoe(?:ïstische?)?"
    r"|boeddhist(?:ische?)?|sikh|atheïst|agnost\w*|alevitisch\w*|alevi(?:et|tische?)?|jezidi\w*"
    r"|sji(?:iet|itisch\w*|ieten)|soenni(?:et|tisch\w*|eten)|salafist\w*|ahmadi(?:yya|ya|ja|yah)\w*|ahmadi-\w+"
    r"|jehovah?['’]?s\s+getuigen?|getuigen?\s+van\s+jehovah?"
    # Completed per faith and life stance rather than per example.
    r"|humanist(?:e|en|isch|ische)?|mormo(?:on|onse|nen)|kopt(?:isch|ische|en)?|baptist(?:e|en)?"
    r"|doopsgezind\w*|remonstrant\w*|quaker|rastafari\w*|bahá['’]?í|bahai|jaïn\w*"
    r"|zoroastrisch\w*|pinkstergemeente|bekeerling|ongelovige?|niet-gelovige?"
    # Denominations and movements, completed from the Dutch church and faith registers.
    r"|(?:zevendedags)?adventist(?:e|en|isch|ische)?|pinksterchristen\w*|pinkstergelovige?"
    r"|(?:nieuw-)?apostolisch\w*|vrijgemaakt\w*|messiaans\w*|anglicaan\w*|anglicaans\w*"
    r"|lutheraan\w*|lutherse?|calvinist\w*|methodist\w*|chassidisch\w*|soefi\w*",
    r"bekeerd(?:\s+tot\s+(?:de\s+|het\s+)?\w+)?|(?:streng\s+)?gelovige?|praktiserende?\s+\w+"
    r"|(?:zijn|haar|hun)\s+(?:geloof\w*|religie|levensovertuiging|godsdienst\w*)"
    r"|(?:vanwege|vanuit|om)\s+(?:zijn|haar|hun)\s+(?:geloof|religie|godsdienst)"
    # A reason of faith reveals one ("draagt hem om religieuze redenen", "weigert uit
    # geloofsovertuiging", "op religieuze gronden").
    r"|(?:om|vanwege|uit|op)\s+(?:religieuze|godsdienstige|levensbeschouwelijke|geloofs)\s*"
    r"(?:redenen|overwegingen|gronden|bezwaren|overtuiging)|geloofsovertuiging|geloofsredenen",
    # "orthodox" alone is also an approach ("een orthodoxe aanpak"): only with a faith word.
    r"(?:(?:grieks|russisch|syrisch|koptisch|ethiopisch|eritrees)-)?orthodoxe?\s+"
    r"(?:christen|christelijke?|kerk|pasen|kerst|jood|joodse?|moslim|geloof)\w*"
    r"|orthodox\s+(?:christian|jewish|jew|easter|church)",
    r"muslim|christian|catholic|jewish|hindu|buddhist|sikh|religious\s+beliefs?"
    r"|(?:for|on)\s+religious\s+(?:reasons|grounds)"
    r"|(?:practising|practicing|devout)\s+\w+",
)

# What a person does for their faith: dress, office, worship, membership, fasting, prayer. A
# pattern of its own so that "lid van" or "kerk" do not make the faith words try every word.
_RELIGIOUS_PRACTICE = (
    # "draagt een hoofddoek (vanwege haar geloof)": a description of a person, not a dress code.
    r"(?:draagt|droeg|dragen)\s+(?:\w+\s+){0,2}?(?:een\s+)?(?:hoofddoek|niqaab|nikab|boerka|keppel"
    r"|keppeltje|tulband|sluier|hijab|chador|kippa|kipa)(?:\s+(?:vanwege|vanuit|om)\s+(?:zijn|haar)\s+(?:geloof|religie))?"
    r"|(?:een\s+)?(?:hoofddoek|niqaab|nikab|boerka|keppel|keppeltje|tulband)\s+(?:draagt|droeg)",
    # A religious office reveals the faith ("is imam van de moskee", "werkt als dominee").
    r"(?=imam|dominee|pastoo?r|priester|rabbijn|ouderling|diaken|predikant|pandit)"
    r"(?<=\b(?:is|was|als|werd)\s+)(?:imam|dominee|pastoor|priester|rabbijn|ouderling|diaken"
    r"|predikant|pandit|pastor)",
    # Going to or being a member of a place of worship ("gaat op vrijdag naar de moskee", "dat
    # hij naar de kerk gaat", "lid van een evangelische gemeente"); the building in a permit
    # text has no "naar"/"lid van" and is not matched.
    r"(?:gaat|ging|gaan|gingen|wil|wilde|willen|moet|moest|mag|mocht)\s+"
    r"(?:(?!(?:route|weg|pad|bus|bord|borden|verwijzing|verkeer)\b)[\w-]+\s+){0,3}?"
    rf"naar\s+(?:de|het)\s+{_WORSHIP}"
    rf"|(?=naar\s)(?<!(?:route|weg|pad|bus|bord|borden|verwijzing|verkeer)\s+)naar\s+de\s+"
    rf"{_WORSHIP}\s+(?:gaat|ging|gaan|gingen)",
    r"lid\s+(?:is\s+)?van\s+(?:de\s+|een\s+|het\s+)?(?:[\w-]+\s+){0,2}?(?:kerk|moskee|synagoge|parochie"
    r"|geloofsgemeenschap|kerkgenootschap|(?:evangelische|baptisten|pinkster|gereformeerde"
    r"|hervormde|protestantse|katholieke|christelijke|joodse|islamitische|liberaal-joodse)"
    r"\s+gemeente)|kerkganger|kerkelijk\s+actief",
    # "is actief in de moskee", "vrijwilliger bij de kerk"
    rf"(?:actief|vrijwilliger)\s+(?:in|bij|voor)\s+(?:de|het|een)\s+{_WORSHIP}",
    # "(wil) de moskee op vrijdag blijven bezoeken", "bezoekt elke week de kerk"
    r"de\s+(?:moskee|kerk|synagoge|tempel|gurdwara)\s+(?:[\w-]+\s+){0,4}?(?:bezoeken|bezoekt"
    r"|bezocht)|(?:bezoekt|bezocht)\s+(?:[\w-]+\s+){0,3}?de\s+(?:moskee|kerk|synagoge|tempel"
    r"|gurdwara)",
    # Keeping a fast or feast as a person ("doet mee aan de ramadan", "vast tijdens de ramadan").
    r"(?:doet|doen|deed|deden)\s+(?:[\w-]+\s+){0,3}?mee\s+aan\s+(?:de\s+|het\s+)?(?:ramadan|vasten"
    r"|vastenmaand|vastentijd|suikerfeest|offerfeest)|mee\s+aan\s+de\s+ramadan"
    r"|(?:vast|vastte|vasten|bidden|bidt|viert|vieren|houdt|hield|houden)\s+(?:[\w-]+\s+){0,2}?(?:tijdens\s+)?"
    r"(?:de\s+)?(?:ramadan|suikerfeest|offerfeest|jom\s+kipoer|pesach|divali|diwali)",
    r"(?:bidt|bidden)\s+(?:\w+\s+)?(?:vijf|5)\s+keer\s+per\s+dag|(?:hij|zij|ze)\s+bidt",
    # Religious teaching followed by a person ("volgt koranles", "gaat naar de zondagsschool"),
    # not the building in a permit text.
    r"(?:volgt|volgde|volgen|krijgt|kreeg|gaat\s+naar|ging\s+naar|zit\s+op|zat\s+op)\s+"
    r"(?:de\s+|het\s+)?(?:koranles|koranschool|koranonderwijs|catechisatie|bijbelstudie"
    r"|zondagsschool|godsdienstles|joodse\s+les)",
    # The same practices in English ("wears a headscarf", "attends the mosque", "observes
    # Ramadan", "prays five times a day").
    r"(?:wears|wore|wearing)\s+(?:\w+\s+)?(?:a\s+)?(?:hijab|headscarf|niqab|burqa|turban|kippah"
    r"|yarmulke)|(?:attends|attended|goes\s+to|went\s+to)\s+(?:the\s+|a\s+)?(?:mosque|church"
    r"|synagogue|temple|gurdwara)|(?:observes|observed|observing|fasts\s+during|fasting\s+during)"
    r"\s+(?:the\s+)?(?:ramadan|sabbath|shabbat|lent|yom\s+kippur)|prays\s+(?:five|5)\s+times",
    # Eating by religious law ("eet alleen halal", "eet koosjer"), not the canteen's menu.
    r"(?:eet|eten|at|aten)\s+(?:\w+\s+)?(?:alleen\s+|uitsluitend\s+|geen\s+|strikt\s+)?"
    r"(?:halal|koosjer|kosjer)",
    r"(?:houdt|hield|houden|viert|vierde|respecteert)\s+(?:zich\s+aan\s+)?(?:de\s+)?"
    r"(?:sabbat|sjabbat|shabbat|zondagsrust)",
    # The fast of a person ("vroeg of hij tijdens de ramadan ...", "zijn ramadan"); a newsletter
    # about working during the ramadan names no one.
    r"(?=tijdens)(?<=\b(?:hij|zij|ze)\s+(?:[\w-]+\s+){0,3}?)tijdens\s+(?:de\s+)?ramadan"
    r"|(?:zijn|haar)\s+(?:ramadan|vasten|gebed|gebeden|gebedstijden|gebedskleed)",
    # Wanting a moment or a place to pray ("vroeg om een ruimte om te bidden").
    # (With a feast after it, "bidden tijdens de ramadan" is the phrase, found above.)
    r"(?:(?:om|wil|willen|wilde|moet|moest|mag|gaat|ging)\s+(?:\w+\s+)?te\s+bidden"
    r"|(?:gaat|ging|gaan|wil|wilde|moet|moest)\s+bidden)(?!\s+tijdens\b)",
)

# Ethnic groups that are not a nationality (a nationality is not art. 9).
_ETHNIC_GROUPS = (
    r"(?-i:Roma|Sinti|Sinto|Hazara|Koerd(?:e|en|isch|ische)?|Berber|Amazigh|Oeigoer\w*|Tamil"
    r"|Moluk(?:ker|se|s)|Hindoesta(?:an|anse|ans)|Creoolse?|Papoea)"
)
_ORIGIN = (
    # "van Marokkaanse afkomst", "van Surinaams-Hindoestaanse komaf", "met een Turks-Nederlandse
    # achtergrond", "van Sinti-afkomst", "een Hazara-achtergrond" (capitalised origin)
    r"(?:van|met\s+een|(?:een|zijn|haar|hun)(?=\s+\p{Lu}))\s+(?-i:\p{Lu}[\p{L}-]*(?:se|sche))"
    r"\s+(?:afkomst|komaf|origine|herkomst|achtergrond|roots|wortels)"
    r"|(?:van\s+|een\s+)?(?-i:\p{Lu}[\p{L}]+)-(?:afkomst|achtergrond|roots|komaf)",
    # "Marokkaans-Nederlandse", "een Turkse Nederlander": origin beside the nationality.
    r"(?-i:\p{Lu}\p{Ll}+s-Nederland(?:er|se|s)?|\p{Lu}\p{Ll}+(?:se|sche)\s+Nederlanders?)",
    r"migratieachtergrond|etniciteit|etnische\s+(?:achtergrond|afkomst|herkomst|groep"
    r"|minderheid)|(?:donkere|zwarte|getinte|lichte)\s+huidskleur|huidskleur|allochto(?:on|ne)"
    r"|woonwagenbewoner|" + _ETHNIC_GROUPS,
    # Race as a description of a person ("een getinte man", "zij is zwart"); "de auto is zwart"
    # and "zwartwerk" are not.
    r"(?:zwarte|getinte)\s+(?:man|vrouw|jongen|meisje|jongeman|dame|heer|collega|medewerker"
    r"|medewerkster|inwoner|cliënt|cliënte|klant|buurman|buurvrouw)"
    r"|(?=zwart|getint)(?<=\b(?:hij|zij|ze)\s+(?:is|was)\s+)(?:zwart|getint)"
    r"(?=\s*[.,;:!?)]|\s*$|\s+(?:en|maar|of)\b)",
    # Origin through a parent ("heeft een Antilliaanse moeder", "zijn Turkse vader").
    r"(?:een|zijn|haar)\s+(?-i:\p{Lu}\p{Ll}+(?:se|sche))\s+(?:moeder|vader|ouders|familie"
    r"|grootouders|opa|oma)",
    # "van gemengde afkomst", "met een niet-westerse achtergrond": origin without a country.
    r"(?:van|met\s+een)\s+(?:gemengde|buitenlandse|niet-westerse|niet-nederlandse|migranten)\s+"
    r"(?:afkomst|komaf|origine|herkomst|achtergrond|roots)",
    # Belonging to a community of origin or faith ("komt uit de Somalische gemeenschap",
    # "behoort tot de Roma-gemeenschap", "is actief in de joodse gemeenschap"); a meeting "met de
    # Marokkaanse gemeenschap" names no one and has none of these verbs.
    r"(?:(?:komt|kwam|komen|afkomstig|stamt|stamde)\s+uit|(?:behoort|behoorde|behoren|hoort"
    r"|hoorde)\s+(?:tot|bij)|(?:lid|deel\s+uit)\s+van|(?:actief|opgegroeid|geworteld)\s+(?:in"
    r"|binnen))\s+(?:de|een|het)\s+(?:(?:hechte|kleine|grote|lokale)\s+)?(?:(?-i:\p{Lu})[\p{L}-]*"
    r"|joodse|islamitische|christelijke|hindoestaanse|moslim|orthodoxe|lhbti\w*\+?)[\s-]"
    r"(?:gemeenschap|geloofsgemeenschap|community)",
    r"ethnicity|ethnic\s+(?:origin|background|minority)|skin\s+colou?r|of\s+\w+\s+(?:descent"
    r"|origin|heritage)|(?=(?-i:Black))(?<=\b(?:is|am|are|being)\s+)(?-i:Black)",
)

_SEXUALITY_AND_GENDER = (
    r"homo(?!\s+sapiens)|homoseksue(?:el|le)|homofiel|lesbische?|lesbienne|biseksue(?:el|le)|queer"
    r"|aseksue(?:el|le)|panseksue(?:el|le)|homostel|lesbisch\s+stel",
    r"seksuele\s+(?:geaardheid|oriëntatie|voorkeur)|uit\s+de\s+kast(?:\s+gekomen)?"
    r"|coming[\s-]out",
    r"transgender|transvrouw|transman|trans\s+(?:vrouw|man|persoon|jongen|meisje)|non-binair"
    r"|genderdysfor\w*|genderidentiteit|geslachtsverandering|geslachtsaanpassing|genderteam"
    r"|sekswerker|prostituee|(?=in\s)(?<=\b(?:hij|zij|ze|is)\s+)in\s+(?:(?:zijn|haar)\s+)?transitie"
    # Sex life (art. 9 "seksueel gedrag"), including having been abused.
    r"|seksueel\s+(?:misbruikt|actief|uitgebuit|overschrijdend\s+gedrag)"
    r"|(?:slachtoffer\s+van\s+)?seksueel\s+(?:misbruik|geweld)|seksuele\s+(?:relatie|contacten"
    r"|uitbuiting|voorgeschiedenis)|sekswerk|in\s+de\s+prostitutie"
    r"|(?:medische|sociale)\s+transitie|genderbevestigende\s+\w+"
    # "de jongere is trans": the bare word after a copula, at a clause end. One space, so that
    # the trigger ("is trans") is in the match.
    r"|(?:is|ben|als) trans(?=\s*[.,;:!?]|\s*$|\s+(?:en|maar|of)\b)"
    r"|intersekse|interseksueel|genderfluïde|genderqueer|agender|travestiet"
    r"|geslachtswijziging|(?:veranderd|verandert|veranderen|gewijzigd)\s+van\s+geslacht",
    r"gay|lesbian|bisexual|homosexual|transgender|non-binary|sexual\s+orientation"
    r"|trans\s+(?:woman|man|person|girl|boy)|intersex"
    r"|came\s+out\s+as\s+\w+",
    # "valt op meisjes", "op mannen valt": orientation in everyday words.
    r"(?:valt|viel|vallen)\s+(?:\w+\s+)?op\s+(?:mannen|vrouwen|jongens|meisjes)"
    r"|op\s+(?:mannen|vrouwen|jongens|meisjes)\s+(?:valt|viel|vallen)",
)

_PARTIES = (
    r"(?-i:PVV|VVD|SP|PvdA|GroenLinks|GL-PvdA|D66|CDA|ChristenUnie|CU|SGP|FvD|BBB|JA21|PvdD|NSC"
    r"|Volt|DENK|50PLUS)|Forum\s+voor\s+Democratie|Partij\s+voor\s+de\s+Dieren"
    r"|Socialistische\s+Partij|Partij\s+van\s+de\s+Arbeid|Staatkundig\s+Gereformeerde\s+Partij"
    r"|BoerBurgerBeweging|Nieuw\s+Sociaal\s+Contract|Democraten\s+66|(?-i:BVNL|BIJ1|Bij1)"
    r"|Piratenpartij|(?:Leefbaar|Lokaal)\s+(?-i:\p{Lu})\w+"
)
_UNIONS = r"(?-i:FNV|CNV|VCP|CMHF|AbvaKabo|De\s+Unie|NVJ|ACP)|vakbond"
# Activist movements: membership reveals a political opinion.
_MOVEMENTS = (
    r"Extinction\s+Rebellion|(?-i:XR)|Greenpeace|Kick\s+Out\s+Zwarte\s+Piet|Black\s+Lives\s+Matter"
    r"|(?-i:BLM)|Pegida|Farmers\s+Defence\s+Force|(?-i:FDF)|Code\s+Rood|Milieudefensie"
    r"|Amnesty(?:\s+International)?"
)
_OPINION_AND_MEMBERSHIP = (
    rf"lid\s+(?:is\s+)?van\s+(?:de\s+|het\s+)?(?:{_PARTIES})(?:-afdeling|-jongeren)?(?![\w-])"
    # Any party by its name ("lid van de Communistische Partij"), or none ("een politieke partij")
    r"|lid\s+(?:is\s+)?van\s+(?:de|een)\s+(?:(?:(?-i:\p{Lu})[\p{L}-]*\s+){1,3}(?-i:Partij)"
    r"|politieke\s+partij)",
    rf"(?:stemt|stemde|gestemd)\s+(?:\w+\s+){{0,2}}?(?:op\s+)?(?:de\s+|het\s+)?(?:{_PARTIES})(?![\w-])"
    rf"|op\s+(?:de\s+|het\s+)?(?:{_PARTIES})\s+(?:heeft\s+)?(?:stemt|stemde|stemmen|gestemd)"
    rf"|(?:{_PARTIES})-(?:stemmer|lid|aanhanger|kiezer)|(?:{_PARTIES})['’]ers?|GroenLinksers?"
    rf"|(?:aanhanger|supporter|kiezer|stemmer|sympathisant)\s+van\s+(?:de\s+|het\s+)?(?:{_PARTIES})"
    rf"|(?:votes|voted|voting)\s+(?:for\s+)?(?:the\s+)?(?:{_PARTIES})(?![\w-])",
    r"politieke\s+(?:voorkeur|kleur|overtuiging|opvattingen?)|partijlid(?:maatschap)?"
    r"|(?:klimaat|dierenrechten)?activist(?:e|en)?|demonstreert|demonstreerde",
    rf"lid\s+(?:is\s+)?van\s+(?:de\s+|het\s+|een\s+)?(?:{_UNIONS})"
    rf"|aangesloten\s+bij\s+(?:de\s+|het\s+|een\s+)?(?:{_UNIONS})"
    r"|vakbondslid(?:maatschap)?|kaderlid(?:\s+van\s+(?:de\s+|het\s+)?(?-i:FNV|CNV|VCP))?"
    # Support by one's union implies membership ("wordt bijgestaan door de FNV", "zit bij de
    # vakbond", "zijn vakbond").
    rf"|(?:bijgestaan|ondersteund|vertegenwoordigd|geholpen)\s+door\s+(?:de\s+|zijn\s+|haar\s+)?"
    rf"(?:{_UNIONS})|(?:zit|zat)\s+bij\s+(?:de\s+|het\s+)?(?:{_UNIONS})"
    r"|(?:zijn|haar)\s+vakbond"
    r"|(?-i:FNV|CNV|VCP)-lid|(?-i:FNV|CNV)['’]er"
    # "zij is vakbondsvertegenwoordiger"; "een vakbondsbestuurder bij het gesprek" is someone else.
    r"|(?=vakbond)(?<=\b(?:is|als|was|werd)\s+)vakbonds(?:vertegenwoordiger|bestuurder|man|vrouw"
    rf"|kader)|(?:bestuurslid|voorzitter|secretaris|penningmeester|afgevaardigde)\s+van\s+"
    rf"(?:de\s+|het\s+)?(?:{_UNIONS})|namens\s+(?:de\s+|het\s+)?(?-i:FNV|CNV|VCP)",
    rf"(?:actief|lid|vrijwilliger|zit|zat)\s+(?:bij|van|in|binnen)\s+(?:de\s+|het\s+)?"
    rf"(?:{_MOVEMENTS})",
    r"political\s+(?:views|opinions?|affiliation)|union\s+member\w*|trade\s+union\s+member\w*",
    # "he is a member of the FNV", "member of the Labour party"
    rf"(?:a\s+)?member\s+of\s+(?:the\s+|a\s+)?(?:(?:{_PARTIES}|{_UNIONS})(?![\w-])"
    r"|(?:trade\s+)?union|(?-i:\p{Lu})\w+\s+party)",
)

_BIOMETRIC_AND_GENETIC = (
    r"vingerafdruk(?:ken)?|gezichtsherkenning|gezichtsscan|irisscan|biometrische?(?:\s+gegevens)?",
    r"dna-(?:test|onderzoek|profiel|afname|analyse)|erfelijke?\s+(?:aanleg|ziekte|aandoening)",
    r"genetische?\s+(?:aanleg|aandoening|test|onderzoek|afwijking)|dragerschap|(?-i:BRCA)\w*",
    r"fingerprints?|facial\s+recognition|biometric\s+data|genetic\s+(?:test|data|condition)",
)


# An office in a party's local branch ("in het bestuur van de lokale PVV-afdeling"). A pattern
# of its own: its triggers ("bestuur", "voorzitter") are common words in municipal texts.
_PARTY_OFFICE = (
    r"(?:in het bestuur|bestuurslid|voorzitter|secretaris|penningmeester|actief|vrijwilliger) "
    r"(?:van|bij|in|binnen)\s+(?:de\s+|het\s+)?(?:(?:lokale|plaatselijke"
    r"|regionale)\s+)?(?:afdeling\s+(?:\w+\s+)?van\s+(?:de\s+|het\s+)?)?"
    rf"(?:{_PARTIES})(?:-afdeling|-jongeren|\s+afdeling\s+\w+)?(?![\w-])",
)

# A party as a whole cell of a table or list of people ("01;Ans de Boer;67;VVD", "| Jan | SP |"):
# a column of votes or memberships. Only the short names, written as parties write them; whether
# the row is a person (and not a seat count or a council member) is decided by
# ``gateway.engine.subject``.
_PARTY_NAMES_CASED = (
    r"PVV|VVD|SP|PvdA|GroenLinks(?:-PvdA)?|GL-PvdA|D66|CDA|ChristenUnie|CU|SGP|FvD|BBB|JA21"
    r"|PvdD|NSC|Volt|DENK|50PLUS|BVNL|BIJ1|Bij1"
)
_PARTY_CELL = (rf"(?<=(?:^|[;|\t])[ \t]*)(?-i:{_PARTY_NAMES_CASED})(?=[ \t]*(?:[;|\t]|$))",)

# For ``gateway.engine.subject``: a party name inside a finding, to recognise the public role of
# a council member ("raadslid Jansen is lid van de SP" is public, see there).
POLITICAL_PARTY = re.compile(_PARTIES)


class SpecialCategoryRecognizer(GatedTermRecognizer):
    """Other AVG art. 9 categories as minimal phrases; linking to a person happens later."""

    ENTITY = "SPECIAL_CATEGORY"

    PATTERNS: ClassVar[tuple[TermPattern, ...]] = (
        ("religion", _RELIGION, 0.55),
        ("religious_practice", _RELIGIOUS_PRACTICE, 0.55),
        ("ethnic_origin", _ORIGIN, 0.6),
        ("sexuality_or_gender", _SEXUALITY_AND_GENDER, 0.6),
        ("political_or_union", _OPINION_AND_MEMBERSHIP, 0.6),
        ("party_office", _PARTY_OFFICE, 0.6),
        ("biometric_or_genetic", _BIOMETRIC_AND_GENETIC, 0.6),
    )
    # Every term contains one of these (see recognizers._terms); keep in step with the patterns.
    TRIGGERS: ClassVar[tuple[str, ...]] = (
        *("moslim", "islam", "christ", "katholie", "protestant", "gereformeerd", "hervormd"),
        *("evangeli", "jood", "joods", "hindoe", "boeddhist", "sikh", "atheïst", "jehova"),
        *("bekeerd", "gelovig", "geloof", "religie", "hoofddoek", "niqaab", "boerka"),
        *("keppel", "tulband", "moskee", "kerk", "synagoge", "tempel", "gurdwara", "ramadan"),
        "orthodox",
        *("muslim", "catholic", "jewish", "hindu", "buddhist", "religious", "afkomst"),
        *("komaf", "origine", "herkomst", "achtergrond", "roots", "etni", "huidskleur"),
        *("allochto", "woonwagen", "ethnic", "skin colo", "descent", "homo", "lesb", "biseks"),
        *("queer", "seksuele", "uit de kast", "transgender", "transvrouw", "transman"),
        *("non-binair", "gender", "geslachts", "sekswerker", "prostituee", "gay", "bisexual"),
        *("sexual", "came out", "stemt", "stemde", "gestemd", "politieke", "political"),
        *("partijlid", "vakbond", "kaderlid", "union member", "vingerafdruk", "gezichts"),
        *("irisscan", "biometri", "dna", "erfelijk", "genetisch", "dragerschap", "fingerprint"),
        *("facial", "genetic", "forum voor democratie", "partij voor de dieren", "de unie"),
        *("religieuze", "godsdienstige", "levensbeschouwelijke", "geloofs", "religious"),
        *("adventist", "pinksterchrist", "pinkstergelovig", "apostolisch", "vrijgemaakt"),
        *("messiaans", "anglica", "luther", "calvinis", "methodist", "chassid", "soefi"),
        *("naar de mis", "zondagsmis", "eucharistie", "eredienst", "sjoel", "gemeenschap"),
        *("koran", "catechisatie", "bijbelstudie", "zondagsschool", "godsdienstles"),
        *("joodse les", "is trans", "ben trans", "als trans"),
        *("community", "coming out", "coming-out", "piratenpartij", "zwart", "getint"),
        # origin through a parent: the adjective's ending with the noun, as family nouns alone
        # are frequent words
        *("se moeder", "se vader", "se ouders", "se familie", "se grootouders", "se opa"),
        *("se oma", "sche moeder", "sche vader", "sche ouders", "sche familie"),
        *("lid van", "aangesloten bij", "agnost", "alevi", "jezidi", "praktiserend", "gebed"),
        *("levensovertuiging", "godsdienst", "nikab", "sluier", "mandir", "parochie", "vasten"),
        *("suikerfeest", "offerfeest", "kipoer", "pesach", "divali", "diwali", "bidt", "bidden"),
        *("member of", "votes", "voted", "voting", "vrijwilliger voor"),
        *("devout", "practising", "practicing", "s-nederland", "heritage", "origin", "aseksue"),
        *("panseksue", "trans vrouw", "trans man", "trans persoon", "trans jongen", "binary"),
        *(
            "trans meisje",
            "in transitie",
            "in zijn transitie",
            "in haar transitie",
            "stemmer",
            "aanhanger",
            "kiezer",
            "-lid",
            "activist",
        ),
        *("demonstr", "extinction", "greenpeace", "zwarte piet", "lives matter", "pegida"),
        *("medische transitie", "sociale transitie"),
        *("op mannen", "op vrouwen", "op jongens", "op meisjes"),
        *("in het bestuur van", "in het bestuur bij", "bestuurslid van", "bestuurslid bij"),
        *("voorzitter van", "voorzitter bij", "secretaris van", "secretaris bij"),
        *("penningmeester van", "penningmeester bij", "actief bij", "actief in", "actief van"),
        *("vrijwilliger bij", "vrijwilliger in", "vrijwilliger van", "in het bestuur in"),
        *("bestuurslid in", "voorzitter in", "secretaris in", "penningmeester in"),
        *("farmers defence", "code rood", "milieudefensie", "amnesty", "wortels", "imam"),
        *("dominee", "pastoor", "priester", "rabbijn", "ouderling", "diaken", "predikant"),
        *("pandit", "pastor", "sji", "soenni", "salafist", "ahmadi", "supporter", "sympathisant"),
        *("socialistische partij", "partij van de arbeid", "staatkundig", "boerburgerbeweging"),
        *("nieuw sociaal contract", "democraten 66", "seksueel", "sekswerk", "prostitutie"),
        " nederlander",
        *("humanis", "mormo", "kopt", "baptist", "doopsgezind", "remonstrant", "quaker"),
        *("rastafari", "bahá", "bahai", "jaïn", "zoroastr", "pinkstergemeente", "bekeerling"),
        *("gelovig", "halal", "koosjer", "kosjer", "sabbat", "sjabbat", "shabbat", "zondagsrust"),
        *("ramadan", "gebed", "vasten", "te bidden", "bidden", "intersekse", "interseks"),
        *("travestiet", "van geslacht", "'er", "’er", "groenlinkser", "vakbond", "actief binnen"),
        *("bestuurslid binnen", "voorzitter binnen", "secretaris binnen", "vrijwilliger binnen"),
        *("penningmeester binnen", "in het bestuur binnen", "agender", "hijab", "chador"),
        *("kippa", "kipa", "headscarf", "niqab", "burqa", "turban", "kippah", "yarmulke"),
        *("mosque", "church", "synagogue", "temple", "observes", "observed", "observing"),
        *("fasts during", "fasting during", "prays five", "prays 5", "trans woman", "trans man"),
        *("trans girl", "trans boy", "trans person", "intersex"),
    )
    CASED_TRIGGERS: ClassVar[tuple[str, ...]] = (
        *("Roma", "Sinti", "Sinto", "BRCA", "Hazara", "Koerd", "Berber", "Amazigh", "Oeigoer"),
        *("Tamil", "Moluk", "Hindoesta", "Creool", "Papoea", "Black", "FNV", "CNV", "VCP", "XR"),
        *("BLM", "FDF", "CMHF", "AbvaKabo", "NVJ", "ACP"),
    )
    # Substrings of the non-stop words among the five words before a term.
    CONTEXT: ClassVar[list[str]] = [
        "cliënt",
        "client",
        "collega",
        "medewerker",
        "inwoner",
        "aanvrager",
        "meneer",
        "mevrouw",
        "geloof",
        "religie",
        "afkomst",
    ]


class PartyTableCellRecognizer(GatedTermRecognizer):
    """A party as a whole table cell, in a recognizer of its own: its triggers are party names,
    which would otherwise also wake every membership and vote phrase that names a party."""

    ENTITY = "SPECIAL_CATEGORY"

    PATTERNS: ClassVar[tuple[TermPattern, ...]] = (("party_in_table_cell", _PARTY_CELL, 0.6),)
    TRIGGERS: ClassVar[tuple[str, ...]] = ()
    CASED_TRIGGERS: ClassVar[tuple[str, ...]] = (
        *("PVV", "VVD", "SP", "PvdA", "GroenLinks", "GL-PvdA", "D66", "CDA", "ChristenUnie"),
        *("CU", "SGP", "FvD", "BBB", "JA21", "PvdD", "NSC", "Volt", "DENK", "50PLUS", "BVNL"),
        *("BIJ1", "Bij1"),
    )
    CONTEXT: ClassVar[list[str]] = ["partij", "stem", "gestemd", "voorkeur"]


RECOGNIZERS = (SpecialCategoryRecognizer, PartyTableCellRecognizer)
