/** The folder files that describe Guide's structure, by what they describe. */
export const STRUCTURE_FILE_NAMES = {
  section: ['_section.yml', '_section.yaml'],
  category: ['_category.yml', '_category.yaml'],
} as const;

export type StructureKind = keyof typeof STRUCTURE_FILE_NAMES;

export function structureKindOf(name: string): StructureKind | undefined {
  if ((STRUCTURE_FILE_NAMES.section as readonly string[]).includes(name)) return 'section';
  if ((STRUCTURE_FILE_NAMES.category as readonly string[]).includes(name)) return 'category';
  return undefined;
}
