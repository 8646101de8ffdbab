"""HTML we cannot show is kept as readable text, never dropped: a link becomes its text
and its address (never fetched), a table a line per row, media its address, and the words
of bold or underlined answers stay."""

from __future__ import annotations

from civicquiz.core.html_clean import clean_html, html_to_text
from civicquiz.formats.registry import import_text

XML = """<quiz><question type="multichoice"><name><text>n</text></name>
<questiontext format="html"><text><![CDATA[<p>Listen to <a href="https://example.kz/clip.mp3">the clip</a>
<audio controls src="https://example.kz/clip.ogg"></audio></p>]]></text></questiontext>
<generalfeedback format="html"><text><![CDATA[<table><tr><th>Body</th><th>Seats</th></tr>
<tr><td>Kurultai</td><td>145</td></tr></table>]]></text></generalfeedback>
<single>true</single>
<answer fraction="100" format="html"><text><![CDATA[<u>One</u> <b>chamber</b>]]></text>
<feedback format="html"><text><![CDATA[See <a href="https://example.kz/art/50">Article 50</a>]]></text></feedback></answer>
<answer fraction="0" format="html"><text><![CDATA[<strong>Two</strong> chambers]]></text></answer>
</question></quiz>"""


def test_links_tables_media_and_marked_up_answers_survive_an_import() -> None:
    (question,) = import_text(XML, source="b.xml", format_name="moodle-xml").bank.questions
    assert "the clip (https://example.kz/clip.mp3)" in question.stem
    assert "[audio: https://example.kz/clip.ogg]" in question.stem
    assert "href" not in question.stem and "<audio" not in question.stem  # nothing to fetch
    assert question.explanation == "Body | Seats\nKurultai | 145"
    assert [o.text for o in question.options] == ["One chamber", "Two chambers"]
    assert question.options[0].feedback == "See Article 50 (https://example.kz/art/50)"


def test_script_links_and_embedded_data_are_not_shown_as_addresses() -> None:
    assert html_to_text('<a href="javascript:alert(1)">x</a>') == "x"
    assert clean_html('<a href="#top">up</a>') == "up"
    assert html_to_text('<img alt="a map">') == "[a map]"


def test_gift_html_answers_keep_their_words_and_links() -> None:
    text = "[html]Which?{=<b>One</b> chamber#see <a href\\='https://x.kz'>here</a> ~<u>Two</u>}"
    (question,) = import_text(text, source="t.gift", format_name="gift").bank.questions
    assert [o.text for o in question.options] == ["One chamber", "Two"]
    assert question.options[0].feedback == "see here (https://x.kz)"
