"""The brief: a grounded template floor, and the checks a model's brief must pass to replace it."""

from summarizer import Summarizer
from summarizer.brief import brief_problems, choose_brief, is_english, sentence_count, template_brief, toll_problems, unsupported_names

ARTICLE = (
    "Shelling kills 14 in Korvane\n\n"
    "KORVANE, Dravia (Meridian News) - Artillery fire hit a bus station in the eastern town of Korvane on Tuesday, "
    "killing at least 14 civilians, according to the regional governor, Petra Valchenko.\n\n"
    "Valchenko said 38 wounded people had been taken to the town's two hospitals.\n\n"
    "Talks between the government and the Eastern Brigades, brokered by Kestovia, have been suspended since December."
)


def rules_summary(text: str = ARTICLE):
    return Summarizer(backend="rules").summarize(text, published="2024-02-06")


def test_the_rules_brief_is_the_template_built_from_the_structured_fields():
    summary = rules_summary()
    assert summary.provenance.brief_source == "template" and summary.provenance.questions == []
    sentences = summary.brief.split(". ")
    assert sentences[0].startswith("KORVANE, Dravia (Meridian News) - Artillery fire hit a bus station")
    assert "At least 14 civilians were killed" in summary.brief and "in Korvane" in summary.brief and "on Tuesday" in summary.brief
    assert "according to the regional governor" in summary.brief
    assert summary.brief.endswith("have stalled.")  # the talks' status, from the structured result
    assert brief_problems(summary.brief, ARTICLE, summary) == []  # grounded by construction, and checked like any brief


def test_a_model_brief_that_passes_every_check_is_used():
    summary = rules_summary()
    warnings: list[str] = []
    brief = "Artillery fire killed at least 14 civilians in Korvane on Tuesday, the regional governor said. Talks with the Eastern Brigades are suspended."
    assert choose_brief(brief, ARTICLE, summary, warnings) == (brief, "model") and warnings == []


def test_each_failed_check_gives_way_to_the_template_with_a_warning():
    summary = rules_summary()
    cases = {
        "Artillery fire killed at least 14 civilians in Korvane on Tuesday.": "sentence",  # one sentence
        "Artillery fire killed 15 civilians in Korvane. Talks are suspended.": "numbers the article does not",
        "Artillery fire killed at least 14 civilians in Korvane. Vladimir Putin condemned it.": "names what the article does not",
        "Les tirs d'artillerie ont tué au moins 14 civils à Korvane mardi. Les pourparlers sont suspendus depuis décembre.": "not in English",
        "Artillery fire wounded 14 civilians in Korvane. Talks are suspended.": "gives as killed",  # 14 were killed, not wounded
        "Artillery fire hit Korvane on Tuesday. The truce ended the fighting, killing 14 civilians.": "truce or talks",
        "Shelling killed at least 14 civilians in Korvane. Shelling killed at least 14 civilians in Korvane.": "repeats itself",
    }
    for brief, why in cases.items():
        warnings: list[str] = []
        chosen, source = choose_brief(brief, ARTICLE, summary, warnings)
        assert source == "template" and chosen == template_brief(summary, ARTICLE), brief
        assert len(warnings) == 1 and why in warnings[0], (brief, warnings)


def test_toll_checks_read_clauses():
    summary = rules_summary()
    # "as" starts another clause: the shelling kills, not the talks.
    assert toll_problems("The talks collapsed as shelling killed at least 14 civilians. Nothing else.", summary) == []
    assert toll_problems("A peace agreement ended the fighting killing 14 people.", summary)


def test_names_and_language_helpers():
    assert unsupported_names("Petra Valchenko's office spoke for Kestovia. Korvane was hit.", ARTICLE) == []
    assert unsupported_names("Antonio Guterres spoke in Geneva.", ARTICLE) == ["Antonio Guterres", "Geneva"]
    assert is_english("Talks in Lisbon were suspended on Tuesday.") and not is_english("Las conversaciones se suspendieron el martes.")
    assert sentence_count("One. Two! Three?") == 3


def test_an_article_without_figures_or_talks_still_gets_two_sentences():
    text = "Rebels seize a hill town\n\nRebel fighters took the hill town of Arvo on Sunday after a day of fighting. The army said it had pulled back to the valley to regroup its units."
    summary = rules_summary(text)
    assert sentence_count(summary.brief) == 2 and summary.brief.startswith("Rebel fighters took the hill town of Arvo")


def test_the_template_names_the_dead_with_the_articles_own_noun():
    # "people" counts as civilians in the figure's group, but the brief must not say "civilians"
    # where the article never does: a reader checking the brief against the text would not find it.
    article = (
        "Barrel bombs hit Varosh\n\n"
        "Activists said government airstrikes killed about 90 people in the northern city of Varosh on Monday, "
        "the heaviest toll in weeks."
    )
    summary = rules_summary(article)
    assert summary.casualties[0].group.value == "civilians"
    assert "About 90 people were killed" in summary.brief and "civilian" not in summary.brief
    assert summary.brief.endswith("according to activists.")  # the headline's last word is not part of the source
    assert "At least 14 civilians were killed" in rules_summary().brief  # the article's own word is kept


def test_a_source_is_given_only_to_the_figures_it_reports():
    text = (
        "Rockets hit Orva market\n\n"
        "ORVA, Dravia (Meridian News) - Rockets hit the main market in the northern town of Orva on Monday, killing at least nine civilians.\n\n"
        "Hospital officials said about 60 people had been wounded, many of them traders.\n\n"
        "The army blamed the rebels, who did not comment."
    )
    summary = rules_summary(text)
    assert [c.reported_by.text if c.reported_by else None for c in summary.casualties] == [None, "Hospital officials"]
    toll = summary.brief.split(". ")[1]
    assert toll.startswith("At least nine civilians were killed") and "according to" not in toll
    assert "hospital officials said about 60 people were wounded" in toll
    assert brief_problems(summary.brief, text, summary) == []


def test_a_second_figure_and_its_source_read_as_mid_sentence_words():
    text = (
        "Drones hit Orva\n\n"
        "ORVA, Dravia (Meridian News) - Twelve people were killed when drones struck a village near Orva on Friday, residents said.\n\n"
        "Dozens of people were wounded, a local rescue group said."
    )
    toll = rules_summary(text).brief.split(". ")[1]
    assert "; the local rescue group said dozens of people were wounded" in toll or "; the rescue group said dozens of people were wounded" in toll, toll
