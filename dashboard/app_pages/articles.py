"""Articles: one article at a time, with its dated expressions and statements highlighted."""

from __future__ import annotations

import streamlit as st

from dashboard.articles import article_spans, article_summary, expression_spans
from dashboard.data import db_path, load_frames
from dashboard.safe import HIGHLIGHT_CSS, escape, highlight_html, legend_html, link_html

# The tagger over a long article takes a while: once per text, not on every rerun.
dates_of = st.cache_data(max_entries=32, show_spinner=False)(expression_spans)
frames = load_frames(db_path())
st.title("Articles")
articles = frames.articles
if articles.empty:
    st.info("No articles yet. Add some on the 'Add articles' page.")
    st.stop()
labels = dict(zip(articles["id"].astype(str), articles["display_title"].astype(str), strict=True))
wanted = st.query_params.get("article")
ids = list(labels)
chosen = st.selectbox(
    "Article", ids, index=ids.index(wanted) if wanted in ids else 0, format_func=labels.get, key="art_pick"
)
if st.query_params.get("article") != chosen:
    st.query_params["article"] = chosen
row = articles[articles["id"] == chosen].iloc[0]
summary = article_summary(frames, chosen)
st.markdown(f"### {escape(labels[chosen])}")
st.markdown(
    f"**{escape(row['outlet'])}** · published {escape(summary['published'])} · "
    f"{link_html(row.get('url'), 'source link') if isinstance(row.get('url'), str) else 'no link'}",
    unsafe_allow_html=True,
)
st.caption(
    f"{summary['events']} dated events and {summary['statements']} statements found. "
    "Highlights: dates in orange, statements in blue, speakers in pink."
)
st.markdown(HIGHLIGHT_CSS + legend_html(), unsafe_allow_html=True)
html = highlight_html(str(row.get("text") or ""), article_spans(frames, chosen, dates_of))
st.markdown(f'<div class="dl-article" data-testid="dl-article-text">{html}</div>', unsafe_allow_html=True)
