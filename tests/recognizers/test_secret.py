"""SecretRecognizer: credentials in their usual notations, and placeholders / hashes it must skip.

All key material is generated here from a seeded RNG: realistic shapes, never real keys.
"""

from __future__ import annotations

import string

import pytest
from presidio_analyzer import AnalyzerEngine

from tests.recognizers.key_material import ALNUM, BASE64, HEX, RandomText, b64url_json

THRESHOLD = 0.5
rand = RandomText(20240601)

OPENAI_PROJECT = f"sk-proj-{rand(48)}_{rand(40)}"
OPENAI_LEGACY = f"sk-{rand(20)}T3BlbkFJ{rand(20)}"
ANTHROPIC = f"sk-ant-api03-{rand(93, ALNUM + '-_')}AA"
AWS_KEY_ID = "AKIA" + rand(16, string.ascii_uppercase + "234567")
AWS_SECRET = rand(40, BASE64)
GITHUB_PAT = f"ghp_{rand(36)}"
GITHUB_FINE = f"github_pat_{rand(22)}_{rand(59)}"
GITLAB = f"glpat-{rand(20, ALNUM + '-_')}"
SLACK = f"xoxb-{rand(12, string.digits)}-{rand(13, string.digits)}-{rand(24)}"
GOOGLE = f"AIza{rand(35, ALNUM + '-_')}"
AZURE_HEX = rand(32, HEX)
STRIPE = f"sk_live_{rand(24)}"
JWT = ".".join(
    (b64url_json({"alg": "HS256", "typ": "JWT"}), b64url_json({"sub": "1234"}), rand(43))
)
PEM_BODY = "\n".join(rand(64, BASE64) for _ in range(5))
PRIVATE_KEY = f"-----BEGIN RSA PRIVATE KEY-----\n{PEM_BODY}\n-----END RSA PRIVATE KEY-----"
OPENSSH_KEY = f"-----BEGIN OPENSSH PRIVATE KEY-----\n{PEM_BODY}\n-----END OPENSSH PRIVATE KEY-----"
ACCOUNT_KEY = rand(86, BASE64) + "=="
AZURE_STORAGE = (
    f"DefaultEndpointsProtocol=https;AccountName=gemeenteopslag;AccountKey={ACCOUNT_KEY};"
    "EndpointSuffix=core.windows.net"
)
POSTGRES_URL = "postgres://zaakapp:Tr0mpet!9x@db01.gemeente.local:5432/zaken"
ADO_STRING = "Server=sql01;Database=Zaken;User Id=sa_app;Password=Gr0en!Blad7;"
BEARER = rand(40, ALNUM + "-_")

# (text, expected span)
POSITIVES = [
    (f"Mijn key is {OPENAI_PROJECT}, waarom werkt hij niet?", OPENAI_PROJECT),
    (f"export OPENAI_API_KEY={OPENAI_LEGACY}", OPENAI_LEGACY),
    (f'client = Anthropic(api_key="{ANTHROPIC}")', ANTHROPIC),
    (f"aws_access_key_id = {AWS_KEY_ID}", AWS_KEY_ID),
    (f"aws_secret_access_key = {AWS_SECRET}", AWS_SECRET),
    (f"git clone met token {GITHUB_PAT} lukt niet", GITHUB_PAT),
    (f"GITHUB_TOKEN={GITHUB_FINE}", GITHUB_FINE),
    (f"Gebruik {GITLAB} voor de pipeline", GITLAB),
    (f"Slack bot: {SLACK}", SLACK),
    (f"De Maps-sleutel {GOOGLE} geeft een fout", GOOGLE),
    (f"api-key: {AZURE_HEX}", AZURE_HEX),
    (f"Ocp-Apim-Subscription-Key: {AZURE_HEX}", AZURE_HEX),
    (f"stripe.api_key = '{STRIPE}'", STRIPE),
    (f"Cookie bevat {JWT} als sessie", JWT),
    (f"Kun je deze sleutel controleren?\n{PRIVATE_KEY}\nDank!", PRIVATE_KEY),
    (f"{OPENSSH_KEY}", OPENSSH_KEY),
    ("Mijn wachtwoord: Welkom123! werkt niet meer", "Welkom123!"),
    ("password=Xk9#mPq2rT", "Xk9#mPq2rT"),
    ("Inloggen met gebruiker jdevries pwd=Zomer2024 graag", "Zomer2024"),
    ("ww: Tulp!2024 (tijdelijk)", "Tulp!2024"),
    ('{"username": "svc", "password": "H3t$Gehe1m"}', "H3t$Gehe1m"),
    ("DB_PASSWORD=Fiets8Sleutel", "Fiets8Sleutel"),
    ("Het wachtwoord is Welkom01.", "Welkom01"),
    (f"Verbind met {POSTGRES_URL}.", POSTGRES_URL),
    ("postgres://user:pass@host/db", "postgres://user:pass@host/db"),
    (f"connectionString: {ADO_STRING}", ADO_STRING),
    (f"Opslag: {AZURE_STORAGE}", AZURE_STORAGE),
    (f"curl -H 'Authorization: Bearer {BEARER}' https://api.example.nl", BEARER),
]

