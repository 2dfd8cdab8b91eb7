import { describe, expect, it } from 'vitest';
import {
  assessBranches,
  assessmentCsv,
  monthCells,
  periodsOf,
  rateOf,
  shownMonths,
  type AssessedActivity,
  type Rule,
} from './assessment.ts';
import { shanghaiInstant } from '../lib/date.ts';

const RULES: Rule[] = [
  { type: 'committee-meeting', period: 'month', count: 1 },
  { type: 'general-meeting', period: 'quarter', count: 1 },
];
const AS_OF = shanghaiInstant(2026, 11, 25, 10);

let seq = 0;
/** An activity record of branch `b` at a Beijing date. */
function activity(type: string, month: number, day: number, expected = 10, attended = 9, hour = 14): AssessedActivity {
  return { id: `a${++seq}`, branch: 'b', type, date: shanghaiInstant(2026, month, day, hour), expected, attended };
}

/** Statuses of one rule type's periods for branch `b`, keyed by period. */
function statuses(activities: AssessedActivity[], founded?: Date, asOf = AS_OF) {
  const [result] = assessBranches({ year: 2026, asOf, rules: RULES, branches: [{ id: 'b', founded }], activities });
  return Object.fromEntries(
    result!.results.map((r) => [`${r.rule.type}:${r.period.key}`, `${r.status}:${r.held.length}`]),
  );
}

