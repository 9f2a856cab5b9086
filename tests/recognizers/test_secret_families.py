"""SecretRecognizer on whole families of notations in which ICT staff paste credentials.

Each family is a list of new sentences written for this file (not corpus sentences): positives
``(text, secret)`` where ``secret`` is the expected span, and hard negatives in the same notation
that hold no secret. All key material comes from a seeded RNG: realistic shapes, never real keys.

Decisions documented here (and in recognizers/secret.py):
- a PIN or door code after its cue ("pincode van de kluis is 4821") is a SECRET;
- well-known defaults and placeholders (``changeme``, ``changeit``, ``${DB_PASSWORD}``,
  ``%PASSWORD%``, ``$env:X``, ``{{ vault_db_password }}``, ``<API_KEY>``) are not;
- public material is not: ``ssh-rsa AAAA...`` keys, certificate blocks (also base64-encoded in a
  Kubernetes ``tls.crt``), hashes, GUIDs and commit SHAs presented as ids.
"""

from __future__ import annotations

import string

import pytest
from presidio_analyzer import AnalyzerEngine, PatternRecognizer

from recognizers._fast import GatedPatternRecognizer
from recognizers.secret import SecretRecognizer
from tests.recognizers.equivalence_texts import spans as spans_of
from tests.recognizers.key_material import ALNUM, BASE64, HEX, RandomText, b64, b64url_json
from tests.recognizers.test_secret import spans

rand = RandomText(20261123)

TOKEN32 = rand(32)
TOKEN40 = rand(40, ALNUM + "-_")
HEX40 = rand(40, HEX)
AZURE_CLIENT_SECRET = f"{rand(3)}8Q~{rand(31, ALNUM + '_~.-')}"
K8S_PASSWORD = b64("Sup3rGeheim!2025")
BASIC_AUTH = b64("svc_zaken:Welkom2026!")
PEM_BODY = "\n".join(rand(64, BASE64) for _ in range(4))
EC_KEY = f"-----BEGIN EC PRIVATE KEY-----\n{PEM_BODY}\n-----END EC PRIVATE KEY-----"
PGP_KEY = (
    "-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\n"
    f"{PEM_BODY}\n={rand(4, BASE64)}\n-----END PGP PRIVATE KEY BLOCK-----"
)
PKCS8_KEY = f"-----BEGIN PRIVATE KEY-----\n{PEM_BODY}\n-----END PRIVATE KEY-----"
CERTIFICATE = f"-----BEGIN CERTIFICATE-----\n{PEM_BODY}\n-----END CERTIFICATE-----"
TLS_KEY_B64 = b64(PKCS8_KEY)
TLS_CRT_B64 = b64(CERTIFICATE)
PUTTY_KEY = (
    "PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: beheer@gemeente\n"
    f"Public-Lines: 2\n{rand(64, BASE64)}\n{rand(40, BASE64)}\n"
    f"Private-Lines: 2\n{rand(64, BASE64)}\n{rand(44, BASE64)}\n"
    f"Private-MAC: {rand(64, HEX)}"
)
JWT = ".".join(
    (b64url_json({"alg": "RS256", "kid": "k1"}), b64url_json({"sub": "zaak"}), rand(86, ALNUM))
)
GITHUB_OAUTH = f"gho_{rand(36)}"
GITHUB_FINE = f"github_pat_{rand(22)}_{rand(59)}"
GITLAB = f"glpat-{rand(20, ALNUM + '-_')}"
SLACK_USER = f"xoxp-{rand(11, string.digits)}-{rand(12, string.digits)}-{rand(32, HEX)}"
GOOGLE = f"AIza{rand(35, ALNUM + '-_')}"
STRIPE_RESTRICTED = f"rk_live_{rand(24)}"
OPENAI = f"sk-proj-{rand(56, ALNUM + '-_')}"
ANTHROPIC = f"sk-ant-api03-{rand(95, ALNUM + '-_')}"
AWS_ID = "AKIA" + rand(16, string.ascii_uppercase + "234567")
AWS_SECRET = rand(40, BASE64)
NPM = f"npm_{rand(36)}"
PYPI = f"pypi-AgEIcHlwaS5vcmc{rand(60, ALNUM + '-_')}"
SENDGRID = f"SG.{rand(22, ALNUM + '-_')}.{rand(43, ALNUM + '-_')}"
TWILIO_KEY = f"SK{rand(32, HEX)}"
SHA256 = rand(64, HEX)
GUID = "7c9e6679-7425-40de-944b-e07fc1f90ae7"
SSH_PUBLIC = f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rand(43, BASE64)} beheer@ws042"

