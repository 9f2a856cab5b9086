"""SecretRecognizer on the families of ways staff paste credentials in prose, chat and tables.

Sentences written for this file (not corpus sentences), one list per family; each positive is
``(text, secret)`` and the secret must be found (other secrets in the same text may be found
too: one is enough to block the prompt). The hard negatives talk about passwords, Wi-Fi,
recovery codes and tables without holding a credential.
"""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine

from tests.recognizers.test_secret import spans

Case = tuple[str, str]

FAMILIES: dict[str, list[Case]] = {
    "cue_in_prose": [
        ("kun je uitleggen waarom ik niet in Suite4 kom? het ww is Regenboog!42", "Regenboog!42"),
        ("Voor de testomgeving: gebruiker = tester1, ww = Fiets9Bel", "Fiets9Bel"),
        ("ww voor de scanner: Scan-2024-kopie", "Scan-2024-kopie"),
        ("het nieuwe wachtwoord wordt Winter2026? en dat moet elke 90 dagen", "Winter2026?"),
    ],
    "user_and_password": [
        ("login is jvandijk / Appel!Boom88 maar hij accepteert het niet", "Appel!Boom88"),
        ("login is oostwold_test / ww Tulp&Molen#1987 en 2FA staat aan", "Tulp&Molen#1987"),
        ("user: admin pass: Adm1n!2024 (graag niet doorsturen)", "Adm1n!2024"),
        ("Inlog gegevens portaal: m.smit@gemeente.nl / Zeilboot2025", "Zeilboot2025"),
        ("ik log in met pvdberg en Mosterd&Mayo3, waarom krijg ik een fout", "Mosterd&Mayo3"),
    ],
    "chat_lines": [
        ("[10:02] Sanne: ww van de teamsite is nu Paasei2026\n[10:03] Kees: top", "Paasei2026"),
        ("14:22 - Mark: nieuw ww printer = KopieerMij#1", "KopieerMij#1"),
    ],
    "typed_into_a_login_screen": [
        ("Ik heb Lente2026! ingevuld bij het inloggen maar mijn account is dicht", "Lente2026!"),
        ("mijn oude was Zomer2024, nu probeer ik Zomer2025! en dat werkt ook niet", "Zomer2025!"),
        ("gisteren Kaas&Wijn77 ingetypt, vandaag geblokkeerd", "Kaas&Wijn77"),
    ],
    "wifi_and_network_keys": [
        ("Het wifi-wachtwoord in de raadszaal is Raad2026Gast!", "Raad2026Gast!"),
        ("wifi code voor bezoekers: Koffie4Iedereen", "Koffie4Iedereen"),
        ("Netwerk: GEM-Medewerker\nWachtwoord: Mw-8273-Lk!", "Mw-8273-Lk!"),
        ("de netwerksleutel van het gastnetwerk is BezoekGem2025", "BezoekGem2025"),
        ("SSID Stadskantoor-Gast, WPA2 key 7hGt5RwqZ2", "7hGt5RwqZ2"),
    ],
    "pins_and_door_codes": [
        ("deur archief gaat open met code 3917#", "3917#"),
        ("alarm uitzetten: 2468 intoetsen binnen 30 seconden", "2468"),
        ("bij de hoofdingang toets 5521 in en dan op de groene knop", "5521"),
    ],
    "recovery_codes_and_totp_seeds": [
        ("Mijn herstelcodes voor Microsoft: 4827-1936, 7731-0092, 5510-8264", "4827-1936"),
        (
            "BitLocker-herstelsleutel: 402963-118272-553421-096987-661210-348084-223179-701256",
            "402963-118272-553421-096987-661210-348084-223179-701256",
        ),
        ("de TOTP-seed voor het gedeelde account is JBSWY3DPEHPK3PXP", "JBSWY3DPEHPK3PXP"),
        (
            "otpauth://totp/Gem:beheer?secret=KRUGS4ZANFZSAYJAORSXG5A&issuer=Gem",
            "KRUGS4ZANFZSAYJAORSXG5A",
        ),
        ("recovery code: 9f4k-2mq8-xz71-pp03", "9f4k-2mq8-xz71-pp03"),
        ("2FA-geheim: GEZDGNBVGY3TQOJQ", "GEZDGNBVGY3TQOJQ"),
        ("eenmalige activatiecode: 58Q2-KD7P-ZX4M", "58Q2-KD7P-ZX4M"),
    ],
    "passwords_with_spaces": [
        ("wachtwoord: 'paarse olifant danst 7'", "paarse olifant danst 7"),
        ('het wachtwoord is "Drie Kleine Kleutertjes 9" met spaties', "Drie Kleine Kleutertjes 9"),
    ],
    "tables_beside_a_user_name": [
        ("gebruikersnaam;wachtwoord;rol\njdevries;Welkom2026!;admin", "Welkom2026!"),
        ("| gebruiker | wachtwoord |\n|---|---|\n| balie01 | Balie!Mrt26 |", "Balie!Mrt26"),
        ("naam,user,pass\nJan,jan01,Qw7!mnbv\n", "Qw7!mnbv"),
        ("Account\tWachtwoord\nsvc_print\tPr1nt3rs!Go", "Pr1nt3rs!Go"),
    ],
    "compounds_on_wachtwoord": [
        ("het beheerderswachtwoord van de switch is Sw1tch!Kast", "Sw1tch!Kast"),
        ("gastwachtwoord: Bezoek2026!", "Bezoek2026!"),
    ],
    "password_label_on_the_next_line": [
        ("User: kiosk01\nPass: Kiosk#7781", "Kiosk#7781"),
    ],
    "separable_typing_verbs": [
        ("gisteren tikte ik Regen!Boog9 in, toen was het account dicht", "Regen!Boog9"),
    ],
    "more_lockable_things": [
        ("de code van de berging is 6620", "6620"),
        ("code voor de lift naar de serverzaal: 4477#", "4477#"),
    ],
    "client_secrets_with_punctuation": [
        (
            "client_id: gem-test\nclient_secret: 7hK2x!Lq7Rz0vW4mTb8sJe3N\n",
            "7hK2x!Lq7Rz0vW4mTb8sJe3N",
        ),
    ],
}

