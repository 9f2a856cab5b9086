"""Names and addresses in structured slots: header fields, JSON keys, table columns, chat speakers.

Outside running text the layout says what a value is: the value after "Van:", "Naam aanvrager:"
or ``"last_name":``, the cells under a column headed "Naam" or "Adres", the speaker of a chat
line ("[10:32] esra: ..."). There a name needs no lexicon entry, only a name shape: name words,
initials and tussenvoegsels, no ordinary words, places or organisations. The slots are found with
regular expressions over the text (character offsets); ``NameFinder`` turns them into spans.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator

from nl_models.lexicon import Lexicons

# Field labels whose value is one person ("Naam:", "Van:", "Naam aanvrager:", "first_name").
PERSON_LABELS = frozenset(
    [
        "naam", "name", "voornaam", "voornamen", "achternaam", "roepnaam", "geslachtsnaam",
        "firstname", "lastname", "fullname", "displayname", "surname", "given", "van", "from",
        "afzender", "author", "auteur", "aanvrager", "partner", "echtgenoot", "echtgenote",
        "contactpersoon", "contact", "melder", "klant", "cliënt", "client", "bewoner", "huurder",
        "verhuurder", "notulist", "voorzitter", "behandelaar", "casusregisseur", "inspreker",
        "sender", "reporter", "assignee", "owner", "requester", "aanmelder", "betrokkene",
        "moeder", "vader", "debiteur", "werknemer", "sollicitant", "ondertekenaar",
        "cn", "belastingplichtige", "belanghebbende", "cliëntnaam", "medewerker",
    ]
)  # fmt: skip
# Field labels whose value is a list of people ("Aanwezig: A, B (voorzitter), C").
PERSON_LIST_LABELS = frozenset(
    [
        "aan", "to", "cc", "bcc", "aanwezig", "aanwezigen", "afwezig", "deelnemers", "sprekers",
        "genodigden", "afmeldingen", "verhinderd", "attendees", "participants", "present",
        "absent", "speakers", "ontvangers", "recipients",
    ]
)  # fmt: skip
# Labels of one name part: there a single word that no lexicon holds is still the name.
NAME_PART_LABELS = frozenset(
    [
        "voornaam", "voornamen", "achternaam", "roepnaam", "geslachtsnaam", "firstname",
        "lastname", "surname", "given", "givenname",
    ]
)  # fmt: skip
# Endings of team, department and mailbox names in "Aan:" fields ("Schuldhulpverlening",
# "Wmo-loket", "Sportvereniging DOS"); a name no lexicon holds does not end like this.
DEPARTMENT_ENDINGS = (
    "ing", "heid", "schap", "teit", "zaken", "loket", "team", "office", "desk", "dienst",
    "afdeling", "vereniging", "stichting", "centrum", "bedrijf", "beheer", "support", "service",
    "balie", "griffie", "administratie", "secretariaat", "info", "helpdesk", "servicedesk",
)  # fmt: skip
ADDRESS_LABELS = frozenset(["adres", "woonadres", "address", "postadres", "straat", "huisadres"])
# Labels of account names, which are often built from a person's name: "gebruiker: f.ouali",
# "login: jdevries", "username: pieter.jansen2".
USER_LABELS = frozenset(
    [
        "gebruiker", "gebruikersnaam", "username", "user", "login", "loginnaam", "inlognaam",
        "account", "accountnaam", "userid", "gebruikersid",
    ]
)  # fmt: skip
# An account name: lower-case letters and digits in parts joined by ".", "_" or "-".
USER_NAME = re.compile(r"[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*")

# "Van: ...", "- naam: ...", "> CC: ...", "Naam aanvrager: ...": a label of at most three words
# at the start of a line, then the value. The label's words are checked afterwards.
LABEL_WORDS = r"[^\W\d_]{1,20}+(?:[ _-][^\W\d_]{1,20}+){0,2}+"  # possessive: no backtracking
LABELLED_LINE = re.compile(
    r"\n[ \t>*-]*(?P<label>" + LABEL_WORDS + r")[ \t]*:[ \t]*(?P<value>\S[^\n]*)"
)
# "naam": "Jan", 'last_name': 'Jansen'
JSON_FIELD = re.compile(
    r"(?P<q>[\"'])(?P<label>" + LABEL_WORDS + r")(?P=q)\s*:\s*(?P=q)(?P<value>[^\"'\n]{1,80})(?P=q)"
)
# "[10:32] esra: ...", "20-11-2026 10:32 - Esra Yilmaz: ...": a chat speaker.
CHAT_SPEAKER = re.compile(
    r"\n[ \t]*\[?(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ \t]*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\]?"
    r"[ \t]*-?[ \t]*(?P<value>[^\W\d_][^\s:]*(?:[ \t][^\W\d_][^\s:]*){0,3})[ \t]*:"
)
NAME_PART = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")
INITIALS = re.compile(r"^(?:[A-Z][a-z]{0,2}\.){1,5}$")
LOWER_INITIALS = re.compile(r"^(?:[a-z]\.){1,5}$")
# Street words + house number + toevoeging: the value of an address field or column.
ADDRESS_VALUE = re.compile(
    r"^[^\W\d_][^\n]{1,60}?[ \t]+[1-9]\d{0,4}(?:[ \t]?[a-zA-Z]{1,3}\b)?"
    r"(?:[ \t]?[-/][ \t]?(?:\d{1,4}|[a-zA-Z]{1,4}))?"
    r"(?:[ \t]+(?:bis|hs|huis|bg|zw|rd|[IVX]{1,4}|t/o))?$"
)
# An e-mail address, and the words right before it: "Bayu Wicaksono <bayu.wicaksono@x.nl>".
# (Found from each "@": a pattern that starts with the local part would try every position.)
LOCAL_PART = re.compile(r"[\w.+-]+$")
DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+")
MAX_NAME_WORDS = 4
CHAT_MIN_LINES = 3  # lines starting with "Speaker:" that make a text a pasted chat
MAX_HEADER_LENGTH = 200
MAX_LABEL_LENGTH = 30  # a header cell; longer cells are running text with a ";" in it
TRAILING_NOTE = re.compile(r"[ \t]*(?:<[^>\n]*>|\([^)\n]*\)|\[[^\]\n]*\])[ \t]*$")
TABLE_SEPARATORS = ("\t", "|", ";")
# A line with a cell separator, searched from each line break (a literal the regex engine finds
# quickly) in "\n" + text.
TABLE_LINE = re.compile(r"\n([^\n\t|;]*+[\t|;][^\n]*)")
# Parts of the column headers a table is read under ("Naam", "Achternaam", "Woonadres").
TABLE_HEADER_HINTS = (
    "naam", "name", "adres", "address", "cliënt", "client", "klant", "aanvrager", "contact",
    "medewerker", "bewoner", "huurder", "straat",
)  # fmt: skip

# The header row of a comma-separated export ("bsn,naam,object,aanslag"): short cells that
# start with a letter, no space after a comma (prose has one).
COMMA_HEADER = re.compile(r"\n((?:[^\W\d_][^\n,]{0,29}+,)++[^\W\d_][^\n,]{0,29}+)(?=\n)")
# A comma-separated cell, quoted ("Pieter-Bas van Oord") or not.
CSV_CELL = re.compile(r'[ \t]*"([^"\n]*)"[ \t]*(?=,|$)|([^,\n]*)')
LEADING_WORD = re.compile(r"^[ \t]*([^\W\d_]+)\.?[ \t]+")

# Field values that say there is no person: "Partner: Nee", "CC: Geen".
NON_VALUES = frozenset(["ja", "nee", "geen", "onbekend", "yes", "no", "none", "null", "n.v.t"])

Slot = tuple[int, int, str]  # start, end (characters), "PERSON" or "ADDRESS"


def _all_indexes(text: str, char: str) -> Iterator[int]:
    index = text.find(char)
    while index != -1:
        yield index
        index = text.find(char, index + 1)


def _plain(word: str) -> str:
    """Lower case without accents: "Wiśniewski" -> "wisniewski", as in e-mail addresses."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


