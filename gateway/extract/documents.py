"""Text from uploaded documents (docx, pdf), for screening only: it cannot be rewritten."""

from __future__ import annotations

import io

from gateway.extract.segments import UnparseableBodyError

DOCX_TYPES = frozenset({"application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
PDF_TYPES = frozenset({"application/pdf"})


def document_kind(content_type: str, filename: str | None) -> str | None:
    name = (filename or "").lower()
    if content_type in DOCX_TYPES or name.endswith(".docx"):
        return "docx"
    if content_type in PDF_TYPES or name.endswith(".pdf"):
        return "pdf"
    return None


def document_text(kind: str, data: bytes) -> str:
    try:
        if kind == "docx":
            import docx

            document = docx.Document(io.BytesIO(data))
            parts = [paragraph.text for paragraph in document.paragraphs]
            for table in document.tables:
                parts.extend(cell.text for row in table.rows for cell in row.cells)
            return "\n".join(parts)
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except Exception as error:  # any parser failure means: cannot screen -> fail closed
        raise UnparseableBodyError(f"document ({kind}) niet leesbaar") from error
