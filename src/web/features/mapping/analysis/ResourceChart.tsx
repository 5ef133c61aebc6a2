import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ressourcen, RessourcenZeile } from '../../../../domain/mapping/analysis/contracts.js';
import { formatCount, formatNumber } from './format.js';

const W = 720;
const H = 380;
const M = { left: 64, right: 20, top: 20, bottom: 56 };
const plotW = W - M.left - M.right;
const plotH = H - M.top - M.bottom;
const ink = '#131525';
const normal = '#26418f';
const flaggedColour = '#b0180f';

/** A round upper bound for the axis and a step that divides it into 4–6 parts. */
export function niceScale(max: number): { top: number; step: number } {
  if (!(max > 0)) return { top: 1, step: 0.25 };
  const raw = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * magnitude).find((s) => s >= raw)!;
  return { top: Math.ceil(max / step) * step, step };
}

type Point = RessourcenZeile & { sozialindex: number; stundenPro100: number };

/**
 * Scatter chart: Sozialindex (x) against weekly hours per 100 pupils (y), as inline SVG. The
 * Kommune median is a dashed line; the corner of high need and few resources is shaded, and
 * flagged schools are triangles. It is one image for assistive technology (title and summary);
 * every value is in the table below.
 */
export function ResourceChart({ data }: { data: Ressourcen }) {
  const { t } = useTranslation();
  const titleId = useId();
  const descId = useId();
  const points = data.zeilen.filter((z): z is Point => z.sozialindex !== null && z.stundenPro100 !== null);
  const missing = data.zeilen.length - points.length;
  const max = Math.max(data.median ?? 0, ...points.map((p) => p.stundenPro100));
  const { top, step } = niceScale(max * 1.05);
  const x = (index: number) => M.left + ((index - 0.5) / 9) * plotW;
  const y = (value: number) => M.top + plotH - (value / top) * plotH;

  // Schools with the same Sozialindex are spread a little sideways, so that none hides another.
  const byIndex = new Map<number, Point[]>();
  for (const p of points) byIndex.set(p.sozialindex, [...(byIndex.get(p.sozialindex) ?? []), p]);
  const placed = [...byIndex.values()].flatMap((group) =>
    group
      .sort((a, b) => a.stundenPro100 - b.stundenPro100 || a.name.localeCompare(b.name, 'de'))
      .map((p, i) => {
        const lanes = Math.min(group.length, 7);
        return { p, cx: x(p.sozialindex) + ((i % lanes) - (lanes - 1) / 2) * (plotW / 9 / 9), cy: y(p.stundenPro100) };
      }),
  );
  const flagged = points.filter((p) => p.flagged);
  const yTicks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);

  const description = [
    t('mappingAnalysis.ressourcen.chartDesc', { count: points.length, formatted: formatCount(points.length) }),
    data.median !== null ? t('mappingAnalysis.ressourcen.chartDescMedian', { median: formatNumber(data.median) }) : '',
    flagged.length
      ? t('mappingAnalysis.ressourcen.chartDescFlagged', { count: flagged.length, formatted: formatCount(flagged.length), names: flagged.map((p) => p.name).join(', ') })
      : t('mappingAnalysis.ressourcen.chartDescNoneFlagged'),
    missing ? t('mappingAnalysis.ressourcen.chartMissing', { count: missing, formatted: formatCount(missing) }) : '',
    t('mappingAnalysis.ressourcen.chartDescTable'),
  ]
    .filter(Boolean)
    .join(' ');

  const medianY = data.median !== null ? y(data.median) : null;
  return (
    <figure className="app-resource-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${titleId} ${descId}`} className="app-resource-chart__svg" focusable="false">
        <title id={titleId}>{t('mappingAnalysis.ressourcen.chartTitle')}</title>
        <desc id={descId}>{description}</desc>
        {/* The corner of high need and few resources. */}
        {medianY !== null && (
          <g className="app-resource-chart__zone">
            <rect x={x(data.sozialindexSchwelle - 0.5)} y={medianY} width={x(9.5) - x(data.sozialindexSchwelle - 0.5)} height={M.top + plotH - medianY} fill="#fbe4e2" />
            <text x={x(9.5) - 6} y={Math.min(M.top + plotH - 8, medianY + 16)} textAnchor="end" fontSize="12" fill="#7d1009">
              {t('mappingAnalysis.ressourcen.flagShort')}
            </text>
          </g>
        )}
        {/* Axes and grid. */}
        {yTicks.map((v) => (
          <g key={v}>
            <line x1={M.left} x2={W - M.right} y1={y(v)} y2={y(v)} stroke="#e1e3ea" />
            <text x={M.left - 8} y={y(v) + 4} textAnchor="end" fontSize="12" fill={ink}>
              {formatNumber(v)}
            </text>
          </g>
        ))}
        {Array.from({ length: 9 }, (_, i) => i + 1).map((index) => (
          <text key={index} x={x(index)} y={M.top + plotH + 18} textAnchor="middle" fontSize="12" fill={ink}>
            {index}
          </text>
        ))}
        <line x1={M.left} x2={W - M.right} y1={M.top + plotH} y2={M.top + plotH} stroke={ink} />
        <line x1={M.left} x2={M.left} y1={M.top} y2={M.top + plotH} stroke={ink} />
        <text x={M.left + plotW / 2} y={H - 12} textAnchor="middle" fontSize="13" fill={ink}>
          {t('mappingAnalysis.ressourcen.axisX')}
        </text>
        <text x={16} y={M.top + plotH / 2} textAnchor="middle" fontSize="13" fill={ink} transform={`rotate(-90 16 ${M.top + plotH / 2})`}>
          {t('mappingAnalysis.ressourcen.axisY')}
        </text>
        {medianY !== null && (
          <g>
            <line x1={M.left} x2={W - M.right} y1={medianY} y2={medianY} stroke={ink} strokeWidth="1.5" strokeDasharray="6 4" />
            <text x={M.left + 6} y={medianY - 6} fontSize="12" fill={ink}>
              {t('mappingAnalysis.ressourcen.medianLabel', { median: formatNumber(data.median!) })}
            </text>
          </g>
        )}
        {placed.map(({ p, cx, cy }) =>
          p.flagged ? (
            <path key={p.schuleId} d={`M ${cx} ${cy - 8} L ${cx + 7} ${cy + 5} L ${cx - 7} ${cy + 5} Z`} fill={flaggedColour} stroke={ink} strokeWidth="1">
              <title>{`${p.name}: ${formatNumber(p.stundenPro100)} – ${t('mappingAnalysis.ressourcen.flag')}`}</title>
            </path>
          ) : (
            <circle key={p.schuleId} cx={cx} cy={cy} r="5" fill={normal} fillOpacity="0.75" stroke="#ffffff" strokeWidth="1">
              <title>{`${p.name}: ${formatNumber(p.stundenPro100)}`}</title>
            </circle>
          ),
        )}
      </svg>
      <figcaption className="kern-body kern-body--small app-resource-chart__caption">
        <span className="app-resource-chart__key">
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <circle cx="8" cy="8" r="5" fill={normal} />
          </svg>
          {t('mappingAnalysis.ressourcen.keySchool')}
        </span>
        <span className="app-resource-chart__key">
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M 8 1 L 15 14 L 1 14 Z" fill={flaggedColour} stroke={ink} />
          </svg>
          {t('mappingAnalysis.ressourcen.keyFlagged')}
        </span>
        <span className="app-resource-chart__key">
          <svg width="24" height="16" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
            <line x1="0" x2="24" y1="8" y2="8" stroke={ink} strokeWidth="1.5" strokeDasharray="6 4" />
          </svg>
          {t('mappingAnalysis.ressourcen.keyMedian')}
        </span>
        {missing > 0 && <span>{t('mappingAnalysis.ressourcen.chartMissing', { count: missing, formatted: formatCount(missing) })}</span>}
      </figcaption>
    </figure>
  );
}
