import { type Opt, type Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, OneToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { newId } from '../../core/uuid.js';
import { Participant } from '../participant/participant.entity.js';
import { Project } from '../project/project.entity.js';

// The id a participant has in their project's research export: random (not their database id, nothing derived from
// it), made the first time they are exported and kept, so that exports of one project can be put together. A person
// in two projects is two participants with two unrelated ids: exports of two projects cannot be linked.
@Entity()
@Unique({ properties: ['project', 'code'] })
export class ResearchId {
  @PrimaryKey({ type: 'uuid' })
  id: string = newId();

  @OneToOne(() => Participant, { ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  participant!: Ref<Participant>;

  @ManyToOne(() => Project, { ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @Property({ type: 'string', length: 12 })
  code!: string;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}
