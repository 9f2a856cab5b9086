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
- Party and union names count only as membership or vote ("lid van de SP", "stemt op de PVV"),
  not when the party is merely mentioned; "lid van de VVD-fractie" is a public office and skipped.
"""

from __future__ import annotations

from typing import ClassVar

from recognizers._terms import GatedTermRecognizer, TermPattern

_RELIGION = (
    r"moslima?|islamitische?|christen|christelijke?|katholieke?|rooms-katholieke?"
    r"|protestantse?|gereformeerde?|hervormde?|evangelische?|joodse?|jood|hindoe(?:ïstische?)?"
    r"|boeddhist(?:ische?)?|sikh|atheïst|jehova'?s\s+getuige|getuige\s+van\s+jehova",
    r"bekeerd(?:\s+tot\s+(?:de\s+|het\s+)?\w+)?|gelovige?|(?:zijn|haar)\s+(?:geloof|religie)",
    r"draagt\s+een\s+(?:hoofddoek|niqaab|boerka|keppel|tulband)",
    r"(?:gaat|ging)\s+(?:\w+\s+){0,2}naar\s+de\s+(?:moskee|kerk|synagoge|tempel|gurdwara)",
    # "(wil) de moskee op vrijdag blijven bezoeken", "bezoekt elke week de kerk"
    r"de\s+(?:moskee|kerk|synagoge|tempel|gurdwara)\s+(?:[\w-]+\s+){0,4}?(?:bezoeken|bezoekt"
    r"|bezocht)|(?:bezoekt|bezocht)\s+(?:[\w-]+\s+){0,3}?de\s+(?:moskee|kerk|synagoge|tempel"
    r"|gurdwara)",
    # "orthodox" alone is also an approach ("een orthodoxe aanpak"): only with a faith word.
    r"(?:(?:grieks|russisch|syrisch|koptisch|ethiopisch|eritrees)-)?orthodoxe?\s+"
    r"(?:christen|christelijke?|kerk|pasen|kerst|jood|joodse?|moslim|geloof)\w*"
    r"|orthodox\s+(?:christian|jewish|jew|easter|church)",
    r"(?:doet\s+mee\s+aan|vast\s+tijdens|bidden\s+tijdens|bidt\s+tijdens|viert)\s+de\s+ramadan",
    r"muslim|christian|catholic|jewish|hindu|buddhist|religious\s+beliefs?",
)

_ORIGIN = (
    # "van Marokkaanse afkomst", "met een Turks-Nederlandse achtergrond" (capitalised origin)
    r"(?:van|met\s+een)\s+(?-i:\p{Lu}[\p{L}-]*(?:se|sche))\s+"
    r"(?:afkomst|komaf|origine|herkomst|achtergrond|roots)",
    r"migratieachtergrond|etniciteit|etnische\s+(?:achtergrond|afkomst|herkomst|groep"
    r"|minderheid)|huidskleur|allochto(?:on|ne)|(?-i:Roma|Sinti)|woonwagenbewoner",
    r"ethnicity|ethnic\s+(?:origin|background|minority)|skin\s+colou?r|of\s+\w+\s+descent",
)

_SEXUALITY_AND_GENDER = (
    r"homo(?!\s+sapiens)|homoseksue(?:el|le)|homofiel|lesbische?|lesbienne|biseksue(?:el|le)|queer",
    r"seksuele\s+(?:geaardheid|oriëntatie|voorkeur)|uit\s+de\s+kast(?:\s+gekomen)?",
    r"transgender|transvrouw|transman|non-binair|genderdysfor\w*|geslachtsverandering"
    r"|geslachtsaanpassing|genderteam|sekswerker|prostituee",
    r"gay|lesbian|bisexual|homosexual|sexual\s+orientation|came\s+out\s+as\s+\w+",
)

_PARTIES = (
    r"(?-i:PVV|VVD|SP|PvdA|GroenLinks|GL-PvdA|D66|CDA|ChristenUnie|CU|SGP|FvD|BBB|JA21|PvdD|NSC"
    r"|Volt|DENK|50PLUS)|Forum\s+voor\s+Democratie|Partij\s+voor\s+de\s+Dieren"
)
_UNIONS = r"(?-i:FNV|CNV|VCP|CMHF|AbvaKabo|De\s+Unie)|vakbond"
_OPINION_AND_MEMBERSHIP = (
    rf"lid\s+(?:is\s+)?van\s+(?:de\s+|het\s+)?(?:{_PARTIES})(?![\w-])",
    rf"(?:stemt|stemde|gestemd)\s+(?:\w+\s+)?op\s+(?:de\s+|het\s+)?(?:{_PARTIES})",
    r"politieke\s+(?:voorkeur|kleur|overtuiging|opvattingen?)|partijlid(?:maatschap)?",
    rf"lid\s+(?:is\s+)?van\s+(?:de\s+|een\s+)?(?:{_UNIONS})|aangesloten\s+bij\s+(?:de\s+|een\s+)?(?:{_UNIONS})"
    r"|vakbondslid(?:maatschap)?|kaderlid",
    r"political\s+(?:views|opinions?|affiliation)|union\s+member\w*",
)

_BIOMETRIC_AND_GENETIC = (
    r"vingerafdruk(?:ken)?|gezichtsherkenning|gezichtsscan|irisscan|biometrische?(?:\s+gegevens)?",
    r"dna-(?:test|onderzoek|profiel|afname|analyse)|erfelijke?\s+(?:aanleg|ziekte|aandoening)",
    r"genetische?\s+(?:aanleg|aandoening|test|onderzoek|afwijking)|dragerschap|(?-i:BRCA)\w*",
    r"fingerprints?|facial\s+recognition|biometric\s+data|genetic\s+(?:test|data|condition)",
)


class SpecialCategoryRecognizer(GatedTermRecognizer):
    """Other AVG art. 9 categories as minimal phrases; linking to a person happens later."""

    ENTITY = "SPECIAL_CATEGORY"

    PATTERNS: ClassVar[tuple[TermPattern, ...]] = (
        ("religion", _RELIGION, 0.55),
        ("ethnic_origin", _ORIGIN, 0.6),
        ("sexuality_or_gender", _SEXUALITY_AND_GENDER, 0.6),
        ("political_or_union", _OPINION_AND_MEMBERSHIP, 0.6),
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
        "lid van",
        "aangesloten bij",
    )
    CASED_TRIGGERS: ClassVar[tuple[str, ...]] = ("Roma", "Sinti", "BRCA")
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


RECOGNIZERS = (SpecialCategoryRecognizer,)
