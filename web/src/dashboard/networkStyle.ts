import type { StylesheetJson } from 'cytoscape';
import { FONT_STACK } from '../shared/fonts';

/** Node size, shape and color by type; edge color, width, arrow and dash; emphasis for a selection. */
export function networkStyle(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        shape: 'data(shape)' as never,
        'background-color': 'data(color)',
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(name)',
        'font-family': FONT_STACK,
        'font-size': 'data(fontSize)',
        'font-weight': 500,
        color: '#1f2430',
        'text-valign': 'bottom',
        'text-margin-y': 3,
        'text-outline-color': '#ffffff',
        'text-outline-width': 2,
        'min-zoomed-font-size': 8,
        'text-wrap': 'ellipsis',
        'text-max-width': '160px',
        'border-width': 1.5,
        'border-color': '#ffffff',
        'z-index': 'data(z)' as never,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': 'data(color)',
        'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'curve-style': 'bezier',
        opacity: 0.7,
      },
    },
    { selector: 'edge[?negated]', style: { 'line-style': 'dashed', 'line-dash-pattern': [6, 4] } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#1f2430', 'z-index': 100000 } },
    { selector: 'edge:selected', style: { opacity: 1, 'underlay-color': '#1f2430', 'underlay-opacity': 0.25, 'underlay-padding': 3 } },
    { selector: '.faded', style: { opacity: 0.1 } },
  ];
}
