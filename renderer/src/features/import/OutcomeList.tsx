import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { ImportOutcome } from '../../../../shared/domain/schemas';
import { useI18n } from '../../i18n/I18nContext';
import { nameParts, outcomeText } from './outcomeText';

const ROW_HEIGHT = 44;

/** What happened to each file; only the visible rows exist, so thousands of outcomes stay fast. */
export function OutcomeList({ outcomes }: { outcomes: readonly ImportOutcome[] }) {
  const { t } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: outcomes.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  return (
    <div ref={scroller} className="outcomes" role="list" aria-label={t('import.outcomes')} tabIndex={0}>
      <div className="virtual-canvas" style={{ blockSize: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const o = outcomes[item.index];
          if (!o) return null;
          const { file, parts } = nameParts(o.name);
          const status = outcomeText(o, t);
          return (
            <div
              key={item.key}
              role="listitem"
              aria-posinset={item.index + 1}
              aria-setsize={outcomes.length}
              className={`virtual-row outcome outcome--${o.status}`}
              style={{ blockSize: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
              title={`${o.name}\n${status}`}
            >
              <span className="outcome__name">
                <bdi>{file}</bdi>
                {parts.map((part, i) => (
                  <span key={i}>
                    <span className="outcome__sep" aria-hidden="true">
                      {' › '}
                    </span>
                    <bdi className="outcome__part">{part}</bdi>
                  </span>
                ))}
              </span>
              <span className="outcome__status" dir="auto">
                {status}
              </span>
            </div>
          );
        })}
      </div>
    </div>
  );
}
