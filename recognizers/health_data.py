"""HEALTH_DATA (AVG art. 9): diagnoses, treatment, medication, addiction, pregnancy, disability,
psychiatric admission, suicide and sick leave, in Dutch and English.

This recognizer only finds the topic. Whether the text is about a specific person ("mijn cliënt
heeft diabetes") or about the subject in general ("folder over diabetes") is decided afterwards
by ``gateway.engine.subject.link_to_subjects``, which drops topic findings without a person.

Choices worth knowing:

- Sick leave ("ziek gemeld", "is ziek", "in de ziektewet", "arbeidsongeschikt") counts: the
  Autoriteit Persoonsgegevens treats the fact that an employee is ill as health data. The word
  "bedrijfsarts" does not: it names a role, and case notes state the health data itself next
  to it ("energetisch beperkt", "ziekgemeld met een burn-out").
- Case notes describe more than diagnoses: symptoms ("heeft last van duizeligheid", "slaapt
  slecht", "valt regelmatig"), use ("slikt dagelijks Depakine", "blowt", "gebruikt cocaïne"),
  dependence on an aid ("afhankelijk van een rolstoel") and a measured IQ all count.
- Requesting an aid ("rolstoel aangevraagd", "scootmobiel", "traplift") does not: the Wmo
  provision is not a diagnosis. Depending on one ("zit in een rolstoel") does.
- Ambiguous words ("operatie", "diagnose", "Wvggz") score below the default threshold of 0.5
  and only count with a context word nearby ("mijn cliënt heeft een operatie gehad").
- Abbreviations that are also ordinary words (MS, ALS, ADD) only match in upper case after a
  word that makes them a condition ("heeft MS", "zijn ALS"), or in brackets right after a
  condition ("een spierziekte (ALS)").
- A functional limitation is health data when it is phrased as one ("kan niet langer dan 20
  minuten zitten", "kan niet meer zelfstandig lopen", "can no longer climb the stairs"); a
  limit on a task ("niet langer dan twee pagina's") has no body verb and does not match.
- Complaints count with a body part or a symptom as object, in any word order ("last te
  hebben van zijn knieën", "last heeft van angsten"); "last van de buren" does not, and "geen
  last van zijn rug" says the complaint is absent.
- "operatie" alone stays ambiguous; a body part in the compound ("meniscusoperatie") or
  undergoing a heavy one ("afwezig wegens een zware operatie") makes it surgery, "het wordt een
  zware operatie voor het team" does not.
"""

from __future__ import annotations

from typing import ClassVar

from recognizers._terms import GatedTermRecognizer, TermPattern
from recognizers.person_reference import CORE_PERSON_NOUNS

# Optional severity in front of a diagnosis belongs to the phrase ("beginnende Alzheimer").
_SEVERITY = r"(?<!\w)(?:beginnende|ernstige|zware|lichte|milde|chronische|acute|vergevorderde)\s++"

# "(ALS)", "(RSI)": an abbreviation in brackets after a condition belongs to the phrase.
_ABBREVIATION_IN_BRACKETS = r"(?:\s+\((?-i:\p{Lu}[\p{Lu}\p{Ll}]{1,5})\))?"

_DIAGNOSES = (
    r"diabet(?:es|ica|icus|ici|ische)|diabeet|suikerpatiënte?",
    # One branch for the compound heads ("longkanker", "hersentumor", "angststoornis",
    # "oorontsteking", "prikkelbaredarmsyndroom", "myocardinfarct", "winterdepressie",
    # "huidaandoening", "claustrofobie"): a word is scanned once instead of once per head. A bare
    # "syndroom" or "ontsteking" (also a car's ignition) is not matched, nor are the figures of
    # speech and attitudes among them ("calimerosyndroom", "homofobie", "xenofobie").
    r"(?!(?:calimero|nimby|kerst|zondags)\w*syndroom|(?:homo|xeno|islamo|trans|bi|lhbti|jodo"
    r"|anglo|russo|techno|cyber)\w*fobie)\w*(?:kanker(?:patiënte?|behandeling)?|tumor"
    r"|stoornis(?:sen)?|fobie|(?<=\w)(?:ontsteking(?:en)?|infarct|depressie|aandoening(?:en)?"
    r"|syndroom|patiënte?))|leukemie|lymfoom|melanoom|uitgezaaid",
    r"faalangst|verlatingsangst|smetvrees|pleinvrees",
    # Conditions by name, completed per organ system rather than per corpus example.
    r"cerebrale\s+parese|spina\s+bifida|hydrocefalus|glaucoom|maculadegeneratie|tinnitus"
    r"|oorsuizen|(?:lever)?cirrose|bronchitis|sinusitis|colitis|gastritis|meningitis"
    r"|pancreatitis|tendinitis|dermatitis|delier|delirium|aneurysma|lupus|sarcoïdose"
    r"|hemofilie|thalassemie|sikkelcel\w*|mucoviscidose|cystic\s+fibrosis|boezemfibrilleren"
    r"|angina\s+pectoris|(?-i:ME/CVS)|dyspraxie|chlamydia|syfilis|gonorroe|malaria"
    r"|lymfoedeem|eczeem|hechtingsproblematiek|geheugenverlies|vergeetachtig(?:er|heid)?"
    r"|vergeet\s+steeds\s+(?:meer|vaker\s+(?:dingen|afspraken|namen))",
    r"depressie[fv]?e?|depressiviteit|postnatale\s+depressie|burn-?out|overspannen(?:heid)?",
    r"(?-i:ADHD|PTSS|PTSD|OCD|NAH|LVB|COPD|CVA|TIA|PDD-NOS|PDS)"
    # Case notes type the common ones in lower case ("cl heeft copd"); not the short ones that
    # are also words or names ("tia", "nah", "ms").
    r"|(?-i:adhd|ptss|copd|lvb|pds)",
    r"autisme|autist(?:isch|ische)?|autismespectrumstoornis",
    r"schizofren(?:ie|e)|psychoses?|psychotische?|bipolaire?(?:\s+stoornis)?",
    r"manisch[- ]depressief|borderline",
    r"anorexia|boulimia|psychische\s+(?:problemen|klachten|stoornis|aandoening|problematiek)",
    r"psychiatrische\s+(?:problematiek|stoornis|aandoening|patiënte?|voorgeschiedenis)",
    r"ggz-(?:problematiek|cliënte?|patiënte?|behandeling|traject|indicatie)",
    r"dementie|dementerend[e]?|demente|dementeert|casemanager\s+dementie|alzheimer|parkinson",
    r"multiple\s+sclerose|amyotrofische\s+laterale\s+sclerose|spierdystrofie|myasthenie"
    r"|neuropathie|polio|(?=(?-i:MS|ALS))(?<=\b(?:heeft|had|met|zijn|haar|aan|vanwege|lijdt\s+aan)\s+)(?-i:MS|ALS)",
    r"hiv(?:-positief)?|seropositief|(?-i:AIDS)|hepatitis(?:\s+[a-c])?|tuberculose|soa",
    r"epilepsie|epileptische?(?:\s+aanval(?:len)?)?|hartaanval|hartinfarct|herseninfarct",
    r"beroerte|hartfalen|nierfalen|hersenletsel|niet-aangeboren\s+hersenletsel",
    r"astma|reuma|artrose|fibromyalgie|long\s+covid|chronische\s+vermoeidheid|slaapapneu",
    # musculoskeletal
    r"hernia|(?:reumato[iï]de\s+)?artritis|jicht|osteoporose|whiplash|scoliose|(?-i:RSI|KANS)",
    r"(?:long|blaas|nier|pees|gewrichts|darm|hersenvlies|alvleesklier)ontsteking|tennisarm",
    r"(?:knie|enkel|schouder|rug|hamstring)blessure|(?:been|arm|heup|pols|enkel|rib|schedel"
    r"|bekken|wervel)breuk|versleten\s+(?:knie|heup|rug|schouder)\w*"
    r"|(?:knie|heup|gewrichts)slijtage|slijtage\s+aan\s+(?:zijn|haar|beide)\s+(?:knie|heup"
    r"|rug|schouder)\w*",
    r"afasie|dyscalculie|migraine|paniekaanval(?:len)?|hyperemesis(?:\s+gravidarum)?",
    r"hersenschudding|bekkeninstabiliteit|hartritmestoornis(?:sen)?|longembolie|trombose"
    r"|hoge\s+bloeddruk|eetstoornis|ondergewicht|nachtmerries|slapeloosheid|slaapproblemen"
    r"|concentratieproblemen|geheugenproblemen|(?:hoofd|rug|buik|nek|borst|zenuw|gewrichts|spier"
    r"|fantoom)pijn(?:klachten)?|chronische\s+pijn",
    r"obesitas|downsyndroom|syndroom\s+van\s+down|dyslexie|incontinent(?:ie)?",
    # Syndromes named after a person: "syndroom van Korsakov", "Aspergersyndroom", "Korsakov".
    # (Not any capitalised compound: "Calimero-syndroom" is a figure of speech.)
    r"syndroom\s+van\s+(?-i:\p{Lu})\p{Ll}+|(?:korsakov|asperger|tourette|klinefelter|marfan"
    r"|sjögren|ehlers-danlos)(?:-?syndroom)?|bedplassen|bedplast|enuresis",
    r"gordelroos|nierstenen|galstenen|(?:long)?emfyseem|psoriasis|coeliakie|hooikoorts"
    r"|(?:voedsel|noten|pinda|gluten|lactose)?allergie|lactose-?intolerantie"
    r"|(?:gehoor|visus|spraak)beperking|pijnlijke\s+(?:knie|knieën|rug|heup|schouder|nek|voet"
    r"|enkel|pols|gewrichten)",
    r"dwarslaesie|verlamd|verlamming|gediagnosticeerd|gediagnostiseerd|endometriose",
    r"lijdt\s+aan\s+(?:een\s+)?\w+|(?:heeft|had)\s+(?:zijn|haar)\s+\w+\s+gebroken|botbreuk",
    r"(?:psychische|lichamelijke|fysieke|medische|depressieve)\s+klachten"
    r"|(?:rug|nek|hart|long|maag|darm|angst|stress|burn-?out|knie|heup|schouder|buik|hoofd"
    r"|spier|gewrichts|blaas|huid|oog|slaap|geheugen|concentratie|vermoeidheids|pijn|paniek"
    r"|overgangs|post-?covid|hartritme)klachten",
    r"medische\s+(?:problemen|problematiek|aandoening|klachten)|gezondheidsproblemen",
    r"(?:hart|long|nier|spier|huid|darm"
    r"|psychiatrische|neurologische|chronische|ernstige|erfelijke)\s*aandoening",
)

