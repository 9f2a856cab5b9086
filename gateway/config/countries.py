"""High-risk countries (``config/countries.yaml``): AI services under these jurisdictions are
always blocked, also in monitor mode. Country codes are ISO 3166-1 alpha-2."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

# ISO 3166-1 alpha-2 (officially assigned codes).
_ISO_CODES = """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR
    BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ
    EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW
    GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY
    KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
    MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY
    QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG
    TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM
    ZW
    """
ISO_3166_ALPHA2 = frozenset(_ISO_CODES.split())


def check_country_code(value: str) -> str:
    """Validator shared by services.yaml and countries.yaml."""
    if value not in ISO_3166_ALPHA2:
        raise ValueError(
            f"{value!r} is geen ISO 3166-1 alpha-2 landcode (twee hoofdletters, bijv. NL, US, CN)"
        )
    return value


class HighRiskCountry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    reason: str = ""


class Countries(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    version: int = 1
    source: str = Field(min_length=1, description="Waar de lijst op gebaseerd is (AIVD/VNG).")
    high_risk: dict[str, HighRiskCountry]

    @field_validator("high_risk")
    @classmethod
    def _codes(cls, value: dict[str, HighRiskCountry]) -> dict[str, HighRiskCountry]:
        for code in value:
            check_country_code(code)
        return value

    def is_high_risk(self, code: str) -> bool:
        return code in self.high_risk
