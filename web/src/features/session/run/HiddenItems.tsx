import { useTranslation } from 'react-i18next';
import { Button, Disclosure, DisclosurePanel, Heading } from 'react-aria-components';

interface HiddenItem {
  id: string;
  text: string;
  language: string;
}

// What a facilitator hid from the board (challenges, or a challenge's ideas), folded away under its count, each with
// a button to show it again. `className` names the block (its list is `<className>-list`), styled where it stands.
export function HiddenItems<T extends HiddenItem>(props: {
  className: string;
  level: 3 | 4;
  title: string;
  triggerClassName: string;
  items: readonly T[];
  onShow: (item: T) => void;
}) {
  const { t } = useTranslation('session');
  if (props.items.length === 0) return null;
  return (
    <Disclosure className={props.className}>
      <Heading level={props.level}>
        <Button slot="trigger" className={props.triggerClassName}>
          {props.title}
        </Button>
      </Heading>
      <DisclosurePanel>
        <ul className={`${props.className}-list`}>
          {props.items.map((item) => (
            <li key={item.id}>
              <span lang={item.language} dir="auto">
                {item.text}
              </span>
              <Button
                className="button button--secondary button--small"
                onPress={() => props.onShow(item)}
                aria-label={t('board.showAgainLabel', { text: item.text })}
              >
                {t('board.showAgain')}
              </Button>
            </li>
          ))}
        </ul>
      </DisclosurePanel>
    </Disclosure>
  );
}
