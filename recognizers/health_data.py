"""HEALTH_DATA (AVG art. 9): diagnoses, treatment, medication, addiction, pregnancy, disability,
psychiatric admission, suicide and sick leave, in Dutch and English.

This recognizer only finds the topic. Whether the text is about a specific person ("mijn cliënt
heeft diabetes") or about the subject in general ("folder over diabetes") is decided afterwards
by ``gateway.engine.subject.link_to_subjects``, which drops topic findings without a person.

Choices worth knowing:

- Sick leave ("ziek gemeld", "is ziek", "bedrijfsarts", "arbeidsongeschikt") counts: the
  Autoriteit Persoonsgegevens treats the fact that an employee is ill as health data.
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
"""

from __future__ import annotations

from typing import ClassVar

from recognizers._terms import GatedTermRecognizer, TermPattern, terms

# Optional severity in front of a diagnosis belongs to the phrase ("beginnende Alzheimer").
_SEVERITY = (
    r"(?:(?<!\w)(?:beginnende|ernstige|zware|lichte|milde|chronische|acute|vergevorderde)\s+)?"
)

# "(ALS)", "(RSI)": an abbreviation in brackets after a condition belongs to the phrase.
_ABBREVIATION_IN_BRACKETS = r"(?:\s+\((?-i:\p{Lu}[\p{Lu}\p{Ll}]{1,5})\))?"

_DIAGNOSES = (
    r"diabet(?:es|ica|icus|ici|ische)|diabeet|suikerziekte|suikerpatiënte?",
    r"\w*kanker(?:patiënte?|behandeling)?|leukemie|lymfoom|melanoom|uitgezaaid|\w*tumor",
    r"depressie[fv]?e?|depressiviteit|postnatale\s+depressie|burn-?out|overspannen(?:heid)?",
    r"(?-i:ADHD|PTSS|PTSD|OCD|NAH|LVB|COPD|CVA|TIA|PDD-NOS)",
    r"autisme|autist(?:isch|ische)?|autismespectrumstoornis",
    r"schizofren(?:ie|e)|psychoses?|psychotische?|bipolaire?(?:\s+stoornis)?",
    r"manisch[- ]depressief|borderline|\w*stoornis(?:sen)?",
    r"anorexia|boulimia|psychische\s+(?:problemen|klachten|stoornis|aandoening|problematiek)",
    r"psychiatrische\s+(?:problematiek|stoornis|aandoening|patiënte?|voorgeschiedenis)",
    r"ggz-(?:problematiek|cliënte?|patiënte?|behandeling|traject|indicatie)",
    r"dementie|dementerend[e]?|demente|alzheimer|parkinson",
    r"(?:ziekte\s+van\s+\p{L}+|(?:spier|zenuw|long|hart|nier|lever|darm|huid|bot|gewrichts"
    r"|bloed|vaat|hersen|oog|schildklier|auto-?immuun|stofwisselings)ziekte)"
    + _ABBREVIATION_IN_BRACKETS,
    r"multiple\s+sclerose|amyotrofische\s+laterale\s+sclerose|spierdystrofie|myasthenie"
    r"|neuropathie|polio|(?<=\b(?:heeft|had|met|zijn|haar|aan|vanwege|lijdt\s+aan)\s+)(?-i:MS|ALS)",
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
    r"obesitas|downsyndroom|syndroom\s+van\s+down|dyslexie|incontinent(?:ie)?",
    r"dwarslaesie|verlamd|verlamming|gediagnosticeerd|gediagnostiseerd|endometriose",
    r"lijdt\s+aan\s+(?:een\s+)?\w+|(?:heeft|had)\s+(?:zijn|haar)\s+\w+\s+gebroken|botbreuk",
    r"(?:psychische|lichamelijke|fysieke|medische|depressieve)\s+klachten"
    r"|(?:rug|nek|hart|long|maag|darm|angst|stress|burn-?out)klachten",
    r"medische\s+(?:problemen|problematiek|aandoening|klachten)|gezondheidsproblemen",
)