# Diseases named with "ziekte": a pattern of their own, so that the frequent trigger "ziek" does
# not make the large diagnosis pattern try every word before it.
_NAMED_DISEASE = (
    r"(?:ziekte\s+van\s+\p{L}+|(?:spier|zenuw|long|hart|nier|lever|darm|huid|bot|gewrichts"
    r"|bloed|vaat|hersen|oog|schildklier|auto-?immuun|stofwisselings|suiker)ziekte"
    # any other compound ("taaislijmziekte", "sikkelcelziekte"); "kinderziektes" of a system
    # is a figure of speech
    r"|(?!kinder)\w+ziekte(?:s|n)?)" + _ABBREVIATION_IN_BRACKETS,
)

# Prescription medicines, by generic and brand name: the ones most dispensed in the Netherlands
# per therapeutic group (GIP-databank), completed per group rather than per corpus example.
# Over-the-counter painkillers and allergy tablets (paracetamol, ibuprofen, cetirizine) are left
# out: a first-aid kit or a shopping list names them without anyone's health. Each name is also
# its own trigger.
MEDICINES = (
    # stomach, diabetes, cholesterol, blood pressure and heart
    *("omeprazol", "pantoprazol", "esomeprazol", "gliclazide", "glimepiride", "sitagliptine"),
    *("empagliflozine", "dapagliflozine", "liraglutide", "semaglutide", "ozempic", "wegovy"),
    *("victoza", "januvia", "simvastatine", "atorvastatine", "rosuvastatine", "pravastatine"),
    *("metoprolol", "bisoprolol", "atenolol", "propranolol", "amlodipine", "nifedipine"),
    *("lisinopril", "enalapril", "perindopril", "losartan", "valsartan", "irbesartan"),
    *("candesartan", "hydrochloorthiazide", "furosemide", "bumetanide", "spironolacton"),
    *("clopidogrel", "plavix", "acetylsalicylzuur", "carbasalaatcalcium", "ascal"),
    # anticoagulants, thyroid, lungs, corticosteroids, antibiotics
    *("acenocoumarol", "fenprocoumon", "sintrom", "marcoumar", "apixaban", "eliquis"),
    *("rivaroxaban", "xarelto", "dabigatran", "pradaxa", "edoxaban", "nadroparine"),
    *("fraxiparine", "levothyroxine", "thyrax", "euthyrox", "salbutamol", "ventolin"),
    *("budesonide", "fluticason", "symbicort", "seretide", "tiotropium", "spiriva"),
    *("montelukast", "prednisolon", "dexamethason", "hydrocortison", "amoxicilline"),
    *("doxycycline", "nitrofurantoïne", "ciprofloxacine", "azitromycine", "claritromycine"),
    # pain and addiction care
    *("diclofenac", "naproxen", "tramadol", "tramal", "fentanyl", "durogesic", "codeïne"),
    *("oxycontin", "oxynorm", "buprenorfine", "suboxone", "subutex", "naltrexon"),
    *("disulfiram", "antabus", "acamprosaat", "pregabaline", "lyrica", "gabapentine"),
    # psychiatry: sleep and anxiety, antidepressants, antipsychotics, ADHD
    *("alprazolam", "xanax", "temesta", "seresta", "valium", "zolpidem", "stilnoct"),
    *("zopiclon", "escitalopram", "cipramil", "seroxat", "efexor", "fluvoxamine"),
    *("duloxetine", "cymbalta", "mirtazapine", "remeron", "amitriptyline", "nortriptyline"),
    *("bupropion", "wellbutrin", "trazodon", "agomelatine", "risperidon", "risperdal"),
    *("aripiprazol", "abilify", "zyprexa", "pipamperon", "dipiperon", "levomepromazine"),
    *("nozinan", "biperideen", "akineton", "medikinet", "equasym", "atomoxetine"),
    *("strattera", "lisdexamfetamine", "elvanse", "guanfacine", "intuniv", "clonidine"),
    # neurology, rheumatism, oncology, HIV
    *("levodopa", "madopar", "sinemet", "donepezil", "galantamine", "rivastigmine"),
    *("memantine", "sumatriptan", "rizatriptan", "topiramaat", "fenytoïne", "tegretol"),
    *("lamictal", "allopurinol", "colchicine", "hydroxychloroquine", "adalimumab", "humira"),
    *("etanercept", "tamoxifen", "letrozol", "anastrozol", "truvada"),
)