NEGATIVES = [
    "Wat is een sterk wachtwoord?",
    "Kun je ons wachtwoordbeleid samenvatten?",
    "Je wachtwoord moet minimaal 12 tekens lang zijn.",
    "Mijn wachtwoord is verlopen, wat nu?",
    "Zet je key in de header, bijvoorbeeld sk-...",
    "api_key=<your-api-key>",
    "OPENAI_API_KEY=YOUR_API_KEY",
    "api_key = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'",
    "password: ********",
    "password: xxxx",
    "api_key = '${OPENAI_API_KEY}'",
    'client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])',
    "Fix staat in commit 9fceb02d0ae598e95dc970b74767f19372d61af8",
    "Zaak-id 123e4567-e89b-12d3-a456-426614174000 is aangemaakt.",
    "password: \nvolgende regel",
    "Wachtwoord: [verborgen]",
    "wachtwoord: zie-bijlage",
    "AWS-voorbeeld: AKIAIOSFODNN7EXAMPLE",
    "postgres://user:password@host/db",
    "-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----",
    "max_tokens: 4096",
    "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    "Authorization: Bearer <token>",
    "Boarding pass: KL1234X",
]
API_KEY_PROSE = rand(32)
SAS_SIGNATURE = rand(40, ALNUM + "%") + "%3D"

# A password a few words after its cue.
PASSWORDS_AFTER_CUE = [
    ("ik heb een nieuw wachtwoord gekregen, Lente24!Kp, maar inloggen lukt niet", "Lente24!Kp"),
    ("Mijn wachtwoord voor het VPN is Herfst2025#, klopt dat?", "Herfst2025#"),
    ("The password for the test server: Qa#2026build", "Qa#2026build"),
    # A generated value right after the cue, without a special character.
    (
        "gebruiker beheer_gem, wachtwoord YYZYn9ZhyiA4uoRgna. Moeten we dat melden?",
        "YYZYn9ZhyiA4uoRgna",
    ),
    ("login: jdevries pw Xk4mPq9TzR2w", "Xk4mPq9TzR2w"),
]

# A password cue without a password-shaped value.
PASSWORD_CUES_WITHOUT_VALUE = [
    "het wachtwoordbeleid is streng: minimaal 12 tekens",
    "Welkom01 is een slecht voorbeeld wachtwoord?",
    "Mijn wachtwoord voor Microsoft-365 werkt niet meer",
    "wachtwoord vergeten voor Office365, wat nu?",
    "Het wachtwoord moet minimaal 12 tekens en een cijfer bevatten",
    "het wachtwoord van de wifi staat op de kaart, zie kamer 2.14",
    "Reset je wachtwoord Office365 via de portal",
    "Het wachtwoord WachtwoordVergeten2 is een slecht voorbeeld",  # no digit inside
    "wachtwoord Welkom2026 is te kort",  # no capital after a digit, short
]

# PIN and door codes after their cue.
PIN_CODES = [
    ("De pincode van de printer op de 2e verdieping luidt 4471.", "4471"),
    ("De tijdelijke pincode voor zijn badge is 9034, die moet hij wijzigen.", "9034"),
    ("toegangscode van de fietsenstalling is 2580#", "2580#"),
    ("Alarmcode: 66190", "66190"),
    ("PIN: 0412", "0412"),
]

# A PIN cue without a code.
PIN_CUES_WITHOUT_CODE = [
    "Een pincode is 4 cijfers lang.",
    "De pincode wordt per post verstuurd op 12-03-2026.",
    "de postcode is 2271 AB",
    "Kies een pincode van 4 tot 6 cijfers, niet je geboortejaar.",
    "Mijn opinie is 1234 keer gevraagd",
    "pincode: ****",
]

