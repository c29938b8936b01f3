import type { Simulator } from '../zendesk-sim/index.js';
import { png } from './docs-tree.js';

/** A tiny valid-looking PDF, different per seed. */
export function pdf(seed = 0): Buffer {
  return Buffer.from(`%PDF-1.4\n% manual ${seed}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
}

const SECTIONS = [360000200001, 360000200002, 360000200003, 360000200004, 360000200005];
const LOCALES = ['en-us', 'fr', 'de'] as const;

export interface SeededArticle {
  id: number;
  title: string;
  kind: string;
}

/**
 * A help center made by hand in Guide, as a team adopting the tool has one: no markers, no state
 * record; images and PDFs uploaded onto their articles; links between articles in both URL forms;
 * simple and merged-cell tables; code with languages; drafts, labels, promoted and positioned
 * articles; an embedded video and a callout; headings with ids that links point at.
 */
export function seedHandMadeHelpCenter(sim: Simulator, count = 54): SeededArticle[] {
  const { store } = sim;
  const kinds = ['media', 'links', 'table', 'merged', 'code', 'embed', 'prose'];
  const made: SeededArticle[] = [];
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length]!;
    const title = i === 7 ? 'Getting started' : i === 14 ? 'Getting started' : `${kind[0]!.toUpperCase()}${kind.slice(1)} article ${i}`;
    const translations = LOCALES.slice(1, i % 5 === 4 ? 2 : 3).map((locale) => ({
      locale,
      title: `${title} (${locale})`,
      body: '<p>placeholder</p>',
      draft: i % 9 === 3,
    }));
    const a = store.createArticleDirect({
      section_id: SECTIONS[i % SECTIONS.length]!,
      title,
      body: '<p>placeholder</p>',
      permission_group_id: i % 11 === 5 ? 360000300002 : 360000300001,
      user_segment_id: i % 13 === 6 ? 360000400001 : null,
      draft: i % 8 === 2,
      label_names: i % 3 === 0 ? ['setup', `group-${i % 4}`] : [],
      translations,
    }) as { id: number };
    const meta: Record<string, unknown> = {};
    if (i % 5 === 0) meta.promoted = true;
    if (i % 4 !== 0) meta.position = i % 4;
    if (i % 10 === 1) meta.comments_disabled = true;
    if (Object.keys(meta).length) store.updateArticleMetadata(a.id, meta);
    made.push({ id: a.id, title, kind });
  }
  const url = (id: number, locale: string) =>
    `${sim.url}/hc/${locale}/articles/${id}-${encodeURIComponent(made.find((m) => m.id === id)!.title.replace(/ /g, '-'))}`;
  for (const [i, a] of made.entries()) {
    const other = made[(i + 1) % made.length]!;
    const third = made[(i + 3) % made.length]!;
    let attachments: { image?: string; file?: string } = {};
    if (a.kind === 'media' || a.kind === 'prose') {
      const image = store.createAttachment(
        { file: { fileName: `screen ${i}.png`, contentType: 'image/png', data: png(i) }, inline: true },
        a.id,
      );
      const file = store.createAttachment(
        { file: { fileName: `manual-${i}.pdf`, contentType: 'application/pdf', data: pdf(i) }, inline: false },
        a.id,
      );
      attachments = {
        image: `${sim.url}/hc/article_attachments/${image.id}/${encodeURIComponent(image.file_name)}`,
        file: `/hc/article_attachments/${file.id}/${file.file_name}`,
      };
    }
    for (const locale of LOCALES) {
      if (!store.translationOf('article', a.id, locale)) continue;
      const body = bodyFor(
        a.kind,
        i,
        locale,
        { other: url(other.id, 'en-us'), otherRelative: `/hc/${locale}/articles/${third.id}#setup` },
        attachments,
      );
      store.editTranslationDirect(a.id, locale, { body });
    }
  }
  return made;
}

function bodyFor(
  kind: string,
  i: number,
  locale: string,
  links: { other: string; otherRelative: string },
  files: { image?: string; file?: string },
): string {
  const intro = `<p>Article ${i} in ${locale}: written by hand in <strong>Guide</strong>, with <em>emphasis</em> &amp; entities like &eacute;.</p>`;
  const setup = `<h2 id="setup">Set it up</h2><p>Step one, then <a href="#details">the details</a>.</p><h3 id="details">Details</h3>`;
  switch (kind) {
    case 'media':
      return `${intro}<p><img src="${files.image}" alt="The settings screen"></p><p>Download <a href="${files.file}">the manual</a>.</p>${setup}`;
    case 'links':
      return `${intro}<p>See <a href="${links.other}">the next article</a> and <a href="${links.otherRelative}">its setup</a>, or <a href="https://example.com/docs">an outside page</a>.</p>${setup}`;
    case 'table':
      return `${intro}<table><thead><tr><th>Plan</th><th>Price</th></tr></thead><tbody><tr><td>Team</td><td>$19</td></tr><tr><td>Growth</td><td>$49</td></tr></tbody></table>${setup}`;
    case 'merged':
      return `${intro}<table><tbody><tr><th colspan="2">Limits</th></tr><tr><td rowspan="2">API</td><td>700/min</td></tr><tr><td>10/min export</td></tr></tbody></table>${setup}`;
    case 'code':
      return `${intro}<pre><code class="language-python">def hello():\n    return "hi &lt;there&gt;"\n</code></pre><p>Or in shell:</p><pre><code class="language-bash">curl -s https://example.com | jq .</code></pre>${setup}`;
    case 'embed':
      return `${intro}<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" width="560" height="315" allowfullscreen></iframe><div class="callout callout--warning"><p><strong>Warning:</strong> back up first.</p></div>${setup}`;
    default:
      return `${intro}<ul><li>One <b>bold</b> item</li><li>Two, with <span style="color: #c00">red text</span></li></ul><ol start="3"><li>Third</li><li>Fourth</li></ol><blockquote><p>A quote.</p></blockquote><p><img src="${files.image}" alt="Screen" width="300"></p><p><a href="${files.file}">PDF</a></p>${setup}`;
  }
}
