import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What a research export of a project holds, and where its files are.' })
export class ResearchExport {
  @Field(() => ID, { description: 'The project.' })
  projectId!: string;

  @Field(() => Int, { description: 'Participants in it: those whose consent to research stands and who answered.' })
  participants!: number;

  @Field(() => Int, { description: 'Rows: one per participant and wave (and per evaluated session).' })
  rows!: number;

  @Field(() => [String], { description: 'The variables, in the order of the columns.' })
  variables!: string[];

  @Field(() => Int, {
    description: 'Age bands left empty so that every combination of background and age band is shared by at least k.',
  })
  blankedAgeBands!: number;

  @Field(() => Int, { description: 'Backgrounds left empty for the same reason.' })
  blankedBackgrounds!: number;

  @Field(() => String, { description: 'Path of the CSV file (streamed; `x-export-rows` gives the number of rows).' })
  csvPath!: string;

  @Field(() => String, { description: 'Path of the JSON file.' })
  jsonPath!: string;

  @Field(() => String, { description: 'Path of the codebook (JSON): every variable, its values, the item texts.' })
  codebookPath!: string;

  @Field(() => String, { description: 'Path of the README: how the file was made and what was left out.' })
  readmePath!: string;
}