_TREATMENT = (
    r"chemo(?:therapie|kuur|kuren)?|bestraling(?:en)?|radiotherapie|immunotherapie"
    r"|(?:nier|hemo|peritoneaal|thuis)?dialyse",
    r"(?!ergo)[\w-]*therapie|emdr|revalid(?:atie|eert|eren|atiecentrum)",
    r"onder\s+behandeling|in\s+behandeling\s+bij|behandeld\s+(?:voor|tegen|aan)",
    r"(?:bij|naar|door)\s+(?:de|een|zijn|haar)\s+(?:[\w-]*psychiater|[\w-]*psycholoog"
    r"|[\w-]*ggz|neuroloog|cardioloog|oncoloog|longarts|internist|reumatoloog"
    r"|orthopeed|geriater|revalidatiearts|kinderpsychiater|diëtist|logopedist|kinderarts"
    r"|uroloog|gynaecoloog|dermatoloog|oogarts|kno-arts|[\w-]*chirurg|endocrinoloog|nefroloog"
    r"|mdl-arts|[\w-]*psychotherapeut|fysiotherapeut)",
    # The suicide prevention line: "is aangemeld bij 113", "heeft contact gehad met 113".
    r"(?:aangemeld\s+bij|contact\s+(?:gehad\s+|opgenomen\s+)?met|gebeld\s+met|belde|belt)"
    r"\s+(?:de\s+)?113(?!\d)",
    # "krijgt begeleiding van het FACT-team van de GGZ", "in zorg bij de GGZ"
    r"fact-team|factteam|ggz-?team|(?:in\s+zorg|bekend|aangemeld)\s+bij\s+"
    r"(?:de\s+)?(?:[\w-]*ggz|verslavingszorg|psychiatrie)",
    r"(?:heup|knie|hart|rug|oog|staar|maag|darm|borst|bypass|schouder|hernia|galblaas"
    r"|long|nier|prostaat|enkel|hersen|tumor|kanker|bariatrische\s+|meniscus|kruisband|blinddarm"
    r"|amandel|baarmoeder|lies|nek|pols|voet|hand|elleboog|bekken|wervel|spataderen)operatie"
    # Undergoing a heavy operation is surgery ("afwezig wegens een zware operatie"); "het wordt
    # een zware operatie voor het team" and "de operatie van de politie" are not.
    r"|spoedoperatie|(?<=\b(?:na|wegens|vanwege|door|ondergaat|onderging|ondergaan|heeft|had"
    r"|hebben|kreeg|krijgt|moet|moest)\s+(?:een\s+)?)(?:zware|ingrijpende)\s+operatie",
    r"geopereerd|amputatie(?:\s+van\s+(?:zijn|haar|de|het)\s+\w+)?|geamputeerd",
    r"transplantatie|donornier|zuurstof\s+aan\s+huis|zuurstoftherapie|zuurstofapparaat"
    r"|aan\s+de\s+zuurstof|thuiszuurstof|zuurstof\s+(?:24/7|dag\s+en\s+nacht|\d+\s*(?:l|liter))",
    r"gedwongen\s+(?:opname|opgenomen)|crisismaatregel|zorgmachtiging|inbewaringstelling"
    r"|(?-i:IBS)|rechterlijke\s+machtiging|separeer\w*|wlz-indicatie",
    r"insuline|methadon|antidepressiva|antidepressivum|antipsychotica|ritalin[e]?|concerta",
    r"methylfenidaat|dexamfetamine|lithium|oxazepam|diazepam|lorazepam|temazepam|morfine",
    r"oxycodon|haloperidol|haldol|olanzapine|quetiapine|seroquel|clozapine|sertraline",
    r"paroxetine|citalopram|fluoxetine|prozac|venlafaxine|slaappillen|antiretrovirale",
    r"depakine|valproa(?:at|te)|levetiracetam|keppra|lamotrigine|carbamazepine|metformine"
    r"|prednison|methotrexaat|pijnstillers|slaapmedicatie|bloedverdunners?"
    r"|medicinale\s+cannabis",
    # Medication named by what it treats ("pijnmedicatie", "ADHD-medicatie"); "medicatie" alone
    # is ambiguous (below).
    r"[\w-]+medicatie",
)

# Medicines by name: a pattern of its own, so that a treatment trigger ("medicatie") does not
# try some 220 names, and a medicine name tries only these.
_NAMED_MEDICINE = ("|".join(MEDICINES),)

_ADDICTION_PREGNANCY_DISABILITY = (
    r"\w*(?:verslaafde?|verslaving)|alcoholprobleem|alcoholproblemen|alcoholis(?:me|te?)"
    # a past of addiction or psychiatric care ("verslavingsverleden", "een GGZ-verleden")
    r"|(?:verslavings|drugs|alcohol|drank|psychiatrisch|ggz-?)verleden",
    r"drankprobleem|drankproblemen|drankzucht|drugsgebruik(?:er|ster)?|drugsprobleem",
    r"(?:bij|naar|door)\s+(?:de|een|zijn|haar)\s+verslavingsarts",
    r"gokprobleem|gokproblemen|afkicken|afkickkliniek|ontwenningskliniek|detox",
    r"(?:alcohol|drank|middelen|drugs)misbruik|middelengebruik"
    r"|drinkt\s+(?:te\s+veel|fors|stevig|overmatig|veel)",
    r"zwanger(?:e|schap\w*)?|bevalling|bevallingsverlof|miskraam|abortus"
    r"|(?=in\s)(?<=\b(?:is|ben|bent)\s+)in\s+verwachting",
    # "bevallen" also means "to please" ("dat is goed bevallen"): only the birth sense.
    r"bevallen(?=\s+van\s)|(?=bevallen)(?<=\b(?:pas|net|recent|onlangs|is|zijn|ben)\s+)bevallen"
    r"(?!\s+(?:goed|prima|slecht|uitstekend|wel|niet)\b)",
    r"zwangerschapsafbreking|(?-i:IVF)(?:-behandeling)?",
    r"verstandelijk\s+beperkte?|verstandelijke\s+beperking(?:en)?|zwakbegaafde?",
    r"(?:lichamelijke|fysieke|psychische|visuele|auditieve|motorische)\s+beperking(?:en)?",
    r"gehandicapte?|handicap|invalide|slechthorende?|doofheid|doofblind|slechtziende?"
    r"(?:\s*\(visus\s+[\d,.]+\))?",
    r"doof(?:\s+aan\s+(?:één|een|beide|zijn|haar|het\s+\w+)\s+oor(?:en)?)?(?!\s+voor)",
    r"(?=blind)(?<=\b(?:is|was|werd|wordt|raakte|ben|bent|volledig|bijna|half|deels)\s+)blind",
    r"rolstoelgebonden|rolstoelafhankelijk|(?:zit|zat|zitten)\s+in\s+een\s+rolstoel|bedlegerig",
    # Depending on an aid or on care ("afhankelijk van een rolstoel", "loopt met een rollator").
    r"(?:afhankelijk|aangewezen)\s+(?:van|op)\s+(?:een\s+)?(?:rolstoel|rollator|zuurstof"
    r"|dialyse|beademing|sondevoeding|mantelzorg)|(?:gebruikt|loopt\s+(?:met|achter))\s+een\s+"
    r"(?:rollator|looprek|stok|wandelstok|blindenstok)|gebruikt\s+een\s+rolstoel"
    r"|slecht\s+ter\s+been"
    r"|halfzijdig\s+verlamd",
    r"euthanasie|suïcid\w*|suicid\w*|zelfmoord\w*|zelfdoding|automutilatie"
    r"|zelfbeschadiging|snijdt\s+zichzelf",
)

