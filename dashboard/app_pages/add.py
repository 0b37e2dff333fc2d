"""Add articles: upload a file or paste text, confirm its metadata, and extract it into the timeline."""

from __future__ import annotations

from datetime import date

import streamlit as st

from dashboard import upload
from dashboard.data import db_path
from extract import store
from extract.pipeline import add_articles
from extract.records import Article

PENDING = "add_pending"  # (safe name, bytes) waiting for the metadata form


def _pending_from_inputs() -> tuple[str, bytes] | None:
    """The upload or pasted text to add, or None; refused input shows an error."""
    tab_file, tab_paste = st.tabs(["Upload a file", "Paste text"])
    with tab_file:
        file = st.file_uploader(
            f"A .txt, .html or .json article (up to {upload.MAX_BYTES // 1_048_576} MB)",
            type=[s.lstrip(".") for s in upload.SUFFIXES], key="add_file",
            max_upload_size=upload.MAX_BYTES // 1_048_576,
        )  # fmt: skip
    with tab_paste:
        st.text_area("Article text", key="add_paste", height=220, placeholder="Paste the article here")
        if st.button("Use this text", key="add_use_paste"):
            try:
                text = str(st.session_state.get("add_paste", ""))
                st.session_state[PENDING] = (upload.pasted_name(text), upload.pasted_bytes(text))
            except upload.UploadError as exc:
                st.error(f"Not added: {exc}")
    if file is not None:
        try:
            return upload.upload_name(file.name, file.size), file.getvalue()
        except upload.UploadError as exc:
            st.error(f"Not added: {exc}")
            return None
    return st.session_state.get(PENDING)


def _existing_ids() -> set[str]:
    conn = store.connect(db_path())
    try:
        return {r["id"] for r in store.rows(conn, "SELECT id FROM articles")}
    finally:
        conn.close()


def _counts(article_id: str) -> tuple[int, int]:
    conn = store.connect(db_path())
    try:
        events = conn.execute("SELECT COUNT(*) FROM events WHERE article_id = ?", (article_id,)).fetchone()[0]
        said = conn.execute("SELECT COUNT(*) FROM statements WHERE article_id = ?", (article_id,)).fetchone()[
            0
        ]
    finally:
        conn.close()
    return int(events), int(said)


def _extract(article: Article) -> None:
    bar = st.progress(0.0, text="Extracting dates, events and statements…")
    try:
        errors = add_articles(
            db_path(), [article], progress=lambda f: bar.progress(min(max(float(f), 0.0), 1.0))
        )
    except Exception as exc:  # the extractor's failure must leave the page (and the data) usable
        bar.empty()
        st.error(f"Extraction failed, nothing was added: {type(exc).__name__}: {exc}")
        return
    bar.progress(1.0, text="Done")
    for message in errors:
        st.warning(message)
    events, said = _counts(article.id)
    st.session_state.pop(PENDING, None)
    st.success(
        f"Added “{article.title or article.id}” ({article.outlet or 'unknown outlet'}): "
        f"{events} events and {said} statements. Open the timeline to see them."
    )


def _metadata_form(name: str, data: bytes) -> None:
    try:
        preview = upload.read_article(name, data)
    except upload.UploadError as exc:
        st.error(f"Not added: {exc}")
        return
    st.subheader(f"Article “{preview.id}”")
    st.text(preview.text[:600] + ("…" if len(preview.text) > 600 else ""))
    if preview.id in _existing_ids():
        st.warning(f"An article with id “{preview.id}” is already in the timeline; adding replaces it.")
    with st.form("add_form"):
        title = st.text_input("Title", value=preview.title or "")
        outlet = st.text_input("Outlet", value=preview.outlet or "")
        url = st.text_input("Web address (optional)", value=preview.url or "")
        known = st.checkbox("The publication date is known", value=preview.published is not None)
        published = st.date_input(
            "Published", value=preview.published or date(2020, 1, 1), format="YYYY-MM-DD"
        )
        st.caption("Relative dates in the text (“last week”) are resolved against the publication date.")
        if not st.form_submit_button("Extract and add", key="add_submit", type="primary"):
            return
    try:
        article = upload.read_article(
            name, data, title=title, outlet=outlet, url=url, published=published if known else None
        )
    except upload.UploadError as exc:
        st.error(f"Not added: {exc}")
        return
    _extract(article)


st.title("Add articles")
st.caption(
    "Add a news article to the timeline. Dateline reports what the article says and who said it; "
    "check the title, outlet and publication date before extracting."
)
pending = _pending_from_inputs()
if pending is not None:
    _metadata_form(*pending)
