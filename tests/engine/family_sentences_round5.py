"""Sentences per FAMILY of wording for the special categories, written for round 5 (helper R2).

New sentences, not copies of corpus prompts. Families: the AVG art. 9 vocabularies completed per
class (denominations, places and acts of worship, communities of origin, race as a description,
orientation and coming out, party and union membership, a party as a table cell), criminal-law
frames the earlier rounds missed (a Halt referral, a ban that "geldt", a home search), case-note
abbreviations in lower case, and the hard negatives: a crime told by its victim or reporter, a
workplace in a prison or a care institution, a party in a council context, a clause saying that
figures are "nog niet openbaar".

Batch 1 was written before any rule of this round changed (43 of 62 positives caught and 23 of
25 negatives clean then); batch 1b was probed after the first rules and exposed the frames added
next; batch 2 was written after all rules, as the honest carry-over check.
``tests/engine/test_round5_families.py`` runs them through the whole engine.
"""

from __future__ import annotations

# (family, expected type, text)
type Sentence = tuple[str, str, str]

S, C, H, M = "SPECIAL_CATEGORY", "CRIMINAL_DATA", "HEALTH_DATA", "CONFIDENTIAL_MARKER"

POSITIVES_BY_FAMILY: dict[tuple[str, str], tuple[str, ...]] = {
    # batch 1 (before the rules)
    ("religion-denomination", S): (
        "Mijn collega is zevendedagsadventist en werkt niet op zaterdag.",
        "De aanvrager is lid van de Nieuw-Apostolische Kerk.",
        "Cliënt is pinksterchristen en wil een gebedsruimte.",
        "Haar man is sjiitisch en bezoekt op vrijdag de moskee.",
        "De medewerker is quaker en weigert de eed; hij legt de belofte af.",
        "Mijn buurvrouw is boeddhist en mediteert dagelijks.",
        "Meneer is hindoe en viert Divali met zijn familie.",
        "De jongen is opgegroeid als Jehova's getuige.",
        "De cliënt is ex-moslim en wordt door zijn familie bedreigd.",
        "Zij is vorig jaar tot het christendom bekeerd.",
        "Mijn collega is liberaal joods.",
        "Hij is lid van de Evangelische Broedergemeente.",
    ),
    ("religion-practice", S): (
        "Mevrouw draagt haar hoofddoek om religieuze redenen.",
        "Mijn collega gaat elke zondag naar de mis.",
        "De cliënt doet mee aan de vastenmaand.",
        "Hij draagt een keppeltje op het werk.",
        "De aanvrager wil op vrijdagmiddag naar het vrijdaggebed.",
        "Zijn vader is diaken in de parochie van Sint-Jan.",
        "Mijn medewerker viert het Suikerfeest en neemt die dag vrij.",
        "Cliënt komt uit de Marokkaanse gemeenschap en gaat naar de moskee.",
    ),
    ("origin-community", S): (
        "De bewoner komt uit de Somalische gemeenschap in Tilburg.",
        "Mijn collega is een Surinaamse Hindoestaan.",
        "De aanvrager is Koerdisch en vluchtte uit Irak.",
        "Zijn moeder is Molukse en woont in de Molukse wijk.",
        "Meneer is van Antilliaanse afkomst.",
        "De jongere is van gemengde afkomst.",
        "Cliënt behoort tot de Roma-gemeenschap.",
        "De medewerker is Jezidi en heeft familie in Sinjar.",
    ),
    ("sexuality-gender", S): (
        "Zijn zoon is na zijn coming-out het huis uitgezet.",
        "Mijn collega is biseksueel en wil dat niet bekend maken.",
        "De cliënt is transgender en wacht op het genderteam.",
        "Haar dochter is lesbisch, vertelde ze in het gesprek.",
        "De jongere is onlangs uit de kast gekomen bij zijn ouders.",
        "Mijn medewerker is non-binair en gebruikt die/hun.",
        "De aanvrager is getrouwd met een man en wil zijn partner aanmelden.",
    ),
    ("politics-union", S): (
        "Mijn buurman stemt altijd op de SGP.",
        "De medewerker is actief lid van de PVV-afdeling.",
        "Zij heeft bij de laatste verkiezingen op Volt gestemd.",
        "De cliënt is aangesloten bij de FNV.",
        "Mijn collega is lid van de CNV en wil een vakbondsadviseur mee.",
        "Hij was jarenlang lid van de Communistische Partij.",
        "De aanvrager demonstreert elke week met Extinction Rebellion.",
        "Naam;leeftijd;partij\nKees Dijk;54;SP\nAnna Mol;31;D66",
    ),
    ("biometric-genetic", S): (
        "Van meneer zijn vingerafdrukken afgenomen bij de aanvraag.",
        "Mijn cliënt is drager van het BRCA1-gen.",
        "De uitslag van haar DNA-test toont een erfelijke aandoening.",
    ),
    ("criminal-frames", C): (
        "Haar zoon is gisteren opgepakt voor een overval.",
        "De jongen krijgt een Halt-straf voor het vuurwerk.",
        "Mijn cliënt heeft een gebiedsverbod voor het centrum.",
        "Zijn rijbewijs is ingevorderd na een alcoholcontrole.",
        "De huurder zit in voorarrest.",
        "Meneer heeft een contactverbod met zijn ex-vrouw.",
        "De aanvrager is in hoger beroep vrijgesproken van oplichting.",
        "Cliënt staat onder toezicht van de reclassering.",
        "Bij haar huiszoeking is een vuurwapen gevonden.",
        "Haar broer is aangehouden op verdenking van witwassen.",
    ),
    ("health-case-note", H): (
        "cl heeft copd en is snel buiten adem",
        "zoon (12) heeft adhd en autisme, slikt ritalin",
        "mw heeft ms en zit in een rolstoel",
        "Meneer gaat drie keer per week naar de nierdialyse.",
        "Cliënte heeft pds en eet daardoor slecht.",
        "Dhr. heeft nah na een ongeluk.",
    ),
    # batch 1b (probed after the first rules)
    ("special-probe", S): (
        "Mijn cliënt is gelovig en bidt vijf keer per dag.",
        "Zij is zwart en voelt zich gediscrimineerd door haar leidinggevende.",
        "Hij is actief in de lokale afdeling van de SP.",
        "Mijn collega is vegetariër om religieuze redenen.",
        "Zijn ouders zijn Turks en Koerdisch.",
        "Deze medewerker stemt GroenLinks.",
        "De inwoner is anti-islam en zit bij Pegida.",
        "De jongen heeft een Antilliaanse moeder.",
        "Meneer is lid van de Ahmadiyya-gemeenschap.",
    ),
    # batch 2 (written after all rules, the carry-over check: 47 of 54 positives caught and 21 of
    # 22 negatives clean then; the misses' families were added after, see KNOWN_MISSES)
    ("carry-religion", S): (
        "Onze nieuwe collega Fatima is moslima en wil graag een stilteruimte.",
        "cl is streng katholiek, wil geen abortus bespreken",
        "De aanvrager is lid van de Hersteld Hervormde Kerk en wil niet op zondag verhuizen.",
        "Hij gaat iedere sabbat naar de synagoge in de Lekstraat.",
        "Mevrouw is Jehova's getuige en weigert een bloedtransfusie.",
        "De vader van het kind is hindoestaans-hindoe en wil een crematie volgens zijn geloof.",
        "Mijn collega is sinds kort bekeerd tot de islam en draagt nu een hoofddoek.",
        "Zij neemt vrij voor Jom Kipoer omdat ze joods is.",
        "Meneer is predikant geweest in een baptistengemeente.",
        "De jongere volgt koranles in de moskee op zaterdag.",
    ),
    ("carry-origin-race", S): (
        "Klant is Marokkaans-Nederlands en voelt zich gediscrimineerd aan de balie.",
        "De melder beschreef de buurman als een getinte man van rond de veertig.",
        "Mijn cliënt komt uit de Eritrese gemeenschap in Utrecht.",
        "Hij heeft een Surinaamse vader en een Nederlandse moeder.",
        "Zij is van Turks-Koerdische afkomst.",
        "De bewoner is een Sinto en woont op het woonwagenkamp.",
        "De sollicitant gaf aan een migratieachtergrond te hebben.",
    ),
    ("carry-sexuality-gender", S): (
        "Mijn medewerker is homo en wordt gepest door collega's.",
        "De jongere is trans en wil op school met een andere naam aangesproken worden.",
        "Cliënt vertelde dat ze lesbisch is en een vriendin heeft.",
        "Hij is aseksueel, zegt hij zelf.",
        "Haar zoon heeft genderdysforie en staat op de wachtlijst.",
        "Mijn collega kwam vorige maand uit de kast.",
    ),
    ("carry-politics-union", S): (
        "Mijn buurman is een overtuigde SP'er.",
        "De klant stemt al jaren op de PVV en vindt dat we hem daarom tegenwerken.",
        "Zij is penningmeester van de lokale D66-afdeling.",
        "Mijn collega is lid van de FNV en neemt haar vakbondsconsulent mee.",
        "De aanvrager is actief bij Extinction Rebellion en is gearresteerd bij de A12.",
        "nr|naam|stemvoorkeur\n1|Karin Vos|CDA\n2|Ahmed Saidi|DENK",
        "He is a member of the Labour Party and a trade union member.",
    ),
    ("carry-biometric", S): (
        "Van mevrouw is een irisscan gemaakt bij de toegangscontrole.",
        "Uit zijn DNA-onderzoek bleek een erfelijke aanleg voor darmkanker.",
    ),
    ("carry-criminal", C): (
        "Zoon van cliënte zit sinds vorige week vast in het huis van bewaring.",
        "De exploitant is in 2019 veroordeeld voor heling.",
        "Meneer heeft een enkelband en mag na 22 uur niet buiten komen.",
        "Bij de controle is in zijn auto 2 kilo hennep aangetroffen.",
        "Haar ex-partner heeft een straatverbod opgelegd gekregen.",
        "De aanvrager heeft een Halt-traject gedaan voor vandalisme.",
        "Mijn cliënt moet in maart voorkomen voor de politierechter.",
        "De politie heeft haar zoon gisteravond opgepakt bij de supermarkt.",
        "Bewoner dealt volgens de buren vanuit de woning.",
        "Hij heeft drie jaar gezeten voor een gewapende overval.",
        "De huurder is in voorlopige hechtenis genomen.",
        "Zijn VOG is geweigerd vanwege een eerdere veroordeling.",
    ),
    ("carry-health", H): (
        "clt heeft sinds 2019 diabetes type 2 en slikt metformine",
        "Mevrouw heeft een CVA gehad en praat nog moeilijk.",
        "Haar dochter is opgenomen in een kliniek voor eetstoornissen.",
        "Meneer is sinds zijn herseninfarct halfzijdig verlamd.",
        "Mijn collega is terug van zwangerschapsverlof en kolft op het werk.",
        "Zoon (8) heeft ptss na het ongeluk, krijgt EMDR",
        "De aanvrager is afhankelijk van zuurstof en kan niet meer traplopen.",
        "Cliënt gebruikt methadon en is bekend bij de verslavingszorg.",
    ),
    ("carry-marking", M): (
        "VERTROUWELIJK\nNotitie aan het college over de sluiting van het zwembad.",
        "Collegevoorstel (geheim tot besluit): aankoop perceel Noord.",
    ),
}

