import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { formatBusinessDuration } from '../../components/format';
import type { TrendSeries, Trends } from '../../lib/scorecard';

/** The charts shown: what a review meeting asks about (issue 5 "Trends"). */
const CHARTS: readonly { title: string; ids: readonly TrendSeries['id'][] }[] = [
  { title: 'Resolution time (business), median and p90', ids: ['resolution-median-business', 'resolution-p90-business'] },
  { title: 'First response (business), median', ids: ['first-response-median-business'] },
  { title: 'Follow-up, reopen and recurrence rates', ids: ['follow-up-rate', 'reopen-rate', 'recurrence-rate'] },
  { title: 'Team continuity (Bice–Boxerman index)', ids: ['continuity-coc'] },
];
const COLOURS = ['#1f6feb', '#d1242f', '#1a7f37', '#9a6700'];

function format(series: TrendSeries, y: number | null): string {
  if (y === null) return '—';
  if (series.unit === 'share') return `${Math.round(y * 100)} %`;
  if (series.unit === 'index') return y.toFixed(2);
  return formatBusinessDuration(y);
}

function month(ms: number): string {
  return new Date(ms).toISOString().slice(0, 7);
}

function Chart({ title, series, months }: { title: string; series: TrendSeries[]; months: number[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element || series.length === 0) return;
    const dark = window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
    const ink = dark ? '#c9d1d9' : '#1b1f24';
    const grid = dark ? '#30363d' : '#d0d7de';
    const share = series[0]?.unit === 'share' || series[0]?.unit === 'index';
    const scale = share ? 1 : 3_600_000; // durations in business hours on the axis
    const plot = new uPlot(
      {
        width: Math.min(560, element.clientWidth || 560),
        height: 220,
        series: [{}, ...series.map((item, index) => ({ label: item.label, stroke: COLOURS[index % COLOURS.length], width: 2, spanGaps: false, points: { show: true } }))],
        axes: [
          { stroke: ink, grid: { stroke: grid }, values: (_u: uPlot, values: number[]) => values.map((value) => month(value * 1000)) },
          { stroke: ink, grid: { stroke: grid }, label: share ? (series[0]?.unit === 'share' ? 'share' : 'index') : 'business hours' },
        ],
        scales: { x: { time: true } },
        legend: { show: true },
      },
      [months.map((ms) => ms / 1000), ...series.map((item) => item.points.map((point) => (point.y === null ? null : point.y / scale)))],
      element,
    );
    return () => plot.destroy();
  }, [series, months]);
  return (
    <figure className="chart" data-testid="trend-chart">
      <figcaption>{title}</figcaption>
      <div ref={box} className="chart-box" aria-hidden="true" />
      {/* The numbers behind the chart, for screen readers and anyone who prefers a table. */}
      <table className="visually-hidden">
        <caption>{title}, by month</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            {series.map((item) => (
              <th key={item.id} scope="col">{item.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {months.map((ms, index) => (
            <tr key={ms}>
              <th scope="row">{month(ms)}</th>
              {series.map((item) => {
                const point = item.points[index];
                return <td key={item.id}>{point?.hidden ? `hidden (${point.n} tickets)` : format(item, point?.y ?? null)}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

export function TrendsView({ trends }: { trends: Trends }) {
  return (
    <section className="trends" aria-label="Trends by month">
      <h4>Trends by month</h4>
      <div className="charts">
        {CHARTS.map((chart) => (
          <Chart key={chart.title} title={chart.title} months={trends.months} series={trends.series.filter((series) => chart.ids.includes(series.id))} />
        ))}
      </div>
    </section>
  );
}
