"""Sentences per FAMILY of wording for the special categories, written for round 4 (helper H).

Each family is a way that many writers say the same kind of thing: a Dutch compound head
("-ontsteking", "-straf"), a vocabulary (medicines by generic and brand name, offences by title
of the Wetboek van Strafrecht, faiths), a grammatical frame ("de bewoner is aangehouden", "heeft
een contactverbod gekregen") or a person reference ("zijn ex-partner", "ik ben sinds maart").
The sentences are new, not copies of corpus prompts. POSITIVES must block with their type;
NEGATIVES (the same words as a topic, a policy, an object or a figure of speech) must not carry
that type. ``tests/engine/test_subject_families.py`` runs them through the whole engine.
"""

from __future__ import annotations

# (family, expected type, text)
type Sentence = tuple[str, str, str]

# Must block with their type. Batch 1 was written before any rule changed; the families
# health-observed, criminal-told and person-continuity (batch 2) after.
POSITIVES_BY_FAMILY: dict[tuple[str, str], tuple[str, ...]] = {
    ("health-compound", "HEALTH_DATA"): (
        "Mijn cliënt ligt thuis met een flinke oorontsteking.",
        "Haar zoon heeft een chronische darmontsteking.",
        "De aanvrager heeft het prikkelbaredarmsyndroom.",
        "Zijn dochter heeft het chronischevermoeidheidssyndroom.",
        "Mevrouw lijdt sinds de zomer aan een postcovidsyndroom.",
        "Mijn collega heeft claustrofobie en kan niet in de lift.",
        "De jongere heeft een sociale fobie, aldus de mentor.",
        "Deze inwoner heeft vorig jaar een myocardinfarct gehad.",
        "Zijn partner heeft een winterdepressie.",
        "Onze medewerker is net terug van een spoedopname.",
        "Mijn cliënt vergeet vaak zijn pijnmedicatie.",
        "De leerling krijgt sinds kort ADHD-medicatie.",
        "Mijn buurman heeft een zeldzame spierziekte.",
        "Meneer heeft een huidaandoening op zijn handen.",
        "Zijn moeder heeft knieklachten en loopt moeizaam.",
        "De bewoner heeft faalangst en durft niet te bellen.",
        "Cliënt heeft een postpartumdepressie volgens de huisarts.",
    ),
    ("health-condition", "HEALTH_DATA"): (
        "Mijn cliënt heeft de ziekte van Lyme opgelopen.",
        "Haar zoon heeft cerebrale parese en zit op speciaal onderwijs.",
        "De aanvrager heeft glaucoom aan beide ogen.",
        "Mevrouw heeft last van tinnitus en slaapt daardoor slecht.",
        "Zijn vader heeft levercirrose.",
        "Mijn collega heeft bronchitis en werkt deze week thuis.",
        "De jongen heeft een delier gehad na de operatie.",
        "Deze klant heeft een hechtingsstoornis.",
        "De inwoner heeft sikkelcelziekte.",
        "Zijn dochter heeft taaislijmziekte.",
        "Meneer heeft een aneurysma in zijn buik.",
        "De huurder heeft lupus en is vaak moe.",
        "Mijn cliënt heeft een hersentumor gehad en revalideert.",
    ),
    ("health-medication", "HEALTH_DATA"): (
        "Mijn cliënt gebruikt sinds jaren oxazepam.",
        "Zijn zoon krijgt Medikinet voor school.",
        "Mevrouw gebruikt metoprolol en simvastatine.",
        "De bewoner is overgestapt op risperidon.",
        "Mijn collega gebruikt Ozempic om af te vallen.",
        "Haar moeder gebruikt acenocoumarol, dus let op bij vallen.",
        "De aanvrager krijgt mirtazapine van de huisarts.",
        "Cliënt gebruikt tramadol tegen de pijn.",
        "Zijn partner spuit insuline en gebruikt ook gliclazide.",
        "De jongere gebruikt aripiprazol sinds de opname.",
        "Meneer heeft Eliquis gekregen na zijn trombose.",
        "Deze inwoner krijgt levothyroxine voor zijn schildklier.",
        "Mijn buurvrouw gebruikt pregabaline voor zenuwpijn.",
        "De cliënt krijgt naltrexon van de verslavingsarts.",
    ),
    ("health-care", "HEALTH_DATA"): (
        "Mijn cliënt woont sinds kort in een verpleeghuis.",
        "Haar vader is aangemeld bij 113 na een poging.",
        "De bewoner is onder behandeling bij een psychiater.",
        "Zijn zoon is bij de kinderarts geweest voor onderzoek.",
        "Mijn collega is al drie maanden ziek.",
        "De medewerker is sinds maandag weer ziek.",
        "Onze klant was gisteren weer onder invloed aan de balie.",
        "De huurder was dronken toen de wijkagent kwam.",
        "Haar moeder vergeet steeds meer en raakt de weg kwijt.",
        "Zijn vader valt steeds vaker en eet slecht.",
    ),
    ("health-self", "HEALTH_DATA"): (
        "Ik ben sinds maart zwanger en wil mijn verlof regelen.",
        "Ik heb al jaren reuma, kan de gemeente helpen?",
        "Mijn burn-out is nog niet over, hoe meld ik dat?",
        "Sinds mijn hartinfarct werk ik halve dagen.",
    ),
    ("criminal-compound", "CRIMINAL_DATA"): (
        "Mijn cliënt heeft een geldstraf gekregen.",
        "Zijn zoon moet een jeugdstraf uitzitten.",
        "De bewoner is veroordeeld voor huisvredebreuk.",
        "Haar ex is opgepakt voor een straatroof.",
        "De jongen wordt verdacht van een gewapende roofoverval.",
        "Deze aanvrager is veroordeeld voor een zedenmisdrijf.",
        "Mijn cliënt heeft een vrijheidsstraf van zes maanden gehad.",
        "De vader heeft een contactverbod gekregen.",
        "Haar ex-partner heeft een straatverbod.",
        "Meneer heeft een rijontzegging van een jaar.",
    ),
    ("criminal-offence", "CRIMINAL_DATA"): (
        "Mijn cliënt is veroordeeld voor computervredebreuk.",
        "De huurder wordt verdacht van ontvoering.",
        "Zijn broer is veroordeeld voor dood door schuld.",
        "De jongere is aangehouden voor vandalisme.",
        "Deze inwoner is veroordeeld voor belediging van een agent.",
        "Mijn collega is verdacht van chantage.",
        "De aanvrager is vervolgd voor meineed.",
        "Haar zoon was betrokken bij een vechtpartij in de stad.",
        "De man is veroordeeld voor kinderpornografie.",
        "Zijn vader pleegde destijds een overval.",
    ),
    ("criminal-process", "CRIMINAL_DATA"): (
        "De bewoner is vorige week aangehouden.",
        "Mijn man is opgepakt en ik weet niet wat ik moet doen.",
        "Haar zoon werd gisteravond opgepakt.",
        "Mijn cliënt moet naar Halt na het vuurwerk.",
        "De jongere heeft een Halt-traject gedaan.",
        "Zijn rijbewijs is ingevorderd door de politie.",
        "Haar vader heeft vroeger gezeten voor oplichting.",
        "De cliënt zit in de criminaliteit volgens zijn moeder.",
        "Er is een voornemen tot weigering van zijn VOG.",
        "Meneer kreeg een dagvaarding van de officier van justitie.",
    ),
    ("special-religion", "SPECIAL_CATEGORY"): (
        "Mijn collega is humanist en wil geen kerkelijke uitvaart.",
        "De aanvrager is mormoon.",
        "Haar familie is koptisch en viert Pasen later.",
        "Deze medewerker is baptist.",
        "Mijn cliënt eet alleen halal.",
        "De kandidaat vroeg of hij tijdens de ramadan eerder mag stoppen.",
        "Zij vroeg om een ruimte om te bidden.",
        "Mijn collega houdt de sabbat en werkt niet op zaterdag.",
        "De inwoner is vorig jaar bekeerd tot de islam.",
    ),
    ("special-identity", "SPECIAL_CATEGORY"): (
        "Mijn cliënt is intersekse.",
        "De medewerker is genderfluïde en wil een andere naam.",
        "Inwoner heeft een geslachtswijziging laten registreren.",
        "Deze jongere valt op jongens, zegt zijn mentor.",
        "Mijn collega heeft een Molukse achtergrond.",
    ),
    ("special-politics", "SPECIAL_CATEGORY"): (
        "De organisator is actief binnen de SP.",
        "Mijn buurman is een fervente PVV'er.",
        "Haar vader is al jaren D66'er.",
        "De medewerker wordt bijgestaan door de FNV.",
        "Mijn collega zit bij de vakbond.",
        "Deze werknemer is lid van de AbvaKabo.",
    ),
    ("person-link", "HEALTH_DATA"): (
        "Zijn ex-partner is verslaafd aan cocaïne.",
        "De uitzendkracht heeft epilepsie.",
        "Mijn schoonmoeder heeft dementie.",
        "De oudere dame heeft parkinson en woont alleen.",
        "De weduwe is sinds het overlijden depressief.",
    ),
    ("person-link", "CRIMINAL_DATA"): (
        "Haar ex-man heeft een strafblad.",
        "Het gezinshoofd zit in de gevangenis.",
    ),
    ("health-observed", "HEALTH_DATA"): (
        "De wijkverpleging trof haar gisteren verward aan.",
        "Bij het huisbezoek troffen we hem dronken aan.",
        "Mijn cliënt eet nauwelijks sinds zijn vrouw is overleden.",
        "Haar vader eet niet meer goed en valt af.",
        "De huurder verwaarloost zichzelf en de woning.",
        "Buurvrouw spreekt van hoarding bij de bewoner van nummer 8.",
        "Meneer ziet erg slecht en kan de brief niet lezen.",
        "Zijn moeder heeft slechte longen en woont driehoog.",
        "Mevrouw vraagt uitstel vanwege haar ziekte.",
        "De klant kon niet komen i.v.m. zijn operatie.",
        "Hij neemt zijn medicijnen niet meer in, zegt zijn zus.",
    ),
    ("criminal-told", "CRIMINAL_DATA"): (
        "De politie kwam langs en haar vriend is meegenomen.",
        "Zijn broer is meegenomen naar het politiebureau.",
        "Ze vertelde dat haar zoon betrokken was bij een inbraak.",
        "De huurder pleegde vorig jaar een woninginbraak.",
        "Mijn cliënt heeft jaren in de criminaliteit gezeten.",
        "Haar ex-man is gisteren gearresteerd.",
    ),
    ("person-continuity", "HEALTH_DATA"): (
        "Gesprek gehad met de cliënt. Depressief, slaapt slecht.",
        "Ik sprak de aanvrager vanochtend. Hij gebruikt oxazepam.",
        "Mevrouw belde over de rolstoel. Sinds de beroerte kan ze niet meer lopen.",
    ),
    ("person-continuity", "CRIMINAL_DATA"): ("Mijn buurman belde. Zijn zoon zit vast in Spanje.",),
    # batch 3, written before the rules for them
    ("health-english", "HEALTH_DATA"): (
        "My client goes to dialysis three times a week.",
        "Her son took an overdose last month.",
        "The applicant is dyslexic and needs the letter read aloud.",
        "My colleague is on maternity leave until March.",
        "The tenant has a drinking problem, according to the neighbours.",
        "His father had a nervous breakdown in the spring.",
        "She attempted suicide last year.",
        "My colleague has been signed off sick for two weeks.",
        "The resident broke her hip and is now in hospital.",
        "He wears a hearing aid and lip-reads.",
    ),
    ("criminal-english", "CRIMINAL_DATA"): (
        "My client received a police caution for shoplifting.",
        "Her son wears an electronic tag until June.",
        "The tenant deals drugs from the flat, neighbours say.",
        "His brother is known to the youth offending team.",
    ),
    ("special-practice", "SPECIAL_CATEGORY"): (
        "Mijn collega draagt sinds kort een hijab.",
        "The applicant wears a headscarf for religious reasons.",
        "My colleague attends the mosque every Friday.",
        "She observes Ramadan and asked for a later lunch.",
        "The client is a trans woman and uses the name Robin.",
    ),
    ("health-compound-2", "HEALTH_DATA"): (
        "Mijn cliënt is een longpatiënt en kan geen trap lopen.",
        "Zijn vader is dialysepatiënt.",
        "De huurder is een bekende heroïnegebruiker.",
        "Mevrouw krijgt wijkverpleging voor haar wondzorg.",
        "Haar zoon gaat drie dagen per week naar de dagbehandeling.",
    ),
    # batch 4: a probe in mixed styles, written after the batch 3 rules (36/40 caught then)
    ("mixed-probe", "HEALTH_DATA"): (
        "Cliënt is bekend met een angststoornis en heeft moeite met telefoneren.",
        "mw heeft sinds januari een stoma na darmkanker",
        "Dhr. is slechtziend en heeft een geleidehond aangevraagd.",
        "Mijn medewerker is weer aan het werk na haar zwangerschap.",
        "De jongen heeft een licht verstandelijke beperking en woont begeleid.",
        "Zij zit in een traject bij de GGZ voor haar eetstoornis.",
        "Meneer heeft een hersenbloeding gehad en praat moeilijk.",
        "Haar man is vorige maand aan kanker overleden.",
        "Mijn collega moet geopereerd worden aan zijn knie.",
        "De bewoner kampt met psychische problemen sinds zijn scheiding.",
        "Zoon heeft diabetes type 1 en een insulinepomp.",
        "Aanvrager herstelt van een burn-out en werkt 50%.",
        "Hij heeft het syndroom van Down en woont in een woongroep.",
        "Ze is depressief geweest na de bevalling van haar tweede kind.",
        "Cliënte slikt antidepressiva en is onder behandeling bij de POH.",
        "Hij is blind aan één oog sinds het ongeluk.",
        "My colleague has been diagnosed with breast cancer.",
        "The resident suffers from severe anxiety and rarely leaves the house.",
        "Hij heeft een verslavingsverleden en is nu clean.",
        "Mijn zus kreeg een miskraam in de twaalfde week.",
    ),
    ("mixed-probe", "CRIMINAL_DATA"): (
        "Zijn vader zit een straf uit in de PI Vught.",
        "De aanvrager heeft een strafblad vanwege geweld.",
        "Haar vriend is veroordeeld tot vier maanden cel.",
        "De jongen is vorige week door de politie opgepakt bij een inbraak.",
        "Cliënt heeft een enkelband en mag 's avonds niet naar buiten.",
        "Meneer staat volgende maand voor de rechter wegens mishandeling.",
        "Mijn buurman heeft een werkstraf van 80 uur gekregen.",
        "De huurder is in 2022 veroordeeld voor het telen van hennep.",
        "Haar zoon heeft een Halt-straf gehad voor vernieling.",
        "De ondernemer is eerder veroordeeld voor belastingfraude.",
        "Hij is ooit gepakt voor rijden onder invloed.",
        "The applicant has a conviction for fraud from 2019.",
    ),
    ("mixed-probe", "SPECIAL_CATEGORY"): (
        "Mijn collega is homo en durft dat niet op de afdeling te zeggen.",
        "De aanvrager is Jehova's getuige en weigert bloed.",
        "Zij is lid van de PvdA en wil dat niet in haar dossier.",
        "Cliënt is vakbondslid en neemt iemand van de FNV mee.",
        "Hij komt uit een streng gereformeerd gezin.",
        "Mijn collega is lesbisch en getrouwd met haar vrouw.",
        "De medewerker is van Turkse afkomst en spreekt slecht Nederlands.",
        "Hij is moslim en wil op vrijdag naar het vrijdaggebed.",
    ),
}
POSITIVES: tuple[Sentence, ...] = tuple(
    (family, kind, text) for (family, kind), texts in POSITIVES_BY_FAMILY.items() for text in texts
)