# Admission and sick leave: patterns of their own, so that the frequent trigger "ziek" does not
# make the larger treatment and disability patterns try every word before it.
_ADMISSION = (
    r"(?:ziekenhuis|spoed|her|dag|nood)opname|(?:klinische|psychiatrische|vrijwillige)\s+opname"
    # Living in a care home or clinic says that one needs that care ("woont sinds juni in een
    # verpleeghuis"); the building in a permit text has no person living in it.
    r"|(?:woont|woonde|verblijft|verbleef|verhuisd|verhuist|zit|zat)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:in|naar)\s+(?:een|het|de)\s+(?:verpleeghuis|verzorgingshuis|hospice"
    r"|(?:psychiatrische|forensische)\s+kliniek|verslavingskliniek|afkickkliniek)|(?:ligt|lag)\s+in\s+(?:het|een)\s+ziekenhuis"
    r"|(?:ligt|lag)\s+(?:nog\s+)?op\s+de\s+(?:ic|intensive\s+care|eerste\s+hulp"
    r"|spoedeisende\s+hulp)(?!-)",
    r"(?=ligt|lag)(?:ligt|lag)\s+(?:[\w-]+\s+){0,2}?opgenomen",
    r"opgenomen\s+(?:geweest\s+)?(?:in|op|bij)\s+(?:een|de|het)\s+(?:[\w-]+\s+)?"
    r"(?:[\w-]*kliniek|ziekenhuis|psychiatri\w+|paaz(?:-afdeling)?|isoleercel|verpleeghuis"
    r"|revalidatiecentrum|instelling|[\w-]*ggz|hospice)",
)

_ILLNESS_AND_SICK_LEAVE = (
    r"psychisch\s+(?:ziek|kwetsbaar|instabiel|labiel|belast)",
    r"chronisch\s+zieke?|terminaal(?:\s+zieke?)?|ongeneeslijk\s+zieke?|palliatieve?\s+\w+",
    r"ziek\s*gemeld|ziekmelding|ziekteverzuim|ziekteverlof|langdurig\s+zieke?"
    r"|arbeidsongeschikt(?:heid)?|(?-i:WIA|WAO|Wajong)(?:-uitkering)?"
    r"|(?:in|uit)\s+de\s+ziektewet|ziektewetuitkering|(?:een\s+)?gebroken\s+(?:been|arm"
    r"|pols|enkel|heup|ribben|rib|sleutelbeen|voet|hand|nek|rug)"
    # "heup gebroken", "been gebroken" in telegram style
    r"|(?:heup|been|arm|pols|enkel|rib|ribben|sleutelbeen|nek|rug|bekken)\s+gebroken",
    r"(?=ziek)(?<=\b(?:is|was|ben|bent|werd|wordt|raakte|raakt|blijft|erg|ernstig|al\s+weken"
    r"|zit|zat)\s+)ziek",
    # Sick leave in HR notes ("de medewerker is uitgevallen"), not a server or a train. With a
    # cause ("uitgevallen met een hernia") the cause is the minimal phrase.
    r"(?=uitgevallen)(?<=\b(?:hij|zij|ze|medewerker|medewerkster|collega|werknemer|werkneemster)\s+(?:is|was)\s+)"
    r"uitgevallen(?!\s+(?:met|door|vanwege|wegens)\s)",
)

# Ill for a while, said of a person: a pattern of its own because its list of person nouns is
# costly to compile (see _NAMED_MEDICINE).
_ILL_FOR_A_WHILE = (
    # ... with a time or degree between, said of a person: "mijn collega is al drie maanden
    # ziek", "Sanne is sinds maandag weer ziek" (not "het project is al maanden ziek").
    r"(?=ziek)(?<=\b(?:hij|zij|ze|ik|(?!(?-i:Het|De|Dit|Dat|Die|Deze|Er|Alles)\b)(?-i:\p{Lu}\p{Ll}+)"
    rf"|{CORE_PERSON_NOUNS})\s+(?:is|was|ben|bent|werd|raakte|zit|zat)\s+(?:(?:al|sinds|nog|nu|weer|opnieuw"
    r"|langdurig|vaak|veel|regelmatig|erg|heel|zwaar|ernstig|flink|kort|lang|een|twee|drie|vier"
    r"|vijf|zes|acht|tien|\d+|paar|dag|dagen|week|weken|maand|maanden|jaar|tijdje|vorige|maandag"
    r"|dinsdag|woensdag|donderdag|vrijdag|weekend|gisteren|vandaag|januari|februari|maart|april"
    r"|mei|juni|juli|augustus|september|oktober|november|december)\s+){1,4})ziek",
)

