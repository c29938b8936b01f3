import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import { isInside } from '../shared/paths.js';
import { checkLocalFile, hiddenPathProblem, localFilePolicy, type LocalFilePolicy } from '../shared/local-file.js';

/**
 * `<!-- include: path/to/fragment.md -->` alone on its line (outside code fences) is replaced by
 * that file's Markdown before rendering. The path is relative to the file that holds the line.
 */
const INCLUDE = /^ {0,3}<!--\s*include:\s*(.*?)\s*-->[ \t]*\r?$/;
const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;

/** Where a run of lines of the expanded Markdown comes from. */
export interface Segment {
  /** 1-based line of the expanded body where the run starts. */
  start: number;
  /** Repo-relative, forward slashes. */
  file: string;
  absPath: string;
  /** 1-based line of `file` the run starts at. */
  line: number;
}

/** What a file with includes was made of: needed to point problems and references at the right file. */
export interface Included {
  segments: Segment[];
  /** Repo-relative paths of the fragments, in order of first use. */
  fragments: string[];
}

type Loaded = { text: string; file: string; absPath: string } | { error: string; refused?: true };

/**
 * Reads fragments for one run, each once: every article that includes `_snippets/contact.md`
 * gets the same text, and a run's fingerprints are computed from what it will render.
 */
export class FragmentReader {
  private readonly cache = new Map<string, Loaded>();
  private realDocs: string | undefined;
  private realRepo: string | undefined;
  private readonly policy: LocalFilePolicy;

  constructor(
    private readonly docsRoot: string,
    private readonly repoRoot: string,
    allowDotPaths: readonly string[] = [],
  ) {
    this.policy = localFilePolicy({ repoRoot, docsRoot, allowDotPaths });
  }

  /** The fragment `written` names, from the file at `fromAbs`; `locale` prefers `name.<locale>.md` beside it. */
  resolve(written: string, fromAbs: string, locale: string | undefined): Loaded {
    if (!/\.md$/i.test(written)) return { error: `"${written}" is not a Markdown file (.md)` };
    if (path.isAbsolute(written) || written.startsWith('/') || written.startsWith('\\')) {
      return { error: `absolute path "${written}" is not allowed; use a path relative to this file` };
    }
    const abs = path.resolve(path.dirname(fromAbs), written);
    const rel = path.relative(this.docsRoot, abs);
    if (rel.startsWith('..') || path.isAbsolute(rel)) return { error: `"${written}" is outside the docs folder; refusing to read it` };
    // The shared rule for every file the docs name: no .git/, no dot-folder or dotfile unless allowed.
    if (hiddenPathProblem(this.policy, abs)) return this.refused(written, abs);
    if (locale) {
      const localized = abs.replace(/\.md$/i, `.${locale}.md`);
      const found = this.load(localized);
      if (!('error' in found)) return found;
    }
    return this.load(abs);
  }

  private load(abs: string): Loaded {
    let entry = this.cache.get(abs);
    if (!entry) {
      entry = this.read(abs);
      this.cache.set(abs, entry);
    }
    return entry;
  }

  private refused(written: string, abs: string): Loaded {
    this.realRepo ??= realpathSync.native(this.repoRoot);
    const checked = checkLocalFile(this.policy, this.realRepo, abs);
    return 'problem' in checked
      ? { error: checked.problem.replace('%s', written), refused: true }
      : { error: `"${written}" cannot be read` };
  }

  private read(abs: string): Loaded {
    const shown = path.relative(this.repoRoot, abs).split(path.sep).join('/');
    let real: string;
    try {
      this.realRepo ??= realpathSync.native(this.repoRoot);
      const checked = checkLocalFile(this.policy, this.realRepo, abs);
      if ('missing' in checked) return { error: `fragment "${shown}" does not exist` };
      if ('problem' in checked) return { error: checked.problem.replace('%s', shown), refused: true };
      real = checked.real;
      this.realDocs ??= realpathSync.native(this.docsRoot);
    } catch {
      return { error: `fragment "${shown}" does not exist` };
    }
    if (!isInside(this.realDocs, real)) {
      return { error: `fragment "${shown}" is a link to a file outside the docs folder; refusing to read it` };
    }
    let text: string;
    try {
      text = readFileSync(real, 'utf8');
    } catch {
      return { error: `fragment "${shown}" cannot be read` };
    }
    if (text.includes('\u0000')) return { error: `fragment "${shown}" is not a text file` };
    const file = path.relative(this.repoRoot, abs).split(path.sep).join('/');
    return { text: text.startsWith('\uFEFF') ? text.slice(1) : text, file, absPath: abs };
  }
}

