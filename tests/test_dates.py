"""Tests for analysis.dates.find_dates."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.dates import DATE_COLUMNS, find_dates

PUB = dt.date(2026, 2, 4)  # a Wednesday, ISO week 2026-W06
D = dt.date

# (text, expression, type, value, first_day, last_day) against PUB
CASES = [
    (
        "Talks were held January 23-24 in Geneva.",
        "January 23-24",
        "DATE",
        "2026-01-23",
        D(2026, 1, 23),
        D(2026, 1, 24),
        "range-hyphen",
    ),
    (
        "Talks were held Jan. 23-24 in Geneva.",
        "Jan. 23-24",
        "DATE",
        "2026-01-23",
        D(2026, 1, 23),
        D(2026, 1, 24),
        "range-abbrev",
    ),
    (
        "On January 23 and 24 the envoys met.",
        "January 23 and 24",
        "DATE",
        "2026-01-23",
        D(2026, 1, 23),
        D(2026, 1, 24),
        "range-and",
    ),
    (
        "Delegates met Feb. 4 - 5 in Oslo.",
        "Feb. 4 - 5",
        "DATE",
        "2026-02-04",
        D(2026, 2, 4),
        D(2026, 2, 5),
        "range-spaced-hyphen",
    ),
    (
        "The summit ran from June 20 to 30.",
        "June 20 to 30",
        "DATE",
        "2025-06-20",
        D(2025, 6, 20),
        D(2025, 6, 30),
        "range-from-to-past",
    ),
    (
        "Voting took place between 2 and 4 March.",
        "2 and 4 March",
        "DATE",
        "2025-03-02",
        D(2025, 3, 2),
        D(2025, 3, 4),
        "range-day-month",
    ),
    (
        "The mission ran Jan. 30 - Feb. 2, 2026.",
        "Jan. 30 - Feb. 2, 2026",
        "DATE",
        "2026-01-30",
        D(2026, 1, 30),
        D(2026, 2, 2),
        "range-across-months",
    ),
    (
        "Officials described the January 24 meeting as tense.",
        "January 24",
        "DATE",
        "2026-01-24",
        D(2026, 1, 24),
        D(2026, 1, 24),
        "attributive-date",
    ),
    (
        "The accord was signed February 4.",
        "February 4",
        "DATE",
        "2026-02-04",
        D(2026, 2, 4),
        D(2026, 2, 4),
        "same-day",
    ),
    (
        "The ceasefire began on December 28.",
        "December 28",
        "DATE",
        "2025-12-28",
        D(2025, 12, 28),
        D(2025, 12, 28),
        "past-previous-year",
    ),
    (
        "Talks will resume on January 10.",
        "January 10",
        "DATE",
        "2027-01-10",
        D(2027, 1, 10),
        D(2027, 1, 10),
        "future-next-year",
    ),
    (
        "The vote is scheduled for March 3.",
        "March 3",
        "DATE",
        "2026-03-03",
        D(2026, 3, 3),
        D(2026, 3, 3),
        "future-scheduled",
    ),
    (
        "The envoy arrived on March 3, 2024.",
        "March 3, 2024",
        "DATE",
        "2024-03-03",
        D(2024, 3, 3),
        D(2024, 3, 3),
        "explicit-year",
    ),
    (
        "The treaty of 23 January 2026 holds.",
        "23 January 2026",
        "DATE",
        "2026-01-23",
        D(2026, 1, 23),
        D(2026, 1, 23),
        "day-month-year",
    ),
    (
        "They met on Friday.",
        "Friday",
        "DATE",
        "2026-01-30",
        D(2026, 1, 30),
        D(2026, 1, 30),
        "weekday-past",
    ),
    (
        "They will meet again on Friday.",
        "Friday",
        "DATE",
        "2026-02-06",
        D(2026, 2, 6),
        D(2026, 2, 6),
        "weekday-future",
    ),
    (
        "The minister said Monday that talks stalled.",
        "Monday",
        "DATE",
        "2026-02-02",
        D(2026, 2, 2),
        D(2026, 2, 2),
        "weekday-said",
    ),
    (
        "Fighting resumed in March.",
        "March",
        "DATE",
        "2025-03",
        D(2025, 3, 1),
        D(2025, 3, 31),
        "bare-month-past",
    ),
    (
        "Elections are expected to take place in May.",
        "May",
        "DATE",
        "2026-05",
        D(2026, 5, 1),
        D(2026, 5, 31),
        "bare-month-future",
    ),
    (
        "The blockade was lifted in October of last year.",
        "October of last year",
        "DATE",
        "2025-10",
        D(2025, 10, 1),
        D(2025, 10, 31),
        "month-of-last-year",
    ),
    (
        "A deal is due by the end of this month.",
        "the end of this month",
        "DATE",
        "2026-02",
        D(2026, 2, 20),
        D(2026, 2, 28),
        "end-of-this-month",
    ),
    (
        "Prices rose earlier this month.",
        "earlier this month",
        "DATE",
        "2026-02",
        D(2026, 2, 1),
        D(2026, 2, 9),
        "earlier-this-month",
    ),
    ("The team met today.", "today", "DATE", "2026-02-04", D(2026, 2, 4), D(2026, 2, 4), "today"),
    (
        "The team met yesterday.",
        "yesterday",
        "DATE",
        "2026-02-03",
        D(2026, 2, 3),
        D(2026, 2, 3),
        "yesterday",
    ),
    (
        "The team meets tomorrow.",
        "tomorrow",
        "DATE",
        "2026-02-05",
        D(2026, 2, 5),
        D(2026, 2, 5),
        "tomorrow",
    ),
    (
        "Two rounds were held this week.",
        "this week",
        "DATE",
        "2026-W06",
        D(2026, 2, 2),
        D(2026, 2, 8),
        "this-week",
    ),
    (
        "Two rounds were held last week.",
        "last week",
        "DATE",
        "2026-W05",
        D(2026, 1, 26),
        D(2026, 2, 1),
        "last-week",
    ),
    (
        "Talks continue next month.",
        "next month",
        "DATE",
        "2026-03",
        D(2026, 3, 1),
        D(2026, 3, 31),
        "next-month",
    ),
    (
        "Exports fell last year.",
        "last year",
        "DATE",
        "2025",
        D(2025, 1, 1),
        D(2025, 12, 31),
        "last-year",
    ),
    (
        "Exports will grow this year.",
        "this year",
        "DATE",
        "2026",
        D(2026, 1, 1),
        D(2026, 12, 31),
        "this-year",
    ),
    (
        "The border closed three days ago.",
        "three days ago",
        "DATE",
        "2026-02-01",
        D(2026, 2, 1),
        D(2026, 2, 1),
        "days-ago",
    ),
    (
        "The border closed two weeks ago.",
        "two weeks ago",
        "DATE",
        "2026-W04",
        D(2026, 1, 19),
        D(2026, 1, 25),
        "weeks-ago",
    ),
    (
        "The truce began on January 12. The following day, shelling resumed.",
        "The following day",
        "DATE",
        "2026-01-13",
        D(2026, 1, 13),
        D(2026, 1, 13),
        "following-day",
    ),
    (
        "Exports rose 5% in 2024, up from a year earlier.",
        "a year earlier",
        "DATE",
        "2023",
        D(2023, 1, 1),
        D(2023, 12, 31),
        "year-earlier",
    ),
    (
        "Trade has grown in recent years.",
        "recent years",
        "DATE",
        "PAST_REF",
        None,
        None,
        "recent-years",
    ),
    ("The talks lasted two weeks.", "two weeks", "DURATION", "P2W", None, None, "duration-weeks"),
    (
        "He served three years in office.",
        "three years",
        "DURATION",
        "P3Y",
        None,
        None,
        "duration-years",
    ),
    (
        "Shelling continued for the past two days.",
        "the past two days",
        "DURATION",
        "P2D",
        D(2026, 2, 2),
        D(2026, 2, 4),
        "duration-past",
    ),
    ("The region is now calm.", "now", "DATE", "PRESENT_REF", PUB, PUB, "present-ref"),
    ("Supplies are currently short.", "currently", "DATE", "PRESENT_REF", PUB, PUB, "currently"),
    ("Such deals failed in the past.", "the past", "DATE", "PAST_REF", None, None, "past-ref"),
    (
        "Growth slowed in the third quarter.",
        "the third quarter",
        "DATE",
        "2025-Q3",
        D(2025, 7, 1),
        D(2025, 9, 30),
        "quarter-past",
    ),
    (
        "Growth slowed in the first quarter of 2024.",
        "the first quarter of 2024",
        "DATE",
        "2024-Q1",
        D(2024, 1, 1),
        D(2024, 3, 31),
        "quarter-year",
    ),
    (
        "The talks resume this summer.",
        "this summer",
        "DATE",
        "2026-SU",
        D(2026, 6, 1),
        D(2026, 8, 31),
        "season",
    ),
    (
        "The dispute dates from the 1990s.",
        "the 1990s",
        "DATE",
        "199",
        D(1990, 1, 1),
        D(1999, 12, 31),
        "decade",
    ),
    (
        "The ceasefire took effect at 3 p.m. Friday.",
        "3 p.m. Friday",
        "TIME",
        "2026-01-30T15:00",
        D(2026, 1, 30),
        D(2026, 1, 30),
        "time-weekday",
    ),
    ("The committee meets every week.", "every week", "SET", "P1W", None, None, "set-every"),
    ("The committee meets weekly.", "weekly", "SET", "P1W", None, None, "set-weekly"),
    (
        '"We met yesterday," he said on Monday.',
        "yesterday",
        "DATE",
        "2026-02-01",
        D(2026, 2, 1),
        D(2026, 2, 1),
        "quote-yesterday",
    ),
    (
        "The camp was founded in 1998.",
        "1998",
        "DATE",
        "1998",
        D(1998, 1, 1),
        D(1998, 12, 31),
        "year",
    ),
    (
        "A holiday falls on 2026-01-23.",
        "2026-01-23",
        "DATE",
        "2026-01-23",
        D(2026, 1, 23),
        D(2026, 1, 23),
        "iso",
    ),
    # the weekday of publication itself: "ruled Wednesday" in a Wednesday paper
    ("The court ruled Wednesday.", "Wednesday", "DATE", "2026-02-04", PUB, PUB, "weekday-of-publication"),
    # a deadline word leaves the tense open: the nearest date, whatever the verb
    (
        "The dividend is payable March 2.",
        "March 2",
        "DATE",
        "2026-03-02",
        D(2026, 3, 2),
        D(2026, 3, 2),
        "deadline-payable",
    ),
    (
        "The offer was extended until March 6.",
        "March 6",
        "DATE",
        "2026-03-06",
        D(2026, 3, 6),
        D(2026, 3, 6),
        "deadline-until",
    ),
    # the nearest cue decides, "-ed" verbs included; "by" of a passive is no future cue
    (
        "They said they would appeal the decision, announced Monday by the court.",
        "Monday",
        "DATE",
        "2026-02-02",
        D(2026, 2, 2),
        D(2026, 2, 2),
        "nearest-cue-ed",
    ),
    (
        "The truce, brokered by Qatar on January 30, held.",
        "January 30",
        "DATE",
        "2026-01-30",
        D(2026, 1, 30),
        D(2026, 1, 30),
        "passive-by",
    ),
    (
        "The envoy will be named on March 3.",
        "March 3",
        "DATE",
        "2026-03-03",
        D(2026, 3, 3),
        D(2026, 3, 3),
        "future-passive",
    ),
    (
        "Talks will be held over the weekend.",
        "the weekend",
        "DATE",
        "2026-W06-WE",
        D(2026, 2, 7),
        D(2026, 2, 8),
        "weekend-future",
    ),
    (
        "Talks were held over the weekend.",
        "the weekend",
        "DATE",
        "2026-W05-WE",
        D(2026, 1, 31),
        D(2026, 2, 1),
        "weekend-past",
    ),
    # company results: once a quarter is mentioned, "a year ago" is that quarter a year before
    (
        "Net income rose in the third quarter. Sales were $5 million a year ago.",
        "a year ago",
        "DATE",
        "2024-Q3",
        D(2024, 7, 1),
        D(2024, 9, 30),
        "year-ago-quarter",
    ),
    ("Exports fell a year ago.", "a year ago", "DATE", "2025", D(2025, 1, 1), D(2025, 12, 31), "year-ago-year"),
    (
        "Profit rose in the quarter. In the year-ago period, it lost $2 million.",
        "the year-ago period",
        "DATE",
        "2024-Q4",
        D(2024, 10, 1),
        D(2024, 12, 31),
        "year-ago-period",
    ),
    (
        "Profit in the 2024 second quarter doubled.",
        "the 2024 second quarter",
        "DATE",
        "2024-Q2",
        D(2024, 4, 1),
        D(2024, 6, 30),
        "year-first-quarter",
    ),
    # "the year ended Sept. 30" is a twelve-month period; "for the year" the current year
    ("Revenue for the year ended Sept. 30 rose.", "the year", "DURATION", "P1Y", None, None, "year-ended"),
    ("For the year, volume was flat.", "the year", "DATE", "2026", D(2026, 1, 1), D(2026, 12, 31), "the-year"),
    # "after"/"before" + an event is a signal: only the length is the expression (TimeML)
    ("He returned twenty years after the war.", "twenty years", "DURATION", "P20Y", None, None, "years-after-event"),
    ("The rebels have fought for years.", "years", "DURATION", "PXY", None, None, "for-years"),
    (
        "The Times said in an editorial on Saturday, January 31: talks",
        "Saturday, January 31",
        "DATE",
        "2026-01-31",
        D(2026, 1, 31),
        D(2026, 1, 31),
        "date-before-colon",
    ),
    ("It criticised Wednesday's ruling.", "Wednesday", "DATE", "2026-02-04", PUB, PUB, "weekday-possessive"),
    (
        "He was shot last Oct. 23 at home.",
        "Oct. 23",
        "DATE",
        "2025-10-23",
        D(2025, 10, 23),
        D(2025, 10, 23),
        "last-month-day",
    ),
    # a weekday written with the date picks the year, whatever the tense ("said ... Thursday, Feb. 5")
    (
        "The Times said in an editorial on Thursday, Feb. 5: talks",
        "Thursday, Feb. 5",
        "DATE",
        "2026-02-05",
        D(2026, 2, 5),
        D(2026, 2, 5),
        "weekday-picks-year",
    ),
    # an infinitive after a past verb has its own time
    (
        "He subpoenaed the envoy to testify on Feb. 10.",
        "Feb. 10",
        "DATE",
        "2026-02-10",
        D(2026, 2, 10),
        D(2026, 2, 10),
        "infinitive-after-past",
    ),
    # a date that modifies a noun takes no tense from the clause
    (
        "Officials gave no reason for the Feb. 20 deadline.",
        "Feb. 20",
        "DATE",
        "2026-02-20",
        D(2026, 2, 20),
        D(2026, 2, 20),
        "attributive-date-future",
    ),
    (
        "The group has set Feb. 10 as the deadline for bids.",
        "Feb. 10",
        "DATE",
        "2026-02-10",
        D(2026, 2, 10),
        D(2026, 2, 10),
        "as-the-deadline",
    ),
    # modals point ahead; "would" in reported speech too
    (
        "The envoy said the talks would resume on Friday.",
        "Friday",
        "DATE",
        "2026-02-06",
        D(2026, 2, 6),
        D(2026, 2, 6),
        "reported-would",
    ),
    (
        "The dispute may be settled at a hearing on March 6.",
        "March 6",
        "DATE",
        "2026-03-06",
        D(2026, 3, 6),
        D(2026, 3, 6),
        "modal-may",
    ),
    (
        "The talks would have ended on Friday.",
        "Friday",
        "DATE",
        "2026-01-30",
        D(2026, 1, 30),
        D(2026, 1, 30),
        "would-have",
    ),
    # no cue before the expression: an auxiliary or a past cue after it decides
    (
        "On Friday, the mediators will present a draft.",
        "Friday",
        "DATE",
        "2026-02-06",
        D(2026, 2, 6),
        D(2026, 2, 6),
        "fronted-future",
    ),
    (
        "On Friday, when the minister set aside plans to travel, talks stalled.",
        "Friday",
        "DATE",
        "2026-01-30",
        D(2026, 1, 30),
        D(2026, 1, 30),
        "fronted-noun-plans",
    ),
    # "until" + weekday inside a clause is a term that runs on; at the head of a clause, the past
    (
        "Negotiators postponed the vote until Friday.",
        "Friday",
        "DATE",
        "2026-02-06",
        D(2026, 2, 6),
        D(2026, 2, 6),
        "until-weekday",
    ),
    (
        "Until Monday, the talks had stalled.",
        "Monday",
        "DATE",
        "2026-02-02",
        D(2026, 2, 2),
        D(2026, 2, 2),
        "until-head-of-clause",
    ),
    # "next to" is a place, not a future cue
    (
        "A bomb exploded next to the embassy Tuesday.",
        "Tuesday",
        "DATE",
        "2026-02-03",
        D(2026, 2, 3),
        D(2026, 2, 3),
        "next-to",
    ),
    # "slated" points ahead like "scheduled"
    (
        "The embassy discussed the slated visit of the minister in March.",
        "March",
        "DATE",
        "2026-03",
        D(2026, 3, 1),
        D(2026, 3, 31),
        "slated",
    ),
    # an initial is not the end of a sentence ("Daniel P. Jones"): the cue before it still counts
    (
        "Mr. Smith will succeed Daniel P. Jones on Jan. 10.",
        "Jan. 10",
        "DATE",
        "2027-01-10",
        D(2027, 1, 10),
        D(2027, 1, 10),
        "initial-not-sentence-end",
    ),
    # "Friday night", "Tuesday morning": the day (the corpora's majority convention); evening keeps TEV
    (
        "Rebels attacked the town Friday night.",
        "Friday night",
        "DATE",
        "2026-01-30",
        D(2026, 1, 30),
        D(2026, 1, 30),
        "weekday-night",
    ),
    (
        "The envoys met Monday morning.",
        "Monday morning",
        "DATE",
        "2026-02-02",
        D(2026, 2, 2),
        D(2026, 2, 2),
        "weekday-morning",
    ),
    (
        "The envoys met Monday evening.",
        "Monday evening",
        "TIME",
        "2026-02-02TEV",
        D(2026, 2, 2),
        D(2026, 2, 2),
        "weekday-evening",
    ),
    ("the week of March 6", "the week of March 6", "DATE", "2026-W10", D(2026, 3, 2), D(2026, 3, 8), "week-of-date"),
    ("It ended a decades-long dispute.", "decades-long", "DURATION", "PXY", None, None, "decades-long"),
    ("They left their third day-long meeting.", "day-long", "DURATION", "P1D", None, None, "day-long"),
    ("The clans have feuded for decades.", "decades", "DURATION", "PXY", None, None, "for-decades"),
    (
        "Talks paused as Easter week began.",
        "Easter week",
        "DATE",
        "2025-W16",
        D(2025, 4, 14),
        D(2025, 4, 20),
        "easter-week",
    ),
    (
        "A truce will hold on Easter Sunday.",
        "Easter Sunday",
        "DATE",
        "2026-04-05",
        D(2026, 4, 5),
        D(2026, 4, 5),
        "easter-sunday",
    ),
    (
        "The campaign will run until Election Day.",
        "Election Day",
        "DATE",
        "2026-11-03",
        D(2026, 11, 3),
        D(2026, 11, 3),
        "election-day",
    ),
    # after "will", an "-ed" word is a participle, not the clause's past tense ...
    (
        "The bank will redeem preferred shares on Feb. 20.",
        "Feb. 20",
        "DATE",
        "2026-02-20",
        D(2026, 2, 20),
        D(2026, 2, 20),
        "participle-after-will",
    ),
    # ... unless it is the verb the expression hangs on
    (
        "Exiles will appeal the ruling, officials predicted Tuesday.",
        "Tuesday",
        "DATE",
        "2026-02-03",
        D(2026, 2, 3),
        D(2026, 2, 3),
        "past-verb-after-will",
    ),
    # a verb of saying gives no tense to the clause it reports
    (
        "The company said it is calling a vote on Feb. 20.",
        "Feb. 20",
        "DATE",
        "2026-02-20",
        D(2026, 2, 20),
        D(2026, 2, 20),
        "reported-clause",
    ),
    (
        "Lavrov said that on February 10 the sides agreed to a truce.",
        "February 10",
        "DATE",
        "2025-02-10",
        D(2025, 2, 10),
        D(2025, 2, 10),
        "reported-clause-past-after",
    ),
    (
        "The minister said on Feb. 2 that talks had stalled.",
        "Feb. 2",
        "DATE",
        "2026-02-02",
        D(2026, 2, 2),
        D(2026, 2, 2),
        "said-on-date",
    ),
    # "to be published": an infinitive, its time is its own
    (
        "Officials drafted rules to be published in March.",
        "March",
        "DATE",
        "2026-03",
        D(2026, 3, 1),
        D(2026, 3, 31),
        "to-be-infinitive",
    ),
    # a term ("by", "through") ends ahead when the clause is in the future, else on the nearer side
    (
        "Qantas will double its flights by August.",
        "August",
        "DATE",
        "2026-08",
        D(2026, 8, 1),
        D(2026, 8, 31),
        "by-month-future",
    ),
    (
        "The envoys will reply by Friday.",
        "Friday",
        "DATE",
        "2026-02-06",
        D(2026, 2, 6),
        D(2026, 2, 6),
        "by-weekday-future",
    ),
    (
        "Lenders extended the credit line through March.",
        "March",
        "DATE",
        "2026-03",
        D(2026, 3, 1),
        D(2026, 3, 31),
        "through-month",
    ),
    # results reports: "the latest period" is the quarter named before it
    (
        "Sales rose in the third quarter. Profit in the latest period doubled.",
        "the latest period",
        "DATE",
        "2025-Q3",
        D(2025, 7, 1),
        D(2025, 9, 30),
        "latest-period",
    ),
    (
        "Profit fell from the year-ago third quarter.",
        "the year-ago third quarter",
        "DATE",
        "2025-Q3",
        D(2025, 7, 1),
        D(2025, 9, 30),
        "year-ago-ordinal-quarter",
    ),
    # "the latest quarter" has ended: not the current quarter named just before it
    (
        "Profit rose in the third quarter. A first-quarter charge will follow. Sales fell in the latest quarter.",
        "the latest quarter",
        "DATE",
        "2025-Q4",
        D(2025, 10, 1),
        D(2025, 12, 31),
        "latest-quarter-has-ended",
    ),
    (
        "Earnings will suffer in the last half of 2026.",
        "the last half of 2026",
        "DATE",
        "2026-H2",
        D(2026, 7, 1),
        D(2026, 12, 31),
        "last-half-of-year",
    ),
    # years as spoken in broadcast transcripts
    (
        "In nineteen ninety-six the bomb went off.",
        "nineteen ninety-six",
        "DATE",
        "1996",
        D(1996, 1, 1),
        D(1996, 12, 31),
        "spoken-year",
    ),
    (
        "January nineteen ninety-seven was cold.",
        "January nineteen ninety-seven",
        "DATE",
        "1997-01",
        D(1997, 1, 1),
        D(1997, 1, 31),
        "spoken-month-year",
    ),
    (
        "Prices peaked in the winter of nineteen ninety-four.",
        "the winter of nineteen ninety-four",
        "DATE",
        "1994-WI",
        D(1994, 12, 1),
        D(1995, 2, 28),
        "spoken-season-year",
    ),
    (
        "He promised jobs by the year two thousand.",
        "the year two thousand",
        "DATE",
        "2000",
        D(2000, 1, 1),
        D(2000, 12, 31),
        "the-year-two-thousand",
    ),
    ("They decried the post-1959 politics.", "1959", "DATE", "1959", D(1959, 1, 1), D(1959, 12, 31), "post-year"),
    ("Talks return to the pre-1967 borders.", "1967", "DATE", "1967", D(1967, 1, 1), D(1967, 12, 31), "pre-year"),
    ("Islam will one day be the largest religion.", "one day", "DATE", "FUTURE_REF", None, None, "modal-one-day"),
    ("The strike lasted one day.", "one day", "DURATION", "P1D", None, None, "one-day-duration"),
    # "the March accession": a month that modifies a noun
    (
        "The March accession will let them join.",
        "March",
        "DATE",
        "2026-03",
        D(2026, 3, 1),
        D(2026, 3, 31),
        "march-attributive",
    ),
    ("By mid afternoon, the shelling stopped.", "mid afternoon", "TIME", "2026-02-04TAF", PUB, PUB, "mid-afternoon"),
    (
        "Shares rose at mid-afternoon yesterday.",
        "mid-afternoon yesterday",
        "TIME",
        "2026-02-03TAF",
        D(2026, 2, 3),
        D(2026, 2, 3),
        "mid-afternoon-yesterday",
    ),
    (
        "But a minute and a half later, a pilot called.",
        "a minute and a half later",
        "DURATION",
        "PT1M30S",
        None,
        None,
        "and-a-half",
    ),
    (
        "The war began a year and a half ago.",
        "a year and a half ago",
        "DATE",
        "2024",
        D(2024, 1, 1),
        D(2024, 12, 31),
        "and-a-half-ago",
    ),
]


@pytest.mark.parametrize(
    "text, published, expr, value",
    [
        # no cue: the year of publication unless the next year's date is much nearer
        ("The envoys' meeting in January, a week after the vote, is remembered.", "1998-10-25", "January", "1998-01"),
        ("The envoys' meeting in January, a week after the vote, is remembered.", "1998-12-20", "January", "1999-01"),
        # a deadline looks ahead as far as behind
        ("The offer is effective Feb. 1.", "1989-10-26", "Feb. 1", "1990-02-01"),
        # far back in the same year beats a little ahead in the next
        ("The record high came on Aug. 6 amid the rally.", "1998-02-06", "Aug. 6", "1997-08-06"),
        # the month May before a day is no modal "may" that would put the next date ahead
        ("The guards freed 30 inmates on May 3 following a hearing on April 28.", "2026-05-11",
         "April 28", "2026-04-28"),
        ("They met in May, 2025 and again on April 28.", "2026-05-11", "April 28", "2026-04-28"),
        # a forward verb right before the date dates itself: past
        ("The envoys agreed on July 13 to finalise the text.", "2026-03-20", "July 13",
         "2025-07-13"),
        ("The envoys agreed to a new round on April 2.", "2026-03-20", "April 2", "2026-04-02"),
        # "on the 3rd": a day of the month of publication, or of the month before it
        ("The envoys met in Lusaka on the 3rd, officials said.", "2026-02-12", "the 3rd",
         "2026-02-03"),
        ("The envoys met on the 20th.", "2026-02-12", "the 20th", "2026-01-20"),
        ("The envoys will meet again on the 20th.", "2026-02-12", "the 20th", "2026-02-20"),
        # a clause going on after the day ("on the 13th and the return ...", "on the 3rd was")
        ("The release of the captives on the 3rd and the return of the prisoners the same day "
         "eased the mood.", "2026-02-12", "the 3rd", "2026-02-03"),
        ("The swap on the 3rd was the largest so far.", "2026-02-12", "the 3rd", "2026-02-03"),
        # a holiday with its year, and written with a typographic apostrophe
        ("The president announced on New Year’s Eve 2022 a truce.", "2025-01-22",
         "New Year’s Eve 2022", "2022-12-31"),
        ("They met on Christmas Day, 2021.", "2025-01-22", "Christmas Day, 2021", "2021-12-25"),
        ("On Christmas Day 2,000 people marched.", "2025-01-22", "Christmas Day", "2024-12-25"),
        # an "-ed" word after an article is an adjective, no past verb
        ("- 26-27 March: an informal meeting in the extended format, Lusaka.", "2026-03-06",
         "26-27 March", "2026-03-26"),
        # a date that modifies a noun takes no tense from the clause
        ("Two officials told us the 15 March date could slip.", "2026-03-06", "the 15 March",
         "2026-03-15"),
        # an "-ed" adjective deep in the noun phrase of a list entry is no past verb either
        ("Coming up\n\n- 25 March: the Norland fisheries protected zone panel meets (online).",
         "2026-03-20", "25 March", "2026-03-25"),
    ],
    ids=["same-year-month", "next-year-month-near", "deadline-next-year", "half-year-back",
         "month-may-before-a-day", "month-may-before-a-comma", "agreed-on-a-day-is-past",
         "agreed-to-a-round-on-a-day-is-open", "on-the-3rd", "on-the-20th-past",
         "on-the-20th-ahead", "on-the-3rd-and-a-clause", "on-the-3rd-was",
         "a-holiday-with-its-year", "a-holiday-comma-year", "a-holiday-before-a-number",
         "an-adjective-in-ed-is-no-past", "the-date-before-a-noun",
         "an-entry-with-an-ed-adjective"],
)
def test_year_choice(text, published, expr, value):
    frame = find_dates(text, published)
    assert frame.loc[frame["text"] == expr, "value"].tolist() == [value]


@pytest.mark.parametrize(
    "text, expr, typ, value, first, last",
    [c[:6] for c in CASES],
    ids=[c[6] for c in CASES],
)
def test_find_dates_table(text, expr, typ, value, first, last):
    frame = find_dates(text, PUB)
    rows = frame[frame["text"] == expr]
    assert len(rows) == 1, frame[["text", "value"]].to_dict("records")
    row = rows.iloc[0]
    assert (row["type"], row["value"], row["first_day"], row["last_day"]) == (
        typ,
        value,
        first,
        last,
    )


NOT_DATES = [
    ("The deal freed 1,000 prisoners.", "thousands"),
    ("The talks moved on the 3rd floor and on the 2nd and 3rd rounds.", "ordinal-before-a-noun"),
    ("The fund holds $27 billion.", "money"),
    ("Resolution 2202 endorsed the package.", "resolution-number"),
    ("Call 555-2026 or (202) 555 1999 for details.", "phone"),
    ("The parties may agree on a text.", "may-modal"),
    ("They may 6 times have tried.", "may-modal-number"),
    ("Thousands joined a march on the capital.", "march-noun"),
    ("Police counted 1990 protesters.", "count-noun"),
    ("Turnout was 2024 votes short.", "count-votes"),
    ("A second round of talks is planned.", "ordinal-second"),
    ("They held one second meeting.", "ordinal-one-second"),
    ("Now, he says, the deal is dead.", "now-sentence-adverb"),
    ("Currently, the company has 87 stores.", "currently-sentence-adverb"),
    ("For the mediators, high noon has arrived.", "high-noon"),
    ("They toured Easter Island.", "easter-island"),
    ("He sent two thousand troops.", "two-thousand-amount"),
    ("The March of Dimes raised funds.", "march-of"),
]


@pytest.mark.parametrize("text", [t for t, _ in NOT_DATES], ids=[i for _, i in NOT_DATES])
def test_not_dates(text):
    assert find_dates(text, PUB).empty


@pytest.mark.parametrize(
    "published",
    [PUB, dt.datetime(2026, 2, 4, 15, 30), "2026-02-04"],
    ids=["date", "datetime", "iso-string"],
)
def test_published_forms(published):
    assert find_dates("The talks ended yesterday.", published)["value"].tolist() == ["2026-02-03"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("The talks ended yesterday.", "XXXX-XX-XX"),
        ("They met on January 23.", "XXXX-01-23"),
        ("They met in 1998.", "1998"),
    ],
    ids=["relative", "year-less", "absolute"],
)
def test_published_none(text, value):
    frame = find_dates(text, None)
    assert frame["value"].tolist() == [value]


def test_day_before_an_event_is_not_an_expression():
    frame = find_dates("She left on Nov. 3, the day before the vote.", PUB)
    assert frame["text"].tolist() == ["Nov. 3"]


def test_amounts_start_no_expression():
    frame = find_dates("It paid $2,025 for 1,999 tonnes, up 2024% on 2023.", PUB)
    assert frame["text"].tolist() == ["2023"]


def test_time_alone_is_time():
    frame = find_dates("The shelling stopped at 10:35 a.m.", PUB)
    assert frame["type"].tolist() == ["TIME"]


def test_empty_frame_has_columns():
    frame = find_dates("Nothing to see here.", PUB)
    assert tuple(frame.columns) == DATE_COLUMNS
    assert frame.empty


@pytest.mark.parametrize(
    "published, message",
    [("4 Feb 2026", "not an ISO date"), (20260204, "allowed: datetime.date")],
    ids=["bad-string", "bad-type"],
)
def test_bad_published(published, message):
    with pytest.raises((ValueError, TypeError), match=message):
        find_dates("today", published)


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(list("0123456789 -/.,'\"JanFebMayMarchFriday ofthe agonexwkly")) | st.characters(),
        max_size=200,
    ),
    published=st.none() | st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)),
)
def test_never_raises_and_offsets_slice(text, published):
    frame = find_dates(text, published)
    assert tuple(frame.columns) == DATE_COLUMNS
    for row in frame.itertuples(index=False):
        assert text[row.start_char : row.end_char] == row.text


@pytest.mark.parametrize(
    "text, published, expr, value",
    [
        ("The mediator said the sides had agreed to a fourth round on May 3.",
         "2025-04-27", "May 3", "2025-05-03"),
        ("The two leaders decided on a summit in June.", "2025-04-27", "June", "2025-06"),
        ("The sides agreed on a truce on April 20.", "2025-04-27", "April 20", "2025-04-20"),
    ],
    ids=["agreed-to-a-later-round", "decided-on-a-later-summit", "agreed-earlier-stays-past"],
)
def test_decision_verb_leaves_the_event_date_open(text, published, expr, value):
    frame = find_dates(text, published)
    assert frame.loc[frame["text"] == expr, "value"].tolist() == [value]


@pytest.mark.parametrize(
    "text, expr, value",
    [
        ("Five years ago today, the leaders met.", "Five years ago today", "2021-02-04"),
        ("A year ago today the truce began.", "A year ago today", "2025-02-04"),
        ("Five years ago, the leaders met.", "Five years ago", "2021"),
    ],
    ids=["years-ago-today", "a-year-ago-today", "years-ago-alone"],
)
def test_ago_today_is_the_same_day(text, expr, value):
    frame = find_dates(text, PUB)
    assert frame.loc[frame["text"] == expr, "value"].tolist() == [value]


@pytest.mark.parametrize(
    "text, published, expr, value",
    [
        ("The presidents signed the treaty in Zelnik on March 13 last year.", "2026-04-16",
         "March 13", "2025-03-13"),
        ("The envoys will meet again on 2 May next year.", "2026-04-16", "2 May", "2027-05-02"),
        ("The envoys will meet in October, as they did last year.", "2026-04-16", "October",
         "2026-10"),
        ("Last week on Wednesday the minister received the envoy.", "2026-05-14", "Wednesday",
         "2026-05-06"),
        ("The envoys meet next week on Friday.", "2026-05-14", "Friday", "2026-05-22"),
    ],
    ids=["day-last-year", "day-next-year", "a-later-last-year-is-not-its-year",
         "weekday-of-last-week", "weekday-of-next-week"],
)
def test_the_year_told_after_a_date(text, published, expr, value):
    frame = find_dates(text, published)
    assert frame.loc[frame["text"] == expr, "value"].tolist() == [value]


@pytest.mark.parametrize(
    "text, expr, value, first, last",
    [
        ("At 18:45 on 16.04.2026 the heads of delegations signed it.", "16.04.2026",
         "2026-04-16", D(2026, 4, 16), D(2026, 4, 16)),
        ("The treaty was signed on 3.5.2021.", "3.5.2021", "2021-05-03", D(2021, 5, 3),
         D(2021, 5, 3)),
        ("They agreed Mon. (2 Feb) on a calendar.", "Mon.", "2026-02-02", D(2026, 2, 2),
         D(2026, 2, 2)),
        ("• 23 November - 7 December 2019 - Voters chose independence.",
         "23 November - 7 December 2019", "2019-11-23", D(2019, 11, 23), D(2019, 12, 7)),
        ("Talks ran from 5 March to 10 April 2025.", "5 March to 10 April 2025", "2025-03-05",
         D(2025, 3, 5), D(2025, 4, 10)),
        ("Talks ran from March 5 to April 10, 2025.", "March 5 to April 10, 2025", "2025-03-05",
         D(2025, 3, 5), D(2025, 4, 10)),
        ("14/09/2021 - The second interim accord.", "14/09/2021", "2021-09-14", D(2021, 9, 14),
         D(2021, 9, 14)),
        ("It was signed on 09/10/2021.", "09/10/2021", "2021-09-10", D(2021, 9, 10),
         D(2021, 9, 10)),
        ("Done at Lusaka on this 26th day of January 2026, in two copies.",
         "26th day of January 2026", "2026-01-26", D(2026, 1, 26), D(2026, 1, 26)),
    ],
    ids=["day-month-year-with-full-stops", "single-digit-day-and-month",
         "abbreviated-weekday-before-a-bracket", "day-month-range-across-months",
         "a-later-day-in-the-next-month", "month-day-range-across-months",
         "slashes-day-first-when-no-month-can-be-the-first",
         "slashes-month-first-when-either-could-be", "the-nth-day-of-a-month"],
)
def test_written_forms_of_days_and_spans(text, expr, value, first, last):
    frame = find_dates(text, PUB)
    rows = frame[frame["text"] == expr]
    assert [(r.value, r.first_day, r.last_day) for r in rows.itertuples()] == [
        (value, first, last)
    ]


@pytest.mark.parametrize(
    "text, published, expr, value",
    [
        ("The talks took place the day before in the government guest house.", "2026-05-14",
         "the day before", "2026-05-13"),
        ("The envoys met on 3 March and met again the day after at the ministry.", "2026-05-14",
         "the day after", "2026-03-04"),
    ],
    ids=["the-day-before-then-a-place", "the-day-after-a-date-then-a-place"],
)
def test_the_day_before_told_before_a_place(text, published, expr, value):
    frame = find_dates(text, published)
    assert frame.loc[frame["text"] == expr, "value"].tolist() == [value]


@pytest.mark.parametrize(
    "text, expr, value",
    [
        ("The border commission will meet on the 24th of this month.", "the 24th of this month",
         "2026-03-24"),
        ("The envoys plan to sign on the 31st of next month.", "the 31st of next month",
         "2026-04-30"),
        ("The envoys met on the 3rd of last month in Lusaka.", "the 3rd of last month",
         "2026-02-03"),
    ],
    ids=["this-month", "next-month-clamped", "last-month"],
)
def test_a_day_of_a_month_told_from_publication(text, expr, value):
    frame = find_dates(text, "2026-03-04")
    assert frame.loc[frame["text"] == expr, "value"].tolist() == [value]


@pytest.mark.parametrize(
    "text, expr, value",
    [
        ("The envoys met in Lusaka on 3 May and in Harare on 9 June.", "9 June", "2025-06-09"),
        ("The envoys met on 3 May and 9 June.", "9 June", "2025-06-09"),
        ("The envoys met in May and again in June.", "June", "2025-06"),
        ("The envoys met on 3 May and will meet again on 9 June.", "9 June", "2026-06-09"),
        ("The envoys may meet again on 9 June.", "9 June", "2026-06-09"),
    ],
    ids=["day-first-may-then-a-place", "day-first-may-and-a-day", "month-may-and-a-month",
         "a-future-cue-of-its-own", "the-modal-may-still-looks-ahead"],
)
def test_the_month_may_of_a_date_before_is_no_modal(text, expr, value):
    frame = find_dates(text, "2025-08-20")
    assert frame.loc[frame["text"] == expr, "value"].tolist() == [value]


@pytest.mark.parametrize(
    "text, expr, value",
    [
        ("The court ruled on 12 May 2019. On June 3 of that year, the envoys signed a deal.",
         "June 3", "2019-06-03"),
        ("The envoys met in March 2019 and again in June of the same year.", "June", "2019-06"),
        ("The court ruled on 12 May 2019 that the 1962 border treaty held. On June 3 of that "
         "year, the envoys met.", "June 3", "2019-06-03"),
    ],
    ids=["day-of-that-year", "month-of-the-same-year", "a-year-naming-a-thing-is-no-anchor"],
)
def test_a_year_told_back_to_the_last_date(text, expr, value):
    frame = find_dates(text, "2026-02-08")
    assert frame.loc[frame["text"] == expr, "value"].tolist() == [value]


@pytest.mark.parametrize(
    "text, expr, value",
    [
        ("Norland and Sudland negotiators meet again in Lusaka on Wednesday for a decisive "
         "round.", "Wednesday", "2026-01-21"),
        ("The commission reconvenes on Thursday in Harare.", "Thursday", "2026-01-22"),
        ("Norland and Sudland negotiators met again in Lusaka on Wednesday.", "Wednesday",
         "2026-01-14"),
    ],
    ids=["meet-again-looks-ahead", "reconvenes-looks-ahead", "met-again-looks-back"],
)
def test_a_present_of_the_next_sitting_is_ahead(text, expr, value):
    frame = find_dates(text, "2026-01-20")  # a Tuesday
    assert frame.loc[frame["text"] == expr, "value"].tolist() == [value]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The working group reconvenes in the second half of March.", [("March", "2026-03")]),
        ("The next round is set for the first half of the month.", []),
        ("The next round is set for the first half of 2028.",
         [("the first half of 2028", "2028-H1")]),
    ],
    ids=["half-of-a-named-month", "half-of-the-month", "half-of-a-year"],
)
def test_a_half_of_a_month_is_no_half_of_the_year(text, expected):
    frame = find_dates(text, PUB)
    assert list(zip(frame["text"], frame["value"], strict=True)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The board meets in Velm on Monday and Thursday next week.",
         [("Monday", "2026-11-30"), ("Thursday", "2026-12-03"), ("next week", "2026-W49")]),
        ("The envoys met on Monday last week.", [("Monday", "2026-11-16"), ("last week", "2026-W47")]),
        ("The envoys met on Tuesday. Next week they go home.",
         [("Tuesday", "2026-11-24"), ("Next week", "2026-W49")]),
    ],
    ids=["days-of-next-week", "a-day-of-last-week", "a-week-of-another-sentence"],
)
def test_the_week_told_after_the_weekdays(text, expected):
    frame = find_dates(text, "2026-11-26")  # a Thursday
    assert list(zip(frame["text"], frame["value"], strict=True)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("At the board's March meeting in Velm, the ministers made a promise.",
         [("March", "2026-03")]),
        ("Their May summit in Lisk ended without a deal.", [("May", "2026-05")]),
        ("Velm's March to the sea is a parade.", []),
        ("The council's may be the last word.", []),
    ],
    ids=["a-bodys-march-meeting", "their-may-summit", "a-march-that-is-no-month",
         "a-modal-after-a-possessive"],
)
def test_an_ambiguous_month_before_the_noun_of_its_owner(text, expected):
    frame = find_dates(text, "2026-08-10")
    assert list(zip(frame["text"], frame["value"], strict=True)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jon Vale has invited both leaders to a second enlarged meeting in Velm on July 16-17.",
         [("July 16-17", "2026-07-16")]),
        ("Ana Ruiz chaired the first revised session in Lisk on 9 July.", [("9 July", "2025-07-09")]),
        ("The talks ended in Lisk on 9 July.", [("9 July", "2025-07-09")]),
    ],
    ids=["an-ordinal-and-an-adjective-in-ed", "a-verb-before-the-noun-phrase", "a-past-verb"],
)
def test_an_ed_word_after_an_article_and_an_ordinal_is_no_past_tense(text, expected):
    frame = find_dates(text, "2026-06-27")
    assert list(zip(frame["text"], frame["value"], strict=True)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Yesterday Velm received a note proposing 8 September as the day of a new sitting.",
         [("Yesterday", "2026-07-18"), ("8 September", "2026-09-08")]),
        ("Velm sent Lisk a note inviting its envoys to talks on 2 August.", [("2 August", "2026-08-02")]),
        ("Velm received a note on 5 September.", [("5 September", "2025-09-05")]),
    ],
    ids=["a-note-proposing-a-day", "a-note-inviting-to-talks", "no-gerund-past-tense"],
)
def test_a_decision_gerund_points_its_date_forward(text, expected):
    frame = find_dates(text, "2026-07-19")
    assert list(zip(frame["text"], frame["value"], strict=True)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("When the forum opened in October 2008, the first sitting did not last the morning.",
         [("October 2008", "2008-10"), ("the morning", "XXXX-XX-XXTMO")]),
        ("The forum opened in October 2008. The envoys left in the morning.",
         [("October 2008", "2008-10"), ("the morning", "2026-06-30TMO")]),
        ("The envoys met on Tuesday, and left in the afternoon.",
         [("Tuesday", "2026-06-30"), ("the afternoon", "2026-06-30TAF")]),
    ],
    ids=["the-morning-of-a-month-told-before", "another-sentence-keeps-the-day",
         "the-afternoon-of-a-named-day"],
)
def test_a_part_of_the_day_after_a_month_is_of_no_known_day(text, expected):
    frame = find_dates(text, "2026-06-30")  # a Tuesday
    assert list(zip(frame["text"], frame["value"], strict=True)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Talking to reporters on 12 March, Jon Vale said that "yesterday the two working '
         'groups in Lisk signed off on the maps".',
         [("12 March", "2026-03-12"), ("yesterday", "2026-03-11")]),
        ('"Yesterday the working groups in Lisk signed off on the maps," Jon Vale said on 12 March.',
         [("Yesterday", "2026-03-11"), ("12 March", "2026-03-12")]),
        ('Jon Vale said that "yesterday the working groups in Lisk signed off on the maps".',
         [("yesterday", "2026-03-12")]),
    ],
    ids=["the-day-of-saying-before-the-quote", "the-day-of-saying-after-the-quote",
         "no-day-of-saying"],
)
def test_yesterday_in_a_quotation_counts_from_the_day_it_was_said(text, expected):
    frame = find_dates(text, "2026-03-13")
    assert list(zip(frame["text"], frame["value"], strict=True)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("At the close of the month, Jon Vale and Ana Ruiz are expected to meet in Lisk.",
         [("the month", "2026-03")]),
        ("The envoys meet again at the start of the month in Velm.", [("the month", "2026-03")]),
        ("In the month since the talks in Velm, little has happened.", []),
    ],
    ids=["the-end-of-the-month", "the-start-of-the-month", "the-month-as-a-span"],
)
def test_a_part_of_the_month_is_this_month(text, expected):
    frame = find_dates(text, "2026-03-13")
    assert list(zip(frame["text"], frame["value"], strict=True)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("talks ran from March to May 2024.", ("March to May 2024", "2024-03", "2024-03-01", "2024-05-31")),
        ("the March-May 2024 sessions", ("March-May 2024", "2024-03", "2024-03-01", "2024-05-31")),
        ("from November to February 2024", ("November to February 2024", "2023-11", "2023-11-01", "2024-02-29")),
    ],
    ids=["to", "dash", "over-new-year"],
)
def test_a_range_of_months_takes_the_year_given_after_it(text, expected):
    """The year after the second month is the first month's too (not the publication's)."""
    [row] = find_dates(text, dt.date(2025, 6, 12)).to_dict("records")
    got = (row["text"], row["value"], row["first_day"].isoformat(), row["last_day"].isoformat())
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The cycle opened in April 2024, the week the board sat April 23 and 24 at Velm.",
         [("April 2024", "2024-04"), ("April 23 and 24", "2024-04-23")]),
        ("On 14 December 2023 the envoys met in Lisk, and again on 20 December.",
         [("14 December 2023", "2023-12-14"), ("20 December", "2023-12-20")]),
        # another month, or the same month in the next sentence, is placed as before
        ("The cycle opened in April 2024, when the board sat on May 23 in Velm.",
         [("April 2024", "2024-04"), ("May 23", "2026-05-23")]),
        ("The board first sat in April 2024. It sat again on April 23 in Velm.",
         [("April 2024", "2024-04"), ("April 23", "2026-04-23")]),
    ],
    ids=["month-then-its-days", "day-then-a-later-day", "another-month", "next-sentence"],
)
def test_a_year_told_in_the_sentence_frames_its_months_days(text, expected):
    """A day told without a year after its month told with one, in one sentence, is of that year."""
    frame = find_dates(text, dt.date(2026, 6, 12))
    assert list(zip(frame["text"], frame["value"], strict=True)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The envoys will meet again this Friday.", "2026-11-27"),
        ("The envoys met this Tuesday in Velm.", "2026-11-24"),
        ("The envoys will meet again this Tuesday.", "2026-12-01"),
        ("The envoys met this Friday in Lisk.", "2026-11-20"),
        ("The board meets this Friday.", "2026-11-27"),
    ],
    ids=["future-later-in-the-week", "past-earlier-in-the-week", "future-day-gone-by",
         "past-day-still-to-come", "no-tense-cue-the-anchors-week"],
)
def test_this_weekday_follows_the_tense(text, expected):
    frame = find_dates(text, "2026-11-26")  # a Thursday
    assert list(frame["value"]) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The meeting was pushed back to Saturday.", "2026-11-28"),
        ("The round was postponed until Monday.", "2026-11-30"),
        ("The vote was brought forward to Tuesday.", "2026-12-01"),
        ("The session was moved to Monday.", "2026-11-30"),
        ("The envoys met on Tuesday.", "2026-11-24"),
    ],
    ids=["pushed-back-to", "postponed-until", "brought-forward-to", "moved-to", "past-tense-control"],
)
def test_the_day_a_meeting_moved_to_is_ahead(text, expected):
    frame = find_dates(text, "2026-11-26")  # a Thursday
    assert list(frame["value"]) == [expected]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("Talks will resume after the Easter holidays.", "2026-03-12", "2026-04-05"),
        ("The Christmas truce held in Velm.", "2026-01-10", "2025-12-25"),
        ("The talks broke up before Easter.", "2026-03-12", "2025-04-20"),
    ],
    ids=["coming-holiday-as-a-noun", "last-holiday-as-a-noun", "past-tense-control"],
)
def test_a_holiday_with_no_tense_is_the_nearer_one(text, published, expected):
    assert list(find_dates(text, published)["value"]) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Velm hosted the envoys in June and July last year.",
         [("June", "2025-06"), ("July last year", "2025-07")]),
        ("The envoys met on 3 and 9 May last year.",
         [("3 and 9 May", "2025-05-03"), ("last year", "2025")]),
        ("The board is due to meet again in the second quarter of next year.",
         [("the second quarter of next year", "2027-Q2")]),
        ("The envoys couldn't agree in December.", [("December", "2025-12")]),
    ],
    ids=["months-joined-before-last-year", "days-joined-before-last-year",
         "quarter-of-next-year", "couldnt-is-past"],
)
def test_the_year_told_after_joined_dates(text, expected):
    frame = find_dates(text, "2026-11-26")
    assert list(zip(frame["text"], frame["value"], strict=True)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Talks are set for next Tuesday and Wednesday.", ["2026-12-01", "2026-12-02"]),
        ("The envoys meet again next Monday to Wednesday.", ["2026-11-30", "2026-12-02"]),
        ("Talks were held on Monday and Tuesday.", ["2026-11-23", "2026-11-24"]),
        ("Statements made Wednesday and Tuesday.", ["2026-11-25", "2026-11-24"]),
    ],
    ids=["next-joined", "next-range", "past-joined-control", "reverse-order-looks-back"],
)
def test_a_weekday_joined_to_one_ahead_follows_it(text, expected):
    # the second day is the paper's own weekday: alone it would be the day of publication
    frame = find_dates(text, "2026-11-25")  # a Wednesday
    assert list(frame["value"]) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The truce expires on Friday.", "2026-11-27"),
        ("Talks resume on Monday in Velm.", "2026-11-30"),
        ("The envoy arrives in Lisk on Sunday.", "2026-11-29"),
        ("The committee convenes on Tuesday.", "2026-12-01"),
        ("The envoy arrived in Lisk on Sunday.", "2026-11-22"),
    ],
    ids=["expires", "resume", "arrives", "convenes", "past-control"],
)
def test_a_timetable_present_looks_ahead(text, expected):
    frame = find_dates(text, "2026-11-25")  # a Wednesday
    assert list(frame["value"]) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The delegations had been due to meet on Tuesday, but the round was put off.", ["2026-11-24"]),
        ("The envoys were supposed to sign the text on Monday.", ["2026-11-23"]),
        ("The envoys are due to meet on Tuesday.", ["2026-12-01"]),
        # a plan since given up: the nearest November 18, nine days back, not next year's
        ("The Velm round was originally planned for November 18 but was put off.", ["2026-11-18"]),
        ("The session, initially scheduled for November 16, moved to Lisk.", ["2026-11-16"]),
        ("The next session is planned for November 18.", ["2027-11-18"]),
        # a plan that names its noun, the clause's verb past: the plan may be past too
        ("It was the first sitting since a round planned for November 18 in Velm was called off.",
         ["2026-11-18"]),
        ("The round scheduled for November 18 will take up the border.", ["2027-11-18"]),
    ],
    ids=["past-perfect-plan", "supposed-to", "plan-ahead-control", "originally-planned",
         "initially-scheduled", "planned-control", "round-planned-called-off",
         "round-scheduled-future-control"],
)
def test_a_plan_told_in_the_past_has_no_direction(text, expected):
    frame = find_dates(text, "2026-11-25")  # a Wednesday
    assert list(frame["value"]) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norland said it would not attend Friday's talks in Velm.", ["2026-11-27"]),
        ("Sudland will join Monday's session.", ["2026-11-30"]),
        ("Norland welcomed Monday's ruling.", ["2026-11-23"]),
        ("Exiles said they would look for ways to get around Monday's ruling.", ["2026-11-23"]),
    ],
    ids=["would-not-attend", "will-join", "past-control", "far-auxiliary-control"],
)
def test_a_day_owned_after_a_future_auxiliary_is_ahead(text, expected):
    frame = find_dates(text, "2026-11-25")  # a Wednesday
    assert list(frame["value"]) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A third round is planned for May in Velm.", ["2027-05"]),
        ("The next session is set for March.", ["2027-03"]),
        ("Protesters called for May to resign.", []),
    ],
    ids=["planned-for", "set-for", "name-control"],
)
def test_an_ambiguous_month_after_a_timetable_verb_and_for(text, expected):
    frame = find_dates(text, "2026-11-25")
    assert list(frame["value"]) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jon Vale called Ana Ruiz at 3:35 p.m. Norland time on Saturday.",
         ("3:35 p.m. Norland time on Saturday", "2026-11-21T15:35")),
        ("The truce took effect at 5 p.m. IST on Saturday.", ("5 p.m. IST on Saturday", "2026-11-21T17:00")),
        ("The envoys met at 9 a.m. local time on Monday.", ("9 a.m. local time on Monday", "2026-11-23T09:00")),
    ],
    ids=["named-zone", "zone-abbreviation", "local-time"],
)
def test_a_clock_time_with_its_zone_takes_the_day_after_it(text, expected):
    frame = find_dates(text, "2026-11-25")  # a Wednesday
    assert [tuple(r) for r in frame[["text", "value"]].itertuples(index=False)] == [expected]


def test_a_capitalised_word_after_a_clock_time_is_no_zone():
    frame = find_dates("Talks ended at 5 p.m. Some time later they resumed.", "2026-11-25")
    assert list(frame["text"]) == ["5 p.m."]


@pytest.mark.parametrize(
    "text, published, expr, value",
    [
        # another moment of a day told before
        ("The summit was held on August 8. Earlier in the day, the envoys met.", "2025-08-10",
         "Earlier in the day", "2025-08-08"),
        ("The summit was held on August 8. Later in the day, the ministers signed.",
         "2025-08-10", "Later in the day", "2025-08-08"),
        # (a month told between does not make "the same day" the day of publication)
        ("The summit was held on August 8. The text had been agreed in March. On the same day, "
         "the envoys met.", "2025-08-10", "the same day", "2025-08-08"),
        # (a time on a named day is the day told: "at 8:30 a.m. on Sunday")
        ("The cabinet met on Friday. The truce starts at 8:30 a.m. on Sunday, and the first "
         "captives go free later in the day.", "2025-08-10", "later in the day", "2025-08-17"),
        # "weekend talks": the weekend before
        ("The sides agreed on Monday to cut tariffs, after weekend talks in Velm.", "2025-05-12",
         "weekend", "2025-W19-WE"),
        # the days around Easter
        ("On April 19, the Easter Saturday exchange returned 246 prisoners.", "2025-04-28",
         "Easter Saturday", "2025-04-19"),
        ("The talks began on Good Friday.", "2025-04-28", "Good Friday", "2025-04-18"),
        ("They ended on Easter Monday.", "2025-04-28", "Easter Monday", "2025-04-21"),
        # a day of the month in a story of an earlier month is of that month
        ("Norland's envoy met the president on May 7. On the 10th, the truce began.",
         "2025-06-20", "the 10th", "2025-05-10"),
        ("He first came on Feb. 11. He was back last month, on the 13th, for a meeting.",
         "2025-04-12", "the 13th", "2025-03-13"),
        ("The round will open on the 24th.", "2025-06-20", "the 24th", "2025-06-24"),
        # a weekday after "until" is ahead, but not after a past verb of lasting
        ("The round opened on September 14 and ran until late on Monday.", "2025-09-16",
         "Monday", "2025-09-15"),
        ("The vote was postponed until Friday.", "2025-09-16", "Friday", "2025-09-19"),
        # "plan to" before a name is a noun and a preposition, no plan for the future
        ("Jon Vale handed the original plan to Ana Ruiz in Velm on Thursday.", "2025-06-02",
         "Thursday", "2025-05-29"),
    ],
    ids=["earlier-in-the-day", "later-in-the-day", "same-day-after-a-month",
         "later-in-the-day-after-a-time-on-a-weekday", "weekend-talks", "easter-saturday",
         "good-friday", "easter-monday", "story-of-an-earlier-month", "month-just-named",
         "month-of-publication", "ran-until-is-past", "postponed-until-is-ahead",
         "plan-to-a-name"],
)
def test_a_date_read_from_the_story_around_it(text, published, expr, value):
    frame = find_dates(text, published)
    assert frame.loc[frame["text"] == expr, "value"].tolist() == [value]
