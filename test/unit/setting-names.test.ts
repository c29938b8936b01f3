import { describe, expectTypeOf, it } from 'vitest';
import type { NamedSetting, SettingNames } from '../../src/config/names.js';
import type { RawSettings } from '../../src/config/settings.js';

// config/names.ts lists the named settings itself (importing RawSettings made a circle with
// config/settings.ts); this keeps the list and the raw settings in step. It fails in
// `tsc --noEmit` (npm test runs it first) when a setting is added to one and not the other.
describe('setting names', () => {
  it('name every raw setting but archiveRemoved, and the repository', () => {
    expectTypeOf<NamedSetting>().toEqualTypeOf<Exclude<keyof RawSettings, 'archiveRemoved'> | 'repo'>();
    expectTypeOf<keyof SettingNames>().toEqualTypeOf<NamedSetting>();
  });
});
