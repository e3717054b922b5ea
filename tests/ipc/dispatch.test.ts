import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../shared/ipc/contract';
import { useBackend } from '../helpers/backend';

describe('dispatch validates every payload', () => {
  const env = useBackend();

  it.each([
    ['app:cases.create', { name: '' }, /name: A name is required/],
    ['app:cases.create', { name: 42 }, /name/],
    ['app:cases.create', null, /name/],
    ['app:documents.get', { id: -1 }, /id/],
    ['app:documents.get', { id: '1; DROP TABLE documents' }, /id/],
    ['app:documents.list', { caseId: 1, limit: 100_000 }, /limit/],
    ['app:import.files', { caseId: 1, files: [] }, /files/],
    ['app:import.files', { caseId: 1, files: [{ name: 'x.txt' }] }, /dataBase64/],
    ['app:operations.cancel', { operationId: '../../etc' }, /operationId/],
    ['app:search.query', { query: 'x'.repeat(1001) }, /query/],
  ])('%s refuses %j', async (channel, input, message) => {
    const result = await env.open().invoke(channel, input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.message).toMatch(message);
    }
  });

  it('refuses channels outside the contract', async () => {
    for (const channel of ['app:db.exec', '__proto__', 'constructor', 42, undefined]) {
      const result = await env.open().invoke(channel, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });

  it('answers not_found and conflict as user errors with clear messages', async () => {
    const backend = env.open();
    expect(await backend.invoke('app:documents.get', { id: 99 })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Document #99 does not exist.', messageCode: { code: 'msg.error.documentMissing', params: { id: 99 } } },
    });
    await backend.invoke('app:cases.create', { name: 'Basra floods' });
    expect(await backend.invoke('app:cases.create', { name: '  basra FLOODS ' })).toEqual({
      ok: false,
      error: {
        code: 'conflict',
        message: 'A case named "basra FLOODS" already exists.',
        messageCode: { code: 'msg.error.caseExists', params: { name: 'basra FLOODS' } },
      },
    });
  });

  it('has a handler for every channel of the contract', () => {
    const backend = env.open();
    expect(Object.keys(backend.handlers).sort()).toEqual([...CHANNELS].sort());
  });
});
