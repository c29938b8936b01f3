/**
 * The values `init` writes where it could not read the help center: names no help center has,
 * which `validate` accepts (it knows no names) and `plan` recognises, to say what to put there.
 */
export const PLACEHOLDERS = {
  section: '<a section of your help center>',
  permission_group: '<a permission group of your help center>',
} as const;

/** Whether a name is one of init's placeholders, or written like one (`<...>`). */
export const isPlaceholder = (name: string): boolean => /^<[^<>]*>$/.test(name.trim());
