"""Bad input gets a clear error; HTML and site furniture are cleaned away."""

import pytest

from summarizer.errors import InputError
from summarizer.load import article_from_bytes, clean_text, read_article


def test_missing_empty_binary_and_folder(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nope.txt")
    (tmp_path / "empty.txt").write_text("  \n")
    with pytest.raises(InputError, match="is empty"):
        read_article(tmp_path / "empty.txt")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02binary" * 10)
    with pytest.raises(InputError, match="binary"):
        read_article(tmp_path / "blob.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_article(tmp_path)


def test_legacy_encoding_is_decoded():
    text = "Le cessez-le-feu a été prolongé de trois jours à Homs, a déclaré le gouverneur. « Nous continuerons », a-t-il dit."
    assert article_from_bytes(text.encode("cp1252"), "fr.txt").startswith("Le cessez-le-feu a été")


def test_only_boilerplate_is_an_error():
    with pytest.raises(InputError, match="no article text left"):
        clean_text("Are you already a subscriber?\nClick to log in!\n")


def test_paywall_furniture_is_removed(fixture_text):
    text = fixture_text("truce-talks.txt")
    assert "Share this article" not in text and "newsletter" not in text
    assert text.endswith("according to the Red Cross.")


def test_html_goes_through_trafilatura(fixture_text):
    text = fixture_text("article.html")
    assert "aid convoy reached the besieged town of Merin" in text
    assert "cookies" not in text and "Log in" not in text and "All rights reserved" not in text
