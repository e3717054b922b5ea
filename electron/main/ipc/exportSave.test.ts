import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call, useBackend } from '../../../tests/helpers/backend';
import type { BackendHost } from '../backendHost';
import { saveExport } from './exportSave';

const dialogs = vi.hoisted(() => ({ showSaveDialog: vi.fn(), showOpenDialog: vi.fn() }));
vi.mock('electron', () => ({ app: { getPath: () => '/nonexistent-documents' }, dialog: dialogs }));

describe('saving an export from Electron main', () => {
  const env = useBackend('electron');

  beforeEach(() => {
    dialogs.showSaveDialog.mockReset();
    dialogs.showOpenDialog.mockReset();
  });

  async function setup() {
    const backend = env.open();
    const c = await call(backend, 'app:cases.create', { name: 'Basra water' });
    // Main reaches the back end through its host; here the host is the in-process back end.
    const host = { invoke: (channel: string, input: unknown) => backend.invoke(channel, input) } as unknown as BackendHost;
    return { host, caseId: c.id, dir: env.tempDir() };
  }

  it('writes the JSON file where the user chose in the save dialog', async () => {
    const { host, caseId, dir } = await setup();
    const target = join(dir, 'chosen.json');
    dialogs.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    expect(await saveExport(host, null, { caseId, format: 'json' })).toEqual({ ok: true, value: { saved: true, paths: [target] } });
    expect(dialogs.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ defaultPath: join('/nonexistent-documents', 'Basra water.json') });
    expect(JSON.parse(readFileSync(target, 'utf8'))).toMatchObject({ format: 'casefile-case', case: { name: 'Basra water' } });
  });

  it('writes the three CSV tables into the chosen folder', async () => {
    const { host, caseId, dir } = await setup();
    dialogs.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [dir] });
    const r = await saveExport(host, null, { caseId, format: 'csv', acceptedOnly: true });
    const names = ['entities', 'claims', 'documents'].map((t) => join(dir, `Basra water-accepted-${t}.csv`));
    expect(r).toEqual({ ok: true, value: { saved: true, paths: names } });
    expect(names.every((n) => readFileSync(n, 'utf8').startsWith('\uFEFFid,'))).toBe(true);
  });

  it('writes nothing when the dialog is cancelled, and refuses bad input before any dialog', async () => {
    const { host, caseId, dir } = await setup();
    dialogs.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await saveExport(host, null, { caseId, format: 'json' })).toEqual({ ok: true, value: { saved: false, paths: [] } });
    expect(existsSync(join(dir, 'Basra water.json'))).toBe(false);
    expect(await saveExport(host, null, { caseId, format: 'xml' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await saveExport(host, null, { caseId: 999, format: 'json' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(dialogs.showSaveDialog).toHaveBeenCalledTimes(1);
  });

  it('reports a folder it cannot write to', async () => {
    const { host, caseId, dir } = await setup();
    dialogs.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(dir, 'missing', 'x.json') });
    expect(await saveExport(host, null, { caseId, format: 'json' })).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('could not be written') } });
  });
});