class NameSlots:
    """Finds PERSON and ADDRESS values in the structured slots of a text."""

    def __init__(self, lexicons: Lexicons) -> None:
        self.lex = lexicons
        self.tv_words = frozenset(w for item in lexicons.tussenvoegsels for w in item.split())
        # Words that make a value no name: ordinary words that are no name, places, roles.
        self.non_names = (
            (lexicons.common_words - lexicons.first_names - lexicons.surnames)
            | lexicons.roles
            | lexicons.titles
            | lexicons.org_heads
        )
        self._label_kinds: dict[str, str | None] = {}  # label text -> kind; labels recur

    def find(self, text: str) -> list[Slot]:
        slots: list[Slot] = []
        if ":" in text:
            # The line patterns start with a line break: a literal the regex engine scans for
            # quickly. "\n" + text gives the first line one; offsets shift back by one.
            lines = "\n" + text
            slots += [(s - 1, e - 1, kind) for s, e, kind in self._labelled(lines)]
            slots += [(s - 1, e - 1, kind) for s, e, kind in self._chat_speakers(lines)]
        if "@" in text:
            slots += self._names_before_email(text)
        if any(sep in text for sep in TABLE_SEPARATORS) and self._may_have_table_header(text):
            slots += self._table_cells(text)
        if "," in text and "\n" in text:
            # One scan from each line break; cheaper than looking for header words first.
            slots += self._comma_table_cells(text)
        return slots

    # ------------------------------------------------------------------ slot kinds

    def _labelled(self, text: str) -> Iterator[Slot]:
        quoted_key = any(mark in text for mark in ('":', '" :', "':", "' :"))
        patterns = (LABELLED_LINE, JSON_FIELD) if quoted_key else (LABELLED_LINE,)
        unknown_labels: list[tuple[int, int]] = []  # line starts that may be chat speakers
        for pattern in patterns:
            for match in pattern.finditer(text):
                kind = self._label_kind(match.group("label"))
                if kind is None:
                    if pattern is LABELLED_LINE:
                        unknown_labels.append(match.span("label"))
                    continue
                start, end = match.span("value")
                if kind == "ADDRESS":
                    yield from self._address(text, start, end)
                elif kind == "USER":
                    yield from self._user_name(text, start, end)
                elif kind == "LIST":
                    yield from self._person_list(text, start, end)
                else:
                    yield from self._person(text, start, end, lone_unknown=kind == "PART")
        yield from self._plain_chat_speakers(text, unknown_labels)

    def _plain_chat_speakers(self, text: str, labels: list[tuple[int, int]]) -> Iterator[Slot]:
        """A chat pasted without times ("Ruud: heb je al gehoord...", "ik: nee", "Ruud: ..."):
        at least three lines start with a label that is no field name and one of these labels
        recurs. Then each such label that is a name (a known one when it is a single word) is
        a speaker; field labels ("Opmerking:", "Actie:") are ordinary words."""
        if len(labels) < CHAT_MIN_LINES:
            return
        counts = Counter(text[start:end].lower() for start, end in labels)
        if max(counts.values()) < 2:
            return
        for start, end in labels:
            label = text[start:end].lower()
            if counts[label] >= 2 or label.split(None, 1)[0] in self.lex.first_names:
                yield from self._person(text, start, end, allow_lower=True)

    def _user_name(self, text: str, start: int, end: int) -> Iterator[Slot]:
        """An account name that spells a listed surname: "f.ouali", "jdevries", "p.jansen2";
        not "admin" or "svc_backup"."""
        account = USER_NAME.match(text, start, end)
        if account is None or account.end() - start > 40:
            return
        value = account.group()
        parts = [part.rstrip("0123456789") for part in re.split(r"[._-]", value)]
        glued = value.rstrip("0123456789")[1:]  # "fouali": initial + surname
        # After a separator a listed surname counts even if it is also a word ("r.pinas");
        # glued to an initial only one that is no word.
        if any(self._listed_surname(part) for part in parts[1:]) or (
            self._listed_surname(glued) and glued not in self.lex.word_names
        ):
            yield (start, account.end(), "PERSON")

    def _listed_surname(self, word: str) -> bool:
        return len(word) >= 3 and word in self.lex.surnames and word not in self.lex.common_words

    def _chat_speakers(self, text: str) -> Iterator[Slot]:
        for match in CHAT_SPEAKER.finditer(text):
            yield from self._person(text, *match.span("value"), allow_lower=True)

    def _names_before_email(self, text: str) -> Iterator[Slot]:
        """The words before an e-mail address whose local part spells one of them: "Bayu
        Wicaksono (b.wicaksono@…)", "Tomasz Wiśniewski, twisniewski@…". The address itself
        confirms the name, so no lexicon is needed."""
        for at in _all_indexes(text, "@"):
            local_part = LOCAL_PART.search(text, max(0, at - 64), at)
            if local_part is None or not DOMAIN.match(text, at + 1):
                continue
            local = _plain(local_part.group())
            line_start = text.rfind("\n", 0, local_part.start()) + 1
            end = local_part.start()
            while end > line_start and text[end - 1] in " \t<([:,":
                end -= 1  # "Naam <", "Naam (", "Naam, "
            start, end = self._name_tail(text, max(line_start, end - 80), end)
            words = text[start:end].split()
            spelled = [w for w in words if len(w) >= 3 and _plain(w) in local]
            if spelled:
                yield from self._person(text, start, end, lone_unknown=True)

    def _name_tail(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The last capitalised words (with tussenvoegsels between them) of text[start:end]:
        "Bel met Mirwais Noorzai" -> "Mirwais Noorzai"."""
        words = list(re.finditer(r"\S+", text[start:end]))
        first = len(words)
        for k in range(len(words) - 1, max(-1, len(words) - 1 - MAX_NAME_WORDS), -1):
            word = words[k].group()
            if word[:1].isupper() and (NAME_PART.match(word) or INITIALS.match(word)):
                first = k
            elif word.lower() not in self.tv_words:
                break
        if first == len(words):
            return end, end
        return start + words[first].start(), end

    @staticmethod
    def _may_have_table_header(text: str) -> bool:
        """Cheap test before reading a table line by line: a header word occurs somewhere."""
        lower = text.lower()
        return any(hint in lower for hint in TABLE_HEADER_HINTS)

    def _table_cells(self, text: str) -> Iterator[Slot]:
        """Cells under a header cell "Naam", "Cliënt", "Adres" in tab, ";" or "|" tables."""
        columns: dict[int, str] = {}
        separator = ""
        previous_end = -2
        for row in TABLE_LINE.finditer("\n" + text):
            line, line_start = row.group(1), row.start(1) - 1
            sep = next(s for s in TABLE_SEPARATORS if s in line)
            if line_start != previous_end + 1 or (separator and sep != separator):
                columns, separator = {}, ""  # a new table starts here
            previous_end = row.end(1) - 1
            if not columns and len(line) > MAX_HEADER_LENGTH:
                continue  # running text with a ";" in it, no header row
            cells = self._cells(line, sep)
            if not columns:
                columns = {
                    k: kind
                    for k, (_, _, cell) in enumerate(cells)
                    if len(cell) <= MAX_LABEL_LENGTH
                    and (kind := self._label_kind(cell)) in ("PERSON", "PART", "ADDRESS")
                }
                separator = sep if columns else ""
                continue
            if set(line.strip()) <= set("|-: \t"):
                continue  # the markdown rule under the header
            for k, (start, end, _) in enumerate(cells):
                kind = columns.get(k)
                if kind == "ADDRESS":
                    yield from self._address(text, line_start + start, line_start + end)
                elif kind is not None:
                    yield from self._person(
                        text, line_start + start, line_start + end, lone_unknown=kind == "PART"
                    )

    def _comma_table_cells(self, text: str) -> Iterator[Slot]:
        """Cells of a comma-separated export under a header row with a "naam", "achternaam"
        or "adres" column; the rows are the lines right after the header."""
        for header in COMMA_HEADER.finditer("\n" + text):
            columns = {
                k: kind
                for k, cell in enumerate(header.group(1).split(","))
                if (kind := self._label_kind(cell.strip())) in ("PERSON", "PART", "ADDRESS")
            }
            if not columns:
                continue
            line_start = header.end(1) - 1  # the line break after the header, in text
            while line_start < len(text) and text[line_start] == "\n":
                line_end = text.find("\n", line_start + 1)
                line_end = len(text) if line_end == -1 else line_end
                if "," not in text[line_start + 1 : line_end]:
                    break
                for k, (start, end) in enumerate(self._csv_cells(text, line_start + 1, line_end)):
                    kind = columns.get(k)
                    if kind == "ADDRESS":
                        yield from self._address(text, start, end)
                    elif kind is not None:
                        yield from self._person(text, start, end, lone_unknown=kind == "PART")
                line_start = line_end

    @staticmethod
    def _csv_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of each cell of text[start:end], without the quotes of quoted cells."""
        cells = []
        position = start
        while position <= end:
            cell = CSV_CELL.match(text, position, end)
            if cell is None:
                break
            group = 1 if cell.group(1) is not None else 2
            cells.append(cell.span(group))
            position = cell.end() + 1  # past the comma
        return cells

    @staticmethod
    def _cells(line: str, sep: str) -> list[tuple[int, int, str]]:
        cells = []
        start = 0
        parts = line.split(sep)
        if sep == "|" and line.strip().startswith("|"):
            start = line.index("|") + 1
            parts = line[start:].split(sep)
        for part in parts:
            stripped = part.strip()
            lead = len(part) - len(part.lstrip())
            cells.append((start + lead, start + lead + len(stripped), stripped))
            start += len(part) + 1
        return cells

    # ------------------------------------------------------------------ values

    def _label_kind(self, label: str) -> str | None:
        kind = self._label_kinds.get(label, "?")
        if kind == "?":
            if len(self._label_kinds) > 10_000:
                self._label_kinds.clear()
            kind = self._label_kinds[label] = self._classify_label(label)
        return kind

    @staticmethod
    def _classify_label(label: str) -> str | None:
        words = re.split(r"[\s_.-]+", label.strip().lower())
        words = [w for w in words if w]
        if not words or len(words) > 3:
            return None
        joined = "".join(words)  # "first_name" -> "firstname"
        if words[0] in PERSON_LIST_LABELS and len(words) <= 3:
            return "LIST"
        if joined in NAME_PART_LABELS:
            return "PART"
        if words[0] in PERSON_LABELS or joined in PERSON_LABELS or words[-1] == "naam":
            return "PERSON"
        if words[0] in ADDRESS_LABELS or joined in ADDRESS_LABELS:
            return "ADDRESS"
        if joined in USER_LABELS:
            return "USER"
        return None

    def _person_list(self, text: str, start: int, end: int) -> Iterator[Slot]:
        value = text[start:end]
        for match in re.finditer(r"[^,;]+", value):
            part = match.group()
            for piece in re.finditer(r"(?:(?! en | and | & ).)+", part):
                yield from self._person(
                    text, start + match.start() + piece.start(),
                    start + match.start() + piece.end(),
                )  # fmt: skip

    def _person(
        self,
        text: str,
        start: int,
        end: int,
        *,
        allow_lower: bool = False,
        lone_unknown: bool = False,
    ) -> Iterator[Slot]:
        value = text[start:end]
        while (note := TRAILING_NOTE.search(value)) and note.start() > 0:
            value = value[: note.start()]  # "Jan <jan@x.nl>", "Marie (voorzitter)"
        value = value.rstrip(" \t,;")
        if value.endswith(".") and not INITIALS.match(value.rsplit(None, 1)[-1]):
            value = value.rstrip(".")  # a full stop, not the dot of "Kok A."
        while (title := LEADING_WORD.match(value)) and title.group(1).lower() in self.lex.titles:
            start += title.end()  # "dhr. O. Abdullahi", "Fam. Schuurman": titles are no part
            value = value[title.end() :]
        lead = len(value) - len(value.lstrip())
        start, value = start + lead, value.strip()
        if self._is_name(value, allow_lower=allow_lower, lone_unknown=lone_unknown):
            yield (start, start + len(value), "PERSON")
            return
        # "Klant: Priscilla Wijnaldum, Troelstralaan 66, 1321 GB Almere", "Naam: Jan Jansen,
        # 45 jaar": a name of two or more words, then its address, age or date after a comma
        # (a few words with a digit; not a sentence: "Medewerker: Prima, u ontvangt ...").
        head, comma, rest = value.partition(",")
        detail = rest.split(",", 1)[0].split()
        if comma and len(head.split()) >= 2 and 1 <= len(detail) <= 4:
            if not any(char.isdigit() for word in detail for char in word):
                return
            head = head.rstrip()
            if self._is_name(head, allow_lower=allow_lower, lone_unknown=lone_unknown):
                yield (start, start + len(head), "PERSON")

    def _is_name(self, value: str, *, allow_lower: bool, lone_unknown: bool) -> bool:
        """ "Ngozi Okonkwo-Bakker", "VAN DER LINDEN-OSEI, Abena", "A.B. Çelik", "esra"; a
        single word only when a lexicon knows it as a name, or under a name-part label."""
        parts = [p.strip() for p in value.split(",")]
        if not 1 <= len(parts) <= 2:
            return False
        words = [w for part in parts for w in part.split()]
        if not 1 <= len(words) <= 6 or not all(parts):
            return False
        if all(w.lower() in self.tv_words for w in words):
            return False  # "De", "van der"
        if value.islower():
            return self._lower_case_name([w.lower() for w in words])
        if len(words) == 1 and not lone_unknown and not self._known_name(words[0].lower()):
            return False  # "Aan: Griffie"
        for k, word in enumerate(words):
            lower = word.lower()
            if INITIALS.match(word):
                continue
            if not NAME_PART.match(word) or not self._name_word_parts(word):
                return False
            if lower in self.tv_words:
                continue
            if (
                word.isupper()
                and len(word) > 1
                and not any(self._known_name(part) for part in lower.split("-"))
            ):
                return False  # capitals hide the case: "JEUGDCONSULENT SANNE DE WIT"
            if not (word[:1].isupper() or (allow_lower and lower in self.lex.first_names)):
                return False
            if lower in self.non_names and not self._word_surname(words, k):
                return False
            if lower in self.lex.places and not (
                (k > 0 and words[k - 1].lower() in self.tv_words and lower in self.lex.surnames)
                or self._given_name_first(words, k)
            ):
                return False  # a place, unless a surname after a particle ("van der Linden")
                # or after a given name in a person field ("Klant: Priscilla Wijnaldum")
            if lower.endswith(DEPARTMENT_ENDINGS) and not self._known_name(lower):
                return False
        phrase = " ".join(words).lower()
        return (
            phrase not in NON_VALUES
            and phrase not in self.lex.organisations
            and phrase not in self.lex.places
        )

    def _given_name_first(self, words: list[str], k: int) -> bool:
        """The value opens with a known given name that is no ordinary word."""
        given = words[0].lower()
        return k > 0 and given in self.lex.first_names and given not in self.non_names

    def _word_surname(self, words: list[str], k: int) -> bool:
        """ "Van: Marjolein Sterk": an ordinary word is the surname after a known given name;
        never a role, title or organisation word ("Van: Team Zorg")."""
        lower = words[k].lower()
        given = words[0].lower()
        return (
            k > 0
            and words[k][:1].isupper()
            and given in self.lex.first_names
            and given not in self.non_names
            and lower not in self.lex.roles
            and lower not in self.lex.titles
            and lower not in self.lex.org_heads
        )

    def _lower_case_name(self, words: list[str]) -> bool:
        """A value typed in lower case has no capitals to go by, so every word must be known:
        "lisa bruinsma", "m. el amrani", "w. janssen", "esra" (given name, then surnames; or
        initials, then a surname)."""
        names = [w for w in words if w not in self.tv_words]
        if not names:
            return False
        first, *rest = names
        if LOWER_INITIALS.match(first):
            if not rest:
                return False
        elif first not in self.lex.first_names or first in self.non_names:
            return False
        return all(
            w in self.lex.surnames and w not in self.non_names and w not in self.lex.places
            for w in rest
        )

    def _known_name(self, lower: str) -> bool:
        return lower in self.lex.first_names or lower in self.lex.surnames

    def _name_word_parts(self, word: str) -> bool:
        """Every part of a hyphenated name is capitalised or a tussenvoegsel: "Jansen-de Wit",
        "Tjon-A-Fong"; not "Wmo-loket"."""
        return all(
            part[:1].isupper() or part.lower() in self.tv_words for part in word.split("-")[1:]
        )

    def _address(self, text: str, start: int, end: int) -> Iterator[Slot]:
        value = text[start:end].strip().rstrip(",.;")
        start += len(text[start:end]) - len(text[start:end].lstrip())
        if ADDRESS_VALUE.match(value):
            yield (start, start + len(value), "ADDRESS")
