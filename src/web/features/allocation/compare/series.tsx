import type { ReactNode } from 'react';

/**
 * How the compared scenarios look wherever they appear (cards, table headers, chart, legend): a
 * letter, a colour, a dash pattern and a marker shape. Letter, dash and shape each tell the
 * scenarios apart without colour.
 */
export type MarkerShape = 'circle' | 'square' | 'triangle' | 'diamond' | 'cross';

export interface SeriesStyle {
  letter: string;
  /** At least 4.5:1 against white, so also the letters drawn in it stay readable. */
  color: string;
  /** SVG stroke-dasharray; empty for a solid line. */
  dash: string;
  marker: MarkerShape;
}

export const seriesStyles: readonly SeriesStyle[] = [
  { letter: 'A', color: '#26418f', dash: '', marker: 'circle' },
  { letter: 'B', color: '#a1370b', dash: '9 5', marker: 'square' },
  { letter: 'C', color: '#0b6b4a', dash: '2 4', marker: 'triangle' },
  { letter: 'D', color: '#6b2c91', dash: '12 4 3 4', marker: 'diamond' },
  { letter: 'E', color: '#3d3d3d', dash: '16 6', marker: 'cross' },
];

export const seriesStyle = (index: number): SeriesStyle => seriesStyles[index % seriesStyles.length]!;

export const seriesLetter = (index: number): string => seriesStyle(index).letter;

/** A marker centred on (x, y), about `size` wide. */
export function Marker({ style, x, y, size = 10, children }: { style: SeriesStyle; x: number; y: number; size?: number; children?: ReactNode }) {
  const r = size / 2;
  const common = { fill: style.color, stroke: '#ffffff', strokeWidth: 1.5 };
  switch (style.marker) {
    case 'circle':
      return (
        <circle cx={x} cy={y} r={r} {...common}>
          {children}
        </circle>
      );
    case 'square':
      return (
        <rect x={x - r * 0.9} y={y - r * 0.9} width={r * 1.8} height={r * 1.8} {...common}>
          {children}
        </rect>
      );
    case 'triangle':
      return (
        <path d={`M ${x} ${y - r * 1.15} L ${x + r * 1.1} ${y + r * 0.8} L ${x - r * 1.1} ${y + r * 0.8} Z`} {...common}>
          {children}
        </path>
      );
    case 'diamond':
      return (
        <path d={`M ${x} ${y - r * 1.2} L ${x + r * 1.1} ${y} L ${x} ${y + r * 1.2} L ${x - r * 1.1} ${y} Z`} {...common}>
          {children}
        </path>
      );
    case 'cross':
      return (
        <path
          d={`M ${x - r} ${y - r} L ${x + r} ${y + r} M ${x + r} ${y - r} L ${x - r} ${y + r}`}
          fill="none"
          stroke={style.color}
          strokeWidth={3}
          strokeLinecap="round"
        >
          {children}
        </path>
      );
  }
}

/** A short piece of the series' line with its marker, for legends and headers (decorative). */
export function SeriesSwatch({ index, width = 32 }: { index: number; width?: number }) {
  const style = seriesStyle(index);
  return (
    <svg className="app-cmp-swatch" width={width} height="16" viewBox={`0 0 ${width} 16`} aria-hidden="true" focusable="false">
      <line x1="1" x2={width - 1} y1="8" y2="8" stroke={style.color} strokeWidth="2.5" strokeDasharray={style.dash || undefined} />
      <Marker style={style} x={width / 2} y={8} size={9} />
    </svg>
  );
}

/** The letter in the series' colour with its swatch, e.g. in table headers. */
export function SeriesTag({ index }: { index: number }) {
  return (
    <span className="app-cmp-tag">
      <SeriesSwatch index={index} width={24} />
      <span className="app-cmp-tag__letter">{seriesLetter(index)}</span>
    </span>
  );
}
