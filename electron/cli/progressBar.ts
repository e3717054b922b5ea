import type { Progress } from '../../shared/domain/schemas';

const WIDTH = 28;

/** One line redrawn in place on a terminal; nothing at all when the stream is not a TTY. */
export function createProgressBar(stream: NodeJS.WriteStream): { update(p: Progress): void; done(): void } {
  if (!stream.isTTY) return { update: () => undefined, done: () => undefined };
  let drawn = false;
  return {
    update(p) {
      const share = p.total === 0 ? 1 : p.done / p.total;
      const filled = Math.round(share * WIDTH);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
      const rate = p.ratePerSecond > 0 ? ` ${p.ratePerSecond.toFixed(1)}/s` : '';
      const current = p.current ? ` ${p.current}` : '';
      const columns = stream.columns ?? 100;
      const line = `${bar} ${p.done}/${p.total}${rate}${current}`.slice(0, columns - 1);
      stream.write(`\r\x1b[2K${line}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
