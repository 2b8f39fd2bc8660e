// A minimal widget on the shared core, for testing the core on its own: it shows the number of
// figures in its dataset, or a problem when asked for a figure id the dataset lacks.
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { PeElement, problem } from '../../src/core/base.js';
import { frame } from '../../src/core/frame.js';
import type { Dataset } from '../../src/data/types.js';
import { sourcesById, t } from '../../src/data/text.js';

export class TestWidget extends PeElement<{ count: number; label: string; dataset: Dataset }> {
  static override tagName = 'test-widget';
  @property() need = '';

  protected model(dataset: Dataset) {
    const figures = dataset.figures ?? [];
    const fig = this.need ? figures.find((f) => f.id === this.need) : figures[0];
    if (this.need && !fig) return problem('need', (m) => m.unknownId('figure', this.need, figures.map((f) => f.id).join(', ')));
    return { count: figures.length, label: t(fig?.label, this.locale), dataset };
  }

  protected renderView(v: { count: number; label: string; dataset: Dataset }) {
    const fig = v.dataset.figures?.[0];
    return frame({
      locale: this.locale,
      level: this.level,
      heading: this.heading || 'Test',
      body: html`<p class="count">${v.count}</p><p class="label">${v.label}</p>`,
      sources: sourcesById(v.dataset.sources, fig?.sourceIds),
    });
  }
}
TestWidget.define();

declare global {
  interface HTMLElementTagNameMap {
    'test-widget': TestWidget;
  }
}
