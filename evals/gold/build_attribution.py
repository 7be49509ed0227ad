#!/usr/bin/env python3
"""Build evals/gold/attribution.jsonl from the articles written below as Python data.

The attribution set tests WHO said or reported what: quote speakers and their role phrases,
the source of every casualty figure, reporting periods and war-long tolls, and the mediator and
parties of each peace process. All articles are fiction written for this set (see README.md).

Offsets are never typed by hand: every quote's `start`/`end` is computed here with `str.find`,
searching forward from the previous quote, so they are right by construction. Every verbatim field
(speaker_role, reported_by, period, mediator, parties) and every casualty's evidence phrase must
occur in the article on word boundaries, or the build stops with the article id and the field.

    python evals/gold/build_attribution.py            # writes evals/gold/attribution.jsonl
    python evals/gold/check_gold.py evals/gold/attribution.jsonl
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from check_gold import KINDS, GROUPS, STATUSES, number_values  # noqa: E402

OUT = Path(__file__).with_name("attribution.jsonl")
OPENING_MARKS = "\"“«"
LEADING = re.compile(r"(?i)(?:the|a|an|its|their|his|her)\s")
VAGUE = {100_000: r"\bhundreds of thousands\b", 3: r"\bseveral\b", 1: r"\b(?:a|an|one)\b", 100: r"\bhundreds\b", 1000: r"\bthousands\b", 12: r"\bdozens?\b"}


@dataclass
class Q:
    """A direct quote: the words inside the marks, the resolved speaker, the verbatim role phrase."""

    text: str
    speaker: str | None
    role: str | None = None


@dataclass
class C:
    """A casualty figure. `ev` is the phrase that states it (checked, not exported)."""

    kind: str
    group: str
    count: int
    ev: str
    minimum: bool = False
    by: str | None = None
    period: str | None = None
    cumulative: bool = False
    high: int | None = None
    implicit: bool = False  # the phrase implies the count without stating it ("her son" = 1)


@dataclass
class N:
    """A peace process or truce named in the article."""

    process: str
    mediator: str | None
    parties: list[str]
    status: str


@dataclass
class A:
    id: str
    setting: str
    date: str
    title: str
    text: str
    quotes: list[Q]
    casualties: list[C]
    negotiations: list[N]
    status: str
    notes: str
    extra: dict = field(default_factory=dict)


ARTICLES: list[A] = []


def _paragraphs(raw: str) -> str:
    """Paragraphs are written one per line with a blank line between; joined with exactly \\n\\n."""
    return "\n\n".join(" ".join(p.split()) for p in raw.strip().split("\n\n"))


def _on_word_boundary(needle: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text) is not None


def build(a: A) -> dict:
    text = _paragraphs(a.text)
    problems: list[str] = []

    def verbatim(value: str | None, what: str, cut: bool = True) -> None:
        if value is None:
            return
        if not _on_word_boundary(value, text):
            problems.append(f"{what} {value!r} does not occur in the text on word boundaries")
        # House rule (README): role, source, mediator and party phrases drop a leading article or
        # possessive pronoun; a period phrase is kept whole.
        if cut and LEADING.match(value):
            problems.append(f"{what} {value!r} starts with an article or possessive pronoun")

    quotes, pos = [], 0
    for q in a.quotes:
        start = text.find(q.text, pos)
        if start < 0:
            problems.append(f"quote {q.text[:50]!r} not found after offset {pos}")
            continue
        end = start + len(q.text)
        before = text[:start].rstrip(" ")
        if not before or before[-1] not in OPENING_MARKS:
            problems.append(f"quote {q.text[:50]!r} is not right after an opening mark")
        if q.text != q.text.strip() or q.text.endswith(","):
            problems.append(f"quote {q.text[:50]!r} has surrounding space or a trailing comma")
        if q.speaker is not None and q.speaker.lower() not in text.lower():
            problems.append(f"speaker {q.speaker!r} not in the text")
        verbatim(q.role, "speaker_role")
        quotes.append({"text": q.text, "speaker": q.speaker, "speaker_role": q.role, "start": start, "end": end})
        pos = end

    casualties = []
    for c in a.casualties:
        if c.kind not in KINDS or c.group not in GROUPS:
            problems.append(f"casualty {c.ev!r}: bad kind/group {c.kind}/{c.group}")
        verbatim(c.ev, "casualty evidence", cut=False)
        if not c.implicit and c.count not in number_values(c.ev) and not re.search(VAGUE.get(c.count, r"(?!)"), c.ev, re.I):
            problems.append(f"casualty {c.ev!r}: count {c.count} is not a number the phrase gives")
        verbatim(c.by, "reported_by")
        verbatim(c.period, "period", cut=False)
        entry = {"kind": c.kind, "group": c.group, "count": c.count, "count_is_minimum": c.minimum}
        if c.high is not None:
            entry["count_high"] = c.high
        entry |= {"reported_by": c.by, "period": c.period, "cumulative": c.cumulative}
        casualties.append(entry)

    negotiations = []
    for n in a.negotiations:
        if n.status not in STATUSES:
            problems.append(f"negotiation {n.process!r}: bad status {n.status}")
        verbatim(n.mediator, "mediator")
        for p in n.parties:
            verbatim(p, "party")
        negotiations.append({"process": n.process, "mediator": n.mediator, "parties": n.parties, "status": n.status})
    if a.status not in STATUSES:
        problems.append(f"bad negotiation_status {a.status}")
    if a.status != "none" and a.status not in {n.status for n in a.negotiations}:
        problems.append(f"negotiation_status {a.status} is not the status of any listed negotiation")
    if a.setting not in ("fictional", "real-places"):
        problems.append(f"bad setting {a.setting}")
    words = len(text.split())
    if not 150 <= words <= 450:
        problems.append(f"{words} words (expected 150-450)")
    if problems:
        raise SystemExit(f"{a.id}: " + "; ".join(problems))
    return {
        "id": a.id, "source": "attribution", "title": a.title, "date": a.date, "text": text,
        "gold": {"quotes": quotes, "casualties": casualties, "negotiations": negotiations,
                 "negotiation_status": a.status},
        "meta": {"setting": a.setting, "notes": a.notes} | a.extra,
    }


def main() -> int:
    ids = [a.id for a in ARTICLES]
    if len(ids) != len(set(ids)):
        raise SystemExit("duplicate ids")
    records = [build(a) for a in ARTICLES]
    with OUT.open("w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} articles to {OUT.name}")
    return 0


# --- articles ------------------------------------------------------------------------------
ARTICLES += [
A("attr-001", "fictional", "2024-02-06",
  "Shelling of Korvane bus station kills at least 14, governor says; rebels give lower toll",
  """
KORVANE, Dravia (Meridian News) - Artillery fire hit a bus station in the eastern Dravian town of Korvane on Tuesday morning, killing at least 14 civilians, according to the regional governor, Petra Valchenko.

Oleg Marin, a spokesman for the rebel Eastern Brigades, said only three people had died and accused government troops of shelling the town themselves. Neither account could be independently verified.

Valchenko said 38 wounded people had been taken to the town's two hospitals, nine of them children.

"They fired on a bus station at the hour when people go to work," Valchenko told reporters outside the main hospital. "There is no other way to read it."

Marin said by telephone that the group's guns had been silent all morning. "Whoever did this wants the talks buried," he said.

Talks between the Dravian government and the Eastern Brigades, brokered by Kestovia, have been suspended since December, when rebel negotiators walked out over a list of prisoners.

Dr. Ilya Morosan said the town's hospitals had been short of blood since the autumn. "We are asking every family to send one donor," he said.

The U.N. human rights office says more than 4,100 civilians have been killed in the east since the war began in 2021, at least 640 of them in Korvane district.
""",
  [Q("They fired on a bus station at the hour when people go to work", "Petra Valchenko", "regional governor"),
   Q("There is no other way to read it.", "Petra Valchenko", "regional governor"),
   Q("Whoever did this wants the talks buried", "Oleg Marin", "spokesman for the rebel Eastern Brigades"),
   Q("We are asking every family to send one donor", "Ilya Morosan", None)],
  [C("killed", "civilians", 14, "at least 14 civilians", True, "Petra Valchenko"),
   C("killed", "unspecified", 3, "only three people had died", False, "Oleg Marin"),
   C("injured", "unspecified", 38, "38 wounded people", False, "Petra Valchenko"),
   C("injured", "children", 9, "nine of them children", False, "Petra Valchenko"),
   C("killed", "civilians", 4100, "more than 4,100 civilians", True, "U.N. human rights office", "since the war began in 2021", True),
   C("killed", "civilians", 640, "at least 640 of them in Korvane district", True, "U.N. human rights office", "since the war began in 2021", True)],
  [N("government-Eastern Brigades talks", "Kestovia", ["Dravian government", "Eastern Brigades"], "stalled")],
  "stalled",
  "Two sources disagree (14 vs 3, never summed); a war-long toll and its district subset; talks only in passing (suspended -> stalled); split quote; pronoun speaker; a speaker with a title and no role (Dr. dropped, role null)."),

A("attr-002", "real-places", "2024-03-19",
  "Air strikes on Idlib market town kill at least nine; civil defence gives higher toll",
  """
IDLIB, Syria (Meridian News) - Air strikes on a market town in Syria's northwestern Idlib governorate killed at least nine people on Tuesday, including four children, the Syrian Observatory for Human Rights said.

The Syrian Civil Defence, whose volunteers dig survivors out of rubble, put the toll higher, at 11 dead and 26 wounded, after searching two collapsed buildings in Ariha.

Two more people were reported killed by activists in a separate strike on farmland outside Maarat Misrin, a few kilometres to the north.

"We pulled a mother and her baby out alive from the second building. The man next to them we could not save," said Khaled Hamdoun, a Civil Defence team leader in Ariha.

A medical source at the main hospital in Idlib city said it had received 19 wounded people by the afternoon, seven of them in critical condition.

“We are putting children two to a bed,” said a nurse at the hospital, who asked not to be named because staff are not allowed to speak to the press.

No group said it had carried out the strikes. Idlib is home to about three million people, many of whom fled fighting in other parts of the country.

The Observatory, which relies on a network of sources on the ground, says more than 500,000 people have been killed in Syria since 2011.
""",
  [Q("We pulled a mother and her baby out alive from the second building. The man next to them we could not save", "Khaled Hamdoun", "Civil Defence team leader"),
   Q("We are putting children two to a bed", "a nurse at the hospital", "nurse")],
  [C("killed", "unspecified", 9, "at least nine people", True, "Syrian Observatory for Human Rights"),
   C("killed", "children", 4, "four children", False, "Syrian Observatory for Human Rights"),
   C("killed", "unspecified", 11, "11 dead", False, "Syrian Civil Defence"),
   C("injured", "unspecified", 26, "26 wounded", False, "Syrian Civil Defence"),
   C("killed", "unspecified", 2, "Two more people were reported killed by activists", False, "activists"),
   C("injured", "unspecified", 19, "19 wounded people", False, "medical source"),
   C("killed", "unspecified", 500000, "more than 500,000 people", True, "Syrian Observatory for Human Rights", "since 2011", True)],
  [], "none",
  "Three sources for three figures of one day (Observatory 9, Civil Defence 11, activists 2 for a separate strike); passive 'were reported killed by activists'; unnamed 'medical source'; a later short form ('The Observatory') resolved to the full name; war-long toll since 2011; role-only speaker (a nurse); 'about three million' is not a casualty figure."),

A("attr-003", "fictional", "2024-04-23",
  "Kestovia truce extended by 30 days as political talks stay frozen",
  """
LUSAR, Kestovia (Northline Wire) - The government of Kestovia and the Free Highlands Movement agreed on Tuesday to extend a truce in the northern highlands by 30 days, even as political talks between them remained deadlocked, the joint U.N.-AU envoy, Amadou Sellé, said.

"The guns are quieter than at any time in three years, and that is worth protecting," Sellé told reporters in Lusar. "But a truce is not a settlement."

The truce, which Sellé brokered in February, has been broken repeatedly. The envoy's office said at least 23 people had been killed in the highlands since it took effect, most of them in clashes over cattle.

The separate political talks in Ketu, mediated by the African Union, have not met since March, when the Free Highlands Movement walked out over regional autonomy.

Teodor Rask, the army's chief negotiator, said the government was ready to return to Ketu "at any hour".

"We have not walked away from anything. We are waiting for the other side to remember why they came," Rask said.

A spokeswoman for the movement, Hanna Dobre, said its delegation would return only when the government released 140 detained members. “Our people are in cells while their negotiators drink coffee,” she said.

Aid agencies say about 85,000 people remain displaced in the highlands.
""",
  [Q("The guns are quieter than at any time in three years, and that is worth protecting", "Amadou Sellé", "joint U.N.-AU envoy"),
   Q("But a truce is not a settlement.", "Amadou Sellé", "joint U.N.-AU envoy"),
   Q("We have not walked away from anything. We are waiting for the other side to remember why they came", "Teodor Rask", "army's chief negotiator"),
   Q("Our people are in cells while their negotiators drink coffee", "Hanna Dobre", "spokeswoman for the movement")],
  [C("killed", "unspecified", 23, "at least 23 people", True, "envoy's office", "since it took effect"),
   C("detained", "combatants", 140, "140 detained members", False, "Hanna Dobre"),
   C("displaced", "unspecified", 85000, "about 85,000 people", False, "Aid agencies")],
  [N("highlands truce (extended by 30 days)", "Amadou Sellé", ["government of Kestovia", "Free Highlands Movement"], "implementing"),
   N("political talks in Ketu", "African Union", ["government of Kestovia", "Free Highlands Movement"], "stalled")],
  "implementing",
  "A truce extended (implementing) while separate talks stall (walk-out); role with hyphen and abbreviations (U.N.-AU); role before the name ('A spokeswoman for the movement, Hanna Dobre'); partial quote 'at any hour' excluded; period 'since it took effect' is not cumulative."),

A("attr-004", "real-places", "2024-05-14",
  "Motorcycle bomb outside Kunduz mosque kills at least six",
  """
KUNDUZ, Afghanistan (Meridian News) - A bomb hidden on a motorcycle exploded outside a mosque in the northern Afghan city of Kunduz as worshippers left noon prayers on Tuesday, killing at least six people and wounding 17, the provincial police said.

A local radio station, citing hospital staff, put the death toll at eight.

Mohammad Naeem Haqyar, the spokesman for the provincial police, said the dead included a 12-year-old boy who had been selling water outside the mosque. "We have arrested two men who were seen near the motorcycle before the blast," Haqyar told reporters at the scene.

He said the six people killed were all local residents and that several of the wounded had been moved to a hospital in Mazar-i-Sharif.

Abdul Wahid, who runs a tailoring shop across the street, said the blast had shattered every window on the block. "I ran outside and the first thing I saw was a shoe in the road," he said. "Then I saw the boy."

No group immediately said it was behind the attack. Mosques in Kunduz province have been bombed several times since 2021, and most of those attacks were claimed by the local affiliate of the Islamic State group.

"Every family here has buried someone from an explosion," said Gul Ahmad, a tribal elder from the city.
""",
  [Q("We have arrested two men who were seen near the motorcycle before the blast", "Mohammad Naeem Haqyar", "spokesman for the provincial police"),
   Q("I ran outside and the first thing I saw was a shoe in the road", "Abdul Wahid", None),
   Q("Then I saw the boy.", "Abdul Wahid", None),
   Q("Every family here has buried someone from an explosion", "Gul Ahmad", "tribal elder")],
  [C("killed", "unspecified", 6, "at least six people", True, "provincial police"),
   C("injured", "unspecified", 17, "wounding 17", False, "provincial police"),
   C("killed", "unspecified", 8, "the death toll at eight", False, "hospital staff"),
   C("killed", "children", 1, "a 12-year-old boy", False, "Mohammad Naeem Haqyar"),
   C("detained", "unspecified", 2, "two men who were seen near the motorcycle", False, "Mohammad Naeem Haqyar")],
  [], "none",
  "'A local radio station, citing hospital staff' -> reported_by is the cited source (hospital staff); the six dead restated in paragraph 4 are listed once; a figure given inside a quote is reported by its speaker; 'several of the wounded' moved is not a figure; a speaker described only by a relative clause ('who runs a tailoring shop') has no role; a trailing locative ('from the city') is cut from the role."),

A("attr-005", "fictional", "2024-06-04",
  "Qatar-brokered Nevra talks agree agenda as three northern groups negotiate as one bloc",
  """
DOHA (Meridian News) - Qatar-brokered talks between the government of Nevra and three northern armed groups entered their second week on Tuesday, with both sides saying they had agreed on an agenda for a ceasefire.

The groups - the Sahel Liberation Front, the Azawar Movement and the People's Defence Councils - are negotiating as a single bloc for the first time.

"We have an agenda, and in this process an agenda is not a small thing," said Youssef al-Derhami, Qatar's lead mediator.

Nevra's interior minister, Ousmane Keita, who heads the government delegation, said the first item would be a halt to air strikes and ambushes in the three northern regions. "If the guns stop for a month, everything else on the list becomes possible," Keita said.

“We came to Doha to stop the killing,” said Bilal Ag Assarid, a spokesman for the Sahel Liberation Front, “not to sign a surrender.”

Fighting in Nevra's north has killed more than 1,300 people since January, according to the U.N. humanitarian office, and driven about 210,000 from their homes.

The armed groups say the government holds about 400 of their fighters and want them freed before any ceasefire is signed. Keita said prisoners would be discussed "in the right order".

Delegates said they expected the talks to run at least until the end of the month.
""",
  [Q("We have an agenda, and in this process an agenda is not a small thing", "Youssef al-Derhami", "Qatar's lead mediator"),
   Q("If the guns stop for a month, everything else on the list becomes possible", "Ousmane Keita", "Nevra's interior minister"),
   Q("We came to Doha to stop the killing", "Bilal Ag Assarid", "spokesman for the Sahel Liberation Front"),
   Q("not to sign a surrender.", "Bilal Ag Assarid", "spokesman for the Sahel Liberation Front")],
  [C("killed", "unspecified", 1300, "more than 1,300 people", True, "U.N. humanitarian office", "since January"),
   C("displaced", "unspecified", 210000, "about 210,000", False, "U.N. humanitarian office", "since January"),
   C("detained", "combatants", 400, "about 400 of their fighters", False, "armed groups")],
  [N("Doha ceasefire talks", "Qatar", ["government of Nevra", "Sahel Liberation Front", "Azawar Movement", "People's Defence Councils"], "ongoing")],
  "ongoing",
  "State mediator written as 'Qatar-brokered' (mediator 'Qatar', the first naming; the lead mediator is quoted separately); four parties; split quote with the speaker named between the halves; role appositive before the name ('Nevra's interior minister, Ousmane Keita'); 'since January' is a period, not a war-long toll; partial quote 'in the right order' excluded."),

A("attr-006", "real-places", "2024-07-09",
  "Drone strike on Kharkiv apartment block kills four, day after prisoner swap",
  """
KHARKIV, Ukraine (Northline Wire) - A Russian drone strike on an apartment block in the Ukrainian city of Kharkiv killed four people overnight and injured 21, including three children, the head of the regional military administration, Viktor Hrytsenko, said on Tuesday.

Writing on Telegram, Hrytsenko said rescuers were still searching the rubble for two residents who were missing.

"The drone hit the fifth floor and the stairwell collapsed behind it," Hrytsenko said later at the scene.

The city's mayor, Taras Melnyk, put the number of injured at 24, saying three people had gone to clinics on their own after the first count. "We will rebuild this block, but we cannot rebuild these families," he told a local broadcaster.

Russia's defence ministry said its forces had struck military targets in the Kharkiv region overnight. It did not mention the apartment block.

The strike came a day after Ukraine and Russia exchanged 95 prisoners of war each in a swap mediated by the United Arab Emirates, the latest under an arrangement that officials on both sides say will continue.

Olena Savchuk, who lives in the next block, said she had been woken by the blast. "The windows came in on us. My daughter is still shaking," she said.

The regional prosecutor's office says more than 2,000 civilians have been killed in the Kharkiv region since February 2022.
""",
  [Q("The drone hit the fifth floor and the stairwell collapsed behind it", "Viktor Hrytsenko", "head of the regional military administration"),
   Q("We will rebuild this block, but we cannot rebuild these families", "Taras Melnyk", "city's mayor"),
   Q("The windows came in on us. My daughter is still shaking", "Olena Savchuk", None)],
  [C("killed", "unspecified", 4, "killed four people", False, "Viktor Hrytsenko"),
   C("injured", "unspecified", 21, "injured 21", False, "Viktor Hrytsenko"),
   C("injured", "children", 3, "three children", False, "Viktor Hrytsenko"),
   C("missing", "civilians", 2, "two residents who were missing", False, "Viktor Hrytsenko"),
   C("injured", "unspecified", 24, "the number of injured at 24", False, "Taras Melnyk"),
   C("killed", "civilians", 2000, "more than 2,000 civilians", True, "regional prosecutor's office", "since February 2022", True)],
  [N("prisoner-of-war exchanges", "United Arab Emirates", ["Ukraine", "Russia"], "implementing")],
  "implementing",
  "Two officials give different injured counts (21 vs 24), both listed; pronoun speaker for the mayor; a long role ('head of the regional military administration'); prisoners already freed in the swap (95 each) are not detained figures; the swap arrangement mentioned in passing is the only process (implementing); war-long regional toll."),

A("attr-007", "fictional", "2024-08-13",
  "Talvora government and two rebel movements sign AU-brokered ceasefire",
  """
KETU, Nambara (Meridian News) - The government of Talvora and two rebel movements signed a ceasefire in the Nambaran capital on Tuesday after eight weeks of talks brokered by the African Union, raising hopes of an end to a war that has lasted five years.

The deal, signed by Talvora's defence minister, Cyrille Onana, and by the leaders of the Southern Patriotic Front and the Lakes Alliance, is due to take effect at midnight on Friday.

"Today the people of Talvora have been given a chance. The signatures are only ink until the guns fall silent," said the AU Commission's special envoy, Fatou Ndiaye, who chaired the final sessions.

Under the agreement, about 3,000 prisoners held by both sides are to be released within 60 days, and an AU team of 150 monitors will patrol a buffer zone along the Kivo river.

Onana said the army would pull back its artillery first. "We will move the guns back twenty kilometres the day the monitors arrive," he said.

Marcel Dzongo, who signed for the Southern Patriotic Front, was more cautious. "We have signed ceasefires before. We will believe this one when our villages are not bombed," he said.

Researchers at the University of Ketu estimate that at least 18,000 people have been killed since the war began, and the U.N. refugee agency says more than two million have fled their homes.
""",
  [Q("Today the people of Talvora have been given a chance. The signatures are only ink until the guns fall silent", "Fatou Ndiaye", "AU Commission's special envoy"),
   Q("We will move the guns back twenty kilometres the day the monitors arrive", "Cyrille Onana", "Talvora's defence minister"),
   Q("We have signed ceasefires before. We will believe this one when our villages are not bombed", "Marcel Dzongo", None)],
  [C("detained", "unspecified", 3000, "about 3,000 prisoners", False, None),
   C("killed", "unspecified", 18000, "at least 18,000 people", True, "Researchers at the University of Ketu", "since the war began", True),
   C("displaced", "unspecified", 2000000, "more than two million", True, "U.N. refugee agency", "since the war began", True)],
  [N("Talvora ceasefire", "African Union", ["government of Talvora", "Southern Patriotic Front", "Lakes Alliance"], "agreement")],
  "agreement",
  "Ceasefire signed, due to take effect (agreement); three parties; prisoners whose release the deal only promises are detained, unsourced (reported_by null); role with abbreviation (AU Commission's special envoy); 'who signed for the Southern Patriotic Front' is a relative clause, so no role; distractor numbers (60 days, 150 monitors, twenty kilometres, five years); the displaced toll shares the war-long period."),
]
ARTICLES += [
A("attr-008", "real-places", "2024-09-10",
  "Shelling of El Fasher displacement camp kills at least 17; AU council calls for truce",
  """
EL FASHER, Sudan (Meridian News) - Shells struck a camp for displaced people on the southern edge of El Fasher, the capital of Sudan's North Darfur state, on Tuesday, killing at least 17 people, a local resistance committee said.

The committee, a volunteer group that records attacks in the city, said dozens of people had been wounded, many of them women queuing for water.

A doctor at the camp, speaking on condition of anonymity for fear of reprisals, said 22 bodies had been brought to the camp's clinic by nightfall.

"The shells came in three waves, and the third one hit the people who had run to help," said Adam Yahya, a member of the resistance committee.

The Sudanese army and the Rapid Support Forces each blamed the other for the shelling. Neither statement gave a toll.

The International Organization for Migration said about 9,000 people had fled the camp since Sunday, most of them towards Tawila, about 60 km to the west.

On Monday, the African Union's Peace and Security Council called for a humanitarian truce around El Fasher so that aid convoys could reach the camps. Neither the Sudanese army nor the Rapid Support Forces has responded.

“A truce around El Fasher is the least the people of Darfur are owed,” the council said in a statement.

Halima Adam, who arrived in Tawila on Tuesday with four of her children, said the family had walked through the night. "We left with nothing but the water we could carry," she said.
""",
  [Q("The shells came in three waves, and the third one hit the people who had run to help", "Adam Yahya", "member of the resistance committee"),
   Q("A truce around El Fasher is the least the people of Darfur are owed", "African Union's Peace and Security Council", None),
   Q("We left with nothing but the water we could carry", "Halima Adam", None)],
  [C("killed", "unspecified", 17, "at least 17 people", True, "local resistance committee"),
   C("injured", "unspecified", 12, "dozens of people had been wounded", True, "local resistance committee"),
   C("killed", "unspecified", 22, "22 bodies", False, "doctor"),
   C("displaced", "unspecified", 9000, "about 9,000 people", False, "International Organization for Migration", "since Sunday")],
  [N("humanitarian truce around El Fasher", "African Union's Peace and Security Council", ["Sudanese army", "Rapid Support Forces"], "proposed")],
  "proposed",
  "Two tolls for one attack (committee 17, an unnamed doctor 22); 'dozens' -> 12 minimum; a later short form ('The committee') resolved to the first naming; an organisation as speaker (no role); the truce is only called for (proposed), mediator a body of the AU; 'four of her children' and '60 km' are not casualty figures."),

A("attr-009", "fictional", "2024-10-15",
  "Ankara-brokered Morvia-Kaldor truce collapses as border shelling resumes",
  """
VELGRAD, Morvia (Northline Wire) - An Ankara-brokered truce between Morvia and Kaldor collapsed on Tuesday after three weeks, as artillery duels resumed along the disputed border and both defence ministries reported losses.

Morvia's defence ministry said seven of its soldiers had been killed and 15 wounded in Kaldoran shelling of border posts near Velgrad since Sunday. Kaldor's defence ministry said it had lost two soldiers and accused Morvian forces of firing first.

Kaldoran state television, citing the ministry, later said its forces had killed more than 40 Morvian troops, a claim Morvia rejected.

Local officials in the Morvian village of Dresk said a woman and two children were killed when a shell hit their house on Monday night.

About 4,000 villagers have been evacuated from the border strip since the weekend, the Morvian interior ministry said, and buses were waiting in Velgrad for more.

Talks on marking the border, which were due to begin in Ankara next month, are now in doubt. Neither government said whether its delegation would still travel.

The border dispute has killed at least 600 soldiers on both sides since 2019, according to a tally kept by the Velgrad Institute for Security Studies.
""",
  [],
  [C("killed", "security_forces", 7, "seven of its soldiers had been killed", False, "Morvia's defence ministry", "since Sunday"),
   C("injured", "security_forces", 15, "15 wounded", False, "Morvia's defence ministry", "since Sunday"),
   C("killed", "security_forces", 2, "it had lost two soldiers", False, "Kaldor's defence ministry"),
   C("killed", "security_forces", 40, "more than 40 Morvian troops", True, "Kaldor's defence ministry"),
   C("killed", "women", 1, "a woman", False, "Local officials"),
   C("killed", "children", 2, "two children", False, "Local officials"),
   C("evacuated", "civilians", 4000, "About 4,000 villagers", False, "Morvian interior ministry", "since the weekend"),
   C("killed", "security_forces", 600, "at least 600 soldiers", True, "Velgrad Institute for Security Studies", "since 2019", True)],
  [N("Ankara-brokered border truce", "Ankara", ["Morvia", "Kaldor"], "collapsed"),
   N("border demarcation talks in Ankara", None, ["Morvia", "Kaldor"], "proposed")],
  "collapsed",
  "No quotes. Each side's ministry reports its own and the enemy's losses (7, 2, 40: all listed, none summed); 'citing the ministry' -> the cited ministry, resolved to its full naming; a capital as mediator ('Ankara-brokered'); talks to be held IN Ankara have no mediator (venue is not a mediator); multi-year toll since 2019."),

A("attr-010", "fictional", "2024-11-12",
  "Selvaria constitution talks in Geneva move to power-sharing chapter",
  """
GENEVA (Meridian News) - U.N.-led talks on a new constitution for Selvaria moved on Tuesday to the most difficult chapter, the sharing of power between the capital and the regions, after delegates agreed the text of a bill of rights last week.

The U.N. special envoy for Selvaria, Ingrid Holm, has kept the four delegations - the government, the Union of the North, the Coastal Parties Bloc and a group of independent civil society members - in the same building for nine days.

Speaking to reporters after the morning session, she said the mood had changed since the first week. "Nobody is threatening to leave any more. They argue about commas now, which is how you know they are serious," Holm said.

Arben Rusi, the Union of the North's chief negotiator, said his delegation would insist on elected regional governors. "Appointed governors are how this war started," he said.

The government delegation, led by Justice Minister Clara Venn, said it was open to elections in some regions but not all. "We can phase it in. We cannot do it in one night," Venn said.

A spokesman for the Coastal Parties Bloc said the group would support whichever model included a fixed share of port revenues for the coast. "Show us the money and we will show you our signature," the spokesman said.

The talks are expected to continue until at least the end of November.
""",
  [Q("Nobody is threatening to leave any more. They argue about commas now, which is how you know they are serious", "Ingrid Holm", "U.N. special envoy for Selvaria"),
   Q("Appointed governors are how this war started", "Arben Rusi", "Union of the North's chief negotiator"),
   Q("We can phase it in. We cannot do it in one night", "Clara Venn", "Justice Minister"),
   Q("Show us the money and we will show you our signature", "a spokesman for the Coastal Parties Bloc", "spokesman for the Coastal Parties Bloc")],
  [],
  [N("Geneva constitution talks", "Ingrid Holm", ["government", "Union of the North", "Coastal Parties Bloc", "independent civil society members"], "ongoing")],
  "ongoing",
  "No casualty figures (labelled none); the envoy's role is given two paragraphs before the quote and she is referred to as 'she' in between; an office written before the name ('Justice Minister Clara Venn'); role-only speaker ('A spokesman for the Coastal Parties Bloc'); four parties; 'nine days' and 'four delegations' are not figures."),

A("attr-011", "real-places", "2024-12-03",
  "Sniper kills woman on reopened road into Taiz as Oman-mediated deal frays",
  """
TAIZ, Yemen (Meridian News) - A sniper shot dead a woman and wounded her son on Tuesday on a road into the Yemeni city of Taiz that was reopened last month under a deal between the Houthi movement and government forces, a medical source said.

The woman, a teacher, was crossing a checkpoint on the eastern edge of the city on foot, according to the source at al-Thawra hospital, who said the boy had been shot in the leg and would survive.

The road was reopened in November under a deal mediated by Oman, the first time in nine years that cars could drive straight from the city to the eastern districts of Taiz governorate.

A local rights group, the Taiz Rights Monitor, said at least 11 civilians had been killed by snipers along the road since it reopened in November. The same group says more than 3,000 civilians have been killed in the city since 2015.

"Opening the road was supposed to end this. Instead people are being shot in the middle of it," said Nabil al-Sharabi, a member of the Taiz city council.

Abdulkarim al-Maqtari, deputy governor of Taiz, said government forces had not returned fire. "We will not give them the excuse to close the road again," he said.

