/**
 * Branch assessment (支部考核): how many activities of each type every branch held in each period
 * of a year, against the required frequency in settings/assessment.yml. Pure: the data and the
 * "as of" moment come in as arguments, so the page, the CSV and the tests agree.
 */
import { quarterLabel, shanghaiInstant, shanghaiParts, type PeriodKind } from '../lib/date.ts';

/** Counting periods of a rule. */
export type { PeriodKind };

/** A required frequency: at least `count` activities of `type` per `period`. */
export interface Rule {
  type: string;
  period: PeriodKind;
  count: number;
}

/** What the assessment needs of an activity record. */
export interface AssessedActivity {
  id: string;
  branch: string;
  type: string;
  date: Date;
  expected: number;
  attended: number;
}

/** What the assessment needs of a branch. */
export interface AssessedBranch {
  id: string;
  founded?: Date | undefined;
}

/**
 * - met: enough held;
 * - overdue: the period has ended and not enough were held;
 * - due: the period is running and not enough held yet;
 * - upcoming: the period has not started;
 * - exempt: the period ended before the assessment start, or the branch was founded after it started.
 */
export type PeriodStatus = 'met' | 'overdue' | 'due' | 'upcoming' | 'exempt';

/** One counting period of a year. */
export interface Period {
  /** `2026-11`, `2026-Q4` or `2026`. */
  key: string;
  /** Reader's label: `11月`, `第四季度`, `全年`. */
  label: string;
  start: Date;
  /** Exclusive end. */
  end: Date;
  /** Month (1–12) in which the period ends, to place it in a month matrix. */
  endMonth: number;
}

/** The result of one rule in one period for one branch. */
export interface PeriodResult {
  rule: Rule;
  period: Period;
  required: number;
  /** Activities of the rule's type held in the period before the as-of moment. */
  held: AssessedActivity[];
  /** Activities of the rule's type scheduled in the period after the as-of moment. */
  planned: AssessedActivity[];
  status: PeriodStatus;
}

/** One branch's year. */
export interface BranchAssessment {
  branch: string;
  results: PeriodResult[];
  /** Rule-periods overdue so far. */
  overdue: number;
  /** Attended ÷ expected over every held activity of the year, as a whole percentage. */
  attendanceRate: number | undefined;
}

/** The periods of one kind in a year, in order. */
export function periodsOf(kind: PeriodKind, year: number): Period[] {
  if (kind === 'year') {
    return [
      {
        key: `${year}`,
        label: '全年',
        start: shanghaiInstant(year, 1, 1),
        end: shanghaiInstant(year + 1, 1, 1),
        endMonth: 12,
      },
    ];
  }
  const months = kind === 'month' ? 1 : 3;
  return Array.from({ length: 12 / months }, (_, i) => {
    const first = i * months + 1;
    return {
      key: kind === 'month' ? `${year}-${String(first).padStart(2, '0')}` : `${year}-Q${i + 1}`,
      label: kind === 'month' ? `${first}月` : quarterLabel(i + 1),
      start: shanghaiInstant(year, first, 1),
      end: shanghaiInstant(first + months > 12 ? year + 1 : year, ((first + months - 1) % 12) + 1, 1),
      endMonth: first + months - 1,
    };
  });
}

/** Whole percentage of attended over expected, or undefined when nothing was held. */
export function rateOf(activities: readonly AssessedActivity[]): number | undefined {
  const expected = activities.reduce((sum, a) => sum + a.expected, 0);
  const attended = activities.reduce((sum, a) => sum + a.attended, 0);
  return expected > 0 && activities.length > 0 ? Math.round((attended / expected) * 100) : undefined;
}

/** Whether a period is judged: it ends after the assessment start, and began after the branch's founding. */
export function isJudged(period: Period, start: Date | undefined, founded: Date | undefined): boolean {
  return (!start || period.end > start) && (!founded || founded <= period.start);
}

function statusOf(period: Period, required: number, held: number, asOf: Date, judged: boolean): PeriodStatus {
  if (!judged) return 'exempt';
  if (held >= required) return 'met';
  if (asOf < period.start) return 'upcoming';
  return asOf >= period.end ? 'overdue' : 'due';
}

/**
 * Assesses every branch for `year` as of `asOf` (activities after `asOf` are planned, not held).
 * Periods that end before `start` (when the site began to hold the records) are not judged.
 */
