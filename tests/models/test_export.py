import csv
import io
import json

from tests.factories import NOW, make_couple, one_of_everything
from trust_tracker.models import export


def test_json_export_holds_the_couples_data_and_only_my_private_journal(session, couple):
    alex, sam = couple
    one_of_everything(session, alex, sam)
    make_couple(session, first="Kim", second="Lee")  # another couple: never in the export

    mine = export.export_json(session, alex, now=NOW)
    text = json.dumps(mine)  # plain JSON types throughout

    assert mine["exported_by"] == alex.id and mine["exported_at"] == NOW.isoformat()
    assert mine["couple"]["id"] == alex.couple_id and mine["couple"]["timezone"] == "America/New_York"
    assert [p["name"] for p in mine["partners"]] == ["Alex", "Sam"]
    assert "password" not in text and "$argon2" not in text
    assert "amzn1." not in text and "token" not in text  # no device ids, invitation or feed secrets
    assert "Kim" not in text and "kim@" not in text
    versions = mine["contract"]["versions"]
    assert [(v["number"], v["status"]) for v in versions] == [(1, "active"), (2, "proposed")]
    assert versions[0]["items"][0]["text"] == "Call when late" and versions[0]["items"][0]["owner_id"] == alex.id
    assert {c["body"] for c in mine["contract"]["comments"]} == {"Sam's comment", "Alex's comment"}
    assert sorted(e["note"] for e in mine["log"]) == ["Alex kept", "Alex missed", "Sam kept", "Sam small_win"]
    assert mine["commitment_names"][str(versions[0]["items"][0]["lineage_id"])] == "call"
    [reflection] = mine["setbacks"][0]["reflections"]
    assert (reflection["author_id"], reflection["trigger"]) == (alex.id, "a long meeting")
    assert {a["answer"] for c in mine["checkins"] for a in c["answers"]} == {"Alex's answer", "Sam's answer"}
    assert [(m["key"], m["kind"], m["params"]) for m in mine["milestones"]] == [
        ("kept:10", "kept_count", {"count": 10})
    ]
    assert len(mine["checkin_questions"]) == 4
    assert [v["voice_recognised"] for v in mine["voice_links"]] == [False, False]
    # Journals: all of mine; of Sam's, only the shared text.
    assert [j["body"] for j in mine["journal"]["mine"]] == ["Alex private", "Alex shared in full. And more."]
    assert [j["text"] for j in mine["journal"]["shared_with_me"]] == ["Sam shared"]
    assert "Sam private" not in text

    theirs = json.dumps(export.export_json(session, sam, now=NOW))
    assert "Alex private" not in theirs and "And more." not in theirs
    assert "Alex shared in full." in theirs and "Sam private" in theirs


def test_csv_export_is_the_couples_log_with_names_and_safe_cells(session, couple):
    alex, sam = couple
    one_of_everything(session, alex, sam)
    kim, _ = make_couple(session, first="Kim", second="Lee")

    text = export.export_log_csv(session, alex)
    rows = list(csv.DictReader(io.StringIO(text)))

    assert tuple(rows[0]) == export.CSV_COLUMNS
    assert len(rows) == 4
    by_note = {r["note"]: r for r in rows}
    assert by_note["Alex kept"]["commitment"] == "call"
    assert by_note["Alex kept"]["partner"] == "Alex" and by_note["Alex kept"]["date"] == "2026-11-19"
    assert by_note["Sam kept"]["commitment"].startswith("'=")  # a spreadsheet formula, defused
    assert by_note["Sam small_win"]["commitment"] == "" and by_note["Sam small_win"]["kind"] == "small_win"
    assert export.export_log_csv(session, sam) == text  # the log is the couple's, the same for both
    assert list(csv.reader(io.StringIO(export.export_log_csv(session, kim)))) == [list(export.CSV_COLUMNS)]


def test_csv_export_streams_in_chunks_of_rows(session, couple, monkeypatch):
    alex, sam = couple
    one_of_everything(session, alex, sam)
    monkeypatch.setattr(export, "_ROWS_PER_FETCH", 2)
    chunks = list(export.iter_log_csv(session, alex))
    # The header and two rows, then the last two rows: never the whole log in one string.
    assert [chunk.count("\r\n") for chunk in chunks] == [3, 2] and all(c.endswith("\r\n") for c in chunks)
