// The NGO demo page's own script (an external module, so the page also works under a strict CSP):
// loads the NGO's dataset once and gives it to the widgets marked data-ngo through the `data`
// property, feeds a deliberately broken copy to #broken, reports `pe-select` and `pe-error`, and
// wires the language and dark-mode switches (widgets follow their `lang` and <html class="dark">).
//
// The data is set BEFORE the library loads: Lit keeps a property set on a not-yet-defined element
// and applies it on upgrade, so these widgets never render the embedded dataset first. (Setting
// `data` later also works; the widget then switches from the embedded data to yours.)
const words = {
  es: { selected: 'Seleccionado', error: 'El widget informó un error (pe-error)', failed: 'No se pudo cargar ngo-data.json' },
  en: { selected: 'Selected', error: 'The widget reported an error (pe-error)', failed: 'Could not load ngo-data.json' },
};
const lang = () => (document.getElementById('page-lang').value === 'en' ? 'en' : 'es');

const selection = document.getElementById('selection');
const errorLog = document.getElementById('error-log');

document.addEventListener('pe-select', (e) => {
  selection.lang = lang();
  selection.textContent = `${words[lang()].selected}: ${e.detail.label} — pe-select: type "${e.detail.type}", id "${e.detail.id}"`;
});
document.getElementById('broken').addEventListener('pe-error', (e) => {
  const first = e.detail.errors[0];
  errorLog.lang = lang();
  errorLog.textContent = `${words[lang()].error}: ${first.path}: ${first.message[lang()]}`;
});

// Language and theme switches (hidden until this script runs).
const controls = document.getElementById('page-controls');
const langSelect = document.getElementById('page-lang');
const dark = document.getElementById('page-dark');
// The widgets' language: a `lang` attribute on each widget (the page's own text stays Spanish).
// Headings set by the page are the page's words: keep both languages and swap them.
const widgets = () => document.querySelectorAll('main :is(pe-stat-card, pe-victim-breakdown, pe-timeline, pe-hub-map)');
for (const el of document.querySelectorAll('[data-heading-en]')) el.dataset.headingEs = el.getAttribute('heading') ?? '';
langSelect.addEventListener('change', () => {
  for (const el of widgets()) el.setAttribute('lang', langSelect.value);
  for (const el of document.querySelectorAll('[data-heading-en]')) {
    el.setAttribute('heading', langSelect.value === 'en' ? el.dataset.headingEn : el.dataset.headingEs);
  }
});
dark.addEventListener('change', () => {
  document.documentElement.classList.toggle('dark', dark.checked);
});
controls.hidden = false;

try {
  const response = await fetch(new URL('ngo-data.json', import.meta.url));
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const data = await response.json();
  for (const el of document.querySelectorAll('[data-ngo]')) el.data = data;
  // The same data with one deliberate mistake: a value written as text.
  const broken = structuredClone(data);
  broken.figures[0].value = '312 personas';
  document.getElementById('broken').data = broken;
} catch (e) {
  errorLog.textContent = `${words[lang()].failed}: ${e.message}`;
} finally {
  await import('../dist/pe-widgets.js');
}
