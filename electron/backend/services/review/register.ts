import { nameKey } from '../../../../shared/domain/nameKey';
import type { EntityTypeName, MergeSuggestion, RegisterEntity } from '../../../../shared/domain/schemas';
import { coded } from '../../../../shared/i18n/messageCode';
import { UserError } from '../../../../shared/ipc/result';
import { sameNameAcrossScripts } from '../../../../shared/nlp/translit';
import { stemWord } from '../../../../shared/search/searchKey';
import { claimUidsBySpeaker, setClaimSpeakerEntity } from '../../../db/repositories/claims';
import {
  aliasesOf,
  caseAliases,
  caseEntityDocuments,
  deleteAlias,
  deleteEntity,
  findAlias,
  getEntity,
  insertEntity,
  listRegister,
  mentionUidsOfEntity,
  moveAlias,
  updateEntity,
  type EntityRow,
} from '../../../db/repositories/entities';
import { setMentionsType, updateMention } from '../../../db/repositories/mentions';
import type { BackendContext } from '../../context';
import { runCommand, type Tracker } from './command';
import { shortName } from './description';
import { addAlias } from './entityLinks';

function requireEntity(ctx: BackendContext, id: number): EntityRow {
  const e = getEntity(ctx.archive.db, id);
  if (!e) throw UserError.coded('not_found', 'msg.error.entityMissing', { id: String(id) });
  return e;
}

/** Groups rows by their entity id. */
function byEntity<R extends { entity_id: number }, V>(rows: readonly R[], value: (r: R) => V): Map<number, V[]> {
  const out = new Map<number, V[]>();
  for (const r of rows) {
    const list = out.get(r.entity_id) ?? [];
    list.push(value(r));
    out.set(r.entity_id, list);
  }
  return out;
}

/** The case's entity register: three queries for the whole case, whatever its size. */
export function register(ctx: BackendContext, caseId: number): RegisterEntity[] {
  const db = ctx.archive.db;
  const aliases = byEntity(caseAliases(db, caseId), (a) => ({ id: a.id, alias: a.alias }));
  const documents = byEntity(caseEntityDocuments(db, caseId), (d) => d.document_id);
  return listRegister(db, caseId).map((r) => ({
    id: r.id,
    uid: r.uid,
    type: r.type as EntityTypeName,
    name: r.name,
    aliases: aliases.get(r.id) ?? [],
    mentionCount: r.mention_count,
    documentIds: documents.get(r.id) ?? [],
  }));
}

/** Moves everything of `from` onto `into`: aliases, mentions, claims' speakers; then drops `from`. */
function absorb(t: Tracker, into: EntityRow, from: EntityRow): void {
  const { db, ctx } = t;
  for (const a of aliasesOf(db, from.id)) {
    t.track('entity_aliases', a.uid);
    if (findAlias(db, into.id, a.alias_key)) deleteAlias(db, a.id);
    else moveAlias(db, a.id, into.id);
  }
  for (const m of mentionUidsOfEntity(db, from.id)) {
    t.track('mentions', m.uid);
    updateMention(db, m.id, { entityId: into.id, type: into.type as EntityTypeName, now: ctx.now() });
  }
  for (const c of claimUidsBySpeaker(db, from.id)) {
    t.track('claims', c.uid);
    setClaimSpeakerEntity(db, c.id, into.id, ctx.now());
  }
  t.track('entities', from.uid);
  deleteEntity(db, from.id);
}

export function mergeEntities(ctx: BackendContext, entityIds: readonly number[], intoId: number): void {
  const into = requireEntity(ctx, intoId);
  const others = [...new Set(entityIds)].filter((id) => id !== intoId).map((id) => requireEntity(ctx, id));
  if (others.length === 0) throw UserError.coded('invalid_input', 'msg.error.mergeTooFew');
  if (others.some((e) => e.case_id !== into.case_id)) throw UserError.coded('invalid_input', 'msg.error.mergeCases');
  const description =
    others.length === 1 ? coded('msg.history.mergeEntity', { other: shortName(others[0]!.name), name: shortName(into.name) }) : coded('msg.history.mergeEntities', { count: others.length, name: shortName(into.name) });
  runCommand(ctx, into.case_id, 'entity.merge', description, (t) => {
    for (const e of others) absorb(t, into, e);
  });
}

