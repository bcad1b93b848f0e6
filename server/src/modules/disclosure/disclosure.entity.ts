import { type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { newId } from '../../core/uuid.js';

// A cell as it was released: its figure, or null when it was hidden.
export interface StoredCell {
  group: string;
  value: number | null;
}

export interface StoredTable {
  total: number;
  cells: StoredCell[];
}

// A statistic's cell as it was released (disclosure.statistics.ts): how many people, and the mean and standard
// deviation of their values, each null when hidden.
export interface StoredSummary {
  group: string;
  n: number | null;
  mean: number | null;
  sd: number | null;
}

// Figures about groups of people as they left the server, once and for all. Never recomputed: a
// later change of the data (an erasure, a changed background) changes no released figure.
@Entity()
export class DisclosureRelease {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  // What the figures are about, e.g. "session:<id>"; released once per scope.
  @Property({ type: 'string', length: 200 })
  @Unique()
  scope!: string;

  // The projects whose participants are behind the figures: the audit of a new release reads theirs.
  @Property({ type: 'text[]' })
  @Index({ type: 'gin' })
  projectIds!: string[];

  // k at the time of release.
  @Property({ type: 'integer' })
  threshold!: number;

  @Property({ type: 'json' })
  tables!: Record<string, StoredTable>;

  // Means of people's values (answers), by group and for all: shown only as the statistics rule allows.
  @Property({ type: 'json', default: '{}' })
  statistics: Record<string, StoredSummary[]> & Opt = {};
}

// Who was behind a released table with a shown cell, and how much of it was theirs: what later releases
// are audited against. Never shown; it holds what attendance and authorship already hold, plus the
// group each person was counted in (a background may change later).
@Entity()
@Index({ properties: ['participantId'] })
@Index({ properties: ['release'] })
export class DisclosureReleaseMember {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => DisclosureRelease, { ref: true, deleteRule: 'cascade' })
  release!: Ref<DisclosureRelease>;

  @Property({ type: 'string', length: 60 })
  tableName!: string;

  @Property({ type: 'uuid' })
  participantId!: string;

  @Property({ type: 'string', length: 60 })
  groupName!: string;

  @Property({ type: 'integer' })
  weight!: number;
}