A Houthi military spokesman, quoted by the movement's media, denied that Houthi fighters had fired and accused government forces of staging the shooting.
""",
  [Q("Opening the road was supposed to end this. Instead people are being shot in the middle of it", "Nabil al-Sharabi", "member of the Taiz city council"),
   Q("We will not give them the excuse to close the road again", "Abdulkarim al-Maqtari", "deputy governor of Taiz")],
  [C("killed", "women", 1, "shot dead a woman", False, "medical source"),
   C("injured", "children", 1, "wounded her son", False, "medical source", implicit=True),
   C("killed", "civilians", 11, "at least 11 civilians", True, "Taiz Rights Monitor", "since it reopened in November"),
   C("killed", "civilians", 3000, "more than 3,000 civilians", True, "Taiz Rights Monitor", "since 2015", True)],
  [N("Taiz road reopening deal", "Oman", ["Houthi movement", "government forces"], "implementing")],
  "implementing",
  "Unnamed 'medical source' (later 'the source'); a deal in force with a violation (implementing); a period ('since it reopened in November') beside a war-long toll of the same group ('since 2015'); 'The same group' resolved to the group's name (the apposition 'A local rights group, the Taiz Rights Monitor' gives the name); role without article before the name is cut after the name ('deputy governor of Taiz')."),

A("attr-012", "fictional", "2025-01-14",
  "Police say 112 held after Port Alma protests; rights group puts arrests above 300",
  """
PORT ALMA, Saronia (Northline Wire) - Saronian police said on Tuesday they had detained 112 people during three nights of protests in the port city of Port Alma, while the Saronian Human Rights League said more than 300 had been arrested, many of them students.

The protests began on Saturday after the army shelled villages held by the rebel Coastal Front south of the city. Witnesses said several people were injured on Monday night when police fired rubber bullets into a crowd near the harbour.

"Anyone who throws a stone at a police officer will spend the night in a cell. That is the law," national police chief Anton Dusek told a news conference.

Mira Kovalenko, director of the Saronian Human Rights League, said her staff had compiled the list of arrests from lawyers' and families' reports. "Many of them are nineteen, twenty years old. Their parents do not know where they are," she said.

The Saronian Council of Churches on Monday offered to host talks between the government and the Coastal Front, which have not met since 2022. Neither side has accepted.

"We have a hall, we have tea, and we have patience. That is what we can offer," said Bishop Tomas Hrabal, who chairs the council.

Hospital officials in Port Alma said 14 people, among them four police officers, had been treated for injuries since Saturday.
""",
  [Q("Anyone who throws a stone at a police officer will spend the night in a cell. That is the law", "Anton Dusek", "national police chief"),
   Q("Many of them are nineteen, twenty years old. Their parents do not know where they are", "Mira Kovalenko", "director of the Saronian Human Rights League"),
   Q("We have a hall, we have tea, and we have patience. That is what we can offer", "Tomas Hrabal", None)],
  [C("detained", "unspecified", 112, "detained 112 people", False, "Saronian police"),
   C("detained", "unspecified", 300, "more than 300 had been arrested", True, "Saronian Human Rights League"),
   C("injured", "civilians", 3, "several people were injured", True, "Witnesses"),
   C("injured", "unspecified", 14, "14 people", False, "Hospital officials", "since Saturday"),
   C("injured", "security_forces", 4, "four police officers", False, "Hospital officials", "since Saturday")],
  [N("government-Coastal Front talks offered by the churches", "Saronian Council of Churches", ["government", "Coastal Front"], "proposed")],
  "proposed",
  "Two sources for the arrests (police 112, the League more than 300: both listed, never summed); the League's role phrase for its director ('director of the Saronian Human Rights League') keeps the organisation; 'several' -> 3 minimum; a subgroup (four police officers) listed beside its total; a title (Bishop) dropped, and 'who chairs the council' is a relative clause, so no role; an office before the name without an article ('national police chief Anton Dusek')."),
]
ARTICLES += [
A("attr-013", "real-places", "2025-02-11",
  "Tribal elders broker truce in Deir ez-Zor after clashes kill at least 27",
  """
DEIR EZ-ZOR, Syria (Meridian News) - Tribal elders brokered a truce on Tuesday between the Kurdish-led Syrian Democratic Forces and Arab tribal fighters in the eastern Syrian governorate of Deir ez-Zor, after four days of clashes that killed at least 27 people, according to the Syrian Observatory for Human Rights.

The Observatory said the dead included 15 tribal fighters, eight members of the SDF and four civilians, two of them children.

The SDF said in a statement that six of its fighters had been killed since Friday and that it had detained 31 people it accused of taking part in attacks on its checkpoints.

Under the truce, agreed at a meeting in the town of Hajin, the detainees are to be released within a week and SDF checkpoints pulled back from three villages along the Euphrates.

"The blood of the tribes and the blood of the Kurds is the same colour. We told them that until they were tired of hearing it," said Ibrahim al-Hafel, a tribal elder who took part in the talks.

An SDF spokesman, Dilovan Reso, said the group had accepted the truce "out of respect for the elders". "Nobody forced us to sign. If the attacks stop, the checkpoints move," he said.

Activists in the area said about 5,000 people had fled villages along the river since Friday, most of them to relatives in Deir ez-Zor city.
""",
  [Q("The blood of the tribes and the blood of the Kurds is the same colour. We told them that until they were tired of hearing it", "Ibrahim al-Hafel", "tribal elder"),
   Q("Nobody forced us to sign. If the attacks stop, the checkpoints move", "Dilovan Reso", "SDF spokesman")],
  [C("killed", "unspecified", 27, "at least 27 people", True, "Syrian Observatory for Human Rights"),
   C("killed", "combatants", 15, "15 tribal fighters", False, "Syrian Observatory for Human Rights"),
   C("killed", "combatants", 8, "eight members of the SDF", False, "Syrian Observatory for Human Rights"),
   C("killed", "civilians", 4, "four civilians", False, "Syrian Observatory for Human Rights"),
   C("killed", "children", 2, "two of them children", False, "Syrian Observatory for Human Rights"),
   C("killed", "combatants", 6, "six of its fighters had been killed", False, "Kurdish-led Syrian Democratic Forces", "since Friday"),
   C("detained", "combatants", 31, "detained 31 people", False, "Kurdish-led Syrian Democratic Forces"),
   C("displaced", "unspecified", 5000, "about 5,000 people", False, "Activists", "since Friday")],
  [N("Deir ez-Zor truce", "Tribal elders", ["Kurdish-led Syrian Democratic Forces", "Arab tribal fighters"], "agreement")],
  "agreement",
  "A total and its subgroups from one source (27 = 15 + 8 + 4; listed separately, never subtracted) beside a second source's own-losses figure (SDF 6 since Friday); the short form 'The SDF' at the figure is resolved to the first naming ('the Kurdish-led Syrian Democratic Forces', modifiers kept, article dropped); detainees whose release the truce only promises are detained; partial quote 'out of respect for the elders' excluded; role cut before a relative clause ('tribal elder who took part')."),

A("attr-014", "fictional", "2025-03-11",
  "Red Cross moves 260 patients out of besieged Marn hospital during pause",
  """
MARN, Vestra (Meridian News) - The International Committee of the Red Cross evacuated 260 patients from the besieged St. Anselm Hospital in Marn on Tuesday, the third day of a humanitarian pause agreed by the Vestran army and the Marn Defence Council, the organisation said.

Among those evacuated were 41 children, some of them newborns moved in incubators, said Lucia Ferrand, the head of the ICRC delegation in Vestra.

"We had three days to do the work of three weeks. The teams did not sleep," Ferrand told reporters in the capital, Ostel.

The pause, brokered by Switzerland, has largely held since it began on Sunday. But the hospital's director, Samir Haddad, said a mortar round hit the car park on Monday, killing a security guard and wounding two nurses.

“The pause saved these patients,” Haddad said. “It did not save the hospital.”

The army said in a statement that rebel fighters had fired the round. Yusuf Karam, a spokesman for the Marn Defence Council, denied it. "Our fighters respected every hour of the pause," Karam said.

The pause is due to end at midnight on Wednesday, and the ICRC said talks on extending it had begun.

City health authorities say more than 1,900 people have been killed in Marn since the siege began in 2023.
""",
  [Q("We had three days to do the work of three weeks. The teams did not sleep", "Lucia Ferrand", "head of the ICRC delegation"),
   Q("The pause saved these patients", "Samir Haddad", "hospital's director"),
   Q("It did not save the hospital.", "Samir Haddad", "hospital's director"),
   Q("Our fighters respected every hour of the pause", "Yusuf Karam", "spokesman for the Marn Defence Council")],
  [C("evacuated", "unspecified", 260, "evacuated 260 patients", False, "International Committee of the Red Cross"),
   C("evacuated", "children", 41, "41 children", False, "Lucia Ferrand"),
   C("killed", "civilians", 1, "killing a security guard", False, "Samir Haddad"),
   C("injured", "civilians", 2, "wounding two nurses", False, "Samir Haddad"),
   C("killed", "unspecified", 1900, "more than 1,900 people", True, "City health authorities", "since the siege began in 2023", True)],
  [N("humanitarian pause in Marn", "Switzerland", ["Vestran army", "Marn Defence Council"], "implementing")],
  "implementing",
  "A pause in force with one violation (implementing; talks on extending it are part of the same process); patients are counted as unspecified because the article does not call them civilians, a security guard and nurses of the hospital are civilians; split quote in curly marks; role after the name ('Yusuf Karam, a spokesman for ...'); 'the organisation' resolved to the ICRC's full name; locative 'in Vestra' cut from the role; a multi-year siege toll is cumulative."),

A("attr-015", "real-places", "2025-04-15",
  "Glide bombs hit Orikhiv as children are evacuated from Zaporizhzhia front line",
  """
ZAPORIZHZHIA, Ukraine (Northline Wire) - Russian glide bombs hit the frontline town of Orikhiv in Ukraine's Zaporizhzhia region on Tuesday, killing two men and wounding five other people, regional governor Serhiy Kovalchuk said.

Kovalchuk said on Telegram that a further 43 children and 19 adults had been evacuated from Orikhiv and nearby villages over the past week, under an order that requires families with children to leave frontline areas.

The National Police of Ukraine said one of its officers was among the wounded.

"The bombs weigh half a tonne. There is no cellar in Orikhiv deep enough for that," said Volodymyr Tkach, a volunteer who drives evacuation vans for a charity.

Iryna Boiko, who left Orikhiv on Monday with her two sons, said she had held out for as long as she could. “I did not want to leave my mother,” she said, “but my sons have to live.”

The regional administration says more than 1,100 civilians have been killed in the Zaporizhzhia region since February 2022.

Later on Tuesday, in his evening video address, Kovalchuk urged the last families with children to register for evacuation. "Leaving is not a choice for families with children. It is the law," he said.

There was no immediate comment from Moscow on the strikes.
""",
  [Q("The bombs weigh half a tonne. There is no cellar in Orikhiv deep enough for that", "Volodymyr Tkach", "volunteer"),
   Q("I did not want to leave my mother", "Iryna Boiko", None),
   Q("but my sons have to live.", "Iryna Boiko", None),
   Q("Leaving is not a choice for families with children. It is the law", "Serhiy Kovalchuk", "regional governor")],
  [C("killed", "unspecified", 2, "killing two men", False, "Serhiy Kovalchuk"),
   C("injured", "unspecified", 5, "wounding five other people", False, "Serhiy Kovalchuk"),
   C("evacuated", "children", 43, "43 children", False, "Serhiy Kovalchuk", "over the past week"),
   C("evacuated", "unspecified", 19, "19 adults", False, "Serhiy Kovalchuk", "over the past week"),
   C("injured", "security_forces", 1, "one of its officers", False, "National Police of Ukraine"),
   C("killed", "civilians", 1100, "more than 1,100 civilians", True, "regional administration", "since February 2022", True)],
  [], "none",
  "No negotiations; the governor's role is given only in the lede, his quote comes in the last paragraphs; split quote around 'she said'; a subgroup of the wounded (one police officer) from a second source; evacuation over a week has a period but is not cumulative; 'two sons' of a quoted resident is not a figure."),

A("attr-016", "fictional", "2025-05-13",
  "Ardelia talks in Oslo suspended as rebel delegation walks out over offensive",
  """
OSLO (Meridian News) - Talks facilitated by Norway between the government of Ardelia and two rebel factions were suspended on Tuesday after the larger faction's delegation walked out, accusing the army of launching an offensive while its negotiators sat at the table.

The Ardelian People's Army (APA) said government air strikes had killed 19 of its fighters and 12 civilians in the Tessin valley since Thursday.

Army spokesman Colonel Viktor Lanz said troops had killed dozens of "terrorists" in what he called a response to rebel raids on supply roads. He gave no figure for army losses.

"We did not come to Oslo to be bombed by proxy," Mateo Brun, the APA's chief negotiator, said before leaving the hotel. "When the planes stop, call us."

The smaller faction, the Tessin Valley Front, said its delegation would stay in Oslo. "Someone has to be here when the door opens again," said Lina Ortis, who leads it.

Kari Lunde, Norway's special envoy for Ardelia, said the process was not over. “Nobody has closed the door. One delegation has stepped outside it, and we will keep the lights on,” she told reporters.

The United Nations says at least 6,500 people have been killed since the war began in 2016 and that about 400,000 remain displaced.
""",
  [Q("We did not come to Oslo to be bombed by proxy", "Mateo Brun", "APA's chief negotiator"),
   Q("When the planes stop, call us.", "Mateo Brun", "APA's chief negotiator"),
   Q("Someone has to be here when the door opens again", "Lina Ortis", None),
   Q("Nobody has closed the door. One delegation has stepped outside it, and we will keep the lights on", "Kari Lunde", "Norway's special envoy for Ardelia")],
  [C("killed", "combatants", 19, "19 of its fighters", False, "Ardelian People's Army", "since Thursday"),
   C("killed", "civilians", 12, "12 civilians", False, "Ardelian People's Army", "since Thursday"),
   C("killed", "combatants", 12, "killed dozens of", True, "Viktor Lanz"),
   C("killed", "unspecified", 6500, "at least 6,500 people", True, "United Nations", "since the war began in 2016", True),
   C("displaced", "unspecified", 400000, "about 400,000", False, "United Nations", "since the war began in 2016", True)],
  [N("Oslo talks", "Norway", ["government of Ardelia", "Ardelian People's Army", "Tessin Valley Front"], "stalled")],
  "stalled",
  "Walk-out and suspension (stalled) while the other faction stays; a party with its abbreviation '(APA)' introduced once; a rank (Colonel) is not a role but the office before it is ('Army spokesman'); 'dozens' -> 12 minimum; the scare-quoted 'terrorists' is not a quote; the speaker of the split quote is named between its halves; 'who leads it' is a relative clause (no role); 12 civilians and the army's 'dozens' are different figures from different sources."),

A("attr-017", "real-places", "2025-06-10",
  "Old mortar round kills four children in Helmand's Nad Ali district",
  """
LASHKAR GAH, Afghanistan (Meridian News) - Four children were killed and three others wounded on Tuesday when an old mortar round they had found in a field exploded in Helmand province's Nad Ali district, the provincial information department said.

The department said the children, aged between seven and 12, had been playing near an irrigation canal about 15 km west of Lashkar Gah, the provincial capital. Two of the wounded were in a serious condition, it said.

"We have told them a hundred times not to touch metal in the fields. Children do not listen, and the war left metal everywhere," said Sayed Karim, whose two sons were among the dead.

Ahmad Shah Naseri, operations manager for the de-mining group Clear Ground, said his teams had cleared that part of Nad Ali once already, in 2022. "Floods move things. A field that was clean three years ago can kill a child today," he said.

The U.N. Assistance Mission in Afghanistan, which records such incidents, says unexploded ordnance has killed at least 150 children across the country since 2021.

Naseri said his organisation had only six clearance teams for the whole of Helmand. "We need forty," he said.
""",
  [Q("We have told them a hundred times not to touch metal in the fields. Children do not listen, and the war left metal everywhere", "Sayed Karim", None),
   Q("Floods move things. A field that was clean three years ago can kill a child today", "Ahmad Shah Naseri", "operations manager for the de-mining group Clear Ground"),
   Q("We need forty", "Ahmad Shah Naseri", "operations manager for the de-mining group Clear Ground")],
  [C("killed", "children", 4, "Four children were killed", False, "provincial information department"),
   C("injured", "children", 3, "three others wounded", False, "provincial information department"),
   C("killed", "children", 150, "at least 150 children", True, "U.N. Assistance Mission in Afghanistan", "since 2021", True)],
  [], "none",
  "No negotiations. A relative clause ('whose two sons were among the dead') is not a role, and the two sons are part of the four, not a new figure; ages, distances, 'a hundred times', team counts and 'forty' are distractor numbers; a role with a hyphen ('de-mining'); the short quote 'We need forty' has its speaker by pronoun."),

A("attr-018", "fictional", "2023-09-19",
  "Rhodia and Valmont swap 84 prisoners each under Finland-mediated deal",
  """
RASKO, Rhodia (Northline Wire) - Rhodia and Valmont exchanged 84 prisoners of war each at a border crossing near Rasko on Tuesday, the fourth swap under a deal mediated by Finland in July, officials on both sides said.

The International Committee of the Red Cross, which supervised the handover, said it had visited both groups of prisoners before the exchange. "Every man on those buses was asked, in private, whether he wanted to go home. All of them said yes," said Anna Lindqvist, the ICRC's regional director.

Rhodia's human rights ombudsman, Pavel Drozd, said about 1,100 Rhodian soldiers were still held in Valmont. Valmont's defence ministry put the number it holds at 640.

"Our lists do not match theirs, and behind every missing line is a family," Drozd told reporters at the crossing.

Drozd's office also lists 2,300 Rhodian soldiers as missing since the war began in 2020.

The Finnish mediator, Mikko Aalto, said the next exchange could take place within a month. “The mechanism works. It is slow, but it works,” he said.

Valmont's deputy foreign minister, Ilse Marek, said her government wanted the next swap to include civilians detained in border towns. She gave no number.
""",
  [Q("Every man on those buses was asked, in private, whether he wanted to go home. All of them said yes", "Anna Lindqvist", "ICRC's regional director"),
   Q("Our lists do not match theirs, and behind every missing line is a family", "Pavel Drozd", "Rhodia's human rights ombudsman"),
   Q("The mechanism works. It is slow, but it works", "Mikko Aalto", "Finnish mediator")],
  [C("detained", "security_forces", 1100, "about 1,100 Rhodian soldiers", False, "Pavel Drozd"),
   C("detained", "security_forces", 640, "the number it holds at 640", False, "Valmont's defence ministry"),
   C("missing", "security_forces", 2300, "2,300 Rhodian soldiers", False, "Drozd's office", "since the war began in 2020", True)],
  [N("prisoner exchanges under the July deal", "Finland", ["Rhodia", "Valmont"], "implementing")],
  "implementing",
  "A deal being carried out (implementing); prisoners freed in the swap (84 each) are not detained figures; the holding side and the other side give different counts of the same prisoners (1,100 vs 640, both listed); a cumulative missing toll from an office named only by its head's surname ('Drozd's office', verbatim); the mediator is the state first ('mediated by Finland'), the Finnish mediator is quoted with a role; civilians detained with 'no number' are not a figure."),
]
ARTICLES += [
A("attr-019", "fictional", "2023-10-24",
  "Lakes states offer to host Kethra talks after week of clashes",
  """
BRAVALE, Kethra (Meridian News) - Leaders of the Five Lakes Community on Tuesday offered to host talks between Kethra's government and the rebel Eastern Coast Alliance, after clashes in the coastal province of Marisa that the provincial health office said had killed 46 people in the past week.

The health office said 29 of the dead were civilians, and that 113 people had been treated for wounds since last Tuesday.

The rebels gave a different account. "The army has lost at least 60 men in Marisa this week," said Jonas Ebo, a spokesman for the Eastern Coast Alliance, who did not say how many rebel fighters had died.

The Five Lakes Community's chairman, President Amina Kourou of Tessaly, said the bloc's foreign ministers would meet in Bravale next week to prepare an invitation. "We are not offering a solution. We are offering a room," Kourou said.

Kethra's foreign minister, Daniel Ossei, said the government would study the offer. "We welcome any neighbour who wants peace, as long as they do not want to give our coast to armed men," he said.

Aid workers in Marisa said thousands of people had left the province's two largest towns, most of them for the capital. A U.N. spokesman in New York said about 18,000 people had been displaced since the clashes began.
""",
  [Q("The army has lost at least 60 men in Marisa this week", "Jonas Ebo", "spokesman for the Eastern Coast Alliance"),
   Q("We are not offering a solution. We are offering a room", "Amina Kourou", "Five Lakes Community's chairman"),
   Q("We welcome any neighbour who wants peace, as long as they do not want to give our coast to armed men", "Daniel Ossei", "Kethra's foreign minister")],
  [C("killed", "unspecified", 46, "had killed 46 people", False, "provincial health office", "in the past week"),
   C("killed", "civilians", 29, "29 of the dead were civilians", False, "provincial health office"),
   C("injured", "unspecified", 113, "113 people had been treated for wounds", False, "provincial health office", "since last Tuesday"),
   C("killed", "security_forces", 60, "at least 60 men", True, "Jonas Ebo", "this week"),
   C("displaced", "unspecified", 1000, "thousands of people had left", True, "Aid workers"),
   C("displaced", "unspecified", 18000, "about 18,000 people", False, "U.N. spokesman", "since the clashes began")],
  [N("talks offered by the Five Lakes Community", "Five Lakes Community", ["Kethra's government", "rebel Eastern Coast Alliance"], "proposed")],
  "proposed",
  "Talks only offered (proposed); a figure inside a quote reported by its speaker; a head of state whose title is a pre-name office after a role appositive: the first role phrase is used ('Five Lakes Community's chairman'), the title 'President' is dropped from the name; 'thousands' -> 1000 minimum, listed apart from the U.N.'s 18,000; 'since the clashes began' refers to this week's clashes, so not cumulative; the U.N. spokesman's locative 'in New York' is cut."),

A("attr-020", "real-places", "2023-11-21",
  "Missile hits displacement camp in Marib; U.N. calls for local truce",
  """
MARIB, Yemen (Meridian News) - A missile struck a camp for displaced families west of the Yemeni city of Marib on Tuesday, killing five people, including two women, and wounding at least 16, according to the government-run Executive Unit for IDP Camps.

The Houthi movement, which has been trying to take Marib since 2020, did not comment. Officials of Yemen's internationally recognised government blamed Houthi forces for the strike.

A medical worker at the city's general hospital told Meridian News that a sixth person, a teenage boy, had died of his wounds in the evening.

"There were no soldiers in the camp, only tents and a water tank," said Saleh al-Jadaan, the camp's manager. "The missile landed between the tank and the school tent."

The International Organization for Migration said more than 1,400 people had fled the camp and two nearby sites since the strike, some of them for the third or fourth time.

The office of the U.N. special envoy for Yemen called on both sides to agree a truce around the camps on the western edge of Marib and to allow aid agencies in. "Displaced families cannot be asked to flee again and again," the office said.

Marib governorate hosts hundreds of thousands of displaced people, according to the executive unit, the largest number of any governorate in the country.
""",
  [Q("There were no soldiers in the camp, only tents and a water tank", "Saleh al-Jadaan", "camp's manager"),
   Q("The missile landed between the tank and the school tent.", "Saleh al-Jadaan", "camp's manager"),
   Q("Displaced families cannot be asked to flee again and again", "office of the U.N. special envoy for Yemen", None)],
  [C("killed", "unspecified", 5, "killing five people", False, "government-run Executive Unit for IDP Camps"),
   C("killed", "women", 2, "two women", False, "government-run Executive Unit for IDP Camps"),
   C("injured", "unspecified", 16, "at least 16", True, "government-run Executive Unit for IDP Camps"),
   C("killed", "children", 1, "a teenage boy", False, "medical worker"),
   C("displaced", "unspecified", 1400, "more than 1,400 people", True, "International Organization for Migration", "since the strike"),
   C("displaced", "unspecified", 100000, "hundreds of thousands of displaced people", True, "government-run Executive Unit for IDP Camps", None, True)],
  [N("truce around the Marib camps", "office of the U.N. special envoy for Yemen", ["Houthi movement", "Yemen's internationally recognised government"], "proposed")],
  "proposed",
  "'told Meridian News' with an unnamed medical worker; a later death adds a new figure (a sixth person: 1, the teenage boy) rather than replacing 5; 'hundreds of thousands' -> 100000 minimum, a cumulative stock with no period phrase; the executive unit's short later mention resolved to its first naming; an office as speaker (no role); the envoy's office calls for a truce (proposed) and 'both sides' are the parties named earlier."),

A("attr-021", "fictional", "2023-12-12",
  "Kenya-mediated Bakori talks collapse as rebels storm army base",
  """
NAIROBI (Northline Wire) - Peace talks mediated by Kenya between the government of Bakori and the Northern Resistance Movement collapsed on Tuesday, hours after rebel fighters overran an army base near the town of Lirin, killing at least 22 soldiers, the army said.

The government delegation left Nairobi in the afternoon. "You cannot negotiate with a man who is holding a gun to your soldiers' heads," said Bakori's chief negotiator, Paul Amani, at the airport.

The rebels said they had captured 35 soldiers at the base and that their own losses were light. Abel Tor, the movement's spokesman, said by telephone that the attack was "a reply" to air strikes on villages last week.

"The talks were already dead," Tor said. "The government bombed them first."

Kenya's foreign ministry said its mediators regretted the decision but remained ready to resume the process. The talks had begun in September.

Local officials in Lirin said 2,500 residents had fled the town since Monday, and a hospital there said it had received 40 wounded people, most of them soldiers.

Human rights groups say the conflict has killed about 12,000 people since 2017. A truce agreed in Nairobi in October expired last month and was not renewed.
""",
  [Q("You cannot negotiate with a man who is holding a gun to your soldiers' heads", "Paul Amani", "Bakori's chief negotiator"),
   Q("The talks were already dead", "Abel Tor", "movement's spokesman"),
   Q("The government bombed them first.", "Abel Tor", "movement's spokesman")],
  [C("killed", "security_forces", 22, "at least 22 soldiers", True, "army"),
   C("detained", "security_forces", 35, "captured 35 soldiers", False, "rebels"),
   C("displaced", "civilians", 2500, "2,500 residents", False, "Local officials", "since Monday"),
   C("injured", "unspecified", 40, "40 wounded people", False, "hospital"),
   C("killed", "unspecified", 12000, "about 12,000 people", False, "Human rights groups", "since 2017", True)],
  [N("Nairobi peace talks", "Kenya", ["government of Bakori", "Northern Resistance Movement"], "collapsed"),
   N("October truce", None, ["government of Bakori", "Northern Resistance Movement"], "collapsed")],
  "collapsed",
  "Talks collapse (delegation leaves); a state mediator ('mediated by Kenya'); soldiers captured by a non-state group are detained security forces; two-part quote split by 'Tor said'; partial quote 'a reply' excluded; an expired background truce with no named mediator (the venue Nairobi is not a mediator); 'most of them soldiers' does not give a separate figure."),

A("attr-022", "fictional", "2024-01-16",
  "In Sava camp, families from the Drin valley wait out a winter without news",
  """
SAVA, Ostmark (Meridian News) - Nobody in Sava camp knows exactly how many people live there. The camp manager, Elena Brisk, keeps a list, but it changes every morning.

"Yesterday we registered 61 new families. This morning four of them had gone back to look for their cows," said Brisk, who works for the Ostmark Red Crescent. "I can count tents. I cannot count people who do not stay."

The camp sits on a former football ground in the hills above the Drin valley, where government forces and the Drin Liberation Army have fought since October. The U.N. refugee agency, UNHCR, says about 32,000 people have fled the valley since then, and that some 7,000 of them are in Sava.

UNHCR's representative in Ostmark, Jean-Marc Tessier, visited the camp on Monday. He described the shelters as inadequate for the winter. "These tents were bought for summer. We are asking donors for heaters, not promises," Tessier said.

Across a checkpoint, a rebel commander who gave his name only as Kaspar said his fighters were not stopping anyone from leaving. "We tell them to go. Nobody should winter under the guns," he said.

Vera Holst, 71, arrived in Sava last week. She said her neighbour had been killed by a shell in December and that his body was still in his garden. "Tell the world we buried nobody," she said.
""",
  [Q("Yesterday we registered 61 new families. This morning four of them had gone back to look for their cows", "Elena Brisk", "camp manager"),
   Q("I can count tents. I cannot count people who do not stay.", "Elena Brisk", "camp manager"),
   Q("These tents were bought for summer. We are asking donors for heaters, not promises", "Jean-Marc Tessier", "UNHCR's representative"),
   Q("We tell them to go. Nobody should winter under the guns", "Kaspar", "rebel commander"),
   Q("Tell the world we buried nobody", "Vera Holst", None)],
  [C("displaced", "unspecified", 32000, "about 32,000 people", False, "U.N. refugee agency", "since then"),
   C("displaced", "unspecified", 7000, "some 7,000 of them", False, "U.N. refugee agency", "since then"),
   C("killed", "civilians", 1, "her neighbour had been killed", False, "Vera Holst", implicit=True)],
  [], "none",
  "A feature with five quotes and no talks; the camp manager's role is given before her name ('The camp manager, Elena Brisk') and she is quoted by surname; role with an abbreviation and possessive ('UNHCR's representative', locative cut); 'who works for the Ostmark Red Crescent' is a relative clause, the first role phrase wins; 'The U.N. refugee agency, UNHCR,' names one source (first naming used); a speaker known only by a first name with a role ('a rebel commander who gave his name only as Kaspar'); families registered and an age are not casualty figures; a single death reported by a resident; 'since then' is the period verbatim (it refers back to October)."),

A("attr-023", "real-places", "2024-02-27",
  "Sudan army and SPLM-N agree aid corridor to Kadugli in South Sudan-mediated deal",
  """
KADUGLI, Sudan (Meridian News) - The Sudanese army and the Sudan People's Liberation Movement-North (SPLM-N) agreed on Tuesday to open a corridor for aid convoys into Kadugli, the besieged capital of South Kordofan state, in a deal mediated by South Sudan, officials from both sides said.

The agreement, signed in Juba after five days of talks, allows U.N. trucks to use two roads into the city for 90 days, starting on Saturday.

"This is a humanitarian agreement, not a political one. But humanitarian agreements are how political ones begin," said Tut Gatwech Lam, the South Sudanese presidential adviser who chaired the talks.

The World Food Programme says about 180,000 people in and around Kadugli have received no food aid since December. A WFP official in Port Sudan, speaking on condition of anonymity, said at least 23 children had died of malnutrition in the city's two clinics since January.

Amar Kuku, who led the SPLM-N delegation, said the movement would guarantee the safety of the convoys. “If a single truck is touched on our roads, we will answer for it,” he said.

The army's representative, Brigadier Osman Hamid, said troops would escort the convoys up to the last checkpoint. He declined to say how many soldiers had been killed around Kadugli since the siege began.

Local officials say more than 60,000 people have fled the city in the past year.
""",
  [Q("This is a humanitarian agreement, not a political one. But humanitarian agreements are how political ones begin", "Tut Gatwech Lam", "South Sudanese presidential adviser"),
   Q("If a single truck is touched on our roads, we will answer for it", "Amar Kuku", None)],
  [C("killed", "children", 23, "at least 23 children", True, "WFP official", "since January"),
   C("displaced", "unspecified", 60000, "more than 60,000 people", True, "Local officials", "in the past year")],
  [N("Kadugli aid corridor deal", "South Sudan", ["Sudanese army", "Sudan People's Liberation Movement-North"], "agreement")],
  "agreement",
  "Deal signed, due to start Saturday (agreement); mediator a state, with the chair quoted separately; a party with a hyphen and abbreviation (SPLM-North, '(SPLM-N)'); 180,000 without food aid is not a casualty figure; an anonymous official with an abbreviation ('A WFP official', locative 'in Port Sudan' cut) as reported_by; a toll the speaker declined to give is not a figure; 'who led the SPLM-N delegation' is a relative clause (no role); 'in the past year' is a period, not multi-year."),

A("attr-024", "fictional", "2024-03-28",
  "Ambush on police convoy kills eight in Varna hills, security sources say",
  """
