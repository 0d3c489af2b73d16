import { exampleReflectorValue, exampleReflectorDefinition } from '@niet-alleen/reflectors';
import { reflectorStories } from './shared.js';

const { meta, stories } = reflectorStories('na-reflector', "Eigen reflector (engine)", exampleReflectorValue, exampleReflectorDefinition);
export default { ...meta, title: 'Instrumenten/Reflectors/Eigen reflector (engine)', component: 'na-reflector' };

export const Leeg = stories.Leeg;
export const Ingevuld = stories.Ingevuld;
export const Vergeleken = stories.Vergeleken;
export const AlleenLezen = stories.AlleenLezen;
export const Engels = stories.Engels;
export const Mobiel = stories.Mobiel;
export const Afdrukvoorbeeld = stories.Afdrukvoorbeeld;
export const AfdrukvoorbeeldLeeg = stories.AfdrukvoorbeeldLeeg;
