from __future__ import annotations

import pytest

from gateway.notices.csp import add_nonce_to_policy, new_nonce

N = "abc123"
NONCE = f"'nonce-{N}'"


@pytest.mark.parametrize(
    ("policy", "expected"),
    [
        # No script/style restriction at all: unchanged.
        ("img-src 'self'; frame-ancestors 'none'", "img-src 'self'; frame-ancestors 'none'"),
        # Only default-src: explicit script-src/style-src copies of it plus the nonce.
        (
            "default-src 'self' https://cdn.example",
            "default-src 'self' https://cdn.example; "
            f"script-src 'self' https://cdn.example {NONCE}; "
            f"style-src 'self' https://cdn.example {NONCE}",
        ),
        # Site uses nonces and strict-dynamic: our nonce joins theirs.
        (
            "script-src 'nonce-site' 'strict-dynamic'; object-src 'none'; base-uri 'none'",
            f"script-src 'nonce-site' 'strict-dynamic' {NONCE}; object-src 'none'; base-uri 'none'",
        ),
        # Hashes: nonce added (hashes keep working).
        (
            "script-src 'sha256-AAAA' 'self'",
            f"script-src 'sha256-AAAA' 'self' {NONCE}",
        ),
        # 'unsafe-inline' alone already allows us; a nonce would switch it off for the site.
        (
            "script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'",
            "script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'",
        ),
        # 'none' is only valid alone; it is replaced by the nonce.
        (
            "default-src 'none'",
            f"default-src 'none'; script-src {NONCE}; style-src {NONCE}",
        ),
        # script-src-elem governs <script> elements; script-src keeps 'unsafe-inline' for the
        # site's inline event handlers and so is left alone.
        (
            "script-src 'self' 'unsafe-inline'; script-src-elem 'self'; style-src 'self'",
            f"script-src 'self' 'unsafe-inline'; script-src-elem 'self' {NONCE}; "
            f"style-src 'self' {NONCE}",
        ),
        # Case-insensitive directive names; repeated directive: only the first counts.
        (
            "Script-Src 'self'; script-src *",
            f"Script-Src 'self' {NONCE}; script-src *",
        ),
    ],
)
def test_single_policy(policy: str, expected: str) -> None:
    assert add_nonce_to_policy(policy, N) == expected


def test_multiple_policies_in_one_header_are_each_adjusted() -> None:
    policy = "script-src 'self', default-src https:; report-uri /csp"
    assert add_nonce_to_policy(policy, N) == (
        f"script-src 'self' {NONCE}, default-src https:; report-uri /csp; "
        f"script-src https: {NONCE}; style-src https: {NONCE}"
    )


def test_everything_else_is_kept() -> None:
    policy = (
        "default-src 'self'; script-src 'nonce-x' 'strict-dynamic' https:; "
        "connect-src 'self' wss://chat.example; require-trusted-types-for 'script'; "
        "upgrade-insecure-requests; report-to csp-endpoint"
    )
    result = add_nonce_to_policy(policy, N)
    for part in (
        "default-src 'self'",
        "connect-src 'self' wss://chat.example",
        "require-trusted-types-for 'script'",
        "upgrade-insecure-requests",
        "report-to csp-endpoint",
        f"script-src 'nonce-x' 'strict-dynamic' https: {NONCE}",
        f"style-src 'self' {NONCE}",
    ):
        assert part in result


def test_nonces_are_fresh_and_base64url() -> None:
    nonces = {new_nonce() for _ in range(50)}
    assert len(nonces) == 50
    assert all(len(n) >= 22 and n.replace("-", "").replace("_", "").isalnum() for n in nonces)