# Symptoms, use and dependence as a case note describes them, rather than a diagnosis. A pattern
# of its own: its common triggers ("drugs", "alcohol", "last van") then only try these terms.
_OBSERVED = (
    r"(?=corona)(?<=\b(?:heeft|had|kreeg|met)\s+)corona",
    # "heeft een IQ van 65", "TIQ 68": a measured intelligence below average is a disability.
    r"(?-i:T?IQ)\s*(?:van|rond|onder|is|:)?\s*(?:\w+\s+)?\d{2,3}",
    # "heeft last van bekkeninstabiliteit": complaints with a medical word as object.
    r"(?:heeft|had|hebben|krijgt|kreeg)\s+(?:veel\s+|erg\s+|ernstig\s+)?last\s+van\s+"
    # (Named conditions such as "migraine" are found on their own by the diagnosis pattern.)
    r"(?:(?:zijn|haar|de)\s+)?[\w-]*(?:pijn|instabiliteit|ontsteking|itis|aanvallen"
    r"|duizeligheid|benauwdheid|vermoeidheid|eczeem|allergie\w*|spasmen|tremoren|angsten"
    r"|angst|paniek\w*|hallucinaties|wanen|stemmingswisselingen)",
    # ... or of a body part, in any word order: "last te hebben van zijn knieën", "last heeft
    # van haar rug". "last van de buren" names no body part; "geen last van zijn rug" says the
    # complaint is absent.
    r"(?<!\bgeen\s+)last\s+(?:te\s+hebben|heeft|had|hebben|kreeg|krijgt|houdt|hield)?\s*van\s+"
    r"(?:(?:zijn|haar|hun|mijn|je|z'n|d'r|de|beide)\s+)?(?:knie(?:ën|en)?|heup(?:en)?|rug|nek"
    r"|schouders?"
    r"|enkels?|voeten|voet|polsen|pols|handen|gewrichten|spieren|darmen|maag|longen|ogen"
    r"|oren|hart|benen|been|armen|hoofd|buik|blaas)(?!\w)",
    # "slikt dagelijks Depakine", "slikt antidepressiva": swallowing pills is always medical.
    r"(?:slikt|slikte|slikken)\s+(?:(?:al|sinds|dagelijks|elke|iedere|weer|nog|geen)\s+(?:\w+\s+)?)?"
    r"(?:medicijnen|medicatie|pillen|tabletten|(?-i:\p{Lu}\p{Ll}{3,}))"
    r"(?:\s+meer)?",
    # the same in spoken word order: "geen medicatie meer slikt"
    r"(?:geen\s+)?(?:medicatie|medicijnen|pillen)\s+(?:meer\s+)?(?:slikt|slikte|inneemt|innam)",
    # Drug use by a person ("blowt dagelijks", "gebruikt cocaïne", "zijn cocaïnegebruik").
    r"blowt|blowde|(?:gebruikt|gebruikte|snuift|spuit|rookt)\s+(?:\w+\s+)?(?:cocaïne|coke|heroïne"
    r"|crack|speed|xtc|ghb|lachgas|drugs|softdrugs|harddrugs|wiet|hasj|amfetamine|ketamine)"
    r"|(?:cocaïne|heroïne|crack|ghb|lachgas|cannabis|alcohol|methadon|speed|xtc|harddrugs"
    r"|softdrugs)gebruik(?:er|ster)?",
    # Receiving medical care at home or in a day clinic ("krijgt wijkverpleging", "gaat naar de
    # dagbehandeling"), not the organisation ("meld het bij de wijkverpleging"); household help
    # is a Wmo provision and is not matched.
    r"(?:krijgt|kreeg|ontvangt|heeft|had)\s+(?:\w+\s+){0,2}?(?:wijkverpleging|dagbehandeling"
    r"|verslavingszorg)|(?:gaat|ging|komt|kwam)\s+(?:[\w-]+\s+){0,4}?naar\s+(?:de\s+)?"
    r"dagbehandeling|wijkverpleging\s+(?:komt|kwam)\s+(?:[\w-]+\s+){0,3}?(?:langs|bij\s+(?:hem"
    r"|haar))|(?:in|onder)\s+(?:behandeling\s+bij\s+)?de\s+verslavingszorg",
    r"drinkt\s+(?:\w+\s+){0,4}?(?:te\s+veel|fors|stevig|overmatig|veel|een\s+fles"
    r"|flessen|dagelijks\s+\w+)",
    r"(?:slaapt|sliep)\s+(?:\w+\s+)?(?:slecht|nauwelijks|niet\s+meer)",
    # Falls, weight loss and low mood as observed in a case note.
    # Wandering, as in dementia: "dwaalt 's nachts", "dwaalt rond op straat".
    r"dwaalt\s+(?:[’']s\s+nachts|(?:\w+\s+)?rond|op\s+straat|buiten)|dwaalgedrag",
    r"(?:\w+\s+keer|vaak|regelmatig|opnieuw)\s+gevallen|valt\s+(?:regelmatig|vaak|geregeld"
    r"|steeds\s+vaker)|valpartij(?:en)?|(?:\d+|veel|flink)\s+(?:kilo|kg)\s+afgevallen"
    r"|(?=somber)(?<=\b(?:is|was|zich|erg|vaak|wat|hij|zij|ze)\s+)somber|somberheid",
    # The occupational physician's wording of limitations (Functionele Mogelijkhedenlijst).
    r"energetisch\s+beperkt|(?:beperkt|niet|verminderd|nauwelijks)\s+belastbaar",
)

# "kan niet langer dan 20 minuten zitten", "kan niet meer zelfstandig lopen". The spaces written
# as " " (not \s+) keep the triggers ("kan niet", "no longer") literally in every match.
_BODY_VERBS = r"(?:staan|zitten|lopen|traplopen|tillen|fietsen|bukken|knielen|autorijden)"
_FUNCTIONAL_LIMITATION = (
    r"(?:kan|kon) (?:niet|nauwelijks)\s+(?:langer|meer)\s+dan\s+(?:een\s+)?(?:[\w,½]+\s+)?"
    r"(?:minuten|minuut|kwartier|uur|uren|meter|kilo|kg)\s+"
    r"(?:(?:achter\s+elkaar|aaneengesloten|zonder\s+pauze|per\s+dag)\s+)?" + _BODY_VERBS,
    r"(?:kan|kon) (?:niet|nauwelijks)\s+meer\s+(?:zelfstandig\s+)?"
    r"(?:lopen|traplopen|de\s+trap\s+op(?:lopen)?|douchen|(?:zich\s+)?aankleden|slikken"
    r"|(?:thuis\s+)?wonen|eten|koken|functioneren)",
    r"(?:can|could)\s+no longer\s+(?:walk|climb|stand|sit|lift|shower|dress|swallow)"
    r"(?:\s+the\s+stairs)?",
)

_EN_SEVERITY = r"(?:(?:severe|mild|chronic|acute|advanced|early-onset)\s+)?"
_ENGLISH = (
    # "diagnosed with dyslexia": the condition is the personal data, so it joins the phrase.
    r"diagnosed(?:\s+with\s+(?:a\s+|an\s+)?[\w'-]+(?:\s+(?!(?:and|but|or|in|on|at|last"
    r"|this|since|after|before|when)\b)[\w'-]+){0,2})?",
    r"depression|depressed|cancer|dementia|schizophreni\w*|psychosis|psychotic",
    r"autism|autistic|bipolar|epilepsy|diabetic|pregnant|pregnancy|miscarriage|gave\s+birth",
    r"asthma|stroke|heart\s+attack|multiple\s+sclerosis|parkinson's|alzheimer's|suffers\s+from",
    r"addicted|addiction|alcoholic|substance\s+abuse|suicidal|self-harm",
    r"mental\s+health\s+(?:issues|problems|condition|crisis)|disability",
    r"wheelchair[- ]bound|in\s+a\s+wheelchair|sick\s+leave|called\s+in\s+sick|chemotherapy",
    # ("diabetes", "anorexia" and "is blind" are found by the Dutch patterns.)
    r"insulin(?:\s+injections)?|concussion|eating\s+disorder"
    r"|(?=deaf)(?<=\b(?:is|are|was|became|partially|legally|completely)\s+)deaf"
    r"|(?:anxiety|panic)\s+(?:attacks?|disorder)"
    r"|post-?traumatic\s+stress(?:\s+(?:disorder|symptoms|syndrome))?"
    r"|(?:had|underwent|undergoing|recovering\s+from|after)\s+(?:\w+\s+)?surgery"
    r"|(?:knee|hip|heart|back|brain|eye|cancer|bypass)\s+surgery"
    r"|(?:heart|lung|kidney|skin|chronic|neurological|psychiatric|mental\s+health)\s+condition"
    r"|(?:sees|saw|seeing|visits|treated\s+by|referred\s+to)\s+(?:a|the|his|her)\s+"
    r"(?:psychologist|psychiatrist|therapist|counsell?or|oncologist|neurologist|cardiologist)"
    r"|antidepressants|antipsychotics|methadone|(?<=\b(?:is|was|been|currently)\s+)in\s+therapy"
    r"|admitted\s+to\s+(?:a\s+|the\s+)?(?:hospital|clinic|psychiatric\s+\w+|rehab|intensive\s+care)"
    r"|(?:brain|head|spinal(?:\s+cord)?)\s+injur(?:y|ies)"
    r"|(?:chronic|long-term|terminal|serious|mental|chronically|terminally|seriously)"
    r"\s+ill(?:ness)?"
    r"|(?:chronic\s+)?(?:back|neck|joint|knee|hip|shoulder|abdominal|nerve)\s+pain",
    r"rehab|psychiatric\s+(?:ward|hospital|admission)|mental(?:ly)?\s+ill(?:ness)?"
    r"|hospitali[sz]ed|seizures?|on\s+medication|long-term\s+sick",
    # Everyday English of case notes and HR mails ("signed off sick", "took an overdose",
    # "has a drinking problem", "broke her hip"); "broke the record" names no body part.
    r"dialysis|overdose|dyslexic|maternity\s+leave|(?:drinking|drug|alcohol|gambling)\s+problems?"
    r"|(?:nervous|mental)\s+breakdown|(?:attempted|tried\s+to\s+commit)\s+suicide"
    r"|suicide\s+attempt|off\s+sick|signed\s+off(?:\s+sick)?|off\s+work\s+with\s+\w+"
    r"|(?:broken|broke\s+(?:his|her|their|a|an))\s+(?:leg|arm|hip|wrist|ankle|ribs?|collarbone)"
    r"|on\s+crutches|hearing\s+aid|(?:heart|kidney|liver)\s+failure|high\s+blood\s+pressure"
    r"|(?<=\b(?:is|was|been|now|still)\s+)in\s+hospital|cataracts?",
    _EN_SEVERITY + r"(?:(?:osteo|rheumatoid\s+)?arthritis|rheumatism|hernia|herniated\s+disc"
    r"|back\s+problems|chronic\s+pain|dyslexia|learning\s+disabilit(?:y|ies)"
    r"|(?:hearing|visual|sight)\s+impairment|visually\s+impaired|hard\s+of\s+hearing"
    r"|muscular\s+dystrophy|motor\s+neurone?\s+disease|fibromyalgia|migraines?)"
    r"(?:\s+in\s+(?:both|his|her|one|the)\s+(?:knees?|hips?|hands?|shoulders?|back))?",
)