TESLA, Ravenna (Northline Wire) - Gunmen ambushed a police convoy in the Varna hills of southern Ravenna on Thursday, killing eight officers, security sources said.

The convoy of four vehicles was escorting a judge to the district court in Tesla when it came under fire on a mountain road, according to a police officer who asked not to be named because he was not authorised to speak to reporters. He said the judge had escaped unhurt.

A medical source at Tesla district hospital said 11 wounded officers had been brought in, three of them in a critical condition. Two civilians travelling behind the convoy in a minibus were also hurt, the source said.

No group claimed the attack. Police have blamed previous ambushes in the Varna hills on the Mountain Brotherhood, a group that says it defends herders' grazing rights.

"Eight families lost a son today because this state cannot guard one road," said Marko Vidal, a member of parliament for the region. "How many more?"

The interior ministry said in a statement that security forces had launched an operation in the area and had detained several suspects by the evening.

At least 140 police officers have been killed in the Varna hills since 2019, according to the national police union.
""",
  [Q("Eight families lost a son today because this state cannot guard one road", "Marko Vidal", "member of parliament for the region"),
   Q("How many more?", "Marko Vidal", "member of parliament for the region")],
  [C("killed", "security_forces", 8, "killing eight officers", False, "security sources"),
   C("injured", "security_forces", 11, "11 wounded officers", False, "medical source"),
   C("injured", "civilians", 2, "Two civilians", False, "medical source"),
   C("detained", "combatants", 3, "detained several suspects", True, "interior ministry"),
   C("killed", "security_forces", 140, "At least 140 police officers", True, "national police union", "since 2019", True)],
  [], "none",
  "Three unnamed sources: 'security sources', 'a police officer who asked not to be named' (no figure), 'A medical source' (later 'the source'); the restated 'Eight families' in the quote is the same eight; 'several suspects' -> 3 minimum, combatants; a role keeping its 'for' complement ('member of parliament for the region'); the judge who escaped unhurt and the four vehicles are not figures; multi-year toll since 2019."),

A("attr-025", "real-places", "2024-05-02",
  "Talks under way in Daraa town after killing of two local commanders",
  """
DARAA, Syria (Meridian News) - Elders from the town of Tafas in Syria's southern Daraa governorate began talks with government security officials on Thursday, after the killing of two former rebel commanders set off two days of gunfire in the town, residents said.

The talks are being mediated by the Hauran Reconciliation Committee, a group of notables from across the governorate that has negotiated several local deals since 2018.

The two men were shot dead by unidentified gunmen on Tuesday evening as they left a mosque, according to the Syrian Observatory for Human Rights. In the gunfire that followed, three members of the security forces and a civilian were killed, the Observatory said.

Activists in the town gave a higher toll, saying seven people had died in all since Tuesday.

"We are asking for one thing: that the army does not enter Tafas. Everything else can be discussed," said Ahmad al-Zoubi, a member of the committee, who attended the first session. He said the next meeting would be on Saturday.

A government official in Daraa city, who spoke on condition of anonymity, said the security forces wanted the men responsible handed over. "The state will not negotiate with killers," he said.

Dozens of families had left Tafas for nearby villages since Tuesday, residents said.

The Observatory says more than 900 people have been killed in targeted attacks in Daraa governorate since 2019.
""",
  [Q("We are asking for one thing: that the army does not enter Tafas. Everything else can be discussed", "Ahmad al-Zoubi", "member of the committee"),
   Q("The state will not negotiate with killers", "a government official in Daraa city", "government official")],
  [C("killed", "combatants", 2, "The two men were shot dead", False, "Syrian Observatory for Human Rights"),
   C("killed", "security_forces", 3, "three members of the security forces", False, "Syrian Observatory for Human Rights"),
   C("killed", "civilians", 1, "a civilian were killed", False, "Syrian Observatory for Human Rights"),
   C("killed", "unspecified", 7, "seven people had died in all", False, "Activists", "since Tuesday"),
   C("killed", "unspecified", 900, "more than 900 people", True, "Syrian Observatory for Human Rights", "since 2019", True)],
  [N("Tafas talks", "Hauran Reconciliation Committee", ["Elders from the town of Tafas", "government security officials"], "ongoing")],
  "ongoing",
  "Two sources for one day's toll (Observatory 2 + 3 + 1 by group; activists 7 in all: never summed, and the 7 is not the sum of the 6); former rebel commanders are combatants; an unnamed role-only speaker with a locative in the speaker field (as written) but cut from the role; 'Dozens of families' is families, not a person count, so not listed; 'several local deals since 2018' is background, not a process; multi-year toll since 2019."),
]
ARTICLES += [
A("attr-026", "fictional", "2024-06-20",
  "EU-brokered Tamsk truce collapses; at least 31 killed so far this month",
  """
VORSK, Calvaria (Meridian News) - A truce between the Calvarian government and the Tamsk Self-Defence Forces collapsed on Thursday, three months after the European Union brokered it, as both sides shelled villages along the Upper Tamsk front and accused each other of breaking it first.

At least 31 people have been killed in the region so far this month, 19 of them civilians, according to the U.N. Office for the Coordination of Humanitarian Affairs (OCHA). The office said at least 74 people had been wounded over the same period.

The regional health department gave a higher toll for the civilians, saying 24 had died since June 1.

On Thursday alone, shelling killed four people in the village of Lenka, including a woman and her daughter, the village's administrator, Boris Tal, told reporters by telephone. "We buried them in the garden. The cemetery is on the other side of the front line," Tal said.

The Tamsk Self-Defence Forces said government drones had killed six of its fighters near Lenka since Sunday and that it had captured two soldiers. The defence ministry denied losing any soldiers and said its forces had killed "at least 20" rebels, a figure that could not be checked.

The EU's special representative for Calvaria, Marta Kowal, said she had spoken to both sides. “The truce is gone, but the channel is still open,” she said. “I will not close it from my side.”

Lev Ostrin, the Tamsk Self-Defence Forces' political chief, said his group had "no reason" to return to the truce while drones flew over its villages. "They used the quiet months to move their guns forward," he said.

About 9,000 people have fled the Upper Tamsk villages since the truce began to fray in May, the U.N. office said, and around 600 were evacuated by bus from Lenka on Thursday, according to Tal.

The war has killed an estimated 14,000 people since 2014, the U.N. office says. Earlier this month, Calvarian officials and the rebels had discussed turning the truce into a permanent ceasefire at talks in Brussels. Those talks were not scheduled to resume.
""",
  [Q("We buried them in the garden. The cemetery is on the other side of the front line", "Boris Tal", "village's administrator"),
   Q("The truce is gone, but the channel is still open", "Marta Kowal", "EU's special representative for Calvaria"),
   Q("I will not close it from my side.", "Marta Kowal", "EU's special representative for Calvaria"),
   Q("They used the quiet months to move their guns forward", "Lev Ostrin", "Tamsk Self-Defence Forces' political chief")],
  [C("killed", "unspecified", 31, "At least 31 people", True, "U.N. Office for the Coordination of Humanitarian Affairs", "so far this month"),
   C("killed", "civilians", 19, "19 of them civilians", False, "U.N. Office for the Coordination of Humanitarian Affairs", "so far this month"),
   C("injured", "unspecified", 74, "at least 74 people", True, "U.N. Office for the Coordination of Humanitarian Affairs", "over the same period"),
   C("killed", "civilians", 24, "24 had died", False, "regional health department", "since June 1"),
   C("killed", "unspecified", 4, "killed four people", False, "Boris Tal"),
   C("killed", "women", 1, "a woman", False, "Boris Tal"),
   C("killed", "children", 1, "her daughter", False, "Boris Tal", implicit=True),
   C("killed", "combatants", 6, "six of its fighters", False, "Tamsk Self-Defence Forces", "since Sunday"),
   C("detained", "security_forces", 2, "captured two soldiers", False, "Tamsk Self-Defence Forces"),
   C("killed", "combatants", 20, "at least 20", True, "defence ministry"),
   C("displaced", "unspecified", 9000, "About 9,000 people", False, "U.N. Office for the Coordination of Humanitarian Affairs", "since the truce began to fray in May"),
   C("evacuated", "unspecified", 600, "around 600 were evacuated", False, "Boris Tal"),
   C("killed", "unspecified", 14000, "an estimated 14,000 people", False, "U.N. Office for the Coordination of Humanitarian Affairs", "since 2014", True)],
  [N("Upper Tamsk truce", "European Union", ["Calvarian government", "Tamsk Self-Defence Forces"], "collapsed"),
   N("Brussels talks on a permanent ceasefire", None, ["Calvarian officials", "rebels"], "stalled")],
  "collapsed",
  "Long article, 13 figures: an agency introduced with its abbreviation and then as 'The office' and 'the U.N. office' (resolved to the full name, abbreviation dropped); two sources for the civilian toll (OCHA 19, health department 24); 'over the same period' kept verbatim; a figure in scare quotes ('at least 20') is a figure but not a quote; the defence ministry's denial gives no figure; the village administrator's role before his name; 'her daughter' = 1 child; a truce collapsed while follow-on talks are not scheduled to resume (stalled)."),

A("attr-027", "fictional", "2024-07-25",
  "Galmaro government and two rivals sign IGAD-brokered power-sharing deal",
  """
ADDIS ABABA (Northline Wire) - The government of Galmaro, the rebel Galmaro Democratic Front and the opposition Southern Unity Party signed an IGAD-brokered power-sharing agreement on Thursday, aimed at ending a civil war that has killed more than 40,000 people since 2016.

Under the deal, the Front's leader, Samuel Deng Okello, will become first vice-president, and elections are to be held within 30 months. The three parties also agreed to free all political prisoners; rights groups say about 1,800 people are held without charge in government prisons.

"This is the fourth agreement I have witnessed for Galmaro. I pray it is the last," said the IGAD special envoy, Ambassador Hassan Wario, at the signing ceremony.

President Julius Maro told the delegates the government would honour every line. "We have signed. Now we will be judged on what we do, not on what we sign," he said.

Okello said his fighters would begin moving into cantonment sites within weeks. "Our soldiers are tired. They want to go home, and this paper tells them how," he said.

The U.N. refugee agency says about 2.3 million Galmarans live as refugees in neighbouring countries.

Previous deals in 2018 and 2021 collapsed within months.
""",
  [Q("This is the fourth agreement I have witnessed for Galmaro. I pray it is the last", "Hassan Wario", "IGAD special envoy"),
   Q("We have signed. Now we will be judged on what we do, not on what we sign", "Julius Maro", "President"),
   Q("Our soldiers are tired. They want to go home, and this paper tells them how", "Samuel Deng Okello", "Front's leader")],
  [C("killed", "unspecified", 40000, "more than 40,000 people", True, None, "since 2016", True),
   C("detained", "unspecified", 1800, "about 1,800 people are held without charge", False, "rights groups"),
   C("displaced", "unspecified", 2300000, "about 2.3 million Galmarans", False, "U.N. refugee agency", None, True)],
  [N("Galmaro power-sharing agreement", "IGAD", ["government of Galmaro", "Galmaro Democratic Front", "Southern Unity Party"], "agreement")],
  "agreement",
  "Deal signed (agreement); abbreviation as mediator ('IGAD-brokered'); three parties; a war-long toll with no source (reported_by null); an office before the name with no article is the role ('President Julius Maro'), but the honorific 'Ambassador' after a role is dropped; role given before the name at first mention ('the Front's leader, Samuel Deng Okello') and the quote comes three paragraphs later by surname; refugees abroad are displaced, a cumulative stock; earlier collapsed deals are background, not listed as separate processes."),

A("attr-028", "fictional", "2024-08-29",
  "Drone strike on wedding party kills at least 11 in Valdanian village",
  """
OSTREVO, Valdania (Meridian News) - A drone struck a wedding party in the village of Krasin in eastern Valdania on Thursday, killing at least 11 people, among them the bride's father, the head of the village council said.

Ivan Sorel, the council head, said five women and three children were among the dead and that about 30 guests had been wounded. "There were two hundred people dancing in the yard. The drone came down right in the middle," Sorel said.

The regional hospital in Ostrevo gave a different figure, saying it had received the bodies of nine people and treated 27 wounded. Hospital director Nadia Petrak said the death toll could rise. “Six of the wounded are on ventilators,” she said.

Valdania's army said it had not carried out any strikes in the area. A spokesman for the separatist Eastern Council, which controls territory 20 km to the east, also denied responsibility. "We do not fly drones over weddings," the spokesman said.

A bridesmaid, who did not want her name published, said she had lost her sister. "One minute we were singing. The next minute I was looking for her shoes," she said.

Villagers said a second drone had circled over Krasin for about an hour after the strike.
""",
  [Q("There were two hundred people dancing in the yard. The drone came down right in the middle", "Ivan Sorel", "council head"),
   Q("Six of the wounded are on ventilators", "Nadia Petrak", "Hospital director"),
   Q("We do not fly drones over weddings", "a spokesman for the separatist Eastern Council", "spokesman for the separatist Eastern Council"),
   Q("One minute we were singing. The next minute I was looking for her shoes", "A bridesmaid", "bridesmaid")],
  [C("killed", "unspecified", 11, "at least 11 people", True, "Ivan Sorel"),
   C("killed", "women", 5, "five women", False, "Ivan Sorel"),
   C("killed", "children", 3, "three children", False, "Ivan Sorel"),
   C("injured", "unspecified", 30, "about 30 guests", False, "Ivan Sorel"),
   C("killed", "unspecified", 9, "the bodies of nine people", False, "regional hospital"),
   C("injured", "unspecified", 27, "treated 27 wounded", False, "regional hospital")],
  [], "none",
  "No negotiations. The lede source 'the head of the village council' is resolved to the person named in the next paragraph (Ivan Sorel); his role is the appositive at the naming ('the council head'); two sources disagree (11/30 vs 9/27, never summed); the bride's father and the bridesmaid's sister are inside the totals, not extra figures; the hospital's 'Six of the wounded' on ventilators is not a figure; 'two hundred people dancing' is a distractor; an anonymous speaker ('A bridesmaid') keeps its capital as written; an office before the name ('Hospital director Nadia Petrak')."),

A("attr-029", "fictional", "2024-09-26",
  "Egypt-brokered Nahriya ceasefire collapses after attack on Sadun",
  """
SADUN, Nahriya (Northline Wire) - A ceasefire brokered by Egypt between the Nahriyan army and two rebel groups collapsed on Thursday after rebels attacked army positions around the southern city of Sadun and the army answered with air strikes, officials on both sides said.

The Free Nahriya Brigades and their allies in the Shield of the South announced in a joint statement that they were "no longer bound" by the truce, which took effect in July. The army said the same a few hours later.

Hospital officials in Sadun said at least 18 people had been killed in the city since Wednesday night, most of them civilians, and more than 50 wounded. The army said 12 soldiers had died in the rebel attack.

"The truce was a sheet of glass, and someone has thrown a stone through it," said Colonel Karim Shadid, the army's spokesman, at a news conference in the capital.

Rami Asfour, a commander in the Free Nahriya Brigades, said the army had been moving tanks towards Sadun for weeks. "We did not break the truce. We buried it after they killed it," he said.

Egypt's foreign ministry said in a statement that its envoy was in contact with both sides and urged them to return to the ceasefire.

The U.N. children's agency, UNICEF, said at least 400 children had been killed in Nahriya since the war began in 2019, and that schools in Sadun had closed.
""",
  [Q("The truce was a sheet of glass, and someone has thrown a stone through it", "Karim Shadid", "army's spokesman"),
   Q("We did not break the truce. We buried it after they killed it", "Rami Asfour", "commander in the Free Nahriya Brigades")],
  [C("killed", "unspecified", 18, "at least 18 people", True, "Hospital officials", "since Wednesday night"),
   C("injured", "unspecified", 50, "more than 50 wounded", True, "Hospital officials", "since Wednesday night"),
   C("killed", "security_forces", 12, "12 soldiers", False, "army"),
   C("killed", "children", 400, "at least 400 children", True, "U.N. children's agency", "since the war began in 2019", True)],
  [N("Nahriya ceasefire", "Egypt", ["Nahriyan army", "Free Nahriya Brigades", "Shield of the South"], "collapsed")],
  "collapsed",
  "A truce abandoned by both sides (collapsed); state mediator; three parties; 'most of them civilians' gives no separate civilian figure, so the 18 stay unspecified; rank 'Colonel' dropped from the name, the role is the appositive; 'a commander in the Free Nahriya Brigades' keeps its 'in' complement because it names the organisation, not a place; partial quote 'no longer bound' excluded; 'The U.N. children's agency, UNICEF,' -> first naming."),

A("attr-030", "real-places", "2024-10-31",
  "Torkham border truce holds but trade talks stall after Nangarhar clash",
  """
JALALABAD, Afghanistan (Meridian News) - A truce brokered by tribal elders held for a second day on Thursday at the Torkham crossing between Afghanistan's Nangarhar province and Pakistan, after an exchange of fire between Afghan and Pakistani border forces killed at least three people on Tuesday.

The spokesman for the Nangarhar provincial governor, Saifullah Momand, said two Afghan border guards and a civilian porter had been killed and 14 people wounded on the Afghan side. Pakistani officials, quoted by local media, said four of their soldiers had been injured.

"The elders came with the Koran in their hands and both sides stopped firing. We respect that," Momand told reporters in Jalalabad.

But separate talks between Afghan and Pakistani officials on reopening the crossing to trade made no progress on Wednesday, according to Abdul Qadir Haqmal, the head of the Nangarhar chamber of commerce, who took part. "They agreed that the gate should open. They did not agree on which day," he said.

More than 5,000 lorries were waiting on both sides of the border, Haqmal said. Traders said fresh fruit was rotting in the queue.

A member of the jirga, or council, of elders that negotiated the truce, Zarif Khan Shinwari, said the elders would stay at the crossing until it reopened. "We are old men. We have time," he said.
""",
  [Q("The elders came with the Koran in their hands and both sides stopped firing. We respect that", "Saifullah Momand", "spokesman for the Nangarhar provincial governor"),
   Q("They agreed that the gate should open. They did not agree on which day", "Abdul Qadir Haqmal", "head of the Nangarhar chamber of commerce"),
   Q("We are old men. We have time", "Zarif Khan Shinwari", "member of the jirga")],
  [C("killed", "unspecified", 3, "at least three people", True, None),
   C("killed", "security_forces", 2, "two Afghan border guards", False, "Saifullah Momand"),
   C("killed", "civilians", 1, "a civilian porter", False, "Saifullah Momand"),
   C("injured", "unspecified", 14, "14 people wounded", False, "Saifullah Momand"),
   C("injured", "security_forces", 4, "four of their soldiers had been injured", False, "Pakistani officials")],
  [N("Torkham border truce", "tribal elders", ["Afghan and Pakistani border forces"], "implementing"),
   N("talks on reopening the Torkham crossing to trade", None, ["Afghan and Pakistani officials"], "stalled")],
  "implementing",
  "A truce holding while separate trade talks stall (two entries); the lede's 'at least three' has no source of its own (reported_by null) even though the spokesman's breakdown (2 + 1) follows, and it is listed beside the breakdown; 'Pakistani officials, quoted by local media' -> the officials; role before the name with a long 'for' complement; the jirga member's role is cut before ', or council,'; 5,000 lorries are not casualties; parties written jointly ('Afghan and Pakistani border forces') are one verbatim string."),
]
ARTICLES += [
A("attr-031", "fictional", "2025-01-30",
  "Seven aid workers still missing in northern Moravi as prisoner talks stay stuck",
  """
LANVO, Moravi (Meridian News) - Seven aid workers abducted by gunmen in northern Moravi a week ago are still missing, their organisation said on Thursday, as talks between the government and the rebel National Salvation Front on a wider prisoner release remained deadlocked.

The seven, five Moravian staff and two foreign nationals, work for the medical charity Open Hands. They were taken from a clinic near the town of Brava last Thursday.

"We have had no proof of life since Friday. Every hour that passes makes us more afraid," said Clara Bessette, Open Hands' country director.

The government blamed the Front. Dario Lusk, who speaks for the group, denied any role. "We do not hold doctors. Look for them among the bandits," he said.

Police said three men suspected of taking part in the abduction had been arrested on Wednesday.

The prisoner talks, mediated by Emil Sarto, the Catholic bishop of Lanvo, have been stuck since December over a list of 230 Front members the group says are held in government jails. The government says it holds 190.

"Both sides tell me they want the prisoners home. Neither will move first," Sarto told Meridian News.

More than 200 people have been abducted in the north since 2022, according to the United Nations.
""",
  [Q("We have had no proof of life since Friday. Every hour that passes makes us more afraid", "Clara Bessette", "Open Hands' country director"),
   Q("We do not hold doctors. Look for them among the bandits", "Dario Lusk", None),
   Q("Both sides tell me they want the prisoners home. Neither will move first", "Emil Sarto", "Catholic bishop of Lanvo")],
  [C("missing", "civilians", 7, "Seven aid workers", False, "Open Hands"),
   C("detained", "unspecified", 3, "three men suspected", False, "Police"),
   C("detained", "combatants", 230, "230 Front members", False, "rebel National Salvation Front"),
   C("detained", "combatants", 190, "it holds 190", False, "government"),
   C("missing", "unspecified", 200, "More than 200 people have been abducted", True, "United Nations", "since 2022", True)],
  [N("prisoner-release talks", "Emil Sarto", ["government", "rebel National Salvation Front"], "stalled")],
  "stalled",
  "Abducted people are missing; 'their organisation' resolved to the charity named in the next paragraph; 'who speaks for the group' is a relative clause (no role); 'the group says' resolved to the Front's first naming (modifier 'rebel' kept); two counts of the same prisoners (230 vs 190, both listed); a person mediator with a role after the name; the three arrested are suspects in a kidnapping, not named as members of an armed group (unspecified); five and two are subgroups by nationality, not casualty groups, so not listed."),

A("attr-032", "real-places", "2025-03-27",
  "Houthis and government-allied forces agree Hodeidah detainee swap",
  """
HODEIDAH, Yemen (Meridian News) - The Houthi authorities and government-allied forces on Yemen's Red Sea coast agreed on Thursday to exchange 48 detainees held since fighting around the port city of Hodeidah in 2018, in a deal mediated by the U.N. mission in Hodeidah, the mission said.

Of the 48, 26 are held by the Houthis and 22 by government-allied forces. The exchange is due to take place within two weeks, the mission said.

"Forty-eight families will have someone at the table for Eid. That is what this agreement is for," the mission's head, Hans Okafor, told reporters.

Yahya al-Hamli, a member of the Houthi prisoners' committee, said the deal was a first step. "There are hundreds more in their prisons, and we will not forget them," he said.

On the same day, a landmine killed two children and wounded a third in Hays district, south of Hodeidah, according to the Yemen Executive Mine Action Centre.

The centre says landmines and unexploded shells have killed more than 500 civilians in Hodeidah governorate since 2018.

A Saudi-led coalition spokesman, asked about the Hodeidah deal, said the coalition welcomed any step that reduced suffering.
""",
  [Q("Forty-eight families will have someone at the table for Eid. That is what this agreement is for", "Hans Okafor", "mission's head"),
   Q("There are hundreds more in their prisons, and we will not forget them", "Yahya al-Hamli", "member of the Houthi prisoners' committee")],
  [C("detained", "unspecified", 48, "exchange 48 detainees", False, "U.N. mission"),
   C("detained", "unspecified", 26, "26 are held by the Houthis", False, "U.N. mission"),
   C("detained", "unspecified", 22, "22 by government-allied forces", False, "U.N. mission"),
   C("detained", "unspecified", 100, "hundreds more in their prisons", True, "Yahya al-Hamli"),
   C("killed", "children", 2, "killed two children", False, "Yemen Executive Mine Action Centre"),
   C("injured", "children", 1, "wounded a third", False, "Yemen Executive Mine Action Centre"),
   C("killed", "civilians", 500, "more than 500 civilians", True, "Yemen Executive Mine Action Centre", "since 2018", True)],
  [N("Hodeidah detainee exchange", "U.N. mission", ["Houthi authorities", "government-allied forces"], "agreement")],
  "agreement",
  "Deal agreed, exchange still to come (agreement; the detainees are still held, so they are detained figures, total and both parts listed); the mediator is cut like a source ('the U.N. mission in Hodeidah' -> 'U.N. mission', trailing place dropped); 'hundreds more' inside a quote -> 100 minimum reported by the speaker; 'a third' child wounded = 1; 'Forty-eight families' restates the 48; the coalition spokesman gives no quote in marks; 'since fighting ... in 2018' dates the detention, not a toll period."),

A("attr-033", "fictional", "2025-05-22",
  "Liora ceasefire talks continue in San Telmo despite clashes in the south",
  """
SAN TELMO, Trelana (Northline Wire) - Ceasefire talks between the government of Liora and the Lioran Revolutionary Army continued in the Trelanan capital on Thursday, even as fighting in southern Liora killed a child and wounded several people, local officials said.

The talks, mediated by Trelana's former president, Rosa Ibarra, began on May 12. Both delegations said on Thursday that they had agreed on how a ceasefire would be monitored and were now discussing where rebel fighters would gather.

"Nobody here is pretending the war has stopped. But they are writing the rules for when it does," Ibarra said after the morning session.

The mayor of the southern town of Corrales, Lucía Ferro, said a nine-year-old girl had been killed by a stray bullet on Wednesday during a clash between soldiers and rebels on the edge of town. Several others were wounded, she said.

"I ask the negotiators in San Telmo to remember that our children are not at the table," Ferro said in a radio interview.

The rebels' chief negotiator, Emiliano Roca, said his fighters had orders not to attack unless attacked. "One incident must not wreck a month of work," he said.

The government's delegation did not comment on the clash. About 6,000 people have fled the south since the start of the year, according to the Lioran Red Cross.
""",
  [Q("Nobody here is pretending the war has stopped. But they are writing the rules for when it does", "Rosa Ibarra", "Trelana's former president"),
   Q("I ask the negotiators in San Telmo to remember that our children are not at the table", "Lucía Ferro", "mayor of the southern town of Corrales"),
   Q("One incident must not wreck a month of work", "Emiliano Roca", "rebels' chief negotiator")],
  [C("killed", "children", 1, "killed a child", False, "local officials"),
   C("injured", "unspecified", 3, "wounded several people", True, "local officials"),
   C("displaced", "unspecified", 6000, "About 6,000 people", False, "Lioran Red Cross", "since the start of the year")],
  [N("San Telmo ceasefire talks", "Rosa Ibarra", ["government of Liora", "Lioran Revolutionary Army"], "ongoing")],
  "ongoing",
  "Talks under way and making progress (ongoing) despite clashes; the lede's generic 'local officials' is the first sourced mention, so it is the reported_by even though the mayor restates the figures later; the lede's 'a child' and the body's 'a nine-year-old girl' are one figure, and 'Several others were wounded' restates the lede's 'several people' (3 minimum, listed once); a role whose 'of' complement names a town ('mayor of the southern town of Corrales') is kept whole because the place is the complement of the office, not a trailing locative; person mediator; the start date of the talks is not a figure."),

A("attr-034", "fictional", "2025-06-26",
  "Benari militia talks stall over checkpoints after overnight clash",
  """
BENARI, Zahran (Meridian News) - Talks between two militias that share control of the Zahrani port city of Benari stalled on Thursday over who should man the checkpoints around the port, a day after an overnight clash between them killed two fighters and a passer-by.

The Benari municipal council, which has hosted the talks since April, said the Harbour Guard and the 17th Brigade had failed to agree on a map for the fourth time. Council chairman Idris Fenn said the sessions would not resume until next week.

"Each of them wants the gate with the customs office. There is only one gate with the customs office," Fenn said.

The Benari Medical Centre said the clash had killed two fighters, one from each side, and a man who was driving home from work. It said five people had been injured, among them a woman hit by shrapnel on her balcony.

A commander of the Harbour Guard, who gave only his first name, Salem, said his men had been fired on first. “They came to our checkpoint with two trucks and a heavy machine gun. What were we supposed to do, offer them tea?”

The 17th Brigade did not respond to requests for comment.

Residents said dozens of families from the streets near the port had moved in with relatives in the old city.
""",
  [Q("Each of them wants the gate with the customs office. There is only one gate with the customs office", "Idris Fenn", "Council chairman"),
   Q("They came to our checkpoint with two trucks and a heavy machine gun. What were we supposed to do, offer them tea?", "Salem", "commander of the Harbour Guard")],
  [C("killed", "combatants", 2, "killed two fighters", False, "Benari Medical Centre"),
   C("killed", "civilians", 1, "a man who was driving home from work", False, "Benari Medical Centre"),
   C("injured", "unspecified", 5, "five people had been injured", False, "Benari Medical Centre"),
   C("injured", "women", 1, "a woman hit by shrapnel", False, "Benari Medical Centre")],
  [N("Benari checkpoint talks", "Benari municipal council", ["Harbour Guard", "17th Brigade"], "stalled")],
  "stalled",
  "Talks deadlocked and suspended until next week (stalled); a local council as mediator; a unit name with a number ('17th Brigade') that is not a figure; the lede's 'two fighters and a passer-by' is restated by the medical centre and listed once with its source; a quote with no attribution verb after it (speaker introduced in the sentence before); a passer-by 'driving home from work' is a civilian; 'dozens of families' is not a person count; an office before the name with a capital ('Council chairman')."),

A("attr-035", "fictional", "2023-10-05",
  "Sant'Egidio offers to mediate as Tamaris fighting displaces thousands",
  """
PORTO VELHA, Tamaris (Meridian News) - The Community of Sant'Egidio, the Rome-based Catholic group, offered on Thursday to mediate between Tamaris's government and the Tamaris Liberation Front, after fighting in the eastern hills that aid agencies say has forced at least 40,000 people from their homes since early September.

"We have spoken to both sides. Neither has said no, and in our experience that is how a yes begins," said Father Luca Benedetti, who coordinates the group's work in Africa.

The government's spokeswoman, Ana Sequeira, said it would "study any serious proposal". She added: "But we will not sit down while the Front is holding our soldiers."

The Front says it holds 27 soldiers captured in September. The army has said 16 of its men are missing.

Doctors Without Borders said its clinic in the town of Mabote had treated 92 people for gunshot and shrapnel wounds since September 4, about a third of them children. It said it had no figure for the dead.

Local church officials in Mabote said at least 35 civilians had been killed in the area since the fighting began, a toll that could not be verified. "We bury people every day," said a priest in the town, who asked not to be named.
""",
  [Q("We have spoken to both sides. Neither has said no, and in our experience that is how a yes begins", "Luca Benedetti", None),
   Q("But we will not sit down while the Front is holding our soldiers.", "Ana Sequeira", "government's spokeswoman"),
   Q("We bury people every day", "a priest in the town", "priest")],
  [C("displaced", "unspecified", 40000, "at least 40,000 people", True, "aid agencies", "since early September"),
   C("detained", "security_forces", 27, "27 soldiers", False, "Tamaris Liberation Front"),
   C("missing", "security_forces", 16, "16 of its men are missing", False, "army"),
   C("injured", "unspecified", 92, "treated 92 people", False, "Doctors Without Borders", "since September 4"),
   C("killed", "civilians", 35, "at least 35 civilians", True, "Local church officials", "since the fighting began")],
  [N("mediation offered by Sant'Egidio", "Community of Sant'Egidio", ["Tamaris's government", "Tamaris Liberation Front"], "proposed")],
  "proposed",
  "Mediation only offered (proposed); an organisation mediator with an apostrophe; a title ('Father') dropped and 'who coordinates ...' is a relative clause, so no role; a quote after a colon ('She added:'); partial quote 'study any serious proposal' excluded; soldiers held by a rebel group are detained, soldiers the army calls missing are missing (two sides, two different figures); 'about a third of them children' gives no count, so no children entry; 'since the fighting began' is this month's fighting, not war-long; 'The Front says' is a short form of a named source, resolved to 'Tamaris Liberation Front', while the class noun 'The army' is kept as written."),

A("attr-036", "fictional", "2024-04-04",
  "Ostrava talks mediated by Switzerland and Norway enter third round",
  """
GENEVA (Northline Wire) - Talks between the government of Ostrava and the Highland People's Front, co-mediated by Switzerland and Norway, opened their third round on Thursday, with both sides reporting progress on a plan to withdraw heavy weapons from the front line.

