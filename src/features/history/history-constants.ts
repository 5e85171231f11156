/** History's trends and knee-impact table look back this many calendar weeks (this one included). */
export const TREND_WEEKS = 8;

/**
 * Sessions a week to aim for — a product choice until the user can set it: the daily release routine
 * on most days, strength work about three times a week (DESIGN §6: Khayambashi 2012; Ferber 2015).
 */
export const WEEKLY_TARGET = 5;

/** The physio report covers the last 4 or 8 weeks. */
export const REPORT_PERIODS = [4, 8] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];