_TREATMENT = (
    r"chemo(?:therapie|kuur|kuren)?|bestraling(?:en)?|radiotherapie|immunotherapie|dialyse",
    r"(?!ergo)[\w-]*therapie|emdr|revalid(?:atie|eert|eren|atiecentrum)",
    r"onder\s+behandeling|in\s+behandeling\s+bij|behandeld\s+(?:voor|tegen|aan)",
    r"(?:bij|naar)\s+(?:de|een|zijn|haar)\s+(?:psychiater|psycholoog|verslavingsarts|ggz)",
    r"(?:heup|knie|hart|rug|oog|staar|maag|darm|borst|bypass|schouder|hernia|galblaas"
    r"|blindedarm|long|nier|prostaat|enkel|hersen|tumor|kanker|bariatrische\s+)operatie",
    r"geopereerd|amputatie(?:\s+van\s+(?:zijn|haar|de|het)\s+\w+)?|geamputeerd",
    r"transplantatie|donornier|zuurstof\s+aan\s+huis|zuurstoftherapie|zuurstofapparaat",
    r"ziekenhuisopname|(?:ligt|lag)\s+in\s+(?:het|een)\s+ziekenhuis",
    r"opgenomen\s+(?:in|op)\s+(?:een|de|het)\s+(?:[\w-]+\s+)?"
    r"(?:[\w-]*kliniek|ziekenhuis|psychiatri\w+|paaz(?:-afdeling)?|isoleercel|verpleeghuis"
    r"|revalidatiecentrum|instelling)",
    r"gedwongen\s+(?:opname|opgenomen)|crisismaatregel|zorgmachtiging|inbewaringstelling"
    r"|(?-i:IBS)|rechterlijke\s+machtiging|separeer\w*|wlz-indicatie",
    r"insuline|methadon|antidepressiva|antidepressivum|antipsychotica|ritalin[e]?|concerta",
    r"methylfenidaat|dexamfetamine|lithium|oxazepam|diazepam|lorazepam|temazepam|morfine",
    r"oxycodon|haloperidol|haldol|olanzapine|quetiapine|seroquel|clozapine|sertraline",
    r"paroxetine|citalopram|fluoxetine|prozac|venlafaxine|slaappillen|antiretrovirale",
)

_ADDICTION_PREGNANCY_DISABILITY = (
    r"\w*verslaafde?|\w*verslaving|alcoholprobleem|alcoholproblemen|alcoholis(?:me|te?)",
    r"drankprobleem|drankproblemen|drankzucht|drugsgebruik(?:er|ster)?|drugsprobleem",
    r"gokprobleem|gokproblemen|afkicken|afkickkliniek|ontwenningskliniek|detox",
    r"(?:alcohol|drank|middelen|drugs)misbruik|middelengebruik"
    r"|drinkt\s+(?:te\s+veel|fors|stevig|overmatig|veel)",
    r"zwanger(?:e|schap\w*)?|bevalling|bevallingsverlof|miskraam|abortus",
    # "bevallen" also means "to please" ("dat is goed bevallen"): only the birth sense.
    r"bevallen(?=\s+van\s)|(?<=\b(?:pas|net|recent|onlangs)\s+)bevallen",
    r"zwangerschapsafbreking|(?-i:IVF)(?:-behandeling)?",
    r"verstandelijk\s+beperkte?|verstandelijke\s+beperking(?:en)?|zwakbegaafde?",
    r"(?:lichamelijke|fysieke|psychische|visuele|auditieve|motorische)\s+beperking(?:en)?",
    r"gehandicapte?|handicap|invalide|slechthorende?|doofheid|doofblind|slechtziende?"
    r"(?:\s*\(visus\s+[\d,.]+\))?",
    r"doof(?:\s+aan\s+(?:één|een|beide|zijn|haar|het\s+\w+)\s+oor(?:en)?)?(?!\s+voor)",
    r"(?<=\b(?:is|was|werd|wordt|raakte|ben|bent|volledig|bijna|half|deels)\s+)blind",
    r"rolstoelgebonden|rolstoelafhankelijk|(?:zit|zat|zitten)\s+in\s+een\s+rolstoel",
    r"chronisch\s+zieke?|terminaal(?:\s+zieke?)?|ongeneeslijk\s+zieke?|palliatieve?\s+\w+",
    r"euthanasie|suïcid\w*|suicid\w*|zelfmoord\w*|zelfdoding|automutilatie"
    r"|zelfbeschadiging|snijdt\s+zichzelf",
    r"ziek\s*gemeld|ziekmelding|ziekteverzuim|ziekteverlof|langdurig\s+zieke?"
    r"|arbeidsongeschikt(?:heid)?|(?-i:WIA|WAO|Wajong)(?:-uitkering)?",
    r"(?<=\b(?:is|was|ben|bent|werd|wordt|raakte|raakt|blijft|erg|ernstig|al\s+weken)\s+)ziek",
    r"bedrijfsarts|arbo-?arts|arbodienst",
    # Sick leave in HR notes ("de medewerker is uitgevallen"), not a server or a train. With a
    # cause ("uitgevallen met een hernia") the cause is the minimal phrase.
    r"(?<=\b(?:hij|zij|ze|medewerker|medewerkster|collega|werknemer|werkneemster)\s+(?:is|was)\s+)"
    r"uitgevallen(?!\s+(?:met|door|vanwege|wegens)\s)",
)

