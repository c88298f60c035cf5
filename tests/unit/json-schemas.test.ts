import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/engine/json-schemas';

describe('questionnaires/schema', () => {
  it.each(Object.entries(jsonSchemas()))(
    '%s.schema.json is generated from the current zod schema',
    (name, schema) => {
      const file = JSON.parse(readFileSync(`questionnaires/schema/${name}.schema.json`, 'utf8')) as unknown;
      expect(file, 'run `npm run schemas`').toEqual(schema);
    },
  );
});