# Must not carry their type, nor block.
NEGATIVES_BY_FAMILY: dict[tuple[str, str], tuple[str, ...]] = {
    ("health-negative", "HEALTH_DATA"): (
        "De ontsteking van de bedrijfsauto is kapot.",
        "Het nieuwe systeem heeft nog wat kinderziektes.",
        "Ons team heeft last van het calimerosyndroom.",
        "Schrijf een folder over homofobie op school.",
        "Maak een nieuwsbericht over de ziektewet voor werkgevers.",
        "Wat is het verschil tussen oxazepam en diazepam?",
        "De opname van de raadsvergadering staat online.",
        "Schrijf een voorlichtingstekst over faalangst bij kinderen.",
        "Hoeveel inwoners gebruiken metformine volgens het CBS?",
        "Het project is al drie maanden ziek, grapte de manager.",
        "De medewerker van de servicedesk heeft de storing opgelost.",
        "Ik heb een vraag over de regels voor diabetes en rijbewijs.",
        "Stel een brochure op over de ziekte van Lyme en teken.",
        "Het verpleeghuis aan de Dorpsstraat krijgt een nieuwe vergunning.",
        "Mijn collega schrijft een beleidsnotitie over medicatieveiligheid.",
        "De handhaver trof het pand verwaarloosd aan.",
        "Er zijn medicijnen over na de actie van de apotheek.",
        "De adviseur gaf zijn diagnose van het probleem met de server.",
        "Ik weet niet meer wat de aanvrager precies wilde.",
        "De eigenaar verwaarloost het pand al jaren.",
        "De inwoner ziet slecht in waarom de regels zo zijn.",
        "Schrijf een folder over de bijwerkingen van oxazepam.",
        "Maak een poster over longontsteking bij ouderen.",
        "Hoeveel mensen hebben een postcovidsyndroom in onze regio?",
        "De video-opname van de inspraakavond is mislukt.",
        "Wat doet de gemeente voor inwoners met claustrofobie?",
    ),
    ("criminal-negative", "CRIMINAL_DATA"): (
        "De speler kreeg een tijdstraf van twee minuten.",
        "Schrijf een raadsvoorstel over fraudebestrijding.",
        "Maak een folder over het beleid huiselijk geweld.",
        "Plaats een verbodsbord bij de ingang van het park.",
        "De aanvraag is aangehouden tot de volgende vergadering.",
        "Het ticket is opgepakt door de servicedesk.",
        "De medewerker heeft het dossier opgepakt.",
        "Hoeveel taakstraffen zijn er vorig jaar in de regio opgelegd?",
        "Wat is het verschil tussen een geldstraf en een taakstraf?",
        "De nieuwe medewerker zit nog in zijn proeftijd.",
        "Mijn collega was betrokken bij de aanpak van woonfraude.",
        "Stel een gebiedsverbod op voor de burgemeester.",
        "Halt, hier begint het werkterrein.",
        "De medewerker is meegenomen in de planning voor volgend jaar.",
        "Mijn collega is betrokken bij de aanpak van drugshandel in de wijk.",
        "De politie heeft de aanpak van inbraken meegenomen in het plan.",
        "Wat betekent een rijontzegging voor een buschauffeur?",
        "Maak een quiz voor jongeren over Halt en vuurwerk.",
        "Schrijf een nieuwsbericht over de daling van het aantal straatroven.",
        "Hoe plegen criminelen phishing bij ouderen?",
    ),
    ("special-negative", "SPECIAL_CATEGORY"): (
        "Organiseer een iftar voor de wijk in het buurthuis.",
        "Schrijf een nieuwsbrief over werken tijdens de ramadan.",
        "De kantine biedt voortaan ook halal maaltijden aan.",
        "Wat vindt de SP van het nieuwe parkeerbeleid?",
        "Wethouder Jansen is al jaren D66'er.",
        "De FNV heeft een nieuwe cao afgesloten.",
        "Maak een voorlichtingstekst over intersekse voor scholen.",
        "Hoeveel inwoners hebben een migratieachtergrond?",
        "Mijn collega werkt aan de vingerafdrukscanner bij de balie.",
        "Schrijf een artikel over de geschiedenis van de mormonen.",
        "De GroenLinks-fractie dient een motie in over de ramadan.",
        "Hoeveel zzp'ers werken er voor de gemeente?",
        "Het Humanistisch Verbond organiseert een debat.",
    ),
    ("english-negative", "HEALTH_DATA"): (
        "Write a leaflet about dialysis for residents.",
        "The hospital opens a new wing in March.",
        "Draft a policy on maternity leave for our staff.",
        "He broke the record for the fastest permit ever.",
    ),
    ("english-negative", "CRIMINAL_DATA"): (
        "Please proceed with caution when editing this file.",
        "Tag the document with the right label.",
    ),
    ("english-negative", "SPECIAL_CATEGORY"): (
        "Write a short text about the history of the mosque in our town.",
        "What is the policy on headscarves in the town hall?",
    ),
    ("mixed-probe-negative", "HEALTH_DATA"): (
        "Schrijf een folder over de ziekte van Alzheimer voor mantelzorgers.",
        "Hoeveel inwoners met een verstandelijke beperking wonen er in de gemeente?",
        "Maak een presentatie over burn-outpreventie voor leidinggevenden.",
        "De stoomcursus gaat over depressie op de werkvloer.",
        "Wat is het beleid bij zwangerschap van een medewerker?",
    ),
    ("mixed-probe-negative", "CRIMINAL_DATA"): (
        "Schrijf een raadsinformatiebrief over de aanpak van woninginbraken.",
        "Wat is het verschil tussen een werkstraf en een leerstraf?",
        "De wijkagent geeft een presentatie over fietsendiefstal.",
    ),
    ("mixed-probe-negative", "SPECIAL_CATEGORY"): (
        "Schrijf een persbericht over de opening van de nieuwe moskee.",
        "Wat zegt de Grondwet over vrijheid van godsdienst?",
        "De FNV en de gemeente onderhandelen over de cao.",
    ),
}
NEGATIVES: tuple[Sentence, ...] = tuple(
    (family, kind, text) for (family, kind), texts in NEGATIVES_BY_FAMILY.items() for text in texts
)

