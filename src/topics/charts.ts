/** Geometry for the build-time SVG charts: nice axis maxima and point lists. Pure. */

/** What a chart of several series over shared labels takes (line chart, trend bars). */
export interface SeriesChartProps {
  title: string;
  /** The x axis: one label per value of every series (month keys for trends). */
  labels: string[];
  series: { name: string; values: number[] }[];
  /** Heading for the first column of the data table. */
  labelHeading?: string;
}

/** The smallest 1, 2 or 5 × 10ⁿ at or above `value` (1 for nothing), so axes read round numbers. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((s) => s * power >= value)!;
  return step * power;
}

export interface Box {
  width: number;
  height: number;
  /** Inner padding: left, top, right, bottom. */
  pad: [number, number, number, number];
}

/** SVG `points` of a series over a box, x spread evenly, y scaled to `max`. */
export function linePoints(values: readonly number[], max: number, box: Box): string {
  const [left, top, right, bottom] = box.pad;
  const w = box.width - left - right;
  const h = box.height - top - bottom;
  const step = values.length > 1 ? w / (values.length - 1) : 0;
  return values
    .map((v, i) => {
      const x = left + (values.length > 1 ? i * step : w / 2);
      const y = top + h - (max > 0 ? (v / max) * h : 0);
      return `${round(x)},${round(y)}`;
    })
    .join(' ');
}

/** Evenly spaced axis values from 0 to `max` (inclusive), `count` intervals. */
export function ticks(max: number, count = 4): number[] {
  return Array.from({ length: count + 1 }, (_, i) => round((max / count) * i));
}

/** Rows of a bar chart, largest value first (ties keep their order), so the bars read as a ranking. */
export function rankRows<T extends { value: number }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => b.value - a.value);
}

/** A percentage for display: 0.4567 → "45.7%". */
export function percent(share: number): string {
  return `${round(share * 100, 1)}%`;
}

function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
