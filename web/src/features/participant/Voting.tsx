import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/useFormat';
import type { VoteTarget } from '../../gql/graphql';
import { DotIcon } from './icons';
import './Voting.css';

// Up to this many dots are drawn one by one; a bigger budget is a bar, so that the counter keeps to one line.
const DOTS_DRAWN = 10;

// How many dots are left, as dots and in words. It stays in view while the list scrolls, so it is kept to two short
// lines: the round's question (cut off if long; read in full by a screen reader) and the dots left.
export function VoteCounter(props: { title: string; target: VoteTarget; total: number; left: number }) {
  const { t } = useTranslation('participant');
  const format = useFormat();
  const used = props.total - props.left;
  return (
    <section className="vote-counter" aria-labelledby="vote-round-title">
      <h2 className="vote-counter__title" id="vote-round-title">
        <bdi>{props.title}</bdi>
        <span className="visually-hidden"> · {t(`vote.target.${props.target}`)}</span>
      </h2>
      <output className="vote-counter__left">
        {/* With every dot given, the sentence says so alone: on a phone it then keeps to one line. */}
        {props.left === 0 ? null : props.total <= DOTS_DRAWN ? (
          <span className="vote-counter__dots" aria-hidden="true">
            {Array.from({ length: props.total }, (_, i) => (
              <span key={i} className={`vote-counter__dot${i < used ? ' vote-counter__dot--used' : ''}`} />
            ))}
          </span>
        ) : (
          <span className="vote-counter__bar" aria-hidden="true">
            <span className="vote-counter__bar-left" style={{ inlineSize: `${(props.left / props.total) * 100}%` }} />
          </span>
        )}
        <span>
          {props.left > 0
            ? t('vote.left', { count: props.left, formatted: format.number(props.left) })
            : t('vote.allUsed')}
        </span>
      </output>
    </section>
  );
}

// Give one dot to the challenge or idea the button sits under (its text is the description).
export function DotButton(props: { labelId: string; given: number; dotsLeft: number; onGive: () => void }) {
  const { t } = useTranslation('participant');
  const format = useFormat();
  return (
    <div className="dot-button">
      <button
        type="button"
        className="button dot-button__give"
        aria-describedby={props.labelId}
        disabled={props.dotsLeft <= 0}
        onClick={props.onGive}
      >
        <DotIcon />
        {t('vote.give')}
      </button>
      {props.given > 0 && (
        <span className="dot-button__given">
          {t('vote.given', { count: props.given, formatted: format.number(props.given) })}
        </span>
      )}
    </div>
  );
}
