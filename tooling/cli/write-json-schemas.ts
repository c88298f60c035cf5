// Writes the JSON Schema files authors point their editors at (questionnaires/schema/).
// The zod schemas in src/engine are the source; a unit test checks these files are current.
import { writeFileSync } from 'node:fs';
import { jsonSchemas } from '../../src/engine/json-schemas.ts';

for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(`questionnaires/schema/${name}.schema.json`, JSON.stringify(schema, null, 2) + '\n');
  console.log(`questionnaires/schema/${name}.schema.json`);
}