# "kan niet langer dan 20 minuten zitten", "kan niet meer zelfstandig lopen". The spaces written
# as " " (not \s+) keep the triggers ("kan niet", "no longer") literally in every match.
_BODY_VERBS = r"(?:staan|zitten|lopen|traplopen|tillen|fietsen|bukken|knielen|autorijden)"
_FUNCTIONAL_LIMITATION = (
    r"(?:kan|kon) (?:niet|nauwelijks)\s+(?:langer|meer)\s+dan\s+(?:een\s+)?(?:[\w,½]+\s+)?"
    r"(?:minuten|minuut|kwartier|uur|uren|meter|kilo|kg)\s+"
    r"(?:(?:achter\s+elkaar|aaneengesloten|zonder\s+pauze|per\s+dag)\s+)?" + _BODY_VERBS,
    r"(?:kan|kon) (?:niet|nauwelijks)\s+meer\s+(?:zelfstandig\s+)?"
    r"(?:lopen|traplopen|de\s+trap\s+op(?:lopen)?|douchen|(?:zich\s+)?aankleden|slikken)",
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
    r"rehab|psychiatric\s+(?:ward|hospital|admission)",
    _EN_SEVERITY + r"(?:(?:osteo|rheumatoid\s+)?arthritis|rheumatism|hernia|herniated\s+disc"
    r"|back\s+problems|chronic\s+pain|dyslexia|learning\s+disabilit(?:y|ies)"
    r"|(?:hearing|visual|sight)\s+impairment|visually\s+impaired|hard\s+of\s+hearing"
    r"|muscular\s+dystrophy|motor\s+neurone?\s+disease|fibromyalgia|migraines?)"
    r"(?:\s+in\s+(?:both|his|her|one|the)\s+(?:knees?|hips?|hands?|shoulders?|back))?",
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
        ("treatment_or_medication", _TREATMENT, 0.6),
        ("addiction_pregnancy_disability", _ADDICTION_PREGNANCY_DISABILITY, 0.6),
        ("functional_limitation", _FUNCTIONAL_LIMITATION, 0.6),
        ("english_health_term", _ENGLISH, 0.6),
        ("ambiguous_health_term", _AMBIGUOUS, 0.35),
    )
    # Every term contains one of these (see recognizers._terms); keep in step with the patterns.
    TRIGGERS: ClassVar[tuple[str, ...]] = (
        *("diabet", "suikerp", "suikerz", "kanker", "leukemie", "lymfoom", "melanoom"),
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
        *("palliatie", "euthanasie", "suïcid", "suicid", "zelfmoord", "zelfdoding", "snijdt"),
        *("automutilatie", "zelfbeschadiging", "arbeidsongeschikt", "bedrijfsarts", "arbo"),
        *("diagnosed", "cancer", "dementia", "epilepsy", "pregnan", "miscarriage", "gave birth"),
        *("addict", "alcoholic", "substance abuse", "suicidal", "self-harm", "mental health"),
        *("disability", "wheelchair", "sick", "rehab", "asthma", "stroke", "heart attack"),
        *("sclerosis", "suffers", "trauma", "wvggz", "wzd", "medicatie", "medicijnen"),
        *("dystrofie", "myasthenie", "neuropathie", "polio", "hernia", "artritis"),
        *("jicht", "osteoporose", "whiplash", "scoliose", "ontsteking", "tennisarm", "blessure"),
        *("breuk", "versleten", "slijtage", "afasie", "dyscalculie", "migraine", "paniekaanval"),
        *("hyperemesis", "uitgevallen", "kan niet", "kon niet", "kan nauwelijks"),
        *("kon nauwelijks", "no longer", "arthritis", "rheumat", "back problems"),
        *("chronic pain", "dyslexia", "learning disab", "impair", "hard of hearing"),
        *("dystrophy", "motor neuron"),
    )
    CASED_TRIGGERS: ClassVar[tuple[str, ...]] = (
        *("ADHD", "PTSS", "PTSD", "OCD", "NAH", "LVB", "COPD", "CVA", "TIA", "PDD", "MS"),
        *("ALS", "AIDS", "IBS", "WIA", "WAO", "Wajong", "IVF", "RSI"),
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
        "diagnose",
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

    def pattern_regex(self, name: str, alternatives: tuple[str, ...]) -> str:
        # A diagnosis may carry a severity word ("ernstige depressie") inside the span.
        regex = terms(*alternatives)
        return _SEVERITY + regex if name == "diagnosis" else regex


RECOGNIZERS = (HealthDataRecognizer,)
