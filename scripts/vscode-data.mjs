#!/usr/bin/env node
// Writes dist/vscode.html-custom-data.json from dist/custom-elements.json (run after `npm run build`):
// VS Code's HTML custom data, so editors complete and describe <pe-*> tags and their attributes.
// Use it with `"html.customData": ["./node_modules/pe-widgets/dist/vscode.html-custom-data.json"]`
// in .vscode/settings.json. `node scripts/vscode-data.mjs [manifest] [output]`.
import { readFileSync, writeFileSync } from 'node:fs';
import { datasetSuggestions } from '../demo/suggestions.js';
import { elementsOf } from './check-docs.mjs';

const [input = 'dist/custom-elements.json', output = 'dist/vscode.html-custom-data.json'] = process.argv.slice(2);
const manifest = JSON.parse(readFileSync(input, 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
// The embedded dataset's ids (figures, breakdowns, events, regions) as values editors can offer.
const dataset = JSON.parse(readFileSync('data/dataset.json', 'utf8'));

/** `'a' | 'b'` → ['a', 'b']; undefined for other types. */
function literals(type) {
  const parts = (type ?? '').split('|').map((p) => p.trim()).filter((p) => p && p !== 'undefined');
  return parts.length && parts.every((p) => /^'[^']*'$|^"[^"]*"$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : undefined;
}

const home = pkg.homepage || (typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url) || '';
const markdown = (value) => ({ kind: 'markdown', value });

const tags = elementsOf(manifest)
  .sort((a, b) => a.tag.localeCompare(b.tag))
  .map(({ tag, declaration: d }) => {
    const events = (d.events ?? []).filter((e) => e.name);
    const doc = [
      d.summary,
      d.description,
      events.length ? `**Events**\n${events.map((e) => `- \`${e.name}\`${e.description ? `: ${e.description}` : ''}`).join('\n')}` : '',
      d.cssParts?.length ? `**Parts:** ${d.cssParts.map((p) => `\`${p.name}\``).join(', ')}` : '',
    ]
      .filter(Boolean)
      .join('\n\n');
    return {
      name: tag,
      description: markdown(doc),
      attributes: (d.attributes ?? []).map((a) => {
        const type = a.type?.text;
        const suggested = datasetSuggestions(dataset, tag, a.name, 'en');
        const values = literals(type)?.map((name) => ({ name })) ?? (suggested.length ? suggested.map(([name, label]) => ({ name, ...(label ? { description: label } : {}) })) : undefined);
        const def = a.default && a.default !== "''" ? ` Default: \`${a.default.replace(/^'(.*)'$/, '$1')}\`.` : '';
        return {
          name: a.name,
          description: markdown(`${a.description ?? ''}${def}`.trim()),
          ...(values ? { values } : type === 'boolean' ? { valueSet: 'v' } : {}),
        };
      }),
      ...(home ? { references: [{ name: `${pkg.name} documentation`, url: home }] } : {}),
    };
  });

if (!tags.length) {
  console.error(`vscode-data: no custom elements with a tagName in ${input} (is scripts/cem-plugins.mjs in custom-elements-manifest.config.mjs?)`);
  process.exit(1);
}
writeFileSync(output, `${JSON.stringify({ $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json', version: 1.1, tags }, null, 2)}\n`);
console.log(`vscode-data: ${tags.length} tags → ${output}`);