NEGATIVES = [
    "Ik ben mijn wachtwoord vergeten, hoe reset ik het via de selfservice?",
    "Het wachtwoord moet minimaal 12 tekens bevatten, waarvan één cijfer en één leesteken.",
    "Schrijf een instructie voor het wifi-netwerk GemeenteGast voor bezoekers.",
    "Vraag een nieuwe pincode aan via de servicedesk, toestel 4400.",
    "Hoe stel ik herstelcodes in voor Microsoft 365 en waar bewaar ik ze veilig?",
    "Login met je gemeenteaccount via https://portaal.gemeente.nl/login en kies Office365.",
    "gebruikersnaam;rol;afdeling\njdevries;admin;ICT\nkbos;lezer;Burgerzaken",
    "Zet de TOTP-app op je telefoon en scan de QR-code in het portaal.",
    "De herstelcode is verlopen, hoe vraag ik een nieuwe aan?",
    "Ik heb het formulier ingevuld en de bijlage 2025-0412 toegevoegd.",
    "Het alarm is in 2024 vernieuwd, de deur van het archief ook.",
    "wachtwoord;verplicht;lengte\nja;ja;12",
    "Toets 1 in voor Burgerzaken en toets 2 voor Belastingen.",
    "login is via DigiD / eHerkenning, niet met een eigen wachtwoord",
    "Het wachtwoordbeleid: minimaal 12 tekens en elk jaar wijzigen.",
    "Boarding pass: KL1234X, gate D7",
    "Hij vulde het formulier in op 12-03-2026.",
]


@pytest.mark.parametrize(
    ("text", "secret"),
    [case for cases in FAMILIES.values() for case in cases],
)
def test_finds_the_credential(secret_analyzer: AnalyzerEngine, text: str, secret: str) -> None:
    start = text.index(secret)
    assert ("SECRET", start, start + len(secret)) in spans(secret_analyzer, text)


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_secret_in_talk_about_credentials(secret_analyzer: AnalyzerEngine, text: str) -> None:
    assert spans(secret_analyzer, text) == []