The talks began in January. Since then, fighting has killed at least 57 people in Ostrava's highland provinces, according to an independent monitoring group, the Highland Casualty Project. It said 21 of them were combatants.

"We are further than we have ever been. That does not mean we are close," said Swiss diplomat Katrin Baumann, one of the two mediators.

Her Norwegian counterpart, Erik Solvang, said the withdrawal plan would be tested first in one district. "If it works in Dorn, it can work everywhere," he said.

The government's chief negotiator, Interior Minister Pavel Ondra, said the army had already pulled back some artillery from around Dorn as a goodwill gesture.

The Front's delegation head, Mira Halas, confirmed the pullback. “It is a start. It is only a start,” she said.

The Highland Casualty Project says at least 3,200 people have been killed since the conflict began in 2018, and that at least 95 people remain missing.
""",
  [Q("We are further than we have ever been. That does not mean we are close", "Katrin Baumann", "Swiss diplomat"),
   Q("If it works in Dorn, it can work everywhere", "Erik Solvang", "Norwegian counterpart"),
   Q("It is a start. It is only a start", "Mira Halas", "Front's delegation head")],
  [C("killed", "unspecified", 57, "at least 57 people", True, "Highland Casualty Project", "Since then"),
   C("killed", "combatants", 21, "21 of them were combatants", False, "Highland Casualty Project", "Since then"),
   C("killed", "unspecified", 3200, "at least 3,200 people", True, "Highland Casualty Project", "since the conflict began in 2018", True),
   C("missing", "unspecified", 95, "at least 95 people remain missing", True, "Highland Casualty Project", "since the conflict began in 2018", True)],
  [N("Geneva talks on heavy-weapons withdrawal", "Switzerland and Norway", ["government of Ostrava", "Highland People's Front"], "ongoing")],
  "ongoing",
  "Two state co-mediators written as one verbatim phrase; a figure 'since the talks began' expressed as 'Since then' (period verbatim, capital kept); the monitoring group introduced as 'an independent monitoring group, the Highland Casualty Project' (name used); a war-long toll beside the period toll; role given as 'Her Norwegian counterpart' (possessive pronoun dropped); an office before a name inside an appositive ('Interior Minister Pavel Ondra') with no quote; the missing count shares the cumulative period."),
]
ARTICLES += [
A("attr-037", "real-places", "2025-07-09",
  "Night attack on Djugu displacement site kills at least 19, local officials say; army gives lower toll",
  """
BUNIA, Democratic Republic of Congo (Meridian News) - At least 19 villagers were reported killed by local officials after gunmen armed with machetes and rifles attacked a displacement site in Djugu territory, in the northeastern Congolese province of Ituri, overnight into Wednesday.

The army gave a lower figure. Its spokesman in Ituri, Lieutenant Jules Ngongo, said 12 civilians and two of the attackers had died, and that troops had driven the gunmen back into the forest before dawn.

"Our soldiers arrived within the hour. Without them the toll would be far worse," Ngongo told reporters in Bunia, the provincial capital.

Humanitarian workers at the site said more than 30 people had been taken to a clinic run by a local charity, many with machete wounds, and that the clinic had run out of dressings by midday.

Espérance Dhelo, who lost two nephews in the attack, said the families had asked for soldiers to be posted at the site for months. "We sleep in shelters made of plastic sheeting. A plastic wall does not stop a machete," she said.

Ituri's provincial assembly member for Djugu, Pilo Ukumu, called for an investigation into why the nearest army post, about 3 km away, had not been reinforced.

No group claimed the attack. More than 1,800 civilians have been killed in Djugu since the violence flared again in 2017, according to a UN tally.
""",
  [Q("Our soldiers arrived within the hour. Without them the toll would be far worse", "Jules Ngongo", "spokesman"),
   Q("We sleep in shelters made of plastic sheeting. A plastic wall does not stop a machete", "Espérance Dhelo", None)],
  [C("killed", "civilians", 19, "At least 19 villagers were reported killed by local officials", True, "local officials"),
   C("killed", "civilians", 12, "12 civilians", False, "Jules Ngongo"),
   C("killed", "combatants", 2, "two of the attackers had died", False, "Jules Ngongo"),
   C("injured", "unspecified", 30, "more than 30 people", True, "Humanitarian workers"),
   C("killed", "civilians", 1800, "More than 1,800 civilians", True, "UN", "since the violence flared again in 2017", True)],
  [], "none",
  "Passive 'were reported killed by local officials' -> local officials; two sources for one attack (19 vs 12 + 2 attackers, never summed); the army's spokesman is introduced as 'Its spokesman in Ituri, Lieutenant Jules Ngongo': the possessive pronoun and the locative are cut, the rank dropped, leaving 'spokesman' (the organisation is only in the pronoun, so nothing more is verbatim); 'more than 30 people' taken to a clinic are recorded as injured (the wounds are stated); 'who lost two nephews' is a relative clause (no role) and the two nephews are inside the 19, not a figure of their own; 'according to a UN tally' -> 'UN', the body that keeps the tally (by analogy with 'Qatar-brokered' -> 'Qatar'); a multi-year toll since 2017 is cumulative; '3 km' is a distractor; the assembly member gives no quote and no figure."),

A("attr-038", "fictional", "2025-07-15",
  "Soravia talks hosted by Norway reach chapter on returning refugees",
  """
OSLO (Northline Wire) - Talks hosted by Norway between the government of Soravia and the rebel Coastal Liberation Army reached the chapter on the return of refugees on Tuesday, the sixth week of a process both sides described as slow but serious.

Soravian Foreign Minister Hana Loris, who leads the government team, said negotiators had agreed in principle that returnees would not be prosecuted for living in rebel-held areas. "Nobody should be punished for where the war left them," Loris told reporters in the hotel lobby.

The rebel side was more guarded. "In principle is a long way from on paper," said Ruben Okoye, the Coastal Liberation Army's deputy negotiator. "We have been in principle before."

Norway's special envoy, Sigrid Haugen, said the two delegations now met face to face every morning, something they refused to do in June. She declined to set a date for a final text.

Back in Soravia, the front lines have been largely quiet since the talks began, though a roadside bomb killed three soldiers near the port of Mersa on Sunday, the army said. The rebels denied planting it.

The war has killed more than 25,000 people since it began in 2011. Some 600,000 Soravians are registered as refugees in neighbouring countries, according to figures from the U.N. refugee agency.

"Half of them are children who have never seen Soravia," Haugen said. "That is who this chapter is for."
""",
  [Q("Nobody should be punished for where the war left them", "Hana Loris", "Soravian Foreign Minister"),
   Q("In principle is a long way from on paper", "Ruben Okoye", "Coastal Liberation Army's deputy negotiator"),
   Q("We have been in principle before.", "Ruben Okoye", "Coastal Liberation Army's deputy negotiator"),
   Q("Half of them are children who have never seen Soravia", "Sigrid Haugen", "Norway's special envoy"),
   Q("That is who this chapter is for.", "Sigrid Haugen", "Norway's special envoy")],
  [C("killed", "security_forces", 3, "killed three soldiers", False, "army"),
   C("killed", "unspecified", 25000, "more than 25,000 people", True, None, "since it began in 2011", True),
   C("displaced", "unspecified", 600000, "Some 600,000 Soravians", False, "U.N. refugee agency", None, True)],
  [N("Oslo talks", "Norway", ["government of Soravia", "rebel Coastal Liberation Army"], "ongoing")],
  "ongoing",
  "'Talks hosted by Norway': a state that hosts (not a city that is the venue) is treated as the facilitator, as attr-012 and attr-034 treat hosts, so mediator 'Norway'; a title before the name ('Soravian Foreign Minister Hana Loris') is the role, and 'who leads the government team' is ignored as a relative clause after it; a war-long toll with no source anywhere (reported_by null), period 'since it began in 2011' kept whole; 'according to figures from the U.N. refugee agency' -> the agency; refugees abroad are a cumulative stock; 'Half of them are children' gives no count; the envoy's second quote comes at the end, split by 'Haugen said'."),

A("attr-039", "real-places", "2025-07-24",
  "Al-Shabaab attack on army base in Lower Shabelle; army and group give far apart tolls",
  """
MOGADISHU (Meridian News) - Al-Shabaab fighters stormed a Somali army base in the Lower Shabelle region before dawn on Thursday, setting off hours of fighting in which five soldiers were killed, the army said.

The militant group said in a statement on a website it uses that its fighters had killed 30 soldiers and seized weapons and vehicles. It gave no figure for its own losses. Such claims by the group are often higher than official figures and could not be verified.

A security official who spoke on condition of anonymity because he was not authorised to brief the media said at least 11 soldiers had died, among them the base commander, and that 14 had been wounded. He said troops had killed more than 20 attackers.

Residents of the nearby town said they had heard gunfire and explosions for nearly four hours. "We lay on the floor with the children until the sun came up," said Fadumo Aden, a mother of six who runs a tea stall near the base.

The district commissioner, Abdirahman Gure, said the army had regained control by mid-morning. "The base is in our hands. Those who attacked it left their dead behind," Gure told Meridian News by telephone.

Medical sources at a hospital in Mogadishu said eight wounded soldiers had been flown to the capital for treatment.

The African Union mission said in a statement that its troops had supported the army with a quick reaction force. It gave no casualty figures.
""",
  [Q("We lay on the floor with the children until the sun came up", "Fadumo Aden", "mother of six"),
   Q("The base is in our hands. Those who attacked it left their dead behind", "Abdirahman Gure", "district commissioner")],
  [C("killed", "security_forces", 5, "five soldiers were killed", False, "army"),
   C("killed", "security_forces", 30, "killed 30 soldiers", False, "Al-Shabaab"),
   C("killed", "security_forces", 11, "at least 11 soldiers", True, "security official"),
   C("injured", "security_forces", 14, "14 had been wounded", False, "security official"),
   C("killed", "combatants", 20, "more than 20 attackers", True, "security official"),
   C("injured", "security_forces", 8, "eight wounded soldiers", False, "Medical sources")],
  [], "none",
  "Three sources, three tolls for the same attack (army 5, the group 30, an anonymous official 11: all listed, none reconciled); 'The militant group said ... It gave' resolved to the first naming 'Al-Shabaab' (capital kept as it opens the story); 'A security official who spoke on condition of anonymity' is cut like a role ('security official'); the base commander is inside the 11; 'a mother of six who runs a tea stall' keeps the apposition before the relative clause as her role, and 'six' is not a figure; the eight flown to Mogadishu are a separate figure from a separate source (they may be part of the 14, but the article does not say so); 'nearly four hours' is a distractor; the AU mission gives no figure."),

A("attr-040", "fictional", "2025-08-05",
  "Cassene government and Red Hills rebels sign ceasefire in Doha",
  """
DOHA (Meridian News) - The government of Cassene and the Red Hills Movement signed a ceasefire in the Qatari capital on Tuesday, ending four months of talks and a war that an independent monitor says has killed at least 8,700 people since 2019.

Qatar, which brokered the talks, said the ceasefire would take effect at dawn on Friday and that a joint committee would investigate violations. "The hard part begins on Friday," said Khalid al-Mansouri, a minister of state at the Qatari foreign ministry, at the signing.

Under the agreement, the rebels are to release 212 captured soldiers and the government about 900 detainees within 45 days. Cassene's justice ministry says the detainees are held in four prisons in the capital.

The monitor, the Cassene Conflict Observatory, says the fighting has also driven 340,000 people from the Red Hills. It said 41 people had been killed in the hills in the past week alone, as both sides pushed for ground before the signing.

Deputy Prime Minister Oriel Tanz signed for the government. The movement's leader, Ezra Maalouf, who spent three years in one of those prisons, signed for the rebels.

"I know these cells. I want every one of them empty," Maalouf said after the ceremony.

Tanz called the deal "a floor, not a ceiling".
""",
  [Q("The hard part begins on Friday", "Khalid al-Mansouri", "minister of state at the Qatari foreign ministry"),
   Q("I know these cells. I want every one of them empty", "Ezra Maalouf", "movement's leader")],
  [C("killed", "unspecified", 8700, "at least 8,700 people", True, "Cassene Conflict Observatory", "since 2019", True),
   C("detained", "security_forces", 212, "212 captured soldiers", False, None),
   C("detained", "unspecified", 900, "about 900 detainees", False, None),
   C("displaced", "unspecified", 340000, "340,000 people", False, "Cassene Conflict Observatory", None, True),
   C("killed", "unspecified", 41, "41 people had been killed", False, "Cassene Conflict Observatory", "in the past week")],
  [N("Doha ceasefire", "Qatar", ["government of Cassene", "Red Hills Movement"], "agreement")],
  "agreement",
  "'Qatar, which brokered the talks' -> mediator 'Qatar'; the lede's 'an independent monitor' is named two paragraphs later ('The monitor, the Cassene Conflict Observatory'), and its figures are given that name; the displaced figure has no period phrase in its own sentence (the lede's 'since 2019' is in another sentence, so it does not carry over): period null, cumulative true as a war-long stock (borderline); prisoners the deal only promises to free are detained with no source (the deal's terms are unsourced in the text; the justice ministry only says where they are held); a title before the name with no quote ('Deputy Prime Minister Oriel Tanz'); partial quote 'a floor, not a ceiling' excluded; 45 days and four prisons are distractors; the 41 killed 'in the past week alone' have the period 'in the past week' ('alone' is emphasis, not part of the bound)."),

A("attr-041", "real-places", "2025-08-13",
  "Shelling kills two in Kherson as evacuation of riverside districts continues",
  """
KHERSON, Ukraine (Northline Wire) - Russian shelling killed two people and wounded nine in the southern Ukrainian city of Kherson in the past 24 hours, regional governor Oleksandr Prokopenko said on Wednesday.

In a post on Telegram, Prokopenko said a 64-year-old woman was killed at a bus stop in the Korabel district and a man died when a shell hit a garage on the riverside. Two of the wounded were children, he said.

Across the region, Russian forces struck 38 settlements over the same period, the regional military administration said. It did not give a separate toll for the villages.

The Kherson regional prosecutor's office said it had opened an investigation. Since Friday, it said, 47 civilians had been wounded in the region, most of them by drones.

Officials installed by Russia on the occupied left bank of the Dnipro said Ukrainian shelling had killed one resident of Oleshky on Tuesday.

"The drones come down the streets like they are looking for someone," said Dr. Tetiana Marchuk, a surgeon at the Kherson regional hospital. "We have stopped counting the shrapnel we take out."

Evacuation buses left the riverside districts twice a day this week. Lidiya Koval, 79, said she had refused to go twice before. "This time the house next door burned. So I packed," she said.

The city's military administration says 220 people have been evacuated from the riverside districts so far this month.
""",
  [Q("The drones come down the streets like they are looking for someone", "Tetiana Marchuk", "surgeon"),
   Q("We have stopped counting the shrapnel we take out.", "Tetiana Marchuk", "surgeon"),
   Q("This time the house next door burned. So I packed", "Lidiya Koval", None)],
  [C("killed", "unspecified", 2, "killed two people", False, "Oleksandr Prokopenko", "in the past 24 hours"),
   C("injured", "unspecified", 9, "wounded nine", False, "Oleksandr Prokopenko", "in the past 24 hours"),
   C("injured", "children", 2, "Two of the wounded were children", False, "Oleksandr Prokopenko", "in the past 24 hours"),
   C("injured", "civilians", 47, "47 civilians had been wounded", False, "Kherson regional prosecutor's office", "Since Friday"),
   C("killed", "unspecified", 1, "had killed one resident of Oleshky", False, "Officials installed by Russia"),
   C("evacuated", "unspecified", 220, "220 people have been evacuated", False, "city's military administration", "so far this month")],
  [], "none",
  "No negotiations. 'in the past 24 hours' governs the governor's two, nine and the two wounded children; the woman and the man are the two killed, not new figures; 'Since Friday, it said' -> the prosecutor's office by the pronoun, period verbatim with its capital; 38 settlements struck is not a casualty figure ('over the same period' governs no figure); 'Officials installed by Russia on the occupied left bank' is cut before the trailing locative; Dr. dropped from the name, and the role is cut to 'surgeon' as attr-002 cuts 'a nurse at the hospital' (the hospital only says where she works); one resident killed on Tuesday has no period; 'Lidiya Koval, 79' has an age, not a role; the lede's 'regional governor' before the name is the role, though he is not quoted in marks."),

A("attr-042", "fictional", "2025-08-21",
  "Ilvenia peace talks collapse after air raid on rebel-held market, AU mediator says",
  """
KAMPALA (Meridian News) - Peace talks between Ilvenia's military government and the Federal Resistance Council collapsed on Thursday, the African Union mediator, Joseph Oduya, said, after the rebel delegation refused to return to the table following an air raid on a market in its territory.

"I have told both parties that I cannot mediate between empty chairs," Oduya said at a news conference at the hotel where the talks had been held since May. "When they are ready, they know my number."

The Federal Resistance Council said the raid on Tuesday killed 27 people in the town of Abrun, among them 11 children. Its spokesman, Kofi Alemu, said the council's delegation had been recalled "for consultations". "You cannot sign a ceasefire with a man whose planes are over your market," he said.

The military government said its aircraft had struck a rebel ammunition depot near Abrun, not the market. Information Minister Brig. Gen. Sara Toma said the Council was using the raid as an excuse to leave talks it was losing.

Doctors at Abrun's only hospital, reached by satellite phone, said they had treated more than 60 wounded. Their figures could not be independently verified.

A humanitarian truce agreed at the start of the talks to let food into the south expired last week and was not renewed, according to aid agencies. They say some 1.2 million people in the south rely on food aid.
""",
  [Q("I have told both parties that I cannot mediate between empty chairs", "Joseph Oduya", "African Union mediator"),
   Q("When they are ready, they know my number.", "Joseph Oduya", "African Union mediator"),
   Q("You cannot sign a ceasefire with a man whose planes are over your market", "Kofi Alemu", "spokesman")],
  [C("killed", "unspecified", 27, "killed 27 people", False, "Federal Resistance Council"),
   C("killed", "children", 11, "11 children", False, "Federal Resistance Council"),
   C("injured", "unspecified", 60, "more than 60 wounded", True, "Doctors")],
  [N("Kampala peace talks", "Joseph Oduya", ["Ilvenia's military government", "Federal Resistance Council"], "collapsed"),
   N("humanitarian food truce for the south", None, ["Ilvenia's military government", "Federal Resistance Council"], "collapsed")],
  "collapsed",
  "Talks declared collapsed by the mediator; 'the African Union mediator, Joseph Oduya' -> mediator is the person (the first naming of who mediates, as attr-033 'Rosa Ibarra'), his role 'African Union mediator'; Kampala is only the venue; 'Its spokesman, Kofi Alemu' -> role 'spokesman' (possessive pronoun dropped, nothing else verbatim); ranks 'Brig. Gen.' are dropped and 'Information Minister' would be her role, but she gives only a paraphrase; partial quote 'for consultations' excluded; the expired food truce had no named broker (the talks' mediator is not said to have brokered it) -> mediator null, parties assumed the same two sides; 1.2 million relying on food aid is not a casualty figure; 'Doctors at Abrun's only hospital' is cut to 'Doctors' as attr-002 cuts 'A medical source at the main hospital' (borderline: the hospital could be read as their organisation)."),
]
ARTICLES += [
A("attr-043", "real-places", "2025-09-02",
  "Roadside bomb kills four truffle hunters in Nineveh desert; two missing",
  """
MOSUL, Iraq (Northline Wire) - A roadside bomb killed four men gathering desert truffles south of the town of Tal Afar in Iraq's Nineveh province on Tuesday, and two others who were with them were reported missing by relatives, according to the provincial health directorate.

The directorate said a fifth man had been brought to hospital in Mosul with burns and was in a stable condition. Relatives told local officials that the two missing men had run from the blast towards a dry riverbed and had not been seen since.

Police blamed remnants of the Islamic State group, which they said had planted explosives along desert tracks used by herders and truffle hunters. No group claimed responsibility.

The truffle season draws hundreds of families from Tal Afar and Mosul into the desert each year. Security forces had warned them in August to stay on paved roads.

It was the third such attack this season. At least nine truffle hunters have been killed in Nineveh since the season began in late July, according to a count by the Iraqi Observatory for Human Rights.

A search party of soldiers and tribesmen set out from Tal Afar in the afternoon.

Across Iraq, more than 3,000 people have been killed by explosives left behind since the conflict began in 2014, according to a provincial mine action official, who did not give a figure for Nineveh alone.
""",
  [],
  [C("killed", "civilians", 4, "killed four men gathering desert truffles", False, "provincial health directorate"),
   C("missing", "civilians", 2, "two others who were with them were reported missing by relatives", False, "relatives"),
   C("injured", "civilians", 1, "a fifth man", False, "provincial health directorate"),
   C("killed", "civilians", 9, "At least nine truffle hunters", True, "Iraqi Observatory for Human Rights", "since the season began in late July"),
   C("killed", "unspecified", 3000, "more than 3,000 people", True, "provincial mine action official", "since the conflict began in 2014", True)],
  [], "none",
  "No quotes and no negotiations. Two sources in one sentence: the passive 'were reported missing by relatives' gives the missing men to relatives, while 'according to the provincial health directorate' is read as the source of the deaths (borderline: the 'according to' could be read as covering both; the nearer, more specific passive agent wins for the missing); truffle hunters are civilians by occupation; 'a fifth man' burned = 1 injured; 'hundreds of families' are families, not people; 'according to a count by X' -> X; 'since the season began in late July' is within one season (not cumulative); 'a provincial mine action official' is an unnamed source cut like a role, and 'since the conflict began in 2014' makes his figure cumulative."),

A("attr-044", "fictional", "2025-09-10",
  "UN envoy calls for Marekh talks as shelling of Tazrin kills dozens this month",
  """
TAZRIN, Marekh (Meridian News) - UN envoy Sofia Aranda called on Wednesday for the Marekhi government and the Tazrin Popular Front to send delegations to talks within a month, as shelling of the northern city of Tazrin continued for a fifth week.

At least 64 people have been killed in Tazrin so far this month, 23 of them children, according to figures from the health ministry. The ministry said 210 people had been wounded over the same period.

The Front, which has held the old city since March, gave a toll of 81 dead for the same weeks. It accused government artillery of targeting a hospital and two schools.

"I am asking both sides to choose a date and a table. I will bring the table," Aranda told reporters in the capital, Irsa, after meeting the prime minister.

Neither side has accepted. Government spokesman Darius Venn said talks were possible "once the terrorists leave the old city", while the Front's political leader, Noor Hadad, said her movement would not talk "under bombardment".

The Marekhi Red Crescent said in a statement that its ambulances could no longer reach the old city. "Our volunteers are waiting at the checkpoints with stretchers and nowhere to go," it said.

Since Friday alone, about 7,500 residents have left Tazrin for villages to the south, the UN refugee agency said.

The envoy has said she hopes to host the first round in Geneva.
""",
  [Q("I am asking both sides to choose a date and a table. I will bring the table", "Sofia Aranda", "UN envoy"),
   Q("Our volunteers are waiting at the checkpoints with stretchers and nowhere to go", "Marekhi Red Crescent", None)],
  [C("killed", "unspecified", 64, "At least 64 people", True, "health ministry", "so far this month"),
   C("killed", "children", 23, "23 of them children", False, "health ministry", "so far this month"),
   C("injured", "unspecified", 210, "210 people had been wounded", False, "health ministry", "over the same period"),
   C("killed", "unspecified", 81, "a toll of 81 dead", False, "Tazrin Popular Front", "for the same weeks"),
   C("displaced", "civilians", 7500, "about 7,500 residents", False, "UN refugee agency", "Since Friday")],
  [N("talks called for by the UN envoy", "Sofia Aranda", ["Marekhi government", "Tazrin Popular Front"], "proposed")],
  "proposed",
  "Talks only called for, neither side has accepted (proposed); a title before the name ('UN envoy Sofia Aranda') is both the role and, as the person who would host and broker the talks, the mediator (she has not yet mediated anything: borderline, she is the one proposing to); 'according to figures from the health ministry' -> the ministry that issued the figures, and 'The ministry said' restates it; two sources for the same weeks (ministry 64 vs the Front 81, never reconciled); 'for the same weeks' is taken as the period of the Front's toll; the period of 'Since Friday alone' is 'Since Friday' (the phrase that bounds the time; 'alone' is emphasis, as attr-040 drops it from 'in the past week alone'); an organisation quoted (role null, 'it said'); partial quotes 'once the terrorists leave the old city' and 'under bombardment' excluded; residents are civilians; Geneva is only a hoped-for venue."),

A("attr-045", "real-places", "2025-09-18",
  "RSF raid on Gezira village kills at least 40, volunteers say; community leaders propose harvest truce",
  """
WAD MADANI, Sudan (Meridian News) - Fighters of the paramilitary Rapid Support Forces raided a village in Sudan's Gezira state on Thursday, killing at least 40 people and abducting several women, according to a volunteer group that tracks attacks in the state.

The group, the Gezira Emergency Room, said the fighters arrived on motorcycles and pickup trucks at dawn and went from house to house. It said 12 of the dead were children.

Medical sources at a hospital in the nearby town of al-Hasaheisa put the toll lower, at 26 dead, and said 58 wounded people had been brought in, many with gunshot wounds. Some of the dead were buried in the village before they could be counted, the sources said.

The RSF did not respond to a request for comment. It has previously denied targeting civilians in Gezira.

"They asked each man whether he had a phone and money. Those who said no were shot," said a farmer from the village who fled to al-Hasaheisa with his family and asked that his name not be used.

A group of community leaders known as the Gezira Elders' Council called on the army and the RSF to agree a truce for the harvest season so that farmers could bring in the sorghum. Neither side has responded.

"If the harvest rots, the hunger next year will kill more people than the guns," said Hassan al-Tayeb, the council's secretary.

Residents said hundreds of people had left the village by nightfall.
""",
  [Q("They asked each man whether he had a phone and money. Those who said no were shot", "a farmer from the village", "farmer"),
   Q("If the harvest rots, the hunger next year will kill more people than the guns", "Hassan al-Tayeb", "council's secretary")],
  [C("killed", "unspecified", 40, "at least 40 people", True, "Gezira Emergency Room"),
   C("missing", "women", 3, "abducting several women", True, "Gezira Emergency Room"),
   C("killed", "children", 12, "12 of the dead were children", False, "Gezira Emergency Room"),
   C("killed", "unspecified", 26, "at 26 dead", False, "Medical sources"),
   C("injured", "unspecified", 58, "58 wounded people", False, "Medical sources"),
   C("displaced", "unspecified", 100, "hundreds of people had left the village", True, "Residents")],
  [N("harvest-season truce called for by community leaders", None, ["army", "paramilitary Rapid Support Forces"], "proposed")],
  "proposed",
  "The lede's unnamed 'a volunteer group that tracks attacks' is named in the next paragraph ('The group, the Gezira Emergency Room'), and that name is the source (as attr-028 resolves a lede description to the later name); two tolls (40 vs 26, never reconciled); abducted women are recorded as missing (the README has no 'abducted' kind; attr-031 records abducted aid workers as missing), 'several' -> 3 minimum; 'Medical sources at a hospital in ...' cut to 'Medical sources'; an unnamed speaker given as written ('a farmer from the village'), role 'farmer' with the place cut; the elders' council only calls for a truce and does not offer to broker it, so mediator null (borderline); parties are the two sides of the call, the RSF resolved to its first naming ('paramilitary Rapid Support Forces', as attr-013 resolves 'the SDF') and 'army' kept as a class noun."),

A("attr-046", "fictional", "2025-09-30",
  "Dunmara talks press on in Port Ilse though Kefa valley truce falls apart",
  """
PORT ILSE, Dunmara (Northline Wire) - Talks between the Dunmaran government and the Kefa Valley Alliance went into a third day on Tuesday under the auspices of the Southern Crescent Community, even as a local truce in the Kefa valley that the two sides agreed in August fell apart over the weekend.

The bloc's mediator, former Ostrin president Alma Reyes, said the delegations had not discussed leaving the table. “Both told me this morning that the valley is a reason to stay, not to go. I take them at their word,” she said.

The valley truce, brokered by a committee of clan elders, ended on Saturday when Alliance fighters and soldiers clashed at a river crossing near the town of Hesk. Clan elders said nine people died in the fighting, six of them Alliance fighters.

A spokesman for the Alliance, Tomas Greve, said the army had moved troops across the river in breach of the truce. "We did not leave that truce. It was taken from under us," he said.

The defence ministry said in a statement that its forces had returned fire after an attack on a patrol. It did not give a toll.

Hesk's mayor, Ruth Anand, said about 1,200 people had fled the town since Saturday. She said the town clinic had treated 17 wounded, including four women.

The Southern Crescent Community said in a statement that the valley would be the first item when the talks resume on Wednesday.
""",
  [Q("Both told me this morning that the valley is a reason to stay, not to go. I take them at their word", "Alma Reyes", "bloc's mediator"),
   Q("We did not leave that truce. It was taken from under us", "Tomas Greve", "spokesman for the Alliance")],
  [C("killed", "unspecified", 9, "nine people died", False, "Clan elders"),
   C("killed", "combatants", 6, "six of them Alliance fighters", False, "Clan elders"),
   C("displaced", "unspecified", 1200, "about 1,200 people", False, "Ruth Anand", "since Saturday"),
   C("injured", "unspecified", 17, "treated 17 wounded", False, "Ruth Anand"),
   C("injured", "women", 4, "four women", False, "Ruth Anand")],
  [N("Port Ilse talks", "Southern Crescent Community", ["Dunmaran government", "Kefa Valley Alliance"], "ongoing"),
   N("Kefa valley truce", "committee of clan elders", ["Dunmaran government", "Kefa Valley Alliance"], "collapsed")],
  "ongoing",
  "The main talks continue (ongoing) while a local truce between the same sides collapses (a truce status differing from the talks); 'under the auspices of' -> the bloc is the mediator; 'The bloc's mediator, former Ostrin president Alma Reyes': the first role phrase at her naming is 'bloc's mediator' (the later 'former Ostrin president' is a second role phrase, not used); 'six of them Alliance fighters' are combatants and the other three stay in the unspecified total; 'A spokesman for the Alliance, Tomas Greve' keeps the short form as written; the defence ministry gives no figure; the truce's parties are read from 'the two sides' of the talks."),

A("attr-047", "real-places", "2025-10-08",
  "Bomb on minibus kills seven in Ghazni city",
  """
GHAZNI, Afghanistan (Meridian News) - A bomb attached to a minibus exploded in a crowded street in the city of Ghazni on Wednesday, killing seven passengers and wounding at least 12, the provincial police spokesman said.

The spokesman, Abdul Rahim Zadran, said the minibus had been carrying workers home from a brick factory on the edge of the city. "The bomb was under the driver's seat. Whoever put it there knew the route," he said.

A hospital official who spoke on condition of anonymity because he was not allowed to talk to the media said nine bodies had been brought to the provincial hospital, and that three of the wounded had been sent on to Kabul.

The driver, Mirwais, who gave only one name, survived with burns to his hands. Speaking from his hospital bed, he said he had driven the same route every day for six years. "I heard a click and then I was in the road," he said.

Shopkeepers on the street said the blast broke windows along a whole block and set two stalls on fire.

No group claimed responsibility. The regional affiliate of the Islamic State group has carried out several bombings in Ghazni province this year, according to the provincial governor's office.

Bombings and other attacks on civilians have killed at least 140 people in Ghazni since January, the governor's office said, without giving a breakdown.
""",
  [Q("The bomb was under the driver's seat. Whoever put it there knew the route", "Abdul Rahim Zadran", "provincial police spokesman"),
   Q("I heard a click and then I was in the road", "Mirwais", "driver")],
  [C("killed", "civilians", 7, "killing seven passengers", False, "Abdul Rahim Zadran"),
   C("injured", "unspecified", 12, "wounding at least 12", True, "Abdul Rahim Zadran"),
   C("killed", "unspecified", 9, "nine bodies", False, "hospital official"),
   C("killed", "civilians", 140, "at least 140 people", True, "provincial governor's office", "since January")],
  [], "none",
  "The lede's 'the provincial police spokesman' is named in the next paragraph and resolved to Abdul Rahim Zadran, whose role is that lede phrase (his first mention); passengers counted as civilians because they are workers on a commuter bus (occupation, borderline); an anonymous 'hospital official' gives a higher toll (9 vs 7, both listed); the three sent to Kabul are inside the wounded; a speaker with one name and a role given before him ('The driver, Mirwais'); his burns make him one of the wounded already counted, not a new figure; 'several bombings' are attacks, not people; the 140 are 'attacks on civilians', so civilians, period 'since January' (this year, not cumulative), and 'the governor's office said' resolves to its first naming."),

A("attr-048", "fictional", "2025-10-16",
  "Palonia prisoner talks in Geneva make little progress as lists fail to match",
  """
