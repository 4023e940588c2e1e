/** Placeholder until the interactive page lands. */
import type { CockpitLog } from '../../core/record.js';
import type { PanelSpecOptions } from './spec.js';
import type { PanelTable } from './table.js';
export async function panelHtml(_log: CockpitLog | PanelTable, _o: Omit<PanelSpecOptions, 'interactive'>): Promise<string> {
  throw new Error('html not yet');
}
