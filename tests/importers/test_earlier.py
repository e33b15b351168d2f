"""Importing again: a slide whose headline was corrected keeps the id, so the page, of the
file it replaces, when its dates say which one it is."""

from __future__ import annotations

from generator.importers.earlier import Earlier
from tests.importers.test_convert import run, slide


def test_a_corrected_headline_keeps_the_id_of_the_file_it_replaces() -> None:
    # Importing again after fixing a typo in a headline: the event's page, and every link
    # to it, stay where they were. The title follows the new headline.
    earlier = (
        Earlier("2010-08-05-mine-collapses", "2010-08-05"),
        Earlier("2010-08-22-note-found", "2010-08-22"),
        Earlier("2010-09-01-rescue", "2010-09-01", "2010-10-13"),
    )
    story, reports = run(
        slide("2010", "Mine collapses", start_date={"year": "2010", "month": "8", "day": "5"}),
        slide(
            "2010",
            "Note is found",
            "<p>Back to <a href='#Start'>the start</a>.</p>",
            start_date={"year": "2010", "month": "8", "day": "22"},
            unique_id="Note_2",
            background={"color": "#000"},
        ),
        slide(
            "2010",
            "Rescue starts",  # its end date is not the file's: another event
            start_date={"year": "2010", "month": "9", "day": "1"},
            end_date={"year": "2010", "month": "10", "day": "14"},
        ),
        slide("2010", "Start", "<p>See <a href='#Note_2'>the note</a>.</p>", unique_id="Start"),
        earlier=earlier,
    )
    ids = [e.id for e in story.events]
    assert ids == [
        "2010-08-05-mine-collapses",
        "2010-08-22-note-found",
        "2010-09-01-rescue-starts",
        "2010-start",
    ]
    assert story.events[1].title == "Note is found"
    assert story.readdressed == (("2010-08-22-note-found", "2010-08-22-note-is-found"),)
    # What names the event names the file it is written to, and links to its slide lead there.
    assert story.events[3].summary == "See [the note](events/2010-08-22-note-found.yaml)."
    assert story.events[1].summary == "Back to [the start](events/2010-start.yaml)."
    assert any(r.endswith("imported as '2010-08-22-note-found'") for r in reports), reports
    assert any(
        r.startswith("t.json:/events/1 (events/2010-08-22-note-found.yaml): left out") for r in reports
    )


def test_which_corrected_headline_is_which_is_not_guessed() -> None:
    # Two headlines corrected on one day: either file could be either event's.
    day = {"year": "2010", "month": "8", "day": "22"}
    earlier = (Earlier("2010-08-22-note-found", "2010-08-22"), Earlier("2010-08-22-drill-hits", "2010-08-22"))
    story, _ = run(
        slide("2010", "Note is found", start_date=day),
        slide("2010", "Drill reaches them", start_date=day),
        earlier=earlier,
    )
    assert [e.id for e in story.events] == ["2010-08-22-note-is-found", "2010-08-22-drill-reaches-them"]
    assert story.readdressed == ()
    # One file left on that day, two new slides: no match either.
    story, _ = run(
        slide("2010", "Note is found", start_date=day),
        slide("2010", "Drill reaches them", start_date=day),
        earlier=earlier[:1],
    )
    assert story.readdressed == ()


def test_a_slide_named_by_its_unique_id_keeps_that_id() -> None:
    # The source chose its address: it is not matched to the file the import replaces,
    # nor is an event whose file the import writes again.
    day = {"year": "2010", "month": "8", "day": "22"}
    story, _ = run(
        slide("2010", "Note is found", start_date=day, unique_id="note"),
        earlier=(Earlier("2010-08-22-note-found", "2010-08-22"),),
    )
    assert [e.id for e in story.events] == ["note"] and story.readdressed == ()
    story, _ = run(
        slide("2010", "Note found", start_date=day),
        slide("2010", "Note is found", start_date=day, unique_id="Note 2"),
        earlier=(Earlier("2010-08-22-note-found", "2010-08-22"), Earlier("2010-08-22-gone", "2010-08-22")),
    )
    assert [e.id for e in story.events] == ["2010-08-22-note-found", "2010-08-22-gone"]
    assert story.readdressed == (("2010-08-22-gone", "2010-08-22-note-is-found"),)


def test_a_file_named_before_ids_joined_numbers_and_apostrophes_keeps_its_id() -> None:
    # Two on one day, so their dates cannot say which is which: their spelling, the same
    # but for hyphens, can. Without it both files were deleted and their pages moved.
    day = {"year": "2010", "month": "8", "day": "22"}
    earlier = (
        Earlier("2010-08-22-miner-s-note-found", "2010-08-22"),
        Earlier("2010-08-22-drill-hits-1-000-metres", "2010-08-22"),
    )
    story, _ = run(
        slide("2010", "Miner’s note found", start_date=day),
        slide("2010", "Drill hits 1,000 metres", start_date=day),
        earlier=earlier,
    )
    assert [e.id for e in story.events] == [
        "2010-08-22-miner-s-note-found",
        "2010-08-22-drill-hits-1-000-metres",
    ]


def test_a_file_named_before_ids_left_out_per_mille_and_section_signs_keeps_its_id() -> None:
    # Older ids spelt '‰' as '0' and '§' as 's' ('...-2-125-0', '...-s-5-...'): not the same
    # but for hyphens as the ids made now, so two such events of one day, which the dates
    # cannot tell apart, had both files deleted and their pages moved.
    day = {"year": "2024", "month": "3", "day": "5"}
    earlier = (
        Earlier("2024-03-05-rate-rises-to-2-125-0", "2024-03-05"),
        Earlier("2024-03-05-court-strikes-down-s-219a", "2024-03-05"),
    )
    story, _ = run(
        slide("2024", "Rate rises to 2.125‰", start_date=day),
        slide("2024", "Court strikes down § 219a", start_date=day),
        earlier=earlier,
    )
    assert [e.id for e in story.events] == [
        "2024-03-05-rate-rises-to-2-125-0",
        "2024-03-05-court-strikes-down-s-219a",
    ]
    # A file of today's rules is still its own.
    story, _ = run(
        slide("2024", "Rate rises to 2.125‰", start_date=day),
        earlier=(Earlier("2024-03-05-rate-rises-to-2-125", "2024-03-05"),),
    )
    assert [e.id for e in story.events] == ["2024-03-05-rate-rises-to-2-125"]


def test_a_slide_whose_file_is_there_keeps_it_beside_one_spelt_alike() -> None:
    # 'AB C' has its file; 'A B C', of the same day, was taken out of the source since. Its
    # file, spelt as 'AB C' but for hyphens, took 'AB C' from its own, which was deleted,
    # and moved its page.
    day = {"year": "2023", "month": "8", "day": "8"}
    earlier = (Earlier("2023-08-08-ab-c", "2023-08-08"), Earlier("2023-08-08-a-b-c", "2023-08-08"))
    story, _ = run(slide("2023", "AB C", start_date=day), earlier=earlier)
    assert [e.id for e in story.events] == ["2023-08-08-ab-c"]
    assert story.readdressed == ()
