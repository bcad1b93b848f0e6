import { type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { newId } from '../../core/uuid.js';
import { Project } from '../project/project.entity.js';

// One step of a project's figures: which closed sessions it covers. Its figures are the disclosure release
// `project-step:<project>:<number>` (indicator.release.ts says when a step is taken).
@Entity()
@Unique({ properties: ['project', 'number'] })
@Index({ properties: ['project', 'takenAt'] })
export class IndicatorStep {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @ManyToOne(() => Project, { ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  // 1, 2, 3, … per project.
  @Property({ type: 'integer' })
  number!: number;

  @Property({ type: 'datetime' })
  takenAt: Date & Opt = new Date();

  // The closed sessions whose people and contributions the step counts.
  @Property({ type: 'text[]' })
  sessionIds!: string[];

  // True for the step taken once no session of the project is left to hold.
  @Property({ type: 'boolean' })
  final: boolean & Opt = false;
}
