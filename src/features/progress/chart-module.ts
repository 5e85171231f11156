import { useEffect, useState } from 'react';
import type * as SideChartModule from './side-chart';

type ChartModule = typeof SideChartModule;

let loaded: ChartModule | null = null;
let loading: Promise<ChartModule> | null = null;

/**
 * The chart code (with uPlot) is its own chunk. progress-page starts fetching it as the page's own
 * module runs, side by side with the data, rather than once the tables are on screen.
 */
export function loadChartModule(): Promise<ChartModule> {
  return (loading ??= import('./side-chart').then(
    (m) => (loaded = m),
    (error: unknown) => {
      loading = null; // a later visit may be back online
      throw error;
    },
  ));
}

/**
 * The chart module once it is in, 'failed' if it could not load. State, not Suspense: every chart
 * appears in the same render as soon as the module arrives (React 19 would hold a Suspense reveal
 * back 300 ms after its fallback).
 */
export function useChartModule(): ChartModule | 'failed' | null {
  const [chart, setChart] = useState<ChartModule | 'failed' | null>(loaded);
  useEffect(() => {
    if (loaded) return;
    let isLive = true;
    loadChartModule().then(
      (m) => isLive && setChart(m),
      () => isLive && setChart('failed'),
    );
    return () => {
      isLive = false;
    };
  }, []);
  return chart;
}