# Everyday and care-file wording rather than medical terms: "heeft suiker", "een zwak hartje",
# "een nieuwe knie", "hoort stemmen", "is verward", "CIZ-indicatie",
# and how managers write about sick leave ("valt uit", "zit thuis met haar rug", "hersteld
# gemeld"). A pattern of its own so that its common triggers only try these terms.
_EVERYDAY = (
    r"(?:heeft|had|kreeg|krijgt) (?:het\s+aan\s+de\s+)?suiker(?!\w)",
    r"(?:een\s+)?(?:zwak|slecht|zwakke|slechte)\s+hart(?:je)?|hartpatiënte?|hartkwaal"
    r"|(?:hart|long|nier|lever|maag|darm)problemen"
    r"|(?:het|iets)\s+aan\s+(?:zijn|haar|het|de)\s+(?:longen|nieren)"
    r"|(?:het|iets)\s+aan (?:zijn|haar|het) hart(?:je)?",
    r"(?:een\s+)?nieuwe\s+(?:knie|heup|hartklep|nier|lever)|kunst(?:heup|knie)"
    r"|(?:knie|heup)prothese|pacemaker|stoma|sondevoeding",
    r"(?:hoort|hoorde|horen)\s+stemmen|stemmen\s+(?:hoort|hoorde)"
    r"|(?=verward)(?<=\b(?:is|was|raakt|raakte|werd|wordt|erg|vaak|steeds|vaker|nogal|soms)\s+)"
    r"verward|(?=in\s)(?<=\b(?:is|was|raakt|raakte|erg|vaak|steeds|soms)\s+)in\s+de\s+war",
    r"(?:communiceert|praat|spreekt)\s+(?:\w+\s+)?(?:in|met)\s+gebarentaal",
    r"ciz-indicatie",
    # Sick leave as a manager writes it: "Marloes valt uit", "zit thuis met haar rug".
    r"(?=valt|viel)(?<=\b(?:(?-i:\p{Lu}\p{Ll}+)|hij|zij|ze|medewerker|collega)\s+)(?:valt|viel) "
    r"uit(?![\w-])",
    r"(?:zit|zat)\s+(?:[\w-]+\s+){0,3}?thuis\s+met\s+(?:(?:zijn|haar|z'n)\s+(?:rug|knie|heup|nek"
    r"|schouder|enkel|voet|arm|pols|buik)|een\s+[\w-]*(?:blessure|breuk|griep|ontsteking"
    r"|infectie))",
    r"(?:(?:gedeeltelijk|deels|volledig|\d+\s*%)\s+)?(?:hersteld|beter)\s*gemeld"
    r"|hersteldmelding|betermelding",
    r"crisisopname|(?:ligt|lag)\s+in\s+(?:een\s+)?coma",
    # Menopause: "is in de overgang", "last van opvliegers".
    r"(?=in\s)(?<=\b(?:is|zit|was|zat)\s+)in\s+de\s+overgang|opvliegers",
    # Medication and dependence in spoken word order: "geen medicatie meer slikt", "zit aan de
    # drank", "hangt aan de zuurstof", "draagt een gehoorapparaat".
    r"(?:zit|zat)\s+(?:weer\s+|al\s+\w+\s+)?aan\s+de\s+(?:drank|coke|pillen|fles)"
    r"|(?:zijn|haar|een)\s+(?:gehoorapparaat|hoortoestel|geleidehond)",
    r"hersenbloeding|hartstilstand|(?=griep)(?<=\b(?:heeft|had|met|ligt)\s+(?:de\s+)?)griep",
    # Someone's own illness, named without its name: "i.v.m. zijn ziekte", "slikt zijn medicatie
    # niet meer", "haar handicap" ("de behandeling van zijn aanvraag" has no health word).
    # ("er zijn medicijnen" is the verb; "zijn diagnose van het probleem" is no illness.)
    r"(?:(?<!\b(?:er|die|dat|wat|welke|het|ze|zij|we|wij|jullie|deze|hier|daar)\s)zijn|haar"
    r"|z'n|mijn|m'n)\s+(?:\w+\s+)?(?:ziekte|ziektebeeld|aandoening|diagnose|medicatie"
    r"|medicijnen|handicap|operatie)(?!\w)(?!\s+van\b)",
    # Weak organs and senses in everyday words: "slechte ogen", "hoort slecht".
    r"(?:slechte|zwakke)\s+(?:ogen|nieren|longen|knieën|heupen|benen|rug|gehoor)"
    r"|(?:ziet|hoort)\s+(?:erg\s+|heel\s+|steeds\s+|zeer\s+)?slecht(?!\s+in\b)",
    # Not eating, self-neglect and hoarding as a case note records them.
    r"eet\s+(?:nauwelijks|slecht|onvoldoende|niet\s+(?:meer\s+)?(?:goed|genoeg)|niet\s+meer)"
    r"|(?:niet\s+meer\s+(?:goed\s+)?|nauwelijks\s+|slecht\s+)eet(?!\w)",
    r"zelfverwaarlozing|verwaarloost\s+(?:zichzelf|zich)|(?:lijkt|raakt)\s+(?:zichzelf\s+)?te"
    r"\s+verwaarlozen|hoarding|hoarder|verzamelwoede",
    # Found drunk or confused: "trof hem vorige week dronken aan".
    r"(?:trof|troffen|aangetroffen)\s+(?:[\w-]+\s+){0,4}?(?:dronken|onder\s+invloed|verward"
    r"|in\s+de\s+war)",
    # Intoxication as observed ("was weer onder invloed", "trof hem dronken aan"); "onder
    # invloed van de regelgeving" is not.
    r"(?<=\b(?:is|was|vaak|regelmatig|zwaar|erg|weer|duidelijk|kennelijk|zichtbaar|hem|haar)\s+)"
    r"(?:onder\s+invloed(?!\s+van\s+(?:de|het|een|deze|die)\b)|(?:stom|straal|lam)?dronken)"
    r"|(?:stom|straal|lazarus|lam)dronken",
    # Falls in the order of a subordinate clause: "dat hij steeds vaker valt".
    r"(?:steeds\s+vaker|regelmatig|vaak|geregeld)\s+valt(?!\s+(?:op|onder|uit|mee|tegen|af"
    r"|buiten|binnen|te|in|samen)\b)",
)

