/**
 * The columns of the incident downloads (CSV header, GeoJSON properties), in order: a contract
 * with analysts' scripts, so append new ones, never rename or reorder. Here in `domain/` so the
 * build's exports (`build/exports/`, whose codebook says what each column means) and the
 * browser's downloads of a filtered view (`filtered-download.ts`) write the same header.
 */
export const incidentColumns = [
  // The columns of the first downloads.
  'id',
  'title',
  'date',
  'date_precision',
  'end_date',
  'event_type',
  'sub_event_type',
  'perpetrators',
  'targets',
  'country',
  'admin1',
  'admin2',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'killed_low',
  'killed_high',
  'wounded_low',
  'wounded_high',
  'abducted_low',
  'abducted_high',
  'source_count',
  'url',
  // Appended: names, deaths by victim group, sources, precision codes, text, versions.
  'perpetrator_names',
  'target_names',
  'country_name',
  'killed_civilian_low',
  'killed_civilian_high',
  'killed_military_low',
  'killed_military_high',
  'killed_militant_low',
  'killed_militant_high',
  'killed_other_low',
  'killed_other_high',
  'source_ids',
  'source_names',
  'claim_count',
  'claims_by_parties',
  'date_prec',
  'where_prec',
  'summary',
  'last_updated',
  'dataset_version',
] as const;

export type IncidentColumn = (typeof incidentColumns)[number];

/** Separator of multi-valued cells (actor ids, names). */
export const LIST_SEPARATOR = '; ';
