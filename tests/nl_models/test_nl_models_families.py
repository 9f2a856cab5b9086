"""Round 4: names and addresses by family, through the real bundled pipeline.

The sentences were written for these tests, not copied from the corpus, in three batches:
``CASES`` for the families behind the dev-corpus misses (each with hard negatives),
``CASES_2`` before the lexicon work with names of each community that the lists were then
deliberately not given, ``CASES_3`` after all rules were written, as a last check. Each case is
(family, text, expected): every expected (label, text) must be found; an empty list is a hard
negative where no PERSON or ADDRESS may be found at all.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from nl_models.build_lexicons import dutch_lemmas
from nl_models.lexicon import load_lexicons
from nl_models.name_finder import JOINED_ARTICLE, origin_surname

Case = tuple[str, str, list[tuple[str, str]]]


P = "PERSON"
A = "ADDRESS"

CASES: list[Case] = [
    # -- names without a cue word, after a verb or preposition
    ("no-cue", "Vanmorgen belde Yusuf Demir over zijn aanvraag.", [(P, "Yusuf Demir")]),
    ("no-cue", "Ik heb Ayşe Kaya doorverwezen naar het wijkteam.", [(P, "Ayşe Kaya")]),
    ("no-cue", "De aanvraag van Oksana Melnyk is compleet.", [(P, "Oksana Melnyk")]),
    ("no-cue", "Ik stuur de brief naar Sanne Wijnberg.", [(P, "Sanne Wijnberg")]),
    ("no-cue", "Gisteren sprak ik Kinan Al-Hamwi over de inburgering.", [(P, "Kinan Al-Hamwi")]),
    ("no-cue", "Graag een reactie aan Tomasz Wiśniewski vóór vrijdag.", [(P, "Tomasz Wiśniewski")]),
    # -- a name at the start of a sentence or line
    (
        "sentence-start",
        "Abdirahman Warsame heeft zijn uitkering aangevraagd.",
        [(P, "Abdirahman Warsame")],
    ),
    (
        "sentence-start",
        "Tesfay Gebremariam woont sinds 2019 in de gemeente.",
        [(P, "Tesfay Gebremariam")],
    ),
    ("sentence-start", "Ngozi Okafor vraagt bijzondere bijstand aan.", [(P, "Ngozi Okafor")]),
    ("sentence-start", "Ramdin heeft de stukken gisteren ingeleverd.", [(P, "Ramdin")]),
    ("sentence-start", "Kwakman van Burgerzaken kijkt er morgen naar.", [(P, "Kwakman")]),
    ("sentence-start", "notitie:\njoost kwakman komt dinsdag niet.", [(P, "joost kwakman")]),
    # -- Arabic and Berber surnames with a joined article or kinship word
    (
        "prefixed-surname",
        "Samira El-Khatib meldt zich vandaag bij de balie.",
        [(P, "Samira El-Khatib")],
    ),
    ("prefixed-surname", "Het rapport over meneer Abu-Ghazaleh is klaar.", [(P, "Abu-Ghazaleh")]),
    ("prefixed-surname", "Zaid Al-Rawi, 34 jaar, vraagt een woning aan.", [(P, "Zaid Al-Rawi")]),
    (
        "prefixed-surname",
        "Overleg met Ibrahim Ben-Salah over de schuld.",
        [(P, "Ibrahim Ben-Salah")],
    ),
    # -- double surnames joined by a hyphen and a particle
    (
        "double-surname",
        "De zaak van Hanneke Visser-van Dam is afgerond.",
        [(P, "Hanneke Visser-van Dam")],
    ),
    (
        "double-surname",
        "Overleg met gezin Bakkali-de Groot over de indicatie.",
        [(P, "Bakkali-de Groot")],
    ),
    # -- lists of children with ages
    (
        "list-with-ages",
        "Het gezin heeft drie kinderen (Lotte 9, Daan 6, Fenna 2).",
        [(P, "Lotte"), (P, "Daan"), (P, "Fenna")],
    ),
    (
        "list-with-ages",
        "Kinderen: Amira 7 en Yassin 4, beiden op basisschool De Regenboog.",
        [(P, "Amira"), (P, "Yassin")],
    ),
    # -- context through brackets
    ("bracket-context", "Ze logeert bij haar tante (Marleen, 06-12345678).", [(P, "Marleen")]),
    (
        "bracket-context",
        "huisbezoek bij mevr. ramsaran (sita) op maandag",
        [(P, "ramsaran"), (P, "sita")],
    ),
    # -- family words before a surname
    ("family-word", "Het gezin de Vries heeft een nieuwe aanvraag gedaan.", [(P, "de Vries")]),
    ("family-word", "Dossier huishouden Kaya is doorgestuurd.", [(P, "Kaya")]),
    # -- lower-case particle before a capitalised surname that is also a word
    ("lower-particle", "Ik heb vanmiddag met de Boer gebeld over de factuur.", [(P, "de Boer")]),
    ("lower-particle", "De melding van van Dijk is doorgezet naar handhaving.", [(P, "van Dijk")]),
    # -- a title before a surname that is also a place name
    ("title-place-surname", "Mevrouw Zandvoort belde over haar aanslag.", [(P, "Zandvoort")]),
    (
        "title-place-surname",
        "Dhr. Achterberg heeft bezwaar gemaakt tegen de boete.",
        [(P, "Achterberg")],
    ),
    # -- initials + surname + "van" + street
    (
        "name-van-street",
        "Inspreker: A. Postma van Kerkstraat 12 is tegen het plan.",
        [(P, "A. Postma"), (A, "Kerkstraat 12")],
    ),
    (
        "name-van-street",
        "Brief aan Lies Hoekstra van Molenweg 3 over de vergunning.",
        [(P, "Lies Hoekstra"), (A, "Molenweg 3")],
    ),
    # -- greetings, closings, cc, English text
    ("greeting", "Hoi Sanne,\n\nkun je dit nakijken?", [(P, "Sanne")]),
    (
        "closing",
        "Met vriendelijke groet,\n\nRoel Verhoeven\nTeamleider Wmo",
        [(P, "Roel Verhoeven")],
    ),
    ("cc", "cc: Priya Ramautar, Joost Kwakman\nOnderwerp: planning", [(P, "Priya Ramautar")]),
    ("english", "My neighbour Tomasz Nowak complained about the noise.", [(P, "Tomasz Nowak")]),
    ("english", "Please write a letter to Mrs. Okonkwo about her application.", [(P, "Okonkwo")]),
    # -- addresses
    ("address", "Het object Rietgors 23 is opnieuw getaxeerd.", [(A, "Rietgors 23")]),
    ("address", "Ze woont aan de Tsjerkestrjitte 5 in Burgum.", [(A, "Tsjerkestrjitte 5")]),
    (
        "address",
        "De melding betreft Burgemeester van Roijensingel 8 in Zwolle.",
        [(A, "Burgemeester van Roijensingel 8")],
    ),
    ("address", "Op de hoek van de Kerkstraat 12 staat een container.", [(A, "Kerkstraat 12")]),
    # -- hard negatives
    ("neg-org", "Boodschappen bij Albert Heijn, daarna naar het Jeroen Bosch Ziekenhuis.", []),
    ("neg-org", "We bezoeken het Van Gogh Museum en de Willem de Zwijgerschool.", []),
    ("neg-org", "A new sports programme in the Van Gogh district starts in May.", []),
    ("neg-noun", "Ik ga naar de bakker om brood te halen.", []),
    ("neg-noun", "De visser ving een grote snoek bij de brug.", []),
    ("neg-street", "Hij woont aan de Dorpsstraat, het nummer weet ik niet.", []),
    ("neg-date", "Levering 15 december op het stadskantoor.", []),
    ("neg-number", "Zie Windows 11 en groep 8 van de basisschool.", []),
    ("neg-place", "Ik woon sinds 2010 in Zandvoort en werk in Achterveld.", []),
    ("neg-month", "Op 3 mei en in juni is het loket gesloten.", []),
    ("neg-names-as-words", "Hoe spreek je de achternaam Nguyen uit?", []),
    ("neg-names-as-words", "Waar komen achternamen als Visser, Smit en Mulder vandaan?", []),
]

# Second batch, written before the lexicon work of round 4 with names not used while building it:
# names of communities common in Dutch municipalities, in positions without a cue word.
CASES_2: list[Case] = [
    ("turkish", "Gisteren kwam Cemile Karataş langs voor een uitkering.", [(P, "Cemile Karataş")]),
    (
        "turkish",
        "Volgens mij heeft Oğuzhan Bayraktar de brief niet ontvangen.",
        [(P, "Oğuzhan Bayraktar")],
    ),
    (
        "moroccan",
        "Wil je Nassira Bouchikhi terugbellen over haar toeslag?",
        [(P, "Nassira Bouchikhi")],
    ),
    (
        "moroccan",
        "Ik heb Abdelilah Ouahabi uitgelegd hoe bezwaar werkt.",
        [(P, "Abdelilah Ouahabi")],
    ),
    ("hindustani", "Het dossier van Ashvin Ramjiawan is overgedragen.", [(P, "Ashvin Ramjiawan")]),
    (
        "hindustani",
        "Graag een afspraak met Reshma Sardjoe-Mahabier volgende week.",
        [(P, "Reshma Sardjoe-Mahabier")],
    ),
    (
        "javanese",
        "Vanochtend sprak ik Soeparman Kromowidjojo over zijn schuld.",
        [(P, "Soeparman Kromowidjojo")],
    ),
    ("creole", "De huurachterstand van Glenn Tjoe-Awie loopt op.", [(P, "Glenn Tjoe-Awie")]),
    ("antillean", "Zijn moeder Jusmaira Koeiman belde vanochtend.", [(P, "Jusmaira Koeiman")]),
    (
        "polish",
        "Przemysław Grabowski heeft zich ingeschreven in de BRP.",
        [(P, "Przemysław Grabowski")],
    ),
    ("romanian", "Mirela Dobre vraagt om een nieuwe betalingsregeling.", [(P, "Mirela Dobre")]),
    (
        "bulgarian",
        "De melding ging over Tsvetelina Yordanova en haar kinderen.",
        [(P, "Tsvetelina Yordanova")],
    ),
    ("syrian", "Ik begeleid Hazem Al-Naasan bij zijn inburgering.", [(P, "Hazem Al-Naasan")]),
    ("syrian", "Rahaf Alkhouli heeft haar diploma laten waarderen.", [(P, "Rahaf Alkhouli")]),
    ("eritrean", "Het gesprek met Mussie Ghebrekidan was positief.", [(P, "Mussie Ghebrekidan")]),
    ("eritrean", "Huisbezoek bij Yemane Weldegiorgis op donderdag.", [(P, "Yemane Weldegiorgis")]),
    (
        "somali",
        "Ik heb Fardowsa Abdikadir Hirsi doorverwezen naar het wijkteam.",
        [(P, "Fardowsa Abdikadir Hirsi")],
    ),
    ("afghan", "Mohammad Nabi Ahmadi komt morgen naar het loket.", [(P, "Mohammad Nabi Ahmadi")]),
    ("iraqi", "De aanvraag van Zainab Al-Mashhadani is onvolledig.", [(P, "Zainab Al-Mashhadani")]),
    (
        "ukrainian",
        "Valentyna Hrytsenko heeft een huurwoning gevonden.",
        [(P, "Valentyna Hrytsenko")],
    ),
    ("ukrainian", "Ik spreek morgen Oleksii Kuzmenko over zijn werk.", [(P, "Oleksii Kuzmenko")]),
    ("chinese", "De vergunning voor Zhang Xiuying is verlengd.", [(P, "Zhang Xiuying")]),
    (
        "moluccan",
        "Het gesprek met Ferry Pattiasina ging over mantelzorg.",
        [(P, "Ferry Pattiasina")],
    ),
    (
        "indonesian",
        "Meneer Suryadi Wirawan belde over de parkeervergunning.",
        [(P, "Suryadi Wirawan")],
    ),
    ("possessive", "Kun je Fatima's moeder vandaag terugbellen?", [(P, "Fatima's")]),
    (
        "english",
        "Yesterday Marek Kaczmarek asked about his housing benefit.",
        [(P, "Marek Kaczmarek")],
    ),
    ("signature", "Dank je wel!\n\nEsther Wolters\nAfdeling Burgerzaken", [(P, "Esther Wolters")]),
    ("after-verb", "Vanmorgen belde Yusra over haar rooster.", [(P, "Yusra")]),
    ("address", "De aanvrager woont op Skoallepaed 14 in Drachten.", [(A, "Skoallepaed 14")]),
    ("address", "Het pand Bongerd 7 in Beek staat leeg.", [(A, "Bongerd 7")]),
    ("neg-org", "De Johan Cruijff ArenA en het Erasmus MC werken samen.", []),
    ("neg-org", "Het Anne Frank Huis en het Rijksmuseum zijn druk.", []),
    ("neg-noun", "De bakker en de visser op de markt hebben een vergunning.", []),
    ("neg-place", "De route loopt van Sneek naar Heerenveen en terug naar Joure.", []),
    ("neg-month", "In maart en april is er een extra spreekuur.", []),
    ("neg-street", "De Kerkstraat en de Molenweg worden afgesloten.", []),
    ("neg-public-figure", "Schrijf een samenvatting van Max Havelaar van Multatuli.", []),
]


# Third batch, written after the rules of round 4 as a last check (one miss is shown below).
CASES_3: list[Case] = [
    (
        "no-cue",
        "Morgen heb ik een gesprek met Gökay Sarıkaya over zijn re-integratie.",
        [(P, "Gökay Sarıkaya")],
    ),
    (
        "no-cue",
        "De klacht van Hafsa Boujdaini is doorgestuurd naar de ombudsman.",
        [(P, "Hafsa Boujdaini")],
    ),
    (
        "no-cue",
        "Wil je Ilse Brinkhorst laten weten dat haar pas klaar ligt?",
        [(P, "Ilse Brinkhorst")],
    ),
    ("no-cue", "Ik heb vandaag Dawit Tsegay gebeld over zijn huur.", [(P, "Dawit Tsegay")]),
    ("no-cue", "De uitkering van Svitlana Hordiienko is stopgezet.", [(P, "Svitlana Hordiienko")]),
    ("no-cue", "Kun je een brief sturen aan Wiktoria Pawlak?", [(P, "Wiktoria Pawlak")]),
    (
        "no-cue",
        "Het verzoek van Ionel Bălan komt volgende week in behandeling.",
        [(P, "Ionel Bălan")],
    ),
    (
        "no-cue",
        "Ik ben gisteren bij Sushila Ramkhelawan op huisbezoek geweest.",
        [(P, "Sushila Ramkhelawan")],
    ),
    ("no-cue", "De schuldhulp voor Naeem Rasuli loopt nog.", [(P, "Naeem Rasuli")]),
    (
        "sentence-start",
        "Ayaan Mohamed Farah heeft de formulieren ondertekend.",
        [(P, "Ayaan Mohamed Farah")],
    ),
    ("sentence-start", "Marwa Al-Saedi vraagt om uitstel van betaling.", [(P, "Marwa Al-Saedi")]),
    ("sentence-start", "Hordiienko heeft gisteren gebeld.", [(P, "Hordiienko")]),
    ("sentence-start", "Brinkhorst van Vergunningen neemt contact op.", [(P, "Brinkhorst")]),
    ("ages", "Zij zorgt voor haar kleinkinderen Jesse 6 en Mila 3.", [(P, "Jesse"), (P, "Mila")]),
    ("ages", "Kinderen: Yusuf (8), Meryem (5).", [(P, "Yusuf"), (P, "Meryem")]),
    ("brackets", "De buurvrouw (Gerda, tel. 06-11223344) heeft de sleutel.", [(P, "Gerda")]),
    ("household", "Het huishouden Pranoto heeft een energietoeslag aangevraagd.", [(P, "Pranoto")]),
    ("lower-particle", "Ik heb het dossier van de Wit doorgenomen.", [(P, "de Wit")]),
    ("possessive", "Is Yusufs aanvraag al binnen?", [(P, "Yusufs")]),
    ("double", "Mevrouw Kaya-van Leeuwen belt morgen terug.", [(P, "Kaya-van Leeuwen")]),
    ("title-place", "Meneer Oosterhout heeft een klacht ingediend.", [(P, "Oosterhout")]),
    (
        "english",
        "Could you draft a reply to Ms. Adeyemi about her parking permit?",
        [(P, "Adeyemi")],
    ),
    (
        "english",
        "Our client Dariusz Zielinski moved to Kerkstraat 14 last month.",
        [(P, "Dariusz Zielinski"), (A, "Kerkstraat 14")],
    ),
    ("address", "De woning Populierenlaan 22 wordt gesloopt.", [(A, "Populierenlaan 22")]),
    ("address", "Meld je bij het pand Hoogstraat 5-B.", [(A, "Hoogstraat 5-B")]),
    ("neg", "Het Máxima Medisch Centrum en het Sophia Kinderziekenhuis werken samen.", []),
    ("neg", "Wij vergaderen in het Willem Alexander Paviljoen.", []),
    ("neg", "De slager en de bakker sluiten op 5 mei.", []),
    ("neg", "Hoe schrijf je de voornaam Mohammed in het Nederlands?", []),
    ("neg", "We hebben Teams en Outlook nodig voor Windows 11.", []),
    ("neg", "De bus naar Almelo en Elst rijdt om 10 uur.", []),
    ("neg", "In de Wet kinderopvang staat niets over de Regeling Jeugdzorg.", []),
]


# Families behind the partly covered names and addresses of the dev corpus (new sentences).
CASES_4: list[Case] = [
    (
        "street-title",
        "De container staat bij Pastoor Pieckstraat 8.",
        [(A, "Pastoor Pieckstraat 8")],
    ),
    ("unit", "Het bedrijf zit op Nijverheidsweg 14 unit 6.", [(A, "Nijverheidsweg 14 unit 6")]),
    (
        "sole-trader",
        "De factuur komt van Ruben Kuipers Schilderwerken uit Assen.",
        [(P, "Ruben Kuipers")],
    ),
    ("joined-given-name", "Aanvrager: Roos en Tim Bosman", [(P, "Roos"), (P, "Tim Bosman")]),
    ("accented-initial", "Contact: Ş. Yılmaz (ICT)", [(P, "Ş. Yılmaz")]),
    (
        "multi-part-surname",
        "Brief aan João Pereira da Costa over zijn vergunning.",
        [(P, "João Pereira da Costa")],
    ),
    (
        "numbered-list",
        "Deelnemers:\n1. Gebremedhin Tesfay – Lindenlaan 5",
        [(P, "Gebremedhin Tesfay"), (A, "Lindenlaan 5")],
    ),
    ("user-name", "Inloggen lukt niet.\ngebruikersnaam: k.ramdin\nfoutcode 401", [(P, "k.ramdin")]),
    ("neg-user-name", "Inloggen lukt niet.\nuser: admin\nrol: beheerder", []),
    ("neg-lower-word-names", "ik ga met mark en met grant naar lisse", []),
    (
        "org-name-as-field",
        "Contactpersoon: Albert Heijn\nTelefoon: 0412-123456",
        [(P, "Albert Heijn")],
    ),
    ("neg-org-as-field", "Ziekenhuis: Jeroen Bosch\nLocatie: Jeroen Bosch", []),
    ("neg-institution", "Ze ligt in het Jeroen Bosch Ziekenhuis.", []),
    ("neg-business", "Ik werk bij Hoogendoorn Hoveniers en Kamphuis Bewindvoering.", []),
]

# Fifth batch: layouts and positions (greetings, signatures, tables, chats, registers, house
# numbers with "nr."), written after the rules above; its misses led to the last three rules
# (lower-case given name after "met", initials after a surname in a register, "nr.").
CASES_5: list[Case] = [
    ("greet-lower", "hoi fatma, kun je dit dossier even bekijken?", [(P, "fatma")]),
    (
        "greet-title",
        "Beste mevrouw Yıldız-Arslan,\n\nHierbij de beschikking.",
        [(P, "Yıldız-Arslan")],
    ),
    ("signature", "Graag snel antwoord.\n\nGroet,\nDaan\nTeamleider Wmo", [(P, "Daan")]),
    (
        "namens",
        "Namens Noor Hamdan wil ik bezwaar maken tegen de beslissing.",
        [(P, "Noor Hamdan")],
    ),
    ("tav", "Brief t.a.v. de heer P. Smits over de aanslag.", [(P, "P. Smits")]),
    ("betreft", "Betreft: bezwaar K. Oduya tegen de WOZ-beschikking", [(P, "K. Oduya")]),
    ("dossier", "Dossier Wijnalda: de schuld is inmiddels afgelost.", [(P, "Wijnalda")]),
    ("brackets-title", "De cliënte (mw. Bennani) heeft een klacht ingediend.", [(P, "Bennani")]),
    (
        "english-greet",
        "Hi Tom,\ncan you check the permit?\nRegards, Priya",
        [(P, "Tom"), (P, "Priya")],
    ),
    (
        "table",
        "| Naam | Adres |\n|---|---|\n| Yusuf Erkan | Dorpsstraat 5 |",
        [(P, "Yusuf Erkan"), (A, "Dorpsstraat 5")],
    ),
    (
        "bullets",
        "Deelnemers:\n- Sara Lindqvist (HR)\n- Marco Bianchi (ICT)",
        [(P, "Sara Lindqvist"), (P, "Marco Bianchi")],
    ),
    ("after-met", "Ik heb morgen een afspraak met Erkan over zijn uitkering.", [(P, "Erkan")]),
    ("jr", "De aanvraag van Jan Smit jr. is binnen.", [(P, "Jan Smit")]),
    ("chat-lower", "\n[10:02] esra: ik heb net met youssef gebeld", [(P, "esra"), (P, "youssef")]),
    ("fam", "Fam. Öztürk heeft een nieuwe woning gekregen.", [(P, "Öztürk")]),
    ("hyphen-given", "Anne-Fleur Bos begint maandag bij Burgerzaken.", [(P, "Anne-Fleur Bos")]),
    ("initials-nodot", "Graag een reactie aan JP de Vries.", [(P, "JP de Vries")]),
    ("register", "Lijst:\nJansen J.\nPietersen K.", [(P, "Jansen J.")]),
    ("word-name-role", "Mijn collega Lot heeft de stukken.", [(P, "Lot")]),
    ("lone-given-mid", "Heb je Sevda al gebeld over de afspraak?", [(P, "Sevda")]),
    ("lone-surname-mid", "Kun je het dossier van Oduya opzoeken?", [(P, "Oduya")]),
    ("addr-range", "De panden Hoofdstraat 12-14 staan leeg.", [(A, "Hoofdstraat 12-14")]),
    ("addr-bg", "Hij woont op Kerkplein 3 bg.", [(A, "Kerkplein 3 bg")]),
    ("addr-slash", "Adres: Van Heemstraweg 5/2, Nijmegen", [(A, "Van Heemstraweg 5/2")]),
    ("addr-pa", "Post graag p/a Dorpsstraat 1 in Epe.", [(A, "Dorpsstraat 1")]),
    ("addr-te", "Ze woont Breestraat 12 te Leiden.", [(A, "Breestraat 12")]),
    ("addr-nr", "Het gaat om Kerkstraat nr. 12 in Ede.", [(A, "Kerkstraat nr. 12")]),
    ("addr-english", "She lives at Molenweg 8 in Zwolle.", [(A, "Molenweg 8")]),
    ("addr-frisian", "It hûs stiet oan de Tsjerkebuorren 3 yn Wergea.", [(A, "Tsjerkebuorren 3")]),
    ("addr-plain", "Bezoek aan Akkerwinde 12 om tien uur.", [(A, "Akkerwinde 12")]),
    ("neg", "Artikel 12 en Hoofdstuk 4 van de Participatiewet.", []),
    ("neg", "De Postbus 9100 van de gemeente Leiden.", []),
    ("neg", "We gaan met Jumbo, Lidl en Albert Heijn praten.", []),
    ("neg", "Zie bijlage 3 en de Nota van Inlichtingen.", []),
]


# Boundaries of the new rules: what must stay a person, and what must not become one.
BOUNDARIES: list[Case] = [
    ("naming-frame", "Er belde een vrouw met de naam Nguyen over haar paspoort.", [(P, "Nguyen")]),
    ("naming-frame", "Mevrouw Jansen is een vaste klant van het loket.", [(P, "Jansen")]),
    (
        "list-of-people",
        "Jansen, De Vries en Bakker stemden tegen de motie.",
        [(P, "Jansen"), (P, "De Vries")],
    ),
    (
        "public-figure-given-name",
        "Wilhelmina Koning (Belastingen) viert haar jubileum.",
        [(P, "Wilhelmina Koning")],
    ),
    ("particle-listed-surname", "Gesprek met Jan van der Meer.", [(P, "Jan van der Meer")]),
    (
        "particle-listed-surname",
        "Gesprek met Van der Meer over de aanvraag.",
        [(P, "Van der Meer")],
    ),
    ("neg-institution-after-particle", "Hij is lid van de Bond en van de Vakbond.", []),
    ("neg-prepositional-phrase", "In de Winter is het koud.", []),
    ("neg-prepositional-phrase", "Voor de Zomer is alles klaar.", []),
    ("te-particle-surname", "Aan de heer te Velde over de aanslag.", [(P, "te Velde")]),
    ("city-of-origin", "Gesprek met Sofia over haar familie in Homs.", [(P, "Sofia")]),
    ("neg-place-after-te", "Geboren: 01-01-1994 te Asmara\nwonende te Den Ham", []),
    ("neg-public-figure", "Burgemeester Femke Halsema opende de markt.", []),
    ("neg-place-particle", "Ze verhuist volgende maand naar De Rijp.", []),
    ("neg-place-particle", "Het kantoor in de Bilt is gesloten.", []),
    ("neg-building", "De gymzaal bij de Willem de Zwijgerschool is klaar.", []),
    ("neg-party", "De motie van de Partij voor de Dieren werd verworpen.", []),
    ("neg-title-nouns", "Wat zeggen de Cao Gemeenten en de Regeling Wmo hierover?", []),
    ("neg-age-numbered", "Zie Windows 11, groep 8 en Hoofdstuk 4.", []),
    ("neg-shapes", "Ik werk in Alkmaar en elders, soms in Elst.", []),
    ("neg-shapes", "Ellende is groot in de wijk, zegt de wijkagent.", []),
    ("neg-shapes", "Supernova is een festival; Waterski is een vereniging.", []),
    ("neg-possessive", "Alle Claims en Teams staan in Windows.", []),
    ("neg-possessive", "De IBAN's, PDF's en SIEMs kloppen; Lines and Teams too.", []),
    ("neg-dates", "Zaterdag 3 mei en Levering 15 december.", []),
]


def found(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(ent.label_, ent.text) for ent in nlp(text).ents if ent.label_ in (P, A)]


# Misses that stay, shown rather than hidden.
KNOWN_GAPS = {
    "Rahaf Alkhouli heeft haar diploma laten waarderen.": (
        "two unlisted words at a sentence start ('khouli' is no listed name)"
    ),
    "Ik heb het dossier van de Wit doorgenomen.": (
        "found as 'van de Wit' (also a surname): overlaps, not exact"
    ),
    "Graag een reactie aan JP de Vries.": "initials without dots are not read as initials",
    "Mijn collega Lot heeft de stukken.": "a given name that is a common word ('lot')",
    "Kun je het dossier van Oduya opzoeken?": "an unlisted surname alone, without a cue",
    "Bezoek aan Akkerwinde 12 om tien uur.": "a street that is a plain word, without context",
}
ALL_CASES = CASES + CASES_2 + CASES_3 + CASES_4 + CASES_5 + BOUNDARIES
POSITIVES = [
    pytest.param(
        *case,
        marks=[pytest.mark.xfail(reason=KNOWN_GAPS[case[1]], strict=True)]
        if case[1] in KNOWN_GAPS
        else [],
    )
    for case in ALL_CASES
    if case[2]
]
NEGATIVES = [case for case in ALL_CASES if not case[2]]


@pytest.mark.parametrize(("family", "text", "expected"), POSITIVES)
def test_family_positives(
    nlp: Language, family: str, text: str, expected: list[tuple[str, str]]
) -> None:
    got = found(nlp, text)
    assert all(item in got for item in expected), (family, got)


@pytest.mark.parametrize(("family", "text", "expected"), NEGATIVES)
def test_family_hard_negatives(
    nlp: Language, family: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(nlp, text) == [], family


def test_surname_shapes_skip_every_dutch_word() -> None:
    """The shapes that mark a surname no list holds ("Kuzmenko", "Weldegiorgis", "Alhasan")
    match only a few Dutch words, and the build lists those as common words."""
    lex = load_lexicons()
    names = lex.first_names | lex.surnames
    shaped = set()
    for word in dutch_lemmas() - names:
        joined = JOINED_ARTICLE.match(word)
        if origin_surname(word) or (joined is not None and joined["rest"] in names):
            shaped.add(word)
    assert 0 < len(shaped) < 100, len(shaped)
    assert shaped <= lex.common_words
