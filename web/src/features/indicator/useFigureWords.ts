import { useTranslation } from 'react-i18next';

// The words for a figure that is not shown: the same whether it is small or protects a small one, so that the words
// tell nothing about its size; "not released yet" while what it describes is open.
export function useFigureWords(): (hiddenBecause: string | null | undefined) => string {
  const { t } = useTranslation('indicator');
  return (hiddenBecause) => (hiddenBecause === 'NOT_FINAL' ? t('hidden.notFinal') : t('hidden.smallGroup'));
}
