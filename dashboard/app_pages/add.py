"""Add articles page."""

import streamlit as st

st.title("Add articles")
