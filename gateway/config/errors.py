"""Located configuration errors: file, key path, what is wrong."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError


@dataclass(frozen=True, slots=True)
class ConfigProblem:
    file: str
    location: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.location}" if self.location else self.file
        return f"{where}: {self.message}"


class ConfigError(Exception):
    """Raised when one or more config files are invalid. Never half-applies a config."""

    def __init__(self, problems: list[ConfigProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))


_DUTCH_MESSAGES = {
    "missing": "verplicht veld ontbreekt",
    "extra_forbidden": "onbekende sleutel (tikfout?)",
    "literal_error": "ongeldige waarde",
    "enum": "ongeldige waarde",
    "string_type": "moet tekst zijn",
    "int_parsing": "moet een geheel getal zijn",
    "float_parsing": "moet een getal zijn",
    "bool_parsing": "moet true of false zijn",
    "list_type": "moet een lijst zijn",
    "dict_type": "moet een mapping (sleutel: waarde) zijn",
    "model_type": "moet een mapping (sleutel: waarde) zijn",
}


def problems_from_validation(file: Path | str, error: ValidationError) -> list[ConfigProblem]:
    """Turn a pydantic error into located problems with a Dutch explanation plus pydantic's own."""
    problems = []
    for item in error.errors(include_url=False):
        location = ".".join(str(part) for part in item["loc"])
        dutch = _DUTCH_MESSAGES.get(item["type"])
        if item["type"] == "value_error":
            # Our own validators already speak Dutch; drop pydantic's "Value error, " prefix.
            message = str(item["msg"]).removeprefix("Value error, ")
        else:
            message = f"{dutch} ({item['msg']})" if dutch else str(item["msg"])
        problems.append(ConfigProblem(str(file), location, message))
    return problems