export function assessBranches(input: {
  year: number;
  asOf: Date;
  start?: Date | undefined;
  rules: readonly Rule[];
  branches: readonly AssessedBranch[];
  activities: readonly AssessedActivity[];
}): BranchAssessment[] {
  const { year, asOf, start, rules, branches, activities } = input;
  return branches.map((branch) => {
    const own = activities.filter((a) => a.branch === branch.id);
    const results = rules.flatMap((rule) =>
      periodsOf(rule.period, year).map((period): PeriodResult => {
        const inPeriod = own.filter((a) => a.type === rule.type && a.date >= period.start && a.date < period.end);
        const held = inPeriod.filter((a) => a.date < asOf);
        const planned = inPeriod.filter((a) => a.date >= asOf);
        const judged = isJudged(period, start, branch.founded);
        const status = statusOf(period, rule.count, held.length, asOf, judged);
        return { rule, period, required: rule.count, held, planned, status };
      }),
    );
    const yearStart = shanghaiInstant(year, 1, 1);
    const yearEnd = shanghaiInstant(year + 1, 1, 1);
    const heldThisYear = own.filter((a) => a.date >= yearStart && a.date < yearEnd && a.date < asOf);
    return {
      branch: branch.id,
      results,
      overdue: results.filter((r) => r.status === 'overdue').length,
      attendanceRate: rateOf(heldThisYear),
    };
  });
}

/** Summary of the rule-periods that end in one month, for the branches × months matrix. */
export interface MonthCell {
  month: number;
  required: number;
  /** Held, counted up to what each rule requires (extra meetings do not make up for missing ones). */
  held: number;
  status: PeriodStatus | 'none';
}

const SEVERITY: readonly PeriodStatus[] = ['overdue', 'due', 'met', 'upcoming', 'exempt'];

/** Folds one branch's results into twelve month cells; the worst status of a month wins. */
export function monthCells(results: readonly PeriodResult[]): MonthCell[] {
  return Array.from({ length: 12 }, (_, i) => {
    const month = i + 1;
    const ending = results.filter((r) => r.period.endMonth === month && r.status !== 'exempt');
    const statuses = new Set(results.filter((r) => r.period.endMonth === month).map((r) => r.status));
    const status = SEVERITY.find((s) => statuses.has(s)) ?? 'none';
    return {
      month,
      required: ending.reduce((sum, r) => sum + r.required, 0),
      held: ending.reduce((sum, r) => sum + Math.min(r.held.length, r.required), 0),
      status,
    };
  });
}

/**
 * The months of `year` the matrix shows: from the month of the assessment start (all twelve
 * without one, none when it is later than the year); earlier months are not judged.
 */
export function shownMonths(year: number, start: Date | undefined): number[] {
  const all = Array.from({ length: 12 }, (_, i) => i + 1);
  if (!start) return all;
  const { year: startYear, month } = shanghaiParts(start);
  if (startYear < year) return all;
  return startYear > year ? [] : all.filter((m) => m >= month);
}

/** Reader-facing names of the statuses. */
export const STATUS_LABELS: Record<PeriodStatus | 'none', string> = {
  met: '达标',
  overdue: '逾期',
  due: '进行中',
  upcoming: '未开始',
  exempt: '不适用',
  none: '—',
};

/** Quotes a CSV field when it needs it (RFC 4180). */
const csvField = (value: string | number): string => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The assessment as CSV, one row per branch, rule and period: UTF-8 with a byte-order mark and
 * CRLF line ends, so Excel opens the Chinese text correctly.
 */
export function assessmentCsv(
  assessments: readonly BranchAssessment[],
  names: { branch: (id: string) => string; type: (type: string) => string },
): string {
  const header = ['支部', '活动类型', '周期', '应开次数', '已开次数', '出席率', '状态', '已开活动'];
  const rows = assessments.flatMap((a) =>
    a.results.map((r) => {
      const rate = rateOf(r.held);
      return [
        names.branch(a.branch),
        names.type(r.rule.type),
        r.period.key,
        r.required,
        r.held.length,
        rate === undefined ? '' : `${rate}%`,
        STATUS_LABELS[r.status],
        r.held.map((h) => h.id).join(' '),
      ];
    }),
  );
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
