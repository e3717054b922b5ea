import { describe, expect, it } from 'vitest';
import { historyCommand, reviewCommand, typeOfDigit } from './reviewKeys';

const key = (k: string, mods: Partial<{ shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({
  key: k,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});

describe('reviewCommand', () => {
  it('maps review letters and digits', () => {
    expect(reviewCommand(key('a'), false)).toEqual({ kind: 'accept' });
    expect(reviewCommand(key('x'), false)).toEqual({ kind: 'reject' });
    expect(reviewCommand(key('n'), false)).toEqual({ kind: 'next', suggestedOnly: true });
    expect(reviewCommand(key('k'), false)).toEqual({ kind: 'previous', suggestedOnly: false });
    expect(reviewCommand(key('3'), false)).toEqual({ kind: 'retype', type: 'LOC' });
    expect(reviewCommand(key('a', { ctrlKey: true }), false)).toBeNull();
  });

  it('moves the end with Shift+arrow and the start with Alt, following the paragraph direction', () => {
    expect(reviewCommand(key('ArrowRight', { shiftKey: true }), false)).toEqual({ kind: 'resize', edge: 'end', forward: true, byWord: false });
    expect(reviewCommand(key('ArrowLeft', { shiftKey: true }), true)).toEqual({ kind: 'resize', edge: 'end', forward: true, byWord: false });
    expect(reviewCommand(key('ArrowRight', { shiftKey: true, altKey: true, ctrlKey: true }), true)).toEqual({
      kind: 'resize',
      edge: 'start',
      forward: false,
      byWord: true,
    });
    expect(reviewCommand(key('ArrowRight'), false)).toBeNull();
  });
});

describe('latinKey', () => {
  it('reads letters typed on an Arabic layout by their physical key', () => {
    expect(reviewCommand({ ...key('ش'), code: 'KeyA' }, true)).toEqual({ kind: 'accept' });
    expect(reviewCommand({ ...key('ق'), code: 'KeyR' }, true)).toEqual({ kind: 'reject' });
    expect(reviewCommand({ ...key('?'), code: 'Slash' }, false)).toBeNull();
  });
});

describe('typeOfDigit and historyCommand', () => {
  it('reads western and Arabic-Indic digits', () => {
    expect(typeOfDigit('1')).toBe('PER');
    expect(typeOfDigit('٥')).toBe('DATE');
    expect(typeOfDigit('6')).toBeNull();
  });

  it('knows undo and both redo chords', () => {
    expect(historyCommand(key('z', { ctrlKey: true }))).toBe('undo');
    expect(historyCommand({ ...key('ئ', { ctrlKey: true }), code: 'KeyZ' })).toBe('undo');
    expect(historyCommand({ ...key('غ', { ctrlKey: true }), code: 'KeyY' })).toBe('redo');
    expect(historyCommand(key('Z', { ctrlKey: true, shiftKey: true }))).toBe('redo');
    expect(historyCommand(key('y', { metaKey: true }))).toBe('redo');
    expect(historyCommand(key('z'))).toBeNull();
  });
});