GENEVA (Meridian News) - A fourth round of talks between Palonia's government and the Free Ardan Movement on freeing prisoners ended on Thursday with little progress, the two delegations and the organisation facilitating the talks said.

The Centre for Humanitarian Dialogue, which has brought the two sides to Geneva since June, said they had still not agreed on a single list. Its Palonia project head, Miriam Osei, said the gap was "numbers, not principles".

The movement says 1,450 of its members are held in government prisons. The government says it holds 610 people it calls terrorists, and that the movement holds 85 soldiers and police officers captured since the uprising began in 2022.

"Every name on our list is a person with a mother," said Lukas Weir, head of the movement's delegation. "They want us to pretend half of those mothers do not exist."

Justice Minister Eva Doran, who led the government side, said many of the names given by the movement were of people who had never been arrested or who had been freed years ago. She said Palonia was ready to allow the International Committee of the Red Cross to visit every prison "tomorrow".

Fighting in the Ardan hills has eased since the talks began, but a shell killed a shepherd near the village of Orsk on Monday, villagers said.

The next round has not been scheduled.
""",
  [Q("Every name on our list is a person with a mother", "Lukas Weir", "head of the movement's delegation"),
   Q("They want us to pretend half of those mothers do not exist.", "Lukas Weir", "head of the movement's delegation")],
  [C("detained", "combatants", 1450, "1,450 of its members", False, "Free Ardan Movement"),
   C("detained", "unspecified", 610, "610 people it calls terrorists", False, "government"),
   C("detained", "security_forces", 85, "85 soldiers and police officers", False, "government", "since the uprising began in 2022", True),
   C("killed", "civilians", 1, "killed a shepherd", False, "villagers")],
  [N("Geneva prisoner talks", "Centre for Humanitarian Dialogue", ["Palonia's government", "Free Ardan Movement"], "stalled")],
  "stalled",
  "'little progress' and no next round (stalled); the facilitator introduced first as 'the organisation facilitating the talks' and named in the next paragraph; 'The movement says' resolves to 'Free Ardan Movement'; one side's count of its own members held (1,450) and the other's (610 'people it calls terrorists': unspecified, since the government's label is not the article's) are two figures for one set of prisoners; the 85 held by the movement are reported by the government, and 'captured since the uprising began in 2022' makes them a multi-year stock (cumulative, borderline: a count of people held, not a toll); partial quotes 'numbers, not principles' and 'tomorrow' excluded; 'Its Palonia project head' would be a role (possessive pronoun dropped) but she has no quote; a shepherd is a civilian."),
]
ARTICLES += [
A("attr-049", "real-places", "2025-10-28",
  "Sheikhs broker truce between Houthi forces and tribesmen in Yemen's al-Bayda",
  """
AL-BAYDA, Yemen (Northline Wire) - Houthi forces and armed tribesmen in Yemen's central al-Bayda governorate agreed a truce on Tuesday after a week of fighting over a disputed well, in a deal brokered by sheikhs from the neighbouring governorate of Shabwa, tribal sources said.

The fighting in the Radman area killed 13 people, including three women, in the past week, said Sheikh Saleh al-Awadhi, a Shabwa tribal leader who helped broker the deal. He said eight of the dead were tribesmen and that the Houthis had lost "at least five men".

Houthi-run al-Masirah TV said two of the movement's fighters had been killed and described the tribesmen as "mercenaries" of the Saudi-led coalition.

Under the truce, both sides will pull back from the well and hand it to a committee of local elders, al-Awadhi said. Tribesmen held by the Houthis, whom he put at 17, are to be freed within a week.

"We wrote the terms on one page so that nobody could say he had not read them," al-Awadhi said by telephone. "Now we will see if they read them."

A resident of Radman, reached by phone, said families had begun returning to homes near the well on Tuesday afternoon. "The children went back to the school today. Yesterday we were under the beds," he said.

The U.N. humanitarian office says some 4.5 million Yemenis remain displaced inside the country after more than a decade of war.
""",
  [Q("We wrote the terms on one page so that nobody could say he had not read them", "Saleh al-Awadhi", "Shabwa tribal leader"),
   Q("Now we will see if they read them.", "Saleh al-Awadhi", "Shabwa tribal leader"),
   Q("The children went back to the school today. Yesterday we were under the beds", "A resident of Radman", "resident")],
  [C("killed", "unspecified", 13, "killed 13 people", False, "Saleh al-Awadhi", "in the past week"),
   C("killed", "women", 3, "three women", False, "Saleh al-Awadhi", "in the past week"),
   C("killed", "combatants", 8, "eight of the dead were tribesmen", False, "Saleh al-Awadhi"),
   C("killed", "combatants", 5, "at least five men", True, "Saleh al-Awadhi"),
   C("killed", "combatants", 2, "two of the movement's fighters", False, "Houthi-run al-Masirah TV"),
   C("detained", "combatants", 17, "he put at 17", False, "Saleh al-Awadhi"),
   C("displaced", "unspecified", 4500000, "some 4.5 million Yemenis", False, "U.N. humanitarian office", None, True)],
  [N("Radman well truce", "sheikhs", ["Houthi forces", "armed tribesmen"], "agreement")],
  "agreement",
  "Truce just agreed (agreement); 'brokered by sheikhs from the neighbouring governorate of Shabwa' -> mediator 'sheikhs' (the trailing 'from ...' only says where they come from); 'tribal sources' in the lede attribute the deal, not a figure; the mediator is also the source of most figures, named with an honorific (Sheikh dropped) and the role 'Shabwa tribal leader' (cut before the relative clause 'who helped broker the deal'); 'in the past week' governs the 13 and the three women in its sentence only; the Houthis' five dead per the mediator vs two per Houthi-run media are listed apart, the five quoted as a partial phrase inside a paraphrase (not a quote entry, still a figure); armed tribesmen are non-state fighters (combatants); 'whom he put at 17' gives the count by pronoun; scare quotes 'mercenaries' excluded; 'after more than a decade of war' is not a verbatim period phrase of the form the README lists, so period null, but the stock is war-long (cumulative true); a role-only speaker keeps its capital ('A resident of Radman')."),

A("attr-050", "fictional", "2025-11-05",
  "Virenza truce collapses as rebels end Brazil-brokered ceasefire",
  """
SAO JOAQUIM, Virenza (Meridian News) - The rebel Patriotic Forest Front said on Wednesday it was ending a ceasefire with the government of Virenza, eight months after it took effect, accusing the army of killing its fighters while they gathered at a disarmament site.

The truce had been brokered by Brazil, which also chaired a commission that was meant to monitor it. Brazil's foreign ministry said it "deeply regretted" the decision and would keep its observers in the country for now.

In a statement read on a rebel radio station, the Front said soldiers had opened fire on Sunday on a camp where its fighters were waiting to hand in weapons, killing 14 of them. It added that nine fighters had been taken prisoner.

Army commander General Inácio Prado said the troops had been attacked first and had lost three men. "We did not fire on anyone who was disarming. We fired on people who were shooting at us," Prado said. He added that two of the attackers had been captured.

The commission's Brazilian chair, Luiza Andrade, said observers had not been present at the camp on Sunday. "That is the tragedy of it. The one day we were not there," she told reporters.

Since the truce took effect in March, at least 120 people had been killed in violations, according to the commission's own records, which it had published every month.

Father Nuno Bastos, a priest in the nearby town of Arraial, said families had begun to leave. "People remember the war. They do not wait to be reminded," he said.
""",
  [Q("We did not fire on anyone who was disarming. We fired on people who were shooting at us", "Inácio Prado", "Army commander"),
   Q("That is the tragedy of it. The one day we were not there", "Luiza Andrade", "commission's Brazilian chair"),
   Q("People remember the war. They do not wait to be reminded", "Nuno Bastos", "priest")],
  [C("killed", "combatants", 14, "killing 14 of them", False, "Patriotic Forest Front"),
   C("detained", "combatants", 9, "nine fighters had been taken prisoner", False, "Patriotic Forest Front"),
   C("killed", "security_forces", 3, "had lost three men", False, "Inácio Prado"),
   C("detained", "combatants", 2, "two of the attackers had been captured", False, "Inácio Prado"),
   C("killed", "unspecified", 120, "at least 120 people", True, "commission", "Since the truce took effect in March")],
  [N("Virenza ceasefire", "Brazil", ["rebel Patriotic Forest Front", "government of Virenza"], "collapsed")],
  "collapsed",
  "One side ends the truce (collapsed); 'brokered by Brazil, which also chaired a commission' -> 'Brazil'; 'It added' and 'He added' carry the source over from the sentence before; 'Army commander General Inácio Prado': the office before the name is the role, the rank 'General' is dropped; a priest's title 'Father' dropped and 'a priest in the nearby town of Arraial' cut to 'priest'; 'according to the commission's own records' -> the commission (first named as 'a commission that was meant to monitor it', cut before the relative clause), period verbatim with its capital, not cumulative (within the truce's eight months); partial quote 'deeply regretted' excluded; the nine taken prisoner by the army are detained combatants (the Front reports its own men held)."),

A("attr-051", "real-places", "2025-11-13",
  "Mortar fire breaks Deir Hafer ceasefire for a second time; notables say truce still holds",
  """
ALEPPO, Syria (Meridian News) - Mortar fire killed a farmer and wounded his two sons near the town of Deir Hafer in the eastern countryside of Syria's Aleppo governorate on Thursday, the second breach in a week of a local ceasefire between government forces and the Kurdish-led Syrian Democratic Forces, a war monitor said.

The Syrian Observatory for Human Rights, which is based in Britain, said the shells were fired from positions held by government forces. Government forces said they had returned fire at SDF positions that had shelled them first.

The ceasefire, brokered last month by local notables from Deir Hafer and the nearby town of Maskanah, has otherwise held. Its committee of monitors, made up of notables from both towns, met on Thursday afternoon and said in a statement that the truce "remains in force".

"A truce that breaks twice and is repaired twice is still a truce. We will go on repairing it," said Abdullah al-Ali, a member of the committee, speaking after the meeting.

The SDF said in a statement that two of its fighters had been wounded in the exchange of fire. A government military source said one soldier had been lightly hurt.

Ahmad al-Hussein, the farmer's cousin, said the family had been harvesting cotton when the shells landed. "They had nothing in their hands but cotton," he said.

According to the Observatory, 22 people have been killed in the Deir Hafer area since August, when the two sides first clashed there.
""",
  [Q("A truce that breaks twice and is repaired twice is still a truce. We will go on repairing it", "Abdullah al-Ali", "member of the committee"),
   Q("They had nothing in their hands but cotton", "Ahmad al-Hussein", "farmer's cousin")],
  [C("killed", "civilians", 1, "killed a farmer", False, "Syrian Observatory for Human Rights"),
   C("injured", "civilians", 2, "wounded his two sons", False, "Syrian Observatory for Human Rights"),
   C("injured", "combatants", 2, "two of its fighters had been wounded", False, "Kurdish-led Syrian Democratic Forces"),
   C("injured", "security_forces", 1, "one soldier had been lightly hurt", False, "government military source"),
   C("killed", "unspecified", 22, "22 people have been killed", False, "Syrian Observatory for Human Rights", "since August")],
  [N("Deir Hafer local ceasefire", "local notables", ["government forces", "Kurdish-led Syrian Democratic Forces"], "implementing")],
  "implementing",
  "A truce breached but declared in force (implementing); the lede's 'a war monitor said' is named in the next sentence as the Syrian Observatory (resolved to the name, the relative clause 'which is based in Britain' cut); 'brokered ... by local notables from Deir Hafer and ...' -> 'local notables' (trailing origin cut); a committee member cut before ', speaking after'; a relative by kinship as role ('the farmer's cousin'); the sons of a farmer are civilians (family of a civilian hurt in their field, borderline: occupation is not stated for them); 'A government military source' cut to 'government military source'; 'since August' is the current episode, not cumulative; partial quote 'remains in force' excluded."),

A("attr-052", "fictional", "2025-11-25",
  "Quessa talks make progress on ceasefire lines, African Union mediator says",
  """
MAPUTEO, Quessa (Northline Wire) - Government and rebel negotiators meeting in the Quessan lakeside town of Maputeo have agreed on maps of the front lines in two of the country's four contested provinces, the African Union mediator said on Tuesday.

The talks, which began three weeks ago, bring together the government of Quessa and the Lakeshore Liberation Movement. The mediator, who by AU practice is not named while talks are under way, said in a written statement that the two sides were "closer on the maps than on anything else".

"The maps are the hardest part of a ceasefire. If they agree on lines, they can agree on time," a senior AU official told Reuters.

Interior Minister Celeste Amaro, who heads the government delegation, said the remaining two provinces would take longer. "Nobody gives up a hill they are standing on," she said.

The movement's spokesman, speaking by phone from the delegation's hotel, said rebel fighters would not withdraw from any position until a ceasefire was signed.

Fighting in the contested provinces has eased since the talks opened. But a mortar round killed two soldiers in Upper Naru province last week, the army said, and aid workers reported that 300 families had fled villages near the lake.

The Quessa Human Rights Commission says at least 3,900 people have been killed and 510 people have disappeared since the war began in 2020.

The next session is due on Thursday.
""",
  [Q("The maps are the hardest part of a ceasefire. If they agree on lines, they can agree on time", "a senior AU official", "senior AU official"),
   Q("Nobody gives up a hill they are standing on", "Celeste Amaro", "Interior Minister")],
  [C("killed", "security_forces", 2, "killed two soldiers", False, "army"),
   C("killed", "unspecified", 3900, "at least 3,900 people", True, "Quessa Human Rights Commission", "since the war began in 2020", True),
   C("missing", "unspecified", 510, "510 people have disappeared", False, "Quessa Human Rights Commission", "since the war began in 2020", True)],
  [N("Maputeo ceasefire talks", "African Union mediator", ["government of Quessa", "Lakeshore Liberation Movement"], "ongoing")],
  "ongoing",
  "An unnamed mediator: 'the African Union mediator' -> 'African Union mediator' (article dropped; he is never named); 'X told Reuters' with an unnamed official, speaker as written, role cut to 'senior AU official'; the mediator's words are a partial quote run into a paraphrase ('closer on the maps ...'), not an entry; the movement's spokesman gives no quote; 'Interior Minister Celeste Amaro, who heads ...': the office before the name is the role; '300 families' is not a person count; the 'at least' is read as governing only the killed (the 510 disappeared are exact, borderline), and the period governs both figures in the sentence; 'disappeared' is recorded as missing."),

A("attr-053", "real-places", "2025-12-03",
  "Church-brokered truce around Masisi town collapses as M23 and militias clash",
  """
GOMA, Democratic Republic of Congo (Meridian News) - A truce brokered by Catholic church leaders between M23 rebels and local militias known as Wazalendo around the town of Masisi in North Kivu province collapsed on Wednesday, as the two sides fought for control of the road to Nyabiondo, local civil society leaders said.

The truce, agreed in October, had allowed farmers to return to their fields for the first time in a year. It ended after militiamen attacked an M23 position outside Masisi on Tuesday evening and the rebels responded with mortar fire on nearby villages, according to the civil society leaders.

A coordinator of civil society in Masisi territory, Jean-Bosco Mahoro, said at least 16 civilians had been killed since Tuesday and that dozens of homes had been burned. "They fought over our heads and the bombs fell on our roofs," he said.

An M23 spokesman said on social media that the group had "neutralised" 40 militiamen and lost none of its own fighters. A Wazalendo commander, who gave his name only as Colonel Simba, told Meridian News that his men had killed 22 rebels.

Abbé Didier Kambale, a priest who helped negotiate the truce, said the church would try again. “We brought them to the same table once. We can do it twice,” he said.

The UN humanitarian office said in a statement that about 18,000 people had fled the fighting since Tuesday, many of them towards Sake. It said a health centre in Nyabiondo had been looted.
""",
  [Q("They fought over our heads and the bombs fell on our roofs", "Jean-Bosco Mahoro", "coordinator of civil society in Masisi territory"),
   Q("We brought them to the same table once. We can do it twice", "Didier Kambale", "priest")],
  [C("killed", "civilians", 16, "at least 16 civilians", True, "Jean-Bosco Mahoro", "since Tuesday"),
   C("killed", "combatants", 40, "40 militiamen", False, "M23 spokesman"),
   C("killed", "combatants", 22, "killed 22 rebels", False, "Wazalendo commander"),
   C("displaced", "unspecified", 18000, "about 18,000 people", False, "UN humanitarian office", "since Tuesday")],
  [N("Masisi local truce", "Catholic church leaders", ["M23 rebels", "local militias known as Wazalendo"], "collapsed")],
  "collapsed",
  "A local truce ended in fighting (collapsed); role before the name with an 'in' complement naming the office's jurisdiction ('coordinator of civil society in Masisi territory', kept as in 'deputy governor of Taiz'); each side claims the other's losses (40 vs 22: different figures for different groups, both listed) and M23's 'lost none' is not a figure; 'neutralised' in scare quotes is not a quote; the speaker given only by a nom de guerre with a rank gives no quote, so no speaker label is needed, and his figure's source is the role ('Wazalendo commander', cut before the relative clause); 'Abbé' (a title) dropped, 'a priest who helped negotiate the truce' -> 'priest'; 'dozens of homes' is not a casualty figure; 'It said' resolves to the UN office; a party named with a participial phrase ('local militias known as Wazalendo') kept whole (borderline)."),

A("attr-054", "fictional", "2025-12-11",
  "UN-brokered Estrin truce holds through first month despite violations",
  """
KOVAL, Estrin (Meridian News) - A UN-brokered truce between Estrin's government and the separatist Northern Council has held for a month despite dozens of violations, UN envoy Pieter Lamberts said on Thursday, as monitors recorded the first full week without a death on the northern front.

"A month ago people said this truce would not last a weekend. It has lasted thirty days, and the dead are fewer every week," Lamberts told the Security Council by video link from Koval.

The UN monitoring mission, which has 60 observers along the front, has recorded 14 people killed in violations since the truce took effect on November 10, most of them in the first week, a mission spokeswoman said. The mission has also recorded 31 people wounded over the same period.

The Northern Council's foreign affairs chief, Edvin Sorn, said the government was still holding 240 of its members in a military prison in Koval. "The truce frees nobody from a cell. That is the next step," he said.

The government says it holds 170 people "linked to armed separatism".

Before the truce, the mission said, an average of 40 people a week had been killed on the front since fighting flared again in May.

Estrin's deputy defence minister, Mara Loft, said soldiers had been ordered not to return fire without permission from their commanders. "Discipline is the truce. Without it we have only a piece of paper," she said.

Talks on a permanent settlement are due to begin in January.
""",
  [Q("A month ago people said this truce would not last a weekend. It has lasted thirty days, and the dead are fewer every week", "Pieter Lamberts", "UN envoy"),
   Q("The truce frees nobody from a cell. That is the next step", "Edvin Sorn", "Northern Council's foreign affairs chief"),
   Q("Discipline is the truce. Without it we have only a piece of paper", "Mara Loft", "Estrin's deputy defence minister")],
  [C("killed", "unspecified", 14, "14 people killed", False, "mission spokeswoman", "since the truce took effect on November 10"),
   C("injured", "unspecified", 31, "31 people wounded", False, "UN monitoring mission", "over the same period"),
   C("detained", "combatants", 240, "240 of its members", False, "Edvin Sorn"),
   C("detained", "unspecified", 170, "170 people", False, "government")],
  [N("UN-brokered truce", "UN", ["Estrin's government", "separatist Northern Council"], "implementing"),
   N("talks on a permanent settlement", None, ["Estrin's government", "separatist Northern Council"], "proposed")],
  "implementing",
  "A truce in force with violations (implementing) and follow-on talks only scheduled (proposed, no mediator named); 'A UN-brokered truce' -> mediator 'UN' (as 'Qatar-brokered' -> 'Qatar'), while the envoy is quoted with the title before his name as role ('UN envoy'); the 14 killed are given by 'a mission spokeswoman' in the same sentence, so that unnamed spokeswoman is the source, while the wounded in the next sentence are the mission's own records; 'an average of 40 people a week' is a rate, not a figure; 60 observers and 'thirty days' are distractors; the separatists' own count of members held (240) and the government's count (170) are both listed; partial quote 'linked to armed separatism' excluded; 'dozens of violations' are incidents, not people."),
]
ARTICLES += [
A("attr-055", "real-places", "2026-01-13",
  "Clan militias pull back near Beledweyne as elders' truce takes hold",
  """
BELEDWEYNE, Somalia (Northline Wire) - Militias from two rival sub-clans began pulling back from the farmland they have fought over north of Beledweyne, the capital of Somalia's Hiiraan region, on Tuesday, the first step in a truce agreed last week, elders who brokered it said.

Fighting over grazing land and water points near the Shabelle river had killed 31 people since the clashes began in November, according to the Hiiraan regional administration, which said most of the dead were militiamen. It said 45 people had been wounded.

Under the truce, both militias are to withdraw to their villages, and a committee of 12 elders will decide on compensation for the dead under customary law. Ugaas Hassan Farah, chairman of the elders' committee, said the first trucks of militiamen had left the front line by mid-morning.

"The young men listen to their mothers and their elders. This time they listened to both," Farah said.

Hiiraan's deputy governor for security, Abdikadir Nur, said regional forces would take over the positions the militias left. "Our soldiers are neutral. They belong to no clan on this land," he told reporters in Beledweyne.

Not everyone was convinced. A farmer from one of the villages, Halima Osman, said her family had fled twice since November. "They withdraw in the morning and come back at night. I will plant when I see it last," she said.

Aid agencies say more than 6,000 people were displaced by the clashes, most of them herding families.
""",
  [Q("The young men listen to their mothers and their elders. This time they listened to both", "Hassan Farah", "chairman of the elders' committee"),
   Q("Our soldiers are neutral. They belong to no clan on this land", "Abdikadir Nur", "Hiiraan's deputy governor for security"),
   Q("They withdraw in the morning and come back at night. I will plant when I see it last", "Halima Osman", "farmer")],
  [C("killed", "unspecified", 31, "had killed 31 people", False, "Hiiraan regional administration", "since the clashes began in November"),
   C("injured", "unspecified", 45, "45 people had been wounded", False, "Hiiraan regional administration"),
   C("displaced", "unspecified", 6000, "more than 6,000 people", True, "Aid agencies")],
  [N("Beledweyne clan truce", "elders", ["two rival sub-clans"], "implementing")],
  "implementing",
  "A truce agreed last week now being carried out (implementing); mediator written as 'elders who brokered it' (cut before the relative clause -> 'elders', as the lede's first naming); the two sides are written together ('two rival sub-clans', one string, article-free as written); 'most of the dead were militiamen' gives no separate figure; 'It said' resolves to the regional administration, and the 45 wounded have no period phrase in their sentence (the lede period is not carried into the next sentence); 'since the clashes began in November' is this episode (not cumulative); the traditional title 'Ugaas' is dropped from the name (rule 2) and his role is the apposition after it ('chairman of the elders' committee'); 'A farmer from one of the villages, Halima Osman' -> role 'farmer' (origin cut); the 12-member committee is a distractor; the displaced figure is not given a period ('by the clashes' names the cause, not a time span)."),

A("attr-056", "fictional", "2026-01-21",
  "Belgara government and rebels sign framework for talks in Cairo",
  """
CAIRO (Meridian News) - The government of Belgara and the United Front of the South signed a framework agreement in Cairo on Wednesday that sets the agenda and rules for peace talks, after three months of contacts co-hosted by Egypt and Qatar.

The nine-page document commits both sides to a first round of formal negotiations within 60 days, and names a joint committee of six members, three from each side, to prepare it.

"For the first time in eleven years, the two sides have signed the same piece of paper," Egypt's foreign minister, Karim Mansour, said at the ceremony.

Qatar's special envoy, Noura al-Kuwari, said the framework was "modest on purpose". She said hosts and parties had agreed to keep the talks away from the cameras.

Belgara's delegation was led by Prime Minister Tobias Renk. "We have agreed on how to talk. Now we must agree on what to say," Renk told reporters.

For the United Front of the South, its deputy leader, Amos Kiir, called the deal "a door, not a house". He said the Front would send a delegation of 15 to the first round.

The European Union said in a statement that it welcomed the agreement. "The parties have taken a courageous first step, and we stand ready to support the next one," it said.

The document does not mention a ceasefire, which both sides said would be the first item in the formal talks.
""",
  [Q("For the first time in eleven years, the two sides have signed the same piece of paper", "Karim Mansour", "Egypt's foreign minister"),
   Q("We have agreed on how to talk. Now we must agree on what to say", "Tobias Renk", "Prime Minister"),
   Q("The parties have taken a courageous first step, and we stand ready to support the next one", "European Union", None)],
  [],
  [N("Cairo framework agreement for peace talks", "Egypt and Qatar", ["government of Belgara", "United Front of the South"], "agreement")],
  "agreement",
  "No casualty figures (labelled none): all numbers are pages, days, committee and delegation sizes and years; a framework for future talks just signed (agreement; the talks it sets up are part of the same process, not a second entry); 'co-hosted by Egypt and Qatar' -> one verbatim string, as 'co-mediated by Switzerland and Norway'; roles as appositions before the name ('Egypt's foreign minister, Karim Mansour'; 'Qatar's special envoy, Noura al-Kuwari', no quote in marks) and as an office before the name ('Prime Minister Tobias Renk'); 'its deputy leader, Amos Kiir' gives only partial quotes ('a door, not a house'); an organisation quoted ('it said', role null); a ceasefire not yet discussed is not a separate process."),

A("attr-057", "real-places", "2026-01-29",
  "Glide bomb hits Sumy region village; five killed, officials give differing injury counts",
  """
SUMY, Ukraine (Meridian News) - A Russian glide bomb hit the centre of a village in Ukraine's northeastern Sumy region on Thursday, killing five people, the State Emergency Service said.

The bomb struck near a shop where residents were queuing for bread, the service said in a statement on Telegram. It said rescuers had pulled three people alive from the rubble of the shop and that one person was still missing.

The head of the regional military administration, Ihor Savchenko, said 18 people had been wounded, including a 10-year-old girl. The regional prosecutor's office put the number of wounded at 15.

"The queue was the target. There is nothing else in that square," Savchenko said in a video message.

Across the region, 96 settlements were shelled over the past day, the regional administration said. Russian strikes have killed 23 civilians in the Sumy region since the start of the month, according to the prosecutor's office.

Nataliia Bondar, 58, who was at the back of the queue, said she had been thrown to the ground. “I stood up and the shop was gone,” she said. “The women in front of me were gone.”

The village is about 20 km from the Russian border. Authorities ordered the evacuation of families with children from border villages last year.

There was no immediate comment from Moscow.
""",
  [Q("The queue was the target. There is nothing else in that square", "Ihor Savchenko", "head of the regional military administration"),
   Q("I stood up and the shop was gone", "Nataliia Bondar", None),
   Q("The women in front of me were gone.", "Nataliia Bondar", None)],
  [C("killed", "unspecified", 5, "killing five people", False, "State Emergency Service"),
   C("missing", "unspecified", 1, "one person was still missing", False, "State Emergency Service"),
   C("injured", "unspecified", 18, "18 people had been wounded", False, "Ihor Savchenko"),
   C("injured", "children", 1, "a 10-year-old girl", False, "Ihor Savchenko"),
   C("injured", "unspecified", 15, "the number of wounded at 15", False, "regional prosecutor's office"),
   C("killed", "civilians", 23, "killed 23 civilians", False, "regional prosecutor's office", "since the start of the month")],
  [], "none",
  "No negotiations. Two officials give different injured counts (18 vs 15, both listed); 'the service said' and 'It said' resolve to the State Emergency Service; the three pulled alive are survivors, not a figure; 96 settlements shelled and '20 km' are distractors; 'according to the prosecutor's office' resolves to its first naming ('regional prosecutor's office'); 'since the start of the month' is a period within the month (not cumulative); a witness with an age and a relative clause only (role null), her split quote is two entries; 'The women in front of me were gone' gives no count; 'The head of the regional military administration, Ihor Savchenko' is the role before the name."),

A("attr-058", "fictional", "2026-02-10",
  "Vatican-mediated Tarvik talks suspended after killing of rebel negotiator's brother",
  """
ROME (Northline Wire) - Talks between the government of Tarvik and the Hill Peoples' Alliance, mediated by the Vatican, were suspended indefinitely on Tuesday after the Alliance said the brother of its chief negotiator had been shot dead by soldiers at a checkpoint.

The Alliance's chief negotiator, Daniel Oumar, flew home for the funeral. "I cannot ask my people to trust a table while my brother lies in the ground," he said in a statement before leaving Rome.

The Tarvik army said it was investigating the shooting at the checkpoint near Mbalo on Sunday, in which it said a man had failed to stop and soldiers had fired warning shots.

The Vatican's envoy, Cardinal Matteo Grassi, said he had spoken to both delegations and would not declare the talks over. "A pause is not an ending. I have seen longer pauses end well," Grassi said.

The talks, which began in October, had made little progress on the main issue, control of the hill districts' mines, according to two diplomats who follow them.

Since the start of the talks, fighting in the hill districts had largely stopped, but the Tarvik Conflict Monitor, an independent group of researchers, says 58 people have been killed there since October, most in shootings at checkpoints.

The same group counts at least 11,000 people killed since the conflict began in 2014. It said about 150 people remain unaccounted for after being detained by soldiers or rebels.

A government spokesman, Felix Aru, said Tarvik was "committed to the process".
""",
  [Q("I cannot ask my people to trust a table while my brother lies in the ground", "Daniel Oumar", "Alliance's chief negotiator"),
   Q("A pause is not an ending. I have seen longer pauses end well", "Matteo Grassi", "Vatican's envoy")],
  [C("killed", "unspecified", 1, "the brother of its chief negotiator had been shot dead", False, "Hill Peoples' Alliance", implicit=True),
   C("killed", "unspecified", 58, "58 people have been killed", False, "Tarvik Conflict Monitor", "since October"),
   C("killed", "unspecified", 11000, "at least 11,000 people", True, "Tarvik Conflict Monitor", "since the conflict began in 2014", True),
   C("missing", "unspecified", 150, "about 150 people remain unaccounted for", False, "Tarvik Conflict Monitor", None, True)],
  [N("Vatican-mediated talks", "Vatican", ["government of Tarvik", "Hill Peoples' Alliance"], "stalled")],
  "stalled",
  "Talks suspended indefinitely, the mediator refusing to call them over (stalled, not collapsed); 'mediated by the Vatican' -> 'Vatican' (article dropped); the envoy's title 'Cardinal' is dropped from the name and his role is the apposition before it ('Vatican's envoy'); an implied single death ('the brother of ... had been shot dead', implicit 1) reported by the Alliance; the article never says whether he was a civilian or a fighter, so unspecified (borderline); 'an independent group of researchers' is an apposition after the name; 'The same group' and 'It said' carry the source; people 'unaccounted for after being detained' are missing, a standing stock with no period (cumulative, borderline); partial quote 'committed to the process' excluded; 'two diplomats' are a source for a qualitative claim, not a figure."),

A("attr-059", "real-places", "2026-02-18",
  "Tribal feud talks in Diyala stall after revenge killings",
  """
BAQUBA, Iraq (Meridian News) - Talks between two tribes in Iraq's eastern Diyala province to end a feud that has killed at least nine people this year stalled on Wednesday after three men were shot dead in a revenge attack near the town of Muqdadiya, security sources said.

The three, all from one tribe, were killed late on Tuesday while driving home from a funeral, according to a police officer who spoke on condition of anonymity because he was not authorised to talk to the media. He said a fourth man was wounded and that police had arrested two suspects.

