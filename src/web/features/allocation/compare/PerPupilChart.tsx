import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { einheitMass } from '../../../../domain/allocation/contracts.js';
import type { Vergleich } from '../api.js';
import { niceScale } from '../../mapping/analysis/ResourceChart.js';
import { formatNumber, formatPerPupil, perPupilFactor } from './format.js';
import { Marker, SeriesSwatch, seriesStyle } from './series.js';

const W = 720;
const H = 400;
const M = { left: 76, right: 20, top: 24, bottom: 60 };
const plotW = W - M.left - M.right;
const plotH = H - M.top - M.bottom;
const ink = '#131525';
const grid = '#dfe2ea';
/** Space between level 9 and "ohne Sozialindex", in slots. */
const gap = 0.6;

type Level = Vergleich['stufen'][number];

/** Where a level sits on the x axis: 1–9 in order, "ohne" after a gap. */
function slotOf(sozialindex: number | null): number {
  return sozialindex === null ? 9 + gap : sozialindex - 1;
}

/**
 * Line chart of the amount per pupil (y) against the Sozialindex level (x), one line per
 * scenario, as inline SVG. Scenarios differ in colour, dash pattern and marker shape, and are
 * named by letter in the legend. It is one image for assistive technology: its title and the
 * description below it say what it shows, and every value is in the table of levels.
 */