Case = tuple[str, str]

POSITIVES: dict[str, list[Case]] = {
    "yaml": [
        ("database:\n  host: db01\n  password: Zomer2024!\n", "Zomer2024!"),
        ('smtp:\n  db_pass: "Kwartel#77x"\n  port: 587', "Kwartel#77x"),
        (f"auth:\n  api_token: {TOKEN32}\n", TOKEN32),
        ("ldap:\n  bind_password: 'Br0ccoli&Kaas'\n", "Br0ccoli&Kaas"),
    ],
    "json": [
        (f'{{"tenant": "{GUID}", "client_secret": "{AZURE_CLIENT_SECRET}"}}', AZURE_CLIENT_SECRET),
        ('{"user": "svc_zaak", "pass": "Meeuw!2025Strand"}', "Meeuw!2025Strand"),
        (f'{{"apiKey": "{TOKEN32}", "timeout": 30}}', TOKEN32),
        ('"credentials": {"password":"Pinguin-88-Ijs"}', "Pinguin-88-Ijs"),
    ],
    "env_shell": [
        ("SMTP_PASS=Reiger#2026", "Reiger#2026"),
        (f"export API_TOKEN={TOKEN40}", TOKEN40),
        ("set MYSQL_PWD=Kievit77!", "Kievit77!"),
        (f"SECRET_KEY={TOKEN40}\nDEBUG=false", TOKEN40),
    ],
    "ini_properties": [
        ("spring.datasource.password=Gr4sMaaier!", "Gr4sMaaier!"),
        ("[database]\nuser = app\npassword = K0ffieBoon#\n", "K0ffieBoon#"),
        ("mail.smtp.pass=Zw4luw!Nest", "Zw4luw!Nest"),
    ],
    "xml": [
        ("<password>Tulp!Bol2024</password>", "Tulp!Bol2024"),
        (f'<add key="ApiKey" value="{TOKEN32}" />', TOKEN32),
        ('<add key="SmtpPassword" value="Ko3koek!Zon"/>', "Ko3koek!Zon"),
        ('<property name="hibernate.connection.password" value="Dr0p!Tabel9"/>', "Dr0p!Tabel9"),
        ("<AdminPassword>\n  <Value>Welk0m!Beheer</Value>", "Welk0m!Beheer"),
    ],
    "powershell": [
        ('$pwd = ConvertTo-SecureString "Vl1nder#Tuin" -AsPlainText -Force', "Vl1nder#Tuin"),
        ('$password = "Winter2025!"', "Winter2025!"),
        ("Connect-Db -Password 'Kr0kus!Veld'", "Kr0kus!Veld"),
    ],
    "docker_compose": [
        ("environment:\n  - POSTGRES_PASSWORD=Pelikaan!88\n", "Pelikaan!88"),
        ("ENV MYSQL_ROOT_PASSWORD=Tafel7Stoel", "Tafel7Stoel"),
        ('    environment:\n      - "RABBITMQ_DEFAULT_PASS=Konijn2025!"', "Konijn2025!"),
        (f"      MINIO_SECRET_KEY: {TOKEN40}", TOKEN40),
    ],
    "kubernetes": [
        (
            f"kind: Secret\ndata:\n  username: YWRtaW4=\n  password: {K8S_PASSWORD}\n",
            K8S_PASSWORD,
        ),
        (f"kind: Secret\ntype: kubernetes.io/tls\ndata:\n  tls.key: {TLS_KEY_B64}\n", TLS_KEY_B64),
        ("stringData:\n  DB_PASS: Schaap!Wol42\n", "Schaap!Wol42"),
    ],
    "command_line": [
        ("mysql -u root -pGeheim123 zaken < dump.sql", "Geheim123"),
        ("curl -u beheer:Welkom01! https://intranet.local/api", "Welkom01!"),
        ("sshpass -p 'Kraai2025!' ssh beheer@10.0.0.5", "Kraai2025!"),
        ("psql --password=Haring!Ui7 -h db01", "Haring!Ui7"),
        ("redis-cli -h cache01 -a R3d1sGeheim! ping", "R3d1sGeheim!"),
        (f"docker login registry.gemeente.nl -u deploy -p {TOKEN32}", TOKEN32),
        ("net use Z: \\\\fs01\\data /user:GEM\\jdevries Herfst!2025", "Herfst!2025"),
        ("openssl pkcs12 -export -out c.pfx -passout pass:Exp0rt!Sleutel", "Exp0rt!Sleutel"),
    ],
    "http_headers": [
        (f"Authorization: Basic {BASIC_AUTH}", BASIC_AUTH),
        (f"Authorization: Bearer {TOKEN40}", TOKEN40),
        (f"X-Api-Key: {TOKEN32}", TOKEN32),
        (f"Authorization: Token {HEX40}", HEX40),
    ],
    "url_credentials": [
        (
            "ftp://beheer:Zonnebloem7@ftp.gemeente.nl/export",
            "ftp://beheer:Zonnebloem7@ftp.gemeente.nl/export",
        ),
        ("redis://:Geheim2025x@cache01:6379/0", "redis://:Geheim2025x@cache01:6379/0"),
        (
            "mongodb+srv://app:Xy7!kLm2@cluster0.ab1cd.mongodb.net/zaken",
            "mongodb+srv://app:Xy7!kLm2@cluster0.ab1cd.mongodb.net/zaken",
        ),
    ],
    "connection_strings": [
        (
            "Data Source=sql02;Initial Catalog=Burgerzaken;User ID=app;Password=B0ek!Kast;",
            "Data Source=sql02;Initial Catalog=Burgerzaken;User ID=app;Password=B0ek!Kast;",
        ),
        ("jdbc:mysql://db:3306/zaken?user=app&password=Geheim2025x", "Geheim2025x"),
        ("jdbc:oracle:thin:zaken/Or4kel!Db@//db01:1521/ORCL", "Or4kel!Db"),
        ("requirepass R3d1s!Cache2026", "R3d1s!Cache2026"),
        ("User ID=app;Password=Sch1lder!Ij;Server=sql03;", "Sch1lder!Ij"),
    ],
    "dutch_prose": [
        ("het wachtwoord is Lente2026! maar dat werkt niet", "Lente2026!"),
        ("ww: Paars!Konijn8", "Paars!Konijn8"),
        ("inlog: jan / Welkom01", "Welkom01"),
        ("De pincode van de kluis is 4821.", "4821"),
        ("Het wachtwoord van gebruiker beheer is Kast2026", "Kast2026"),
        ("Wachtwoord (tijdelijk): Welkom2026!", "Welkom2026!"),
        ("gebruikersnaam: jdevries, wachtwoord: Fietspomp7", "Fietspomp7"),
        ("De code van de sleutelkast is 7395", "7395"),
    ],
    "english_prose": [
        ("the password is Tr1angle!x, can you check the login?", "Tr1angle!x"),
        ("Use password Spring2025! to log in", "Spring2025!"),
        (f"my API key is {TOKEN32}", TOKEN32),
        (f"here's the token: {TOKEN40}", TOKEN40),
        ("login: admin / Adm1nPortal", "Adm1nPortal"),
    ],
    "token_shapes": [
        (f"cookie {JWT}", JWT),
        (f"oauth {GITHUB_OAUTH}", GITHUB_OAUTH),
        (f"pat {GITHUB_FINE}", GITHUB_FINE),
        (f"runner {GITLAB}", GITLAB),
        (f"slack {SLACK_USER}", SLACK_USER),
        (f"maps {GOOGLE}", GOOGLE),
        (f"stripe {STRIPE_RESTRICTED}", STRIPE_RESTRICTED),
        (f"openai {OPENAI}", OPENAI),
        (f"claude {ANTHROPIC}", ANTHROPIC),
        (f"aws id {AWS_ID}", AWS_ID),
        (f"aws_secret_access_key={AWS_SECRET}", AWS_SECRET),
        (f"Entra-app secret waarde {AZURE_CLIENT_SECRET} verloopt", AZURE_CLIENT_SECRET),
        (f"//registry.npmjs.org/:_authToken={NPM}", NPM),
        (f"publiceren met {NPM} lukt niet", NPM),
        (f"twine upload -p {PYPI}", PYPI),
        (f"upload token {PYPI} werkt niet", PYPI),
        (f"SendGrid: {SENDGRID}", SENDGRID),
        (f"twilio key {TWILIO_KEY}", TWILIO_KEY),
        (f"sleutel:\n{EC_KEY}", EC_KEY),
        (f"{PGP_KEY}", PGP_KEY),
        (f"{PKCS8_KEY}", PKCS8_KEY),
        (f"mijn putty-sleutel:\n{PUTTY_KEY}\n", PUTTY_KEY),
    ],
}

