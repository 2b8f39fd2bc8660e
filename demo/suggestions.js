// Values the dataset offers for widget attributes (ids of figures, breakdowns, events, regions),
// as [value, label] pairs: suggestions for the embed builder (demo/builder.js) and for editors
// (scripts/vscode-data.mjs), never limits — a page's own data has its own ids.

const text = (t, lang) => (typeof t === 'string' ? t : (t?.[lang] ?? t?.en ?? t?.es ?? ''));
const unique = (list) => [...new Map(list.filter(([v]) => v).map((e) => [e[0], e])).values()];

/** [value, label] pairs the dataset offers for `tag`'s attribute `name`, labels in `lang`. */
export function datasetSuggestions(dataset, tag, name, lang = 'en') {
  const d = dataset ?? {};
  switch (`${tag} ${name}`) {
    case 'pe-stat-card stat':
      return (d.figures ?? []).map((f) => [f.id, text(f.label, lang)]);
    case 'pe-victim-breakdown dimension':
      return unique((d.breakdowns ?? []).map((b) => [b.dimension, '']));
    case 'pe-victim-breakdown breakdown':
      return (d.breakdowns ?? []).map((b) => [b.id, text(b.title, lang) || b.dimension]);
    case 'pe-timeline highlight':
      return (d.events ?? []).map((e) => [e.id, text(e.title, lang)]);
    case 'pe-timeline category':
      return unique((d.events ?? []).map((e) => [e.category, '']));
    case 'pe-hub-map region':
      return (d.regions ?? []).map((r) => [r.code, text(r.name, lang)]);
    default:
      return [];
  }
}
