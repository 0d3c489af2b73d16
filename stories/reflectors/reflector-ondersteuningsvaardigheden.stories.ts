import { ondersteuningsvaardighedenExample } from '@niet-alleen/reflectors';
import { reflectorStories } from './shared.js';

const { meta, stories } = reflectorStories('na-reflector-ondersteuningsvaardigheden', "Ondersteuningsvaardigheden (10.3)", ondersteuningsvaardighedenExample);
export default { ...meta, title: 'Instrumenten/Reflectors/Ondersteuningsvaardigheden (10.3)', component: 'na-reflector-ondersteuningsvaardigheden' };

export const Leeg = stories.Leeg;
export const Ingevuld = stories.Ingevuld;
export const Vergeleken = stories.Vergeleken;
export const AlleenLezen = stories.AlleenLezen;
export const Engels = stories.Engels;
export const Mobiel = stories.Mobiel;
export const Afdrukvoorbeeld = stories.Afdrukvoorbeeld;
export const AfdrukvoorbeeldLeeg = stories.AfdrukvoorbeeldLeeg;
