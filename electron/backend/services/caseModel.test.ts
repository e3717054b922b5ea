import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { call, useBackend } from '../../../tests/helpers/backend';
import { b64 } from '../../../tests/helpers/fixtures';
import type * as repository from '../../db/repositories/caseModels';
import { documentTexts } from '../../db/repositories/caseModels';
import type { Backend } from '../openBackend';
import { updateCaseModels } from './caseModel';

// Spied on to see which texts retraining reads; it still reads them.
vi.mock('../../db/repositories/caseModels', async (importOriginal) => {
  const actual = await importOriginal<typeof repository>();
  return { ...actual, documentTexts: vi.fn(actual.documentTexts) };
});

const ENGLISH = 'Grain convoy\n\nTrucks hired by Dijla Freight reached Samarra on Thursday, a ministry spokesman said.\n';
const ARABIC = 'قافلة الحبوب\n\nوصلت شاحنات شركة نسيم الرافدين إلى سامراء يوم الخميس، بحسب متحدث باسم الوزارة.\n';

/** Finishes a document as a reviewer would: every open name suggestion rejected, one name added. */
async function finish(backend: Backend, documentId: number, text: string, name: string): Promise<void> {
  const open = (await call(backend, 'app:mentions.list', { documentId })).filter((m) => m.type !== 'DATE' && m.status === 'suggested');
  if (open.length) await call(backend, 'app:mentions.review', { mentionIds: open.map((m) => m.id), status: 'rejected' });
  await call(backend, 'app:mentions.add', { documentId, start: text.indexOf(name), end: text.indexOf(name) + name.length, type: 'ORG' });
}

describe('updateCaseModels', () => {
  const env = useBackend();

  async function finishedCase() {
    const backend = env.open();
    const c = await call(backend, 'app:cases.create', { name: 'Convoys' });
    const files = [
      { name: 'en.txt', dataBase64: b64(ENGLISH) },
      { name: 'ar.txt', dataBase64: b64(ARABIC) },
    ];
    const summary = await call(backend, 'app:import.files', { caseId: c.id, files });
    const [en, ar] = summary.outcomes.map((o) => (o.status === 'imported' ? o.documentId : 0));
    await finish(backend, en!, ENGLISH, 'Dijla Freight');
    await finish(backend, ar!, ARABIC, 'شركة نسيم الرافدين');
    const models = () =>
      Object.fromEntries(
        (backend.ctx.archive.db.prepare('SELECT language, updated_at, hex(adaptation) AS delta FROM case_models WHERE case_id = ?').all(c.id) as { language: string; updated_at: string; delta: string }[]).map((m) => [
          m.language,
          m,
        ]),
      );
    return { backend, caseId: c.id, en: en!, ar: ar!, models };
  }

  it('trains one model per language, then keeps both without reading texts while nothing changed', async () => {
    const { backend, caseId, en, ar, models } = await finishedCase();
    vi.mocked(documentTexts).mockClear();
    backend.ctx.now = () => '2026-01-01T00:00:00.000Z';
    expect(updateCaseModels(backend.ctx, caseId)).toBe(2);
    expect(vi.mocked(documentTexts).mock.calls.map(([, ids]) => ids).sort()).toEqual([[en], [ar]].sort());
    const first = models();
    expect(Object.keys(first).sort()).toEqual(['ar', 'en']);

    vi.mocked(documentTexts).mockClear();
    backend.ctx.now = () => '2026-01-02T00:00:00.000Z';
    expect(updateCaseModels(backend.ctx, caseId)).toBe(2);
    expect(documentTexts).not.toHaveBeenCalled();
    expect(models()).toEqual(first);
  });

  it('retrains, reading texts, only the language whose document text changed', async () => {
    const { backend, caseId, en, models } = await finishedCase();
    backend.ctx.now = () => '2026-01-01T00:00:00.000Z';
    updateCaseModels(backend.ctx, caseId);
    const first = models();

    const edited = ENGLISH.replace('Thursday', 'Friday');
    const sha = createHash('sha256').update(edited).digest('hex');
    backend.ctx.archive.db.prepare('UPDATE documents SET text = ?, text_sha256 = ? WHERE id = ?').run(edited, sha, en);
    vi.mocked(documentTexts).mockClear();
    backend.ctx.now = () => '2026-01-02T00:00:00.000Z';
    expect(updateCaseModels(backend.ctx, caseId)).toBe(2);
    expect(vi.mocked(documentTexts).mock.calls.map(([, ids]) => ids)).toEqual([[en]]);
    const second = models();
    expect(second.en?.updated_at).toBe('2026-01-02T00:00:00.000Z');
    expect(second.ar).toEqual(first.ar);
  });
});
