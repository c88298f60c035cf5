import * as z from 'zod/mini';
import { Questionnaire, RecommendationCatalogue, SourceList } from './questionnaire-schema';

/** JSON Schemas of the three content files, generated from the zod schemas (input side). */
export function jsonSchemas(): Record<'questionnaire' | 'recommendations' | 'sources', unknown> {
  const opts = { io: 'input', unrepresentable: 'any' } as const;
  return {
    questionnaire: z.toJSONSchema(Questionnaire, opts),
    recommendations: z.toJSONSchema(RecommendationCatalogue, opts),
    sources: z.toJSONSchema(SourceList, opts),
  };
}
