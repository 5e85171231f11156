/**
 * Rows split into calendar years, in the order given (a view passes them newest first), so a
 * long history can show its latest year and fold the others away while every row stays reachable.
 */
export interface YearGroup<T> {
  year: number;
  rows: T[];
}

export function groupByYear<T>(rows: readonly T[], yearOf: (row: T) => number): YearGroup<T>[] {
  const groups: YearGroup<T>[] = [];
  const byYear = new Map<number, YearGroup<T>>();
  for (const row of rows) {
    const year = yearOf(row);
    let group = byYear.get(year);
    if (!group) {
      group = { year, rows: [] };
      byYear.set(year, group);
      groups.push(group);
    }
    group.rows.push(row);
  }
  return groups;
}
