import { eenzaamheidExample } from '@niet-alleen/reflectors';
import { reflectorStories } from './shared.js';

const { meta, stories } = reflectorStories('na-reflector-eenzaamheid', "Voel ik me eenzaam? (6.10)", eenzaamheidExample);
export default { ...meta, title: 'Instrumenten/Reflectors/Voel ik me eenzaam? (6.10)', component: 'na-reflector-eenzaamheid' };

export const Leeg = stories.Leeg;
export const Ingevuld = stories.Ingevuld;
export const Vergeleken = stories.Vergeleken;
export const AlleenLezen = stories.AlleenLezen;
export const Engels = stories.Engels;
export const Mobiel = stories.Mobiel;
export const Afdrukvoorbeeld = stories.Afdrukvoorbeeld;
export const AfdrukvoorbeeldLeeg = stories.AfdrukvoorbeeldLeeg;
