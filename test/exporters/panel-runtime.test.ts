import test from 'ava';
import { runtimeIsFresh } from '../../exporters/panel/build-runtime.js';
import { PANEL_RUNTIME } from '../../exporters/panel/runtime.generated.js';

test('the browser runtime inlined in the HTML page is the current bundle of the spec builder', async (t) => {
  t.true(
    await runtimeIsFresh(),
    'exporters/panel/runtime.generated.ts is stale: run `node --import tsx exporters/panel/build-runtime.ts`',
  );
});

test('the browser runtime defines CockpitPanel with the builder, the slicer and the report', (t) => {
  const scope: Record<string, any> = {};
  new Function('self', 'window', `${PANEL_RUNTIME}; window.CockpitPanel = CockpitPanel;`)(
    scope,
    scope,
  );
  const api = scope.CockpitPanel;
  for (const name of ['buildPanelSpec', 'sliceTable', 'statusReport', 'formatReport'])
    t.is(typeof api[name], 'function', name);
  const spec = api.buildPanelSpec({ 0: { Loss: 1 }, 1: { Loss: 0.5 } }, { title: 'x' });
  t.is(spec.width, 1600);
  t.true(spec.marks.some((m: any) => m.name === 'performance'));
});
