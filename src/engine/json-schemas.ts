import * as z from 'zod/mini';
import { MigrationList } from './questionnaire-migration';
import { Questionnaire, RecommendationCatalogue, SourceList } from './questionnaire-schema';
import { ShortCheck } from './short-check';

/** JSON Schemas of the content files, generated from the zod schemas (input side). */
export function jsonSchemas(): Record<
  'questionnaire' | 'recommendations' | 'sources' | 'migrations' | 'short-check',
  unknown
> {
  const opts = { io: 'input', unrepresentable: 'any' } as const;
  return {
    questionnaire: z.toJSONSchema(Questionnaire, opts),
    recommendations: z.toJSONSchema(RecommendationCatalogue, opts),
    sources: z.toJSONSchema(SourceList, opts),
    migrations: z.toJSONSchema(MigrationList, opts),
    'short-check': z.toJSONSchema(ShortCheck, opts),
  };
}
