import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import { z } from 'zod';

export const ACTION_YML = fileURLToPath(new URL('../../action.yml', import.meta.url));

/*
 * The action metadata schema (docs.github.com "Metadata syntax for GitHub Actions"), narrowed to
 * a JavaScript action. It follows SchemaStore's github-action.json, which @action-validator/core
 * embeds; that package is not used because its copy (0.6.0, the latest) only knows node12,
 * node16 and node20, so it rejects the `node24` this action declares.
 */
const ID = /^[_a-zA-Z][a-zA-Z0-9_-]*$/;

const inputSchema = z.strictObject({
  description: z.string().min(1),
  required: z.boolean().optional(),
  // A string: an unquoted `true` or `10` would be a YAML boolean or number here.
  default: z.string().optional(),
  deprecationMessage: z.string().min(1).optional(),
});

const outputSchema = z.strictObject({ description: z.string().min(1) });

const actionSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().min(1),
  author: z.string().optional(),
  branding: z
    .strictObject({
      icon: z.string().min(1).optional(),
      color: z.enum(['white', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']).optional(),
    })
    .optional(),
  inputs: z.record(z.string().regex(ID), inputSchema).optional(),
  outputs: z.record(z.string().regex(ID), outputSchema).optional(),
  runs: z.strictObject({
    using: z.enum(['node20', 'node24']),
    main: z.string().min(1),
    pre: z.string().optional(),
    'pre-if': z.string().optional(),
    post: z.string().optional(),
    'post-if': z.string().optional(),
  }),
});

export type ActionMetadata = z.infer<typeof actionSchema>;
export type ActionInput = z.infer<typeof inputSchema>;

/**
 * Parses action.yml strictly (duplicate keys, any YAML error or warning) and checks it against
 * the metadata schema. Throws with every problem found, each with its line where YAML knows it.
 */
export function parseActionMetadata(text: string): ActionMetadata {
  const doc = parseDocument(text, { uniqueKeys: true, strict: true, prettyErrors: true });
  const problems = [...doc.errors, ...doc.warnings].map((e) => e.message);
  if (problems.length) throw new Error(`action.yml is not valid YAML:\n${problems.join('\n')}`);
  const result = actionSchema.safeParse(doc.toJS());
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`);
    throw new Error(`action.yml does not match the action metadata schema:\n${issues.join('\n')}`);
  }
  return result.data;
}

export function readActionMetadata(file = ACTION_YML): ActionMetadata {
  return parseActionMetadata(fs.readFileSync(file, 'utf8'));
}

/** The variable the runner sets for an input: `INPUT_` + the name upper-cased, spaces to `_`, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * The `INPUT_*` variables the runner gives a JavaScript action for one step: the step's `with:`
 * values, and for every other input that has a default, its default. Expressions in defaults are
 * evaluated; only `${{ github.token }}` is known here, and any other one throws rather than being
 * passed on as literal text. An input the action does not declare throws too (the runner only
 * warns, but here it is a typo in a test).
 */
export function runnerInputEnv(
  metadata: ActionMetadata,
  withInputs: Record<string, string>,
  context: { githubToken?: string } = {},
): Record<string, string> {
  const declared = metadata.inputs ?? {};
  const unknown = Object.keys(withInputs).filter((name) => !Object.hasOwn(declared, name));
  if (unknown.length) throw new Error(`unexpected input(s) ${unknown.join(', ')}; action.yml declares ${Object.keys(declared).join(', ')}`);
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(declared)) {
    if (input.default !== undefined) env[inputVariable(name)] = evaluateDefault(input.default, context);
  }
  for (const [name, value] of Object.entries(withInputs)) env[inputVariable(name)] = value;
  return env;
}

function evaluateDefault(value: string, context: { githubToken?: string }): string {
  return value.replace(/\$\{\{(.*?)\}\}/gs, (whole, expression: string) => {
    if (expression.trim() === 'github.token') return context.githubToken ?? '';
    throw new Error(`cannot evaluate ${whole} in an action.yml default; the test runner knows only \${{ github.token }}`);
  });
}