export function PerPupilChart({ data, tableTitle }: { data: Vergleich; tableTitle: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const descId = useId();
  const einheit = data.szenarien[0]!.einheit;
  const factor = perPupilFactor(einheit);
  const euro = einheitMass(einheit) === 'Euro';
  const hasOhne = data.stufen.some((s) => s.sozialindex === null);
  const slots = hasOhne ? 9 + gap + 1 : 9;
  const x = (slot: number) => M.left + ((slot + 0.5) / slots) * plotW;
  const k = data.szenarien.length;
  const values = data.stufen.flatMap((s) => s.proSchueler.filter((v): v is number => v !== null).map((v) => v * factor));
  const { top, step } = niceScale(Math.max(0, ...values) * 1.05);
  const y = (value: number) => M.top + plotH - (value / top) * plotH;
  const yTicks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  // Markers of the scenarios are set a little apart, so equal values do not hide each other.
  const offset = (i: number) => (i - (k - 1) / 2) * Math.min(7, plotW / slots / (k + 1));
  const levelName = (sozialindex: number | null) => (sozialindex === null ? t('allocationCompare.levelNone') : t('allocationCompare.levelN', { stufe: sozialindex }));
  const inLevel = (sozialindex: number | null) => (sozialindex === null ? t('allocationCompare.chart.inNone') : t('allocationCompare.chart.inLevel', { stufe: sozialindex }));
  const axisY = euro ? t('allocationCompare.chart.axisYEuro') : t('allocationCompare.chart.axisYStellen');

  const series = data.szenarien.map((szenario, i) => {
    const points = data.stufen
      .map((level) => ({ level, value: level.proSchueler[i] }))
      .filter((p): p is { level: Level; value: number } => p.value !== null && p.value !== undefined)
      .map((p) => ({ ...p, cx: x(slotOf(p.level.sozialindex)) + offset(i), cy: y(p.value * factor) }));
    // The line joins neighbouring levels 1–9 only; a level without pupils breaks it, "ohne" stands alone.
    const segments: string[] = [];
    let current: string[] = [];
    for (let stufe = 1; stufe <= 9; stufe++) {
      const p = points.find((q) => q.level.sozialindex === stufe);
      if (p) current.push(`${current.length ? 'L' : 'M'} ${p.cx.toFixed(1)} ${p.cy.toFixed(1)}`);
      else {
        if (current.length > 1) segments.push(current.join(' '));
        current = [];
      }
    }
    if (current.length > 1) segments.push(current.join(' '));
    return { szenario, style: seriesStyle(i), points, path: segments.join(' ') };
  });

  const sentences = [
    t('allocationCompare.chart.desc', { axis: axisY }),
    ...series.map(({ szenario, style, points }) => {
      if (!points.length) return t('allocationCompare.chart.descNone', { letter: style.letter, name: szenario.name });
      const min = points.reduce((a, b) => (b.value < a.value ? b : a));
      const max = points.reduce((a, b) => (b.value > a.value ? b : a));
      return t('allocationCompare.chart.descSeries', {
        letter: style.letter,
        name: szenario.name,
        min: formatPerPupil(min.value, einheit),
        minLevel: inLevel(min.level.sozialindex),
        max: formatPerPupil(max.value, einheit),
        maxLevel: inLevel(max.level.sozialindex),
      });
    }),
    t('allocationCompare.chart.descTable', { table: tableTitle }),
  ];

  const levels: (number | null)[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, ...(hasOhne ? [null] : [])];
  return (
    <figure className="app-cmp-chart">
      {/* On narrow screens the chart keeps a readable size and scrolls sideways in its own region. */}
      <div className="app-cmp-chart__scroll" role="region" aria-labelledby={titleId} tabIndex={0}>
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={titleId} aria-describedby={descId} className="app-cmp-chart__svg" focusable="false">
          <title id={titleId}>{t('allocationCompare.chart.title')}</title>
          {yTicks.map((v) => (
            <g key={v}>
              <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} stroke={grid} />
              <text x={M.left - 8} y={y(v) + 4} textAnchor="end" fontSize="13" fill={ink}>
                {formatNumber(v, 3)}
              </text>
            </g>
          ))}
          {levels.map((level) => (
            <text key={level ?? 'ohne'} x={x(slotOf(level))} y={M.top + plotH + 20} textAnchor="middle" fontSize="13" fill={ink}>
              {level ?? t('allocationCompare.chart.ohneShort')}
            </text>
          ))}
          {hasOhne && <line x1={x(9 + gap / 2 - 0.5)} x2={x(9 + gap / 2 - 0.5)} y1={M.top} y2={M.top + plotH} stroke={ink} strokeDasharray="2 4" />}
          <line x1={M.left} x2={W - M.right} y1={M.top + plotH} y2={M.top + plotH} stroke={ink} />
          <line x1={M.left} x2={M.left} y1={M.top} y2={M.top + plotH} stroke={ink} />
          <text x={M.left + plotW / 2} y={H - 14} textAnchor="middle" fontSize="14" fill={ink}>
            {t('allocationCompare.chart.axisX')}
          </text>
          <text x={18} y={M.top + plotH / 2} textAnchor="middle" fontSize="14" fill={ink} transform={`rotate(-90 18 ${M.top + plotH / 2})`}>
            {axisY}
          </text>
          {series.map(({ szenario, style, path }) => (path ? <path key={szenario.id + style.letter} d={path} fill="none" stroke={style.color} strokeWidth="2.5" strokeDasharray={style.dash || undefined} strokeLinejoin="round" /> : null))}
          {series.map(({ szenario, style, points }) =>
            points.map((p) => (
              <Marker key={`${style.letter}-${p.level.sozialindex ?? 'ohne'}`} style={style} x={p.cx} y={p.cy} size={11}>
                <title>{`${style.letter} – ${szenario.name}, ${levelName(p.level.sozialindex)}: ${formatPerPupil(p.value, einheit)}`}</title>
              </Marker>
            )),
          )}
        </svg>
      </div>
      <figcaption className="app-cmp-chart__caption">
        <ul className="app-cmp-legend" aria-label={t('allocationCompare.chart.legend')}>
          {data.szenarien.map((szenario, i) => (
            <li key={`${szenario.id}-${i}`} className="app-cmp-legend__item">
              <SeriesSwatch index={i} />
              <span>
                <strong>{seriesStyle(i).letter}</strong> – {szenario.name}
              </span>
            </li>
          ))}
        </ul>
        <p id={descId} className="kern-body kern-body--small app-cmp-chart__desc">
          {sentences.join(' ')}
        </p>
      </figcaption>
    </figure>
  );
}
