"""Sentence spans over cleaned text."""

from loaders.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    spans = split_sentences(text)
    assert all(text[start:end] == text[start:end].strip() for start, end in spans)
    return [text[start:end] for start, end in spans]


def test_stops_split_and_abbreviations_do_not():
    text = (
        "Moved by Cllr. E. Watts, seconded by Councillor A.F. Tomlinson. Mr. Smith and "
        "Dr. Patel agreed (e.g. on ICT). It saves £1.5m a year. Is it agreed? Yes!"
    )
    assert _sentences(text) == [
        "Moved by Cllr. E. Watts, seconded by Councillor A.F. Tomlinson.",
        "Mr. Smith and Dr. Patel agreed (e.g. on ICT).",
        "It saves £1.5m a year.",
        "Is it agreed?",
        "Yes!",
    ]


def test_numbered_items_headings_and_list_items_are_their_own_sentences():
    text = "867. STRATEGIC ALLIANCE\n\n2.1 The Executive is asked to note it.\n• Approve the case"
    assert _sentences(text) == [
        "867. STRATEGIC ALLIANCE",
        "2.1 The Executive is asked to note it.",
        "• Approve the case",
    ]


def test_item_number_mid_sentence_and_numbers_ending_sentences():
    text = "See No. 5 in the list. The alliance began in 2011. 20 councils joined."
    assert _sentences(text) == [
        "See No. 5 in the list.",
        "The alliance began in 2011.",
        "20 councils joined.",
    ]


def test_quotes_close_sentences_and_lowercase_continues_them():
    text = 'He said: "We agree." The plan, approx. three pages, was noted. ‘Good’ news.'
    assert _sentences(text) == [
        'He said: "We agree."',
        "The plan, approx. three pages, was noted.",
        "‘Good’ news.",
    ]


def test_caption_glued_to_next_sentence_is_split():
    assert _sentences("Leader of Northshire County Council.Councillor Ann Lee spoke.") == [
        "Leader of Northshire County Council.",
        "Councillor Ann Lee spoke.",
    ]


def test_spans_are_offsets_into_the_text():
    text = "  First one.   Second one.\n\n  Third  "
    assert split_sentences(text) == [(2, 12), (15, 26), (30, 35)]


def test_empty_text_has_no_sentences():
    assert split_sentences("") == [] and split_sentences(" \n \n") == []