# Often but not always medical: below the threshold unless a context word is near.
_AMBIGUOUS = (
    r"operatie|diagnose|trauma|getraumatiseerd|wvggz|wzd|psychiater",
    r"(?:een|zijn|haar)\s+beperking|medicatie|medicijnen|ziekte|ziek",
)


class HealthDataRecognizer(GatedTermRecognizer):
    """Health terms (AVG art. 9) as minimal phrases; linking to a person happens later."""

    ENTITY = "HEALTH_DATA"

    PATTERNS: ClassVar[tuple[TermPattern, ...]] = (
        ("diagnosis", _DIAGNOSES, 0.6),
        ("named_disease", _NAMED_DISEASE, 0.6),
        ("treatment_or_medication", _TREATMENT, 0.6),
        ("named_medicine", _NAMED_MEDICINE, 0.6),
        ("addiction_pregnancy_disability", _ADDICTION_PREGNANCY_DISABILITY, 0.6),
        ("admission", _ADMISSION, 0.6),
        ("illness_or_sick_leave", _ILLNESS_AND_SICK_LEAVE, 0.6),
        ("ill_for_a_while", _ILL_FOR_A_WHILE, 0.6),
        ("functional_limitation", _FUNCTIONAL_LIMITATION, 0.6),
        ("observed_symptom_or_use", _OBSERVED, 0.6),
        ("english_health_term", _ENGLISH, 0.6),
        ("everyday_health_wording", _EVERYDAY, 0.6),
        ("ambiguous_health_term", _AMBIGUOUS, 0.35),
    )
    # Every term contains one of these (see recognizers._terms); keep in step with the patterns.
    TRIGGERS: ClassVar[tuple[str, ...]] = (
        *("diabet", "diabeet", "schizophren", "suikerp", "suikerz", "kanker", "leukemie"),
        *("lymfoom", "melanoom"),
        *("uitgezaaid", "tumor", "depress", "burn", "overspannen", "autis", "schizofren"),
        *("psycho", "psychi", "bipola", "manisch", "borderline", "stoornis", "anorexia"),
        *("boulimia", "ggz", "dement", "alzheimer", "parkinson", "ziek", "sclero", "hiv"),
        *("seropositief", "hepatitis", "tuberculose", "soa", "epilep", "hartaanval", "infarct"),
        *("beroerte", "hartfalen", "nierfalen", "hersenletsel", "astma", "reuma", "artrose"),
        *("fibromyalgi", "covid", "vermoeidheid", "apneu", "obesitas", "downsyndroom"),
        *("syndroom", "dyslexie", "incontinent", "dwarslaesie", "verlam", "diagnos"),
        *("endometriose", "lijdt", "gebroken", "botbreuk", "klachten", "medische"),
        *("gezondheidsproblemen", "chemo", "bestraling", "radiotherapie", "therapie", "emdr"),
        "dialyse",
        *("revalid", "onder behandeling", "in behandeling", "behandeld", "verslavingsarts"),
        *("operatie", "geopereerd", "amput", "transplantatie", "donornier", "zuurstof"),
        *("ziekenhuis", "opgenomen", "gedwongen", "crisismaatregel", "zorgmachtiging"),
        *("inbewaringstelling", "rechterlijke machtiging", "separeer", "wlz", "insuline"),
        *("methadon", "antidepressiv", "antipsychotica", "ritalin", "concerta", "lithium"),
        *("methylfenidaat", "dexamfetamine", "azepam", "morfine", "oxycodon", "haloperidol"),
        *("haldol", "olanzapine", "quetiapine", "seroquel", "clozapine", "sertraline"),
        *("paroxetine", "citalopram", "fluoxetine", "prozac", "venlafaxine", "slaappillen"),
        *("antiretrovirale", "verslaaf", "verslav", "alcohol", "drankprobl", "drankzucht"),
        *("drugsgebruik", "drugsprobleem", "gokprobl", "afkick", "ontwenning", "detox"),
        *("misbruik", "middelengebruik", "drinkt", "zwanger", "bevall", "miskraam", "abortus"),
        *("verstandelijk", "zwakbegaafd", "beperking", "handicap", "invalide", "slechthorend"),
        *("doof", "slechtziend", "blind", "rolstoel", "chronisch", "terminaal", "ongeneeslijk"),
        "bedlegerig",
        *("palliatie", "euthanasie", "suïcid", "suicid", "zelfmoord", "zelfdoding", "snijdt"),
        *("automutilatie", "zelfbeschadiging", "arbeidsongeschikt"),
        *("diagnosed", "cancer", "dementia", "epilepsy", "pregnan", "miscarriage", "gave birth"),
        *("addict", "alcoholic", "substance abuse", "suicidal", "self-harm", "mental health"),
        *("disability", "wheelchair", "sick", "rehab", "asthma", "stroke", "heart attack"),
        *("sclerosis", "suffers", "trauma", "wvggz", "wzd", "medicatie", "medicijnen"),
        *("aandoening", "mentally ill", "mental ill", "hospitali", "seizure", "on medication"),
        *("dystrofie", "myasthenie", "neuropathie", "polio", "hernia", "artritis"),
        *("jicht", "osteoporose", "whiplash", "scoliose", "ontsteking", "tennisarm", "blessure"),
        *("breuk", "versleten", "slijtage", "afasie", "dyscalculie", "migraine", "paniekaanval"),
        *("hyperemesis", "uitgevallen", "kan niet", "kon niet", "kan nauwelijks"),
        *("kon nauwelijks", "no longer", "arthritis", "rheumat", "back problems"),
        *("chronic pain", "dyslexia", "learning disab", "impair", "hard of hearing"),
        *("dystrophy", "motor neuron", "hersenschudding", "bekkeninstabiliteit", "hartritme"),
        *("embolie", "trombose", "bloeddruk", "ondergewicht", "nachtmerrie", "slapeloos"),
        *("slaapproblemen", "concentratieproblemen", "geheugenproblemen", "corona"),
        *("last te hebben van", "last heeft van", "last had van", "last hebben van"),
        *("last kreeg van", "last krijgt van", "last houdt van", "last hield van"),
        *("ligt op de", "lag op de", "ligt nog op de", "lag nog op de", "gordelroos"),
        *("nierstenen", "galstenen", "emfyseem", "psoriasis", "coeliakie", "hooikoorts"),
        *("allergie", "intolerantie", "gehoorbeperking", "visusbeperking", "spraakbeperking"),
        *("pijnlijke", "surgery", "condition", "psychologist", "psychiatrist", "therapist"),
        *("counselor", "counsellor", "oncologist", "neurologist", "cardiologist"),
        *("antidepressants", "antipsychotics", "methadone", "in therapy", "admitted to"),
        *("chronic ill", "long-term ill", "terminal ill", "serious ill", "chronically ill"),
        *("terminally ill", "seriously ill"),
        *("injury", "injuries", "gebruikt een rolstoel", "angst", "paniek", "hallucinaties"),
        *("wanen", "stemmingswisselingen", "dwaalt", "dwaalgedrag"),
        *("tourette", "klinefelter", "marfan", "sjögren", "ehlers-danlos"),
        *("korsakov", "asperger", "bedplas", "enuresis", "traumatic", "back pain", "neck pain"),
        *("joint pain", "knee pain", "hip pain", "shoulder pain", "abdominal pain", "nerve pain"),
        *("last van", "neuroloog", "cardioloog", "oncoloog", "longarts", "internist", "geriater"),
        *(
            "orthopeed",
            "diëtist",
            "logopedist",
            "fact-team",
            "factteam",
            "hospice",
            "depakine",
            "valproa",
        ),
        *("levetiracetam", "keppra", "lamotrigine", "carbamazepine", "metformine", "prednison"),
        *("methotrexaat", "bloedverdunner", "medicinale", "slikt", "slikken"),
        *("blow", "coca", "coke", "hero", "crack", "speed", "xtc", "ghb", "lachgas", "drugs"),
        *("hasj", "amfetamine", "ketamine", "cannabis", "afhankelijk", "aangewezen", "rollator"),
        *("looprek", "stok", "ter been", "slaapt", "sliep", "in verwachting", "insulin"),
        *("concussion", "eating disorder", "deaf", "anxiety", "panic", "energetisch"),
        *("belastbaar", "keer gevallen", "vaak gevallen", "regelmatig gevallen", "valpartij"),
        *("opnieuw gevallen", "valt regelmatig", "valt vaak", "valt geregeld", "valt steeds"),
        *("afgevallen", "hoofdpijn", "rugpijn", "buikpijn", "nekpijn", "borstpijn", "zenuwpijn"),
        *("gewrichtspijn", "spierpijn", "fantoompijn", "chronische pijn", "pijnstiller"),
        "somber",
        *("heeft suiker", "had suiker", "kreeg suiker", "krijgt suiker", "aan de suiker"),
        *("zwak hart", "slecht hart", "zwakke hart", "slechte hart"),
        *("hartpatiënt", "hartkwaal", "hartproblemen", "longproblemen", "nierproblemen"),
        *("leverproblemen", "maagproblemen", "darmproblemen", "longen", "nieren"),
        *("aan zijn hart", "aan haar hart", "aan het hart", "nieuwe knie", "nieuwe heup"),
        "nieuwe nier",
        *("nieuwe lever", "kunstheup", "kunstknie", "prothese", "pacemaker", "stoma"),
        *("sondevoeding", "stemmen", "verward", "in de war", "gebarentaal"),
        *("ciz", "casemanager", "valt uit", "viel uit", "thuis met", "hersteld", "beter gemeld"),
        *("dementeert", "thuiszuurstof", "in de overgang", "opvliegers"),
        *("betergemeld", "betermelding", "crisisopname", "coma", "pillen", "inneemt", "innam"),
        *("aan de drank", "aan de pillen", "aan de coke", "aan de fles", "gehoorapparaat"),
        *("hoortoestel", "geleidehond", "hersenbloeding", "hartstilstand", "griep"),
        # compound heads and conditions by organ system
        *("fobie", "verlatingsangst", "smetvrees", "pleinvrees", "parese", "spina bifida"),
        *("hydrocefal", "glaucoom", "macula", "tinnitus", "oorsuizen", "cirrose", "bronchitis"),
        *("sinusitis", "colitis", "gastritis", "meningitis", "pancreatitis", "tendinitis"),
        *("dermatitis", "delier", "delirium", "aneurysma", "lupus", "sarcoïdose", "hemofilie"),
        *("thalassemie", "sikkelcel", "mucoviscidose", "cystic fibrosis", "boezemfibrilleren"),
        *("angina pectoris", "dyspraxie", "chlamydia", "syfilis", "gonorroe", "malaria"),
        *("lymfoedeem", "eczeem", "hechtingsproblematiek", "geheugenverlies", "vergeetachtig"),
        "vergeet steeds",
        # care settings, specialists, intoxication, falls
        *("opname", "verpleeghuis", "verzorgingshuis", "kliniek", "kinderarts", "uroloog"),
        *("gynaecoloog", "dermatoloog", "oogarts", "kno-arts", "chirurg", "endocrinoloog"),
        *("nefroloog", "mdl-arts", "psychotherapeut", "fysiotherapeut", "113", "onder invloed"),
        *("dronken", "vaker valt", "regelmatig valt", "vaak valt", "geregeld valt"),
        *("handicap", "ziektebeeld", "slechte ogen", "slechte nieren", "slechte longen"),
        *("slechte knieën", "slechte heupen", "slechte benen", "slechte rug", "slechte gehoor"),
        *("zwakke ogen", "zwakke nieren", "zwakke longen", "zwakke knieën", "zwakke heupen"),
        *("zwakke benen", "zwakke rug", "zwakke gehoor", "ziet slecht", "hoort slecht"),
        *("ziet erg slecht", "ziet heel slecht", "ziet steeds slecht", "ziet zeer slecht"),
        *("hoort erg slecht", "hoort heel slecht", "hoort steeds slecht", "hoort zeer slecht"),
        *("eet nauwelijks", "eet slecht", "eet onvoldoende", "eet niet", "meer goed eet"),
        *("niet meer eet", "nauwelijks eet", "slecht eet", "verwaarlo", "hoard"),
        *("verzamelwoede", "trof", "aangetroffen"),
        *("dialysis", "overdose", "dyslexic", "maternity leave", "drinking problem"),
        *("drug problem", "alcohol problem", "gambling problem", "breakdown", "suicide"),
        *("off sick", "signed off", "off work with", "broken leg", "broken arm", "broken hip"),
        *("broken wrist", "broken ankle", "broken rib", "broken collarbone", "broke his"),
        *("broke her", "broke their", "broke a", "on crutches", "hearing aid", "failure"),
        *("high blood pressure", "in hospital", "cataract", "patiënt"),
        *("wijkverpleging", "dagbehandeling", "verslavingszorg", "verleden"),
        *MEDICINES,
    )
    CASED_TRIGGERS: ClassVar[tuple[str, ...]] = (
        *("ADHD", "PTSS", "PTSD", "OCD", "NAH", "LVB", "COPD", "CVA", "TIA", "PDD", "MS"),
        *("ALS", "AIDS", "IBS", "WIA", "WAO", "Wajong", "IVF", "RSI", "IQ", "ME/CVS"),
        *("PDS", "adhd", "ptss", "copd", "lvb", "pds"),
    )
    # Presidio matches these as substrings of the non-stop words among the five words before a
    # term ("heeft", "zijn" are stop words and never count): person and care words.
    CONTEXT: ClassVar[list[str]] = [
        "cliënt",
        "client",
        "patiënt",
        "patient",
        "collega",
        "medewerker",
        "inwoner",
        "aanvrager",
        "bewoner",
        "dochter",
        "zoon",
        "moeder",
        "vader",
        "partner",
        "mevrouw",
        "meneer",
        # (not "diagnose": Presidio also counts the term itself, so the ambiguous "diagnose"
        # would always be raised by its own word)
        "lijdt",
        "behandel",
        "opgenomen",
        "medisch",
        "ziekenhuis",
        "arts",
        "dokter",
        "specialist",
        "ggz",
    ]

    def pattern_prefix(self, name: str) -> str | None:
        # A diagnosis may carry a severity word ("ernstige depressie") inside the span.
        return _SEVERITY if name in ("diagnosis", "named_disease") else None


RECOGNIZERS = (HealthDataRecognizer,)
