// Custom Elements Manifest analyzer plugins for pe-widgets (add to custom-elements-manifest.config.mjs:
// `plugins: [staticTagName(), literalTypes()]`).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

// staticTagName: our widgets register through `PeX.define()` with
// `static override tagName = 'pe-x'`, which the analyzer cannot see (it looks for
// customElements.define() calls or a @tag JSDoc). This reads the static field and marks the class
// as a custom element with that tag, plus the custom-element-definition export tools look for.
export function staticTagName() {
  return {
    name: 'pe-static-tagname',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const field = node.members.find(
        (m) =>
          ts.isPropertyDeclaration(m) &&
          m.name?.getText() === 'tagName' &&
          m.modifiers?.some((mod) => mod.kind === ts.SyntaxKind.StaticKeyword) &&
          m.initializer &&
          ts.isStringLiteralLike(m.initializer),
      );
      const tag = field?.initializer.text;
      if (!tag || !tag.includes('-')) return;
      const className = node.name.getText();
      const declaration = moduleDoc.declarations?.find((d) => d.kind === 'class' && d.name === className);
      if (!declaration) return;
      declaration.tagName = tag;
      declaration.customElement = true;
      moduleDoc.exports ??= [];
      if (!moduleDoc.exports.some((e) => e.kind === 'custom-element-definition' && e.name === tag)) {
        moduleDoc.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: moduleDoc.path } });
      }
    },
  };
}

/**
 * Replaces a named type of an attribute or property by the string-literal union it stands for
 * (`variant: StatCardVariant` → `'default' | 'compact' | 'inline'`), following the type alias in
 * the same file or through its imports, so Storybook's controls, the docs tables and editors
 * can list the allowed values; and a default that names a constant (`DEFAULT_TIMEOUT`) by its
 * literal value (`15000`, typed `number` when no type was written). Other types are left as written.
 * Use: `plugins: [staticTagName(), literalTypes()]`.
 */
export function literalTypes() {
  let ts;
  return {
    name: 'pe-literal-types',
    analyzePhase(context) {
      ts ??= context.ts; // the analyzer's TypeScript, used below to parse the files types come from
    },
    packageLinkPhase({ customElementsManifest }) {
      if (!ts) return;
      const parsed = new Map();
      const parse = (file) => {
        if (!parsed.has(file)) parsed.set(file, existsSync(file) ? ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true) : null);
        return parsed.get(file);
      };
      const quote = (s) => `'${s}'`;
      /** The literal union a type name stands for in a file, or undefined. */
      const resolve = (file, name, depth = 0) => {
        const sf = depth < 5 ? parse(file) : null;
        if (!sf) return undefined;
        const consts = new Map();
        for (const st of sf.statements) {
          if (ts.isVariableStatement(st)) {
            for (const d of st.declarationList.declarations) {
              let init = d.initializer;
              if (init && ts.isAsExpression(init)) init = init.expression;
              if (ts.isIdentifier(d.name) && init && ts.isArrayLiteralExpression(init) && init.elements.every(ts.isStringLiteralLike)) {
                consts.set(d.name.text, init.elements.map((e) => quote(e.text)));
              }
            }
          }
        }
        for (const st of sf.statements) {
          if (ts.isTypeAliasDeclaration(st) && st.name.text === name) {
            const t = st.type;
            const members = ts.isUnionTypeNode(t) ? t.types : [t];
            if (members.every((m) => ts.isLiteralTypeNode(m) && ts.isStringLiteralLike(m.literal))) return members.map((m) => quote(m.literal.text)).join(' | ');
            // (typeof LIST)[number] with `const LIST = ['a', 'b'] as const`
            let inner = t;
            while (ts.isParenthesizedTypeNode(inner)) inner = inner.type;
            if (ts.isIndexedAccessTypeNode(inner)) {
              let obj = inner.objectType;
              while (ts.isParenthesizedTypeNode(obj)) obj = obj.type;
              if (ts.isTypeQueryNode(obj) && ts.isIdentifier(obj.exprName) && consts.has(obj.exprName.text)) return consts.get(obj.exprName.text).join(' | ');
            }
            return undefined;
          }
          if (ts.isImportDeclaration(st) && st.importClause?.namedBindings && ts.isNamedImports(st.importClause.namedBindings)) {
            const spec = st.importClause.namedBindings.elements.find((e) => e.name.text === name);
            const from = st.moduleSpecifier.text;
            if (spec && from.startsWith('.')) {
              const target = normalize(join(dirname(file), from)).replace(/\.js$/, '.ts');
              return resolve(target, (spec.propertyName ?? spec.name).text, depth + 1);
            }
          }
        }
        return undefined;
      };
      /** The literal value of a constant (`export const DEFAULT_TIMEOUT = 15_000`) in a file or its imports. */
      const constant = (file, name, depth = 0) => {
        const sf = depth < 5 ? parse(file) : null;
        if (!sf) return undefined;
        for (const st of sf.statements) {
          if (ts.isVariableStatement(st) && st.declarationList.flags & ts.NodeFlags.Const) {
            for (const d of st.declarationList.declarations) {
              if (!ts.isIdentifier(d.name) || d.name.text !== name || !d.initializer) continue;
              const init = d.initializer;
              if (ts.isNumericLiteral(init)) return { text: String(Number(init.text.replace(/_/g, ''))), type: 'number' };
              if (ts.isStringLiteralLike(init)) return { text: quote(init.text), type: 'string' };
              return undefined;
            }
          }
          if (ts.isImportDeclaration(st) && st.importClause?.namedBindings && ts.isNamedImports(st.importClause.namedBindings)) {
            const spec = st.importClause.namedBindings.elements.find((e) => e.name.text === name);
            const from = st.moduleSpecifier.text;
            if (spec && from.startsWith('.')) return constant(normalize(join(dirname(file), from)).replace(/\.js$/, '.ts'), (spec.propertyName ?? spec.name).text, depth + 1);
          }
        }
        return undefined;
      };
      for (const mod of customElementsManifest.modules ?? []) {
        for (const d of mod.declarations ?? []) {
          for (const item of [...(d.attributes ?? []), ...(d.members ?? [])]) {
            const file = item.inheritedFrom?.module ?? mod.path;
            const text = item.type?.text;
            if (text && /^[A-Z]\w*$/.test(text)) {
              const union = resolve(file, text);
              if (union) item.type = { ...item.type, text: union };
            }
            if (item.default && /^[A-Z][A-Z0-9_]*$/.test(item.default)) {
              const value = constant(file, item.default);
              if (value) {
                item.default = value.text;
                item.type ??= { text: value.type };
              }
            }
          }
        }
      }
    },
  };
}
