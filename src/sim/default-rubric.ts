// The rubric shipped in stories/rubric.json, validated once when first imported.
import data from '../../stories/rubric.json' with { type: 'json' };
import { parseRubric, type Rubric } from './rubric.ts';

export const defaultRubric: Rubric = parseRubric(data, 'stories/rubric.json');
