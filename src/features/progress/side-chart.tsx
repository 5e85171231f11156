/**
 * One self-check's trend per side as a uPlot line chart. uPlot is imported here and nowhere else on
 * /progress, and this file is loaded lazily (chart-module.ts), so the chart library stays out of
 * every first bundle. Colours come from CSS custom properties at draw time (light, dark, print).
 */
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { SideSeries } from '@/domain/assessment/side-series';
import { scheduleDraw } from './chart-batch';
import './side-chart.css';

const HEIGHT = 200;
const KEYS = ['left', 'right', 'axis', 'grid'] as const;
type Palette = Record<(typeof KEYS)[number], string>;

function readPalette(el: HTMLElement, isPrinting: boolean): Palette {
  const css = getComputedStyle(el);
  const prefix = isPrinting ? '--side-chart-print-' : '--side-chart-';
  return Object.fromEntries(KEYS.map((k) => [k, css.getPropertyValue(prefix + k).trim() || '#777'])) as Palette;
}

// One formatter for every tick: building one per call (toLocaleDateString) costs more than the chart.
const SHORT_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });
const shortDate = (s: number) => SHORT_DATE.format(s * 1000);

interface Measure {
  palette: Palette;
  width: number;
  fontFamily: string;
}

function options({ palette: p, width, fontFamily }: Measure, series: SideSeries): uPlot.Options {
  const font = `13px ${fontFamily}`;
  const axis = { stroke: p.axis, font, labelFont: `600 ${font}`, grid: { stroke: p.grid, width: 1 }, ticks: { stroke: p.grid, width: 1 } };
  const isDegrees = series.unit === 'degrees';
  return {
    width,
    height: HEIGHT,
    legend: { show: false },
    cursor: { show: false },
    scales: { x: { time: true }, y: { range: isDegrees ? [0, 45] : [0, 30] } },
    axes: [
      { ...axis, values: (_u, splits) => splits.map(shortDate) },
      { ...axis, label: isDegrees ? 'Degrees' : 'Seconds', size: 44, splits: () => (isDegrees ? [0, 15, 30, 45] : [0, 10, 20, 30]) },
    ],
    series: [
      {},
      { label: 'Left', stroke: p.left, width: 2.5, spanGaps: true, points: { show: true, size: 7, fill: p.left } },
      // Dashed as well as a different colour: the sides must differ without colour too.
      { label: 'Right', stroke: p.right, width: 2, dash: [6, 4], spanGaps: true, points: { show: true, size: 7, fill: p.right } },
    ],
  };
}

export function SideChart({ name, series }: { name: string; series: SideSeries }) {
  const hostRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const data: uPlot.AlignedData = [series.at.map((t) => t / 1000), series.left, series.right];
    let plot: uPlot | null = null;
    let isPrinting = false;
    let isGone = false;
    let width = 0;
    const draw = () =>
      scheduleDraw(() => {
        const measure = {
          palette: readPalette(host, isPrinting),
          width: host.clientWidth || 320,
          fontFamily: getComputedStyle(document.body).fontFamily,
        };
        return () => {
          if (isGone) return;
          plot?.destroy();
          width = measure.width;
          plot = new uPlot(options(measure, series), data, host);
        };
      });
    const printing = (value: boolean) => () => {
      isPrinting = value;
      draw();
    };
    const before = printing(true);
    const after = printing(false);
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    // The observer also reports the first size, which the chart was just drawn at: only a change redraws.
    const resize = new ResizeObserver(([entry]) => {
      const next = Math.round(entry?.contentRect.width ?? 0) || 320;
      if (!plot || next === width) return;
      width = next;
      plot.setSize({ width, height: HEIGHT });
    });
    draw();
    scheme.addEventListener('change', draw);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    resize.observe(host);
    return () => {
      scheme.removeEventListener('change', draw);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
      resize.disconnect();
      isGone = true;
      plot?.destroy();
    };
  }, [series]);
  const unit = series.unit === 'degrees' ? 'degrees' : 'seconds held';
  return (
    <figure className="side-chart">
      <div
        ref={hostRef}
        className="side-chart-canvas"
        role="img"
        aria-label={`Line chart of ${name}: ${unit}, left and right side, over ${series.at.length} results. The table below has every figure.`}
      />
      <ul className="side-chart-legend">
        <li>
          <span className="side-chart-line side-chart-left" aria-hidden="true" /> Left
        </li>
        <li>
          <span className="side-chart-line side-chart-right" aria-hidden="true" /> Right
        </li>
      </ul>
    </figure>
  );
}
