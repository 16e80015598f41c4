import type { SourceInput } from '../schemas/index.js';
import type { EveryField, FieldDefinition } from './fieldDefinition.js';

/** A source's fields in the order its form lists them; the CSV spells out the ones a sheet needs. */
export const sourceFields = [
  { field: 'name', label: 'Name', csv: 'source', csvCell: 'required' },
  { field: 'shortName', label: 'Short name', csv: 'sourceShortName' },
  { field: 'aliases', label: 'Also known as' },
  { field: 'kind', label: 'Kind', csv: 'sourceKind' },
  { field: 'country', label: 'Country', csv: 'sourceCountry' },
  { field: 'group', label: 'Group', csv: 'sourceGroup' },
  { field: 'reliability', label: 'Reliability', csv: 'sourceReliability' },
  { field: 'party', label: 'Party to the conflict', csv: 'sourceParty', csvCell: 'boolean' },
  { field: 'url', label: 'Web address' },
  { field: 'notes', label: 'Notes' },
] as const satisfies readonly FieldDefinition<keyof SourceInput>[];

const everySourceField: EveryField<typeof sourceFields, keyof SourceInput> = true;
void everySourceField;
