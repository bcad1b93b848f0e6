import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { CreateInput, MutationInput } from '../../core/mutation.js';
import { Organisation, OrganisationKind } from './organisation.entity.js';

@InputType()
export class CreateOrganisationInput extends CreateInput {
  @Field(() => String)
  @Length(2, 200, { message: 'name must be between 2 and 200 characters' })
  name!: string;

  @Field(() => OrganisationKind)
  kind!: OrganisationKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  locality?: string | null;
}

@InputType()
export class UpdateOrganisationInput extends MutationInput {
  @Field(() => ID)
  organisationId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 200, { message: 'name must be between 2 and 200 characters' })
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  locality?: string | null;
}

@ObjectType()
export class OrganisationPayload {
  @Field(() => ID, { nullable: true })
  clientMutationId!: string | null;

  @Field(() => Organisation)
  organisation!: Organisation;
}