The talks, hosted by the provincial governor, Hamid al-Khazraji, had been meeting weekly in Baquba since December to agree a settlement under tribal custom. A member of the governor's office said a session planned for Wednesday had been called off when one of the delegations failed to arrive.

"We had agreed on the blood money for six of the dead. Now there are three more, and everyone has to go back to their tribes," said Sheikh Qasim al-Tamimi, who represents one of the tribes at the talks.

The Diyala health directorate said the nine people killed in the feud since January included a woman and a boy. Its figures do not include the men killed on Tuesday.

"The state will not let tribes make the law," the governor said in a statement, adding that security forces had set up checkpoints on roads into Muqdadiya.
""",
  [Q("We had agreed on the blood money for six of the dead. Now there are three more, and everyone has to go back to their tribes", "Qasim al-Tamimi", None),
   Q("The state will not let tribes make the law", "Hamid al-Khazraji", "provincial governor")],
  [C("killed", "unspecified", 9, "at least nine people this year", True, "security sources", "this year"),
   C("killed", "unspecified", 3, "three men were shot dead", False, "security sources"),
   C("injured", "unspecified", 1, "a fourth man was wounded", False, "police officer"),
   C("detained", "unspecified", 2, "arrested two suspects", False, "police officer"),
   C("killed", "women", 1, "a woman", False, "Diyala health directorate", "since January"),
   C("killed", "children", 1, "a boy", False, "Diyala health directorate", "since January")],
  [N("Diyala tribal feud talks", "Hamid al-Khazraji", ["two tribes"], "stalled")],
  "stalled",
  "Talks called off after new killings (stalled); 'hosted by the provincial governor, Hamid al-Khazraji' -> the host is the mediator (a person, named at first mention) and his role is 'provincial governor'; the lede's 'security sources said' covers the nine and the three in its sentence, and 'at least nine ... this year' has the period 'this year' (not cumulative); the restatement of the nine by the health directorate is listed once with the lede's source, but its subgroups (a woman, a boy) come only from the directorate; the three men 'driving home from a funeral' are not described as civilians or fighters (unspecified); 'six of the dead' in the quote are part of the nine; the anonymous police officer is cut like a role; the sheikh's 'who represents one of the tribes' is a relative clause (role null, 'Sheikh' dropped); the parties are written jointly ('two tribes'); 'the governor said in a statement' is resolved to the named governor."),

A("attr-060", "fictional", "2026-02-26",
  "Savanna bloc offers to mediate as Oronde fighting kills 17 in 24 hours",
  """
LOMARA, Oronde (Northline Wire) - The Western Savanna Community offered on Thursday to mediate between Oronde's government and the rebel Movement for Justice and Land, after a surge in fighting that killed 17 people in the past 24 hours, according to the health ministry.

The regional bloc's chairman, President Félix Adou of Senaya, said he had written to both sides proposing talks in his capital within a month. "An African problem must find an African table. We are offering ours," Adou said in a televised address.

The ministry said the dead included six children killed when a shell hit a school in the eastern town of Kambi. A ministry spokeswoman, Awa Diallo, said 39 people had been wounded over the same period.

The rebels said in a statement that government jets had bombed two of their positions near Kambi, killing "civilians and fighters alike". They gave no figure.

Oronde's information minister, Jules Mbaye, said the government would "consider any offer that respects our sovereignty". He did not say whether it would accept.

In Kambi, a teacher at the school who gave only her first name, Adjoa, said the children had been in the middle of a lesson. “They were reading aloud when it came. The walls fell on their voices,” she said.

The conflict has killed more than 7,000 people since it began in 2014, according to a UN tally, and forced about 900,000 from their homes.

The Movement for Justice and Land has not responded to the offer. Its leader, Samuel Kone, has refused talks twice since 2022.
""",
  [Q("An African problem must find an African table. We are offering ours", "Félix Adou", "regional bloc's chairman"),
   Q("They were reading aloud when it came. The walls fell on their voices", "Adjoa", "teacher")],
  [C("killed", "unspecified", 17, "killed 17 people", False, "health ministry", "in the past 24 hours"),
   C("killed", "children", 6, "six children", False, "health ministry"),
   C("injured", "unspecified", 39, "39 people had been wounded", False, "Awa Diallo", "over the same period"),
   C("killed", "unspecified", 7000, "more than 7,000 people", True, "UN", "since it began in 2014", True),
   C("displaced", "unspecified", 900000, "about 900,000", False, "UN", "since it began in 2014", True)],
  [N("mediation offered by the Western Savanna Community", "Western Savanna Community", ["Oronde's government", "rebel Movement for Justice and Land"], "proposed")],
  "proposed",
  "Mediation only offered (proposed); a bloc as mediator, and its chairman quoted with the first role phrase ('regional bloc's chairman') while the title 'President' and 'of Senaya' are dropped from the name; 'The ministry said' resolves to the health ministry of the lede, and the six children are a subgroup with no period phrase in their sentence; a named spokeswoman is the source of the wounded (she, not the ministry, is the attribution at the figure); 'over the same period' verbatim; the rebels' 'civilians and fighters alike' is a partial quote with no figure; 'since it began in 2014' governs both figures in its sentence (cumulative), and 'according to a UN tally' -> 'UN'; the teacher known only by a first name: 'a teacher at the school who gave only her first name' is cut to 'teacher' (place and relative clause cut, as attr-002's nurse); 'refused talks twice since 2022' is background, not a process; partial quote 'consider any offer that respects our sovereignty' excluded."),
]
ARTICLES += [
A("attr-061", "fictional", "2026-03-03",
  "Air strike on Ostrel market kills 16, radio station says; air force says it hit rebel depot",
  """
OSTREL, Velmora (Meridian News) - An air strike hit the covered market in the northern Velmoran town of Ostrel on Tuesday morning, killing 16 people, a local radio station said, citing hospital staff.

The air force said in a statement that its jets had struck a weapons depot of the rebel Northern Shield Front on the edge of the town and killed more than 20 fighters. It did not mention the market.

Mara Destin, head of the Ostrel district council, said 41 people had been wounded, 12 of them children, and that most of the dead were traders. "There was no depot in that market. There were onions and shoes," Destin told Meridian News by telephone.

She said the council had asked the rebels to keep their fighters out of the town centre. "We asked them in December and we asked them again last week," she said.

A doctor at the town's hospital, who asked not to be named, said the operating theatre had worked through the afternoon on generator power. "We have two surgeons and one generator," the doctor said.

Northern Shield Front spokesman Teodor Vass said the group had no depot in Ostrel. "The only thing stored in that market was food," Vass said.

The town of about 30,000 people has been hit at least four times since January. There are no talks between the government and the Front.
""",
  [Q("There was no depot in that market. There were onions and shoes", "Mara Destin", "head of the Ostrel district council"),
   Q("We asked them in December and we asked them again last week", "Mara Destin", "head of the Ostrel district council"),
   Q("We have two surgeons and one generator", "a doctor at the town's hospital", "doctor"),
   Q("The only thing stored in that market was food", "Teodor Vass", "Northern Shield Front spokesman")],
  [C("killed", "unspecified", 16, "killing 16 people", False, "hospital staff"),
   C("killed", "combatants", 20, "killed more than 20 fighters", True, "air force"),
   C("injured", "unspecified", 41, "41 people had been wounded", False, "Mara Destin"),
   C("injured", "children", 12, "12 of them children", False, "Mara Destin")],
  [], "none",
  "No negotiations ('There are no talks' states their absence). 'A local radio station said, citing hospital staff' -> the cited original, 'hospital staff'; the air force's fighters are a separate figure from a separate source (never netted against the 16); the role after the name keeps its 'of' complement ('head of the Ostrel district council'), and the pronoun quote is hers; the unnamed doctor is given as written with the place ('a doctor at the town's hospital'), role 'doctor' (place and relative clause cut); an office before the name is the role ('Northern Shield Front spokesman'); 'most of the dead were traders' gives no count; the town's 30,000 people and 'four times' are distractors."),

A("attr-062", "real-places", "2026-03-12",
  "Insurgents kill five farmers in Cabo Delgado village; woman and son missing",
  """
PEMBA, Mozambique (Northline Wire) - Insurgents attacked a farming village in Macomia district in northern Mozambique's Cabo Delgado province on Wednesday, killing five farmers and burning dozens of homes, the district administrator said.

The administrator, Celestino Mabunda, said two more people were missing, a woman and her 12-year-old son. "They came at first light, when people were already in the fields," he told Northline Wire by telephone. "The ones who ran to the river survived."

The army said in a statement that soldiers had killed four insurgents in a follow-up operation on Thursday morning.

Amina Issa, the village's health volunteer, said she had helped carry the bodies to the mosque. "We buried them before noon. Nobody wanted to wait for the police," she said.

Insurgents linked to the Islamic State group have attacked villages in the province since 2017. More than 6,000 people have been killed in the conflict since then, according to a count by the Cabo Delgado Conflict Monitor, an independent research project. The monitor recorded 212 people killed in Cabo Delgado so far this year, including 87 civilians. It counted 38 attacks over the same period.

A U.N. report published last month said more than 100,000 people had fled their homes in the province since January.

Pedro Namashulua, a community leader in Macomia town, said families were sleeping in the bush. "People go back to the fields in the day and hide at night," he said.
""",
  [Q("They came at first light, when people were already in the fields", "Celestino Mabunda", "district administrator"),
   Q("The ones who ran to the river survived.", "Celestino Mabunda", "district administrator"),
   Q("We buried them before noon. Nobody wanted to wait for the police", "Amina Issa", "village's health volunteer"),
   Q("People go back to the fields in the day and hide at night", "Pedro Namashulua", "community leader")],
  [C("killed", "civilians", 5, "killing five farmers", False, "Celestino Mabunda"),
   C("missing", "unspecified", 2, "two more people were missing", False, "Celestino Mabunda"),
   C("missing", "women", 1, "a woman", False, "Celestino Mabunda"),
   C("missing", "children", 1, "her 12-year-old son", False, "Celestino Mabunda", implicit=True),
   C("killed", "combatants", 4, "killed four insurgents", False, "army"),
   C("killed", "unspecified", 6000, "More than 6,000 people", True, "Cabo Delgado Conflict Monitor", "since then", True),
   C("killed", "unspecified", 212, "212 people killed", False, "Cabo Delgado Conflict Monitor", "so far this year"),
   C("killed", "civilians", 87, "including 87 civilians", False, "Cabo Delgado Conflict Monitor", "so far this year"),
   C("displaced", "unspecified", 100000, "more than 100,000 people had fled", True, "U.N.", "since January")],
  [], "none",
  "No negotiations. The lede's 'the district administrator' is named in the next paragraph ('The administrator, Celestino Mabunda'): he is the source by name and his role is the lede phrase, his first mention (attr-047); farmers are civilians by occupation; 'dozens of homes' are homes, not people; the two missing and their subgroups are all listed ('a woman' -> women 1, 'her 12-year-old son' -> an implied child, 1); the army's four insurgents are a separate figure; 'the village's health volunteer' keeps the possessive noun; 'since then' (after 'since 2017' in the previous sentence) is the verbatim period of the war-long toll (cumulative), and 'according to a count by X, an independent research project' -> X; 'so far this year' governs the 212 and the 87 civilians, while '38 attacks over the same period' are attacks, not people; 'A U.N. report ... said' -> 'U.N.' (the report has no other author named), 'since January' within the year; 'a community leader in Macomia town' -> 'community leader' (locative cut)."),
A("attr-063", "fictional", "2026-03-21",
  "Kaldera talks in Port Anvers make headway on merging rebel units into army",
  """
PORT ANVERS, Kaldera (Meridian News) - Government and rebel negotiators met for a third straight day in the Kalderan port city of Port Anvers on Saturday, in talks facilitated by the Coastal States Forum that both sides said were making headway on merging rebel units into the army.

"We are counting units and ranks, and for the first time the two lists look alike," the Forum's envoy, Amara Tesfai, told reporters on Saturday evening.

The talks between the Kalderan government and the Sunrise Coalition began on Thursday, a week after clashes in the highland district of Orvo for which the interior ministry put the toll at 23 members of the security forces. The Coalition said nine of its fighters had died in the same clashes.

Ines Haldane, who leads the government delegation, said the two sides had agreed to keep a local truce in Orvo in place while they talked. "The guns in Orvo have been quiet since Monday. We want to keep it that way," Haldane said.

The Coalition's spokesman, Pavel Ruzic, was more cautious. "Quiet is not peace," he said. "Our people in Orvo still cannot reach their fields."

Aid agencies say about 18,000 people have fled Orvo since the clashes began, and that fewer than half have returned.

The Forum said the talks would continue on Sunday.
""",
  [Q("We are counting units and ranks, and for the first time the two lists look alike", "Amara Tesfai", "Forum's envoy"),
   Q("The guns in Orvo have been quiet since Monday. We want to keep it that way", "Ines Haldane", None),
   Q("Quiet is not peace", "Pavel Ruzic", "Coalition's spokesman"),
   Q("Our people in Orvo still cannot reach their fields.", "Pavel Ruzic", "Coalition's spokesman")],
  [C("killed", "security_forces", 23, "the toll at 23 members of the security forces", False, "interior ministry"),
   C("killed", "combatants", 9, "nine of its fighters had died", False, "Sunrise Coalition"),
   C("displaced", "unspecified", 18000, "about 18,000 people have fled Orvo", False, "Aid agencies", "since the clashes began")],
  [N("Port Anvers talks", "Coastal States Forum", ["Kalderan government", "Sunrise Coalition"], "ongoing"),
   N("local truce in Orvo", None, ["Kalderan government", "Sunrise Coalition"], "implementing")],
  "ongoing",
  "Talks under way and making headway (ongoing), with a local truce kept in force meanwhile (implementing, a second entry); 'talks facilitated by the Coastal States Forum' -> mediator 'Coastal States Forum'; the envoy's role is the apposition before the name with the possessive noun kept ('Forum's envoy'), the name following the quote; 'the interior ministry put the toll at' -> 'interior ministry'; two sides' tolls for the same clashes are different groups and both listed; 'The Coalition said' resolves to 'Sunrise Coalition'; 'who leads the government delegation' is a relative clause (role null); 'since the clashes began' bounds the displacement within the episode (not cumulative); returnees ('fewer than half') are not a figure; the truce has no named broker (mediator null) and its parties are read from the talks ('the two sides')."),

A("attr-064", "real-places", "2026-03-27",
  "Al-Dhale front-line truce extended for three months despite shelling that killed two children",
  """
AL-DHALE, Yemen (Meridian News) - A local truce between Houthi forces and government troops on the front line north of the southern Yemeni city of al-Dhale was extended for three months on Friday, despite shelling that killed two children in a village near Qataba on Wednesday.

The children, a brother and sister aged eight and 11, were killed when a mortar round hit their house, said Dr. Fuad Nasser, director of al-Dhale's main hospital. He said their mother had been wounded in the legs. Each side blamed the other for the round.

The truce, brokered by the office of the UN envoy for Yemen in January, has let farmers return to fields between the two front lines and reopened a road used by students to reach the city's schools.

"Two children were killed, and still both sides signed the extension. That tells you how much people here need it," said Salwa al-Shami, a member of the joint committee that monitors the truce.

The committee has documented the deaths of six civilians, four of them children, since the truce took effect.

A Houthi military spokesman in al-Dhale, Hadi al-Mahbashi, said his side had signed because farmers had asked it to. "We signed for the farmers, not because the other side deserves it," he told Meridian News.

More than 3,800 civilians have been killed in al-Dhale governorate since 2015, according to a local rights group, the Dhale Human Rights Centre.
""",
  [Q("Two children were killed, and still both sides signed the extension. That tells you how much people here need it", "Salwa al-Shami", "member of the joint committee"),
   Q("We signed for the farmers, not because the other side deserves it", "Hadi al-Mahbashi", "Houthi military spokesman")],
  [C("killed", "children", 2, "killed two children", False, "Fuad Nasser"),
   C("injured", "women", 1, "their mother had been wounded", False, "Fuad Nasser", implicit=True),
   C("killed", "civilians", 6, "the deaths of six civilians", False, "joint committee", "since the truce took effect"),
   C("killed", "children", 4, "four of them children", False, "joint committee", "since the truce took effect"),
   C("killed", "civilians", 3800, "More than 3,800 civilians", True, "Dhale Human Rights Centre", "since 2015", True)],
  [N("al-Dhale front-line truce", "office of the UN envoy for Yemen", ["Houthi forces", "government troops"], "implementing")],
  "implementing",
  "A truce in force and just extended, despite a deadly incident (implementing: extended, with violations while it holds); 'brokered by the office of the UN envoy for Yemen' -> the article is dropped and the 'of'/'for' complements naming the office are kept; the lede states the two children with no source, and the first mention that names one is the hospital director's (Dr. dropped, 'director of al-Dhale's main hospital' gives no quote), so the figure is his; their mother is an implied single wounded woman (implicit 1); ages eight and 11 are not figures; the committee member restates the two children inside her quote (listed once); 'The committee has documented' resolves to the first naming, 'the joint committee that monitors the truce', cut to 'joint committee', and 'since the truce took effect' governs the six and the four children; 'a member of the joint committee that monitors the truce' -> role cut before the relative clause; 'A Houthi military spokesman in al-Dhale' -> role with the locative cut; 'according to a local rights group, the Dhale Human Rights Centre' -> the name in apposition; three months is a distractor."),
A("attr-065", "fictional", "2026-04-05",
  "Lusane government and delta rebels sign ceasefire in Dakar",
  """
DAKAR (Northline Wire) - The government of Lusane and the rebel People's Army of the Delta signed a ceasefire in the Senegalese capital on Sunday, brokered by Senegal and the African Union, after eight months of on-off talks.

The ceasefire is due to take effect at midnight on Tuesday. Under its terms, the two sides will exchange lists of prisoners within two weeks, and the rebels will free 64 soldiers they hold in the delta. The government has said it holds about 300 people on charges linked to the rebellion.

The war in the delta has killed more than 12,000 people since 2017 and displaced some 450,000, according to the UN humanitarian office. At least 85 people were killed in the month before the signing, most of them in air strikes on fishing villages, the office said.

Delegates said the deal had nearly fallen apart on Saturday over the fate of a rebel commander sentenced to death in absentia. Under a compromise reached overnight, his case will go to a joint legal commission.

A 90-day truce agreed in 2022 collapsed within a month. Diplomats said the new text was more detailed, with a monitoring mission of 40 observers drawn from the region.

No official from either side spoke to reporters after the ceremony, which lasted less than half an hour. Lusane's president, Aurélien Bako, is expected to address the nation on Monday.
""",
  [],
  [C("detained", "security_forces", 64, "the rebels will free 64 soldiers", False, None),
   C("detained", "unspecified", 300, "holds about 300 people", False, "government"),
   C("killed", "unspecified", 12000, "killed more than 12,000 people", True, "UN humanitarian office", "since 2017", True),
   C("displaced", "unspecified", 450000, "displaced some 450,000", False, "UN humanitarian office", "since 2017", True),
   C("killed", "unspecified", 85, "At least 85 people were killed", True, "UN humanitarian office", "in the month before the signing")],
  [N("Dakar ceasefire", "Senegal and the African Union", ["government of Lusane", "rebel People's Army of the Delta"], "agreement"),
   N("2022 truce", None, ["government of Lusane", "rebel People's Army of the Delta"], "collapsed")],
  "agreement",
  "No quotes. A ceasefire just signed (agreement) beside a background truce that collapsed in 2022 (listed, not the main status; parties assumed the same two sides, no broker named); 'brokered by Senegal and the African Union' -> one mediator string; soldiers the deal only promises to free are detained, with no source (the deal's terms are given by the narrator, as attr-040); 'The government has said it holds about 300 people' -> 'government', a class noun; 'since 2017' governs both the killed and the displaced in its sentence (both cumulative, attr-060); 'the office said' resolves to 'UN humanitarian office', and 'in the month before the signing' bounds the 85 (not cumulative); the commander sentenced in absentia is not a casualty; eight months, two weeks, 90 days, 40 observers and half an hour are distractors."),
]
ARTICLES += [
A("attr-066", "real-places", "2026-04-14",
  "Air strike on Sagaing monastery sheltering displaced villagers kills at least 22",
  """
BANGKOK (Meridian News) - A military air strike on a Buddhist monastery sheltering displaced villagers in Myanmar's Sagaing region killed at least 22 people on Monday, including eight children, a local rescue team said.

The team, the Kanbalu Volunteer Rescue Group, said 31 people had been wounded and that its members were still searching the rubble of the monastery's main hall on Tuesday.

"There are no fighters in a monastery. There are monks, old people and babies," said Zaw Lin Htet, a spokesman for the local People's Defence Force in Kanbalu township. He told reporters by telephone that at least 4,000 people had fled villages around the monastery over the past week as troops advanced.

About 150 people displaced by earlier fighting had been living in the monastery's halls.

The military did not respond to requests for comment. State media said the air force had struck a "terrorist training camp" in the township.

Khin Myo Aye, 61, a rice farmer who had lived at the monastery since February, said she was washing clothes at a well when the jet came. "We heard the jet and then the roof was on top of us," she said. "My neighbour's two boys were inside."

The U.N. human rights office said in a report last month that air strikes had killed more than 1,600 civilians across Myanmar since the military seized power in 2021.
""",
  [Q("There are no fighters in a monastery. There are monks, old people and babies", "Zaw Lin Htet", "spokesman for the local People's Defence Force"),
   Q("We heard the jet and then the roof was on top of us", "Khin Myo Aye", "rice farmer"),
   Q("My neighbour's two boys were inside.", "Khin Myo Aye", "rice farmer")],
  [C("killed", "unspecified", 22, "killed at least 22 people", True, "Kanbalu Volunteer Rescue Group"),
   C("killed", "children", 8, "including eight children", False, "Kanbalu Volunteer Rescue Group"),
   C("injured", "unspecified", 31, "31 people had been wounded", False, "Kanbalu Volunteer Rescue Group"),
   C("displaced", "unspecified", 4000, "at least 4,000 people had fled", True, "Zaw Lin Htet", "over the past week"),
   C("displaced", "unspecified", 150, "About 150 people displaced", False, None, None, True),
   C("killed", "civilians", 1600, "more than 1,600 civilians", True, "U.N. human rights office", "since the military seized power in 2021", True)],
  [], "none",
  "No negotiations. The lede's 'a local rescue team' is named in the next paragraph ('The team, the Kanbalu Volunteer Rescue Group'), and that name is the source of the 22 and the eight children (as attr-045); 'told reporters' -> the spokesman by pronoun, with 'over the past week'; the spokesman's role keeps its 'for' complement and cuts the trailing 'in Kanbalu township'; the 150 displaced at the monastery stand in a narrator's paragraph of their own (no source anywhere: null) and are a standing stock with no period (cumulative, as attr-058's unaccounted-for); the farmer's age is dropped and 'who had lived at the monastery' is cut, leaving 'rice farmer'; 'My neighbour's two boys were inside' is a quote, not a new figure (they are presumably among the dead, but nothing says so); the partial quote 'terrorist training camp' is excluded; the U.N. office's countrywide toll since 2021 is cumulative."),

A("attr-067", "fictional", "2026-04-20",
  "Morvany-brokered truce in besieged Hesk collapses as shelling resumes",
  """
HESK, Qarsa (Northline Wire) - A truce brokered by Morvany, Qarsa's neighbour to the south, in the besieged town of Hesk collapsed on Monday when shelling resumed at dawn, killing at least nine people, according to the town's only hospital.

The truce took effect 11 days ago and had allowed three aid convoys into Hesk, which rebels of the Free Qarsi Army have held since 2023.

Dr. Simon Arlet, the hospital director, said 27 wounded people had been brought in by midday, among them four children. "We used the truce to restock. We will burn through it in a week," Arlet said.

The army said in a statement that rebels had broken the truce first by firing mortars at an army post outside the town on Sunday night, killing two soldiers. It said the army "responded proportionately".

A Free Qarsi Army commander in Hesk, who gave his name as Yusuf, denied that. "We did not fire first. We had no reason to: the truce fed our families," he told Northline Wire by telephone.

Morvany's foreign ministry said it regretted the end of the truce and called on both sides to return to it. A ministry spokeswoman, Clara Ivo, said Morvany was "still available".

The siege of Hesk has killed more than 2,300 people since it began in 2023, according to the hospital's records.
""",
  [Q("We used the truce to restock. We will burn through it in a week", "Simon Arlet", "hospital director"),
   Q("We did not fire first. We had no reason to: the truce fed our families", "Yusuf", "Free Qarsi Army commander")],
  [C("killed", "unspecified", 9, "killing at least nine people", True, "town's only hospital"),
   C("injured", "unspecified", 27, "27 wounded people", False, "Simon Arlet"),
   C("injured", "children", 4, "four children", False, "Simon Arlet"),
   C("killed", "security_forces", 2, "killing two soldiers", False, "army"),
   C("killed", "unspecified", 2300, "more than 2,300 people", True, "town's only hospital", "since it began in 2023", True)],
  [N("Hesk truce", "Morvany", ["army", "Free Qarsi Army"], "collapsed")],
  "collapsed",
  "A truce ended by renewed shelling (collapsed), the broker only calling for a return; 'brokered by Morvany, Qarsa's neighbour to the south,' -> 'Morvany' (cut at the comma); 'according to the town's only hospital' keeps the possessive noun ('town's only hospital'), and 'according to the hospital's records' resolves that short form to the same first naming (a document's keeper, as attr-037 'a UN tally'); the hospital director is named after the lede's figure, so the nine stay with the hospital and his own figures (27, four children) with him; 'Dr.' dropped; 'A Free Qarsi Army commander in Hesk, who gave his name as Yusuf' -> speaker 'Yusuf', role with the locative cut; parties are the army and the rebels as the article names them; a siege since 2023 is a multi-year toll (cumulative); partial quotes 'responded proportionately' and 'still available' excluded; 11 days and three convoys are distractors."),

A("attr-068", "real-places", "2026-04-29",
  "Thousands flee to Tawila after attacks on North Darfur villages, IOM says",
  """
TAWILA, Sudan (Meridian News) - More than 16,000 people have arrived in the town of Tawila in Sudan's North Darfur state since Friday, fleeing attacks on villages to the west, the International Organization for Migration (IOM) said on Wednesday.

The IOM has recorded more than 210,000 people displaced within North Darfur so far this year, most of them women and children, it said in an update.

"They walk for three or four days with nothing. Many arrive with no shoes," said Mariam Abakar, a coordinator for a local aid group in Tawila that runs two reception points.

Arrivals told aid workers that fighters on motorbikes had attacked at least four villages near Kutum. A doctor at a clinic run by Doctors Without Borders in Tawila said staff had treated 63 people for gunshot wounds since Friday. "Some of the wounded walked for two days with bullets in them," the doctor said.

The Rapid Support Forces, which control most of North Darfur, did not respond to a request for comment. The paramilitary group has denied targeting civilians.

Residents said at least 40 people were killed in one of the villages, Um Hajar, on Saturday.

The war between the army and the RSF, now in its fourth year, has displaced about 12 million people across Sudan, according to the United Nations. A proposal by the African Union for a humanitarian truce in North Darfur has gone unanswered by both sides.
""",
  [Q("They walk for three or four days with nothing. Many arrive with no shoes", "Mariam Abakar", "coordinator for a local aid group"),
   Q("Some of the wounded walked for two days with bullets in them", "a doctor at a clinic run by Doctors Without Borders in Tawila", "doctor")],
  [C("displaced", "unspecified", 16000, "More than 16,000 people", True, "International Organization for Migration", "since Friday"),
   C("displaced", "unspecified", 210000, "more than 210,000 people displaced", True, "International Organization for Migration", "so far this year"),
   C("injured", "unspecified", 63, "treated 63 people for gunshot wounds", False, "doctor", "since Friday"),
   C("killed", "unspecified", 40, "at least 40 people were killed", True, "Residents"),
   C("displaced", "unspecified", 12000000, "about 12 million people", False, "United Nations", None, True)],
  [N("AU humanitarian truce proposal for North Darfur", "African Union", ["army", "Rapid Support Forces"], "proposed")],
  "proposed",
  "The only process is a truce the African Union proposed and neither side has answered (proposed; the AU is the proposer and would-be broker, as attr-044's envoy); 'the International Organization for Migration (IOM)' -> the bracketed abbreviation is not part of the source, and 'The IOM' and 'it' resolve to the full naming; 'so far this year' is within the year (not cumulative); 'a coordinator for a local aid group in Tawila that runs two reception points' keeps the 'for' complement and cuts the locative and the relative clause; the MSF doctor is given as written (speaker) and cut to 'doctor' (source and role), 'since Friday' bounding the 63; 'women and children' and 'at least four villages' give no casualty count; the village toll is 'Residents' as written; the war-wide 12 million is a standing stock with no period phrase ('now in its fourth year' is not a bound: period null, cumulative true); 'RSF' in the parties is resolved to the first naming 'Rapid Support Forces'."),

A("attr-069", "fictional", "2026-05-08",
  "Ketteria's churches propose talks between government and Patriotic Front",
  """
KAVELLE, Ketteria (Meridian News) - Ketteria's council of churches on Friday proposed talks between the government and the rebel Ketterian Patriotic Front, offering to host both sides at a monastery outside the capital within a month.

The council's president, Bishop Aaron Mlay, said he had delivered letters to President Edith Varga and to the Front's leadership on Thursday. "We are not asking them to love each other. We are asking them to sit in the same room," Mlay told a news conference in Kavelle.

The government said it would study the offer. Interior Minister Lucas Ferrand, speaking to state radio, said any talks would have to begin with the Front handing over its heavy weapons. "A table with guns under it is not a table," he said.

In a statement sent to reporters, the Front welcomed the proposal but said it would not disarm before a political agreement. Its spokeswoman, Nadia Oresko, said the group wanted a foreign guarantor at the table. "The churches have our respect. What we need is a witness with power," she said.

The European Union said in a statement: "We support every effort to bring the parties to dialogue and stand ready to help."

Previous talks, held in 2021 under the auspices of the United Nations, broke down after two rounds. Fighting in the northern provinces has eased since March, diplomats said.
""",
  [Q("We are not asking them to love each other. We are asking them to sit in the same room", "Aaron Mlay", "council's president"),
   Q("A table with guns under it is not a table", "Lucas Ferrand", "Interior Minister"),
   Q("The churches have our respect. What we need is a witness with power", "Nadia Oresko", "spokeswoman"),
   Q("We support every effort to bring the parties to dialogue and stand ready to help.", "European Union", None)],
  [],
  [N("talks proposed by the council of churches", "Ketteria's council of churches", ["government", "rebel Ketterian Patriotic Front"], "proposed"),
   N("2021 UN-sponsored talks", "United Nations", ["government", "rebel Ketterian Patriotic Front"], "collapsed")],
  "proposed",
  "No casualty figures (labelled none): a month, two rounds and the years are not casualties. Talks offered and not yet begun (proposed); the council that offers to host is the would-be mediator, first naming with the possessive noun kept ('Ketteria's council of churches'); 'Bishop' is dropped from the name and 'council's president' is his role; an office before the name ('Interior Minister Lucas Ferrand') with a pronoun quote; 'Its spokeswoman' -> 'spokeswoman'; an organisation quoted after a colon (role null); the 2021 talks 'under the auspices of the United Nations' broke down (background, collapsed, parties assumed the same two sides); 'eased since March' is not a truce; President Edith Varga is mentioned but not quoted."),

A("attr-070", "real-places", "2026-05-14",
  "Plateau farming villages and herder communities sign peace pact after weeks of killings",
  """
JOS, Nigeria (Northline Wire) - Community leaders in Bokkos, in Nigeria's central Plateau state, signed a peace pact between farming villages and herder communities on Thursday after attacks and reprisals that have killed at least 64 people since early April, the state government said.

The pact, brokered by a committee of religious leaders set up by the state governor, commits both sides to hand over suspects to the police and to share grazing routes agreed at the talks.

A police spokesman, Samuel Danladi, said 23 suspects had been arrested since the violence began.

"We have buried our sons and they have buried theirs. Today we stopped counting," said Ibrahim Musa, a herder leader in Bokkos.

