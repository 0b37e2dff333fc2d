from extract.settings import DEFAULT, SETTINGS, documented_names, field_names


def test_settings_every_field_is_documented():
    assert field_names() == documented_names()


def test_settings_documented_defaults_match_the_dataclass():
    for setting in SETTINGS:
        assert getattr(DEFAULT, setting.name) == setting.default, setting.name
        assert setting.help.endswith("."), setting.name
