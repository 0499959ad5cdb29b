"""Default strategy: exacta ◎→○▲ and trio with ◎ as axis, built from the marks."""

from __future__ import annotations

from itertools import combinations
from math import comb

from predictor.bets import build_bets, exacta_line, trio_line
from scraper.records import BET_TYPES

FULL_MARKS = {"◎": [5], "○": [3], "▲": [11], "△": [1, 8, 2], "☆": [9]}


def test_exacta_two_tickets_in_order():
    line = exacta_line(FULL_MARKS)
    assert line.label == "馬単 ◎→○▲"
    assert [ticket.combination for ticket in line.tickets] == [(5, 3), (5, 11)]


def test_exacta_one_partner():
    line = exacta_line({"◎": [5], "○": [3]})
    assert [ticket.combination for ticket in line.tickets] == [(5, 3)]


def test_exacta_needs_partner():
    assert exacta_line({"◎": [5]}) is None


def test_trio_count_formula():
    # Partners: ○ ▲ plus t △; every pair except the △-△ pairs.
    for triangles in range(0, 4):
        marks = {"◎": [5], "○": [3], "▲": [11], "△": [1, 8, 2][:triangles]}
        line = trio_line(marks)
        partners = 2 + triangles
        assert len(line.tickets) == comb(partners, 2) - comb(triangles, 2), triangles


def test_trio_full_marks_tickets():
    line = trio_line(FULL_MARKS)
    expected = [(1, 3, 5), (1, 5, 11), (2, 3, 5), (2, 5, 11), (3, 5, 8), (3, 5, 11), (5, 8, 11)]
    assert [ticket.combination for ticket in line.tickets] == expected


def test_trio_axis_and_main_partner():
    for ticket in trio_line(FULL_MARKS).tickets:
        assert 5 in ticket.combination, ticket
        assert {3, 11} & set(ticket.combination), ticket
        assert 9 not in ticket.combination, ticket


def test_trio_combinations_ascending():
    for ticket in trio_line(FULL_MARKS).tickets:
        assert list(ticket.combination) == sorted(ticket.combination), ticket


def test_trio_matches_axis_formula_without_triangles():
    # With only ○ and ▲ as partners, one axis and m partners give m(m-1)/2 tickets.
    line = trio_line({"◎": [5], "○": [3], "▲": [11]})
    m = 2
    assert len(line.tickets) == m * (m - 1) // 2


def test_trio_too_few_marks():
    assert trio_line({"◎": [5], "○": [3]}) is None
    assert trio_line({"◎": [5], "△": [1, 2]}) is None


def test_no_duplicate_tickets():
    marks = {"◎": [5], "○": [3], "▲": [3], "△": [3, 5, 8]}
    tickets = [ticket for line in build_bets(marks) for ticket in line.tickets]
    keys = [(ticket.bet_type, ticket.combination) for ticket in tickets]
    assert len(keys) == len(set(keys))
    assert all(len(set(ticket.combination)) == len(ticket.combination) for ticket in tickets)


def test_build_bets_lines_and_stake():
    lines = build_bets(FULL_MARKS)
    assert [line.bet_type for line in lines] == ["exacta", "trio"]
    assert [line.label for line in lines] == ["馬単 ◎→○▲", "三連複 ◎-○▲-○▲△"]
    assert sum(line.stake_yen for line in lines) == (2 + 7) * 100
    assert all(ticket.units == 1 for line in lines for ticket in line.tickets)


def test_bet_types_are_standard():
    for line in build_bets(FULL_MARKS):
        assert line.bet_type in BET_TYPES
        assert all(ticket.bet_type == line.bet_type for ticket in line.tickets)


def test_build_bets_empty_marks():
    assert build_bets({}) == []


def test_trio_tickets_are_all_valid_pairs():
    partners = [3, 11, 1, 8, 2]
    expected = {tuple(sorted((5, a, b))) for a, b in combinations(partners, 2) if {a, b} & {3, 11}}
    assert {ticket.combination for ticket in trio_line(FULL_MARKS).tickets} == expected