# Written as positives, still missed; kept visible rather than dropped (see the report).
KNOWN_MISSES = frozenset(
    {
        # Orientation from the partner's gender needs the gender of the person ("zijn partner").
        "De aanvrager is getrouwd met een man en wil zijn partner aanmelden.",
        # "nah" (brain injury) in lower case is also a word; only "NAH" counts.
        "Dhr. heeft nah na een ongeluk.",
        # "als een" reads as a hypothetical person ("als een inwoner ..."), a framing cue.
        "De melder beschreef de buurman als een getinte man van rond de veertig.",
    }
)

NEGATIVES_BY_FAMILY: dict[tuple[str, str], tuple[str, ...]] = {
    # batch 1 (before the rules)
    ("criminal-not-a-record", C): (
        "Mijn cliënt is slachtoffer van een woninginbraak en wil aangifte doen.",
        "Mevrouw is beroofd op straat en durft niet meer naar buiten.",
        "De politie heeft een nieuwe wijkagent voor Noord aangesteld.",
        "Schrijf een notitie over de aanpak van ondermijning in het buitengebied.",
        "Het college wil meer Bibob-onderzoeken bij horecavergunningen.",
        "De aanvrager deed aangifte van fraude met zijn DigiD.",
        "Onze medewerker is bedreigd door een klant aan de balie.",
        "Haar fiets is gestolen bij het station.",
        "De gemeente werkt samen met het RIEC tegen drugscriminaliteit.",
        "Mijn collega volgt een cursus over het herkennen van mensenhandel.",
        "De wijkagent gaf een toelichting op het aantal inbraken in de wijk.",
        "De handhaver is uitgescholden tijdens een controle.",
    ),
    ("special-not-a-person", S): (
        "De kerk aan het Plein krijgt een nieuwe verwarming.",
        "Wat is het standpunt van de VVD over de woningbouw?",
        "De FNV organiseert een staking bij het busbedrijf.",
        "Schrijf een uitnodiging voor de opening van de synagoge.",
        "De moskee vraagt een vergunning aan voor een minaret.",
        "Maak een overzicht van de zetelverdeling: VVD 5, PvdA 4, CDA 3.",
        "Het college gaat in gesprek met de Marokkaanse gemeenschap over de buurthuizen.",
        "Wanneer is het Suikerfeest dit jaar?",
    ),
    ("health-not-a-person", H): (
        "De GGD start een campagne over COPD en roken.",
        "Welke hulpmiddelen zijn er voor mensen met MS?",
    ),
    ("marking-look-alike", M): (
        "Noem in het persbericht geen cijfers die nog niet openbaar zijn.",
        "De agenda wordt openbaar zodra het college heeft besloten.",
        "Hoe organiseren we een besloten bijeenkomst voor ondernemers?",
    ),
    # batch 1b (probed after the first rules)
    ("workplace", H): (
        "Mijn collega werkt als verpleegkundige in de verslavingszorg.",
        "Zij werkt bij de GGZ als psychiater.",
    ),
    ("workplace", C): (
        "De sollicitant werkte eerder bij de penitentiaire inrichting in Zwolle.",
        "Hij werkt al tien jaar in de gevangenis als bewaarder.",
        "Hij loopt stage bij de jeugdreclassering.",
    ),
    ("special-probe-negative", S): (
        "De auto van de aanvrager is zwart.",
        "Hij is zwart gaan werken naast zijn uitkering.",
        "Het college stemde met de VVD mee over de begroting.",
        "De GroenLinks-fractie stemde tegen de PVV-motie.",
        "Er woont een Poolse familie in de flat, zegt de wijkagent.",
        "Raadsleden per fractie:\nnaam;partij\nJan de Vries;VVD\nPiet Bos;SP",
        "Zetels:\npartij;zetels\nVVD;5\nSP;2",
    ),
    # batch 2 (after all rules)
    ("carry-criminal-neg", C): (
        "Mijn cliënt is bestolen en heeft aangifte gedaan van diefstal.",
        "De politie organiseert een informatieavond over woninginbraak.",
        "Hij werkt als jurist bij de reclassering in Utrecht.",
        "Schrijf een factsheet over het aantal drugsvondsten in de gemeente.",
        "De burgemeester kan een gebiedsverbod opleggen bij ernstige overlast; leg het uit.",
        "Onze handhaver werd tijdens de controle bedreigd door een voorbijganger.",
        "Mijn collega werkt in de PI Nieuwegein als psycholoog.",
        "De gemeente heeft 40 kilo zwerfafval gevonden na het festival.",
    ),
    ("carry-special-neg", S): (
        "Schrijf een persbericht over de iftar in het gemeentehuis.",
        "De VVD-fractie vraagt om een debat over de woningmarkt.",
        "Hoeveel leden heeft de FNV in onze regio?",
        "Maak een artikel over de geschiedenis van de joodse gemeenschap in onze stad.",
        "Wethouder Bakker (CDA) opent de nieuwe sporthal.",
        "De kerkdienst wordt zondag uitgezonden via de lokale omroep.",
        "Partij;zetels;stemmen\nCDA;4;3120\nVVD;3;2500",
        "Schrijf een tekst over het recht om een hoofddoek te dragen op het werk.",
    ),
    ("carry-health-neg", H): (
        "Mijn collega werkt als verpleegkundige op de dialyseafdeling.",
        "Schrijf een folder over diabetes voor ouderen.",
        "De GGD geeft voorlichting over copd op de markt.",
    ),
    ("carry-marking-neg", M): (
        "Hoe ga ik om met vertrouwelijke documenten in het zaaksysteem?",
        "Vermeld in de brief alleen gegevens die al openbaar zijn.",
        "Zet in de nieuwsbrief niets wat nog niet openbaar mag worden.",
    ),
}


def _flatten(by_family: dict[tuple[str, str], tuple[str, ...]]) -> tuple[Sentence, ...]:
    return tuple(
        (family, kind, text) for (family, kind), texts in by_family.items() for text in texts
    )


POSITIVES = _flatten(POSITIVES_BY_FAMILY)
NEGATIVES = _flatten(NEGATIVES_BY_FAMILY)