# CONFIDENTIAL_MARKER: pasted e-mail disclaimers are not a marking; real markings are.
DISCLAIMERS: tuple[str, ...] = (
    "Kun je deze mail korter maken?\n\nDeze e-mail is vertrouwelijk en uitsluitend bestemd voor "
    "de geadresseerde. Indien u dit bericht onterecht ontvangt, wordt u verzocht de afzender te "
    "informeren.",
    "Vat samen: de vergunning is verleend.\n\nDit bericht kan vertrouwelijke informatie bevatten "
    "en is alleen bestemd voor de geadresseerde(n).",
    "Please translate.\n\nThis e-mail and any attachments are confidential and intended solely "
    "for the addressee. If you are not the intended recipient, please delete it.",
    "Herschrijf dit antwoord.\n\nThe information in this message is strictly confidential and "
    "may be legally privileged. It is intended only for the addressee.",
    "Beantwoord deze vraag over de afvalinzameling.\n\nDe informatie verzonden met dit "
    "e-mailbericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde. Gebruik van "
    "deze informatie door anderen dan de geadresseerde is verboden.",
    "Samenvatten graag.\n\nDISCLAIMER: dit bericht is vertrouwelijk. Bent u niet de beoogde "
    "ontvanger, verwijder het dan.",
)
# Batch 3, written before the rule: a marking with the moment it lapses ("tot besluit").
TIMED_MARKINGS: tuple[str, ...] = (
    "Vat dit collegevoorstel samen (vertrouwelijk tot besluit): grondaankoop Noord.",
    "Dit advies is geheim tot publicatie op 1 juni. Maak er een samenvatting van.",
    "Concept raadsvoorstel, vertrouwelijk tot besluitvorming in het college. Kort het in.",
    "Nota aan de wethouder, vertrouwelijk tot 12 maart.",
)
TIMED_LOOK_ALIKES: tuple[str, ...] = (
    "Hoe lang blijft een collegevoorstel vertrouwelijk tot het besluit?",
    "Het geheim tot succes is een goede voorbereiding.",
    "Behandel klachten vertrouwelijk tot en met de afhandeling, zegt het protocol?",
)
MARKINGS: tuple[str, ...] = (
    "VERTROUWELIJK\n\nNotitie over de reorganisatie van team Wijkzaken.",
    "Vertrouwelijk: niet verspreiden\nConcept voor het college over de grondprijs.",
    "Stg. Geheim\nDraaiboek bij de evacuatie van het gemeentehuis.",
    "Dit document is vertrouwelijk. Vat de hoofdpunten samen.",
    "Onderwerp: vertrouwelijk - reorganisatie\n\nBeste collega's, hierbij het plan.",
    "VERTROUWELIJK - uitsluitend bestemd voor de leden van het college\n\nAdvies grondaankoop.",
)