# Credentials in prose and in known notations (command lines, SAS URLs, PowerShell).
PROSE_CREDENTIALS = [
    ("de inlog is facilitair en ww Koffie!Automaat23", "Koffie!Automaat23"),
    ("Firewall admin: user admin / pass Fw!Adm1n-Ede", "Fw!Adm1n-Ede"),
    (f"Nieuwe API key: {API_KEY_PROSE} (geldig tot eind 2026)", API_KEY_PROSE),
    (f"het token voor de koppeling is {API_KEY_PROSE}", API_KEY_PROSE),
    (
        f"https://st.blob.core.windows.net/a/b.pdf?sv=2023-01-03&sr=b&sig={SAS_SIGNATURE}",
        SAS_SIGNATURE,
    ),
    ('ConvertTo-SecureString "B@ckup-Nacht-2026" -AsPlainText -Force', "B@ckup-Nacht-2026"),
    (f"az storage blob upload --account-key {ACCOUNT_KEY} --file a.pdf", ACCOUNT_KEY),
    ("mysql -u beheer --password=Kl0kken!Toren db", "Kl0kken!Toren"),
    # A variable name and its value as pasted from a settings screen.
    (
        "client_id 3f1c2a9e-0b7d-4e21 en client_secret Qk7~x8V.nR2pL_aT9sWmE4yZ0cHbJ3uD6fGi1oKq.",
        "Qk7~x8V.nR2pL_aT9sWmE4yZ0cHbJ3uD6fGi1oKq",
    ),
    ("access_token 9f8e7d6c5b4a39281706f5e4", "9f8e7d6c5b4a39281706f5e4"),
    (
        "De sleutel voor de API: 8f3a9c2e7b1d4f6a0c5e9b3d7f1a2c4e",
        "8f3a9c2e7b1d4f6a0c5e9b3d7f1a2c4e",
    ),
    ("Het wachtwoord van de admin-account is veranderd in K8s!Cluster2026", "K8s!Cluster2026"),
]

# Prose cues without a secret value.
PROSE_CUES_WITHOUT_VALUE = [
    "Pas de aanpassing toe, ww is niet nodig",
    "De pass is geldig tot 2027",
    "Het API key beleid: sleutels roteren we elk kwartaal",
    "AZURE_STORAGE_SAS=?sv=2022-11-02&sig=<signature>",
    "Het token is verlopen, vraag een nieuwe aan.",
    'ConvertTo-SecureString "$env:WACHTWOORD" -AsPlainText',
    "Gebruik --password <wachtwoord> of --token $TOKEN op de opdrachtregel.",
    "Waar vind ik de client_secret en de client_id in Azure?",
    "de api-key rotatieschema2026 is verlopen",  # a word with a year, not generated
    "zet de client_secret YOUR_CLIENT_SECRET_1234567 in de config",
    "Boarding pass: Amsterdam-Rome, stoel 12A",
    "De sleutel van de kast: ligt bij de receptie",
]


def spans(analyzer: AnalyzerEngine, text: str) -> list[tuple[str, int, int]]:
    results = analyzer.analyze(text, language="nl")
    return sorted((r.entity_type, r.start, r.end) for r in results if r.score >= THRESHOLD)


@pytest.mark.parametrize(
    ("text", "secret"), POSITIVES + PASSWORDS_AFTER_CUE + PIN_CODES + PROSE_CREDENTIALS
)
def test_finds_secret(secret_analyzer: AnalyzerEngine, text: str, secret: str) -> None:
    start = text.index(secret)
    assert spans(secret_analyzer, text) == [("SECRET", start, start + len(secret))]


def test_truncated_private_key_covers_header_and_body(secret_analyzer: AnalyzerEngine) -> None:
    text = f"Begin van mijn key:\n-----BEGIN PRIVATE KEY-----\n{PEM_BODY}"
    start = text.index("-----BEGIN")
    assert spans(secret_analyzer, text) == [("SECRET", start, len(text))]


@pytest.mark.parametrize(
    "text",
    NEGATIVES + PASSWORD_CUES_WITHOUT_VALUE + PIN_CUES_WITHOUT_CODE + PROSE_CUES_WITHOUT_VALUE,
)
def test_ignores_placeholders_and_look_alikes(secret_analyzer: AnalyzerEngine, text: str) -> None:
    assert spans(secret_analyzer, text) == []


def test_jwt_needs_a_json_header(secret_analyzer: AnalyzerEngine) -> None:
    not_a_jwt = f"eyJ{rand(20)}.eyJ{rand(20)}.{rand(30)}"
    assert spans(secret_analyzer, f"waarde {not_a_jwt}") == []