interface Source {
  file: string;
  absPath: string;
}

/** Cheap test before any work: most files include nothing. */
export function hasIncludes(markdown: string): boolean {
  return markdown.includes('<!--') && /^ {0,3}<!--\s*include:/m.test(markdown);
}

/**
 * The body with its includes replaced, recursively, and where each line came from. A missing
 * fragment, a cycle or a path that leaves the docs folder is an error at the include's line (in
 * the file that holds it); the line is then left out, so the rest is still checked.
 */
export function expandIncludes(
  body: string,
  doc: Source & { bodyLine: number },
  locale: string | undefined,
  reader: FragmentReader,
): { markdown: string; included: Included; diagnostics: Diagnostic[] } {
  const out: string[] = [];
  const segments: Segment[] = [];
  const fragments: string[] = [];
  const diagnostics: Diagnostic[] = [];

  const emit = (line: string, from: Source, at: number) => {
    const last = segments[segments.length - 1];
    const next = out.length + 1;
    if (!last || last.absPath !== from.absPath || last.line + (next - last.start) !== at) {
      segments.push({ start: next, file: from.file, absPath: from.absPath, line: at });
    }
    out.push(line);
  };

  const walk = (text: string, from: Source, firstLine: number, chain: Source[]) => {
    const lines = text.split('\n');
    // A fragment's last newline ends its last line; it does not add an empty one.
    if (chain.length > 1 && lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
    let fence: string | undefined;
    lines.forEach((line, i) => {
      const at = firstLine + i;
      const open = FENCE_OPEN.exec(line);
      if (fence) {
        if (open && open[1]![0] === fence[0] && open[1]!.length >= fence.length && line.trim() === open[1]) fence = undefined;
        emit(line, from, at);
        return;
      }
      if (open) {
        fence = open[1];
        emit(line, from, at);
        return;
      }
      const m = INCLUDE.exec(line);
      if (!m) return emit(line, from, at);
      const where = { severity: 'error' as const, file: from.file, line: at, column: line.indexOf('<!--') + 1 };
      const found = reader.resolve(m[1]!, from.absPath, locale);
      if ('error' in found)
        return void diagnostics.push({
          ...where,
          message: `cannot include: ${found.error}`,
          ...(found.refused ? { code: 'local-path-refused' as const } : {}),
        });
      if (chain.some((c) => c.absPath === found.absPath)) {
        const names = [...chain, found].map((c) => c.file).join(' → ');
        return void diagnostics.push({ ...where, message: `include cycle: ${names}`, hint: 'a fragment cannot include itself' });
      }
      if (!fragments.includes(found.file)) fragments.push(found.file);
      walk(found.text, found, 1, [...chain, found]);
    });
  };

  walk(body, doc, doc.bodyLine, [doc]);
  return { markdown: out.join('\n'), included: { segments, fragments }, diagnostics };
}

/** The file and line a line of a (possibly expanded) body comes from; `line` counts as the renderer does (file lines). */
export function originOf(
  doc: Source & { bodyLine: number; included?: Included },
  line: number,
): { file: string; absPath: string; line: number } {
  const segments = doc.included?.segments;
  if (!segments) return { file: doc.file, absPath: doc.absPath, line };
  const expanded = line - doc.bodyLine + 1;
  let found = segments[0]!;
  for (const s of segments) {
    if (s.start > expanded) break;
    found = s;
  }
  return { file: found.file, absPath: found.absPath, line: found.line + (expanded - found.start) };
}