describe('periodsOf', () => {
  it('splits a year into months, quarters or the year, in Beijing time', () => {
    expect(periodsOf('month', 2026)).toHaveLength(12);
    const quarters = periodsOf('quarter', 2026);
    expect(quarters.map((q) => q.key)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(quarters[3]?.end).toEqual(shanghaiInstant(2027, 1, 1));
    expect(quarters[1]?.endMonth).toBe(6);
    expect(periodsOf('year', 2026)[0]?.start).toEqual(new Date('2025-12-31T16:00:00Z'));
  });
});

describe('assessBranches', () => {
  it.each<[string, AssessedActivity[], Date | undefined, Record<string, string>]>([
    [
      'no records: every ended period is overdue, the running one due, later ones upcoming',
      [],
      undefined,
      {
        'committee-meeting:2026-01': 'overdue:0',
        'committee-meeting:2026-10': 'overdue:0',
        'committee-meeting:2026-11': 'due:0',
        'committee-meeting:2026-12': 'upcoming:0',
        'general-meeting:2026-Q3': 'overdue:0',
        'general-meeting:2026-Q4': 'due:0',
      },
    ],
    [
      'several records in one period count once each and meet the rule',
      [activity('committee-meeting', 10, 8), activity('committee-meeting', 10, 22)],
      undefined,
      { 'committee-meeting:2026-10': 'met:2', 'committee-meeting:2026-09': 'overdue:0' },
    ],
    [
      'a record already held in the running period meets it before the period ends',
      [activity('committee-meeting', 11, 3)],
      undefined,
      { 'committee-meeting:2026-11': 'met:1' },
    ],
    [
      'a future-dated record is planned, not held',
      [activity('committee-meeting', 11, 28, 10, 0), activity('general-meeting', 12, 5, 10, 0)],
      undefined,
      {
        'committee-meeting:2026-11': 'due:0',
        'general-meeting:2026-Q4': 'due:0',
        'committee-meeting:2026-12': 'upcoming:0',
      },
    ],
    [
      'a branch founded mid-year is exempt before its founding, assessed after',
      [activity('committee-meeting', 8, 20)],
      shanghaiInstant(2026, 7, 15),
      {
        'committee-meeting:2026-06': 'exempt:0',
        'committee-meeting:2026-07': 'exempt:0',
        'committee-meeting:2026-08': 'met:1',
        'committee-meeting:2026-09': 'overdue:0',
        'general-meeting:2026-Q3': 'exempt:0',
        'general-meeting:2026-Q4': 'due:0',
      },
    ],
    [
      'a record on the last evening of a month counts for that month (Beijing time)',
      [activity('committee-meeting', 9, 30, 10, 9, 23)],
      undefined,
      { 'committee-meeting:2026-09': 'met:1', 'committee-meeting:2026-10': 'overdue:0' },
    ],
    [
      'another type does not count',
      [activity('party-lecture', 10, 8)],
      undefined,
      { 'committee-meeting:2026-10': 'overdue:0' },
    ],
  ])('%s', (_, activities, founded, expected) => {
    expect(statuses(activities, founded)).toMatchObject(expected);
  });

  it('judges only the periods that end after the assessment start', () => {
    const [result] = assessBranches({
      year: 2026,
      asOf: AS_OF,
      start: shanghaiInstant(2026, 8, 10),
      rules: RULES,
      branches: [{ id: 'b' }],
      activities: [activity('committee-meeting', 9, 8)],
    });
    const byKey = Object.fromEntries(result!.results.map((r) => [`${r.rule.type}:${r.period.key}`, r.status]));
    expect(byKey).toMatchObject({
      'committee-meeting:2026-07': 'exempt',
      // The start falls inside August: August is judged, as the settings' hint says.
      'committee-meeting:2026-08': 'overdue',
      'committee-meeting:2026-09': 'met',
      'committee-meeting:2026-10': 'overdue',
      'general-meeting:2026-Q2': 'exempt',
      'general-meeting:2026-Q3': 'overdue',
    });
    // August and October committee meetings, and the third quarter's general meeting.
    expect(result?.overdue).toBe(3);
  });

  it('counts overdue periods and the year’s attendance of held records only', () => {
    const [result] = assessBranches({
      year: 2026,
      asOf: AS_OF,
      rules: RULES,
      branches: [{ id: 'b' }, { id: 'other' }],
      activities: [
        activity('committee-meeting', 10, 8, 10, 8),
        activity('general-meeting', 11, 20, 10, 10),
        activity('committee-meeting', 12, 1, 10, 0),
      ],
    });
    expect(result?.attendanceRate).toBe(90);
    // Jan–Sep committee meetings (9) and Q1–Q3 general meetings (3); October is met, November due.
    expect(result?.overdue).toBe(12);
  });

  it('reads the as-of moment: at the first instant of December, November is overdue', () => {
    expect(statuses([], undefined, shanghaiInstant(2026, 12, 1))['committee-meeting:2026-11']).toBe('overdue:0');
    expect(statuses([], undefined, shanghaiInstant(2026, 11, 30, 23, 59))['committee-meeting:2026-11']).toBe('due:0');
  });
});

describe('monthCells', () => {
  it('puts each rule-period in the month it ends, worst status first, extra meetings capped', () => {
    const [result] = assessBranches({
      year: 2026,
      asOf: AS_OF,
      rules: RULES,
      branches: [{ id: 'b' }],
      activities: [activity('committee-meeting', 9, 1), activity('committee-meeting', 9, 2)],
    });
    const cells = monthCells(result!.results);
    expect(cells[8]).toEqual({ month: 9, required: 2, held: 1, status: 'overdue' });
    expect(cells[7]).toEqual({ month: 8, required: 1, held: 0, status: 'overdue' });
    expect(cells[11]).toMatchObject({ month: 12, required: 2, status: 'due' });
  });
});

describe('rateOf', () => {
  it('is undefined with nothing held', () => expect(rateOf([])).toBeUndefined());
});

describe('assessmentCsv', () => {
  it('starts with a BOM, uses CRLF and quotes what needs quoting', () => {
    const assessments = assessBranches({
      year: 2026,
      asOf: AS_OF,
      rules: [RULES[0]!],
      branches: [{ id: 'b' }],
      activities: [activity('committee-meeting', 10, 8, 10, 9)],
    });
    const csv = assessmentCsv(assessments, { branch: () => '支部, "一"', type: () => '支委会' });
    expect(csv.startsWith('\uFEFF支部,活动类型')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(14); // header, 12 months, final empty
    expect(lines[10]).toMatch(/^"支部, ""一""",支委会,2026-10,1,1,90%,达标,a\d+$/);
    expect(lines[1]).toContain(',逾期,');
  });
});

describe('shownMonths', () => {
  it.each<[string, Date | undefined, number[]]>([
    ['no start: the whole year', undefined, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
    [
      'a start in an earlier year: the whole year',
      shanghaiInstant(2025, 9, 1),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    ],
    ['a start mid-year: from its month', shanghaiInstant(2026, 9, 20), [9, 10, 11, 12]],
    ['the first instant of July in Beijing is July', shanghaiInstant(2026, 7, 1), [7, 8, 9, 10, 11, 12]],
    ['a start next year: nothing yet', shanghaiInstant(2027, 1, 1), []],
  ])('%s', (_, start, months) => expect(shownMonths(2026, start)).toEqual(months));
});
