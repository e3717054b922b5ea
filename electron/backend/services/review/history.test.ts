import { describe, expect, it } from 'vitest';
import { messageText } from '../../../../shared/i18n/messageCode';
import { translate, type MessageKey, type Params } from '../../../../shared/i18n/translate';
import { call, useBackend } from '../../../../tests/helpers/backend';
import { ARABIC_ARTICLE, b64 } from '../../../../tests/helpers/fixtures';
import { decodeDescription, encodeDescription } from './description';

const ar = (key: MessageKey, params?: Params) => translate('ar', key, params);

describe('undo history descriptions', () => {
  const env = useBackend();

  it('come with a code and parameters that word them in Arabic, and keep the English text', async () => {
    const backend = env.open();
    const c = await call(backend, 'app:cases.create', { name: 'History' });
    const s = await call(backend, 'app:import.files', { caseId: c.id, files: [{ name: 'ar.txt', dataBase64: b64(ARABIC_ARTICLE) }] });
    const documentId = s.outcomes.flatMap((o) => (o.status === 'imported' ? [o.documentId] : []))[0]!;
    const at = ARABIC_ARTICLE.indexOf('الموصل');
    const { id } = await call(backend, 'app:mentions.add', { documentId, start: at, end: at + 'الموصل'.length, type: 'ORG' });
    await call(backend, 'app:mentions.retype', { mentionId: id, type: 'LOC' });

    const history = await call(backend, 'app:review.history', { caseId: c.id });
    expect(history.undoDescriptionCode).toEqual({ code: 'msg.history.retypeName', params: { name: 'الموصل', typeKey: 'type.LOC' } });

    const step = await call(backend, 'app:review.undo', { caseId: c.id });
    expect(step.description).toBe('Change the type of “الموصل” to Place');
    expect(messageText(ar, step.description ?? '', step.descriptionCode)).toBe('تغيير نوع "الموصل" إلى مكان');
    expect(await call(backend, 'app:review.history', { caseId: c.id })).toMatchObject({ redoDescriptionCode: { code: 'msg.history.retypeName' } });
  });

  it('reads descriptions stored before codes as their English text', () => {
    expect(decodeDescription('Make “كردستان” ORG')).toEqual({ message: 'Make “كردستان” ORG' });
    expect(decodeDescription('{not json')).toEqual({ message: '{not json' });
    const stored = encodeDescription({ message: 'Delete claim #2', messageCode: { code: 'msg.history.deleteClaim', params: { id: '2' } } });
    expect(decodeDescription(stored)).toEqual({ message: 'Delete claim #2', messageCode: { code: 'msg.history.deleteClaim', params: { id: '2' } } });
  });
});
