import type { EventCategory } from '../../data/types.js';
import { defineMessages } from '../../i18n/catalog.js';

/** Words of `<pe-timeline>`; English defines the shape, Spanish must give every key. */
export const messages = defineMessages(
  {
    heading: 'Human trafficking in Peru: timeline',
    list: 'Events in date order',
    category: {
      law: 'law',
      figures: 'figures',
      policy: 'policy',
      international: 'international',
      report: 'report',
    } satisfies Record<EventCategory, string>,
    highlighted: 'highlighted',
    empty: 'No events in this range or category.',
    count: (shown: number, total: number) => `${shown} of ${total} ${total === 1 ? 'event' : 'events'}`,
    /** Shown above a horizontal list wider than the widget. */
    scroll: (shown: number) => `Scroll sideways to see all ${shown} events`,
    noEvents: 'the dataset has no events',
    badDate: (name: string, got: string) =>
      `"${name}" must be a date such as 2013, 2014-11, 2007-01-16 or 2007/2013; got ${got}`,
    fromAfterTo: (from: string, to: string) => `"from" (${from}) comes after "to" (${to})`,
    unknownCategory: (got: string, valid: string) => `unknown category ${got}; valid categories are ${valid}`,
    unknownEvent: (got: string, valid: string) => `unknown event ${got}; valid ids are ${valid}`,
    badOrientation: (got: string) => `"orientation" must be vertical or horizontal; got ${got}`,
  },
  {
    heading: 'Trata de personas en el Perú: cronología',
    list: 'Eventos en orden cronológico',
    category: {
      law: 'ley',
      figures: 'cifras',
      policy: 'política',
      international: 'internacional',
      report: 'informe',
    },
    highlighted: 'destacado',
    empty: 'No hay eventos en este rango o categoría.',
    count: (shown, total) => `${shown} de ${total} ${total === 1 ? 'evento' : 'eventos'}`,
    scroll: (shown) => `Desplace la lista hacia los lados para ver los ${shown} eventos`,
    noEvents: 'el conjunto de datos no tiene eventos',
    badDate: (name, got) =>
      `"${name}" debe ser una fecha como 2013, 2014-11, 2007-01-16 o 2007/2013; se recibió ${got}`,
    fromAfterTo: (from, to) => `"from" (${from}) es posterior a "to" (${to})`,
    unknownCategory: (got, valid) => `categoría desconocida ${got}; las categorías válidas son ${valid}`,
    unknownEvent: (got, valid) => `evento desconocido ${got}; los identificadores válidos son ${valid}`,
    badOrientation: (got) => `"orientation" debe ser vertical u horizontal; se recibió ${got}`,
  },
);
export type TimelineMessages = (typeof messages)['en'];
