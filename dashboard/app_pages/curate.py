"""Curate page."""

import streamlit as st

st.title("Curate")
