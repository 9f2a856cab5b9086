"""What a staff member sees when the gateway intervenes: Dutch messages, the HTML block page,
provider-shaped API errors, the signals for the in-page notice script. Pure functions of a
NoticeContext (types and counts, never values) and the branding from config/notices.yaml."""

from gateway.notices.api_errors import render_api_error
from gateway.notices.block_page import render_block_page
from gateway.notices.context import ApiFormat, NoticeContext, NoticeDecision, NoticeKind
from gateway.notices.signals import notice_headers, websocket_notice_message
from gateway.notices.wording import staff_message

__all__ = [
    "ApiFormat",
    "NoticeContext",
    "NoticeDecision",
    "NoticeKind",
    "notice_headers",
    "render_api_error",
    "render_block_page",
    "staff_message",
    "websocket_notice_message",
]
