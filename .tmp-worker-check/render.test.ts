import { expect, it } from 'vitest';
import { renderReport } from '../reports/render-pdf';
import { handMadeInput } from '../test/reports/helpers/hand-made-input';
it('renders the report inside workerd', async () => {
  const t0 = Date.now();
  const bytes = await renderReport(handMadeInput());
  expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
  console.log('workerd render bytes', bytes.length, 'ms', Date.now() - t0);
});
