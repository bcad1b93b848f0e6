import { ArrayMaxSize, IsDateString, IsInt, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CreateInput, MutationInput } from '../../core/mutation.js';
import { PartnerRole, Project, ProjectPartner } from './project.entity.js';

@InputType()
export class CreateProjectInput extends CreateInput {
  @Field(() => ID, { description: 'The promoting municipality or partnership.' })
  promoterId!: string;

  @Field(() => String)
  @Length(3, 200, { message: 'title must be between 3 and 200 characters' })
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(500, { each: true })
  goals?: string[] | null;

  @Field(() => Int, { description: 'The grant in whole euros (100,000 to 250,000).' })
  @IsInt()
  grantEuros!: number;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @IsDateString({ strict: true }, { message: 'startsOn must be a date (YYYY-MM-DD)' })
  startsOn!: string;

  @Field(() => String, { description: 'YYYY-MM-DD' })
  @IsDateString({ strict: true }, { message: 'endsOn must be a date (YYYY-MM-DD)' })
  endsOn!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'k for the figures of this project: at least 5 (the default), at most 100.',
  })
  @IsOptional()
  @IsInt({ message: 'smallGroupThreshold must be a whole number' })
  smallGroupThreshold?: number | null;
}

@InputType()
export class UpdateProjectInput extends MutationInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(3, 200, { message: 'title must be between 3 and 200 characters' })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  description?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @MaxLength(500, { each: true })
  goals?: string[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  grantEuros?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'startsOn must be a date (YYYY-MM-DD)' })
  startsOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'endsOn must be a date (YYYY-MM-DD)' })
  endsOn?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'A higher k for the figures of this project, at most 100; it is never lowered.',
  })
  @IsOptional()
  @IsInt({ message: 'smallGroupThreshold must be a whole number' })
  smallGroupThreshold?: number | null;
}

@InputType()
export class AddProjectPartnerInput extends MutationInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => ID)
  organisationId!: string;

  @Field(() => PartnerRole)
  role!: PartnerRole;
}

@InputType()
export class RemoveProjectPartnerInput extends MutationInput {
  @Field(() => ID)
  projectPartnerId!: string;
}

@ObjectType()
export class ProjectPayload {
  @Field(() => ID, { nullable: true })
  clientMutationId!: string | null;

  @Field(() => Project)
  project!: Project;
}

@ObjectType()
export class ProjectPartnerPayload {
  @Field(() => ID, { nullable: true })
  clientMutationId!: string | null;

  @Field(() => ProjectPartner)
  partner!: ProjectPartner;
}

@ObjectType()
export class RemoveProjectPartnerPayload {
  @Field(() => ID, { nullable: true })
  clientMutationId!: string | null;

  @Field(() => Project, { description: 'The project, without the partner.' })
  project!: Project;
}