# A second batch, written after the first rules were in, to check that they carry over to
# other notations of the same families (camelCase keys, other tools' options, more vendors).
HF = f"hf_{rand(34, string.ascii_letters)}"
VAULT = f"hvs.{rand(90, ALNUM + '_-')}"
GOOGLE_OAUTH = f"GOCSPX-{rand(28, ALNUM + '_-')}"
DIGITALOCEAN = f"dop_v1_{rand(64, HEX)}"
ATLASSIAN = f"ATATT3xFfGF0{rand(60, ALNUM + '_-')}={rand(8, HEX.upper())}"
DATABRICKS = f"dapi{rand(32, HEX)}"
SLACK_APP = (
    f"xapp-1-A{rand(10, string.ascii_uppercase + string.digits)}"
    f"-{rand(13, string.digits)}-{rand(64, HEX)}"
)
TELEGRAM = f"{rand(10, string.digits)}:AA{rand(33, ALNUM + '_-')}"
FUNCTION_KEY = rand(54, ALNUM + "_-") + "=="
WIREGUARD = rand(43, BASE64) + "="
OPENVPN_KEY = (
    "-----BEGIN OpenVPN Static key V1-----\n"
    + "\n".join(rand(32, HEX) for _ in range(16))
    + "\n-----END OpenVPN Static key V1-----"
)

