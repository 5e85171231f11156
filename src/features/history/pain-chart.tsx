/**
 * The pain trend as a uPlot line chart. uPlot and its CSS are imported here and nowhere else: History
 * is a lazy route, so the chart library never reaches the first bundle.
 */
import { useEffect, useId, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { DailyPain, WeeklyPain } from '@/domain/pain/trends';
import { formatShortDate } from './history-format';
import { PainWeekTable } from './pain-week-table';

interface Props {
  /** "Left knee" — names the chart and its table. */
  kneeLabel: string;
  daily: readonly DailyPain[];
  weeks: readonly WeeklyPain[];
  band: { low: number; high: number } | null;
  from: number;
  to: number;
  /** The data table is visually hidden on History (the chart shows it) and visible in the report. */
  isTableVisible?: boolean;
}

const HEIGHT = 220;
const PALETTE = ['worst', 'mean', 'band', 'axis', 'grid'] as const;
type Palette = Record<(typeof PALETTE)[number], string>;

/** Colours come from CSS custom properties at draw time, so the chart follows light, dark and print. */
function readPalette(el: HTMLElement, isPrinting: boolean): Palette {
  const css = getComputedStyle(el);
  const prefix = isPrinting ? '--chart-print-' : '--chart-';
  return Object.fromEntries(PALETTE.map((k) => [k, css.getPropertyValue(prefix + k).trim() || '#777'])) as Palette;
}

interface Frame {
  band: Props['band'];
  from: number;
  to: number;
  /** Where the date axis gets a label: week starts, every other one when there are many. */
  tickSeconds: number[];
}

const oneDecimal = (n: number) => String(Math.round(n * 10) / 10);

function chartOptions(p: Palette, width: number, { band, from, to, tickSeconds }: Frame): uPlot.Options {
  const font = `13px ${getComputedStyle(document.body).fontFamily}`;
  const axis = { stroke: p.axis, font, labelFont: `600 ${font}`, grid: { stroke: p.grid, width: 1 }, ticks: { stroke: p.grid, width: 1 } };
  return {
    width,
    height: HEIGHT,
    legend: { show: false },
    cursor: { show: false },
    scales: { x: { time: true, range: [from / 1000, to / 1000] }, y: { range: [0, 10] } },
    axes: [
      { ...axis, label: 'Week starting', splits: () => tickSeconds, values: (_u, splits) => splits.map((s) => formatShortDate(s * 1000)) },
      { ...axis, label: 'Pain (0–10)', size: 44, splits: () => [0, 2, 4, 6, 8, 10] },
    ],
    series: [
      {},
      { label: 'Worst of the day', stroke: p.worst, width: 2.5, points: { show: true, size: 6, fill: p.worst } },
      // Dashed as well as a different colour: the two lines must differ without colour too.
      { label: 'Average of the day', stroke: p.mean, width: 2, dash: [6, 4], points: { show: false } },
    ],
    hooks: {
      // Under the grid and the lines: the band is context, not data.
      drawClear: [
        (u) => {
          if (!band) return;
          const top = u.valToPos(band.high, 'y', true);
          const bottom = u.valToPos(band.low, 'y', true);
          u.ctx.save();
          u.ctx.fillStyle = p.band;
          u.ctx.fillRect(u.bbox.left, top, u.bbox.width, bottom - top);
          u.ctx.restore();
        },
      ],
    },
  };
}

export function PainChart({ kneeLabel, daily, weeks, band, from, to, isTableVisible = false }: Props) {
  const hostRef = useRef<HTMLDivElement>(null);
  const captionId = useId();

  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const data: uPlot.AlignedData = [daily.map((d) => d.dayStart / 1000), daily.map((d) => d.worst), daily.map((d) => d.mean)];
    const tickSeconds = weeks.filter((_, i) => weeks.length <= 4 || (weeks.length - 1 - i) % 2 === 0).map((w) => w.start / 1000);
    let plot: uPlot | null = null;
    let isPrinting = false;
    const draw = () => {
      plot?.destroy();
      plot = new uPlot(chartOptions(readPalette(host, isPrinting), host.clientWidth || 320, { band, from, to, tickSeconds }), data, host);
    };
    const setPrinting = (value: boolean) => () => {
      isPrinting = value;
      draw();
    };
    const beforePrint = setPrinting(true);
    const afterPrint = setPrinting(false);
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    const resize = new ResizeObserver(() => plot?.setSize({ width: host.clientWidth || 320, height: HEIGHT }));
    draw();
    scheme.addEventListener('change', draw);
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    resize.observe(host);
    return () => {
      scheme.removeEventListener('change', draw);
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
      resize.disconnect();
      plot?.destroy();
    };
  }, [daily, weeks, band, from, to]);

  const range = `${formatShortDate(from)} to ${formatShortDate(to - 1)}`;
  return (
    <figure className="pain-chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="visually-hidden">
        {kneeLabel}: daily worst and average pain, {range}
      </figcaption>
      <div
        ref={hostRef}
        className="pain-chart-canvas"
        role="img"
        aria-label={`Line chart of ${kneeLabel.toLowerCase()} pain from 0 to 10, ${range}: worst and average of each day${band ? `, with a band from ${oneDecimal(band.low)} to ${oneDecimal(band.high)} marking no meaningful change` : ''}. The weekly figures are in the table.`}
      />
      <ul className="chart-legend">
        <li>
          <span className="legend-line legend-worst" aria-hidden="true" /> Worst of the day
        </li>
        <li>
          <span className="legend-line legend-mean" aria-hidden="true" /> Average of the day
        </li>
        {band && (
          <li>
            <span className="legend-band" aria-hidden="true" /> {oneDecimal(band.low)}–{oneDecimal(band.high)}: within 2 points of the first
            week’s average, so no meaningful change
          </li>
        )}
      </ul>
      {/* Tables ignore width: 1px, so a hidden one goes in a hidden box or it widens the page. */}
      {isTableVisible ? (
        <PainWeekTable caption={`${kneeLabel}, week by week`} weeks={weeks} className="data-table" />
      ) : (
        <div className="visually-hidden">
          <PainWeekTable caption={`${kneeLabel}, week by week`} weeks={weeks} />
        </div>
      )}
    </figure>
  );
}
