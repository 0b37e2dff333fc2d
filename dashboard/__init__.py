"""Dateline's Streamlit dashboard: pages under ``app_pages/``, logic in plain modules."""