POSITIVES_BATCH2: dict[str, list[Case]] = {
    "camel_case_keys": [
        ("auth:\n  rootPassword: Ma1aDb!Root\n", "Ma1aDb!Root"),
        ('{"adminPassword": "Adm1n!Portaal"}', "Adm1n!Portaal"),
        ("helm install db --set auth.postgresPassword=Pg!Helm2026", "Pg!Helm2026"),
        (f"clientSecret: {TOKEN40}", TOKEN40),
        (f'refreshToken = "{TOKEN40}"', TOKEN40),
    ],
    "key_material": [
        (f"[Interface]\nPrivateKey = {WIREGUARD}\nAddress = 10.8.0.2/24", WIREGUARD),
        (f"wpa_psk: {TOKEN32}", TOKEN32),
        (f"{OPENVPN_KEY}", OPENVPN_KEY),
        (f'<machineKey validationKey="{HEX40}" />', HEX40),
    ],
    "more_config": [
        ("machine api.gemeente.nl login jan password Welkom2026!", "Welkom2026!"),
        ("ansible_become_pass: Beheer!2026", "Beheer!2026"),
        ('administrator_login_password = "TfAdm1n!2026"', "TfAdm1n!2026"),
        ("docker run -e POSTGRES_PASSWORD=Pgs!2026x postgres", "Pgs!2026x"),
        ('psql "host=db01 user=app password=Pg!2026x dbname=zaken"', "Pg!2026x"),
    ],
    "more_command_lines": [
        ('sqlcmd -S sql01 -U sa -P Sql!2026Sa -Q "select 1"', "Sql!2026Sa"),
        ("wget --http-password=Wg3t!Ftp2026 ftp://files.local/x.zip", "Wg3t!Ftp2026"),
        ("app.exe --db-password Kaas!Schaaf9", "Kaas!Schaaf9"),
        ("ldapsearch -x -D cn=admin,dc=gem -w Ld4p!Bind2026 -b dc=gem", "Ld4p!Bind2026"),
        ("mongosh mongodb01 -u app -p M0ng0!App2026", "M0ng0!App2026"),
        ("xfreerdp /v:ts01 /u:jan /p:Rdp!Sessie2026", "Rdp!Sessie2026"),
    ],
    "more_prose": [
        ("Mijn inloggegevens zijn jdevries en Zomer!2026Kp", "Zomer!2026Kp"),
        ("creds: svc_backup / B4ckup!Nacht", "B4ckup!Nacht"),
        ("De code voor het hek bij de ingang is 0815", "0815"),
        ("wifi-wachtwoord: GemeenteGast!24", "GemeenteGast!24"),
        ("Het nieuwe wachtwoord voor de gastwifi is GastNet2026", "GastNet2026"),
    ],
    "more_token_shapes": [
        (f"X-Vault-Token: {VAULT}", VAULT),
        (f"vault token {VAULT} werkt niet", VAULT),
        (f"google oauth {GOOGLE_OAUTH}", GOOGLE_OAUTH),
        (f"model laden met {HF}", HF),
        (f"doctl met {DIGITALOCEAN}", DIGITALOCEAN),
        (f"jira api {ATLASSIAN}", ATLASSIAN),
        (f"databricks {DATABRICKS}", DATABRICKS),
        (f"socket mode {SLACK_APP}", SLACK_APP),
        (f"bot {TELEGRAM} stuurt niets", TELEGRAM),
        (
            f"https://fn-zaken.azurewebsites.net/api/export?code={FUNCTION_KEY}",
            FUNCTION_KEY,
        ),
    ],
}

