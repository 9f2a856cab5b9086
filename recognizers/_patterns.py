"""Small regex helpers shared by the number recognizers (BSN, phone).

Kept deliberately tiny: digit-run lookarounds and the "reference label" check that tells a
BSN-shaped or phone-shaped number apart from an invoice, case or order number.
"""

from __future__ import annotations

import re

# A number must not be a slice of a longer run of digits, also not one written with single
# separators ("06 12345678", "NL91 ABNA 0417 1643 00", "20240312"). Fixed-width lookbehinds, so
# these work with both `re` and `regex`.
NOT_AFTER_DIGIT_RUN = r"(?<![\w+])(?<!\d[ .\-/])"
NOT_BEFORE_DIGIT_RUN = r"(?!\w)(?![ .\-/,]\d)"

# Labels of administrative reference numbers (and currency signs). When one of these directly
# precedes a number, the number is (almost always) that reference or amount, even if its shape
# fits a BSN or phone number.
_REFERENCE_LABEL = re.compile(
    r"""
    (?:
        \b(?:factuur|zaak|order|klant|dossier|polis|bestel|artikel|referentie|registratie
          |relatie|debiteur|crediteur|contract|aanvraag|transactie|kvk|btw|invoice|case
          |customer|reference|ticket|batch)
        [\s-]?(?:nummer|nr|no|number|id)?
      | \b(?:kenmerk|ref|inschrijvingsnummer|eur|euro)
      | [€$£]
    )
    \.?\s*[:#]?\s*$
    """,
    re.IGNORECASE | re.VERBOSE,
)
_LOOKBEHIND_CHARS = 40


def follows_reference_label(text: str, start: int) -> bool:
    """True if the text right before ``start`` ends with a reference label such as
    "factuurnummer:", "zaaknr." or "ons kenmerk", or with a currency sign."""
    return _REFERENCE_LABEL.search(text[max(0, start - _LOOKBEHIND_CHARS) : start]) is not None
