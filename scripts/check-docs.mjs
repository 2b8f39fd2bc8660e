#!/usr/bin/env node
// Fails when a widget's public API is undocumented in dist/custom-elements.json (the manifest
// `npm run build` writes from the components' JSDoc): every attribute, public property, event,
// CSS part and custom property needs a description, and the element a summary or description.
// Also checks every tag in src/entries/pe-*.ts is in the manifest and attribute names are
// lower-case. `node scripts/check-docs.mjs [path/to/custom-elements.json]`.
// The rules are exported (no Node APIs at the top level) so test/docs.test.ts runs the same ones.

const has = (s) => typeof s === 'string' && s.trim().length > 0;

/** The custom elements a manifest declares: [{ tag, module, declaration }]. */
export function elementsOf(manifest) {
  const out = [];
  for (const mod of manifest?.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (d.customElement && d.tagName) out.push({ tag: d.tagName, module: mod.path, declaration: d });
    }
  }
  return out;
}

/** Problems with a manifest's documentation, one readable line each; empty when all is documented. */
export function undocumented(manifest, expectedTags = []) {
  const problems = [];
  const elements = elementsOf(manifest);
  if (!elements.length) problems.push('no custom elements in the manifest');
  for (const tag of expectedTags) {
    if (!elements.some((e) => e.tag === tag)) problems.push(`<${tag}>: missing from the manifest (is its class JSDoc'd and its tagName static?)`);
  }
  for (const { tag, declaration: d } of elements) {
    const where = (kind, name) => `<${tag}> ${kind} ${name}`;
    if (!has(d.summary) && !has(d.description)) problems.push(`<${tag}>: no @summary or description on the class`);
    for (const a of d.attributes ?? []) {
      if (!has(a.description)) problems.push(`${where('attribute', a.name)}: no description (JSDoc on the @property, or @attr on the class)`);
      if (a.name !== a.name.toLowerCase()) problems.push(`${where('attribute', a.name)}: attribute names are lower-case (kebab-case)`);
    }
    for (const m of d.members ?? []) {
      if (m.kind !== 'field' || m.static || m.privacy || (d.attributes ?? []).some((a) => (a.fieldName ?? a.name) === m.name)) continue;
      if (!has(m.description)) problems.push(`${where('property', m.name)}: no description`);
    }
    for (const e of d.events ?? []) {
      if (!has(e.name)) problems.push(`<${tag}> event without a name: ${JSON.stringify(e)}`);
      else if (!has(e.description)) problems.push(`${where('event', e.name)}: no description (@fires name - description)`);
    }
    for (const p of d.cssParts ?? []) if (!has(p.description)) problems.push(`${where('CSS part', p.name)}: no description (@csspart name - description)`);
    for (const p of d.cssProperties ?? []) if (!has(p.description)) problems.push(`${where('CSS property', p.name)}: no description (@cssprop name - description)`);
  }
  return problems;
}

async function main() {
  const { readFileSync, readdirSync } = await import('node:fs');
  const file = process.argv[2] ?? 'dist/custom-elements.json';
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`check-docs: cannot read ${file} (run \`npm run build\` first): ${e.message}`);
    process.exit(1);
  }
  const expected = readdirSync('src/entries')
    .filter((f) => /^pe-.*\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''));
  const problems = undocumented(manifest, expected);
  const count = elementsOf(manifest).length;
  if (problems.length) {
    console.error(`check-docs: ${problems.length} undocumented item(s) in ${file}:\n${problems.map((p) => `  ✗ ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`check-docs: ${count} elements, every attribute, property, event, part and custom property documented`);
}

if (typeof process !== 'undefined' && process.argv?.[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href) {
  await main();
}