NEGATIVES_BATCH2: dict[str, list[str]] = {
    "config_without_secret": [
        "password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n",
        'DB_PASSWORD: ""',
        "--password-file=/etc/zaken/db.secret",
        "MinimumPasswordLength = 14",
        "resetPasswordUrl: https://login.gemeente.nl/reset2",
        "adminPassword: \"[parameters('adminPassword')]\"",
        "token_type: Bearer\nexpires_in: 3600",
        "private_key: /etc/ssl/private/server.key",
        "PrivateKey = <vul hier de sleutel in>",
        'sqlcmd -S sql01 -E -Q "select 1"',
        "wget --http-user=jan --http-password=$WGET_PASS ftp://x",
    ],
    "prose_without_secret": [
        "Het wachtwoord staat in de kluis",
        "De code van de afdeling is 4410",
        "De postcode van het stadskantoor is 2511",
        "Mijn inloggegevens zijn verlopen sinds 2026",
        "hf_hub_download haalt het model op",
        "Zie https://login.gemeente.nl/auth?code=abc voor de flow",
    ],
}

# A third batch, written after the second round of rules: secrets inside longer prompts as
# other writers would paste them, and prompts dense with cue words but without a secret.
NUGET = f"oy2{rand(43, string.ascii_lowercase + string.digits)}"
BITBUCKET = f"ATBB{rand(32, ALNUM)}"
POSTMAN = f"PMAK-{rand(24, HEX)}-{rand(34, HEX)}"
BAG_KEY = rand(32, HEX)

