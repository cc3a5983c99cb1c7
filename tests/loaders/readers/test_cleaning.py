"""Text repair: mojibake, PDF artefacts, boilerplate lines, hard-wrapped paragraphs."""

from loaders.readers.cleaning import clean_text


def test_utf8_read_as_cp1252_is_repaired():
    clean = "The council’s café and the ‘alliance’ – agreed"
    garbled = clean.encode("utf-8").decode("cp1252")
    assert "â€™" in garbled and "Ã©" in garbled
    assert clean_text(garbled) == clean


def test_stray_tilde_before_a_quoted_word_becomes_an_opening_quote():
    assert clean_text("bring money and '\u02dcclout' to the county") == (
        "bring money and ‘clout' to the county"
    )


def test_curly_quotes_and_dashes_are_kept():
    assert clean_text("“Yes” – it’s agreed") == "“Yes” – it’s agreed"


def test_ligatures_private_use_bullets_and_odd_spaces():
    text = "\uf0b7 Con\ufb01rm the \ufb02ood plan\n\uf0a7\tSecond\u00a0item\u200b"
    assert clean_text(text) == "• Confirm the flood plan\n• Second item"


def test_line_break_hyphen_is_undone_unless_the_word_is_hyphenated_elsewhere():
    text = (
        "The shared services programme covers ICT and the manage-\n"
        "ment of the waste contracts for all of the non-\n"
        "structural reform and the joint-\n"
        "working plan, as the joint-working report says."
    )
    assert clean_text(text) == (
        "The shared services programme covers ICT and the management of the waste contracts "
        "for all of the non-structural reform and the joint-working plan, as the joint-working "
        "report says."
    )


def test_hard_wrapped_paragraphs_are_joined_but_headings_and_items_are_not():
    text = (
        "2. Recommendations\n"
        "\n"
        "2.1 The Executive is asked to note the progress made by the councils on\n"
        "Shared Services and the plan to extend the arrangement to the county in the\n"
        "next financial year.\n"
        "• Approve the business case\n"
        "• Note the savings\n"
    )
    assert clean_text(text).split("\n") == [
        "2. Recommendations",
        "",
        "2.1 The Executive is asked to note the progress made by the councils on Shared "
        "Services and the plan to extend the arrangement to the county in the next financial "
        "year.",
        "• Approve the business case",
        "• Note the savings",
    ]


def test_short_unpunctuated_lines_in_unwrapped_text_stay_apart():
    text = (
        "Councils agree alliance\n"
        "The two councils agreed a strategic alliance on Monday after a long debate in "
        "the chamber that ran late into the evening and beyond.\n"
        "Jane Smith\n"
    )
    assert clean_text(text).split("\n")[0] == "Councils agree alliance"
    assert clean_text(text).split("\n")[2] == "Jane Smith"


def test_boilerplate_lines_are_dropped_but_sentences_mentioning_them_are_not():
    text = "Hide Ad\nThe council will share services.\nShare this news story\nAccept all cookies\n"
    text += "The advert for the post of chief executive closed."
    assert clean_text(text) == (
        "The council will share services.\nThe advert for the post of chief executive closed."
    )


def test_windows_line_endings_and_blank_runs():
    assert clean_text("One.\r\n\r\n\r\n\r\nTwo.\rThree.") == "One.\n\nTwo.\nThree."


def test_sentence_broken_by_a_blank_line_is_joined_but_paragraphs_are_not():
    text = (
        "A housing plan across the county based on modelling of future\n\n"
        "population demand.\n\nthe lower-case paragraph after a full stop stays apart"
    )
    assert clean_text(text) == (
        "A housing plan across the county based on modelling of future population demand.\n\n"
        "the lower-case paragraph after a full stop stays apart"
    )
