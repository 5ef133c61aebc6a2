import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';
import { NETZWERK_NAMEN_BIS, type Netzwerk } from '../../../../domain/mapping/analysis/contracts.js';
import type { Kreis } from '../../../../domain/mapping/vocabulary.js';
import { AppButton } from '../../../components/AppButton.js';

/** Colours of the three circles (a second cue besides shape and text, never the only one). */
export const kreisColours: Record<Kreis, string> = {
  steuergruppe: '#26418f',
  kernteam: '#0b6f5c',
  extern: '#9a4a08',
};
const ink = '#131525';


/**
 * cytoscape would add a <style> element to the document head, which the Content-Security-Policy
 * forbids; an element with its id makes it skip that (the one rule lives in analysis.css).
 */
function preventInjectedStylesheet(): void {
  const id = '__________cytoscape_stylesheet';
  if (document.getElementById(id)) return;
  const marker = document.createElement('meta');
  marker.id = id;
  marker.name = id;
  marker.content = 'analysis.css';
  document.head.prepend(marker);
}

function stylesheet(withLabels: boolean): StylesheetJson {
  const labels = withLabels
    ? {
        label: 'data(label)',
        'font-size': 12,
        'font-family': '"Fira Sans", sans-serif',
        'text-wrap': 'wrap' as const,
        'text-max-width': '120px',
        color: ink,
        'text-valign': 'bottom' as const,
        'text-margin-y': 3,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 7,
      }
    : {};
  return [
    { selector: 'node', style: { width: 16, height: 16, 'border-width': 1, 'border-color': '#ffffff', ...labels } },
    ...(Object.entries(kreisColours) as [Kreis, string][]).map(([kreis, colour]) => ({ selector: `node.${kreis}`, style: { 'background-color': colour } })),
    { selector: 'node.broker', style: { shape: 'diamond', width: 28, height: 28, 'border-width': 4, 'border-color': ink } },
    { selector: 'node.isolated', style: { shape: 'rectangle', 'border-width': 3, 'border-style': 'dashed', 'border-color': ink } },
    {
      selector: 'node:selected',
      style: {
        'overlay-color': ink,
        'overlay-opacity': 0.25,
        'overlay-padding': 6,
        label: 'data(label)',
        'font-size': 12,
        'font-family': '"Fira Sans", sans-serif',
        'font-weight': 'bold',
        color: ink,
        'text-valign': 'bottom',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'z-index': 10,
      },
    },
    { selector: 'edge', style: { width: 1, 'line-color': '#a3a8bc', 'curve-style': 'haystack' } },
  ];
}

interface NetworkGraphProps {
  data: Netzwerk;
  selectedId: string | null;
  onSelect: (id: string | null) => void;
}

/**
 * The network as a cytoscape canvas with the positions computed on the server ('preset' layout).
 * The canvas is hidden from assistive technology; the table on the page says the same.
 * Performance marks: `netzwerk:zeichnen` (start), `netzwerk:bibliothek` (cytoscape loaded),
 * `netzwerk:aufgebaut` (elements and style set up), `netzwerk:gezeichnet` (first frame drawn, also
 * `data-state="gezeichnet"` on the canvas element).
 */
export function NetworkGraph({ data, selectedId, onSelect }: NetworkGraphProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const onSelectRef = useRef(onSelect);
  const [state, setState] = useState<'zeichnet' | 'gezeichnet' | 'fehler'>('zeichnet');

  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    let cancelled = false;
    setState('zeichnet');
    performance.mark('netzwerk:zeichnen');
    void import('cytoscape')
      .then(({ default: cytoscape }) => {
        if (cancelled || !container.current) return;
        performance.mark('netzwerk:bibliothek');
        preventInjectedStylesheet();
        const large = data.nodes.length > 500;
        const elements: ElementDefinition[] = [
          ...data.nodes.map(
            (n): ElementDefinition => ({
              group: 'nodes',
              data: { id: n.id, label: n.name },
              position: { x: n.x, y: n.y },
              classes: n.broker ? `${n.kreis} broker` : n.isolated ? `${n.kreis} isolated` : n.kreis,
            }),
          ),
          ...data.edges.map((e): ElementDefinition => ({ group: 'edges', data: { id: e.id, source: e.source, target: e.target } })),
        ];
        const cy = cytoscape({
          container: container.current,
          elements,
          style: stylesheet(data.nodes.length <= NETZWERK_NAMEN_BIS),
          layout: { name: 'preset', fit: true, padding: 24 },
          minZoom: 0.05,
          maxZoom: 5,
          autoungrabify: true,
          boxSelectionEnabled: false,
          textureOnViewport: large,
          hideEdgesOnViewport: large,
        });
        cyRef.current = cy;
        performance.mark('netzwerk:aufgebaut');
        cy.on('tap', 'node', (event) => onSelectRef.current(event.target.id() as string));
        cy.on('tap', (event) => {
          if (event.target === cy) onSelectRef.current(null);
        });
        cy.one('render', () => {
          requestAnimationFrame(() => {
            if (cancelled) return;
            performance.mark('netzwerk:gezeichnet');
            performance.measure('netzwerk:zeichnen→gezeichnet', 'netzwerk:zeichnen', 'netzwerk:gezeichnet');
            setState('gezeichnet');
          });
        });
      })
      .catch(() => {
        if (!cancelled) setState('fehler');
      });
    return () => {
      cancelled = true;
      cyRef.current?.destroy();
      cyRef.current = null;
    };
  }, [data]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.nodes(':selected').unselect();
      if (selectedId) cy.getElementById(selectedId).select();
    });
  }, [selectedId, state]);

  const zoom = (factor: number) => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  };

  return (
    <div className="app-network">
      <div className="app-network__tools">
        <AppButton variant="secondary" small onPress={() => zoom(1.4)} isDisabled={state !== 'gezeichnet'}>
          {t('mappingAnalysis.netzwerk.zoomIn')}
        </AppButton>
        <AppButton variant="secondary" small onPress={() => zoom(1 / 1.4)} isDisabled={state !== 'gezeichnet'}>
          {t('mappingAnalysis.netzwerk.zoomOut')}
        </AppButton>
        <AppButton variant="secondary" small onPress={() => cyRef.current?.fit(undefined, 24)} isDisabled={state !== 'gezeichnet'}>
          {t('mappingAnalysis.netzwerk.fit')}
        </AppButton>
      </div>
      <div ref={container} className="app-network__canvas" aria-hidden="true" data-state={state} data-testid="netzwerk-grafik" />
      {state === 'zeichnet' && <p className="kern-body kern-body--small app-muted app-network__status">{t('mappingAnalysis.netzwerk.drawing')}</p>}
      {state === 'fehler' && <p className="kern-body app-network__status">{t('mappingAnalysis.netzwerk.drawError')}</p>}
    </div>
  );
}