POSITIVES_BATCH3: dict[str, list[Case]] = {
    "prompts": [
        (
            'Kun je helpen? Onze appsettings.json:\n{\n  "Smtp": {\n    "Host": "smtp.local",\n'
            '    "Password": "Br13f!Post"\n  }\n}',
            "Br13f!Post",
        ),
        ("In de .env staat MAIL_PASSWORD=Postduif#12 en toch faalt de verzending", "Postduif#12"),
        (
            'de compose:\n  db:\n    environment:\n      MYSQL_PASSWORD: "Zaken&Data2026"',
            "Zaken&Data2026",
        ),
        ("PGPASSWORD='Pg#Back2026' pg_dump -h db01 zaken > backup.sql", "Pg#Back2026"),
        ("Onze Jenkins: gebruiker jenkins-svc, wachtwoord J3nk!ns#Build", "J3nk!ns#Build"),
        (
            "De nieuwe collega kan inloggen met gebruikersnaam s.bakker en wachtwoord Welkom#2026",
            "Welkom#2026",
        ),
        (f"API-key voor de BAG API: {BAG_KEY}", BAG_KEY),
        (
            "requests.get(url, headers={'X-Api-Key': 'a8F3kL9mQ2xR7tW1zY5vB0nC'})",
            "a8F3kL9mQ2xR7tW1zY5vB0nC",
        ),
        (
            "az login --service-principal -u app-zaken -p Sp!Secret2026Xy --tenant gem.nl",
            "Sp!Secret2026Xy",
        ),
        (
            "Set-ADAccountPassword -Identity jdevries -NewPassword (ConvertTo-SecureString "
            "-AsPlainText 'Reset!2026Jd' -Force)",
            "Reset!2026Jd",
        ),
        ("sftp-gegevens: host sftp.gemeente.nl, user upload01, pass Upl0ad!Sftp", "Upl0ad!Sftp"),
        ("mijn ww is nog steeds Voorjaar2026! en dat klopt", "Voorjaar2026!"),
        ("Wachtwoord admin-account SharePoint: Sh@reP0int!", "Sh@reP0int!"),
        ("het wachtwoord dat hij gebruikte was Welkom01 maar dat is nu geblokkeerd", "Welkom01"),
    ],
    "lock_code_compounds": [
        ("Toegang tot de serverruimte: code 4471#", "4471#"),
        ("sleutelkastcode is 9921", "9921"),
        ("De garagecode: 5512", "5512"),
        ("hekcode 7731 werkt niet meer", "7731"),
    ],
    "vendor_prefixes": [
        (f"nuget push pakket.nupkg -k {NUGET}", NUGET),
        (f"bitbucket app password {BITBUCKET}", BITBUCKET),
        (f"postman {POSTMAN}", POSTMAN),
    ],
}

NEGATIVES_BATCH3: dict[str, list[str]] = {
    "cue_dense_prompts": [
        "Hoe maak ik een user account aan in Active Directory via PowerShell?",
        "Het netwerk account van de gebruiker is geblokkeerd na 5 pogingen",
        "docker login faalt met 'unauthorized', hoe los ik dat op?",
        "net user jdevries /domain geeft 'account disabled'",
        "token = os.environ['TOKEN']",
        "De code van de app staat in GitLab, zie project zaak-api2",
        "accessToken: response.data.accessToken",
        "clientSecret: config.clientSecret",
        "refreshToken = getRefreshToken()",
        "clientSecret: <client-secret-uit-keyvault>",
        "<password>${db.password}</password>",
        '<add key="ApiKeyHeader" value="X-Api-Key"/>',
        '<add key="EnableToken" value="true"/>',
        "PrivateKey = /etc/wireguard/private.key",
        "Het account van de gemeente: Gemeente Utrecht / Team ICT",
        "login: beheerder / zie KeePass",
        "user: jan / rol: admin",
        "Wachtwoord vergeten? Ga naar https://mijn.gemeente.nl/reset",
        "curl -u jan https://api.gemeente.nl",
        "de pincode van de kluis weet alleen Jan",
        "sha1: da39a3ee5e6b4b0d3255bfef95601890afd80709",
        "Authorization header ontbreekt in het verzoek",
        "Authorization: zie de bijlage voor details",
        "Het SharePoint-wachtwoordbeleid is: 14 tekens, MFA verplicht",
        "De postcode is 2511",
        "broncode 2024 van de app staat in Git",
        "kastcode ontbreekt op de bon",
        "Serverruimte code wijzigen kan via facilitair",
        "De kast code 12-03 is voor het archief",
    ],
}