/** Takes one alias out of an entity into a new entity of its own, with the mentions that use it. */
export function splitAlias(ctx: BackendContext, entityId: number, aliasId: number): number {
  const e = requireEntity(ctx, entityId);
  const aliases = aliasesOf(ctx.archive.db, entityId);
  const alias = aliases.find((a) => a.id === aliasId);
  if (!alias) throw UserError.coded('not_found', 'msg.error.aliasMissing', { alias: String(aliasId), id: String(entityId) });
  if (aliases.length < 2) throw UserError.coded('invalid_input', 'msg.error.splitSingle');
  return runCommand(ctx, e.case_id, 'entity.split', coded('msg.history.splitEntity', { alias: shortName(alias.alias), name: shortName(e.name) }), (t) => {
    const uid = ctx.uid();
    t.track('entities', uid);
    const id = insertEntity(t.db, { uid, origin: ctx.archive.archiveId, caseId: e.case_id, type: e.type, name: alias.alias, nameKey: alias.alias_key, now: ctx.now() });
    t.track('entity_aliases', alias.uid);
    moveAlias(t.db, alias.id, id);
    for (const m of mentionUidsOfEntity(t.db, entityId)) {
      if (nameKey(m.text) !== alias.alias_key) continue;
      t.track('mentions', m.uid);
      updateMention(t.db, m.id, { entityId: id, now: ctx.now() });
    }
    return id;
  });
}

export function renameEntity(ctx: BackendContext, entityId: number, name: string): void {
  const e = requireEntity(ctx, entityId);
  const trimmed = name.trim();
  if (trimmed === '') throw UserError.coded('invalid_input', 'msg.error.nameRequired');
  runCommand(ctx, e.case_id, 'entity.rename', coded('msg.history.renameEntity', { name: shortName(e.name), newName: shortName(trimmed) }), (t) => {
    t.track('entities', e.uid);
    updateEntity(t.db, e.id, { name: trimmed, nameKey: nameKey(trimmed), now: ctx.now() });
    addAlias(t, e.id, trimmed);
  });
}

export function retypeEntity(ctx: BackendContext, entityId: number, type: EntityTypeName): void {
  const e = requireEntity(ctx, entityId);
  runCommand(ctx, e.case_id, 'entity.retype', coded('msg.history.retypeEntity', { name: shortName(e.name), typeKey: `type.${type}` }), (t) => {
    t.track('entities', e.uid);
    for (const m of mentionUidsOfEntity(t.db, e.id)) t.track('mentions', m.uid);
    updateEntity(t.db, e.id, { type, now: ctx.now() });
    setMentionsType(t.db, e.id, type, ctx.now());
  });
}

/** The name with articles and proclitics off every word: العراق and عراق, بالبصرة and البصرة agree. */
const looseKey = (name: string): string => nameKey(name).split(' ').map(stemWord).join(' ');
const insideAsWords = (short: string, long: string): boolean => short !== long && ` ${long} `.includes(` ${short} `);

/** Pairs worth one click: equal once normalised, one name inside the other, or one name in two scripts. */
export function suggestMerges(ctx: BackendContext, caseId: number): MergeSuggestion[] {
  // Keys are computed once per alias, not once per pair compared.
  const entities = register(ctx, caseId)
    .filter((e) => e.type !== 'DATE')
    .map((e) => ({ ...e, names: e.aliases.map((x) => ({ raw: x.alias, loose: looseKey(x.alias) })) }));
  const out: MergeSuggestion[] = [];
  for (let i = 0; i < entities.length; i++) {
    for (let j = i + 1; j < entities.length; j++) {
      const a = entities[i]!;
      const b = entities[j]!;
      const pairs = a.names.flatMap((x) => b.names.map((y) => [x, y] as const));
      let reason: MergeSuggestion['reason'] | null = null;
      if (pairs.some(([x, y]) => x.loose === y.loose)) reason = 'same-normalised-name';
      else if (a.type === b.type && pairs.some(([x, y]) => insideAsWords(x.loose, y.loose) || insideAsWords(y.loose, x.loose))) reason = 'name-inside-name';
      else if (a.type === b.type && pairs.some(([x, y]) => sameNameAcrossScripts(x.raw, y.raw))) reason = 'same-name-other-script';
      if (reason) out.push({ entityIds: [a.id, b.id], names: [a.name, b.name], reason });
    }
  }
  return out;
}
