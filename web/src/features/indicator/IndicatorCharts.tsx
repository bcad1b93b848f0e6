import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  ErrorBar,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useFormat } from '../../app/useFormat';
import './IndicatorCharts.css';

// The dashboard's charts (Recharts, loaded with the indicator pages only). Every chart has its data table beside it:
// the table is the reference (a screen reader reads it, a figure that is not shown says why there); the chart is a
// picture of the same figures, with Recharts' keyboard and screen reader layer.

export interface BarDatum {
  label: string;
  value: number | null;
  // Words for a figure that is not shown.
  hidden?: string;
}

export function GroupBarChart({
  title,
  unit,
  data,
  total,
}: {
  title: string;
  unit: string;
  data: BarDatum[];
  total?: { label: string; value: number };
}) {
  const { t } = useTranslation('indicator');
  const format = useFormat();
  const shown = data.map((d) => ({ label: d.label, value: d.value ?? 0, hidden: d.value === null }));
  return (
    <figure className="indicator-chart">
      <figcaption className="indicator-chart__title">{title}</figcaption>
      <div className="indicator-chart__body">
        <div className="indicator-chart__picture" aria-hidden="true">
          <ResponsiveContainer width="100%" height={Math.max(160, data.length * 44)}>
            <BarChart
              data={shown}
              layout="vertical"
              margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
              // The picture is hidden from assistive technology (the table says it all): nothing in it takes focus.
              accessibilityLayer={false}
            >
              <CartesianGrid horizontal={false} stroke="var(--color-border)" />
              <XAxis type="number" allowDecimals={false} tick={{ fill: 'var(--color-text-muted)' }} />
              <YAxis type="category" dataKey="label" width={150} tick={{ fill: 'var(--color-text)' }} />
              <Tooltip formatter={(value) => [format.number(Number(value)), unit]} />
              <Bar dataKey="value" fill="var(--color-brand)" radius={[0, 4, 4, 0]} isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
        <table className="ws-table indicator-chart__table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.group')}</th>
              <th scope="col" className="ws-table__number">
                {unit}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.label}>
                <th scope="row">{d.label}</th>
                <td className="ws-table__number">
                  {d.value === null ? <span className="indicator-hidden">{d.hidden}</span> : format.number(d.value)}
                </td>
              </tr>
            ))}
          </tbody>
          {total && (
            <tfoot>
              <tr>
                <th scope="row">{total.label}</th>
                <td className="ws-table__number">{format.number(total.value)}</td>
              </tr>
            </tfoot>
          )}
        </table>
      </div>
    </figure>
  );
}

export interface ChangeDatum {
  label: string;
  n: number | null;
  mean: number | null;
  low: number | null;
  high: number | null;
  hidden?: string;
}

const decimals = (value: number) => (Math.round(value * 100) / 100).toFixed(2);

// Mean change with its 95% interval per row (a group or a competence), and the table of n, mean and interval.
export function ChangeChart({ title, data }: { title: string; data: ChangeDatum[] }) {
  const { t } = useTranslation('indicator');
  const format = useFormat();
  const shown = data.map((d) => ({
    label: d.label,
    mean: d.mean ?? 0,
    error: d.mean !== null && d.low !== null && d.high !== null ? [d.mean - d.low, d.high - d.mean] : [0, 0],
  }));
  return (
    <figure className="indicator-chart">
      <figcaption className="indicator-chart__title">{title}</figcaption>
      <div className="indicator-chart__body">
        <div className="indicator-chart__picture" aria-hidden="true">
          <ResponsiveContainer width="100%" height={Math.max(160, data.length * 44)}>
            <BarChart
              data={shown}
              layout="vertical"
              margin={{ top: 4, right: 16, bottom: 4, left: 8 }}
              // The picture is hidden from assistive technology (the table says it all): nothing in it takes focus.
              accessibilityLayer={false}
            >
              <CartesianGrid horizontal={false} stroke="var(--color-border)" />
              <XAxis type="number" domain={[-2, 2]} tick={{ fill: 'var(--color-text-muted)' }} />
              <YAxis type="category" dataKey="label" width={150} tick={{ fill: 'var(--color-text)' }} />
              <ReferenceLine x={0} stroke="var(--color-text-muted)" />
              <Bar dataKey="mean" fill="var(--color-brand)" isAnimationActive={false}>
                <ErrorBar dataKey="error" width={6} stroke="var(--color-text)" direction="x" />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
        <table className="ws-table indicator-chart__table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.group')}</th>
              <th scope="col" className="ws-table__number">
                {t('competence.n')}
              </th>
              <th scope="col" className="ws-table__number">
                {t('competence.mean')}
              </th>
              <th scope="col">{t('competence.ci')}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.label}>
                <th scope="row">{d.label}</th>
                <td className="ws-table__number">{d.n === null ? '' : format.number(d.n)}</td>
                {d.mean === null ? (
                  <td colSpan={2}>
                    <span className="indicator-hidden">{d.hidden}</span>
                  </td>
                ) : (
                  <>
                    <td className="ws-table__number">
                      <bdi>{decimals(d.mean)}</bdi>
                    </td>
                    <td>
                      <bdi>
                        {d.low !== null && d.high !== null
                          ? t('competence.interval', { low: decimals(d.low), high: decimals(d.high) })
                          : t('competence.noInterval')}
                      </bdi>
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
