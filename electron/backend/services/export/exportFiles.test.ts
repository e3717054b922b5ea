import { describe, expect, it } from 'vitest';
import type { CaseExport, Progress } from '../../../../shared/domain/schemas';
import { call, importTexts, useBackend } from '../../../../tests/helpers/backend';
import { parseCsv } from '../../../../tests/helpers/parseCsv';
import { UTF8_BOM } from './csv';
import { fileStem } from './exportFiles';

// Written for this test: one Arabic and one English wire-style report.
const AR_TEXT = `ميناء الفاو يستقبل أول سفينة

قالت المهندسة ريم العبيدي، مديرة المشروع، إن "الرصيف الأول، جاهز تمامًا"
وإن العمل في الرصيف الثاني سيكتمل خلال الصيف.
`;
const EN_TEXT = `Port of Faw receives its first ship

Nadia Karam, a shipping analyst, said the new berths would halve waiting times.
The ministry did not comment on the cost.
`;

const span = (text: string, part: string): [number, number] => {
  const at = text.indexOf(part);
  if (at < 0) throw new Error(`"${part}" is not in the text`);
  return [at, at + part.length];
};

describe('export: JSON and CSV from a real archive', () => {
  const env = useBackend();

  async function setup() {
    const backend = env.open();
    const { caseId, ids } = await importTexts(backend, 'Faw port: "phase 1"', { 'faw-ar.txt': AR_TEXT, 'faw-en.txt': EN_TEXT });
    const [arId, enId] = ids;
    const [start, end] = span(EN_TEXT, 'Nadia Karam');
    await call(backend, 'app:mentions.add', { documentId: enId!, start, end, type: 'PER' });
    const content = span(AR_TEXT, 'الرصيف الأول، جاهز تمامًا');
    const claim = await call(backend, 'app:claims.add', { documentId: arId!, contentSpan: content, cue: span(AR_TEXT, 'قالت'), speaker: 'ريم العبيدي' });
    await call(backend, 'app:claims.update', { claimId: claim.id, status: 'verified' });
    const other = await call(backend, 'app:claims.add', { documentId: enId!, contentSpan: span(EN_TEXT, 'the new berths would halve waiting times'), speaker: 'Nadia Karam' });
    return { backend, caseId, arId: arId!, enId: enId!, claimId: claim.id, otherClaimId: other.id };
  }

  it('exports everything as JSON, or only accepted names and verified claims', async () => {
    const { backend, caseId, claimId, otherClaimId } = await setup();
    const full = await call(backend, 'app:export.build', { caseId, format: 'json' });
    expect(full.files.map((f) => f.name)).toEqual(['Faw port_ _phase 1_.json']);
    const all = JSON.parse(full.files[0]!.text) as CaseExport;
    expect(all).toMatchObject({ format: 'casefile-case', case: { id: caseId } });
    expect(all.documents).toHaveLength(2);
    expect(all.documents.flatMap((d) => d.claims).map((c) => c.id)).toEqual(expect.arrayContaining([claimId, otherClaimId]));

    const accepted = JSON.parse((await call(backend, 'app:export.build', { caseId, format: 'json', acceptedOnly: true })).files[0]!.text) as CaseExport;
    expect(accepted.documents).toHaveLength(2);
    expect(accepted.documents.flatMap((d) => d.claims).map((c) => c.id)).toEqual([claimId]);
    const mentions = accepted.documents.flatMap((d) => d.mentions);
    expect(mentions.some((m) => m.text === 'Nadia Karam')).toBe(true);
    expect(mentions.every((m) => m.status === 'accepted')).toBe(true);
    expect(accepted.entities.find((e) => e.name === 'Nadia Karam')).toMatchObject({ mentionCount: 1, aliases: [{ alias: 'Nadia Karam' }] });
    const named = new Set(mentions.map((m) => m.entityId));
    expect(accepted.entities.every((e) => named.has(e.id))).toBe(true);
  });

  it('exports three CSV tables with a BOM that read back to the archive content', async () => {
    const { backend, caseId, claimId, otherClaimId } = await setup();
    const { files } = await call(backend, 'app:export.build', { caseId, format: 'csv' });
    expect(files.map((f) => f.name)).toEqual(['entities', 'claims', 'documents'].map((t) => `Faw port_ _phase 1_-${t}.csv`));
    expect(files.every((f) => f.text.startsWith(UTF8_BOM) && f.mediaType === 'text/csv')).toBe(true);
    const [entities, claims, documents] = files.map((f) => parseCsv(f.text.slice(1)));

    expect(entities![0]).toEqual(['id', 'type', 'name', 'aliases', 'mentions', 'documents']);
    expect(entities!.find((r) => r[2] === 'Nadia Karam')).toEqual([expect.any(String), 'PER', 'Nadia Karam', 'Nadia Karam', '1', '1']);

    const header = claims![0]!;
    const col = (row: string[], name: string) => row[header.indexOf(name)];
    const verified = claims!.find((r) => col(r, 'id') === String(claimId))!;
    expect(col(verified, 'status')).toBe('verified');
    expect(col(verified, 'speaker')).toBe('ريم العبيدي');
    expect(col(verified, 'cue')).toBe('قالت');
    expect(col(verified, 'content')).toBe('الرصيف الأول، جاهز تمامًا');
    expect(col(verified, 'document_title')).toBe('ميناء الفاو يستقبل أول سفينة');
    expect(claims!.some((r) => col(r, 'id') === String(otherClaimId))).toBe(true);

    expect(documents!.slice(1).map((r) => r[1]).sort()).toEqual(['Port of Faw receives its first ship', 'ميناء الفاو يستقبل أول سفينة'].sort());

    const acceptedClaims = parseCsv((await call(backend, 'app:export.build', { caseId, format: 'csv', acceptedOnly: true })).files[1]!.text.slice(1));
    expect(acceptedClaims.slice(1).map((r) => r[0])).toEqual([String(claimId)]);
  });

  it('reads without writing, and reports progress per document', async () => {
    const { backend, caseId } = await setup();
    const db = backend.ctx.archive.db;
    const changes = () => db.prepare('SELECT total_changes() AS n').get();
    const before = changes();
    const events: Progress[] = [];
    const unsubscribe = backend.subscribe((event, payload) => {
      if (event === 'app:progress') events.push(payload as Progress);
    });
    await call(backend, 'app:export.build', { caseId, format: 'csv', operationId: 'export-1' });
    unsubscribe();
    expect(changes()).toEqual(before);
    expect(events.filter((e) => e.operationId === 'export-1').at(-1)).toMatchObject({ kind: 'export', done: 2, total: 2, finished: true });
  });

  it('refuses a case that does not exist and a save outside the desktop app', async () => {
    const backend = env.open();
    await expect(call(backend, 'app:export.build', { caseId: 999, format: 'json' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(call(backend, 'app:export.save', { caseId: 1, format: 'json' })).rejects.toMatchObject({ code: 'unsupported' });
  });

  it('makes file names safe but keeps Arabic letters', () => {
    expect(fileStem('سد الموصل / 2024')).toBe('سد الموصل _ 2024');
    expect(fileStem('...')).toBe('case');
  });
});
