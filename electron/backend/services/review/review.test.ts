import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, importTexts, useBackend } from '../../../../tests/helpers/backend';
import { ARABIC_ARTICLE, ENGLISH_ARTICLE } from '../../../../tests/helpers/fixtures';

describe('review: mentions, register, claims, undo and audit', () => {
  const env = useBackend();

  async function setup(path?: string) {
    const backend = env.open(path);
    const { caseId, ids } = await importTexts(backend, 'Review', { 'ar.txt': ARABIC_ARTICLE, 'en.txt': ENGLISH_ARTICLE });
    return { backend, caseId, arId: ids[0]!, enId: ids[1]! };
  }

  it('accepting a mention creates a case entity with the name as alias; rejecting unlinks it', async () => {
    const { backend, caseId, enId } = await setup();
    const at = ENGLISH_ARTICLE.indexOf('Layla Hassan');
    const { id } = await call(backend, 'app:mentions.add', { documentId: enId, start: at, end: at + 'Layla Hassan'.length, type: 'PER' });
    const mentions = await call(backend, 'app:mentions.list', { documentId: enId });
    expect(mentions.find((m) => m.id === id)).toMatchObject({ status: 'accepted', source: 'user', text: 'Layla Hassan', type: 'PER' });
    const entities = await call(backend, 'app:entities.list', { caseId });
    const layla = entities.find((e) => e.name === 'Layla Hassan');
    expect(layla).toMatchObject({ type: 'PER', aliases: [{ alias: 'Layla Hassan' }], mentionCount: 1, documentIds: [enId] });
    await call(backend, 'app:mentions.review', { mentionIds: [id], status: 'rejected' });
    const after = await call(backend, 'app:mentions.list', { documentId: enId });
    expect(after.find((m) => m.id === id)).toMatchObject({ status: 'rejected', entityId: null });
  });

  it('moves a boundary, retypes, and refuses spans outside the text', async () => {
    const { backend, enId } = await setup();
    const at = ENGLISH_ARTICLE.indexOf('water ministry');
    const { id } = await call(backend, 'app:mentions.add', { documentId: enId, start: at, end: at + 5, type: 'LOC' });
    await call(backend, 'app:mentions.resize', { mentionId: id, start: at, end: at + 'water ministry'.length });
    await call(backend, 'app:mentions.retype', { mentionId: id, type: 'ORG' });
    const m = (await call(backend, 'app:mentions.list', { documentId: enId })).find((x) => x.id === id);
    expect(m).toMatchObject({ text: 'water ministry', type: 'ORG', status: 'accepted' });
    const bad = await backend.invoke('app:mentions.resize', { mentionId: id, start: 0, end: 10_000 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('bulk-rejects every mention of a name in the case', async () => {
    const { backend, caseId, arId } = await setup();
    const text = 'الموصل';
    const first = ARABIC_ARTICLE.indexOf(text);
    const second = ARABIC_ARTICLE.indexOf(text, first + 1);
    await call(backend, 'app:mentions.add', { documentId: arId, start: first, end: first + text.length, type: 'LOC' });
    await call(backend, 'app:mentions.add', { documentId: arId, start: second, end: second + text.length, type: 'LOC' });
    const { changed } = await call(backend, 'app:mentions.reviewName', { caseId, documentId: null, text: 'الموصل', status: 'rejected' });
    expect(changed).toBeGreaterThanOrEqual(2);
    const ms = (await call(backend, 'app:mentions.list', { documentId: arId })).filter((m) => m.text === text);
    expect(ms.every((m) => m.status === 'rejected')).toBe(true);
  });

  it('merges aliases, suggests merges across scripts and inside names, and splits an alias out', async () => {
    const { backend, caseId, arId, enId } = await setup();
    const add = async (doc: number, text: string, source: string, type: 'PER' | 'LOC') => {
      const at = source.indexOf(text);
      return (await call(backend, 'app:mentions.add', { documentId: doc, start: at, end: at + text.length, type })).id;
    };
    await add(arId, 'سامر الحداد', ARABIC_ARTICLE, 'PER');
    await add(arId, 'الحداد', ARABIC_ARTICLE.replace('سامر الحداد', 'xxxx xxxxxx'), 'PER');
    expect(ARABIC_ARTICLE.indexOf('وأكد الحداد')).toBeGreaterThan(0);
    await add(enId, 'Baghdad', ENGLISH_ARTICLE, 'LOC');
    const suggestions = await call(backend, 'app:entities.suggestMerges', { caseId });
    expect(suggestions.map((s) => [s.names.slice().sort(), s.reason])).toContainEqual([['الحداد', 'سامر الحداد'].sort(), 'name-inside-name']);
    const entities = await call(backend, 'app:entities.list', { caseId });
    const full = entities.find((e) => e.name === 'سامر الحداد')!;
    const short = entities.find((e) => e.name === 'الحداد')!;
    await call(backend, 'app:entities.merge', { entityIds: [full.id, short.id], intoId: full.id });
    const merged = (await call(backend, 'app:entities.list', { caseId })).find((e) => e.id === full.id)!;
    expect(merged.aliases.map((a) => a.alias).sort()).toEqual(['الحداد', 'سامر الحداد'].sort());
    expect(merged.mentionCount).toBe(2);
    const alias = merged.aliases.find((a) => a.alias === 'الحداد')!;
    const { id: splitId } = await call(backend, 'app:entities.splitAlias', { entityId: full.id, aliasId: alias.id });
    const after = await call(backend, 'app:entities.list', { caseId });
    expect(after.find((e) => e.id === splitId)).toMatchObject({ name: 'الحداد', mentionCount: 1 });
  });

  it('verifies a claim with a note, links evidence, and undoes and redoes across a restart', async () => {
    const dir = env.tempDir();
    const path = join(dir, 'review.casefile');
    const { backend, caseId, arId, enId } = await setup(path);
    const claims = await call(backend, 'app:claims.list', { documentId: arId });
    expect(claims.length).toBeGreaterThan(0);
    const claim = claims[0]!;
    await call(backend, 'app:claims.update', { claimId: claim.id, status: 'verified', note: 'Confirmed by a second source.' });
    await call(backend, 'app:claims.link', { claimId: claim.id, targetDocumentId: enId, relation: 'supports' });
    let now = (await call(backend, 'app:claims.list', { documentId: arId })).find((c) => c.id === claim.id)!;
    expect(now).toMatchObject({ status: 'verified', note: 'Confirmed by a second source.', links: [{ relation: 'supports', targetDocumentId: enId }] });
    expect(await call(backend, 'app:review.undo', { caseId })).toEqual({
      description: expect.stringContaining('supports'),
      descriptionCode: { code: 'msg.history.linkDocument', params: { id: expect.any(String), target: expect.any(String), relationKey: 'relation.supports' } },
    });
    now = (await call(backend, 'app:claims.list', { documentId: arId })).find((c) => c.id === claim.id)!;
    expect(now.links).toEqual([]);
    expect(now.status).toBe('verified');
    backend.close();

    const reopened = env.open(path);
    expect(await call(reopened, 'app:review.history', { caseId })).toMatchObject({ undo: 1, redo: 1, redoDescription: expect.stringContaining('supports') });
    await call(reopened, 'app:review.redo', { caseId });
    now = (await call(reopened, 'app:claims.list', { documentId: arId })).find((c) => c.id === claim.id)!;
    expect(now.links).toHaveLength(1);
    await call(reopened, 'app:review.undo', { caseId });
    await call(reopened, 'app:review.undo', { caseId });
    now = (await call(reopened, 'app:claims.list', { documentId: arId })).find((c) => c.id === claim.id)!;
    expect(now).toMatchObject({ status: 'unreviewed', note: '', links: [] });
    expect(await call(reopened, 'app:review.undo', { caseId })).toEqual({ description: null });
    const audit = await call(reopened, 'app:audit.list', { documentId: arId });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['claim.edit', 'undo claim.link', 'redo claim.link', 'undo claim.edit']));
    const edit = audit.find((a) => a.action === 'claim.edit')!;
    expect(edit).toMatchObject({ objectType: 'claims', before: expect.objectContaining({ status: 'unreviewed' }), after: expect.objectContaining({ status: 'verified' }) });
  });

  it('exports entities with aliases, mentions with status and source, claims with notes and links, and the audit log', async () => {
    const { backend, caseId, enId } = await setup();
    const at = ENGLISH_ARTICLE.indexOf('Tigris');
    await call(backend, 'app:mentions.add', { documentId: enId, start: at, end: at + 6, type: 'LOC' });
    const claim = (await call(backend, 'app:claims.list', { caseId }))[0]!;
    await call(backend, 'app:claims.update', { claimId: claim.id, status: 'disputed', note: 'Contradicted by the ministry.' });
    const exported = await call(backend, 'app:export.case', { caseId });
    expect(exported.entities.find((e) => e.name === 'Tigris')).toMatchObject({ type: 'LOC', aliases: [{ alias: 'Tigris' }] });
    const doc = exported.documents.find((d) => d.id === enId)!;
    expect(doc.mentions.some((m) => m.text === 'Tigris' && m.status === 'accepted' && m.source === 'user')).toBe(true);
    expect(exported.documents.flatMap((d) => d.claims).find((c) => c.id === claim.id)).toMatchObject({ status: 'disputed', note: 'Contradicted by the ministry.' });
    expect(exported.audit.map((a) => a.action)).toEqual(expect.arrayContaining(['case.create', 'document.import', 'mention.add', 'claim.edit']));
  });

  it('redoes a boundary fix that created an entity, and drops the entity nobody names any more', async () => {
    const { backend, caseId, enId } = await setup();
    const at = ENGLISH_ARTICLE.indexOf('Layla Hassan');
    const { id } = await call(backend, 'app:mentions.add', { documentId: enId, start: at, end: at + 5, type: 'PER' });
    await call(backend, 'app:mentions.resize', { mentionId: id, start: at, end: at + 'Layla Hassan'.length });
    const names = async () => (await call(backend, 'app:entities.list', { caseId })).map((e) => e.name).filter((n) => n.startsWith('Layla'));
    expect(await names()).toEqual(['Layla Hassan']);
    await call(backend, 'app:review.undo', { caseId });
    expect(await names()).toEqual(['Layla']);
    expect(await call(backend, 'app:review.history', { caseId })).toMatchObject({ redoDescription: expect.stringContaining('Layla Hassan') });
    await call(backend, 'app:review.redo', { caseId });
    expect(await names()).toEqual(['Layla Hassan']);
  });

  it('adds and deletes a claim by hand; undo brings it back with its links', async () => {
    const { backend, caseId, enId, arId } = await setup();
    const content = 'Residents of low-lying districts were told to move valuables upstairs';
    const at = ENGLISH_ARTICLE.indexOf(content);
    const { id } = await call(backend, 'app:claims.add', { documentId: enId, contentSpan: [at, at + content.length], speaker: 'civil defence officials' });
    await call(backend, 'app:claims.link', { claimId: id, targetDocumentId: arId, relation: 'contradicts' });
    await call(backend, 'app:claims.delete', { claimId: id });
    expect((await call(backend, 'app:claims.list', { documentId: enId })).some((c) => c.id === id)).toBe(false);
    await call(backend, 'app:review.undo', { caseId });
    const back = (await call(backend, 'app:claims.list', { documentId: enId })).find((c) => c.id === id);
    expect(back).toMatchObject({ content, speaker: 'civil defence officials', source: 'user', links: [{ relation: 'contradicts', targetDocumentId: arId }] });
  });

  it('keeps an edited claim through re-extraction without adding the model’s version again, and links known speakers', async () => {
    const { backend, caseId, arId } = await setup();
    const first = (await call(backend, 'app:claims.list', { documentId: arId }))[0]!;
    const before = (await call(backend, 'app:claims.list', { documentId: arId })).length;
    await call(backend, 'app:claims.update', { claimId: first.id, contentSpan: [first.contentSpan[0], first.contentSpan[1] - 1] });
    const speaker = (await call(backend, 'app:claims.list', { documentId: arId })).find((c) => c.speaker && c.speakerSpan);
    if (speaker?.speakerSpan) await call(backend, 'app:mentions.add', { documentId: arId, start: speaker.speakerSpan[0], end: speaker.speakerSpan[1], type: 'PER' });
    await call(backend, 'app:extraction.run', { caseId });
    const after = await call(backend, 'app:claims.list', { documentId: arId });
    expect(after).toHaveLength(before);
    expect(after.find((c) => c.id === first.id)?.contentSpan).toEqual([first.contentSpan[0], first.contentSpan[1] - 1]);
    if (speaker?.speakerSpan) {
      const linked = after.filter((c) => c.speaker === speaker.speaker && c.id !== speaker.id);
      for (const c of linked) expect(c.speakerEntityId).not.toBeNull();
    }
  });
});
