import { useCallback } from 'react';
import { messageText } from '../../../shared/i18n/messageCode';
import { ApiError, errorMessage } from '../lib/api';
import { useI18n } from './I18nContext';

/** An error as text in the UI's language: a back-end message by its code, else as worded. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useI18n();
  return useCallback((error: unknown) => (error instanceof ApiError ? messageText(t, error.message, error.messageCode) : errorMessage(error)), [t]);
}
