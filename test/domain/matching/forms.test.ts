import { DEFAULT_VOCABULARIES } from '../../../src/domain/bank/vocabulary';
import { categoryKind, INTERACTION_FORMS, KIND_GROUP, KIND_REVERSE, KIND_TRADITIONAL } from '../../../src/domain/matching/forms';

test('the forms and kinds matching reasons about are those of «Справочники»', () => {
  expect([...INTERACTION_FORMS].sort()).toEqual([...DEFAULT_VOCABULARIES.forms].sort());
  for (const kind of [KIND_GROUP, KIND_REVERSE, KIND_TRADITIONAL]) expect(DEFAULT_VOCABULARIES.kinds).toContain(kind);
});

test('every default mentee category is recognised, and only «иное» is other', () => {
  expect(DEFAULT_VOCABULARIES.menteeCategories.map(categoryKind)).toEqual(['young', 'newcomer', 'burnout', 'digital', 'other']);
});