NEGATIVES: dict[str, list[str]] = {
    "placeholders": [
        "api_key: <API_KEY>",
        "password: xxxx",
        "password: ********",
        "db_password: {{ vault_db_password }}",
        "DB_PASSWORD=${DB_PASSWORD}",
        "password=%PASSWORD%",
        "set DB_PASS=%DB_PASS_2%",
        "password: changeme",
        "keystore.password=changeit",
        "$password = $env:SQL_PASSWORD2",
        "token: ${{ secrets.GITHUB_TOKEN }}",
        "Authorization: Bearer $ACCESS_TOKEN",
        "Authorization: Basic <base64-van-user:pass>",
        "curl -u $USER:$PASS https://api.local",
        'password: ""',
        "password: null",
        "wachtwoord: <invullen>",
        "mysql -u root -p zaken",
        'sshpass -p "$SSHPASS" ssh host',
    ],
    "password_words": [
        "hoe reset ik mijn wachtwoord?",
        "wachtwoordbeleid: minimaal 12 tekens",
        "password_min_length: 12",
        "MaxPasswordAge = 42",
        "Het wachtwoord van gebruiker beheer is verlopen",
        "Het wachtwoord moet minimaal 14 tekens zijn",
        "The password must contain at least one digit.",
        "pwd: /var/www/app2",
        "password_file: /run/secrets/db_password",
        "docker login --password-stdin",
        "De code van de kluis is bekend bij de balie",
        "inlog: jan / afdeling Burgerzaken",
        "login: admin/admin",
        "Wat is het verschil tussen een API key en een token?",
        "max_tokens: 4096",
    ],
    "public_or_ids": [
        f"sha256: {SHA256}",
        f"Object ID: {GUID}",
        f"client_id: {GUID}",
        f"commit {HEX40}",
        SSH_PUBLIC,
        f"authorized_keys bevat {SSH_PUBLIC}",
        CERTIFICATE,
        f"kind: Secret\ndata:\n  tls.crt: {TLS_CRT_B64}\n",
        f'<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA{rand(80, BASE64)}">',
        "We gebruiken Basic authentication op de oude koppeling",
        "secretName: db-credentials",
        "token_endpoint: https://login.microsoftonline.com/common/oauth2/v2.0/token",
        "Het SK-nummer van de melding is SK2024-118",
        "ssh -p 2222 beheer@server",
        "docker run -p 8080:80 nginx",
    ],
}


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        pytest.param(*case, id=f"{family}-{n}")
        for family, cases in (POSITIVES | POSITIVES_BATCH2 | POSITIVES_BATCH3).items()
        for n, case in enumerate(cases)
    ],
)
def test_family_positive(secret_analyzer: AnalyzerEngine, text: str, secret: str) -> None:
    start = text.index(secret)
    assert spans(secret_analyzer, text) == [("SECRET", start, start + len(secret))]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(text, id=f"{family}-{n}")
        for family, texts in (NEGATIVES | NEGATIVES_BATCH2 | NEGATIVES_BATCH3).items()
        for n, text in enumerate(texts)
    ],
)
def test_family_negative(secret_analyzer: AnalyzerEngine, text: str) -> None:
    assert spans(secret_analyzer, text) == []


def test_fast_paths_find_what_plain_matching_finds() -> None:
    """The triggers and start reaches of the new patterns drop nothing: on every family text
    (built with f-strings, so the shared equivalence test does not see them) the gated
    recognizer finds exactly what Presidio's plain matching over the whole text finds."""
    recognizer = SecretRecognizer()
    entities = recognizer.supported_entities
    positives = POSITIVES | POSITIVES_BATCH2 | POSITIVES_BATCH3
    texts = [text for cases in positives.values() for text, _ in cases]
    texts += [
        text
        for family in (NEGATIVES | NEGATIVES_BATCH2 | NEGATIVES_BATCH3).values()
        for text in family
    ]
    texts += ["\n".join(texts)]  # all notations in one prompt
    for text in texts:
        fast = spans_of(GatedPatternRecognizer.analyze(recognizer, text, entities))
        plain = spans_of(PatternRecognizer.analyze(recognizer, text, entities))
        assert fast == plain, text[:60]
