"""Council recognition on short texts written for these tests: names, short forms, type words,
lists, abbreviations, places that are not councils, former councils, the publisher."""

from __future__ import annotations


def councils(extraction, short) -> set[str]:
    return set(short(extraction.councils()))


def test_official_names_short_forms_and_type_word_variants(extract, short):
    text = (
        "Gravesham Council and High Peak Borough Council met on Monday. "
        "Later, East Lindsey said it would reply. Barnsley MBC and Bassetlaw DC agreed."
    )
    found = councils(extract(text), short)
    assert found == {"Gravesham", "High Peak", "East Lindsey", "Barnsley", "Bassetlaw"}


def test_short_forms_that_need_a_council_word(extract, short):
    text = "Richmond Council and Barrow Borough Council signed. Richmond is a market town."
    assert councils(extract(text), short) == {"Richmond upon Thames", "Barrow-in-Furness"}


def test_a_compass_word_makes_another_name(extract, short):
    assert councils(extract("West Norfolk Council and West Yorkshire police met."), short) == set()


def test_longest_name_wins(extract, short):
    found = councils(
        extract("Derbyshire Dales District Council and Derby City Council met."), short
    )
    assert found == {"Derbyshire Dales", "Derby"}


def test_lists_share_the_type_words_that_end_them(extract, short):
    text = (
        "Staffordshire and Worcester County Councils will work with Boston Borough and "
        "East Lindsey District Councils."
    )
    found = councils(extract(text), short)
    # "Worcester County Council" can only mean Worcestershire: Worcester is a city council
    assert found == {"Staffordshire", "Worcestershire", "Boston", "East Lindsey"}


def test_places_are_not_councils(extract, short):
    text = (
        "The scheme will bring jobs to people in Derbyshire. Derbyshire councils welcomed it, "
        "and the Vision Derbyshire plan promises more for Derbyshire's communities. "
        "Two Lincolnshire councils agreed, and the Derbyshire Times reported it."
    )
    assert councils(extract(text), short) == set()


def test_a_place_named_as_an_actor_is_the_council(extract, short):
    assert councils(extract("Derbyshire said it would not take part."), short) == {"Derbyshire"}


def test_an_indefinite_description_names_no_council(extract, short):
    text = "South Holland District Council will part ways with a Norfolk district council."
    assert councils(extract(text), short) == {"South Holland"}


def test_things_named_after_a_place_and_verbs_are_not_councils(extract, short):
    text = "Reading the report, members noted that Derby station and Luton airport are busy."
    assert councils(extract(text), short) == set()


def test_a_persons_surname_is_not_a_council(extract, short):
    text = "Mr Stafford, a resident, spoke at the meeting. Stafford said the road was dangerous."
    assert councils(extract(text), short) == set()


def test_combined_authorities_need_their_title(extract, short):
    text = "Councils across the West Midlands watched the West Midlands Combined Authority closely."
    assert councils(extract(text), short) == {"West Midlands"}  # the authority's short name


def test_defined_abbreviations_and_initialisms_of_named_councils(extract):
    text = (
        "Cheshire East Council (CEC) and North East Derbyshire District Council signed. "
        "CEC will host the team; NEDDC will pay half."
    )
    extraction = extract(text)
    rules = {(m.surface, m.rule) for m in extraction.mentions}
    assert ("CEC", "abbreviation") in rules
    assert ("NEDDC", "initialism") in rules


def test_an_initialism_needs_its_council_named(extract):
    assert extract("NEDDC will pay half of the cost.").mentions == ()


def test_former_names_name_todays_council(extract, short):
    found = councils(extract("Shepway District Council approved the plan."), short)
    assert found == {"Folkestone and Hythe"}


def test_a_name_two_councils_had_is_read_at_the_documents_date(extract, register):
    text = "North Yorkshire and Craven councils signed the agreement."
    before = extract(text, url="https://example.org/a", date="2015-01-01").councils()
    after = extract(text, url="https://example.org/a", date="2024-01-01").councils()
    assert [register.councils[c].type for c in before] == ["county", "non_metropolitan_district"]
    assert register.councils[after[0]].type == "unitary"  # North Yorkshire Council, since 2023


def test_a_councils_web_host_makes_it_the_publisher_and_the_council(extract, short):
    text = "Minutes\n\nRESOLVED that the Council joins the network.\n"
    extraction = extract(text, url="https://democracy.gloucester.gov.uk/ieIssueDetails.aspx?IId=1")
    assert short([extraction.document.publisher]) == ["Gloucester"]
    assert [m.rule for m in extraction.mentions] == ["publisher_reference"]


def test_a_news_site_publishes_for_no_council(extract):
    text = "Gloucester City Council agreed the plan."
    extraction = extract(text, url="https://www.example-news.co.uk/story/1")
    assert extraction.document.publisher is None


def test_the_heading_of_minutes_names_the_publisher_at_any_address(extract, short):
    text = (
        "GRAVESHAM BOROUGH COUNCIL\n\nPLANNING COMMITTEE\n\n"
        "Present: Councillor A Jones. High Peak Borough Council sent apologies.\n"
    )
    extraction = extract(text, url="https://archive.example.org/papers/1.pdf")
    assert short([extraction.document.publisher]) == ["Gravesham"]


def test_an_opening_minutes_of_line_names_the_publisher(extract, short):
    text = (
        "Minutes of the meeting of the Cabinet of High Peak Borough Council held on 2 May\n\n"
        "Gravesham Council was thanked.\n"
    )
    extraction = extract(text, url="https://archive.example.org/papers/2.pdf")
    assert short([extraction.document.publisher]) == ["High Peak"]


def test_a_press_headline_naming_a_council_is_not_a_heading(extract):
    text = "Gravesham Borough Council agrees to share its planning team\n\nThe council said.\n"
    extraction = extract(text, url="https://www.example-news.co.uk/story/2")
    assert extraction.document.publisher is None


def test_minutes_without_a_url_are_the_councils_that_keeps_partners_apart(extract, short):
    text = (
        "Report to the Executive\n\nRecommendations\n\n"
        "1. The Council's strategic alliance with Adur District Council continues.\n"
        "2. Worthing Borough Council officers will report to Worthing Borough Council members.\n"
    )
    assert short([extract(text).document.publisher]) == ["Worthing"]


def test_the_city_council_is_the_city_council_named_before(extract, short):
    text = "Leicester City Council and Rutland County Council met. The city council will host."
    extraction = extract(text)
    described = [m for m in extraction.mentions if m.rule == "description"]
    assert short(m.council for m in described) == ["Leicester"]
