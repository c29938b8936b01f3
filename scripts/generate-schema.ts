/**
 * `npm run schema`: writes zendesk-guide.schema.json from the zod schema that validates
 * zendesk-guide.yml, so editors and the tool agree. A unit test fails when the committed file
 * is stale.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { configJsonSchema } from '../src/config/file.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA_FILE = path.join(root, 'zendesk-guide.schema.json');

writeFileSync(SCHEMA_FILE, JSON.stringify(configJsonSchema(), null, 2) + '\n');
console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