Danjuma Pam, the village head of Kopal, said the pact would be tested within weeks, when herds move south. "Paper will not stop a machete. People will," he said.

A local rights group, the Middle Belt Peace Forum, said at least 110 people had been killed in the area since January and more than 9,000 had fled their homes.

Violence between farmers and herders has killed thousands of people in central Nigeria over the past decade.
""",
  [Q("We have buried our sons and they have buried theirs. Today we stopped counting", "Ibrahim Musa", "herder leader"),
   Q("Paper will not stop a machete. People will", "Danjuma Pam", "village head of Kopal")],
  [C("killed", "unspecified", 64, "killed at least 64 people", True, "state government", "since early April"),
   C("detained", "unspecified", 23, "23 suspects had been arrested", False, "Samuel Danladi", "since the violence began"),
   C("killed", "unspecified", 110, "at least 110 people had been killed", True, "Middle Belt Peace Forum", "since January"),
   C("displaced", "unspecified", 9000, "more than 9,000 had fled", True, "Middle Belt Peace Forum", "since January"),
   C("killed", "unspecified", 1000, "thousands of people", True, None, "over the past decade", True)],
  [N("Bokkos peace pact", "committee of religious leaders", ["farming villages", "herder communities"], "agreement")],
  "agreement",
  "A local pact just signed (agreement); 'brokered by a committee of religious leaders set up by the state governor' -> the participle is cut like a relative clause, leaving 'committee of religious leaders'; 'a peace pact between farming villages and herder communities' names two sides as separate noun phrases (two party strings, unlike a shared head such as 'Afghan and Pakistani border forces'), and the 'Community leaders' who signed are delegates, not a side; 'since early April' bounds the 64 within this episode; 'A police spokesman, Samuel Danladi' gives a figure but no quote, and 'since the violence began' bounds the arrests; 'a herder leader in Bokkos' -> 'herder leader' (locative cut), 'the village head of Kopal' keeps its 'of' jurisdiction; 'since January' governs both of the Forum's figures in one sentence; 'thousands of people ... over the past decade' has no source anywhere (null), 'thousands' -> 1,000 minimum, a multi-year toll (cumulative); grazing routes and 'within weeks' are not figures."),
]
ARTICLES += [
A("attr-071", "fictional", "2026-05-23",
  "Osmay talks in Geneva deadlocked over amnesty as Tarn offensive enters fifth day",
  """
GENEVA (Meridian News) - Peace talks between the government of Osmay and the United Mountain Front in Geneva are deadlocked over an amnesty for rebel commanders, the mediator said on Saturday, as an army offensive in the Tarn mountains entered its fifth day.

The talks are mediated by Hugo Brenner, a retired Swiss judge, who said both delegations had agreed to stay in the city for another week. "Nobody has packed a suitcase yet. That is what I hold on to," Brenner told reporters outside the conference centre.

The United Mountain Front said the offensive had killed 11 of its fighters and 17 civilians since Tuesday. Its chief negotiator, Arjun Talvi, said the army was using the talks as cover. "They talk in Geneva and they bomb in Tarn," Talvi said. "We will not be the decoration on their offensive."

Osmay's defence ministry said troops had killed "dozens of terrorists" in the mountains. It said four soldiers had been killed since the operation began.

The government's chief negotiator, Rosa Mendel, said her delegation would stay in Geneva. "We came to negotiate, and we are still here," she said.

The Tarn Human Rights Centre, a local group, counted 19 civilians killed since the offensive began, among them six children. It said about 5,000 people had fled to the valley towns. The 17 civilian deaths reported by the Front could not be independently verified.

The conflict has killed an estimated 30,000 people since 1998.
""",
  [Q("Nobody has packed a suitcase yet. That is what I hold on to", "Hugo Brenner", "retired Swiss judge"),
   Q("They talk in Geneva and they bomb in Tarn", "Arjun Talvi", "chief negotiator"),
   Q("We will not be the decoration on their offensive.", "Arjun Talvi", "chief negotiator"),
   Q("We came to negotiate, and we are still here", "Rosa Mendel", "government's chief negotiator")],
  [C("killed", "combatants", 11, "killed 11 of its fighters", False, "United Mountain Front", "since Tuesday"),
   C("killed", "civilians", 17, "17 civilians", False, "United Mountain Front", "since Tuesday"),
   C("killed", "combatants", 12, "dozens of terrorists", True, "Osmay's defence ministry"),
   C("killed", "security_forces", 4, "four soldiers had been killed", False, "Osmay's defence ministry", "since the operation began"),
   C("killed", "civilians", 19, "counted 19 civilians killed", False, "Tarn Human Rights Centre", "since the offensive began"),
   C("killed", "children", 6, "among them six children", False, "Tarn Human Rights Centre", "since the offensive began"),
   C("displaced", "unspecified", 5000, "about 5,000 people had fled", False, "Tarn Human Rights Centre"),
   C("killed", "unspecified", 30000, "an estimated 30,000 people", False, None, "since 1998", True)],
  [N("Geneva peace talks", "Hugo Brenner", ["government of Osmay", "United Mountain Front"], "stalled")],
  "stalled",
  "A deadlock declared by the mediator while both delegations stay in the city (stalled, not collapsed); 'mediated by Hugo Brenner, a retired Swiss judge' -> the person is the mediator and the apposition after his name is his role; 'since Tuesday' governs both of the Front's figures in its sentence; 'Osmay's defence ministry' keeps the possessive noun; 'Its chief negotiator' -> 'chief negotiator' (possessive pronoun dropped); the defence ministry's figure sits inside scare quotes ('dozens of terrorists'): the phrase is a partial quote, not a quote entry, but it still states a figure (dozens -> 12, minimum), and 'since the operation began' stands in the next sentence with the four soldiers only, so the dozens have period null; 'the government's chief negotiator' keeps the possessive noun; the Centre 'counted' 19 civilians with its six children as a subgroup (a second source for the civilians, never reconciled with the Front's 17); 'It said about 5,000' has no period phrase in its sentence (null); the closing restatement of the Front's 17 is not a new figure; 'an estimated 30,000' is exact, unsourced (null), cumulative since 1998."),

A("attr-072", "real-places", "2026-06-01",
  "Drone strike on workers' minibus kills four in Nikopol",
  """
NIKOPOL, Ukraine (Meridian News) - A Russian drone hit a minibus carrying workers to a factory on the outskirts of Nikopol, in Ukraine's Dnipropetrovsk region, on Monday morning, killing four people and wounding 11, the regional governor said.

Vadym Kostenko said on Telegram that the driver was among the dead and that two of the wounded were in a serious condition. "It was a bus of people going to work. There is no military target on that road," he wrote.

Natalia Hrytsenko, a nurse at the city's emergency hospital, said the wounded had arrived within half an hour. "We had eleven people from one bus, most of them with burns," she said. "The youngest is nineteen."

The city's military administration said 23 people had been wounded in Nikopol over the past week in drone and artillery attacks.

Russian-installed officials across the Dnipro river said Ukrainian shelling killed a woman in the occupied town of Kamianka-Dniprovska on Sunday. The claim could not be verified.

More than 600 civilians have been killed in the Dnipropetrovsk region since the full-scale invasion began in February 2022, according to the regional prosecutor's office. About 4,000 Ukrainian soldiers are held in Russian captivity, according to Ukraine's coordination headquarters for prisoners of war.

The factory's director, Yurii Bondarenko, said production would resume on Tuesday. "We will send the buses by another road," he said.
""",
  [Q("It was a bus of people going to work. There is no military target on that road", "Vadym Kostenko", "regional governor"),
   Q("We had eleven people from one bus, most of them with burns", "Natalia Hrytsenko", "nurse"),
   Q("The youngest is nineteen.", "Natalia Hrytsenko", "nurse"),
   Q("We will send the buses by another road", "Yurii Bondarenko", "factory's director")],
  [C("killed", "unspecified", 4, "killing four people", False, "Vadym Kostenko"),
   C("injured", "unspecified", 11, "wounding 11", False, "Vadym Kostenko"),
   C("injured", "unspecified", 23, "23 people had been wounded", False, "city's military administration", "over the past week"),
   C("killed", "women", 1, "killed a woman", False, "Russian-installed officials"),
   C("killed", "civilians", 600, "More than 600 civilians", True, "regional prosecutor's office", "since the full-scale invasion began in February 2022", True),
   C("detained", "security_forces", 4000, "About 4,000 Ukrainian soldiers", False, "Ukraine's coordination headquarters for prisoners of war")],
  [], "none",
  "No negotiations. The lede's 'the regional governor' is named in the next paragraph by his bare name, so 'regional governor' is both his role (his first mention, as attr-047) and resolved to 'Vadym Kostenko' as the source; a Telegram post quoted with 'he wrote' is a quote; the driver is one of the four and the two 'in a serious condition' are inside the 11 (not separate figures); the nurse's 'eleven people from one bus' restates the governor's 11 inside a quote (listed once, the first mention's source); 'The youngest is nineteen' is an age; 'a nurse at the city's emergency hospital' -> 'nurse'; 'Russian-installed officials across the Dnipro river' cut before the locative; prisoners of war in an interstate war are security_forces, detained, a stock held now (cumulative false, as the set's other detainee stocks); the prosecutor's toll since February 2022 is cumulative; the 23 wounded over the past week are a separate city-wide figure."),

A("attr-073", "fictional", "2026-06-07",
  "Tamsa ceasefire reaches 100 days as first rebels hand in weapons",
  """
MBERA, Tamsa (Northline Wire) - The ceasefire between the government of Tamsa and the Tamsa Freedom Army held for a 100th day on Sunday, and monitors said the first group of rebel fighters had handed in their weapons at a camp in the north.

The ceasefire, brokered by the Inter-Lake Authority in February, is watched by a mission of 60 unarmed observers. The first 250 fighters gave up their rifles on Saturday, the mission said.

“We have recorded 41 violations since the ceasefire began, most of them shots fired in the air at checkpoints,” the mission's head, Leonor Bastos, told reporters in the capital.

“Two of them were serious. In April a patrol was ambushed and three soldiers were killed, and in May a man was shot dead at a market in Loru. Both cases went to the joint commission.

“That is not a perfect record. But it is a record no one would have predicted in January.”

The government released 120 detainees last week under the deal. The rebels say about 400 of their members are still held in government prisons.

Isak Duma, who commands the rebels at the camp, said his men wanted the jobs they had been promised. “We gave them our rifles. Now we want the schools they promised,” Duma said.

The war killed an estimated 20,000 people between 2015 and the ceasefire, according to the Inter-Lake Authority.
""",
  [Q("We have recorded 41 violations since the ceasefire began, most of them shots fired in the air at checkpoints", "Leonor Bastos", "mission's head"),
   Q("Two of them were serious. In April a patrol was ambushed and three soldiers were killed, and in May a man was shot dead at a market in Loru. Both cases went to the joint commission.", "Leonor Bastos", "mission's head"),
   Q("That is not a perfect record. But it is a record no one would have predicted in January.", "Leonor Bastos", "mission's head"),
   Q("We gave them our rifles. Now we want the schools they promised", "Isak Duma", None)],
  [C("killed", "security_forces", 3, "three soldiers were killed", False, "Leonor Bastos"),
   C("killed", "unspecified", 1, "a man was shot dead", False, "Leonor Bastos"),
   C("detained", "combatants", 400, "about 400 of their members are still held", False, "rebels"),
   C("killed", "unspecified", 20000, "an estimated 20,000 people", False, "Inter-Lake Authority", "between 2015 and the ceasefire", True)],
  [N("Inter-Lake Authority-brokered ceasefire", "Inter-Lake Authority", ["government of Tamsa", "Tamsa Freedom Army"], "implementing")],
  "implementing",
  "A ceasefire in force and monitored, with disarmament under way (implementing); 'brokered by the Inter-Lake Authority' -> mediator; a multi-paragraph quote with an opening mark on each paragraph and one closing mark gives one entry per paragraph, all the mission head's ('the mission's head, Leonor Bastos' after the first paragraph; possessive noun kept); figures given inside her quote are hers (three soldiers, one man; 'In April' and 'In May' are the days of single events, not periods); 41 violations, 60 observers and the 250 fighters who handed in weapons are not casualties; the 120 detainees already released are not listed, the 400 still held are (members of the rebel group -> combatants, 'The rebels say' -> 'rebels'); 'who commands the rebels at the camp' is a relative clause (role null); 'between 2015 and the ceasefire' bounds a war-long toll (cumulative), 'an estimated 20,000' is exact."),

A("attr-074", "fictional", "2026-06-16",
  "Arvenia peace talks break down after eight months as Sennet fighting resumes",
  """
LISK, Arvenia (Meridian News) - Peace talks between the government of Arvenia and the Harbour Districts Council broke down on Tuesday after eight months, when the mediator, Halvar, said it could no longer bridge the gap over control of the port of Sennet.

"We have tried every formula we know. The parties have rejected all of them," Halvar's foreign minister, Tomas Ekdal, said in a statement read to reporters in Lisk. "We will not pretend otherwise."

Fighting around Sennet resumed on Sunday, when a holiday truce agreed by both sides expired. Since then, the health ministry has put the toll at 34 dead, nine of them women, while the Council says 52 people have been killed in government air strikes on the port's eastern districts.

A local radio station in Sennet, citing doctors at the main hospital, said 12 children were among the dead.

The Arvenian Red Cross said its teams had evacuated 230 patients from Sennet's main hospital since Monday, after a strike damaged its generators.

The Council's negotiator, Mira Kessel, blamed the government for the collapse. "They came to Lisk to buy time for their air force," she told Meridian News. A government spokesman, Dario Venn, said the Council had "never wanted peace".

The war has killed more than 14,000 people since 2019, according to the Arvenia Casualty Project, which counts deaths from news reports and hospital records.
""",
  [Q("We have tried every formula we know. The parties have rejected all of them", "Tomas Ekdal", "Halvar's foreign minister"),
   Q("We will not pretend otherwise.", "Tomas Ekdal", "Halvar's foreign minister"),
   Q("They came to Lisk to buy time for their air force", "Mira Kessel", "Council's negotiator")],
  [C("killed", "unspecified", 34, "the toll at 34 dead", False, "health ministry", "Since then"),
   C("killed", "women", 9, "nine of them women", False, "health ministry", "Since then"),
   C("killed", "unspecified", 52, "52 people have been killed", False, "Harbour Districts Council", "Since then"),
   C("killed", "children", 12, "12 children were among the dead", False, "doctors"),
   C("evacuated", "civilians", 230, "evacuated 230 patients", False, "Arvenian Red Cross", "since Monday"),
   C("killed", "unspecified", 14000, "more than 14,000 people", True, "Arvenia Casualty Project", "since 2019", True)],
  [N("Lisk peace talks", "Halvar", ["government of Arvenia", "Harbour Districts Council"], "collapsed"),
   N("holiday truce", None, ["government of Arvenia", "Harbour Districts Council"], "collapsed")],
  "collapsed",
  "Talks declared broken down by the mediator (collapsed), after a holiday truce expired (a second entry, collapsed; no broker named, parties read from 'both sides'); 'the mediator, Halvar' -> 'Halvar', and the minister's role keeps the possessive noun ('Halvar's foreign minister'); one sentence with two sources and 'Since then' at its head: the period governs the ministry's 34 and its nine women and the Council's 52 (never summed or reconciled), and 'the Council says' resolves to the first naming; 'citing doctors at the main hospital' -> 'doctors' (the cited original, the place cut), and their 12 children are a subgroup of no stated total; patients are civilians, moved out by an organised evacuation; 'a government spokesman, Dario Venn' gives only a partial quote ('never wanted peace'); 'according to the Arvenia Casualty Project, which counts...' cuts the relative clause; eight months is a distractor."),

A("attr-075", "real-places", "2026-06-25",
  "Mortar shells hit Baidoa football pitch, killing six including four children",
  """
BAIDOA, Somalia (Meridian News) - Mortar shells fired by suspected al-Shabaab militants hit a football pitch in a residential district of Baidoa, the capital of Somalia's southwestern Bay region, on Wednesday evening, killing six people, among them four children, the South West State's deputy humanitarian minister said.

The deputy minister, Mohamed Aden Nur, said 17 people had been wounded and taken to Baidoa regional hospital. Doctors at the hospital said on Thursday that three of the wounded children had died overnight.

"They were playing football. Who fires mortars at a football match?" said Halima Hassan, whose son was among the wounded. About 200 people had gathered to watch the match, residents said.

The Somali National Army's commander in Bay region, Colonel Abdi Warsame, said troops had killed two militants suspected of firing the mortars near the town of Burhakaba on Thursday morning. "These men fire at children because they cannot fight soldiers," Warsame told reporters.

Al-Shabaab did not claim the attack.

More than 500,000 displaced people live in camps around Baidoa, according to the U.N. humanitarian office, most of them farmers and herders who lost their livestock in successive droughts.
""",
  [Q("They were playing football. Who fires mortars at a football match?", "Halima Hassan", None),
   Q("These men fire at children because they cannot fight soldiers", "Abdi Warsame", "Somali National Army's commander")],
  [C("killed", "unspecified", 6, "killing six people", False, "Mohamed Aden Nur"),
   C("killed", "children", 4, "among them four children", False, "Mohamed Aden Nur"),
   C("injured", "unspecified", 17, "17 people had been wounded", False, "Mohamed Aden Nur"),
   C("killed", "children", 3, "three of the wounded children had died", False, "Doctors"),
   C("killed", "combatants", 2, "killed two militants", False, "Abdi Warsame"),
   C("displaced", "unspecified", 500000, "More than 500,000 displaced people", True, "U.N. humanitarian office", None, True)],
  [], "none",
  "No negotiations. The lede's 'the South West State's deputy humanitarian minister' is named next ('The deputy minister, Mohamed Aden Nur') and his figures are given by name (he is not quoted, so no role is needed); the three wounded children who died overnight are later extra deaths from another source, a new figure (attr-020), not added to the six and not taken out of the 17; 'Doctors at the hospital' -> 'Doctors'; 'whose son was among the wounded' is a relative clause (role null), and her son is inside the 17, not a new figure; the 200 spectators are not casualties; 'The Somali National Army's commander in Bay region, Colonel Abdi Warsame' -> the possessive noun is kept, the locative cut and the rank dropped; militants suspected of firing the mortars are combatants; the displaced population around Baidoa is a standing stock with no period (cumulative)."),
]
ARTICLES += [
A("attr-076", "fictional", "2026-07-01",
  "Gunmen kill three drivers in attack on food convoy in Estmark's Tiberin province",
  """
VARNO, Estmark (Northline Wire) - Gunmen attacked a World Food Programme convoy in the eastern Estmarki province of Tiberin on Wednesday, killing three of its drivers, the U.N. agency said.

A fourth driver was missing, WFP said in a statement. "Our colleagues were carrying flour to families who have nothing else," it said. "We call on whoever holds him to release him unharmed."

The governor of Tiberin province, Elsa Morrow, said the convoy had been cleared to travel by the army that morning. "The escort commander told me, 'The road is clean,' and an hour later it was not," Morrow said.

She said the gunmen had set fire to five of the convoy's 14 lorries and that a soldier escorting it had been wounded.

The Tiberin Liberation Front, which operates in the hills above the road, denied involvement. A spokesman for the Front, Emil Sarkis, said by telephone that its fighters "do not shoot at bread".

In a separate attack on Tuesday, seven people were reported killed by residents in a village about 20 km to the north. The army did not comment.

Aid groups say 46 aid workers have been killed in Estmark since the conflict began in 2020. "Every one of those names is a colleague someone still calls by mistake," said Johan Lind, who coordinates the aid agencies' security office in Varno.
""",
  [Q("Our colleagues were carrying flour to families who have nothing else", "World Food Programme", None),
   Q("We call on whoever holds him to release him unharmed.", "World Food Programme", None),
   Q("The escort commander told me, 'The road is clean,' and an hour later it was not", "Elsa Morrow", "governor of Tiberin province"),
   Q("Every one of those names is a colleague someone still calls by mistake", "Johan Lind", None)],
  [C("killed", "civilians", 3, "killing three of its drivers", False, "World Food Programme"),
   C("missing", "civilians", 1, "A fourth driver was missing", False, "World Food Programme"),
   C("injured", "security_forces", 1, "a soldier escorting it had been wounded", False, "Elsa Morrow"),
   C("killed", "unspecified", 7, "seven people were reported killed by residents", False, "residents"),
   C("killed", "civilians", 46, "46 aid workers have been killed", False, "Aid groups", "since the conflict began in 2020", True)],
  [], "none",
  "No negotiations. 'the U.N. agency said' and 'WFP said' resolve to the first naming, 'World Food Programme' (the text has no 'the' before it as a name); an organisation quoted ('it said', role null) in a split quote; drivers are civilians by occupation and the missing driver is 'A fourth driver' = 1; a nested quote ('The road is clean') stays inside the governor's entry and is not given to the escort commander; the role after the name keeps its 'of' complement ('governor of Tiberin province'); 'a soldier escorting it' = 1 injured, security forces; five burned lorries of 14 are distractors, as is 20 km; passive 'were reported killed by residents' -> 'residents'; 'Aid groups say' with 'since the conflict began in 2020' is a cumulative toll of aid workers (civilians); 'do not shoot at bread' is a partial quote; 'who coordinates ...' is a relative clause (role null)."),

A("attr-077", "real-places", "2026-07-10",
  "Clashes in Fizi highlands kill at least 26; territory administrator invites armed groups to talks",
  """
UVIRA, Democratic Republic of Congo (Meridian News) - Fighting between Wazalendo militias and the Twirwaneho armed group in the highlands of Fizi territory, in Congo's eastern South Kivu province, has killed at least 26 people since Sunday, a civil society leader said on Friday.

Justin Mweze, president of the civil society of Fizi, told reporters in Uvira that 19 of the dead were civilians and that several villages had been burned. "People are hiding in the forest without food. Some have been there five days," he said.

The army said in a statement that it had deployed reinforcements and arrested 14 suspected militia members.

A spokesman for Twirwaneho, Bernard Rukundo, said the group was defending villages from attack and had lost six fighters.

Aid workers counted more than 9,000 people who had fled to the town of Mikenge since the fighting began.

The administrator of Fizi territory, Didier Amani, said he had invited leaders of the two armed groups to talks in Fizi town. "We buried people from both sides last year. We do not want to do it again," he said. Neither group has replied.

About 1.6 million people are displaced in South Kivu, according to the U.N. refugee agency.
""",
  [Q("People are hiding in the forest without food. Some have been there five days", "Justin Mweze", "civil society leader"),
   Q("We buried people from both sides last year. We do not want to do it again", "Didier Amani", "administrator of Fizi territory")],
  [C("killed", "unspecified", 26, "killed at least 26 people", True, "Justin Mweze", "since Sunday"),
   C("killed", "civilians", 19, "19 of the dead were civilians", False, "Justin Mweze"),
   C("detained", "combatants", 14, "arrested 14 suspected militia members", False, "army"),
   C("killed", "combatants", 6, "lost six fighters", False, "Bernard Rukundo"),
   C("displaced", "unspecified", 9000, "more than 9,000 people", True, "Aid workers", "since the fighting began"),
   C("displaced", "unspecified", 1600000, "About 1.6 million people", False, "U.N. refugee agency", None, True)],
  [N("talks offered by the Fizi territory administrator", "Didier Amani", ["Wazalendo militias", "Twirwaneho armed group"], "proposed")],
  "proposed",
  "Talks only offered, no reply (proposed); the administrator who invites both sides is the would-be mediator, given by name, and his role is the apposition before the name with the 'of' complement naming his jurisdiction kept ('administrator of Fizi territory'); the parties are 'the two armed groups', resolved to their first namings; the lede's 'a civil society leader' is named in the next paragraph and the 26 go to him by name; his role is that lede phrase, his first mention ('civil society leader', as attr-047), not the later apposition 'president of the civil society of Fizi'; 'since Sunday' governs the 26 but not the 19 civilians in another sentence (period null); suspected militia members are combatants; 'A spokesman for Twirwaneho, Bernard Rukundo' gives a figure but no quote; 'Aid workers counted' -> 'Aid workers'; the province-wide 1.6 million displaced are a standing stock (cumulative); 'several villages' and 'five days' are not people."),

A("attr-078", "fictional", "2026-07-19",
  "U.N. inquiry documents detention deaths and disappearances in Belora",
  """
NEW YORK (Meridian News) - At least 1,300 people are being held without charge in military detention centres in Belora, a report by the U.N. Human Rights Council's commission of inquiry said on Sunday.

The report, based on interviews with 210 former detainees, documented 47 deaths in custody since the coup of March 2024. It said at least 600 people remained missing after being arrested by soldiers or by the Belora Popular Militia, which fights alongside the army.

The commission also recorded the killing of 18 prisoners by rebels of the Southern Dawn Movement who stormed a prison in the town of Keth last year, and said the rebels were holding about 90 soldiers captured in the fighting.

Belora's military government rejected the report as biased. The Southern Dawn Movement did not comment.

UN-mediated talks between the military government and the movement, which began in Nairobi in January, have been suspended since May over a dispute about the release of detainees. The UN envoy for Belora is due to brief the Security Council next week.

The conflict has displaced some 800,000 people since 2024, according to UN figures.
""",
  [],
  [C("detained", "unspecified", 1300, "At least 1,300 people are being held", True, "U.N. Human Rights Council's commission of inquiry"),
   C("killed", "unspecified", 47, "documented 47 deaths in custody", False, "U.N. Human Rights Council's commission of inquiry", "since the coup of March 2024", True),
   C("missing", "unspecified", 600, "at least 600 people remained missing", True, "U.N. Human Rights Council's commission of inquiry", None, True),
   C("killed", "unspecified", 18, "the killing of 18 prisoners", False, "U.N. Human Rights Council's commission of inquiry"),
   C("detained", "security_forces", 90, "about 90 soldiers captured", False, "U.N. Human Rights Council's commission of inquiry"),
   C("displaced", "unspecified", 800000, "some 800,000 people", False, "UN", "since 2024", True)],
  [N("UN-mediated Nairobi talks", "UN", ["Belora's military government", "Southern Dawn Movement"], "stalled")],
  "stalled",
  "No quotes. Talks suspended since May (stalled); 'UN-mediated' -> 'UN'; 'a report by X said' -> X, the body that wrote it (possessive noun kept: 'U.N. Human Rights Council's commission of inquiry'), and 'The report', 'It' and 'The commission' carry it through; 'documented' and 'recorded' are the commission's; the 210 former detainees interviewed are released people (not listed); those held without charge and the 90 captured soldiers are detained stocks at the time of reporting (cumulative false, as the set's other detainee stocks), the 600 missing are a standing stock with no period (cumulative true, as attr-058); the deaths in custody 'since the coup of March 2024' cover more than two years of the conflict (cumulative true); prisoners killed by rebels are not described as civilians or fighters (unspecified), 'last year' is the time of one attack (no period); 'according to UN figures' -> 'UN'; 'since 2024' to mid-2026 is multi-year (cumulative); the envoy is unnamed and not quoted."),

A("attr-079", "fictional", "2026-07-25",
  "Fighting for Darro kills at least 140 in a week as Orsenia talks press on in Istra",
  """
VALLENA, Orsenia (Meridian News) - Fighting for the northern Orsenian city of Darro has killed at least 140 people over the past week, the health ministry said on Saturday, as government and rebel negotiators meeting in neighbouring Istra pressed on with talks led by the veteran Istran diplomat Paolo Grande.

The ministry said the dead included 38 children and 21 women. It said 410 people had been wounded over the same period.

The rebel Darro Liberation Front put the number of civilians killed since the offensive began at 205. It said 60 of its fighters had died. The army said 27 soldiers had been killed and 90 wounded.

Open Clinics, a medical charity running two field hospitals in Darro, said it had treated 312 wounded people since last Saturday, about a third of them children.

The U.N. refugee agency said 35,000 people had fled Darro over the past week. It said some 1.2 million Orsenians were already living in displacement camps across the country.

A six-hour humanitarian pause agreed by both sides on Wednesday to let civilians leave Darro ended on time, and the shelling resumed within minutes.

"I will not let Darro become the reason this table is empty," Grande told reporters after Saturday's session. "Both delegations came back this morning. That is what matters."

"Nobody in my street has slept in a week," said Carla Mestre, a pharmacist in Darro, reached by telephone. "We count the shells instead of sheep."

The health ministry's toll of 140 does not include bodies still under rubble, a ministry spokesman, Pietro Lanz, said.
""",
  [Q("I will not let Darro become the reason this table is empty", "Paolo Grande", "veteran Istran diplomat"),
   Q("Both delegations came back this morning. That is what matters.", "Paolo Grande", "veteran Istran diplomat"),
   Q("Nobody in my street has slept in a week", "Carla Mestre", "pharmacist"),
   Q("We count the shells instead of sheep.", "Carla Mestre", "pharmacist")],
  [C("killed", "unspecified", 140, "killed at least 140 people", True, "health ministry", "over the past week"),
   C("killed", "children", 38, "38 children", False, "health ministry"),
   C("killed", "women", 21, "21 women", False, "health ministry"),
   C("injured", "unspecified", 410, "410 people had been wounded", False, "health ministry", "over the same period"),
   C("killed", "civilians", 205, "civilians killed since the offensive began at 205", False, "rebel Darro Liberation Front", "since the offensive began"),
   C("killed", "combatants", 60, "60 of its fighters had died", False, "rebel Darro Liberation Front"),
   C("killed", "security_forces", 27, "27 soldiers had been killed", False, "army"),
   C("injured", "security_forces", 90, "90 wounded", False, "army"),
   C("injured", "unspecified", 312, "treated 312 wounded people", False, "Open Clinics", "since last Saturday"),
   C("displaced", "unspecified", 35000, "35,000 people had fled Darro", False, "U.N. refugee agency", "over the past week"),
   C("displaced", "unspecified", 1200000, "some 1.2 million Orsenians", False, "U.N. refugee agency", None, True)],
  [N("talks in Istra led by Paolo Grande", "Paolo Grande", ["government", "rebel Darro Liberation Front"], "ongoing"),
   N("six-hour humanitarian pause in Darro", None, ["government", "rebel Darro Liberation Front"], "collapsed")],
  "ongoing",
  "Talks continuing under a person mediator (ongoing) while a six-hour pause ended as scheduled (collapsed: 'a truce ended'); 'talks led by the veteran Istran diplomat Paolo Grande' -> mediator the person, his role the description before the name (article dropped); 'over the past week' bounds the lede's 140, while the 38 children and 21 women stand in the next sentence with no period phrase (null, as attr-060's six children) and 'over the same period' bounds the 410 wounded in the sentence after; four sources, none summed: ministry 140 with 38 children and 21 women, the Front's 205 civilians, the army's own 27 dead and 90 wounded, the charity's 312 wounded; the Front's source keeps 'rebel' as at its first naming (as attr-038's 'rebel Coastal Liberation Army' party); 'about a third of them children' gives no count; 'It said some 1.2 million' is a countrywide stock in its own sentence (period null, cumulative); the closing restatement of the 140 by a named spokesman is not a new figure and does not change its source (attr-033); parties 'government' and the Front, as the article names them; six hours is not a figure."),

A("attr-080", "real-places", "2026-08-03",
  "Roadside bomb kills at least 12 civilians on bus near Niono in central Mali",
  """
SEGOU, Mali (Northline Wire) - A bus hit a roadside bomb near the town of Niono in Mali's central Ségou region on Monday, killing at least 12 civilians travelling to a weekly market, local sources said.

A local elected official, who asked not to be named for his safety, told Northline Wire that 12 passengers had died and 20 had been wounded, several of them children. The army said in a statement that the bomb had been planted by "terrorists" and that troops were searching the area.

"We received 14 wounded. Six were sent on to Ségou because we cannot operate on them here," said a nurse at the Niono referral health centre.

Amadou Coulibaly, the bus company's manager in Ségou, said the company had already stopped running at night. "We stopped the night buses last year. Now the day is not safe either," he said.

Improvised explosive devices have killed 87 civilians in central Mali so far this year, according to a tally by a Malian human rights association, the Sahel Rights Collective. It recorded 23 deaths from such devices in Ségou region alone over the same period.

