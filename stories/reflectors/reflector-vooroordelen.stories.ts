import { vooroordelenExample } from '@niet-alleen/reflectors';
import { reflectorStories } from './shared.js';

const { meta, stories } = reflectorStories('na-reflector-vooroordelen', "Vooroordelen over eenzaamheid (6.8)", vooroordelenExample);
export default { ...meta, title: 'Instrumenten/Reflectors/Vooroordelen over eenzaamheid (6.8)', component: 'na-reflector-vooroordelen' };

export const Leeg = stories.Leeg;
export const Ingevuld = stories.Ingevuld;
export const Vergeleken = stories.Vergeleken;
export const AlleenLezen = stories.AlleenLezen;
export const Engels = stories.Engels;
export const Mobiel = stories.Mobiel;
export const Afdrukvoorbeeld = stories.Afdrukvoorbeeld;
export const AfdrukvoorbeeldLeeg = stories.AfdrukvoorbeeldLeeg;