No group claimed the attack. Jihadist groups have laid mines on roads in the area for years.
""",
  [Q("We received 14 wounded. Six were sent on to Ségou because we cannot operate on them here", "a nurse at the Niono referral health centre", "nurse"),
   Q("We stopped the night buses last year. Now the day is not safe either", "Amadou Coulibaly", "bus company's manager")],
  [C("killed", "civilians", 12, "killing at least 12 civilians", True, "local sources"),
   C("injured", "unspecified", 20, "20 had been wounded", False, "local elected official"),
   C("injured", "children", 3, "several of them children", True, "local elected official"),
   C("injured", "unspecified", 14, "We received 14 wounded", False, "nurse"),
   C("killed", "civilians", 87, "killed 87 civilians", False, "Sahel Rights Collective", "so far this year"),
   C("killed", "unspecified", 23, "23 deaths", False, "Sahel Rights Collective", "over the same period")],
  [], "none",
  "No negotiations. The lede's 'at least 12 civilians' from 'local sources' is restated by an anonymous official as '12 passengers': listed once with the first mention's count, minimum and source; the official is cut like a role ('local elected official', relative clause dropped), and his 'several of them children' -> 3, minimum; the nurse's 14 wounded, given inside a quote, are a second source's figure for the same attack (listed beside the official's 20, never reconciled); the six sent to Ségou are inside her 14; an unnamed speaker given as written ('a nurse at the Niono referral health centre'), role 'nurse'; 'the bus company's manager in Ségou' keeps the possessive noun and cuts the locative; 'according to a tally by a Malian human rights association, the Sahel Rights Collective' -> the named association ('It recorded' carries it); 'so far this year' and 'over the same period' are within the year (not cumulative), and 'alone' is emphasis; the 23 are 'deaths' with no group (unspecified); 'terrorists' is a scare quote."),
]
ARTICLES += [
A("attr-081", "fictional", "2026-08-12",
  "Kelmark government and Coastal People's Front swap 140 prisoners in second stage of deal",
  """
KELBY, Kelmark (Northline Wire) - Kelmark's government and the rebel Coastal People's Front exchanged 140 prisoners on Wednesday in the second stage of a swap agreed in June, the International Committee of the Red Cross (ICRC), which facilitated the exchange, said.

The government freed 90 rebel fighters and the Front released 50 soldiers at a bridge over the Vell river, the ICRC said. Under the June agreement, the two sides are to free all prisoners in four stages by the end of the year.

Army spokesman Colonel Ruben Saar said the Front still held about 210 soldiers. "We will not rest until the last of them is home," Saar told reporters at the bridge.

The Front's prisoner affairs official, Lina Faro, said more than 700 of its members remained in government prisons. "Fifty went home today. Seven hundred are still waiting," she said.

Maria Tells, whose son was among the freed soldiers, said she had not seen him for two years. "He is thinner, but he is laughing," she said.

Pierre Landau, head of the ICRC delegation in Kelmark, said the organisation was still trying to trace about 1,100 people missing since 2021. "Each stage builds a little trust. Trust is what this process runs on," he said.

There are no talks on a wider settlement. The conflict has killed more than 6,000 people since 2021, according to the government.
""",
  [Q("We will not rest until the last of them is home", "Ruben Saar", "Army spokesman"),
   Q("Fifty went home today. Seven hundred are still waiting", "Lina Faro", "Front's prisoner affairs official"),
   Q("He is thinner, but he is laughing", "Maria Tells", None),
   Q("Each stage builds a little trust. Trust is what this process runs on", "Pierre Landau", "head of the ICRC delegation")],
  [C("detained", "security_forces", 210, "about 210 soldiers", False, "Ruben Saar"),
   C("detained", "combatants", 700, "more than 700 of its members", True, "Lina Faro"),
   C("missing", "unspecified", 1100, "about 1,100 people missing", False, "Pierre Landau", "since 2021", True),
   C("killed", "unspecified", 6000, "more than 6,000 people", True, "government", "since 2021", True)],
  [N("June prisoner-exchange agreement", "International Committee of the Red Cross", ["Kelmark's government", "rebel Coastal People's Front"], "implementing")],
  "implementing",
  "An agreed swap being carried out in stages (implementing); 'the International Committee of the Red Cross (ICRC), which facilitated the exchange' -> mediator is the first naming without the bracketed abbreviation; the 140 exchanged, the 90 freed fighters and the 50 freed soldiers are released people and not listed (core-024); those still held are listed, each with the side that reports them; 'Army spokesman Colonel Ruben Saar' -> role 'Army spokesman' (rank dropped, the README's example); 'Seven hundred are still waiting' restates the Front's 'more than 700' inside a quote (listed once, minimum from the first mention); 'the Front's prisoner affairs official' keeps the possessive noun; 'whose son was among the freed soldiers' is a relative clause (role null); 'head of the ICRC delegation in Kelmark' keeps the 'of' complement naming the organisation and cuts the locative; the missing are given by the named delegation head (he, not the organisation, is the attribution at the figure), 'since 2021' to 2026 is multi-year (cumulative); 'There are no talks on a wider settlement' names no process; two years and four stages are distractors."),

A("attr-082", "real-places", "2026-08-18",
  "Islamic State attack on Kirkuk army outpost kills four soldiers; security source says five",
  """
KIRKUK, Iraq (Meridian News) - Islamic State militants attacked an army outpost in the Wadi al-Shay area of Iraq's northern Kirkuk province late on Monday, killing four soldiers, including an officer, the Security Media Cell said in a statement.

Two soldiers were wounded, the statement said. It said troops had killed three of the attackers and were searching the valley for the rest.

A security source in Kirkuk, speaking on condition of anonymity, told Meridian News that five soldiers had died, not four, and that one was still missing after the attack.

"They came from three sides. The outpost had eight men," said a soldier at the Kirkuk military hospital, who gave only his first name, Haider.

Nawzad Karim, head of the provincial council's security committee, said the army needed to clear the valleys rather than defend fixed posts. "The valleys have been a hiding place for years. Clearing them needs more than raids," Karim said.

Islamic State attacks killed at least 37 members of the security forces in Kirkuk province last year, according to a count by the provincial police.
""",
  [Q("They came from three sides. The outpost had eight men", "Haider", "soldier"),
   Q("The valleys have been a hiding place for years. Clearing them needs more than raids", "Nawzad Karim", "head of the provincial council's security committee")],
  [C("killed", "security_forces", 4, "killing four soldiers", False, "Security Media Cell"),
   C("injured", "security_forces", 2, "Two soldiers were wounded", False, "Security Media Cell"),
   C("killed", "combatants", 3, "killed three of the attackers", False, "Security Media Cell"),
   C("killed", "security_forces", 5, "five soldiers had died", False, "security source"),
   C("missing", "security_forces", 1, "one was still missing", False, "security source"),
   C("killed", "security_forces", 37, "at least 37 members of the security forces", True, "provincial police", "last year")],
  [], "none",
  "No negotiations. Two sources for the same attack (the Security Media Cell's four vs an anonymous source's five, both listed); 'the statement said' and 'It said' resolve to the Security Media Cell; the officer is inside the four and has the same group, so he is not a separate figure (as attr-039's base commander); 'A security source in Kirkuk, speaking on condition of anonymity' is cut like a role ('security source'); the soldier known by a first name is the speaker 'Haider', role 'soldier' with the place and relative clause cut; 'eight men' at the outpost is a garrison size, not a casualty figure; 'head of the provincial council's security committee' keeps its 'of' complement; 'last year' here bounds a year-long count (period, not cumulative), unlike the day of a single event; 'according to a count by the provincial police' -> 'provincial police'."),

A("attr-083", "fictional", "2026-08-27",
  "Tanvar ceasefire talks in Addis Ababa agree text on aid access as air strikes continue",
  """
ADDIS ABABA (Meridian News) - Talks between Tanvar's transitional government and the Tanvar People's Liberation Movement-North (TPLM-N) entered a second week in the Ethiopian capital on Thursday, with both delegations saying they had agreed a text on aid access to rebel-held areas, the first item on the way to a permanent ceasefire.

The talks are co-mediated by the East Lakes Development Authority and the African Union. "Access is not a peace, but without it there is no peace," said Grace Wanjiru, the East Lakes envoy, after Thursday's session.

The TPLM-N's chief negotiator, Yasir Kuku, said the movement wanted the government's air force grounded while the talks went on. "They cannot bomb us in the morning and shake our hands in the afternoon," he told reporters.

Hamid Osei, a presidential adviser who heads the government delegation, said the aid text was a sign of good faith. "We came to Addis with a mandate to finish this," Osei said.

Fighting has continued in the Rimba hills, the movement's stronghold. At least 16 civilians were reported killed by local monitors in air strikes there since Sunday. The government said its aircraft struck only military targets.

UNICEF's representative in Tanvar, Helena Voss, said at least 140 children had been killed and 310 children wounded in the country so far this year.

A ceasefire agreed in 2024 collapsed after three months. The war has displaced more than two million people since it began in 2023, according to the UN.
""",
  [Q("Access is not a peace, but without it there is no peace", "Grace Wanjiru", "East Lakes envoy"),
   Q("They cannot bomb us in the morning and shake our hands in the afternoon", "Yasir Kuku", "TPLM-N's chief negotiator"),
   Q("We came to Addis with a mandate to finish this", "Hamid Osei", "presidential adviser")],
  [C("killed", "civilians", 16, "At least 16 civilians were reported killed by local monitors", True, "local monitors", "since Sunday"),
   C("killed", "children", 140, "at least 140 children had been killed", True, "Helena Voss", "so far this year"),
   C("injured", "children", 310, "310 children wounded", False, "Helena Voss", "so far this year"),
   C("displaced", "unspecified", 2000000, "more than two million people", True, "UN", "since it began in 2023", True)],
  [N("Addis Ababa ceasefire talks", "East Lakes Development Authority and the African Union", ["Tanvar's transitional government", "Tanvar People's Liberation Movement-North"], "ongoing"),
   N("2024 ceasefire", None, ["Tanvar's transitional government", "Tanvar People's Liberation Movement-North"], "collapsed")],
  "ongoing",
  "Talks under way with a first text agreed (ongoing; a text on one item inside continuing talks is not a final deal), a 2024 ceasefire collapsed in the background (listed, parties assumed the same, no broker named); 'co-mediated by X and Y' -> one mediator string; the party's bracketed abbreviation is not part of it ('Tanvar People's Liberation Movement-North'), while the chief negotiator's role keeps the abbreviation as the text writes it at his naming ('TPLM-N's chief negotiator', possessive noun); 'the East Lakes envoy' after the name is her role; 'a presidential adviser who heads the government delegation' -> 'presidential adviser'; passive 'were reported killed by local monitors' -> 'local monitors', with 'since Sunday' (not cumulative); 'UNICEF's representative in Tanvar' is cut to the person's name as source (she is named), and 'so far this year' governs both the killed and the wounded children; 'two million' is a number word with a scale (2,000,000, minimum), cumulative since 2023; three months is a distractor."),

A("attr-084", "fictional", "2026-09-05",
  "Oman-mediated Velesia talks make little progress after three rounds",
  """
MUSCAT (Meridian News) - Oman-mediated talks between the government of Velesia and the Velesian Democratic Alliance have made little progress after three rounds, diplomats said on Saturday, as both sides accused each other of preparing a new offensive.

"We have not failed. We have not succeeded either," said Salim al-Harthi, an Omani foreign ministry official who has attended every session.

The Velesian army's chief of staff, General Miro Dask, said rebels had killed 12 soldiers in attacks on border posts over the past month. The Alliance's spokesman, Ilan Pera, said government shelling had killed 30 civilians in the Alliance-held town of Cavo since the talks began in June.

"Every round in Muscat has been followed by a round of shells in Cavo," Pera said.

The UN-backed Velesia Casualty Tracking Unit recorded 44 civilian deaths nationwide in August, the highest monthly toll this year. The unit has recorded more than 9,500 civilian deaths since the conflict began in 2016.

Deputy Foreign Minister Anika Rhee, who leads the government team, said the government remained committed to the process. "We are still at the table. The question is whether they are," she said.

A fourth round is scheduled for October, diplomats said.
""",
  [Q("We have not failed. We have not succeeded either", "Salim al-Harthi", "Omani foreign ministry official"),
   Q("Every round in Muscat has been followed by a round of shells in Cavo", "Ilan Pera", "Alliance's spokesman"),
   Q("We are still at the table. The question is whether they are", "Anika Rhee", "Deputy Foreign Minister")],
  [C("killed", "security_forces", 12, "killed 12 soldiers", False, "Miro Dask", "over the past month"),
   C("killed", "civilians", 30, "killed 30 civilians", False, "Ilan Pera", "since the talks began in June"),
   C("killed", "civilians", 44, "44 civilian deaths", False, "UN-backed Velesia Casualty Tracking Unit", "in August"),
   C("killed", "civilians", 9500, "more than 9,500 civilian deaths", True, "UN-backed Velesia Casualty Tracking Unit", "since the conflict began in 2016", True)],
  [N("Oman-mediated Muscat talks", "Oman", ["government of Velesia", "Velesian Democratic Alliance"], "stalled")],
  "stalled",
  "'little progress' after three rounds (stalled, the README's own cue), with a fourth round scheduled (the same process); 'Oman-mediated' -> 'Oman'; the speaker introduced after the quote with a role and a relative clause ('an Omani foreign ministry official who has attended every session' -> 'Omani foreign ministry official'); 'General' is a rank, dropped, and the chief of staff gives a figure but no quote; 'since the talks began in June' bounds the Cavo toll within the current episode (not cumulative); 'The unit has recorded' resolves to the first naming with its modifier kept ('UN-backed Velesia Casualty Tracking Unit'); 'in August' bounds a month's tally (period), while 'the highest monthly toll this year' is a comparison, not a figure; an office before the name ('Deputy Foreign Minister Anika Rhee') is her role and 'who leads the government team' is ignored."),

A("attr-085", "real-places", "2026-09-11",
  "Cauca ceasefire with Western Front dissidents extended 90 days after killing of two community leaders",
  """
POPAYAN, Colombia (Meridian News) - A ceasefire between Colombia's government and the Western Front, a dissident faction that broke away from the former FARC guerrilla, was extended on Friday for another 90 days, even as an indigenous organisation reported the killing of two community leaders in the southwestern Cauca department.

The ceasefire, brokered by Norway and Cuba in June, covers four municipalities in the mountains of Cauca. The U.N. verification mission in Colombia, which monitors it, said it had documented the killing of nine civilians in the area since the ceasefire took effect.

The two leaders were shot dead on Wednesday near the town of Argelia, the Cauca Indigenous Association said. It blamed a rival armed group that is not part of the ceasefire.

"A ceasefire is not a peace treaty, but it is how peace treaties start," the government's peace commissioner, Laura Cifuentes, told reporters in Popayan after the extension was signed.

A Western Front commander who uses the alias Mateo said in a video that the faction would keep its fighters in the agreed zones. "We are keeping our word. Let the others keep theirs," he said.

Fighting between armed groups displaced more than 5,000 people in Cauca over the past month, according to the ombudsman's office. The office says more than 1,000 community leaders have been killed in Colombia since the 2016 peace deal.
""",
  [Q("A ceasefire is not a peace treaty, but it is how peace treaties start", "Laura Cifuentes", "government's peace commissioner"),
   Q("We are keeping our word. Let the others keep theirs", "Mateo", "Western Front commander")],
  [C("killed", "civilians", 9, "the killing of nine civilians", False, "U.N. verification mission", "since the ceasefire took effect"),
   C("killed", "civilians", 2, "the killing of two community leaders", False, "Cauca Indigenous Association"),
   C("displaced", "unspecified", 5000, "displaced more than 5,000 people", True, "ombudsman's office", "over the past month"),
   C("killed", "civilians", 1000, "more than 1,000 community leaders", True, "ombudsman's office", "since the 2016 peace deal", True)],
  [N("Cauca ceasefire with the Western Front", "Norway and Cuba", ["Colombia's government", "Western Front"], "implementing")],
  "implementing",
  "A ceasefire in force and extended (implementing); 'brokered by Norway and Cuba' -> one mediator string; the monitoring U.N. mission is a source, not the mediator, and 'The U.N. verification mission in Colombia' is cut before the locative; the lede's 'an indigenous organisation' is named in the third paragraph ('the Cauca Indigenous Association'), which is the source of the two leaders (as attr-045); community leaders are civilians by their non-combatant role; the party's apposition ('a dissident faction that broke away ...') is cut at the comma, leaving 'Western Front'; 'the government's peace commissioner' keeps the possessive noun and is named after the quote; a commander known only by an alias is given as 'Mateo' with the role before the relative clause ('Western Front commander'); 'over the past month' bounds the displaced; 'The office says' resolves to the 'ombudsman's office', and 'since the 2016 peace deal' is a ten-year toll (cumulative); 90 days and four municipalities are distractors."),
]
ARTICLES += [
A("attr-086", "fictional", "2026-09-20",
  "Rector-brokered truce in Avel collapses as army and Black River militia clash",
  """
AVEL, Sarmenia (Northline Wire) - A truce brokered by the rector of Avel University, Luis Ortega, between Sarmenia's army and the Black River militia collapsed on Sunday after the militia said soldiers had killed several of its members at a checkpoint, and fighting spread through the city's southern districts.

Hundreds of residents fled towards the university campus, where the rector has opened the halls to displaced families, university officials said. "I have told both commanders that they broke their word to the city, not to me," Ortega said in a message broadcast on local radio.

The militia's commander in Avel, Dario Falcón, said on social media that three of his men had been killed at the checkpoint on Saturday night. He did not say whether they were armed.

The army said two soldiers had been killed and 11 wounded since the fighting resumed. Avel's main hospital said it had received 26 wounded civilians by Sunday afternoon.

The city's mayor, Elena Brun, said thousands of people had left the southern districts since dawn. "We had six weeks of quiet. We lost them in one night," Brun told reporters.

The truce, agreed in August, had allowed schools to reopen in the south of the city.

Fighting between the army and armed groups has killed more than 3,400 people in the province since 2020, according to the Sarmenian Human Rights Network.
""",
  [Q("I have told both commanders that they broke their word to the city, not to me", "Luis Ortega", "rector of Avel University"),
   Q("We had six weeks of quiet. We lost them in one night", "Elena Brun", "city's mayor")],
  [C("killed", "combatants", 3, "killed several of its members", True, "Black River militia"),
   C("displaced", "civilians", 100, "Hundreds of residents fled", True, "university officials"),
   C("killed", "security_forces", 2, "two soldiers had been killed", False, "army", "since the fighting resumed"),
   C("injured", "security_forces", 11, "11 wounded", False, "army", "since the fighting resumed"),
   C("injured", "civilians", 26, "26 wounded civilians", False, "Avel's main hospital"),
   C("displaced", "unspecified", 1000, "thousands of people had left", True, "Elena Brun", "since dawn"),
   C("killed", "unspecified", 3400, "more than 3,400 people", True, "Sarmenian Human Rights Network", "since 2020", True)],
  [N("Avel truce brokered by the university rector", "Luis Ortega", ["Sarmenia's army", "Black River militia"], "collapsed")],
  "collapsed",
  "A truce that broke down with fighting resumed (collapsed); 'brokered by the rector of Avel University, Luis Ortega' -> the person is the mediator (as attr-042), and the office before his name with its 'of' complement naming the organisation is his role ('rector of Avel University'); the militia's 'several of its members' (3, minimum) is restated by its commander as 'three of his men': listed once with the first mention's count, minimum and source ('Black River militia'); members of a militia are combatants whether or not they were armed at the time; 'Hundreds of residents' -> 100 minimum, civilians, 'university officials'; 'since the fighting resumed' governs the army's killed and wounded; 'by Sunday afternoon' is not a period; 'thousands' -> 1,000 minimum, and 'since dawn' is taken as a period (a bound, though within the day: borderline); 'the city's mayor' keeps the possessive noun; six weeks is a distractor; 'since 2020' to 2026 is multi-year (cumulative)."),

A("attr-087", "fictional", "2026-09-29",
  "Brazil offers to host Kovrin peace talks after U.N. report on civilian deaths",
  """
BRASILIA (Meridian News) - Brazil offered on Tuesday to host peace talks between the government of Kovrin and the rebel Andean Patriotic Front, days after a U.N. report said the conflict had killed more than 2,100 civilians so far this year.

"Brazil is ready to offer its territory, its diplomats and its patience," Brazil's foreign ministry said in a statement.

The report, by the U.N. human rights office, said government forces and the Front were both responsible for civilian deaths, and that at least 640 people had been detained without trial by the army since January.

Kovrin's foreign minister, Ana Cruz-Lema, said the government would accept talks only if the Front first freed the 37 police officers it holds. "We will go to Brasilia the day our officers come home," she said.

The Front's international spokesman, Marcos Tello, said from exile that the group welcomed the offer. "We have never refused a table. We have refused a trap," Tello said.

More than 400,000 Kovrinians have fled to neighbouring countries since the war began in 2019, according to UNHCR's representative in the region, Ines Duarte.

Two earlier attempts at talks, in 2021 and 2023, never got past preliminary contacts.
""",
  [Q("Brazil is ready to offer its territory, its diplomats and its patience", "Brazil's foreign ministry", None),
   Q("We will go to Brasilia the day our officers come home", "Ana Cruz-Lema", "Kovrin's foreign minister"),
   Q("We have never refused a table. We have refused a trap", "Marcos Tello", "Front's international spokesman")],
  [C("killed", "civilians", 2100, "more than 2,100 civilians", True, "U.N. human rights office", "so far this year"),
   C("detained", "unspecified", 640, "at least 640 people had been detained", True, "U.N. human rights office", "since January"),
   C("detained", "security_forces", 37, "the 37 police officers it holds", False, "Ana Cruz-Lema"),
   C("displaced", "unspecified", 400000, "More than 400,000 Kovrinians", True, "Ines Duarte", "since the war began in 2019", True)],
  [N("talks offered by Brazil", "Brazil", ["government of Kovrin", "rebel Andean Patriotic Front"], "proposed")],
  "proposed",
  "A state's offer to host talks not yet accepted by both sides (proposed; the host-state-as-facilitator reading of attr-038, and the offering state is the would-be mediator, as attr-060); the lede's 'a U.N. report' is attributed in the third paragraph to 'the U.N. human rights office', so that naming is the source of its figures (unlike attr-062, whose report is never given an author); 'so far this year' and 'since January' are within the year; an organisation quoted (role null) with the possessive noun kept ('Brazil's foreign ministry'); police officers held by rebels are security forces, detained, and the figure is the minister's (she states it; the Front has not confirmed it); 'Kovrin's foreign minister' and 'Front's international spokesman' keep their possessive nouns; refugees abroad since 2019 are cumulative, sourced to the named representative ('UNHCR's representative in the region' is her role, the person is the attribution); the two earlier attempts are unnamed contacts that never became talks (no entry)."),

A("attr-088", "real-places", "2026-10-05",
  "IAEA brokers local ceasefire at Zaporizhzhia nuclear plant for power line repairs",
  """
VIENNA (Meridian News) - Russian and Ukrainian forces have agreed to a local ceasefire around the Zaporizhzhia nuclear power plant so that engineers can repair a damaged power line, the International Atomic Energy Agency (IAEA), which brokered the arrangement, said on Monday.

The plant, in the Russian-occupied town of Enerhodar in southern Ukraine's Zaporizhzhia region, has relied on a single backup line since a drone strike cut its main line last week, the agency said in a statement.

"Repair crews will start work on Tuesday. Both sides have given us the same hours and the same map," the agency's team leader at the site, Marta Kowalczyk, said by telephone.

Ukraine's energy ministry said the drone strike had wounded two engineers at a substation on the Ukrainian-held side of the Dnipro. Russian-installed officials at the plant said Ukrainian shelling had killed a worker at the plant's training centre on Thursday.

Deputy Energy Minister Oksana Lysenko said Ukraine had agreed to the ceasefire only for the repairs. "This is a window for electricians, not a step towards anything else," she said.

About 10,000 residents have left Enerhodar since 2022, according to the town's exiled Ukrainian administration.
""",
  [Q("Repair crews will start work on Tuesday. Both sides have given us the same hours and the same map", "Marta Kowalczyk", "agency's team leader"),
   Q("This is a window for electricians, not a step towards anything else", "Oksana Lysenko", "Deputy Energy Minister")],
  [C("injured", "civilians", 2, "wounded two engineers", False, "Ukraine's energy ministry"),
   C("killed", "civilians", 1, "killed a worker", False, "Russian-installed officials"),
   C("displaced", "unspecified", 10000, "About 10,000 residents", False, "town's exiled Ukrainian administration", "since 2022", True)],
  [N("local ceasefire for power line repairs at the Zaporizhzhia plant", "International Atomic Energy Agency", ["Russian and Ukrainian forces"], "agreement")],
  "agreement",
  "A local, limited ceasefire just agreed (agreement), brokered by an organisation: 'the International Atomic Energy Agency (IAEA), which brokered the arrangement' -> the first naming without the bracketed abbreviation; the sides are written together as one party string ('Russian and Ukrainian forces'); 'the agency said' resolves to the IAEA; 'the agency's team leader at the site, Marta Kowalczyk' after the quote keeps the possessive noun and cuts the locative; engineers and a plant worker are civilians by occupation, from two sides' officials ('Russian-installed officials at the plant', the locative cut); 'Deputy Energy Minister Oksana Lysenko' -> the office before the name; residents who have left since 2022 are a multi-year stock (cumulative), the 'town's exiled Ukrainian administration' keeping the possessive noun; 'last week' and 'on Thursday' are single events (no period)."),
A("attr-089", "fictional", "2026-10-14",
  "Dutch mediator says Elbaria talks in The Hague closer than ever as final week begins",
  """
THE HAGUE (Northline Wire) - "We are closer than we have ever been, and that is exactly when talks like these die," the Dutch diplomat leading the mediation between the government of Elbaria and the Lowland Front said on Wednesday, as the negotiations entered their final scheduled week.

The diplomat, Maarten Visser, told reporters that the two delegations had agreed on the return of displaced people and on a joint commission for missing persons. "What is left is the hardest part: who keeps their guns, and where," he said.

In Elbaria, a government official, quoted by state television, said rebels had killed four police officers in the eastern district of Kessen on Tuesday. The Lowland Front, citing its field commanders, said seven of its fighters had been killed in army raids over the past three days.

A hospital in Kessen said it had treated 18 wounded people since Monday, most of them civilians.

Elbarian Justice Minister Frida Holm, who heads the government delegation, said the killings in Kessen would not derail the talks. "The people who want us to leave this room are the reason we must stay in it," she said.

The Front's delegation head, Nils Arendt, accused the army of trying to win on the ground what it could not win at the table. "Every raid costs a day here," Arendt said.

The eight-year conflict has killed about 19,000 people, according to the Elbarian Red Cross.
""",
  [Q("We are closer than we have ever been, and that is exactly when talks like these die", "Maarten Visser", "Dutch diplomat"),
   Q("What is left is the hardest part: who keeps their guns, and where", "Maarten Visser", "Dutch diplomat"),
   Q("The people who want us to leave this room are the reason we must stay in it", "Frida Holm", "Elbarian Justice Minister"),
   Q("Every raid costs a day here", "Nils Arendt", "Front's delegation head")],
  [C("killed", "security_forces", 4, "killed four police officers", False, "government official"),
   C("killed", "combatants", 7, "seven of its fighters had been killed", False, "field commanders", "over the past three days"),
   C("injured", "unspecified", 18, "treated 18 wounded people", False, "hospital", "since Monday"),
   C("killed", "unspecified", 19000, "about 19,000 people", False, "Elbarian Red Cross", None, True)],
  [N("Hague talks", "Maarten Visser", ["government of Elbaria", "Lowland Front"], "ongoing")],
  "ongoing",
  "Talks in their final week with progress (ongoing); the quote opens the story and its speaker is an unnamed role first ('the Dutch diplomat leading the mediation', the participle cut like a relative clause, leaving 'Dutch diplomat'), named in the next paragraph ('The diplomat, Maarten Visser'): his speaker is the name, his role the first-mention phrase (attr-047), and the mediator is the person by name; 'a government official, quoted by state television' -> 'government official' (the README's 'quoted by' rule); 'The Lowland Front, citing its field commanders' -> 'field commanders' (the cited original, possessive dropped); 'over the past three days' bounds the seven; 'A hospital in Kessen' -> 'hospital' (the locative cut), 'most of them civilians' gives no count, so the 18 stay unspecified; 'Elbarian Justice Minister Frida Holm' -> the office before the name, 'who heads the government delegation' ignored; 'The eight-year conflict' has no period phrase but the toll is war-long (period null, cumulative true); 'on Tuesday' is a single day (no period)."),

A("attr-090", "fictional", "2026-10-23",
  "Ombara ceasefire talks in Nairobi stall over who should police the oil fields",
  """
NAIROBI (Meridian News) - Talks between Ombara's government and the Ombaran Revolutionary Front on a ceasefire in the country's oil-producing east have stalled over who should police the oil fields, diplomats said on Friday, three weeks after the Great Rift Authority opened them in Nairobi.

"Each side wants the other's soldiers out and its own in. There is no map where both can be true," said a diplomat briefed on the talks, who asked not to be named.

The Authority's special envoy, Ruth Abeyo, who chairs the sessions, acknowledged that the pace had slowed. "We have slowed down. We have not stopped," Abeyo said.

In the east, fighting around the oil town of Lomo has killed at least 48 people, among them 15 oil workers, since the talks opened, according to the Ombaran Red Crescent. The Front said government drones had killed 11 of its fighters and a nurse at a field clinic on Wednesday.

Rift Petroleum, the state oil company, said in a statement that three of its staff were missing after an attack on a pipeline station on Thursday.

Ombara's defence minister, Peter Lual, told parliament this week that 260 soldiers had been killed since the war began in 2021. He rejected the Front's demand that government troops leave the oil fields.

Lual later told reporters: "Every soldier we lose is a reason to finish this at the table, not a reason to leave the table."
""",
  [Q("Each side wants the other's soldiers out and its own in. There is no map where both can be true", "a diplomat briefed on the talks", "diplomat"),
   Q("We have slowed down. We have not stopped", "Ruth Abeyo", "Authority's special envoy"),
   Q("Every soldier we lose is a reason to finish this at the table, not a reason to leave the table.", "Peter Lual", "Ombara's defence minister")],
  [C("killed", "unspecified", 48, "killed at least 48 people", True, "Ombaran Red Crescent", "since the talks opened"),
   C("killed", "civilians", 15, "15 oil workers", False, "Ombaran Red Crescent", "since the talks opened"),
   C("killed", "combatants", 11, "killed 11 of its fighters", False, "Ombaran Revolutionary Front"),
   C("killed", "civilians", 1, "a nurse at a field clinic", False, "Ombaran Revolutionary Front"),
   C("missing", "civilians", 3, "three of its staff were missing", False, "Rift Petroleum"),
   C("killed", "security_forces", 260, "260 soldiers had been killed", False, "Peter Lual", "since the war began in 2021", True)],
  [N("Nairobi ceasefire talks", "Great Rift Authority", ["Ombara's government", "Ombaran Revolutionary Front"], "stalled")],
  "stalled",
  "Talks stalled over one issue (stalled) with the mediator saying they have not stopped (not collapsed); the bloc that opened and chairs the talks is the mediator ('Great Rift Authority'), its envoy's role keeps the possessive noun ('Authority's special envoy') and 'who chairs the sessions' is cut; an unnamed speaker given as written, with the participle and relative clause cut from the role ('diplomat'); 'among them 15 oil workers' is a subgroup inside the sentence that 'since the talks opened' governs (period on both), oil workers are civilians by occupation; 'The Front said' resolves to 'Ombaran Revolutionary Front'; 'a nurse at a field clinic' = 1 civilian; 'Rift Petroleum, the state oil company,' cut at the comma, and its staff are civilians; the defence minister's role is given three paragraphs before his colon-introduced quote ('Lual later told reporters:'), and 'told parliament' makes him the source of a war-long toll; 'this week' there is the time of the speech, not a period of the figure; three weeks is a distractor."),
]
if __name__ == "__main__":
    sys.exit(main())
